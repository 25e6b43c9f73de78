// Issue 20, "one check, one test, one doc" for real: every registered check has a failing and a passing case in
// the tests, and every message id of every check is produced by some test. Measured, not grepped: while the
// suite runs, scripts/exercise-log.mjs records each (check id, message id, status) that reaches the runner's
// makeFinding in any process; this file (run by scripts/test.mjs AFTER the whole suite, so it is not a
// *.test.ts) compares that record with the registry and with test/exercise-gaps.json, the allowlist of known
// gaps. The allowlist only shrinks: a gap that is closed must leave it (the test fails on a stale entry), and
// every entry says why it is still open.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { coverage, readLog } from './exercise-coverage.js';
import { ROOT } from './helpers.js';

const ALLOWLIST_FILE = join(ROOT, 'test', 'exercise-gaps.json');
const logDir = process.env.LR_EXERCISE_LOG;

test('message-id coverage: every check has a failing and a passing case, every message id is produced by a test', { skip: logDir ? false : 'LR_EXERCISE_LOG is not set: run the whole suite through scripts/test.mjs (npm test)' }, (t) => {
  assert.ok(existsSync(logDir!), `no exercise log at ${logDir}`);
  const { seen, files } = readLog(logDir!);
  assert.ok(files > 0, `the exercise log ${logDir} is empty: was scripts/exercise-log.mjs preloaded?`);
  const { gaps, byArea } = coverage(seen);
  const allow = JSON.parse(readFileSync(ALLOWLIST_FILE, 'utf8')) as { gaps: Record<string, string> };

  // figures, per area (printed as diagnostics so a CI log shows them)
  const tot = { checks: 0, both: 0, messages: 0, exercised: 0 };
  for (const [a, r] of [...byArea].sort()) {
    t.diagnostic(`${a}: ${r.both}/${r.checks} checks with a failing and a passing case; ${r.exercised}/${r.messages} message ids produced`);
    tot.checks += r.checks;
    tot.both += r.both;
    tot.messages += r.messages;
    tot.exercised += r.exercised;
  }
  t.diagnostic(`all: ${tot.both}/${tot.checks} checks with both cases; ${tot.exercised}/${tot.messages} message ids produced; ${Object.keys(allow.gaps).length} known gaps allowlisted; ${files} process logs`);

  const unlisted = [...gaps].filter(([k]) => !(k in allow.gaps)).map(([k, why]) => `${k}  (${why})`);
  const stale = Object.keys(allow.gaps).filter((k) => !gaps.has(k));
  const noReason = Object.entries(allow.gaps).filter(([, why]) => typeof why !== 'string' || why.trim().length < 10).map(([k]) => k);
  // listed in full (node's assertion diff cuts long lists): what to test, or what to remove from the allowlist
  for (const u of unlisted) t.diagnostic(`new gap: ${u}`);
  for (const k of stale) t.diagnostic(`closed gap still listed: ${k}`);
  assert.deepEqual(unlisted, [], 'new gaps: add a test case (test table by message id) for each, or remove a dead message id from its check and doc');
  assert.deepEqual(stale, [], `closed gaps still listed in test/exercise-gaps.json: remove them (the list only shrinks)`);
  assert.deepEqual(noReason, [], 'allowlisted gaps without a reason');
});
