import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { secretsChecks } from '../../src/checks/secrets/index.js';
import { repoChecks } from '../../src/checks/repo/index.js';
import { docsPath } from '../../src/core/check.js';

function repoRoot(): string {
  let d = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(d, 'package.json')) || !readFileSync(join(d, 'package.json'), 'utf8').includes('"name": "launchready"')) d = dirname(d);
  return d;
}

describe('secrets/* and repo/* docs', () => {
  const root = repoRoot();
  it('every secrets check has a row (anchor) in docs/checks/secrets.md, which documents each message id (issue 20)', () => {
    const doc = readFileSync(join(root, 'docs', 'checks', 'secrets.md'), 'utf8');
    for (const c of secretsChecks) {
      assert.equal(docsPath(c.id), `docs/checks/secrets.md#${c.id.slice('secrets/'.length)}`);
      assert.ok(doc.includes(`<a id="${c.id.slice('secrets/'.length)}"></a>\`${c.id}\``), `${c.id}: no row in docs/checks/secrets.md`);
      for (const m of Object.keys(c.messages)) assert.ok(doc.includes(`\`${m}\``), `${c.id}: message id ${m} not documented`);
    }
  });
  it('every repo check has docs/checks/repo-<name>.md documenting each message id', () => {
    for (const c of repoChecks) {
      const file = join(root, 'docs', 'checks', `${c.id.replace('/', '-')}.md`);
      assert.ok(existsSync(file), `missing ${file}`);
      const doc = readFileSync(file, 'utf8');
      for (const m of Object.keys(c.messages)) assert.ok(doc.includes(`\`${m}\``), `${c.id}: message id ${m} not documented`);
    }
  });
  it('no per-rule secrets pages remain, and every repo- page belongs to a check', () => {
    const ids = new Set(repoChecks.map((c) => c.id));
    for (const f of readdirSync(join(root, 'docs', 'checks'))) {
      assert.ok(!/^secrets-.+\.md$/.test(f), `${f}: secrets rules are documented in docs/checks/secrets.md`);
      const m = /^repo-(.+)\.md$/.exec(f);
      if (m) assert.ok(ids.has(`repo/${m[1]}`), `${f} has no check`);
    }
  });
});
