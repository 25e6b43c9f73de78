import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';

/**
 * Issue 20: the dashboard serves uPlot from wherever Node resolves it, not from a path inside launchready's own
 * folder. An npm install hoists uPlot next to launchready (node_modules/uplot beside node_modules/launchready), so
 * the test builds that layout: a copy of the compiled package as node_modules/launchready, uPlot copied beside it,
 * the other dependencies linked beside it. The dashboard module, loaded from there, must serve the hoisted copy.
 */
test('uPlot assets resolve when npm hoists uplot beside launchready (an npm install), and the module says so when it is missing', { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'lr-hoist-'));
  try {
    const nm = join(dir, 'node_modules');
    const pkg = join(nm, 'launchready');
    mkdirSync(join(pkg, 'dist'), { recursive: true });
    cpSync(join(ROOT, 'package.json'), join(pkg, 'package.json'));
    cpSync(join(ROOT, 'dist', 'src'), join(pkg, 'dist', 'src'), { recursive: true });
    for (const name of readdirSync(join(ROOT, 'node_modules'))) {
      if (name === 'uplot' || name.startsWith('.')) continue;
      symlinkSync(join(ROOT, 'node_modules', name), join(nm, name));
    }
    const probe = `import(${JSON.stringify(join(pkg, 'dist', 'src', 'dashboard', 'server.js'))}).then((m) => console.log(JSON.stringify(Object.values(m.ASSETS).map((a) => a.file))))`;
    const load = () => execFileSync(process.execPath, ['--input-type=module', '-e', probe], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

    // without uplot anywhere above the package, loading fails naming the module (no silent broken chart)
    assert.throws(load, /Cannot find module 'uplot\/dist\/uPlot\.iife\.min\.js'/);

    cpSync(realpathSync(join(ROOT, 'node_modules', 'uplot')), join(nm, 'uplot'), { recursive: true });
    const files = JSON.parse(load()) as string[];
    assert.equal(files.length, 2);
    for (const f of files) {
      assert.ok(f.startsWith(join(nm, 'uplot') + '/'), `${f} is the hoisted copy`);
      assert.ok(existsSync(f), f);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
