import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/**
 * Small server plumbing shared by the issue-12 evaluation apps (eval-market-app.ts, eval-quill-app.ts): a route
 * table with `{param}` templates, body reading for JSON and form-urlencoded requests, and a "supervisor" that
 * simulates a process crash: the listening socket and every open connection are closed at once (clients get
 * ECONNRESET, then ECONNREFUSED) and the server listens again on the same port after `restartDelayMs`, like a
 * process manager (systemd, pm2, Kubernetes) restarting a crashed worker. State is kept across the restart (it
 * stands for a database).
 */

export interface Req {
  method: string;
  path: string;
  query: URLSearchParams;
  params: Record<string, string>;
  headers: IncomingMessage['headers'];
  /** raw body text */
  raw: string;
  /** parsed body (JSON or form); undefined when empty; `parseError` set when the JSON is malformed */
  body: unknown;
  parseError?: Error;
  contentType: string;
  cookies: Record<string, string>;
}

export interface Res {
  status: number;
  headers: Record<string, string | string[]>;
  body?: unknown;
  /** raw text body (HTML, plain) instead of JSON */
  text?: string;
}

export type Handler = (req: Req) => Res | Promise<Res>;

export class Router {
  private routes: { method: string; re: RegExp; names: string[]; handler: Handler }[] = [];
  add(method: string, template: string, handler: Handler): this {
    const names: string[] = [];
    const re = new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{([^}]+)\\?\}/g, (_m, n: string) => { names.push(n); return '([^/]+)'; })}$`);
    this.routes.push({ method, re, names, handler });
    return this;
  }
  match(method: string, path: string): { handler?: Handler; params: Record<string, string>; allowed: string[] } {
    const allowed: string[] = [];
    for (const r of this.routes) {
      const m = r.re.exec(path);
      if (!m) continue;
      if (r.method !== method) { allowed.push(r.method); continue; }
      const params: Record<string, string> = {};
      r.names.forEach((n, i) => { params[n] = decodeURIComponent(m[i + 1]!); });
      return { handler: r.handler, params, allowed };
    }
    return { params: {}, allowed };
  }
}

export function parseCookies(h: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (h ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0) out[part.slice(0, i).trim()] = decodeURIComponent(part.slice(i + 1).trim());
  }
  return out;
}

async function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req) {
    size += (c as Buffer).length;
    if (size > limit) return null;
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export interface EvalServer {
  url: string;
  port: number;
  /** crashes so far: when, and the request that caused it */
  crashes: { at: number; method: string; url: string }[];
  /** [from, to] epoch ms windows during which the server was down */
  down: { from: number; to?: number }[];
  close(): Promise<void>;
}

export interface ServeOptions {
  router: Router;
  /** called for every request before routing: CORS, banners... may short-circuit */
  before?: (req: Req) => Res | undefined;
  /** decorates every answer (headers) */
  after?: (req: Req, res: Res) => void;
  notFound: (req: Req) => Res;
  methodNotAllowed: (req: Req, allowed: string[]) => Res;
  /** the 413 answer for bodies over `bodyLimit` bytes */
  tooLarge: (req: Req) => Res;
  bodyLimit?: number;
  restartDelayMs?: number;
}

/** Thrown by a handler to simulate a crash of the whole process (an unhandled rejection in a native module...). */
export class ProcessCrash extends Error {}

export async function serve(o: ServeOptions): Promise<EvalServer> {
  const sockets = new Set<Socket>();
  const state: EvalServer = { url: '', port: 0, crashes: [], down: [], close: async () => undefined };
  let restartTimer: NodeJS.Timeout | undefined;
  let closed = false;
  const server: Server = createServer((ireq, ires) => {
    void handle(ireq, ires);
  });
  server.on('connection', (s) => { sockets.add(s); s.on('close', () => sockets.delete(s)); });

  const send = (ires: ServerResponse, res: Res) => {
    if (ires.destroyed) return;
    const isText = res.text !== undefined;
    const payload = isText ? res.text! : res.body === undefined ? '' : JSON.stringify(res.body);
    const headers: Record<string, string | string[]> = { ...res.headers };
    if (payload && !Object.keys(headers).some((k) => k.toLowerCase() === 'content-type')) headers['Content-Type'] = isText ? 'text/html; charset=utf-8' : 'application/json';
    ires.writeHead(res.status, headers);
    ires.end(payload);
  };

  const crash = (ireq: IncomingMessage) => {
    state.crashes.push({ at: Date.now(), method: ireq.method ?? 'GET', url: ireq.url ?? '/' });
    state.down.push({ from: Date.now() });
    server.close();
    for (const s of sockets) s.destroy();
    restartTimer = setTimeout(() => {
      if (closed) return;
      server.listen(state.port, '127.0.0.1', () => { state.down[state.down.length - 1]!.to = Date.now(); });
    }, o.restartDelayMs ?? 4000);
  };

  const handle = async (ireq: IncomingMessage, ires: ServerResponse) => {
    const u = new URL(ireq.url ?? '/', 'http://x');
    const contentType = String(ireq.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    const raw = await readBody(ireq, o.bodyLimit ?? 100_000);
    const req: Req = { method: ireq.method ?? 'GET', path: u.pathname, query: u.searchParams, params: {}, headers: ireq.headers, raw: raw ?? '', body: undefined, contentType, cookies: parseCookies(ireq.headers.cookie) };
    let res: Res;
    try {
      if (raw === null) res = o.tooLarge(req);
      else {
        if (raw.length) {
          if (contentType === 'application/x-www-form-urlencoded') req.body = Object.fromEntries(new URLSearchParams(raw));
          else {
            try { req.body = JSON.parse(raw); } catch (e) { req.parseError = e as Error; }
          }
        }
        const early = o.before?.(req);
        if (early) res = early;
        else {
          const m = o.router.match(req.method, req.path);
          if (m.handler) { req.params = m.params; res = await m.handler(req); }
          else if (m.allowed.length) res = o.methodNotAllowed(req, m.allowed);
          else res = o.notFound(req);
        }
      }
    } catch (e) {
      if (e instanceof ProcessCrash) { crash(ireq); return; }
      throw e;
    }
    o.after?.(req, res);
    send(ires, res);
  };

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.port = (server.address() as { port: number }).port;
  state.url = `http://127.0.0.1:${state.port}`;
  state.close = async () => {
    closed = true;
    if (restartTimer) clearTimeout(restartTimer);
    for (const s of sockets) s.destroy();
    await new Promise<void>((resolve) => (server.listening ? server.close(() => resolve()) : resolve()));
  };
  return state;
}

/** A canary-friendly outbound GET (the SSRF-vulnerable handlers really fetch what they are given), bounded to 2 s. */
export async function fetchText(url: string): Promise<{ status: number; text: string } | { error: string }> {
  try {
    const r = await fetch(url, { signal: AbortSignal.timeout(2000), redirect: 'manual' });
    return { status: r.status, text: (await r.text()).slice(0, 2000) };
  } catch (e) {
    return { error: (e as Error).message };
  }
}
