import { defineCheck } from '../../core/check.js';
import type { SecretsProbes, SecretsTarget } from './checks.js';

/** PKCS#12 / Java key stores usually bundle a private key with its certificate; committing one leaks the key. */
export default defineCheck<SecretsTarget, SecretsProbes>({
  id: 'secrets/pkcs12-file',
  title: 'Key store file committed',
  area: 'secrets',
  mode: 'passive',
  description: 'A PKCS#12 (.p12, .pfx) or Java key store (.jks, .keystore, .bks) file is in the repository; these usually hold a private key.',
  severity: 'high',
  cwe: 'CWE-321',
  messages: {
    found: '{{file}} is a key store ({{kind}}) in the repository: it usually holds a private key, protected at best by a guessable password.',
    untracked: '{{file}} is a key store ({{kind}}) next to the code and .gitignore does not exclude it.',
    clean: 'No key store file (.p12, .pfx, .jks, .keystore, .bks) among the scanned files.',
  },
  remediation: 'Remove the key store from the repository (and history), rotate the key and certificate it held, and load it at run time from a secret manager.',
  async run(ctx) {
    const stores = ctx.probes.source.keystores ?? [];
    if (stores.length === 0) ctx.report({ messageId: 'clean', status: 'pass', severity: 'info', title: 'No key store file committed', target: 'keystores' });
    for (const k of stores) {
      const kind = k.path.split('.').pop()!.toLowerCase();
      ctx.report({ messageId: k.tracked ? 'found' : 'untracked', data: { file: k.path, kind }, location: { file: k.path } });
    }
  },
});
