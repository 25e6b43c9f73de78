import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError } from '../errors.js';
import { validateConfig } from './validate.js';

test('a valid minimal config gets defaults', () => {
  const c = validateConfig({ repo: { path: '.' } }, 'lr.yml');
  assert.equal(c.gate.failOn, 'high');
  assert.equal(c.network.budget, 3000);
  assert.deepEqual(c.waivers, []);
});

test('every problem is reported at once, each with file and field', () => {
  try {
    validateConfig(
      {
        gate: { failOn: 'severe' },
        network: { budget: -1, connectTo: ['nonsense'] },
        waivers: [{ checkId: 'api/bola', reason: 'x' }, { owner: 'me', reason: 'no target given' }],
        extra: true,
      },
      '/tmp/lr.yml',
    );
    assert.fail('should throw');
  } catch (err) {
    assert.ok(err instanceof ConfigError);
    const fields = err.problems.map((p) => p.field).sort();
    assert.ok(fields.includes('gate.failOn'), fields.join());
    assert.ok(fields.includes('network.budget'));
    assert.ok(fields.includes('network.connectTo[0]'));
    assert.ok(fields.includes('waivers[0].owner'));
    assert.ok(fields.includes('waivers[0].reason'));
    assert.ok(fields.includes('waivers[1].checkId'));
    assert.ok(err.problems.some((p) => /unknown field "extra"/.test(p.message)));
    assert.ok(err.problems.every((p) => p.file === '/tmp/lr.yml'));
    assert.ok(err.problems.length >= 7);
  }
});

test('${VAR} and ${VAR:-default} interpolate; a missing variable without default is a problem naming the field', () => {
  const c = validateConfig({ api: { baseUrl: '${BASE:-http://127.0.0.1:4010}' }, repo: { path: '${REPO}' } }, 'f.yml', { REPO: './app' });
  assert.equal(c.api?.baseUrl, 'http://127.0.0.1:4010');
  assert.equal(c.repo?.path, './app');
  assert.throws(
    () => validateConfig({ repo: { path: '${NOPE}' } }, 'f.yml', {}),
    (e: unknown) => e instanceof ConfigError && e.problems.some((p) => p.field === 'repo.path' && /NOPE is not set/.test(p.message)),
  );
});

test('waiver dates must be real dates', () => {
  assert.throws(() => validateConfig({ waivers: [{ checkId: 'api/bola', owner: 'a', reason: 'abc', expires: '2026-13-45' }] }, 'f.yml'), ConfigError);
});
