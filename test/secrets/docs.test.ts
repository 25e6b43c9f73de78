import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { secretsChecks } from '../../src/checks/secrets/index.js';
import { repoChecks } from '../../src/checks/repo/index.js';

function repoRoot(): string {
  let d = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(d, 'package.json')) || !readFileSync(join(d, 'package.json'), 'utf8').includes('"name": "launchready"')) d = dirname(d);
  return d;
}

describe('secrets/* and repo/* docs', () => {
  const root = repoRoot();
  const checks = [...secretsChecks, ...repoChecks];
  it('every check has docs/checks/<area>-<name>.md documenting each message id', () => {
    for (const c of checks) {
      const file = join(root, 'docs', 'checks', `${c.id.replace('/', '-')}.md`);
      assert.ok(existsSync(file), `missing ${file}`);
      const doc = readFileSync(file, 'utf8');
      for (const m of Object.keys(c.messages)) assert.ok(doc.includes(`\`${m}\``), `${c.id}: message id ${m} not documented`);
    }
  });
  it('every secrets-/repo- doc page belongs to a check', () => {
    const ids = new Set(checks.map((c) => c.id));
    for (const f of readdirSync(join(root, 'docs', 'checks'))) {
      const m = /^(secrets|repo)-(.+)\.md$/.exec(f);
      if (m) assert.ok(ids.has(`${m[1]}/${m[2]}`), `${f} has no check`);
    }
  });
});
