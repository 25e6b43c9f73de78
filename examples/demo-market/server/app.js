// demo-market: a small multi-tenant B2B marketplace API on node:http. `fixed: false` carries deliberate launch
// flaws (each marked FLAW below); `fixed: true` is the twin where every one is gone.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { isIP } from 'node:net';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkPassword, hashPassword, seed } from './data.js';
import { AUDIENCE, ISSUER, sign, verifyFlawed, verifyStrict } from './jwt.js';
import { Limiter } from './ratelimit.js';
import { Mailbox } from './mailbox.js';

const COMMON_PASSWORDS = new Set(['password', 'password1', 'password123', '12345678', '123456789', '1234567890', 'qwertyuiop', 'iloveyou', 'sunshine1', 'letmein1', 'admin123', 'welcome1', 'passw0rd', 'football', 'baseball', 'trustno1']);

// Weak secrets are built at runtime so no scanner of this repo mistakes the demo for a real leak.
const WEAK_JWT_SECRET = ['change', 'me'].join('');
export const FIXED_JWT_SECRET_DEFAULT = ['demo-market', 'fixed', 'jwt', 'signing', 'key', '7c1e9b4f2a6d'].join('-');
export const WEBHOOK_SECRET_DEFAULT = ['demo-market', 'webhook', 'signing', 'secret', '5b8e'].join('-');
const LEAKED_KEY = ['sk', 'live', '51DemoMarket' + 'Q9xLeakedKey' + '7hPz3vR8tYb2N'].join('_');
const PUBLIC_DIR = fileURLToPath(new URL('../public/', import.meta.url));
const PRIVATE = 'private';

class HttpErr extends Error {
  constructor(status, message, extra = {}) {
    super(message);
    this.status = status;
    this.extra = extra;
  }
}

export function createApp({ fixed = false, jwtSecret, webhookSecret, slowMs = 450 } = {}) {
  const db = seed();
  const mailbox = new Mailbox();
  const secret = fixed ? jwtSecret ?? process.env.DEMO_JWT_SECRET ?? FIXED_JWT_SECRET_DEFAULT : WEAK_JWT_SECRET;
  const whsec = webhookSecret ?? process.env.DEMO_WEBHOOK_SECRET ?? WEBHOOK_SECRET_DEFAULT;
  const limits = {
    login: new Limiter(5, 60_000),
    reset: new Limiter(3, 60_000),
    signup: new Limiter(5, 60_000),
    invite: new Limiter(10, 60_000),
    webhook: new Limiter(20, 60_000),
  };
  const allowedOrigins = new Set(['https://app.demo-market.test']);
  let publicBase = '';

  // ---------- helpers ----------
  const userView = (u, { self = false } = {}) => {
    const v = { id: u.id, email: u.email, name: u.name, role: u.role, tenantId: u.tenantId, avatarUrl: u.avatarUrl, createdAt: u.createdAt };
    if (self) v.phone = u.phone;
    if (!fixed) v.passwordHash = u.passwordHash; // FLAW: password hash in responses
    return v;
  };
  const issueToken = (u) => {
    const iat = Math.floor(Date.now() / 1000);
    return sign({ sub: u.id, tid: u.tenantId, role: u.role, iss: ISSUER, aud: AUDIENCE, iat, exp: iat + 3600 }, secret);
  };
  const authUser = (req) => {
    let token = null;
    const h = req.headers.authorization;
    if (h && /^Bearer\s+/i.test(h)) token = h.replace(/^Bearer\s+/i, '').trim();
    if (!token) {
      const m = /(?:^|;\s*)session=([^;]+)/.exec(req.headers.cookie ?? '');
      if (m) token = decodeURIComponent(m[1]);
    }
    if (!token) return null;
    const p = fixed ? verifyStrict(token, secret) : verifyFlawed(token, secret); // FLAW (flawed): alg none, unsigned, expired, wrong aud accepted
    if (!p) return null;
    return db.users.get(p.sub) ?? null;
  };
  const need = (req, roles) => {
    const u = authUser(req);
    if (!u) throw new HttpErr(401, 'authentication required');
    if (roles && !roles.includes(u.role)) throw new HttpErr(403, 'forbidden');
    return u;
  };
  const ip = (req) => req.socket.remoteAddress ?? '?';
  const tooMany = (limiter, key) => {
    throw new HttpErr(429, 'too many requests, try again later', { retryAfter: limiter.retryAfter(key) });
  };

  // ---------- routes ----------
  const routes = [];
  const on = (method, pattern, handler, opts = {}) => {
    const names = [];
    const re = new RegExp('^' + pattern.replace(/\{(\w+)\}/g, (_, n) => (names.push(n), '([^/]+)')) + '$');
    routes.push({ method, re, names, handler, private: opts.private ?? false });
  };

  on('GET', '/', () => ({ type: 'text/html; charset=utf-8', body: readFileSync(PUBLIC_DIR + 'index.html', 'utf8') }));
  on('GET', '/app.js', () => {
    let js = readFileSync(PUBLIC_DIR + 'app.js', 'utf8');
    // FLAW: a live secret key shipped in the bundle, and a source map next to it.
    js = js.replace('__PAYMENTS_KEY__', fixed ? '' : LEAKED_KEY);
    if (!fixed) js += '\n//# sourceMappingURL=app.js.map\n';
    return { type: 'application/javascript; charset=utf-8', body: js, cache: 'public, max-age=300' };
  });
  on('GET', '/app.js.map', () => {
    if (fixed) throw new HttpErr(404, 'not found');
    const src = readFileSync(PUBLIC_DIR + 'app.js', 'utf8').replace('__PAYMENTS_KEY__', LEAKED_KEY);
    return { type: 'application/json', body: JSON.stringify({ version: 3, file: 'app.js', sources: ['src/app.js'], sourcesContent: [src], names: [], mappings: 'AAAA' }) };
  });
  on('GET', '/healthz', () => ({ json: { ok: true } }));
  on('GET', '/.env', () => {
    if (fixed) throw new HttpErr(404, 'not found');
    // FLAW: the production env file is served.
    return { type: 'text/plain', body: `NODE_ENV=production\nDATABASE_URL=postgres://market:${['s3cr3t', 'db', 'pw'].join('-')}@db.internal:5432/market\nJWT_SECRET=${WEAK_JWT_SECRET}\nSTRIPE_SECRET_KEY=${LEAKED_KEY}\n` };
  });
  on('GET', '/debug/vars', () => {
    if (fixed) throw new HttpErr(404, 'not found');
    // FLAW: a debug endpoint left on.
    return { json: { pid: process.pid, uptime: process.uptime(), memory: process.memoryUsage(), env: { NODE_ENV: 'production', JWT_SECRET: WEAK_JWT_SECRET, DATABASE_URL: 'postgres://market@db.internal:5432/market' } } };
  });

  // auth
  on('POST', '/api/auth/login', ({ req, body }) => {
    const email = String(body?.email ?? '').toLowerCase();
    const key = `${ip(req)}|${email}`;
    if (fixed && limits.login.over(key)) tooMany(limits.login, key);
    const u = [...db.users.values()].find((x) => x.email === email);
    if (!u || !checkPassword(u, String(body?.password ?? ''))) {
      if (fixed) {
        if (limits.login.hit(key)) tooMany(limits.login, key);
        throw new HttpErr(401, 'invalid email or password');
      }
      // FLAW: user enumeration (different answers) and no rate limit.
      if (!u) throw new HttpErr(404, 'no account with that email');
      throw new HttpErr(401, 'wrong password');
    }
    const token = issueToken(u);
    const cookie = fixed ? `session=${token}; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=3600` : `session=${token}; Path=/`; // FLAW: no HttpOnly/Secure
    return { json: { token, tokenType: 'Bearer', expiresIn: 3600, user: userView(u, { self: true }) }, cookies: [cookie], private: true };
  });
  on('POST', '/api/auth/signup', ({ req, body }) => {
    const email = String(body?.email ?? '').toLowerCase();
    if (fixed && limits.signup.hit(ip(req))) tooMany(limits.signup, ip(req));
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email) || String(body?.password ?? '').length < 8) throw new HttpErr(400, 'email and a password of 8+ characters are required');
    // fixed: common passwords refused too (NIST SP 800-63B 5.1.1.2); FLAW in the flawed build: "password" is accepted
    if (fixed && COMMON_PASSWORDS.has(String(body.password).toLowerCase())) throw new HttpErr(400, 'this password is too common: choose another');
    const exists = [...db.users.values()].some((u) => u.email === email);
    if (exists) {
      if (!fixed) throw new HttpErr(409, 'an account with this email already exists'); // FLAW: enumeration
      mailbox.send(email, 'Someone tried to sign up with your email', 'If this was you, sign in or reset your password.');
      return { status: 202, json: { status: 'pending', message: 'check your email to continue' } };
    }
    const id = 'usr_' + randomBytes(6).toString('hex');
    const { salt, hash } = hashPassword(String(body.password));
    const tenantId = 'tnt_' + randomBytes(4).toString('hex');
    db.tenants.set(tenantId, { id: tenantId, name: String(body.company ?? 'New company'), plan: 'trial' });
    db.users.set(id, { id, email, name: String(body.name ?? email), role: 'admin', tenantId, phone: null, salt, passwordHash: hash, avatarUrl: null, createdAt: new Date().toISOString() });
    mailbox.send(email, 'Confirm your email', `Welcome to demo-market. Confirm: ${publicBase}/confirm?u=${id}`);
    return { status: fixed ? 202 : 201, json: fixed ? { status: 'pending', message: 'check your email to continue' } : { id, email, tenantId } };
  });
  on('POST', '/api/auth/reset-request', ({ req, body }) => {
    const email = String(body?.email ?? '').toLowerCase();
    const key = `${ip(req)}|${email}`;
    if (fixed && limits.reset.hit(key)) tooMany(limits.reset, key);
    const u = [...db.users.values()].find((x) => x.email === email);
    if (!u) {
      if (!fixed) throw new HttpErr(404, 'no account with that email'); // FLAW: enumeration
      return { status: 202, json: { status: 'sent', message: 'if an account exists, we sent a reset link' } };
    }
    const token = randomBytes(fixed ? 24 : 12).toString('base64url');
    if (fixed) for (const [t, r] of db.resetTokens) if (r.userId === u.id) db.resetTokens.delete(t); // a new link revokes older ones
    db.resetTokens.set(token, { userId: u.id, created: Date.now(), used: false });
    mailbox.send(u.email, 'Reset your demo-market password', `Hi ${u.name},\n\nReset your password: ${publicBase}/reset?token=${token}\n\nThe link is valid for 15 minutes.`);
    return { status: 202, json: { status: 'sent', message: 'if an account exists, we sent a reset link' } };
  });
  on('POST', '/api/auth/reset', ({ body }) => {
    const token = String(body?.token ?? '');
    const r = db.resetTokens.get(token);
    // FLAW (flawed): tokens never expire and can be used again.
    if (!r || (fixed && (r.used || Date.now() - r.created > 15 * 60_000))) throw new HttpErr(400, 'invalid or expired reset token');
    const pw = String(body?.password ?? '');
    if (pw.length < 8) throw new HttpErr(400, 'password must have 8+ characters');
    const u = db.users.get(r.userId);
    const { salt, hash } = hashPassword(pw);
    u.salt = salt;
    u.passwordHash = hash;
    r.used = true;
    if (fixed) db.resetTokens.delete(token);
    return { json: { status: 'password updated' } };
  });

  // users
  on('GET', '/api/me', ({ req }) => ({ json: userView(need(req), { self: true }), private: true }));
  on('PATCH', '/api/me', ({ req, body }) => {
    const u = need(req);
    if (!body || typeof body !== 'object' || Array.isArray(body)) throw new HttpErr(400, 'a JSON object is required');
    const allowed = fixed ? ['name', 'avatarUrl'] : Object.keys(body); // FLAW: mass assignment (role, tenantId, ...)
    if (fixed) {
      const unknown = Object.keys(body).filter((k) => !allowed.includes(k));
      if (unknown.length) throw new HttpErr(400, `unknown or read-only fields: ${unknown.join(', ')}`);
      if ('name' in body && (typeof body.name !== 'string' || body.name.length > 100)) throw new HttpErr(400, 'name must be a string');
      if ('avatarUrl' in body && body.avatarUrl !== null && (typeof body.avatarUrl !== 'string' || !/^https:\/\//.test(body.avatarUrl))) throw new HttpErr(400, 'avatarUrl must be an https URL');
    }
    for (const k of allowed) if (k in body && !['id', 'passwordHash', 'salt'].includes(k)) u[k] = body[k];
    return { json: userView(u, { self: true }), private: true };
  });
  on('GET', '/api/users', ({ req }) => {
    const u = need(req);
    const list = [...db.users.values()].filter((x) => x.tenantId === u.tenantId).map((x) => ({ id: x.id, name: x.name, role: x.role }));
    return { json: { data: list }, private: true };
  });
  on('GET', '/api/admin/users', ({ req }) => {
    const u = need(req, fixed ? ['admin', 'platform'] : undefined); // FLAW: members reach an admin route
    const list = [...db.users.values()].filter((x) => u.role === 'platform' || x.tenantId === u.tenantId).map((x) => userView(x, { self: true }));
    return { json: { data: list }, private: true };
  });
  on('POST', '/api/invites', ({ req, body }) => {
    const u = need(req, ['admin']);
    if (fixed && limits.invite.hit(u.id)) tooMany(limits.invite, u.id);
    const email = String(body?.email ?? '').toLowerCase();
    if (!/^[^@\s]+@[^@\s]+$/.test(email)) throw new HttpErr(400, 'email is required');
    const role = fixed ? 'member' : String(body?.role ?? 'member');
    const invite = { id: 'inv_' + randomBytes(5).toString('hex'), email, role, tenantId: u.tenantId };
    db.invites.push(invite);
    mailbox.send(email, `${u.name} invited you to demo-market`, `Join: ${publicBase}/join?invite=${invite.id}`);
    return { status: 201, json: { id: invite.id, email, role: invite.role }, private: true };
  });
  on('GET', '/api/platform/tenants', ({ req }) => {
    need(req, ['platform']);
    return { json: { data: [...db.tenants.values()] }, private: true };
  });

  // catalogue: public by design
  on('GET', '/api/products', () => ({ json: { data: [...db.products.values()] }, cache: 'public, max-age=60' }));
  on('GET', '/api/products/{id}', ({ params }) => {
    const p = db.products.get(params.id);
    if (!p) throw new HttpErr(404, 'not found');
    return { json: p, cache: 'public, max-age=60' };
  });

  // orders (tenant-scoped in both modes; the flawed mode answers "not found" with 200, which is not a leak)
  const orderView = (o) => ({ id: o.id, productId: o.productId, quantity: o.quantity, total: o.total, currency: o.currency, status: o.status, refunded: o.refunded, ownerId: o.ownerId, createdAt: o.createdAt });
  on('GET', '/api/orders', ({ req }) => {
    const u = need(req);
    return { json: { data: [...db.orders.values()].filter((o) => o.tenantId === u.tenantId).map(orderView) }, private: true };
  });
  on('GET', '/api/orders/search', async ({ req, query }) => {
    const u = need(req);
    if (!fixed) await new Promise((r) => setTimeout(r, slowMs)); // FLAW: a slow query (no index) over the latency budget
    const q = String(query.get('q') ?? '').toLowerCase();
    return { json: { data: [...db.orders.values()].filter((o) => o.tenantId === u.tenantId && (o.id.includes(q) || o.productId.includes(q))).map(orderView) }, private: true };
  });
  on('GET', '/api/orders/{id}', ({ req, params }) => {
    const u = need(req);
    const o = db.orders.get(params.id);
    if (!o || (o.tenantId !== u.tenantId && u.role !== 'platform')) {
      if (fixed) throw new HttpErr(403, 'forbidden');
      return { status: 200, json: { error: 'order not found' }, private: true };
    }
    return { json: orderView(o), private: true };
  });
  on('POST', '/api/orders', ({ req, body }) => {
    const u = need(req);
    if (!body || typeof body !== 'object') throw new HttpErr(400, 'a JSON object is required');
    const p = db.products.get(String(body.productId));
    if (fixed && (!p || !Number.isInteger(body.quantity) || body.quantity < 1 || body.quantity > 1000)) throw new HttpErr(400, 'productId and an integer quantity 1..1000 are required');
    if (!p) throw new HttpErr(404, 'unknown product');
    // FLAW (flawed): no type validation: a string quantity crashes the handler.
    const qty = fixed ? body.quantity : Number(body.quantity.toFixed(0));
    const id = 'ord_' + randomBytes(4).toString('hex');
    const o = { id, tenantId: u.tenantId, ownerId: u.id, productId: p.id, quantity: qty, total: p.price * qty, currency: 'usd', status: 'open', refunded: false, createdAt: new Date().toISOString() };
    db.orders.set(id, o);
    return { status: 201, json: orderView(o), private: true };
  });
  on('POST', '/api/orders/{id}/refund', ({ req, params }) => {
    const u = need(req, fixed ? ['admin'] : ['admin', 'member']); // FLAW: members can refund
    const o = db.orders.get(params.id);
    if (!o || o.tenantId !== u.tenantId) throw new HttpErr(404, 'not found');
    o.refunded = true;
    o.status = 'refunded';
    return { json: { id: o.id, status: o.status, refunded: true }, private: true };
  });

  // invoices
  const invoiceView = (i) => ({ id: i.id, orderId: i.orderId, tenantId: i.tenantId, amount: i.amount, currency: i.currency, status: i.status, billingEmail: i.billingEmail, taxId: i.taxId, createdAt: i.createdAt });
  on('GET', '/api/invoices', ({ req }) => {
    const u = need(req);
    return { json: { data: [...db.invoices.values()].filter((i) => i.tenantId === u.tenantId).map(invoiceView) }, private: true };
  });
  on('GET', '/api/invoices/{id}', ({ req, params }) => {
    const u = need(req);
    const i = db.invoices.get(params.id);
    if (!i || (fixed && i.tenantId !== u.tenantId && u.role !== 'platform')) throw new HttpErr(404, 'not found'); // FLAW (flawed): no tenant check
    return { json: invoiceView(i), private: true };
  });

  on('PATCH', '/api/invoices/{id}', ({ req, params, body }) => {
    const u = need(req, ['admin', 'member']);
    const i = db.invoices.get(params.id);
    if (!i || (fixed && i.tenantId !== u.tenantId)) throw new HttpErr(404, 'not found'); // FLAW (flawed): any tenant's invoice can be edited
    if (!body || typeof body !== 'object') throw new HttpErr(400, 'a JSON object is required');
    for (const k of ['billingEmail', 'taxId']) if (typeof body[k] === 'string') i[k] = body[k];
    return { json: invoiceView(i), private: true };
  });

  // reports
  on('GET', '/api/reports/export', ({ req }) => {
    const u = fixed ? need(req) : authUser(req); // FLAW: no authentication required
    const rows = [...db.orders.values()].filter((o) => !u || u.role === 'platform' ? !fixed : o.tenantId === u.tenantId);
    return { type: 'text/csv', body: 'id,tenant,total\n' + rows.map((o) => `${o.id},${o.tenantId},${o.total}`).join('\n') + '\n', private: true };
  });

  // integrations: "send a test delivery" to a customer's URL
  on('POST', '/api/integrations/webhook-test', async ({ req, body }) => {
    need(req, ['admin', 'member']);
    const url = String(body?.url ?? '');
    let u;
    try {
      u = new URL(url);
    } catch {
      throw new HttpErr(400, 'url must be an absolute URL');
    }
    if (fixed) {
      // Only https to public addresses (OWASP SSRF cheat sheet); this demo never resolves names, so loopback
      // names and private literals are refused outright.
      const h = u.hostname.replace(/^\[|\]$/g, '');
      if (u.protocol !== 'https:' || h === 'localhost' || h.endsWith('.localhost') || (isIP(h) && /^(127\.|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|169\.254\.|0\.|::1$|fc|fd|fe80)/i.test(h))) {
        throw new HttpErr(400, 'url must be https on a public host');
      }
      return { status: 202, json: { queued: true } };
    }
    // FLAW: fetches any URL, including loopback and cloud metadata addresses.
    const status = await new Promise((resolve) => {
      const r = httpRequest(u, { method: 'POST', timeout: 2000, headers: { 'content-type': 'application/json' } }, (res) => {
        res.resume();
        resolve(res.statusCode);
      });
      r.on('error', () => resolve(0));
      r.on('timeout', () => r.destroy());
      r.end(JSON.stringify({ type: 'test' }));
    });
    return { json: { delivered: status > 0, status } };
  });

  // payment webhook (Stripe-style signature: Stripe-Signature: t=<unix>,v1=<hex hmac of "t.body">)
  on('POST', '/api/webhooks/payment', ({ req, raw, body }) => {
    if (fixed) {
      const key = ip(req);
      if (limits.webhook.over(key)) tooMany(limits.webhook, key);
      const sig = String(req.headers['stripe-signature'] ?? '');
      const t = /(?:^|,)t=(\d+)/.exec(sig)?.[1];
      const v1 = [...sig.matchAll(/(?:^|,)v1=([0-9a-f]+)/g)].map((m) => m[1]);
      const want = t ? createHmac('sha256', whsec).update(`${t}.${raw}`).digest() : null;
      const ok = want && v1.some((v) => v.length === want.length * 2 && timingSafeEqual(Buffer.from(v, 'hex'), want));
      if (!ok) {
        limits.webhook.hit(key);
        throw new HttpErr(400, 'invalid signature');
      }
      if (Math.abs(Date.now() / 1000 - Number(t)) > 300) throw new HttpErr(400, 'timestamp outside the tolerance');
      if (body?.id && db.webhookEvents.has(body.id)) return { json: { received: true, duplicate: true } };
    }
    // FLAW (flawed): no signature check, no timestamp tolerance, no replay protection.
    if (body?.id) db.webhookEvents.add(body.id);
    const orderId = body?.data?.object?.metadata?.orderId;
    const o = orderId ? db.orders.get(orderId) : undefined;
    if (o && body.type === 'payment_intent.succeeded') o.status = 'paid';
    return { json: { received: true } };
  });

  // mailbox (test infrastructure, like a local Mailpit)
  on('GET', '/__mailbox/api/v1/messages', () => ({ json: mailbox.list(), private: true }));
  on('GET', '/__mailbox/api/v1/message/{id}', ({ params }) => {
    const m = mailbox.get(params.id);
    if (!m) throw new HttpErr(404, 'not found');
    return { json: m, private: true };
  });
  on('DELETE', '/__mailbox/api/v1/messages', () => {
    mailbox.clear();
    return { json: { ok: true } };
  });
  on('GET', '/openapi.yaml', () => ({ type: 'application/yaml', body: readFileSync(fileURLToPath(new URL('../openapi.yaml', import.meta.url)), 'utf8') }));

  // ---------- dispatcher ----------
  const MAX_BODY = 100 * 1024;
  async function handle(req, res) {
    const url = new URL(req.url ?? '/', 'http://x');
    const headers = {};
    const origin = req.headers.origin;
    if (origin) {
      if (!fixed) {
        // FLAW: any Origin reflected, with credentials.
        headers['access-control-allow-origin'] = origin;
        headers['access-control-allow-credentials'] = 'true';
        headers.vary = 'Origin';
      } else if (allowedOrigins.has(origin)) {
        headers['access-control-allow-origin'] = origin;
        headers['access-control-allow-credentials'] = 'true';
        headers.vary = 'Origin';
      }
    }
    if (fixed) {
      headers['content-security-policy'] = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";
      headers['x-content-type-options'] = 'nosniff';
      headers['x-frame-options'] = 'DENY';
      headers['referrer-policy'] = 'no-referrer';
      headers['permissions-policy'] = 'camera=(), microphone=(), geolocation=(), payment=()';
      headers['cross-origin-opener-policy'] = 'same-origin';
      if (req.socket.encrypted || req.headers['x-forwarded-proto'] === 'https') headers['strict-transport-security'] = 'max-age=63072000; includeSubDomains';
    } else {
      headers['x-powered-by'] = 'Express'; // FLAW: version banner, and none of the security headers
    }
    const send = (status, type, body, extra = {}) => {
      res.writeHead(status, { ...headers, 'content-type': type, 'content-length': Buffer.byteLength(body), ...extra });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method === 'OPTIONS') {
      const h = {};
      if (headers['access-control-allow-origin']) {
        h['access-control-allow-methods'] = 'GET, POST, PATCH, DELETE';
        h['access-control-allow-headers'] = req.headers['access-control-request-headers'] ?? 'authorization, content-type';
        h['access-control-max-age'] = '600';
      }
      res.writeHead(204, { ...headers, ...h });
      return res.end();
    }
    const method = req.method === 'HEAD' ? 'GET' : req.method;
    let matched = null;
    let allowed = false;
    for (const r of routes) {
      const m = r.re.exec(url.pathname);
      if (!m) continue;
      allowed = true;
      if (r.method !== method) continue;
      matched = { r, params: Object.fromEntries(r.names.map((n, i) => [n, decodeURIComponent(m[i + 1])])) };
      break;
    }
    try {
      if (!matched) throw new HttpErr(allowed ? 405 : 404, allowed ? 'method not allowed' : 'not found');
      const chunks = [];
      let size = 0;
      for await (const c of req) {
        size += c.length;
        if (fixed && size > MAX_BODY) throw new HttpErr(413, 'request body too large');
        chunks.push(c);
      }
      const raw = Buffer.concat(chunks).toString('utf8');
      let body;
      if (raw && /json/.test(req.headers['content-type'] ?? 'application/json')) {
        try {
          body = JSON.parse(raw);
        } catch (err) {
          if (fixed) throw new HttpErr(400, 'request body is not valid JSON');
          throw err; // FLAW: falls through to the generic 500 with a stack trace
        }
      } else if (raw) {
        body = Object.fromEntries(new URLSearchParams(raw));
      }
      const out = await matched.r.handler({ req, params: matched.params, query: url.searchParams, body, raw });
      const extra = {};
      if (out.cookies) extra['set-cookie'] = out.cookies;
      const isPrivate = out.private || matched.r.private;
      if (out.cache && !isPrivate) extra['cache-control'] = out.cache;
      else if (isPrivate) extra['cache-control'] = fixed ? 'no-store' : 'public, max-age=300'; // FLAW: private data cacheable by shared caches
      if (out.json !== undefined) send(out.status ?? 200, 'application/json; charset=utf-8', JSON.stringify(out.json), extra);
      else send(out.status ?? 200, out.type ?? 'text/plain', out.body ?? '', extra);
    } catch (err) {
      if (err instanceof HttpErr) {
        const extra = err.extra.retryAfter ? { 'retry-after': String(err.extra.retryAfter) } : {};
        if (err.status === 401) extra['www-authenticate'] = 'Bearer realm="demo-market"';
        if (err.status === 413) extra.connection = 'close'; // the rest of the body is never read
        return send(err.status, 'application/json; charset=utf-8', JSON.stringify({ error: err.message }), extra);
      }
      if (fixed) return send(500, 'application/json; charset=utf-8', JSON.stringify({ error: 'internal error' }));
      // FLAW: the stack trace goes to the client.
      send(500, 'application/json; charset=utf-8', JSON.stringify({ error: err.message, stack: err.stack }));
    }
  }

  return {
    handle,
    db,
    mailbox,
    setBase(url) {
      publicBase = url;
    },
    secrets: { jwt: secret, webhook: whsec },
  };
}

export { PRIVATE };
