import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { statusMatches } from '../../src/core/template.js';
import { testIo } from '../helpers.js';

let server: Server;
let url = '';
let dir = '';
let healthy = true;
let warmHits = 0;
const SECRET_VALUE = 'live-' + 'v4lue'.repeat(5);

before(async () => {
  server = createServer((req, res) => {
    if (req.url === '/') return void res.end('<h1>Welcome to shop</h1>');
    if (req.url === '/warming') {
      warmHits++;
      res.statusCode = warmHits < 3 ? 503 : 200;
      return void res.end(warmHits < 3 ? 'starting' : 'ready');
    }
    if (req.url === '/api/health') {
      res.statusCode = healthy ? 200 : 503;
      return void res.end(healthy ? '{"ok":true}' : 'Traceback (most recent call last)');
    }
    res.statusCode = 404;
    res.end('nope');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dir = await mkdtemp(join(tmpdir(), 'lr-gate-'));
  await writeFile(
    join(dir, 'launchready.yml'),
    `project: { name: shop }
deploy:
  baseUrl: \${APP_URL}
  requiredEnv: [DATABASE_URL, STRIPE_SECRET_KEY]
  smoke:
    - { name: home, url: /, bodyContains: [Welcome] }
    - { name: health, url: /api/health, expectStatus: [200], bodyNotContains: [Traceback] }
`,
  );
  await writeFile(join(dir, 'bad-host.yml'), `deploy:\n  smoke:\n    - { url: "http://evil.example/x" }\n`);
  await writeFile(join(dir, 'warming.yml'), `deploy:\n  baseUrl: \${APP_URL}\n  retries: 3\n  retryDelayMs: 1\n  smoke:\n    - { url: /warming }\n`);
  await writeFile(join(dir, 'no-deploy.yml'), `project: { name: x }\n`);
  await writeFile(join(dir, 'prod.env'), `DATABASE_URL=postgres://db/x\nSTRIPE_SECRET_KEY=changeme\n`);
});

after(async () => {
  await new Promise((r) => server.close(r));
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('status specs (table)', () => {
  assert.equal(statusMatches(204, ['2xx']), true);
  assert.equal(statusMatches(301, ['2xx']), false);
  assert.equal(statusMatches(301, [200, '300-399']), true);
  // the env judgements have their table next to the check: src/checks/deploy/required-env.test.ts
});

test('gate passes (exit 0) when env vars are set and smoke checks pass; values never printed', async () => {
  healthy = true;
  const io = testIo({ APP_URL: url, DATABASE_URL: 'postgres://db/shop', STRIPE_SECRET_KEY: SECRET_VALUE }, dir);
  const code = await main(['gate', '--config', 'launchready.yml', '--format', 'json', '--verbose'], io);
  assert.equal(code, 0, io.err.text + io.out.text);
  const report = JSON.parse(io.out.text);
  assert.equal(report.decision, 'GO');
  assert.deepEqual(report.findings.map((f: { checkId: string; messageId: string }) => `${f.checkId}:${f.messageId}`).sort(), [
    'deploy/required-env:ok', 'deploy/required-env:ok', 'deploy/smoke:ok', 'deploy/smoke:ok',
  ]);
  assert.ok(!io.out.text.includes(SECRET_VALUE));
});

test('gate fails (exit 1 = roll back) on a missing env var and a failing smoke check', async () => {
  healthy = false;
  const io = testIo({ APP_URL: url, DATABASE_URL: 'postgres://db/shop' }, dir);
  const code = await main(['gate', '--config', 'launchready.yml', '--format', 'json'], io);
  assert.equal(code, 1, io.err.text);
  const report = JSON.parse(io.out.text);
  const fails = report.findings.filter((f: { status: string }) => f.status === 'fail').map((f: { checkId: string; messageId: string }) => `${f.checkId}:${f.messageId}`).sort();
  assert.deepEqual(fails, ['deploy/required-env:missing', 'deploy/smoke:status']);
  const health = report.findings.find((f: { messageId: string }) => f.messageId === 'status');
  assert.match(health.message, /status 503 not in 200; body contains "Traceback"/);
  // registered checks with their own doc pages; fix items re-run the gate, not an audit
  assert.equal(health.docsUrl, 'docs/checks/deploy-smoke.md');
  assert.ok(report.fixList.length > 0);
  for (const item of report.fixList) assert.equal(item.retest, 'launchready gate --config launchready.yml');
  assert.deepEqual(report.checks.map((c: { checkId: string }) => c.checkId).sort(), ['deploy/required-env', 'deploy/smoke']);
});

test('gate --env-file checks the file instead of the environment; --base-url retargets smoke checks', async () => {
  healthy = true;
  const io = testIo({ APP_URL: 'http://127.0.0.1:9' }, dir);
  const code = await main(['gate', '--config', 'launchready.yml', '--env-file', 'prod.env', '--base-url', url, '--format', 'json'], io);
  assert.equal(code, 1, io.err.text);
  const report = JSON.parse(io.out.text);
  const fails = report.findings.filter((f: { status: string }) => f.status === 'fail').map((f: { messageId: string; data?: unknown; message: string }) => f.messageId);
  assert.deepEqual(fails, ['placeholder']);
  assert.ok(!io.out.text.includes('changeme'), 'the placeholder value itself is not printed');
});

test('gate: unreachable release fails; bad input exits 2 and sends nothing', async () => {
  const io = testIo({ APP_URL: 'http://127.0.0.1:9', DATABASE_URL: 'x1y2z3w4', STRIPE_SECRET_KEY: SECRET_VALUE }, dir);
  assert.equal(await main(['gate', '--config', 'launchready.yml', '--format', 'json'], io), 1);
  assert.ok(JSON.parse(io.out.text).findings.some((f: { messageId: string }) => f.messageId === 'unreachable'));
  const bad = testIo({}, dir);
  assert.equal(await main(['gate', '--config', 'bad-host.yml'], bad), 2);
  assert.match(bad.err.text, /refused to contact http:\/\/evil\.example\/x/);
  const none = testIo({}, dir);
  assert.equal(await main(['gate', '--config', 'no-deploy.yml'], none), 2);
  assert.match(none.err.text, /no "deploy" section/);
  const file = testIo({ APP_URL: url }, dir);
  assert.equal(await main(['gate', '--config', 'launchready.yml', '--env-file', 'missing.env'], file), 2);
  assert.match(file.err.text, /--env-file .*missing\.env/);
  const flag = testIo({ APP_URL: url }, dir);
  assert.equal(await main(['gate', '--config', 'launchready.yml', '--base-url', 'ftp://x'], flag), 2);
  assert.match(flag.err.text, /--base-url/);
});

test('gate retries a smoke check while the release starts (deploy.retries)', async () => {
  warmHits = 0;
  const io = testIo({ APP_URL: url }, dir);
  assert.equal(await main(['gate', '--config', 'warming.yml', '--format', 'json'], io), 0, io.err.text + io.out.text);
  assert.equal(warmHits, 3, 'two 503s, then ready');
  const io2 = testIo({ APP_URL: url }, dir);
  warmHits = -10;
  assert.equal(await main(['gate', '--config', 'warming.yml', '--format', 'json'], io2), 1);
  assert.match(JSON.parse(io2.out.text).findings[0].message, /status 503 not in 2xx\. \(after 4 attempts\)/);
});
