import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { main } from '../../src/cli/main.js';
import type { Finding, Report } from '../../src/core/types.js';
import { startStubModel, stubAiConfig } from '../ai/stub-model.js';
import { testIo } from '../helpers.js';

// Two real audits (ai stage, loopback stub model over HTTP, through the CLI) of an app that changed in between:
// release 1 leaks the canary (also base64-encoded and spelled out: ai/encoding-bypass) but scopes customer lookups;
// release 2 added an output filter (the encoded leaks are fixed) and broke lookup scoping (a new cross-user leak).
// Everything else stays as it was.

let dir = '';
const stubs: { close(): Promise<void> }[] = [];

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lr-baseline-'));
  const release1 = await startStubModel('vulnerable', { leakOtherUser: false });
  const release2 = await startStubModel('vulnerable', { leakCanary: false });
  stubs.push(release1, release2);
  await writeFile(join(dir, 'r1.yml'), stringify({ project: { name: 'shop' }, ai: stubAiConfig(release1.url) }));
  await writeFile(join(dir, 'r2.yml'), stringify({ project: { name: 'shop' }, ai: stubAiConfig(release2.url) }));
});

after(async () => {
  for (const s of stubs) await s.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const key = (f: Finding) => `${f.checkId}:${f.messageId}`;

test('baseline diff across two runs: one fixed, one new, the rest unchanged; --new-only gates on the new one only', async () => {
  const io1 = testIo({}, dir);
  assert.equal(await main(['audit', '--config', 'r1.yml', '--format', 'json', '--output', 'run1.json', '--no-progress'], io1), 1, io1.err.text);
  const run1 = JSON.parse(await readFile(join(dir, 'run1.json'), 'utf8')) as Report;
  assert.ok(run1.findings.some((f) => key(f) === 'ai/encoding-bypass:found'));
  assert.ok(run1.findings.some((f) => key(f) === 'ai/cross-user-data:ok'));

  const io2 = testIo({}, dir);
  assert.equal(await main(['audit', '--config', 'r2.yml', '--baseline', 'run1.json', '--format', 'json', '--no-progress'], io2), 1, io2.err.text);
  const run2 = JSON.parse(io2.out.text) as Report;
  const active = run2.findings.filter((f) => f.status === 'fail' || f.status === 'warn');
  assert.deepEqual(active.filter((f) => f.baseline === 'new').map(key), ['ai/cross-user-data:leaked']);
  assert.deepEqual(active.filter((f) => f.baseline === 'unchanged').map(key).sort(), [
    'ai/indirect-injection:found',
    'ai/jailbreak:found',
    'ai/prompt-injection-leak:found',
    'ai/prompt-injection:found',
    'ai/resource-limits:missing',
    'ai/tool-abuse:no-outcome',
    'ai/tool-abuse:no-outcome',
  ]);
  assert.deepEqual(run2.fixed?.map(key), ['ai/encoding-bypass:found']);
  // the same finding keeps its id across runs (the stub's port changed; the fingerprint uses the endpoint name)
  const unchanged = active.find((f) => key(f) === 'ai/tool-abuse:no-outcome')!;
  assert.equal(unchanged.id, run1.findings.find((f) => f.id === unchanged.id)?.id);

  // --new-only: the unchanged high findings no longer block; the new high cross-user leak does at failOn high...
  const io3 = testIo({}, dir);
  assert.equal(await main(['audit', '--config', 'r2.yml', '--baseline', 'run1.json', '--new-only', '--format', 'json', '--no-progress'], io3), 1, io3.err.text);
  const gated = JSON.parse(io3.out.text) as Report;
  assert.equal(gated.gate?.blocking, 1);
  assert.match(gated.gate!.explanation, /1 new finding/);
  // ...and not at failOn critical; without --new-only every unchanged high finding blocks too.
  const io4 = testIo({}, dir);
  assert.equal(await main(['audit', '--config', 'r2.yml', '--baseline', 'run1.json', '--new-only', '--fail-on', 'critical', '--format', 'json', '--no-progress'], io4), 0, io4.err.text);
  const io5 = testIo({}, dir);
  assert.equal(await main(['audit', '--config', 'r2.yml', '--baseline', 'run1.json', '--format', 'json', '--no-progress'], io5), 1, io5.err.text);
  assert.equal((JSON.parse(io5.out.text) as Report).gate?.blocking, 5);

  // the reports and the handover pack show the change
  const io6 = testIo({}, dir);
  await main(['audit', '--config', 'r2.yml', '--baseline', 'run1.json', '--format', 'markdown', '--no-progress'], io6);
  assert.match(io6.out.text, /## Fixed since baseline \(1\)\n\n- `ai\/encoding-bypass`/);
  const io7 = testIo({}, dir);
  await main(['handover', '--config', 'r2.yml', '--baseline', 'run1.json', '--no-progress'], io7);
  assert.match(io7.out.text, /Compared with run1\.json: 1 new, 1 fixed, 7 unchanged\./);
});
