import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { runChecks } from '../../core/runner.js';
import type { Check } from '../../core/check.js';
import type { Finding } from '../../core/types.js';
import envKeyMode from './env-key-mode.js';
import envMissing from './env-missing.js';
import type { EnvSet, OpsTarget } from './model.js';

// Test tables of the env-separation checks that are pure over the parsed env files (issue 20: message ids that the
// end-to-end suite in test/ops/env.test.ts did not reach). Keys are built at run time.
const live = 'sk_' + 'live_' + 'Zx81Ab72Cd63Ef54Gh45Ij36';
const testKey = 'sk_' + 'test_' + 'Zx81Ab72Cd63Ef54Gh45Ij36';

const env = (name: string, vars: Record<string, string>): EnvSet => ({ env: name, file: `.env.${name}`, vars: Object.entries(vars).map(([k, v], i) => ({ name: k, value: v, line: i + 1 })) });

function target(envs: EnvSet[], example?: EnvSet): OpsTarget {
  return { envs, production: 'production', ...(example ? { example } : {}), hosts: {}, credentials: [], maxAgeDays: 90, now: new Date('2026-11-23T00:00:00Z'), coveredByRepo: new Set(), judge: () => ({ secret: false }) };
}

async function run(check: Check, t: OpsTarget): Promise<Finding[]> {
  return (await runChecks([{ check, target: t, probes: {} }])).findings;
}
const rows = (fs: Finding[]) => fs.map((f) => [f.messageId, f.status, f.severity, f.data?.name ?? null]);

describe('ops/env-key-mode', () => {
  test('fail test-key-in-production (medium): payments would be fake', async () => {
    const fs = await run(envKeyMode, target([env('production', { STRIPE_SECRET_KEY: testKey }), env('staging', { STRIPE_SECRET_KEY: testKey })]));
    assert.deepEqual(rows(fs), [['test-key-in-production', 'fail', 'medium', 'STRIPE_SECRET_KEY']]);
  });
  test('fail live-key-outside-production (high); a publishable live key there is low', async () => {
    const fs = await run(envKeyMode, target([env('production', { STRIPE_SECRET_KEY: live }), env('staging', { STRIPE_SECRET_KEY: live, STRIPE_PK: 'pk_' + 'live_' + 'Qw12Er34Ty56Ui78Op90As12' })]));
    assert.deepEqual(rows(fs), [
      ['live-key-outside-production', 'fail', 'high', 'STRIPE_SECRET_KEY'],
      ['live-key-outside-production', 'fail', 'low', 'STRIPE_PK'],
    ]);
  });
  test('pass ok: live in production, test elsewhere', async () => {
    const fs = await run(envKeyMode, target([env('production', { STRIPE_SECRET_KEY: live }), env('staging', { STRIPE_SECRET_KEY: testKey })]));
    assert.deepEqual(rows(fs), [['ok', 'pass', 'info', null]]);
  });
});

describe('ops/env-missing', () => {
  const example = env('example', { STRIPE_SECRET_KEY: '', APP_URL: '', SENTRY_DSN: '' });
  test('fail empty: set but empty in production (high for a secret-like name, medium otherwise); missing: not set at all', async () => {
    const fs = await run(envMissing, target([env('production', { STRIPE_SECRET_KEY: ' ', APP_URL: '' })], example));
    assert.deepEqual(rows(fs), [
      ['empty', 'fail', 'high', 'STRIPE_SECRET_KEY'],
      ['empty', 'fail', 'medium', 'APP_URL'],
      ['missing', 'fail', 'high', 'SENTRY_DSN'],
    ]);
  });
  test('pass ok when every listed variable has a value; skipped without an example or a production file', async () => {
    assert.deepEqual(rows(await run(envMissing, target([env('production', { STRIPE_SECRET_KEY: live, APP_URL: 'https://x.test', SENTRY_DSN: 'https://a@b/1' })], example))), [['ok', 'pass', 'info', null]]);
    assert.deepEqual(rows(await run(envMissing, target([env('production', {})]))), [['no-example', 'skipped', 'info', null]]);
    assert.deepEqual(rows(await run(envMissing, target([env('staging', {})], example))), [['no-production', 'skipped', 'info', null]]);
  });
});
