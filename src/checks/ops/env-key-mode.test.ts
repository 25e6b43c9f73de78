import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runChecks } from '../../core/runner.js';
import check from './env-key-mode.js';
import type { OpsTarget } from './model.js';

// Only the "nothing to read" path here; the live/test key cases run in test/ops/env.test.ts on real env files.
const target = (envs: OpsTarget['envs']): OpsTarget =>
  ({ envs, production: 'production', hosts: {}, credentials: [], maxAgeDays: 90, now: new Date(0), coveredByRepo: new Set(), judge: () => ({}) }) as unknown as OpsTarget;

test('ops/env-key-mode: no environment file → one skipped (n/a) finding, not silence', async () => {
  const { findings } = await runChecks([{ check, target: target([]), probes: {} }]);
  assert.deepEqual(findings.map((f) => [f.messageId, f.status]), [['no-env', 'skipped']]);
});

test('ops/env-key-mode: env files without any mode-bearing key → ok (pass)', async () => {
  const envs = [{ env: 'production', file: '.env.production', vars: [{ name: 'PORT', value: '8080', line: 1 }] }] as unknown as OpsTarget['envs'];
  const { findings } = await runChecks([{ check, target: target(envs), probes: {} }]);
  assert.deepEqual(findings.map((f) => [f.messageId, f.status]), [['ok', 'pass']]);
});
