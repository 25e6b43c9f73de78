import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * "Bazaar": a single-tenant marketplace of independent users, written for the engine mechanisms of issue 12 (one
 * flaw per mechanism, and a fixed twin). Every protected route needs the session token TWICE, as the document says
 * (security: [{cookieAuth: [], bearer: []}]): `Authorization: Bearer T` and cookie `sid=T`. Answers are JSend
 * envelopes ({status, data}). PUT /api/users/{username}/password takes form-urlencoded bodies only (415 for JSON).
 * Flaws (flawed twin only):
 * - PUT /api/products/{id}: any member updates any product (public catalogue object)      → bola:foreignObjectWrite
 * - GET /api/orders lists everyone's orders, GET /api/orders/{id} serves any             → bola:crossUser
 * - PUT /api/users/{username}/password (no GET twin) sets anyone's password               → bola:crossUserWrite
 * - PATCH /api/me accepts role (validated against the enum: 400 otherwise) and admin       → mass-assignment:assigned
 * - GET /api/invoices/{id} needs no credentials at all                                     → authn-missing only, not bola
 * By design (both twins): GET /api/admin/stats is `security: []` (public under /admin/); GET /api/admin/coupons/{couponId}
 * is admin-only and no identity can name an id (BFLA cannot test it: the coverage matrix must say so).
 */
const env = (inner: Record<string, unknown>) => ({ type: 'object', properties: { status: { type: 'string' }, data: inner } });
const idParam = (name: string) => [{ name, in: 'path', required: true, schema: { type: 'string' } }];
export const BAZAAR_OPENAPI = {
  openapi: '3.0.3',
  info: { title: 'Bazaar', version: '1' },
  components: {
    securitySchemes: { cookieAuth: { type: 'apiKey', in: 'cookie', name: 'sid' }, bearer: { type: 'http', scheme: 'bearer' } },
  },
  security: [{ cookieAuth: [], bearer: [] }],
  paths: {
    '/api/session': { post: { security: [], requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { username: { type: 'string', example: 'ann' }, password: { type: 'string' } } } } } }, responses: { '200': { description: 'token' } } } },
    '/api/me': {
      get: { responses: { '200': { description: 'me', content: { 'application/json': { schema: env({ type: 'object', properties: { role: { type: 'string', enum: ['customer', 'seller', 'admin'] } } }) } } } } },
      patch: { requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { displayName: { type: 'string' } } } } } }, responses: { '200': { description: 'updated' } } },
    },
    '/api/products': { get: { security: [], responses: { '200': { description: 'catalogue' } } } },
    '/api/products/{id}': {
      get: { security: [], parameters: idParam('id'), responses: { '200': { description: 'product' } } },
      put: { parameters: idParam('id'), requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { title: { type: 'string' }, price: { type: 'number' } } } } } }, responses: { '200': { description: 'updated' } } },
    },
    '/api/orders': {
      get: { responses: { '200': { description: 'orders' } } },
      post: { requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { productId: { type: 'string', example: 'p1' }, qty: { type: 'integer', example: 1 } } } } } }, responses: { '201': { description: 'created' } } },
    },
    '/api/orders/{id}': { get: { parameters: idParam('id'), responses: { '200': { description: 'order' } } } },
    '/api/invoices': { get: { responses: { '200': { description: 'invoices' } } } },
    '/api/invoices/{id}': { get: { parameters: idParam('id'), responses: { '200': { description: 'invoice' } } } },
    '/api/users/{username}/password': { put: { parameters: idParam('username'), requestBody: { content: { 'application/x-www-form-urlencoded': { schema: { type: 'object', properties: { password: { type: 'string', example: 'hunter2' } } } } } }, responses: { '200': { description: 'changed' } } } },
    '/api/admin/stats': { get: { security: [], summary: 'Public shop statistics', responses: { '200': { description: 'stats' } } } },
    '/api/admin/coupons/{couponId}': { get: { 'x-roles': ['admin'], parameters: idParam('couponId'), responses: { '200': { description: 'a coupon' } } } },
  },
};

export const BAZAAR_USERS = [
  { id: 'u-ann', username: 'ann', password: 'ann-Pass-2026' },
  { id: 'u-ben', username: 'ben', password: 'ben-Pass-2026' },
];

export interface BazaarApp {
  url: string;
  /** planted flaws: check:messageId → route */
  close(): Promise<void>;
  passwordsChanged: () => string[];
}

export async function startBazaar(opts: { fixed: boolean }): Promise<BazaarApp> {
  const fixed = opts.fixed;
  const users = new Map(BAZAAR_USERS.map((u) => [u.username, { ...u, role: 'customer', admin: false, displayName: u.username }]));
  const original = new Map(BAZAAR_USERS.map((u) => [u.username, u.password]));
  const sessions = new Map<string, string>();
  const products = new Map([
    ['p1', { id: 'p1', title: 'Lamp', price: 20, sellerId: 'u-shop' }],
    ['p2', { id: 'p2', title: 'Desk', price: 120, sellerId: 'u-shop' }],
  ]);
  const orders = [
    { id: 'o-1', userId: 'u-ann', productId: 'p1', total: 20 },
    { id: 'o-2', userId: 'u-ben', productId: 'p2', total: 120 },
  ];
  const invoices = [
    { id: 'inv-ann-1', userId: 'u-ann', amount: 20, iban: 'DE00 1234' },
    { id: 'inv-ben-1', userId: 'u-ben', amount: 120, iban: 'DE00 5678' },
  ];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const path = url.pathname;
      const send = (status: number, data: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json', 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' });
        res.end(JSON.stringify(status < 400 ? { status: 'success', data } : { status: 'fail', data }));
      };
      const type = String(req.headers['content-type'] ?? '');
      let body: Record<string, unknown> = {};
      if (raw) {
        if (/json/.test(type)) {
          try {
            body = JSON.parse(raw) as Record<string, unknown>;
          } catch {
            return send(400, { message: 'invalid JSON' });
          }
        } else if (/x-www-form-urlencoded/.test(type)) body = Object.fromEntries(new URLSearchParams(raw));
      }
      if (path === '/' || path === '/api/admin/stats') return send(200, { products: products.size });
      if (path === '/api/session' && req.method === 'POST') {
        const u = users.get(String(body.username));
        if (!u || u.password !== body.password) return send(401, { message: 'bad credentials' });
        const token = `bz_${randomBytes(12).toString('hex')}`;
        sessions.set(token, u.username);
        return send(200, { token });
      }
      if (path === '/api/products' && req.method === 'GET') return send(200, [...products.values()]);
      let m = /^\/api\/products\/([^/]+)$/.exec(path);
      if (m && req.method === 'GET') return products.has(m[1]!) ? send(200, products.get(m[1]!)) : send(404, { message: 'no such product' });
      // Flaw (invoices): the item route forgot the auth middleware.
      m = /^\/api\/invoices\/([^/]+)$/.exec(path);
      if (m && req.method === 'GET' && !fixed) {
        const inv = invoices.find((i) => i.id === m![1]);
        return inv ? send(200, inv) : send(404, { message: 'no such invoice' });
      }
      // Both carriers, as the document says: the bearer header and the sid cookie, with the same token.
      const bearer = /^Bearer (\S+)$/.exec(String(req.headers.authorization ?? ''))?.[1];
      const sid = /(?:^|;\s*)sid=([^;]+)/.exec(String(req.headers.cookie ?? ''))?.[1];
      const me = bearer && sid === bearer ? users.get(sessions.get(bearer) ?? '') : undefined;
      if (!me) return send(401, { message: 'authentication required (bearer and sid cookie)' });
      if (path === '/api/me' && req.method === 'GET') return send(200, { id: me.id, username: me.username, displayName: me.displayName, role: me.role, admin: me.admin });
      if (path === '/api/me' && req.method === 'PATCH') {
        if (typeof body.displayName === 'string') me.displayName = body.displayName;
        if (!fixed) {
          if (body.role !== undefined) {
            if (!['customer', 'seller', 'admin'].includes(String(body.role))) return send(400, { message: 'role must be one of customer, seller, admin' });
            me.role = String(body.role);
          }
          if (typeof body.admin === 'boolean') me.admin = body.admin;
        }
        return send(200, { id: me.id, username: me.username, displayName: me.displayName, role: me.role, admin: me.admin });
      }
      m = /^\/api\/products\/([^/]+)$/.exec(path);
      if (m && req.method === 'PUT') {
        const p = products.get(m[1]!);
        if (!p) return send(404, { message: 'no such product' });
        if (fixed && p.sellerId !== me.id) return send(403, { message: 'not your product' });
        if (typeof body.title === 'string') p.title = body.title;
        if (typeof body.price === 'number') p.price = body.price;
        return send(200, p);
      }
      if (path === '/api/orders' && req.method === 'GET') return send(200, fixed ? orders.filter((o) => o.userId === me.id) : orders);
      if (path === '/api/orders' && req.method === 'POST') return send(201, { id: `o-${orders.length + 1}`, userId: me.id, productId: String(body.productId ?? 'p1'), total: 1 });
      m = /^\/api\/orders\/([^/]+)$/.exec(path);
      if (m && req.method === 'GET') {
        const o = orders.find((x) => x.id === m![1] && (!fixed || x.userId === me.id));
        return o ? send(200, o) : send(404, { message: 'no such order' });
      }
      if (path === '/api/invoices' && req.method === 'GET') return send(200, invoices.filter((i) => i.userId === me.id));
      m = /^\/api\/invoices\/([^/]+)$/.exec(path);
      if (m && req.method === 'GET') {
        const inv = invoices.find((i) => i.id === m![1] && i.userId === me.id);
        return inv ? send(200, inv) : send(404, { message: 'no such invoice' });
      }
      m = /^\/api\/users\/([^/]+)\/password$/.exec(path);
      if (m && req.method === 'PUT') {
        if (!/x-www-form-urlencoded/.test(type)) return send(415, { message: 'form-urlencoded only' });
        const target = users.get(decodeURIComponent(m[1]!));
        if (!target) return send(404, { message: 'no such user' });
        if (fixed && target.username !== me.username) return send(403, { message: 'not you' });
        if (typeof body.password !== 'string' || body.password.length < 8) return send(400, { message: 'password too short' });
        target.password = body.password;
        return send(200, { changed: true });
      }
      m = /^\/api\/admin\/coupons\/([^/]+)$/.exec(path);
      if (m && req.method === 'GET') return me.role === 'admin' && !fixed ? send(200, { id: m[1] }) : send(403, { message: 'admins only' });
      send(404, { message: 'not found' });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    passwordsChanged: () => [...users.values()].filter((u) => u.password !== original.get(u.username)).map((u) => u.username),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

export function bazaarConfig(url: string, openapiFile: string, reportDir: string): Record<string, unknown> {
  return {
    version: 1,
    report: { dir: reportDir },
    network: { budget: 3000, rate: 500 },
    api: {
      baseUrl: url,
      openapi: openapiFile,
      allowWrites: true,
      identities: BAZAAR_USERS.map((u) => ({ name: u.username, role: 'customer', email: u.username, password: u.password, login: { path: '/api/session', body: { username: '{{email}}', password: '{{password}}' }, token: { from: 'json', path: 'data.token' } } })),
      latency: { samples: 3, maxRoutes: 2 },
      rateLimit: { burst: 5 },
      checks: { disable: ['api/rate-limit'] },
    },
  };
}
