import { defineCheck } from '../../core/check.js';
import { secretFingerprint } from '../../core/redact.js';
import type { OpsTarget } from './model.js';

/**
 * The same secret value in two configured environments. When the repo stage also runs, its
 * repo/env-shared-secret compares the env files inside the repo: for a pair of files it covers, this check
 * stays silent so the one fact is reported once (there); it reports pairs involving files outside the repo.
 */
export default defineCheck<OpsTarget, Record<string, never>>({
  id: 'ops/env-shared-secret',
  title: 'Each environment has its own secrets',
  problem: 'Same secret used in two environments',
  area: 'ops',
  mode: 'passive',
  description: 'One secret value configured in two environments (production and staging, staging and local...)',
  severity: 'high',
  cwe: 'CWE-1051',
  messages: {
    shared: '{{name}} has the same secret value ({{value}}) in {{envA}} ({{fileA}}) and {{envB}} ({{fileB}}): a leak of {{envB}} is a leak of {{envA}}.',
    'covered-by-repo': '{{count}} shared value(s) between env files inside the repo are reported by repo/env-shared-secret.',
    ok: 'No secret value is shared between {{envs}}.',
    'too-few': 'Fewer than two environments configured (ops.environments).',
  },
  remediation: 'Issue one credential per environment (test-mode keys outside production), rotate the shared one, and keep production secrets in a secret manager that staging cannot read.',
  run(ctx) {
    const t = ctx.target;
    if (t.envs.length < 2) return ctx.report({ messageId: 'too-few', status: 'skipped', severity: 'info' });
    let n = 0;
    let covered = 0;
    for (let i = 0; i < t.envs.length; i++) {
      for (let j = i + 1; j < t.envs.length; j++) {
        let a = t.envs[i]!;
        let b = t.envs[j]!;
        if (b.env === t.production) [a, b] = [b, a];
        const inA = new Map(a.vars.filter((v) => v.value).map((v) => [v.value, v]));
        for (const vb of b.vars) {
          const va = inA.get(vb.value);
          if (!va || !vb.value) continue;
          const info = t.judge(vb.name, vb.value);
          if (!info.secret) continue;
          // two non-production environments sharing a test-mode key (sk_test_...) is ordinary; anything else is not
          if (info.test && a.env !== t.production && b.env !== t.production) continue;
          ctx.secret(vb.value);
          if (t.coveredByRepo.has(a.file) && t.coveredByRepo.has(b.file)) {
            covered++;
            continue;
          }
          n++;
          ctx.report({
            messageId: 'shared',
            severity: a.env === t.production ? 'high' : 'medium',
            data: { name: vb.name, value: vb.value, envA: a.env, fileA: a.file, envB: b.env, fileB: b.file },
            location: { file: b.file, line: vb.line },
            fingerprintKey: secretFingerprint(vb.value),
            meta: { secretFingerprint: secretFingerprint(vb.value), environments: [a.env, b.env], otherName: va.name },
          });
        }
      }
    }
    if (covered) ctx.report({ messageId: 'covered-by-repo', status: 'pass', severity: 'info', data: { count: covered } });
    if (n === 0 && covered === 0) ctx.report({ messageId: 'ok', status: 'pass', severity: 'info', data: { envs: t.envs.map((e) => e.env).join(', ') } });
  },
});
