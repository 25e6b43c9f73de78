import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';

/**
 * A small multi-tenant API built for the tricky negatives: public-by-design routes, cross-tenant reads answered
 * with 200 + an error body, 403 and 404 denials, opaque (non-JWT) tokens from a nested JSON path, and a login rate
 * limit per IP + account (or, with `lockoutOnly`, a lockout of existing accounts only). `vulnerable` opens one
 * real BOLA (docs) to prove the comparator still fires.
 */

export interface TrickyOptions {
  vulnerable?: boolean;
  lockoutOnly?: boolean;
}

export const TRICKY_USERS = [
  { id: 'u1', email: 'u1@t1.test', password: 'pw-u1-' + 'secret-1', tenant: 't1', role: 'member' },
  { id: 'u2', email: 'u2@t2.test', password: 'pw-u2-' + 'secret-2', tenant: 't2', role: 'member' },
  { id: 'a1', email: 'a1@t1.test', password: 'pw-a1-' + 'secret-3', tenant: 't1', role: 'admin' },
];

const OBJECTS = {
  docs: [
    { id: 'doc-t1-a', tenant: 't1', title: 'Plan A', body: 'confidential t1 plan' },
    { id: 'doc-t2-a', tenant: 't2', title: 'Plan B', body: 'confidential t2 plan' },
  ],
  notes: [
    { id: 'note-t1-a', tenant: 't1', text: 'call the bank' },
    { id: 'note-t2-a', tenant: 't2', text: 'renew the lease' },
  ],
  files: [
    { id: 'file-t1-a', tenant: 't1', name: 'q1.pdf', size: 1200 },
    { id: 'file-t2-a', tenant: 't2', name: 'q2.pdf', size: 3400 },
  ],
  projects: [
    { id: 'prj-t1-a', tenant: 't1', name: 'Apollo', budget: 100 },
    { id: 'prj-t2-a', tenant: 't2', name: 'Gemini', budget: 200 },
  ],
};

export const TRICKY_OPENAPI = {
  openapi: '3.0.3',
  info: { title: 'tricky', version: '1' },
  security: [{ bearer: [] }],
  components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
  paths: {
    '/status': { get: { security: [], responses: { '200': { description: 'public by design' } } } },
    '/catalog': { get: { security: [], responses: { '200': { description: 'public list' } } } },
    '/auth/login': { post: { security: [], 'x-launchready-flow': 'login', requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { email: { type: 'string' }, password: { type: 'string' } } } } } }, responses: { '200': { description: 'ok' } } } },
    '/me': { get: { responses: { '200': { description: 'me' } } } },
    '/docs': { get: { responses: { '200': { description: 'list' } } } },
    '/docs/{docId}': { get: { parameters: [{ name: 'docId', in: 'path', required: true, schema: { type: 'string' } }], responses: { '200': { description: 'doc' } } } },
    '/notes': { get: { responses: { '200': { description: 'list' } } } },
    '/notes/{noteId}': { get: { parameters: [{ name: 'noteId', in: 'path', required: true, schema: { type: 'string' } }], responses: { '200': { description: 'note' } } } },
    '/files': { get: { responses: { '200': { description: 'list' } } } },
    '/files/{fileId}': { get: { parameters: [{ name: 'fileId', in: 'path', required: true, schema: { type: 'string' } }], responses: { '200': { description: 'file' } } } },
    '/orgs/{orgId}/projects': { get: { parameters: [{ name: 'orgId', in: 'path', required: true, schema: { type: 'string' } }], responses: { '200': { description: 'list' } } } },
    '/orgs/{orgId}/projects/{projectId}': { get: { parameters: [{ name: 'orgId', in: 'path', required: true, schema: { type: 'string' } }, { name: 'projectId', in: 'path', required: true, schema: { type: 'string' } }], responses: { '200': { description: 'project' } } } },
    '/admin/stats': { get: { 'x-launchready-roles': ['admin'], responses: { '200': { description: 'stats' } } } },
  },
};

export async function startTricky(opts: TrickyOptions = {}): Promise<{ url: string; close(): Promise<void>; hits: Map<string, number> }> {
  const sessions = new Map<string, (typeof TRICKY_USERS)[number]>();
  const fails = new Map<string, number>();
  const hits = new Map<string, number>();
  const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', 'content-length': Buffer.byteLength(text), ...headers });
    res.end(text);
  };
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const key = `${req.method} ${url.pathname}`;
    hits.set(key, (hits.get(key) ?? 0) + 1);
    let raw = '';
    for await (const c of req) raw += c;
    if (req.method === 'POST' && url.pathname === '/auth/login') {
      let body: { email?: string; password?: string };
      try {
        body = JSON.parse(raw) as typeof body;
      } catch {
        return json(res, 400, { error: 'bad json' });
      }
      const email = String(body.email ?? '');
      const user = TRICKY_USERS.find((u) => u.email === email);
      const k = `${req.socket.remoteAddress}|${email}`;
      const n = fails.get(k) ?? 0;
      if (opts.lockoutOnly) {
        if (user && n >= 5) return json(res, 423, { error: 'account locked' });
      } else if (n >= 5) return json(res, 429, { error: 'slow down' }, { 'retry-after': '60' });
      if (!user || user.password !== body.password) {
        fails.set(k, n + 1);
        return json(res, 401, { error: 'invalid credentials' });
      }
      const token = randomBytes(16).toString('hex');
      sessions.set(token, user);
      return json(res, 200, { data: { accessToken: token } });
    }
    if (url.pathname === '/openapi.json') return json(res, 200, TRICKY_OPENAPI);
    if (url.pathname === '/status') return json(res, 200, { ok: true, version: '1.0.0', region: 'eu' });
    if (url.pathname === '/catalog') return json(res, 200, { items: [{ id: 'c1', name: 'Thing' }] });
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const user = token ? sessions.get(token) : undefined;
    if (!user) return json(res, 401, { error: 'login required' });
    if (url.pathname === '/me') return json(res, 200, { id: user.id, email: user.email, role: user.role, tenant: user.tenant });
    if (url.pathname === '/admin/stats') return user.role === 'admin' ? json(res, 200, { users: 3, tenants: 2 }) : json(res, 403, { error: 'forbidden' });
    const org = /^\/orgs\/([^/]+)\/projects(?:\/([^/]+))?$/.exec(url.pathname);
    if (org) {
      // Nested tenant-in-path routes: the list checks membership; the item only in the hardened variant.
      const orgId = decodeURIComponent(org[1]!);
      if (!org[2]) return orgId === user.tenant ? json(res, 200, { items: OBJECTS.projects.filter((p) => p.tenant === orgId) }) : json(res, 403, { error: 'not a member' });
      const p = OBJECTS.projects.find((x) => x.id === decodeURIComponent(org[2]!) && x.tenant === orgId);
      if (!p || (orgId !== user.tenant && !opts.vulnerable)) return json(res, 404, { error: 'not found' });
      return json(res, 200, p);
    }
    const m = /^\/(docs|notes|files)(?:\/([^/]+))?$/.exec(url.pathname);
    if (m) {
      const kind = m[1] as keyof typeof OBJECTS;
      const list = OBJECTS[kind];
      if (!m[2]) return json(res, 200, { items: list.filter((o) => o.tenant === user.tenant) });
      const o = list.find((x) => x.id === decodeURIComponent(m[2]!));
      const mine = o && o.tenant === user.tenant;
      if (mine || (o && kind === 'docs' && opts.vulnerable)) return json(res, 200, o);
      if (kind === 'docs') return json(res, 200, { error: 'not found' }); // 200 with an error body: not a leak
      if (kind === 'notes') return json(res, 403, { error: 'forbidden' });
      return json(res, 404, { error: 'not found' });
    }
    return json(res, 404, { error: 'not found' });
  };
  const server = createServer((req, res) => void handle(req, res).catch(() => res.end()));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}

export function trickyConfig(url: string, openapiFile: string, reportDir: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    version: 1,
    report: { dir: reportDir },
    network: { budget: 3000, rate: 500 },
    api: {
      baseUrl: url,
      openapi: openapiFile,
      identities: TRICKY_USERS.map((u) => ({ name: u.id, tenant: u.tenant, role: u.role, email: u.email, password: u.password, login: { path: '/auth/login', token: { from: 'json', path: 'data.accessToken' } } })),
      latency: { samples: 3, maxRoutes: 3 },
      rateLimit: { burst: 10 },
      ...extra,
    },
  };
}
