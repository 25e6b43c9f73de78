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
