#!/usr/bin/env node
// Runs every compiled *.test.js under dist/ with node's own test runner. Node 20's --test has no globs, and
// passing whole folders would also run helper modules under test/ as test files.
//
// A full run (no filter) also measures which (check, message id, status) the tests produce (issue 20): every
// node process gets scripts/exercise-log.mjs preloaded, then a second node --test run of
// dist/test/exercise.verify.js compares that log with the registry and the known-gaps allowlist. The two runs
// cannot be one: node --test runs files concurrently, so no file can know that all the others have ended. The
// output ends with one summary in node's format that adds both runs up (each run's own summary stays above it).
// Set LR_EXERCISE_LOG=DIR to keep the log (also for a filtered run) and verify it later with
// `LR_EXERCISE_LOG=DIR node --test dist/test/exercise.verify.js`.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const filter = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const extra = process.argv.slice(2).filter((a) => a.startsWith('-'));

function walk(dir) {
  const out = [];
  let names = [];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of names) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else if (name.endsWith('.test.js')) out.push(p);
  }
  return out;
}

const files = [...walk(join(root, 'dist', 'src')), ...walk(join(root, 'dist', 'test'))]
  .map((f) => relative(root, f))
  .filter((f) => filter.length === 0 || filter.some((s) => f.includes(s)))
  .sort();
if (files.length === 0) {
  console.error('no test files found under dist/ (did tsc run?)');
  process.exit(1);
}

const full = filter.length === 0;
const keepLog = process.env.LR_EXERCISE_LOG;
const logDir = keepLog ? (mkdirSync(keepLog, { recursive: true }), keepLog) : full ? mkdtempSync(join(tmpdir(), 'lr-exercise-')) : undefined;
const env = { ...process.env };
if (logDir) {
  env.LR_EXERCISE_LOG = logDir;
  env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --import=${pathToFileURL(join(root, 'scripts', 'exercise-log.mjs')).href}`.trim();
}
// stdout is piped to read each run's summary; keep the reporter a terminal would have chosen
const reporter = process.stdout.isTTY && !extra.some((a) => a.startsWith('--test-reporter')) ? ['--test-reporter=spec'] : [];

const SUMMARY = /^(# |ℹ )(tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) ([\d.]+)\s*$/;

/** Runs node --test on `list`, passing its output through; resolves with its exit code and summary counts. */
function run(list, runEnv) {
  return new Promise((resolve) => {
    // --test-timeout: no single test may hang the suite (CI has 10 minutes); the slowest test takes about 30 s.
    const child = spawn(process.execPath, ['--test', '--test-concurrency=2', '--test-timeout=240000', ...reporter, ...extra, ...list], { cwd: root, stdio: ['inherit', 'pipe', 'inherit'], env: runEnv });
    const summary = { prefix: '# ', counts: new Map() };
    let tail = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      const lines = (tail + chunk.toString()).split('\n');
      tail = lines.pop() ?? '';
      for (const line of lines) {
        // ANSI colours of the spec reporter are stripped before matching
        const m = SUMMARY.exec(line.replace(/\x1b\[[0-9;]*m/g, ''));
        if (m) {
          summary.prefix = m[1];
          summary.counts.set(m[2], Number(m[3]));
        }
      }
    });
    child.on('exit', (code, signal) => resolve({ code: signal ? 1 : (code ?? 1), summary }));
  });
}

const main = await run(files, env);
let code = main.code;
if (full) {
  const verifyEnv = { ...process.env, LR_EXERCISE_LOG: logDir };
  const verify = await run([join('dist', 'test', 'exercise.verify.js')], verifyEnv);
  code = code || verify.code;
  const p = main.summary.prefix;
  console.log(`${p}all runs: the suite above plus the message-id coverage verification`);
  for (const k of ['tests', 'suites', 'pass', 'fail', 'cancelled', 'skipped', 'todo', 'duration_ms']) {
    const n = (main.summary.counts.get(k) ?? 0) + (verify.summary.counts.get(k) ?? 0);
    console.log(`${p}${k} ${k === 'duration_ms' ? n.toFixed(3) : n}`);
  }
  if (!keepLog) rmSync(logDir, { recursive: true, force: true });
}
process.exit(code);
