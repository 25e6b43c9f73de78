import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { validateConfig } from '../../src/core/config/validate.js';
import { FakeClock } from '../../src/monitor/clock.js';
import { MonitorRuntime } from '../../src/monitor/daemon.js';
import type { ProbeResult } from '../../src/monitor/types.js';
import { packageRoot } from '../../src/probes/package-root.js';
import { selfSigned, startHttp, tmpDir, type TestServer } from './helpers.js';

const require = createRequire(`${packageRoot()}/package.json`);

interface DnsRec {
  [name: string]: { A?: string[]; TXT?: string[]; MX?: { exchange: string; priority: number }[] };
}

/** dns2 on one port for UDP and TCP (node's resolver retries truncated answers over TCP on the same port) */
async function startDns(records: DnsRec): Promise<{ port: number; close(): Promise<void> }> {
  const dns2 = require('dns2') as typeof import('dns2');
  const { Packet } = dns2;
  for (let i = 0; i < 20; i++) {
    const port = 20_000 + Math.floor(Math.random() * 30_000);
    const server = dns2.createServer({
      udp: true,
      tcp: true,
      handle: (request, send) => {
        const response = Packet.createResponseFromRequest(request);
        const q = request.questions[0]!;
        const rec = records[q.name.toLowerCase()];
        // dns2's typings want Resource objects; plain answers are what its encoder reads
        const push = (a: object) => response.answers.push(a as never);
        if (rec) {
          if (q.type === Packet.TYPE.A) for (const a of rec.A ?? []) push({ name: q.name, type: Packet.TYPE.A, class: Packet.CLASS.IN, ttl: 60, address: a });
          if (q.type === Packet.TYPE.TXT) for (const t of rec.TXT ?? []) push({ name: q.name, type: Packet.TYPE.TXT, class: Packet.CLASS.IN, ttl: 60, data: t });
          if (q.type === Packet.TYPE.MX) for (const m of rec.MX ?? []) push({ name: q.name, type: Packet.TYPE.MX, class: Packet.CLASS.IN, ttl: 60, exchange: m.exchange, priority: m.priority });
        }
        void send(response);
      },
    });
    // dns2's listen() never settles when one of its sockets fails to bind (the port is taken, common for a random
    // port on a busy machine): race it with the server's error event, and never await close() of a half-bound server
    const failed = new Promise<never>((_, reject) => server.once('error', reject));
    try {
      await Promise.race([server.listen({ udp: { port, address: '127.0.0.1' }, tcp: { port, address: '127.0.0.1' } }), failed]);
      failed.catch(() => undefined);
      return { port, close: () => server.close() };
    } catch {
      for (const s of Object.values((server as unknown as { servers?: Record<string, { close(): void }> }).servers ?? {})) {
        try {
          s.close();
        } catch {
          /* not bound */
        }
      }
    }
  }
  throw new Error('no free port for the test DNS server');
}

describe('monitor probes against loopback servers', () => {
  const tmp = tmpDir();
  let app: TestServer;
  let hook: TestServer;
  let tlsServer: HttpsServer;
  let tlsPort = 0;
  let dns: Awaited<ReturnType<typeof startDns>>;
  const records: DnsRec = {
    'example.test': { A: ['192.0.2.1'], TXT: ['v=spf1 include:_spf.mail.test -all'], MX: [{ exchange: 'mx.example.test', priority: 10 }] },
    '_dmarc.example.test': { TXT: ['v=DMARC1; p=reject'] },
    's1._domainkey.example.test': { TXT: ['v=DKIM1; k=rsa; p=MIIB'] },
  };
  const certs = { soon: selfSigned('soon.test', 5) };
  const secret = 'whsec_' + 'test'.repeat(4);

  before(async () => {
    app = await startHttp((req, res, body) => {
      if (req.url === '/login' && req.method === 'POST') {
        const { user } = JSON.parse(body) as { user: string };
        res.setHeader('content-type', 'application/json');
        return void res.end(JSON.stringify({ token: `tok-${user}` }));
      }
      if (req.url === '/me') {
        if (req.headers.authorization !== 'Bearer tok-alice') return void ((res.statusCode = 401), res.end('no'));
        return void res.end('{"name":"alice"}');
      }
      if (req.url === '/slow') return void setTimeout(() => res.end('late'), 300);
      if (req.url === '/err') return void res.end('Traceback (most recent call last)');
      res.setHeader('strict-transport-security', 'max-age=63072000');
      res.end('<h1>Welcome</h1>');
    });
    hook = await startHttp((req, res, body) => {
      const sig = `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
      res.statusCode = req.headers['x-launchready-signature'] === sig ? 204 : 401;
      res.end();
    });
    tlsServer = createHttpsServer({ key: certs.soon.key, cert: certs.soon.cert }, (_q, r) => r.end('ok'));
    await new Promise<void>((r) => tlsServer.listen(0, '127.0.0.1', () => r()));
    tlsPort = (tlsServer.address() as AddressInfo).port;
    writeFileSync(`${tmp.dir}/soon-ca.pem`, certs.soon.cert);
    dns = await startDns(records);
  });
  after(async () => {
    await app.close();
    await hook.close();
    await new Promise<void>((r) => tlsServer.close(() => r()));
    await dns.close();
    tmp.cleanup();
  });

  async function once(monitors: unknown[], extra: Record<string, unknown> = {}, edge?: Record<string, unknown>): Promise<Record<string, ProbeResult>> {
    const config = validateConfig(
      { ...(edge ? { edge } : {}), network: { connectTo: [`app.test:80:127.0.0.1:${app.port}`, `hook.test:80:127.0.0.1:${hook.port}`, `soon.test:443:127.0.0.1:${tlsPort}`], resolver: `127.0.0.1:${dns.port}` }, monitor: { defaults: { retries: 0 }, server: { enabled: false }, monitors, ...extra } },
      'test.yml',
    );
    const rt = await MonitorRuntime.open({ config, configDir: tmp.dir, dataDir: `${tmp.dir}/data-${Math.random()}`, clock: new FakeClock(Date.now()) });
    try {
      return Object.fromEntries((await rt.runOnce()).map((r) => [r.monitorId, r]));
    } finally {
      await rt.stop();
    }
  }

  it('http: status, latency budget, body and header assertions', async () => {
    const r = await once([
      { id: 'ok', type: 'http', url: 'http://app.test/', bodyContains: ['Welcome'], expectHeaders: { 'Strict-Transport-Security': 'max-age=\\d{8}' } },
      { id: 'hdr', type: 'http', url: 'http://app.test/', expectHeaders: { 'Content-Security-Policy': '' } },
      { id: 'slow', type: 'http', url: 'http://app.test/slow', maxLatencyMs: 100 },
      { id: 'timeout', type: 'http', url: 'http://app.test/slow', timeoutMs: 100 },
      { id: 'leak', type: 'http', url: 'http://app.test/err', bodyNotContains: ['Traceback'] },
      { id: 'auth', type: 'http', url: 'http://app.test/me', expectStatus: [200] },
      { id: 'refused', type: 'http', url: 'http://127.0.0.1:1/' },
    ]);
    assert.equal(r.ok!.status, 'up');
    assert.equal(r.ok!.httpStatus, 200);
    assert.equal(r.hdr!.error, 'header Content-Security-Policy missing');
    assert.match(r.slow!.error!, /^latency \d+(\.\d)? ms over budget 100 ms$/);
    assert.equal(r.leak!.error, 'body contains "Traceback"');
    assert.equal(r.timeout!.error, 'timed out after 100 ms');
    assert.equal(r.auth!.httpStatus, 401);
    assert.equal(r.auth!.error, 'status 401 not in 200');
    assert.match(r.refused!.error!, /connection refused/);
  });

  it('flow: logs in, carries the token, reads the protected route', async () => {
    const r = await once([
      { id: 'login-me', type: 'flow', steps: [
        { name: 'login', url: 'http://app.test/login', method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"user":"alice"}', extract: { token: 'json:token' } },
        { name: 'me', url: 'http://app.test/me', headers: { authorization: 'Bearer {{token}}' }, bodyContains: ['alice'] },
      ] },
      { id: 'wrong-user', type: 'flow', steps: [
        { name: 'login', url: 'http://app.test/login', method: 'POST', body: '{"user":"bob"}', extract: { token: 'json:token' } },
        { name: 'me', url: 'http://app.test/me', headers: { authorization: 'Bearer {{token}}' } },
      ] },
    ]);
    assert.equal(r['login-me']!.status, 'up', r['login-me']!.error ?? '');
    assert.deepEqual((r['login-me']!.detail as { steps: { name: string; status: number }[] }).steps.map((s) => [s.name, s.status]), [['login', 200], ['me', 200]]);
    assert.equal(r['wrong-user']!.status, 'down');
    assert.equal(r['wrong-user']!.error, 'me: status 401 not in 2xx, 3xx');
  });

  it('webhook: signed test event, receiver verifies the HMAC', async () => {
    const r = await once([
      { id: 'hook', type: 'webhook', url: 'http://hook.test/in', secret },
      { id: 'hook-bad-secret', type: 'webhook', url: 'http://hook.test/in', secret: 'other-secret' },
    ]);
    assert.equal(r.hook!.status, 'up');
    assert.equal(r.hook!.httpStatus, 204);
    assert.equal(r['hook-bad-secret']!.httpStatus, 401);
    const body = JSON.parse(hook.requests.at(-1)!.body) as { type: string };
    assert.equal(body.type, 'launchready.ping');
  });

  it('tls: the audit probe and tls/expiry judgement: trust, days left, thresholds from edge.tls', async () => {
    const r = await once([
      { id: 'untrusted', type: 'tls', host: 'soon.test' },
      { id: 'expiring', type: 'tls', host: 'soon.test', ca: 'soon-ca.pem' },
    ]);
    assert.match(r.untrusted!.error!, /^certificate not trusted/);
    assert.equal(r.untrusted!.status, 'down');
    // 5 days left, default thresholds (fail under 7): tls/expiry's expires-soon
    assert.match(r.expiring!.error!, /^certificate expires in [45] days \(\d{4}-\d\d-\d\d\), under 7: tls\/expiry expires-soon$/);
    assert.equal((r.expiring!.detail as { verdict: string }).verdict, 'expires-soon');
    // the same thresholds as the audit, set once in edge.tls
    const low = await once([{ id: 'fine', type: 'tls', host: 'soon.test', ca: 'soon-ca.pem' }], {}, { hosts: ['soon.test'], tls: { warnDays: 3, failDays: 1 } });
    assert.equal(low.fine!.status, 'up', low.fine!.error ?? '');
    const d = low.fine!.detail as { daysLeft: number; verdict: string; warnDays: number; failDays: number };
    assert.ok([4, 5].includes(d.daysLeft));
    assert.deepEqual([d.verdict, d.warnDays, d.failDays], ['ok', 3, 1]);
  });

  it('tls: a config that still sets minDaysLeft keeps working: it replaces edge.tls.warnDays for that monitor only', async () => {
    const r = await once([
      { id: 'legacy', type: 'tls', host: 'soon.test', ca: 'soon-ca.pem', minDaysLeft: 3 },
      { id: 'shared', type: 'tls', host: 'soon.test', ca: 'soon-ca.pem' },
    ]);
    const legacy = r.legacy!.detail as { verdict: string; warnDays: number; failDays: number };
    assert.equal(r.legacy!.status, 'up', r.legacy!.error ?? '');
    assert.deepEqual([legacy.verdict, legacy.warnDays, legacy.failDays], ['ok', 3, 3]);
    assert.equal(r.shared!.status, 'down');
    assert.equal((r.shared!.detail as { warnDays: number }).warnDays, 21);
    assert.throws(() => validateConfig({ monitor: { monitors: [{ id: 'c', type: 'tls', host: 'soon.test', minDaysLeft: 0 }] } }, 'test.yml'), /monitor\.monitors\[0\]\.minDaysLeft/);
  });

  it('dns: first run sets the last known good state; SPF/DMARC/DKIM drift is a failure', async () => {
    const data = `${tmp.dir}/dns-data`;
    const cfg = (extra = {}) =>
      validateConfig({ network: { resolver: `127.0.0.1:${dns.port}` }, monitor: { defaults: { retries: 0 }, server: { enabled: false }, monitors: [{ id: 'zone', type: 'dns', domain: 'example.test', records: ['A', 'MX'], dkimSelectors: ['s1'], ...extra }] } }, 'test.yml');
    const run = async () => {
      const rt = await MonitorRuntime.open({ config: cfg(), configDir: tmp.dir, dataDir: data });
      try {
        return (await rt.runOnce())[0]!;
      } finally {
        await rt.stop();
      }
    };
    const first = await run();
    assert.equal(first.status, 'up', first.error ?? '');
    assert.equal((first.detail as { baseline: string }).baseline, 'set');
    assert.deepEqual((first.detail as { snapshot: Record<string, string[]> }).snapshot['SPF example.test'], ['v=spf1 include:_spf.mail.test -all']);
    assert.equal((await run()).status, 'up');
    records['example.test']!.TXT = ['v=spf1 +all'];
    records['_dmarc.example.test']!.TXT = ['v=DMARC1; p=none'];
    const drift = await run();
    assert.equal(drift.status, 'down');
    assert.deepEqual((drift.detail as { drift: string[] }).drift, [
      'DMARC _dmarc.example.test: v=DMARC1; p=reject -> v=DMARC1; p=none',
      'SPF example.test: v=spf1 include:_spf.mail.test -all -> v=spf1 +all',
    ]);
    records['example.test']!.TXT = ['v=spf1 include:_spf.mail.test -all'];
    records['_dmarc.example.test']!.TXT = ['v=DMARC1; p=reject'];
    assert.equal((await run()).status, 'up', 'back to the known good state');
  });

  it('heartbeat: down without a ping, up after one', async () => {
    const config = validateConfig({ monitor: { defaults: { retries: 0 }, server: { enabled: false }, monitors: [{ id: 'cron', type: 'heartbeat', intervalSec: 60, graceSec: 30 }] } }, 't.yml');
    const clock = new FakeClock(Date.UTC(2026, 0, 1));
    const rt = await MonitorRuntime.open({ config, configDir: tmp.dir, dataDir: `${tmp.dir}/hb`, clock });
    try {
      assert.equal((await rt.runOnce())[0]!.error, 'no ping received yet');
      await rt.ping('cron');
      await clock.advance(80_000);
      assert.equal((await rt.runOnce())[0]!.status, 'up');
      await clock.advance(20_000);
      assert.equal((await rt.runOnce())[0]!.error, 'last ping 100 s ago (limit 90 s)');
    } finally {
      await rt.stop();
    }
  });
});
