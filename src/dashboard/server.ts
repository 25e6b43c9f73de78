import { createHash, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { isIP, type AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Report } from '../core/types.js';
import type { MonitorRuntime } from '../monitor/daemon.js';
import { deployId } from '../monitor/types.js';
import { DashboardApi } from './api.js';
import { dashboardHtml, loginHtml, monitorHtml, statusHtml } from './ui.js';

// uPlot resolved like any import (works when npm hoists it above this package, or a workspace links it)
const require = createRequire(import.meta.url);
export const ASSETS: Record<string, { file: string; type: string }> = {
  '/assets/uplot.js': { file: require.resolve('uplot/dist/uPlot.iife.min.js'), type: 'text/javascript; charset=utf-8' },
  '/assets/uplot.css': { file: require.resolve('uplot/dist/uPlot.min.css'), type: 'text/css; charset=utf-8' },
};

export interface DashboardOptions {
  host?: string;
  port?: number;
  log?: (l: string) => void;
}

export interface DashboardServer {
  url: string;
  server: Server;
  api: DashboardApi;
  close(): Promise<void>;
}

const PUBLIC = [/^\/status$/, /^\/api\/status$/, /^\/api\/push\/[^/]+$/, /^\/login$/, /^\/assets\//, /^\/healthz$/];
const MAX_BODY = 64 * 1024;

function send(res: ServerResponse, status: number, body: unknown, type = 'application/json; charset=utf-8', extra: Record<string, string> = {}): void {
  const data = typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'content-security-policy': "default-src 'self'; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'",
    ...extra,
  });
  res.end(data);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let n = 0;
  for await (const c of req as AsyncIterable<Buffer>) {
    n += c.length;
    if (n > MAX_BODY) throw Object.assign(new Error('body too large'), { status: 413 });
    chunks.push(c);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sessionValue(token: string): string {
  return createHash('sha256').update(`launchready-session:${token}`).digest('hex');
}

function safeEq(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * The daemon's HTTP server: dashboard UI, JSON API, heartbeat pings, deploy markers and the public status page.
 * Bound to 127.0.0.1 unless configured; with `server.token` every non-public route needs the token (Bearer
 * header, or the session cookie the login form sets).
 */
export async function startDashboard(rt: MonitorRuntime, o: DashboardOptions = {}): Promise<DashboardServer> {
  const cfg = rt.section.server;
  const api = new DashboardApi(rt);
  const token = cfg.token;
  const authed = (req: IncomingMessage): boolean => {
    if (!token) return true;
    const h = req.headers.authorization ?? '';
    if (h.startsWith('Bearer ') && safeEq(h.slice(7), token)) return true;
    const cookie = /(?:^|;\s*)lr_session=([a-f0-9]{64})/.exec(req.headers.cookie ?? '')?.[1];
    return !!cookie && safeEq(cookie, sessionValue(token));
  };

  // DNS rebinding: a web page whose name resolves to 127.0.0.1 must not read the dashboard; accept only IP
  // literals, localhost and the configured names in the Host header.
  const allowedHosts = new Set(['localhost', cfg.host.toLowerCase()]);
  if (cfg.publicUrl) {
    try {
      allowedHosts.add(new URL(cfg.publicUrl).hostname.toLowerCase());
    } catch {
      /* validated as a string only */
    }
  }
  const hostOk = (req: IncomingMessage): boolean => {
    const h = (req.headers.host ?? '').toLowerCase().replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
    return h === '' || isIP(h) !== 0 || allowedHosts.has(h);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://dashboard');
    const path = url.pathname;
    const method = req.method ?? 'GET';
    if (!hostOk(req)) return send(res, 403, { error: 'unexpected Host header (DNS rebinding protection); set monitor.server.publicUrl' });
    // cross-site form posts cannot set application/json without a CORS preflight, which this server never grants
    if (method === 'POST' && path.startsWith('/api/') && !path.startsWith('/api/push/') && !/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
      return send(res, 415, { error: 'POST needs content-type: application/json' });
    }
    if (!PUBLIC.some((re) => re.test(path)) && !authed(req)) {
      if (path.startsWith('/api/')) return send(res, 401, { error: 'token required (Authorization: Bearer ...)' });
      return send(res, 302, '', 'text/plain', { location: '/login' });
    }
    if (path === '/healthz') return send(res, 200, { ok: true });
    if (path === '/login') {
      if (method === 'POST') {
        const form = new URLSearchParams(await readBody(req));
        if (token && safeEq(form.get('token') ?? '', token)) {
          return send(res, 302, '', 'text/plain', { location: '/', 'set-cookie': `lr_session=${sessionValue(token)}; HttpOnly; SameSite=Strict; Path=/` });
        }
        return send(res, 401, loginHtml('Wrong token.'), 'text/html; charset=utf-8');
      }
      return send(res, 200, loginHtml(), 'text/html; charset=utf-8');
    }
    if (path === '/' && method === 'GET') return send(res, 200, dashboardHtml(rt.opts.config.project.name), 'text/html; charset=utf-8');
    if (path === '/status' && method === 'GET') return send(res, 200, statusHtml(rt.opts.config.project.name), 'text/html; charset=utf-8');
    const asset = ASSETS[path];
    if (asset) return send(res, 200, await readFile(asset.file), asset.type, { 'cache-control': 'public, max-age=3600' });
    let page = /^\/monitors\/([^/]+)$/.exec(path);
    if (page && method === 'GET') {
      const mon = rt.monitor(decodeURIComponent(page[1]!));
      if (!mon) return send(res, 404, 'No such monitor.', 'text/plain; charset=utf-8');
      return send(res, 200, monitorHtml(rt.opts.config.project.name, mon.id, mon.name), 'text/html; charset=utf-8');
    }
    page = /^\/api\/monitors\/([^/]+)$/.exec(path);
    if (page && method === 'GET') {
      const d = await api.monitor(decodeURIComponent(page[1]!));
      return d ? send(res, 200, d) : send(res, 404, { error: 'no such monitor' });
    }
    if (path === '/api/overview') return send(res, 200, await api.overview());
    if (path === '/api/status') return send(res, 200, await api.publicStatus(), undefined, { 'access-control-allow-origin': '*' });
    if (path === '/api/incidents') {
      const open = url.searchParams.get('open');
      return send(res, 200, await api.incidents(open === '1' ? true : open === '0' ? false : undefined));
    }
    let m = /^\/api\/incidents\/([^/]+)\/ack$/.exec(path);
    if (m && method === 'POST') {
      const body = await readBody(req);
      let by = 'dashboard';
      try {
        by = String((JSON.parse(body || '{}') as { by?: string }).by ?? by).slice(0, 100);
      } catch {
        /* form or empty body */
      }
      const inc = await rt.engine.acknowledge(decodeURIComponent(m[1]!), by);
      return inc ? send(res, 200, inc) : send(res, 404, { error: 'no such incident' });
    }
    m = /^\/api\/monitors\/([^/]+)\/series$/.exec(path);
    if (m) {
      const s = await api.series(decodeURIComponent(m[1]!), url.searchParams.get('range') ?? '24h');
      return s ? send(res, 200, s) : send(res, 404, { error: 'no such monitor' });
    }
    m = /^\/api\/monitors\/([^/]+)\/results$/.exec(path);
    if (m) return send(res, 200, await rt.store.results({ monitorId: decodeURIComponent(m[1]!), limit: Math.min(500, Number(url.searchParams.get('limit') ?? 50)) }));
    m = /^\/api\/monitors\/([^/]+)\/accept-dns$/.exec(path);
    if (m && method === 'POST') {
      const id = decodeURIComponent(m[1]!);
      const last = rt.last.get(id);
      const snap = (last?.detail as { snapshot?: unknown } | null)?.snapshot;
      if (!snap) return send(res, 404, { error: 'no DNS snapshot to accept' });
      await rt.store.setState(`dns-baseline:${id}`, snap);
      return send(res, 200, { accepted: true });
    }
    if (path === '/api/deliveries') return send(res, 200, await rt.store.deliveries({ limit: 100 }));
    if (path === '/api/deploys') {
      if (method === 'POST') {
        const body = JSON.parse((await readBody(req)) || '{}') as { version?: unknown; env?: unknown; note?: unknown };
        if (typeof body.version !== 'string' || !body.version) return send(res, 400, { error: 'version (string) is required' });
        const at = rt.clock.now();
        const env = typeof body.env === 'string' && body.env ? body.env : 'production';
        const d = { id: deployId(body.version, env, at), version: body.version, env, at, note: typeof body.note === 'string' ? body.note : null };
        await rt.store.addDeploy(d);
        return send(res, 201, d);
      }
      return send(res, 200, await rt.store.deploys({ limit: 200 }));
    }
    m = /^\/api\/push\/([^/]+)$/.exec(path);
    if (m) {
      const id = decodeURIComponent(m[1]!);
      const mon = rt.monitor(id);
      if (!mon || mon.type !== 'heartbeat') return send(res, 404, { error: 'no such heartbeat monitor' });
      if (mon.token && !safeEq(url.searchParams.get('token') ?? '', mon.token)) return send(res, 403, { error: 'wrong token' });
      await rt.ping(id);
      return send(res, 200, { ok: true });
    }
    if (path === '/audit' || path === '/api/audit') {
      const file = rt.section.auditReport;
      if (!file) return send(res, 404, path === '/audit' ? 'No audit report configured (monitor.auditReport).' : { error: 'no audit report configured' }, path === '/audit' ? 'text/plain' : undefined);
      let report: Report;
      try {
        report = JSON.parse(await readFile(resolve(rt.opts.configDir, file), 'utf8')) as Report;
      } catch (err) {
        return send(res, 404, { error: `cannot read ${file}: ${(err as Error).message}` });
      }
      if (path === '/api/audit') return send(res, 200, { decision: report.decision, summary: report.summary, startedAt: report.startedAt });
      try {
        const { renderHtml } = await import('../report/html.js');
        return send(res, 200, renderHtml(report), 'text/html; charset=utf-8');
      } catch {
        return send(res, 200, `<pre>${JSON.stringify(report, null, 2).replace(/</g, '&lt;')}</pre>`, 'text/html; charset=utf-8');
      }
    }
    send(res, 404, { error: 'not found' });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err: Error & { status?: number }) => {
      o.log?.(`dashboard ${req.method} ${req.url}: ${err.message}`);
      if (!res.headersSent) send(res, err.status ?? 500, { error: err.status ? err.message : 'internal error' });
      else res.end();
    });
  });
  server.keepAliveTimeout = 5000;
  const host = o.host ?? cfg.host;
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(o.port ?? cfg.port, host, () => ok());
  });
  const addr = server.address() as AddressInfo;
  const url = `http://${addr.family === 'IPv6' ? `[${addr.address}]` : addr.address}:${addr.port}`;
  return {
    url,
    server,
    api,
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}
