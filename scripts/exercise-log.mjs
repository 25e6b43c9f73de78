// Preloaded into every node process of a test run (scripts/test.mjs puts `--import` of this file into NODE_OPTIONS,
// so test files, the CLI processes they spawn and worker threads all carry it) when LR_EXERCISE_LOG names a folder.
// It records which (check id, message id, status) the tests really produce — measured where the runner turns a
// report into a finding (src/core/runner.ts, makeFinding), not guessed by grepping test sources — and writes one
// JSON file per process at exit. test/exercise.verify.ts compares the union with the check registry (issue 20).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { isMainThread, threadId } from 'node:worker_threads';

const dir = process.env.LR_EXERCISE_LOG;
if (dir) {
  /** "checkId\tmessageId\tstatus" → how many findings */
  const seen = new Map();
  globalThis[Symbol.for('launchready.exercised')] = (checkId, messageId, status) => {
    const key = `${checkId}\t${messageId}\t${status}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  };
  process.on('exit', () => {
    if (seen.size === 0) return;
    const entries = [...seen].map(([k, n]) => [...k.split('\t'), n]);
    const name = `${process.pid}-${isMainThread ? 0 : threadId}-${randomBytes(4).toString('hex')}.json`;
    try {
      writeFileSync(join(dir, name), JSON.stringify({ argv: process.argv.slice(1), entries }));
    } catch (err) {
      // a lost log only under-counts (the verification then reports a gap); say so instead of hiding it
      process.stderr.write(`exercise-log: could not write ${join(dir, name)}: ${err instanceof Error ? err.message : String(err)}\n`);
    }
  });
}
