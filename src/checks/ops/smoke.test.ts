import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../cli/main.js';
import type { Finding, Report } from '../../core/types.js';
import { testIo } from '../../../test/helpers.js';

// Test table of ops/smoke-waf and ops/smoke-flow over a loopback app whose routes answer as an edge would (issue 20:
// message ids the canary suite in test/ops/smoke.test.ts does not reach). One flow per case, one step each.
const EDGE: Record<string, { status: number; headers: Record<string, string>; body: string }> = {
  '/aws-block': { status: 403, headers: { 'x-amzn-waf-action': 'block', 'content-type': 'text/html' }, body: '<html>Forbidden</html>' },
  '/aws-captcha': { status: 405, headers: { 'x-amzn-waf-action': 'captcha', 'content-type': 'text/html' }, body: '<html>captcha</html>' },
  '/cf-limit': { status: 429, headers: { server: 'cloudflare', 'cf-ray': '8c1f-AMS', 'content-type': 'text/plain' }, body: 'Too Many Requests' },
  '/datadome': { status: 403, headers: { 'content-type': 'text/html' }, body: '<script src="https://ct.captcha-delivery.com/c.js"></script>' },
};

let server: Server;
let base = '';
let closedBase = '';
const dir = mkdtempSync(join(tmpdir(), 'lr-smoke-table-'));
before(async () => {
  server = createServer((req, res) => {
    const e = EDGE[req.url ?? ''];
    if (e) {
      res.writeHead(e.status, e.headers);
      return res.end(e.body);
    }
    // a route slower than its step budget: the sleep makes "slow" certain (no assertion in the fast direction)
    if (req.url === '/slow') return void setTimeout(() => res.writeHead(200, { 'content-type': 'text/plain' }).end('ok'), 300);
    res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // a loopback port that was just closed: nothing listens there
  const gone = createServer();
  await new Promise<void>((r) => gone.listen(0, '127.0.0.1', r));
  closedBase = `http://127.0.0.1:${(gone.address() as AddressInfo).port}`;
  await new Promise<void>((r) => gone.close(() => r()));
});
after(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  rmSync(dir, { recursive: true, force: true });
});

async function smoke(baseUrl: string, flows: { name: string; path: string; maxMs?: number; critical?: boolean }[]): Promise<Finding[]> {
  const file = join(dir, `smoke-${flows.map((f) => f.name).join('-')}.yml`);
  const lines = flows.map((f) => `    - name: ${f.name}\n      critical: ${f.critical ?? true}\n      steps: [{ path: ${f.path}${f.maxMs ? `, maxMs: ${f.maxMs}` : ''} }]`);
  writeFileSync(file, `version: 1\nsmoke:\n  baseUrl: ${baseUrl}\n  maxMs: 60000\n  flows:\n${lines.join('\n')}\n`);
  const io = testIo();
  await main(['smoke', '--config', file, '--format', 'json', '--no-progress'], io);
  return (JSON.parse(io.out.text) as Report).findings;
}
const rows = (fs: Finding[], checkId: string) => fs.filter((f) => f.checkId === checkId).map((f) => [String(f.data?.flow ?? ''), f.messageId, f.status, f.severity, String(f.data?.vendor ?? '')]).sort();

describe('ops/smoke-waf', () => {
  test('block, captcha and rate-limit each under its own message id, naming the vendor; critical when the critical flow broke', async () => {
    const fs = await smoke(base, [
      { name: 'aws-block', path: '/aws-block' },
      { name: 'aws-captcha', path: '/aws-captcha' },
      { name: 'datadome', path: '/datadome', critical: false },
      { name: 'cf-limit', path: '/cf-limit' },
    ]);
    assert.deepEqual(rows(fs, 'ops/smoke-waf'), [
      ['aws-block', 'block', 'fail', 'critical', 'AWS WAF'],
      ['aws-captcha', 'captcha', 'fail', 'critical', 'AWS WAF'],
      ['cf-limit', 'rate-limit', 'fail', 'critical', 'Cloudflare'],
      ['datadome', 'captcha', 'fail', 'high', 'DataDome'],
    ]);
    // the same fact is not reported twice: ops/smoke-flow leaves these flows to ops/smoke-waf (an explicit n/a)
    assert.deepEqual(rows(fs, 'ops/smoke-flow'), [
      ['aws-block', 'edge-blocked', 'skipped', 'info', ''],
      ['aws-captcha', 'edge-blocked', 'skipped', 'info', ''],
      ['cf-limit', 'edge-blocked', 'skipped', 'info', ''],
      ['datadome', 'edge-blocked', 'skipped', 'info', ''],
    ]);
  });
  test('pass clear when no step met the edge', async () => {
    const fs = await smoke(base, [{ name: 'home', path: '/' }]);
    assert.deepEqual(rows(fs, 'ops/smoke-waf'), [['', 'clear', 'pass', 'info', '']]);
  });
});

describe('ops/smoke-flow', () => {
  test('warn slow: a step over its own budget (the flow still passed)', async () => {
    const fs = await smoke(base, [{ name: 'slow', path: '/slow', maxMs: 50 }]);
    assert.deepEqual(rows(fs, 'ops/smoke-flow'), [
      ['slow', 'passed', 'pass', 'info', ''],
      ['slow', 'slow', 'warn', 'medium', ''],
    ]);
    const slow = fs.find((f) => f.messageId === 'slow')!;
    assert.equal(slow.data?.maxMs, 50);
    assert.ok(Number(slow.data?.ms) >= 50);
  });
  test('fail unreachable: nothing answers at the base URL (critical flow → critical, others high)', async () => {
    const fs = await smoke(closedBase, [{ name: 'home', path: '/' }, { name: 'extra', path: '/x', critical: false }]);
    assert.deepEqual(rows(fs, 'ops/smoke-flow'), [
      ['extra', 'unreachable', 'fail', 'high', ''],
      ['home', 'unreachable', 'fail', 'critical', ''],
    ]);
    assert.ok(String(fs.find((f) => f.messageId === 'unreachable')!.data?.reason).length > 0);
  });
});
