import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { ROOT } from './helpers.js';

/**
 * What an npm user gets (issue 20): the tarball holds the CLI, the compiled library, the schema, the docs and the
 * demo that `npx launchready demo` starts — and no tests, test apps or benches. Read from `npm pack --dry-run`
 * (no scripts run, nothing written).
 */
test('npm pack: examples and the compiled library ship; tests, test apps and benches do not', { timeout: 120_000 }, () => {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, npm_config_loglevel: 'silent' } });
  const files = (JSON.parse(out) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
  for (const need of ['bin/launchready.js', 'dist/src/cli/main.js', 'dist/src/index.js', 'schema/launchready.schema.json', 'README.md', 'examples/demo-market/server.js', 'examples/demo-market/launchready.yml', 'examples/demo-market/index.js']) {
    assert.ok(files.includes(need), `${need} ships`);
  }
  const unwanted = files.filter((f) => f.startsWith('dist/test/') || f.startsWith('dist/bench/') || /\.test\.(js|d\.ts)$/.test(f) || f.includes('node_modules/') || f.startsWith('test/') || f.startsWith('bench/'));
  assert.deepEqual(unwanted.slice(0, 10), [], `${unwanted.length} test or bench files ship`);
  // what `npx launchready demo` reads from the package at run time: every file of the demo (server, edge with its
  // zone DNS and PKI, the repo twins it audits, logs, configs) and the JWT wordlist of the API checks
  const inGit = execFileSync('git', ['ls-files', 'examples', 'data'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
  const missing = inGit.filter((f) => !files.includes(f));
  assert.ok(files.includes('examples/demo-market/edge/zone-dns.js') && files.includes('data/jwt-secrets.txt'));
  // npm never packs a .gitignore: the repo twins ship theirs as `gitignore` (examples/demo-market/index.js puts it back)
  for (const twin of ['repo-flawed', 'repo-fixed']) {
    const dir = join(ROOT, 'examples', 'demo-market', twin);
    assert.equal(readFileSync(join(dir, 'gitignore'), 'utf8'), readFileSync(join(dir, '.gitignore'), 'utf8'), `${twin}/gitignore is a copy of its .gitignore`);
    assert.ok(files.includes(`examples/demo-market/${twin}/gitignore`));
  }
  // npm never packs .gitignore or .npmignore files (not even when `files` names them)
  const notPackable = missing.filter((f) => !/\/\.(gitignore|npmignore)$/.test(f));
  assert.deepEqual(notPackable.slice(0, 10), [], `${notPackable.length} tracked files of examples/ or data/ do not ship`);
  // state a local run leaves in the demo folder never ships
  assert.deepEqual(files.filter((f) => /^examples\/demo-market\/\.(demo|launchready)\//.test(f)), []);
});

test('package.json: optional daemon drivers are optional dependencies; a pack rebuilds dist/src from scratch', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; optionalDependencies?: Record<string, string>; scripts: Record<string, string> };
  for (const d of ['pg', 'pg-boss', 'nodemailer']) {
    assert.ok(pkg.optionalDependencies?.[d], `${d} is an optional dependency`);
    assert.equal(pkg.dependencies[d], undefined, `${d} is not a hard dependency`);
  }
  // tsc never deletes the output of a removed source: without the clean, a pack from a working copy ships stale
  // modules (it shipped dist/src/monitor/probes-dns.js after that file was removed)
  assert.match(pkg.scripts.prepack ?? '', /rmSync\('dist\/src'.*&& tsc -p tsconfig\.json$/);
});

/** Every module the compiled file at `entry` imports, transitively (static and dynamic string imports). */
function importGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const external = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return; // a specifier quoted in a comment or a string names no file
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^import\s*['"]([^'"]+)['"]/gm)) {
      const spec = (m[1] ?? m[2] ?? m[3])!;
      if (spec.startsWith('.')) visit(join(dirname(file), spec));
      else external.add(spec.replace(/^node:/, 'node:'));
    }
  };
  visit(entry);
  return new Set([...[...seen].map((f) => relative(ROOT, f).split('\\').join('/')), ...external]);
}

test('the library entry loads no command, no monitor and no database or mail driver (launchready/cli, /monitor are separate)', () => {
  const g = importGraph(join(ROOT, 'dist', 'src', 'index.js'));
  const bad = [...g].filter((m) => m.startsWith('dist/src/cli/') || m.startsWith('dist/src/monitor/') || m.startsWith('dist/src/dashboard/') || ['better-sqlite3', 'pg', 'pg-boss', 'nodemailer'].includes(m));
  assert.deepEqual(bad, []);
  assert.ok(importGraph(join(ROOT, 'dist', 'src', 'entry', 'cli.js')).has('dist/src/cli/main.js'));
  assert.ok(importGraph(join(ROOT, 'dist', 'src', 'entry', 'monitor.js')).has('dist/src/monitor/daemon.js'));
});
