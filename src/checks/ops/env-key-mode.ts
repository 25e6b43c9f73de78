import { defineCheck } from '../../core/check.js';
import { secretFingerprint } from '../../core/redact.js';
import { keyMode, type OpsTarget } from './model.js';

/** Test-mode keys in production (payments silently fake) and live keys outside production (real money from staging). */
export default defineCheck<OpsTarget, Record<string, never>>({
  id: 'ops/env-key-mode',
  title: 'Live keys only in production, test keys elsewhere',
  problem: 'Live key used outside production (or a test key in production)',
  area: 'ops',
  mode: 'passive',
  description: 'Keys whose format says live or test mode (Stripe sk_live_/sk_test_, Razorpay, ...) in the wrong environment',
  severity: 'high',
  cwe: 'CWE-1051',
  messages: {
    'live-key-outside-production': '{{name}} in {{env}} ({{file}}) is a live-mode key ({{value}}): {{env}} can move real money and a {{env}} leak is a production leak.',
    'test-key-in-production': '{{name}} in production ({{file}}) is a test-mode key ({{value}}): payments will not be real.',
    ok: 'Live keys only in production, test keys only outside it.',
    'no-env': 'No environment file to read (ops.environments lists none that exist): key modes not checked.',
  },
  remediation: 'Use test-mode keys in every non-production environment and live keys only in production; rotate a live key that sat in a staging or local file.',
  run(ctx) {
    const t = ctx.target;
    // nothing to read is "not applicable", said out loud: a check that reports nothing is an error (core/runner)
    if (t.envs.length === 0) return ctx.report({ messageId: 'no-env', status: 'skipped', severity: 'info' });
    let n = 0;
    for (const set of t.envs) {
      const prod = set.env === t.production;
      for (const v of set.vars) {
        const mode = keyMode(v.value);
        if (!mode || v.value.length < 12) continue;
        if (prod && mode === 'test') {
          ctx.secret(v.value);
          n++;
          ctx.report({ messageId: 'test-key-in-production', severity: 'medium', data: { name: v.name, file: set.file, value: v.value }, location: { file: set.file, line: v.line }, fingerprintKey: secretFingerprint(v.value) });
        } else if (!prod && mode === 'live') {
          ctx.secret(v.value);
          n++;
          const publishable = /^pk_live_/.test(v.value);
          ctx.report({ messageId: 'live-key-outside-production', severity: publishable ? 'low' : 'high', data: { name: v.name, env: set.env, file: set.file, value: v.value }, location: { file: set.file, line: v.line }, fingerprintKey: secretFingerprint(v.value) });
        }
      }
    }
    if (n === 0) ctx.report({ messageId: 'ok', status: 'pass', severity: 'info' });
  },
});
