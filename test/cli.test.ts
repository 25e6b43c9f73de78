import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, COMMAND_LOADERS } from '../src/cli/main.js';
import { COMMANDS } from '../src/cli/registry.js';
import { testIo } from './helpers.js';

async function withTmp<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'lr-cli-'));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test('no command → usage on stdout, exit 2; --help → exit 0; --version → exit 0', async () => {
  let io = testIo();
  assert.equal(await main([], io), 2);
  assert.match(io.out.text, /Usage: launchready <command>/);
  io = testIo();
  assert.equal(await main(['--help'], io), 0);
  assert.match(io.out.text, /Exit codes:/);
  io = testIo();
  assert.equal(await main(['--version'], io), 0);
  assert.match(io.out.text, /^\d+\.\d+\.\d+/);
});

test('every command documents its flags and the exit codes in --help', async () => {
  for (const cmd of COMMANDS) {
    const io = testIo();
    assert.equal(await main([cmd.name, '--help'], io), 0, cmd.name);
    assert.match(io.out.text, new RegExp(`Usage: launchready ${cmd.name}`));
    assert.match(io.out.text, /0\s+ran; decision GO/);
    assert.match(io.out.text, /1\s+ran; decision NO-GO/);
    assert.match(io.out.text, /2\s+could not run/);
  }
});

test('unknown command, unknown flag and bad flag values exit 2 naming the problem', async () => {
  let io = testIo();
  assert.equal(await main(['lanch'], io), 2);
  assert.match(io.err.text, /unknown command "lanch"/);
  io = testIo();
  assert.equal(await main(['audit', '--confg', 'x.yml'], io), 2);
  assert.match(io.err.text, /unknown flag --confg/);
  io = testIo();
  assert.equal(await main(['audit', '--config', 'x.yml', '--format', 'pdf'], io), 2);
  assert.match(io.err.text, /--format: "pdf" is not one of text, json, sarif, junit, markdown, html/);
  io = testIo();
  assert.equal(await main(['audit'], io), 2);
  assert.match(io.err.text, /--config FILE is required/);
  io = testIo();
  assert.equal(await main(['audit', '--config', 'x.yml', '--connect-to', 'bad'], io), 2);
});

test('a missing config file exits 2 naming the file', async () => {
  const io = testIo();
  assert.equal(await main(['audit', '--config', '/nonexistent/launchready.yml'], io), 2);
  assert.match(io.err.text, /\/nonexistent\/launchready\.yml: cannot read config file \(no such file\)/);
});

test('a broken config exits 2 listing every problem with file and field', async () => {
  await withTmp(async (dir) => {
    const file = join(dir, 'launchready.yml');
    await writeFile(file, 'gate:\n  failOn: sometimes\nnetwork:\n  budget: lots\nwaivers:\n  - checkId: api/bola\nunknownKey: 1\n');
    const io = testIo();
    assert.equal(await main(['audit', '--config', file], io), 2);
    const err = io.err.text;
    assert.match(err, /invalid configuration \(\d+ problems\)/);
    for (const field of ['gate.failOn', 'network.budget', 'waivers\\[0\\].owner', 'waivers\\[0\\].reason']) {
      assert.match(err, new RegExp(`launchready\\.yml: ${field}:`), field);
    }
    assert.match(err, /unknown field "unknownKey"/);
  });
});

test('invalid YAML exits 2 with line and column', async () => {
  await withTmp(async (dir) => {
    const file = join(dir, 'bad.yml');
    await writeFile(file, 'repo:\n  path: [unclosed\n');
    const io = testIo();
    assert.equal(await main(['audit', '--config', file], io), 2);
    assert.match(io.err.text, /bad\.yml: line \d+, column \d+: invalid YAML/);
  });
});

test('a config that enables no stage exits 2', async () => {
  await withTmp(async (dir) => {
    const file = join(dir, 'empty.json');
    await writeFile(file, '{"project": {"name": "x"}}');
    const io = testIo();
    assert.equal(await main(['audit', '--config', file], io), 2);
    assert.match(io.err.text, /nothing to audit/);
  });
});

test('--stage names an unknown or unconfigured stage → exit 2', async () => {
  await withTmp(async (dir) => {
    const file = join(dir, 'lr.json');
    await writeFile(file, JSON.stringify({ repo: { path: '.' } }));
    let io = testIo();
    assert.equal(await main(['audit', '--config', file, '--stage', 'moon'], io), 2);
    assert.match(io.err.text, /unknown stage "moon"/);
    io = testIo();
    assert.equal(await main(['audit', '--config', file, '--stage', 'api'], io), 2);
    assert.match(io.err.text, /no "api" section/);
  });
});

test('launchready.config.ts with defineConfig loads', async () => {
  await withTmp(async (dir) => {
    const file = join(dir, 'launchready.config.ts');
    await writeFile(file, "const config: { gate: { failOn: string } } = { gate: { failOn: 'bogus' } };\nexport default config;\n");
    const io = testIo();
    assert.equal(await main(['audit', '--config', file], io), 2);
    assert.match(io.err.text, /gate\.failOn/);
  });
});

test('the lazy command table and the registry name the same commands in the same order, and each loader loads its command', async () => {
  assert.deepEqual(COMMAND_LOADERS.map(([n]) => n), COMMANDS.map((c) => c.name));
  for (const [name, load] of COMMAND_LOADERS) assert.equal((await load()).name, name);
});
