import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runChecks } from '../../core/runner.js';
import { buildReport } from '../../core/policy.js';
import { Redactor } from '../../core/redact.js';
import check, { judgeEnvValue, type RequiredEnvTarget } from './required-env.js';

async function run(target: RequiredEnvTarget, redactor = new Redactor()) {
  return (await runChecks([{ check, target, probes: {} }], { redactor })).findings;
}

// every message id, passing and failing: [value, message id, status]
const TABLE: [string | undefined, string, string][] = [
  ['postgres://db.internal/shop', 'ok', 'pass'],
  ['sk_live_x1y2z3', 'ok', 'pass'],
  [undefined, 'missing', 'fail'],
  ['', 'empty', 'fail'],
  ['   ', 'empty', 'fail'],
  ['changeme', 'placeholder', 'fail'],
  ['<your key>', 'placeholder', 'fail'],
  ['your-stripe-key', 'placeholder', 'fail'],
  ['xxxx', 'placeholder', 'fail'],
  ['TODO', 'placeholder', 'fail'],
];

for (const [value, id, status] of TABLE) {
  test(`deploy/required-env: ${JSON.stringify(value)} → ${id} (${status})`, async () => {
    assert.equal(judgeEnvValue(value), id);
    const [f, ...rest] = await run({ names: ['APP_KEY'], env: { APP_KEY: value }, source: '.env.production', file: '.env.production' });
    assert.equal(rest.length, 0);
    assert.deepEqual([f!.messageId, f!.status, f!.severity], [id, status, status === 'pass' ? 'info' : 'critical']);
    assert.deepEqual(f!.location, { record: 'env APP_KEY', file: '.env.production' });
    assert.match(f!.message, /APP_KEY .*\.env\.production/);
    if (status === 'fail') assert.ok(f!.remediation);
  });
}

test('deploy/required-env: one finding per name, ids stable across sources; values never appear in the report', async () => {
  const value = 'live-' + 'v4lue'.repeat(5);
  const redactor = new Redactor();
  const a = await run({ names: ['A', 'B'], env: { A: value }, source: 'the environment' }, redactor);
  const b = await run({ names: ['A', 'B'], env: { A: value }, source: 'prod.env' });
  assert.deepEqual(a.map((f) => [f.messageId, f.data?.name]), [['ok', 'A'], ['missing', 'B']]);
  assert.deepEqual(a.map((f) => f.id), b.map((f) => f.id));
  const report = buildReport({ findings: [...a, { ...a[0]!, id: 'x'.repeat(16), evidence: `A=${value}` }], startedAt: new Date(0), version: 't', redactor });
  assert.ok(!JSON.stringify(report).includes(value));
  assert.equal(report.decision, 'NO-GO');
});

test('deploy/required-env: nothing listed → one skipped finding, never silence', async () => {
  const f = await run({ names: [], env: {}, source: 'the environment' });
  assert.deepEqual(f.map((x) => [x.messageId, x.status]), [['none', 'skipped']]);
});
