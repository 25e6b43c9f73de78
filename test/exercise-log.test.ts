import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineCheck } from '../src/core/check.js';
import { EXERCISED, runChecks } from '../src/core/runner.js';
import { coverage } from './exercise-coverage.js';
import { ROOT } from './helpers.js';

// The measurement behind test/exercise.verify.ts: what reaches makeFinding is recorded, nothing else.

const probe = defineCheck({
  id: 'repo/exercise-probe',
  title: 'probe',
  area: 'repo',
  mode: 'passive',
  description: 'test check',
  severity: 'low',
  messages: { bad: 'bad {{x}}', good: 'good' },
  run(ctx) {
    ctx.report({ messageId: 'bad', data: { x: 1 }, status: 'warn' });
    ctx.report({ messageId: 'good', status: 'pass' });
    throw new Error('boom');
  },
});

test('the runner hands each reported (check, message id, status) to the observer, and a thrown error is not a message id', async () => {
  const host = globalThis as { [EXERCISED]?: (c: string, m: string, s: string) => void };
  const before = host[EXERCISED];
  const got: string[] = [];
  host[EXERCISED] = (c, m, s) => {
    got.push(`${c}:${m}:${s}`);
    before?.(c, m, s);
  };
  try {
    await runChecks([{ check: probe, target: {}, probes: {} }]);
  } finally {
    host[EXERCISED] = before;
  }
  assert.deepEqual(got, ['repo/exercise-probe:bad:warn', 'repo/exercise-probe:good:pass']);
});

test('scripts/exercise-log.mjs writes one JSON log per process when LR_EXERCISE_LOG is set, and nothing without it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lr-exlog-'));
  try {
    const runner = pathToFileURL(join(ROOT, 'dist', 'src', 'core', 'runner.js')).href;
    const script = `const { makeFinding } = await import(${JSON.stringify(runner)});
      const c = { id: 'dns/resolve', title: 't', severity: 'low', messages: { ok: 'ok' } };
      makeFinding(c, { messageId: 'ok', status: 'pass' }); makeFinding(c, { messageId: 'ok', status: 'pass' });`;
    const hook = pathToFileURL(join(ROOT, 'scripts', 'exercise-log.mjs')).href;
    execFileSync(process.execPath, ['--import', hook, '--input-type=module', '-e', script], { env: { ...process.env, LR_EXERCISE_LOG: dir } });
    const files = readdirSync(dir);
    assert.equal(files.length, 1);
    const log = JSON.parse(readFileSync(join(dir, files[0]!), 'utf8')) as { entries: unknown[] };
    assert.deepEqual(log.entries, [['dns/resolve', 'ok', 'pass', 2]]);
    const env = { ...process.env };
    delete env.LR_EXERCISE_LOG;
    execFileSync(process.execPath, ['--import', hook, '--input-type=module', '-e', script], { env });
    assert.equal(readdirSync(dir).length, 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('coverage: a message id never produced, a check without a passing case and one without a failing case are gaps', () => {
  const seen = new Map([['dns/resolve', new Map([['ok', new Set(['pass'])]])]]);
  const { gaps, byArea } = coverage(seen);
  assert.ok(gaps.has('dns/resolve fail-case'));
  assert.ok(!gaps.has('dns/resolve pass-case'));
  assert.ok(!gaps.has('dns/resolve:ok'));
  assert.ok(gaps.has('dns/resolve:no-address'));
  assert.ok(gaps.has('edge/hsts pass-case') && gaps.has('edge/hsts fail-case'));
  // a secrets table rule's cases are its sample/negative (rules.test.ts); the shared message ids count once
  assert.ok(!gaps.has('secrets/stripe-secret-key fail-case'));
  assert.ok(gaps.has('secrets/*:found'));
  assert.equal(byArea.get('dns')!.exercised, 1);
});
