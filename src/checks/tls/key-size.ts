import { defineCheck, type ReportInput } from '../../core/check.js';
import type { TlsHandshake } from '../../probes/tls.js';
import { tlsEvidence, type EdgeProbes, type EdgeTarget } from '../edge/evidence.js';
import { HANDSHAKE_FAILED, preamble, SKIPPED_MESSAGE, tlsLoc } from './common.js';

// NIST SP 800-57 / CA/B Forum BR §6.1.5: RSA ≥ 2048 bits, ECDSA on P-256 or larger.
export function judgeKeySize(t: EdgeTarget, hs: TlsHandshake): ReportInput[] {
  const pre = preamble(t, hs);
  if (pre) return pre;
  const leaf = hs.chain[0]!;
  const data = { host: t.host, keyType: leaf.keyType, bits: leaf.bits };
  const weak = (leaf.keyType === 'RSA' && leaf.bits < 2048) || (leaf.keyType === 'EC' && leaf.bits < 256);
  if (weak) return [{ messageId: 'weak', data, location: tlsLoc(t) }];
  return [{ messageId: 'ok', status: 'pass', severity: 'info', data, location: tlsLoc(t) }];
}

export default defineCheck<EdgeTarget, EdgeProbes>({
  id: 'tls/key-size',
  title: 'Certificate key is strong enough',
  problem: 'Certificate key too weak',
  area: 'tls',
  mode: 'active',
  description: 'The certificate key is RSA ≥ 2048 bits or EC ≥ 256 bits.',
  severity: 'high',
  cwe: 'CWE-326',
  messages: {
    ok: '{{host}}: {{keyType}} key of {{bits}} bits.',
    weak: '{{host}}: {{keyType}} key of only {{bits}} bits: breakable, and public CAs no longer issue such certificates.',
    'handshake-failed': HANDSHAKE_FAILED,
    skipped: SKIPPED_MESSAGE,
  },
  remediation: 'Reissue the certificate with an RSA 2048+/3072 or ECDSA P-256 key.',
  async run(ctx) {
    for (const r of judgeKeySize(ctx.target, await tlsEvidence(ctx))) ctx.report(r);
  },
});
