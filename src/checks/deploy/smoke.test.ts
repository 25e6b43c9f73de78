import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runChecks } from '../../core/runner.js';
import { TargetRefusedError } from '../../core/errors.js';
import { HttpProbe } from '../../probes/http.js';
import { Allowlist } from '../../probes/net.js';
import { runFlow } from '../../probes/http-flow.js';
import { smokeCheck } from '../../core/config/sections/deploy.js';
import check, { executeSmokeStep, type DeploySmokeTarget, type SmokeStep } from './smoke.js';

// A loopback release: the real HttpProbe, so the check is tested on what the gate runs.
let server: Server;
let base = '';
let probe: HttpProbe;
let warm = 0;
before(async () => {
  server = createServer((req, res) => {
    if (req.url === '/') return void res.end('<h1>Welcome to shop</h1>');
    if (req.url === '/down') return void ((res.statusCode = 503), res.end('Traceback (most recent call last)'));
    if (req.url === '/json') return void (res.setHeader('content-type', 'application/json'), res.setHeader('x-release', 'v2'), res.end('{"ok":true}'));
    if (req.url === '/waf') return void ((res.statusCode = 403), res.setHeader('x-amzn-waf-action', 'block'), res.end('blocked'));
    if (req.url === '/slow') return void setTimeout(() => res.end('ok'), 60);
    if (req.url === '/warming') return void ((res.statusCode = ++warm < 3 ? 503 : 200), res.end('x'));
    if (req.url === '/echo' && req.method === 'POST') {
      let body = '';
      req.on('data', (c) => (body += c));
      return void req.on('end', () => res.end(`${req.headers['x-token']}:${body}`));
    }
    res.statusCode = 404;
    res.end('nope');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  probe = new HttpProbe({ allow: new Allowlist([base]), timeoutMs: 2000 });
});
after(async () => {
  await probe.close();
  await new Promise((r) => server.close(r));
});

// through the config schema, so every default (expectHeaders, extract...) is the one a config gets
const step = (s: Partial<SmokeStep> & { url: string }): SmokeStep => smokeCheck.parse({ method: 'GET', expectStatus: ['2xx'], ...s });
async function run(steps: SmokeStep[], extra: Partial<DeploySmokeTarget> = {}, http: { request: HttpProbe['request'] } = probe) {
  const target: DeploySmokeTarget = { steps, urls: steps.map((s) => (s.url.startsWith('http') ? s.url : base + s.url)), timeoutMs: 2000, retries: 0, retryDelayMs: 1, ...extra };
  return (await runChecks([{ check, target, probes: { http, runFlow } }])).findings;
}

// every message id, passing and failing
const TABLE: { name: string; step: SmokeStep; expect: [string, string]; message: RegExp }[] = [
  { name: 'home page answers 200 with its text', step: step({ name: 'home', url: '/', bodyContains: ['Welcome'] }), expect: ['ok', 'pass'], message: /^home: HTTP 200 in \d+ ms\.$/ },
  { name: 'a 404 is accepted when expected', step: step({ url: '/missing', expectStatus: [404] }), expect: ['ok', 'pass'], message: /^GET \/missing: HTTP 404/ },
  { name: 'POST with headers and body', step: step({ url: '/echo', method: 'post', headers: { 'x-token': 't1' }, body: 'b1', bodyContains: ['t1:b1'] }), expect: ['ok', 'pass'], message: /^POST \/echo: HTTP 200/ },
  { name: 'wrong status', step: step({ name: 'health', url: '/down', expectStatus: [200] }), expect: ['status', 'fail'], message: /^health: status 503 not in 200\.$/ },
  { name: 'expected text missing', step: step({ url: '/', bodyContains: ['Checkout'] }), expect: ['body-missing', 'fail'], message: /body does not contain "Checkout"/ },
  { name: 'forbidden text present (every failed assertion listed)', step: step({ url: '/down', expectStatus: ['5xx'], bodyNotContains: ['Traceback'] }), expect: ['body-forbidden', 'fail'], message: /body contains "Traceback"/ },
  { name: 'over its latency budget', step: step({ url: '/slow', maxLatencyMs: 1 }), expect: ['slow', 'fail'], message: /latency [\d.]+ ms over budget 1 ms/ },
  { name: 'body does not match bodyMatches', step: step({ url: '/json', bodyMatches: '"ok":false' }), expect: ['body-mismatch', 'fail'], message: /body does not match/ },
  { name: 'an expected header is absent', step: step({ url: '/json', expectHeaders: { 'x-frame-options': '' } }), expect: ['header-missing', 'fail'], message: /header x-frame-options missing/ },
  { name: 'a header differs from its pattern', step: step({ url: '/json', expectHeaders: { 'x-release': '^v3$' } }), expect: ['header-mismatch', 'fail'], message: /header x-release: "v2" does not match/ },
  { name: 'a value to extract is not in the answer', step: step({ url: '/json', extract: { id: 'json:user.id' } }), expect: ['extract', 'fail'], message: /user\.id/ },
  { name: 'the CDN/WAF answers instead of the release', step: step({ url: '/waf', expectStatus: ['2xx', 403] }), expect: ['edge', 'fail'], message: /AWS WAF/ },
  { name: 'nothing listens there', step: step({ url: 'http://127.0.0.1:9/' }), expect: ['unreachable', 'fail'], message: /^GET \/: / },
];

for (const c of TABLE) {
  test(`deploy/smoke: ${c.name} → ${c.expect.join(' ')}`, async () => {
    const http = c.step.url.includes(':9/') ? new HttpProbe({ allow: new Allowlist(['http://127.0.0.1:9']), timeoutMs: 2000 }) : probe;
    try {
      const out = await run([c.step], {}, http);
      assert.deepEqual(out.map((f) => [f.messageId, f.status, f.severity]), [[...c.expect, c.expect[1] === 'pass' ? 'info' : 'critical']]);
      assert.match(out[0]!.message, c.message);
      assert.equal(out[0]!.location?.method, c.step.method.toUpperCase());
      if (c.expect[1] === 'fail' && c.expect[0] !== 'unreachable') assert.match(out[0]!.evidence ?? '', /^[A-Z]+ http:\/\/127\.0\.0\.1:\d+\/\S*\nHTTP \d{3}/);
    } finally {
      if (http !== probe) await http.close();
    }
  });
}

test('deploy/smoke: the message id is the first failed assertion, the message lists them all; ids stable across base URLs', async () => {
  const [f] = await run([step({ name: 'h', url: '/down', expectStatus: [200], bodyNotContains: ['Traceback'] })]);
  assert.equal(f!.messageId, 'status');
  assert.match(f!.message, /status 503 not in 200; body contains "Traceback"/);
  const [g] = await run([step({ name: 'h', url: '/down', expectStatus: [200], bodyNotContains: ['Traceback'] })], { urls: [`http://localhost:1/down`] }, { request: () => Promise.reject(new Error('connect ECONNREFUSED')) });
  assert.equal(g!.messageId, 'unreachable');
  assert.notEqual(f!.id, g!.id, 'a different verdict is a different finding');
  const [h] = await run([step({ name: 'h', url: '/down', expectStatus: [200], bodyNotContains: ['Traceback'] })], { urls: [`http://localhost:1/down`] }, { request: () => Promise.reject(new Error('connect ECONNREFUSED')) });
  assert.equal(g!.id, h!.id);
});

test('deploy/smoke: retries while the release starts, and says how many attempts a failure took', async () => {
  warm = 0;
  const ok = await run([step({ url: '/warming' })], { retries: 3 });
  assert.deepEqual(ok.map((f) => [f.messageId, f.meta?.attempts]), [['ok', 3]]);
  warm = -10;
  const bad = await run([step({ url: '/warming' })], { retries: 2 });
  assert.deepEqual(bad.map((f) => f.messageId), ['status']);
  assert.match(bad[0]!.message, /status 503 not in 2xx\. \(after 3 attempts\)$/);
});

test('deploy/smoke: a refused host is the gate not looking (error), never a failed or passed release', async () => {
  const refused = { request: () => Promise.reject(new TargetRefusedError('http://evil.example/', 'not in the allowlist')) };
  const out = await run([step({ url: 'http://evil.example/' })], {}, refused);
  assert.deepEqual(out.map((f) => [f.checkId, f.status]), [['deploy/smoke', 'error']]);
  assert.match(out[0]!.message, /refused to contact http:\/\/evil\.example\//);
  await assert.rejects(executeSmokeStep(step({ url: 'http://evil.example/' }), 'http://evil.example/', { http: refused, runFlow }, 100), TargetRefusedError);
});

test('deploy/smoke: nothing listed → one skipped finding, never silence', async () => {
  const out = await run([]);
  assert.deepEqual(out.map((f) => [f.messageId, f.status]), [['none', 'skipped']]);
});
