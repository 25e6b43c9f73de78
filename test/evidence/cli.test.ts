import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { testIo } from '../helpers.js';

// Bad input for --save-evidence / --from-evidence: exit 2 before anything runs, stderr naming the folder or file.

const dir = mkdtempSync(join(tmpdir(), 'lr-evidence-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const config = join(dir, 'launchready.yml');
writeFileSync(config, 'version: 1\nedge:\n  hosts: [http://127.0.0.1:9]\n');

async function run(...args: string[]): Promise<{ code: number; err: string }> {
  const io = testIo({}, dir);
  const code = await main(['audit', '--config', config, '--no-progress', ...args], io);
  return { code, err: io.err.text };
}

test('--from-evidence of a missing folder: exit 2 naming it', async () => {
  const r = await run('--from-evidence', 'nowhere');
  assert.equal(r.code, 2);
  assert.match(r.err, /--from-evidence .*nowhere: no such folder/);
});

test('--from-evidence of a folder with a corrupt or foreign manifest: exit 2 naming the file', async () => {
  const bad = join(dir, 'bad');
  mkdirSync(bad);
  writeFileSync(join(bad, 'manifest.json'), '{ not json');
  let r = await run('--from-evidence', bad);
  assert.equal(r.code, 2);
  assert.match(r.err, /bad\/manifest\.json is not valid JSON/);
  writeFileSync(join(bad, 'manifest.json'), JSON.stringify({ format: 'launchready-evidence', formatVersion: 1, tool: { name: 'launchready', version: '0.0.1-old' }, createdAt: 'x', configHash: 'x', stages: [], files: { retrievals: {}, exchanges: {} } }));
  r = await run('--from-evidence', bad);
  assert.equal(r.code, 2);
  assert.match(r.err, /manifest\.json was saved by launchready 0\.0\.1-old/);
});

test('--save-evidence into a folder that is not an evidence folder: exit 2 before the run, the folder untouched', async () => {
  const mine = join(dir, 'mine');
  mkdirSync(mine);
  writeFileSync(join(mine, 'notes.txt'), 'keep me');
  const r = await run('--save-evidence', mine);
  assert.equal(r.code, 2);
  assert.match(r.err, /--save-evidence .*mine: the folder exists and is not an evidence folder/);
});

test('--save-evidence with --from-evidence: exit 2', async () => {
  const r = await run('--save-evidence', join(dir, 'a'), '--from-evidence', join(dir, 'b'));
  assert.equal(r.code, 2);
  assert.match(r.err, /cannot be combined/);
});
