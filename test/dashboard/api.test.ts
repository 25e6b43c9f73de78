import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { validateConfig } from '../../src/core/config/validate.js';
import { startDashboard, type DashboardServer } from '../../src/dashboard/server.js';
import { MonitorRuntime } from '../../src/monitor/daemon.js';
import { HOUR, resultId } from '../../src/monitor/types.js';
import { tmpDir } from '../monitor/helpers.js';

const TOKEN = 'test-token-' + 'x'.repeat(16);

describe('dashboard HTTP API', () => {
  const tmp = tmpDir('lr-dash-');
  let rt: MonitorRuntime;
  let srv: DashboardServer;
  const auth = { authorization: `Bearer ${TOKEN}` };

  before(async () => {
    writeFileSync(
      `${tmp.dir}/report.json`,
      JSON.stringify({ schemaVersion: 1, tool: { name: 'launchready', version: '0.1.0' }, decision: 'NO-GO', startedAt: '2026-01-01T00:00:00.000Z', durationMs: 1, summary: { critical: 1, high: 0, medium: 0, low: 0, info: 0 }, findings: [] }),
    );
    const config = validateConfig(
      {
        project: { name: 'shop' },
        monitor: {
          server: { port: 0, token: TOKEN },
          auditReport: 'report.json',
          monitors: [
            { id: 'web', type: 'http', url: 'http://127.0.0.1:1/', slo: 99 },
            { id: 'cron', type: 'heartbeat', token: 'ping-secret-1' },
            { id: 'private', type: 'http', url: 'http://127.0.0.1:1/x', public: false },
          ],
        },
      },
      `${tmp.dir}/c.yml`,
    );
    rt = await MonitorRuntime.open({ config, configDir: tmp.dir, dataDir: `${tmp.dir}/data` });
    const now = Date.now();
    const rows = [];
    for (let i = 0; i < 100; i++) {
      const slot = now - (100 - i) * 60_000;
      const code = i === 50 ? 503 : i === 60 ? 404 : 200;
      rows.push({ id: resultId('web', 'local', slot), monitorId: 'web', location: 'local', slot, at: slot, status: code === 200 ? ('up' as const) : ('down' as const), latencyMs: 10 + (i % 10), httpStatus: code, error: code === 200 ? null : `status ${code}`, attempts: 1, maintenance: false, detail: null });
    }
    await Promise.all(rows.map((r) => rt.record(r))); // one batched write
    await rt.store.rollup(now - 3 * HOUR, now + HOUR);
    await rt.store.addDeploy({ id: 'dep1', version: 'v9', env: 'production', at: now - 30 * 60_000, note: null });
    srv = await startDashboard(rt);
  });
  after(async () => {
    await srv.close();
    await rt.stop();
    tmp.cleanup();
  });

  const get = (p: string, headers: Record<string, string> = auth) => fetch(srv.url + p, { headers, redirect: 'manual' });

  it('binds to loopback and needs the token on private routes', async () => {
    assert.match(srv.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.equal((await get('/api/overview', {})).status, 401);
    const page = await get('/', {});
    assert.equal(page.status, 302);
    assert.equal(page.headers.get('location'), '/login');
    assert.equal((await get('/api/overview')).status, 200);
    // login form sets an HttpOnly session cookie
    const login = await fetch(srv.url + '/login', { method: 'POST', body: `token=${TOKEN}`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, redirect: 'manual' });
    assert.equal(login.status, 302);
    const cookie = login.headers.get('set-cookie')!;
    assert.match(cookie, /HttpOnly; SameSite=Strict/);
    assert.equal((await get('/api/overview', { cookie: cookie.split(';')[0]! })).status, 200);
    assert.equal((await fetch(srv.url + '/login', { method: 'POST', body: 'token=wrong', redirect: 'manual' })).status, 401);
  });

  it('overview: status, uptime against the SLO, error budget', async () => {
    const o = (await (await get('/api/overview')).json()) as { monitors: { id: string; status: string; uptime: { d1: number }; slo: number; errorBudgetLeft: number; incident: unknown }[] };
    const web = o.monitors.find((m) => m.id === 'web')!;
    assert.equal(web.status, 'up');
    assert.equal(web.uptime.d1, 98);
    assert.equal(web.slo, 99);
    // SLO 99% over 30 days at one run a minute allows 432 failed runs (432 min); 2 failed runs spent 2 of them
    assert.ok(Math.abs(web.errorBudgetLeft - (1 - 2 / 432)) < 1e-9, String(web.errorBudgetLeft));
    const b = (o.monitors.find((m) => m.id === 'web') as unknown as { errorBudget: { allowedMin: number; spentMin: number } }).errorBudget;
    assert.ok(Math.abs(b.allowedMin - 432) < 1e-9);
    assert.equal(b.spentMin, 2);
    assert.equal(o.monitors.find((m) => m.id === 'cron')!.status, 'unknown');
  });

  it('series: latency, p95, 4xx vs 5xx and deploy markers', async () => {
    const s = (await (await get('/api/monitors/web/series?range=24h')).json()) as { t: number[]; latency: number[]; p95: number[]; s4xx: number[]; s5xx: number[]; deploys: { version: string }[] };
    assert.equal(s.t.length, 100);
    assert.equal(s.s4xx.reduce((a, b) => a + b, 0), 1);
    assert.equal(s.s5xx.reduce((a, b) => a + b, 0), 1);
    assert.equal(s.p95.at(-1), 19);
    assert.deepEqual(s.deploys.map((d) => d.version), ['v9']);
    const w = (await (await get('/api/monitors/web/series?range=7d')).json()) as { resolution: string; p95: number[]; s5xx: number[] };
    assert.equal(w.resolution, 'hour');
    assert.equal(w.s5xx.reduce((a, b) => a + b, 0), 1);
    assert.equal((await get('/api/monitors/nope/series')).status, 404);
    // failed runs are marked on the latency chart: a value at each failed run, null elsewhere
    const f = (await (await get('/api/monitors/web/series?range=24h')).json()) as { failed: (number | null)[] };
    assert.equal(f.failed.filter((x) => x !== null).length, 2);
  });

  it("a monitor's own page and its API: the last 90 runs, its incidents, recent results", async () => {
    const page = await get('/monitors/web');
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<h1>web<\/h1>/);
    assert.equal((await get('/monitors/nope')).status, 404);
    assert.equal((await get('/monitors/web', {})).status, 302, 'private like the overview');
    const d = (await (await get('/api/monitors/web')).json()) as { id: string; history: { status: string }[]; incidents: unknown[]; results: unknown[]; uptime: { d90: number } };
    assert.equal(d.id, 'web');
    assert.equal(d.history.length, 90);
    assert.equal(d.history.filter((h) => h.status === 'down').length, 2);
    assert.equal(d.results.length, 20);
    assert.equal(d.uptime.d90, 98);
  });

  it('uptime before any rollup exists comes from raw results (a fresh daemon shows numbers, not "–")', async () => {
    const now = Date.now();
    await rt.record({ id: resultId('private', 'local', now), monitorId: 'private', location: 'local', slot: now, at: now, status: 'up', latencyMs: 5, httpStatus: 200, error: null, attempts: 1, maintenance: false, detail: null });
    srv.api.invalidate();
    const o = (await (await get('/api/overview')).json()) as { monitors: { id: string; uptime: { d1: number | null } }[] };
    assert.equal(o.monitors.find((m) => m.id === 'private')!.uptime.d1, 100);
  });

  it('heartbeat push needs the monitor token and needs no dashboard token', async () => {
    assert.equal((await get('/api/push/cron?token=wrong', {})).status, 403);
    assert.equal((await get('/api/push/cron?token=ping-secret-1', {})).status, 200);
    assert.ok(((await rt.store.getState('ping:cron')) as number) > 0);
    assert.equal((await get('/api/push/web', {})).status, 404);
  });

  it('deploy markers over HTTP', async () => {
    const r = await fetch(srv.url + '/api/deploys', { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ version: 'v10', env: 'staging' }) });
    assert.equal(r.status, 201);
    const list = (await (await get('/api/deploys')).json()) as { version: string }[];
    assert.deepEqual(list.map((d) => d.version).sort(), ['v10', 'v9']);
    assert.equal((await fetch(srv.url + '/api/deploys', { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: '{}' })).status, 400);
  });

  it('public status page hides private monitors; audit report is rendered', async () => {
    const st = (await (await get('/api/status', {})).json()) as { overall: string; monitors: { name: string }[] };
    assert.deepEqual(st.monitors.map((m) => m.name).sort(), ['cron', 'web']);
    assert.equal((await get('/status', {})).status, 200);
    const a = (await (await get('/api/audit')).json()) as { decision: string };
    assert.equal(a.decision, 'NO-GO');
    const html = await (await get('/audit')).text();
    assert.match(html, /NO-GO/);
    const js = await get('/assets/uplot.js', {});
    assert.equal(js.status, 200);
    assert.match(js.headers.get('content-type')!, /javascript/);
  });

  it('refuses a rebound Host name and cross-site form posts', async () => {
    const get = (host: string) =>
      new Promise<number>((resolve, reject) => {
        const u = new URL(srv.url);
        const req = httpRequest({ host: u.hostname, port: u.port, path: '/api/overview', headers: { ...auth, host }, agent: false }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        });
        req.on('error', reject);
        req.end();
      });
    assert.equal(await get('attacker.example'), 403);
    assert.equal(await get('localhost:8787'), 200);
    const [inc] = await rt.store.incidents({});
    const form = await fetch(srv.url + `/api/incidents/${inc ? inc.id : 'x'}/ack`, { method: 'POST', headers: { ...auth, 'content-type': 'text/plain' }, body: '{}' });
    assert.equal(form.status, 415);
  });

  it('refuses a config that exposes the dashboard beyond loopback without a token', () => {
    assert.throws(() => validateConfig({ monitor: { server: { host: '0.0.0.0' } } }, 'x.yml'), /monitor\.server\.token: is required when the server binds to 0\.0\.0\.0/);
  });
});
