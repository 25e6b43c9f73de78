import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runChecks } from '../../core/runner.js';
import { SECRET_RULE_CHECKS, type SecretsTarget } from './checks.js';

// Coverage, not detection (rules.test.ts has the detection tables): every rule check says what it looked at.
const target: SecretsTarget = { root: '/r', history: false, allowlist: [] };
const checks = SECRET_RULE_CHECKS.filter((c) => ['secrets/generic-secret', 'secrets/stripe-secret-key', 'secrets/aws-access-key'].includes(c.id));

test('secrets: a rule that found nothing reports one clean pass naming what was scanned', async () => {
  const source = { root: '/r', files: ['a.txt', 'b.txt'], read: async () => 'hello world\n', maxFileBytes: 1 << 20 };
  const { findings } = await runChecks(checks.map((check) => ({ check, target, probes: { source } })));
  assert.deepEqual(findings.map((f) => [f.checkId, f.messageId, f.status]).sort(), checks.map((c) => [c.id, 'clean', 'pass']).sort());
  const stripe = findings.find((f) => f.checkId === 'secrets/stripe-secret-key')!;
  assert.match(stripe.message, /^No Stripe .* in 2 file\(s\)\.$/);
  assert.match(stripe.title, /^No Stripe .* found$/);
});

test('secrets: a failed shared scan is one error (generic-secret) and an explicit notScanned (n/a) on every other rule', async () => {
  const source = {
    root: '/r',
    get files(): string[] {
      throw new Error('git ls-files failed');
    },
    read: async () => null,
    maxFileBytes: 1,
  };
  const { findings } = await runChecks(checks.map((check) => ({ check, target, probes: { source } })));
  const got = Object.fromEntries(findings.map((f) => [f.checkId, `${f.messageId}:${f.status}`]));
  assert.deepEqual(got, { 'secrets/generic-secret': 'error:error', 'secrets/stripe-secret-key': 'notScanned:skipped', 'secrets/aws-access-key': 'notScanned:skipped' });
  assert.match(findings.find((f) => f.status === 'error')!.message, /git ls-files failed/);
});
