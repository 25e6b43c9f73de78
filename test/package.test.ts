import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
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
