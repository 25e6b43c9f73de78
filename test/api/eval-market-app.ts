import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { versionBanner, type EvalApp, type EvalFlaw, type LookAlike } from './eval-kit.js';
import { fetchText, Router, serve, type Req, type Res } from './eval-server.js';

/**
 * "Stallhub": an Express + MongoDB style marketplace API, written for issue 12 before the engine was tuned, in a style
 * the suite did not have:
 * - JSend envelopes everywhere: `{status: "success", data: {product: {...}}}`, lists `{status, data: {orders: [...],
 *   total}}`, client errors `{status: "fail", data: {message}}`, server errors `{status: "error", message}`;
 * - Mongo ObjectId strings (`_id`, 24 hex) as ids, usernames in paths (`/api/users/{username}/password`);
 * - form-urlencoded request bodies on the login, sign-up, profile and product routes (declared in the OpenAPI
 *   document as application/x-www-form-urlencoded), JSON elsewhere;
 * - an opaque session token (not a JWT) that the login sets as cookie `sid` AND returns in the body; either the
 *   cookie or `Authorization: Bearer` is accepted (OpenAPI cookieAuth + bearerAuth);
 * - a public catalogue (products, sellers, categories: `security: []`) whose titles carry the sellers' names;
 *   write routes on public objects; a health route under /api/admin/ that is public by design;
 * - roles buyer/seller/admin; `role` is validated on the profile route (anything but buyer/seller → 400);
 * - nginx in front (Server header), a Stripe-signed webhook.
 *
 * `fixed: false` plants the flaws of MARKET_FLAWS; `fixed: true` fixes every one. MARKET_LOOKALIKES are in both.
 */

export const MARKET_FLAWS: EvalFlaw[] = [
  { id: 'bola-product-write', checkId: 'api/bola', paths: ['/api/products/{id}'], owasp: 'API1', what: 'PUT /api/products/{id}: any signed-in user may edit any (public) product' },
  { id: 'bola-orders-list', checkId: 'api/bola', paths: ['/api/orders'], owasp: 'API1', what: 'GET /api/orders returns every user\'s orders, not only the caller\'s' },
  { id: 'bola-order-read', checkId: 'api/bola', paths: ['/api/orders/{id}'], owasp: 'API1', what: 'GET /api/orders/{id} answers any order to any signed-in user' },
  { id: 'bola-password-write', checkId: 'api/bola', paths: ['/api/users/{username}/password'], owasp: 'API1', what: 'PUT /api/users/{username}/password (no GET twin) sets another user\'s password without the current one' },
  { id: 'state-changing-get', checkId: /state|unsafe-get|safe-method|get-writes/, paths: ['/api/user/change-password'], owasp: 'API8', what: 'GET /api/user/change-password?new=... changes the caller\'s password (CSRF-able, logged in URLs)' },
  { id: 'bfla-stats', checkId: 'api/bfla', paths: ['/api/admin/stats'], owasp: 'API5', what: 'GET /api/admin/stats (admin only) answers any signed-in user' },
  { id: 'bfla-feature', checkId: 'api/bfla', paths: ['/api/admin/products/{id}/feature'], owasp: 'API5', what: 'POST /api/admin/products/{id}/feature (admin only) callable by sellers' },
  { id: 'ma-isadmin', checkId: 'api/mass-assignment', paths: ['/api/users/me'], field: 'isAdmin', owasp: 'API3', what: 'PATCH /api/users/me: role is validated, but isAdmin alone is accepted' },
  { id: 'ma-featured', checkId: 'api/mass-assignment', paths: ['/api/products'], field: 'featured', owasp: 'API3', what: 'POST /api/products keeps featured, readOnly in the document' },
  { id: 'authn-payouts', checkId: 'api/authn-missing', paths: ['/api/payouts'], owasp: 'API2', what: 'GET /api/payouts without credentials answers every seller\'s payouts (with IBANs)' },
  { id: 'sf-seller-hash', checkId: 'api/sensitive-fields', paths: ['/api/sellers/{username}'], owasp: 'API3', what: 'public seller profile carries passwordHash (bcrypt) and email' },
  { id: 'enum-login', checkId: 'api/user-enumeration', paths: ['/api/auth/login'], owasp: 'API2', what: 'login answers 404 "No user with that username" vs 401 "Incorrect password"' },
  { id: 'enum-register', checkId: 'api/user-enumeration', paths: ['/api/auth/register'], owasp: 'API2', what: 'sign-up answers 409 "Email already registered" for existing accounts' },
  { id: 'rl-login', checkId: 'api/rate-limit', paths: ['/api/auth/login'], owasp: 'API4', what: 'no limit on failed logins' },
  { id: 'pw-policy', checkId: /password-policy|weak-password|password-strength|signup-password/, paths: ['/api/auth/register'], owasp: 'API2', what: 'sign-up accepts "123456" and one-character passwords' },
  { id: 'cookie-httponly', checkId: 'api/cookie-flags', owasp: 'API8', what: 'session cookie sid without HttpOnly and SameSite' },
  { id: 'cors-reflect', checkId: 'api/cors', owasp: 'API8', what: 'any Origin reflected with Access-Control-Allow-Credentials: true (cookie sessions)' },
  { id: 'banner-version', checkId: /banner|version/, accept: versionBanner, owasp: 'API8', what: 'Server: nginx/1.18.0 (version announced)' },
  { id: 'err-stack', checkId: 'api/error-handling', paths: ['/api/products', '/api/products/{id}', '/api/users/me', '/api/auth/login', '/api/auth/register', '/api/products/{id}/image', '/api/users/{username}/password', '/api/webhooks/stripe', '/api/admin/products/{id}/feature'], owasp: 'API8', what: 'malformed JSON answers Express\'s development error page with the body-parser stack trace' },
  { id: 'debug-env', checkId: 'api/exposed-debug', paths: ['/.env'], owasp: 'API8', what: '/.env served by express.static(".")' },
  { id: 'cache-me', checkId: 'api/cache-private', paths: ['/api/users/me'], owasp: 'API8', what: 'GET /api/users/me answers Cache-Control: public, max-age=300' },
  { id: 'ssrf-image', checkId: 'api/ssrf', paths: ['/api/products/{id}/image'], owasp: 'API7', what: 'POST /api/products/{id}/image fetches any imageUrl, loopback included' },
  { id: 'webhook-unsigned', checkId: 'api/webhook-signature', paths: ['/api/webhooks/stripe'], owasp: 'API10', what: 'Stripe webhook processed without verifying Stripe-Signature' },
];

export const MARKET_LOOKALIKES: LookAlike[] = [
  { id: 'public-catalogue', checkId: /authn-missing|bola|sensitive-fields|bfla/, methods: ['GET'], paths: ['/api/products', '/api/products/{id}', '/api/categories', '/api/sellers'], what: 'the catalogue is public by design (security: []); product titles carry sellers\' names ("Alice\'s ...")' },
  { id: 'admin-status-public', checkId: /authn-missing|bfla/, methods: ['GET'], paths: ['/api/admin/status'], what: 'load-balancer health under /api/admin/ with security: [] (public by design)' },
  { id: 'role-validated', checkId: 'api/mass-assignment', paths: ['/api/users/me'], field: 'role', what: 'role other than buyer/seller answers 400; switching buyer↔seller is a feature' },
  { id: 'admin-users-enforced', checkId: 'api/bfla', paths: ['/api/admin/users'], what: 'admin user list denies non-admins (403) in both twins' },
];

interface User { _id: string; username: string; email: string; password: string; role: 'buyer' | 'seller' | 'admin'; isAdmin: boolean; shopName: string; bio: string; createdAt: string }
interface Product { _id: string; seller: string; title: string; price: number; description: string; featured: boolean; imageUrl?: string; categories: string[] }
interface Order { _id: string; buyer: string; seller: string; productId: string; total: number; shippingAddress: string; createdAt: string }
interface Payout { _id: string; seller: string; amount: number; iban: string }

let oidCounter = 0x4f21a0;
/** Mongo-like ObjectId: 4-byte time, 5 random bytes, 3-byte counter (deterministic enough for a fixture). */
const oid = () => `65a1f0c2${'b7e3d9a41c'}${(oidCounter++).toString(16).padStart(6, '0')}`;

export const MARKET_USERS = {
  alice: { username: 'alice', email: 'alice@stallhub.test', password: 'Stall-Alice-Pass-2026!', role: 'seller' as const, shopName: 'Alice Crafts' },
  bob: { username: 'bob', email: 'bob@stallhub.test', password: 'Stall-Bob-Pass-2026!', role: 'seller' as const, shopName: 'Bob\'s Bikes' },
  carol: { username: 'carol', email: 'carol@stallhub.test', password: 'Stall-Carol-Pass-2026!', role: 'seller' as const, shopName: 'Carol Ceramics' },
  root: { username: 'root', email: 'ops@stallhub.test', password: 'Stall-Ops-Pass-2026!', role: 'admin' as const, shopName: '' },
};
export const MARKET_WEBHOOK_SECRET = 'whsec_' + 'stallhub0fixture0secret0000';
const COMMON_PASSWORDS = new Set(['123456', 'password', '12345678', 'qwerty', '123456789', '12345', '111111', '1234567', 'password1', '123123', 'abc123', 'letmein', 'iloveyou', 'admin', 'welcome', 'Password1', 'Password123']);
const bcrypt = (n: number) => `$2b$10$${createHmac('sha256', 'stallhub-fixture').update(String(n)).digest('base64').replace(/[^A-Za-z0-9]/g, '').slice(0, 53).padEnd(53, 'x')}`;

export function marketOpenapi(fixed: boolean): Record<string, unknown> {
  const ok = (schema: Record<string, unknown>) => ({ '200': { description: 'JSend success', content: { 'application/json': { schema: { type: 'object', properties: { status: { type: 'string', enum: ['success'] }, data: schema } } } } } });
  const fail = { '400': { description: 'JSend fail' }, '401': { description: 'not signed in' }, '403': { description: 'forbidden' }, '404': { description: 'not found' } };
  const form = (schema: Record<string, unknown>, alsoJson = true) => ({
    required: true,
    content: { 'application/x-www-form-urlencoded': { schema }, ...(alsoJson ? { 'application/json': { schema } } : {}) },
  });
  const json = (schema: Record<string, unknown>) => ({ required: true, content: { 'application/json': { schema } } });
  const idParam = (name = 'id') => ({ name, in: 'path', required: true, schema: { type: 'string', pattern: '^[0-9a-f]{24}$' } });
  const product = { type: 'object', properties: { _id: { type: 'string', readOnly: true }, seller: { type: 'string', readOnly: true }, title: { type: 'string' }, price: { type: 'number' }, description: { type: 'string' }, featured: { type: 'boolean', readOnly: true, description: 'set by staff only' }, categories: { type: 'array', items: { type: 'string' } } } };
  const productIn = { type: 'object', required: ['title', 'price'], properties: { title: { type: 'string', example: 'Hand-thrown mug' }, price: { type: 'number', example: 18.5 }, description: { type: 'string' }, featured: { type: 'boolean', readOnly: true } } };
  const pub = { security: [] as unknown[] };
  const paths: Record<string, unknown> = {
    '/api/auth/login': { post: { ...pub, summary: 'Sign in (sets cookie sid, returns data.token)', requestBody: form({ type: 'object', required: ['username', 'password'], properties: { username: { type: 'string', description: 'username or email' }, password: { type: 'string', format: 'password' } } }), responses: { ...ok({ type: 'object', properties: { token: { type: 'string' } } }), ...fail } } },
    '/api/auth/register': { post: { ...pub, summary: 'Create an account', requestBody: form({ type: 'object', required: ['email', 'password'], properties: { username: { type: 'string' }, email: { type: 'string', format: 'email' }, password: { type: 'string', format: 'password' } } }), responses: { '201': { description: 'created' }, ...fail } } },
    '/api/auth/logout': { post: { summary: 'Sign out', 'x-launchready-skip': true, responses: { '204': { description: 'signed out' } } } },
    '/api/users/me': {
      get: { summary: 'My profile', responses: { ...ok({ type: 'object', properties: { user: { type: 'object' } } }), ...fail } },
      patch: { summary: 'Update my profile', requestBody: form({ type: 'object', properties: { shopName: { type: 'string' }, bio: { type: 'string' }, role: { type: 'string', enum: ['buyer', 'seller'] } } }), responses: { ...ok({ type: 'object' }), ...fail } },
    },
    '/api/users/{username}/password': { put: { summary: 'Set a user\'s password', parameters: [{ name: 'username', in: 'path', required: true, schema: { type: 'string' } }], requestBody: json({ type: 'object', required: ['password'], properties: { currentPassword: { type: 'string', format: 'password' }, password: { type: 'string', format: 'password' } } }), responses: { '204': { description: 'changed' }, ...fail } } },
    '/api/products': {
      get: { ...pub, summary: 'Public catalogue', parameters: [{ name: 'category', in: 'query', schema: { type: 'string' } }], responses: { ...ok({ type: 'object', properties: { products: { type: 'array', items: product }, total: { type: 'integer' } } }) } },
      post: { summary: 'List a product for sale (sellers)', requestBody: form(productIn), responses: { '201': { description: 'created' }, ...fail } },
    },
    '/api/products/{id}': {
      get: { ...pub, summary: 'One product', parameters: [idParam()], responses: { ...ok({ type: 'object', properties: { product } }), ...fail } },
      put: { summary: 'Edit my product', parameters: [idParam()], requestBody: form(productIn), responses: { ...ok({ type: 'object', properties: { product } }), ...fail } },
    },
    '/api/products/{id}/image': { post: { summary: 'Import the product picture from a URL', parameters: [idParam()], requestBody: json({ type: 'object', required: ['imageUrl'], properties: { imageUrl: { type: 'string', format: 'uri' } } }), responses: { ...ok({ type: 'object' }), ...fail } } },
    '/api/categories': { get: { ...pub, summary: 'Categories', responses: ok({ type: 'object' }) } },
    '/api/sellers': { get: { ...pub, summary: 'Public seller directory', responses: ok({ type: 'object' }) } },
    '/api/sellers/{username}': { get: { ...pub, summary: 'Public seller profile', parameters: [{ name: 'username', in: 'path', required: true, schema: { type: 'string' } }], responses: { ...ok({ type: 'object' }), ...fail } } },
    '/api/orders': { get: { summary: 'My orders (as buyer or seller)', responses: { ...ok({ type: 'object', properties: { orders: { type: 'array', items: { type: 'object' } } } }), ...fail } } },
    '/api/orders/{id}': { get: { summary: 'One of my orders', parameters: [idParam()], responses: { ...ok({ type: 'object' }), ...fail } } },
    '/api/payouts': { get: { summary: 'My payouts (sellers)', responses: { ...ok({ type: 'object' }), ...fail } } },
    '/api/admin/status': { get: { ...pub, summary: 'Load-balancer health check (public by design)', responses: ok({ type: 'object' }) } },
    '/api/admin/stats': { get: { tags: ['admin'], summary: 'Marketplace statistics (staff only)', responses: { ...ok({ type: 'object' }), ...fail } } },
    '/api/admin/users': { get: { tags: ['admin'], summary: 'Every account (staff only)', responses: { ...ok({ type: 'object' }), ...fail } } },
    '/api/admin/products/{id}/feature': { post: { tags: ['admin'], summary: 'Feature a product on the home page (staff only)', parameters: [idParam()], requestBody: json({ type: 'object', properties: { featured: { type: 'boolean' } } }), responses: { ...ok({ type: 'object' }), ...fail } } },
    '/api/webhooks/stripe': { post: { ...pub, summary: 'Stripe events (Stripe-Signature)', requestBody: json({ type: 'object' }), responses: { '200': { description: 'received' }, '400': { description: 'bad signature' } } } },
  };
  if (fixed) paths['/api/user/change-password'] = { post: { summary: 'Change my password', requestBody: form({ type: 'object', required: ['current', 'new'], properties: { current: { type: 'string', format: 'password' }, new: { type: 'string', format: 'password' } } }), responses: { '204': { description: 'changed' }, ...fail } } };
  else paths['/api/user/change-password'] = { get: { summary: 'Change my password', parameters: [{ name: 'new', in: 'query', required: true, schema: { type: 'string' } }, { name: 'current', in: 'query', schema: { type: 'string' } }], responses: { ...ok({ type: 'object' }), ...fail } } };
  return {
    openapi: '3.0.3',
    info: { title: 'Stallhub marketplace API', version: '2.3.1' },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: {
        cookieAuth: { type: 'apiKey', in: 'cookie', name: 'sid' },
        bearerAuth: { type: 'http', scheme: 'bearer', description: 'the same opaque session token as the sid cookie' },
      },
    },
    security: [{ cookieAuth: [] }, { bearerAuth: [] }],
    paths,
  };
}

export async function startMarket(o: { fixed: boolean }): Promise<EvalApp> {
  const fixed = o.fixed;
  const users = new Map<string, User>();
  const byName = (n: string) => [...users.values()].find((u) => u.username === n || u.email === n);
  let hashN = 0;
  const hashes = new Map<string, string>();
  for (const u of Object.values(MARKET_USERS)) {
    const user: User = { _id: oid(), username: u.username, email: u.email, password: u.password, role: u.role, isAdmin: u.role === 'admin', shopName: u.shopName, bio: '', createdAt: '2025-11-02T09:14:00.000Z' };
    users.set(user._id, user);
    hashes.set(user._id, bcrypt(hashN++));
  }
  const U = (n: string) => byName(n)!._id;
  const products = new Map<string, Product>();
  const addProduct = (seller: string, title: string, price: number, cats: string[]) => { const p: Product = { _id: oid(), seller: U(seller), title, price, description: `${title}, made to order.`, featured: false, categories: cats }; products.set(p._id, p); return p; };
  const pA1 = addProduct('alice', 'Alice\'s hand-thrown mug', 18.5, ['kitchen']);
  addProduct('alice', 'Alice\'s linen apron', 32, ['kitchen', 'textiles']);
  const pB1 = addProduct('bob', 'Bob\'s fixie wheelset', 240, ['bikes']);
  addProduct('bob', 'Bob\'s steel bottle cage', 12, ['bikes']);
  const pC1 = addProduct('carol', 'Carol\'s porcelain bowl', 26, ['kitchen']);
  const orders = new Map<string, Order>();
  const addOrder = (buyer: string, p: Product, addr: string) => { const o2: Order = { _id: oid(), buyer: U(buyer), seller: p.seller, productId: p._id, total: p.price, shippingAddress: addr, createdAt: '2026-11-20T10:00:00.000Z' }; orders.set(o2._id, o2); };
  addOrder('alice', pB1, '12 Rue des Lilas, Lyon');
  addOrder('bob', pC1, '4 Harbour Lane, Bristol');
  addOrder('carol', pB1, '77 Kastanienallee, Berlin');
  addOrder('carol', pA1, '77 Kastanienallee, Berlin');
  const payouts: Payout[] = [
    { _id: oid(), seller: U('alice'), amount: 412.5, iban: 'FR7630006000011234567890189' },
    { _id: oid(), seller: U('bob'), amount: 980, iban: 'GB82WEST12345698765432' },
    { _id: oid(), seller: U('carol'), amount: 156, iban: 'DE89370400440532013000' },
  ];
  const sessions = new Map<string, string>();
  const failed = new Map<string, number[]>();
  const signups: number[] = [];

  const j = (status: number, data: unknown, headers: Record<string, string | string[]> = {}): Res => ({ status, headers, body: status < 400 ? { status: 'success', data } : status < 500 ? { status: 'fail', data } : { status: 'error', message: String((data as { message?: string })?.message ?? data) } });
  const failMsg = (status: number, message: string) => j(status, { message });
  const who = (r: Req): User | undefined => {
    const auth = String(r.headers.authorization ?? '');
    const tok = auth.toLowerCase().startsWith('bearer ') ? auth.slice(7).trim() : r.cookies.sid;
    const id = tok ? sessions.get(tok) : undefined;
    return id ? users.get(id) : undefined;
  };
  const publicUser = (u: User) => ({ _id: u._id, username: u.username, email: u.email, role: u.role, isAdmin: u.isAdmin, shopName: u.shopName, bio: u.bio, createdAt: u.createdAt });
  const field = (r: Req, k: string): string | undefined => { const b = r.body as Record<string, unknown> | undefined; const v = b && typeof b === 'object' ? b[k] : undefined; return v === undefined || v === null ? undefined : String(v); };
  const bool = (v: unknown) => v === true || v === 'true' || v === '1' || v === 'on';
  const malformed = (r: Req): Res | undefined => {
    if (!r.parseError) return undefined;
    if (fixed) return failMsg(400, 'Malformed JSON body');
    // Express's finalhandler in NODE_ENV=development renders the error with its stack (body-parser's 400)
    const stack = `SyntaxError: ${r.parseError.message}<br> &nbsp; &nbsp;at JSON.parse (&lt;anonymous&gt;)<br> &nbsp; &nbsp;at parse (/srv/stallhub/node_modules/body-parser/lib/types/json.js:92:19)<br> &nbsp; &nbsp;at /srv/stallhub/node_modules/body-parser/lib/read.js:128:18<br> &nbsp; &nbsp;at AsyncResource.runInAsyncScope (node:async_hooks:206:9)<br> &nbsp; &nbsp;at invokeCallback (/srv/stallhub/node_modules/raw-body/index.js:238:16)`;
    return { status: 400, headers: { 'Content-Type': 'text/html; charset=utf-8' }, text: `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n<pre>${stack}</pre>\n</body>\n</html>\n` };
  };
  const authed = (h: (r: Req, u: User) => Res | Promise<Res>) => async (r: Req): Promise<Res> => {
    const bad = malformed(r);
    if (bad) return bad;
    const u = who(r);
    if (!u) return failMsg(401, 'Please sign in');
    return h(r, u);
  };
  const open = (h: (r: Req) => Res | Promise<Res>) => async (r: Req): Promise<Res> => malformed(r) ?? h(r);
  const isOid = (s: string) => /^[0-9a-f]{24}$/.test(s);
  const productOut = (p: Product) => ({ ...p });

  const router = new Router();
  router.add('POST', '/api/auth/login', open((r) => {
    const ip = 'one';
    const now = Date.now();
    const recent = (failed.get(ip) ?? []).filter((t) => now - t < 60_000);
    if (fixed && recent.length >= 8) return { ...failMsg(429, 'Too many attempts, try again later'), headers: { 'Retry-After': '60' } };
    const name = field(r, 'username') ?? field(r, 'email');
    const pass = field(r, 'password');
    if (!name || !pass) return failMsg(400, 'username and password are required');
    const u = byName(name);
    if (!u || u.password !== pass) {
      failed.set(ip, [...recent, now]);
      if (fixed) return failMsg(401, 'Invalid username or password');
      return u ? failMsg(401, 'Incorrect password') : failMsg(404, 'No user with that username');
    }
    const token = randomBytes(24).toString('hex');
    sessions.set(token, u._id);
    const cookie = fixed ? `sid=${token}; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=86400` : `sid=${token}; Path=/; Max-Age=86400`;
    return j(200, { token, user: { _id: u._id, username: u.username, role: u.role } }, { 'Set-Cookie': cookie });
  }));
  router.add('POST', '/api/auth/logout', authed((r) => { const t = r.cookies.sid ?? String(r.headers.authorization ?? '').slice(7); sessions.delete(t); return { status: 204, headers: { 'Set-Cookie': 'sid=; Path=/; Max-Age=0' } }; }));
  router.add('POST', '/api/auth/register', open((r) => {
    const now = Date.now();
    while (signups.length && now - signups[0]! > 60_000) signups.shift();
    if (signups.length >= 15) return { ...failMsg(429, 'Too many sign-ups from this address'), headers: { 'Retry-After': '60' } };
    signups.push(now);
    const email = field(r, 'email');
    const password = field(r, 'password');
    if (!email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) return j(400, { email: 'A valid email is required' });
    if (!password) return j(400, { password: 'Password is required' });
    if (fixed && (password.length < 10 || COMMON_PASSWORDS.has(password) || password.toLowerCase().includes(email.split('@')[0]!.toLowerCase()))) return j(400, { password: 'Use at least 10 characters that are not a common password' });
    const existing = byName(email);
    if (existing) return fixed ? j(202, { message: 'Check your inbox to confirm your account' }) : j(409, { email: 'Email already registered' });
    const username = (field(r, 'username') ?? email.split('@')[0]!).toLowerCase().replace(/[^a-z0-9_-]/g, '').slice(0, 30) || `user${users.size}`;
    const u: User = { _id: oid(), username: byName(username) ? `${username}${users.size}` : username, email, password, role: 'buyer', isAdmin: false, shopName: '', bio: '', createdAt: new Date().toISOString() };
    users.set(u._id, u);
    hashes.set(u._id, bcrypt(hashN++));
    return fixed ? j(202, { message: 'Check your inbox to confirm your account' }) : j(201, { user: publicUser(u) });
  }));
  router.add('GET', '/api/users/me', authed((_r, u) => j(200, { user: publicUser(u) }, { 'Cache-Control': fixed ? 'no-store' : 'public, max-age=300' })));
  router.add('PATCH', '/api/users/me', authed((r, u) => {
    const b = (r.body ?? {}) as Record<string, unknown>;
    if (typeof b !== 'object' || Array.isArray(b)) return failMsg(400, 'Expected an object');
    if (b.role !== undefined && !['buyer', 'seller'].includes(String(b.role))) return j(400, { role: 'role must be one of buyer, seller' });
    if (b.shopName !== undefined) { if (typeof b.shopName !== 'string' || b.shopName.length > 80) return j(400, { shopName: 'shopName must be a string of at most 80 characters' }); u.shopName = b.shopName; }
    if (b.bio !== undefined) { if (typeof b.bio !== 'string' || b.bio.length > 500) return j(400, { bio: 'bio must be a string of at most 500 characters' }); u.bio = b.bio; }
    if (b.role !== undefined && u.role !== 'admin') u.role = String(b.role) as User['role'];
    if (!fixed && b.isAdmin !== undefined) u.isAdmin = bool(b.isAdmin); // Object.assign(user, pick(body, schemaKeys)) with isAdmin in the Mongoose schema
    return j(200, { user: publicUser(u) }, { 'Cache-Control': 'no-store' });
  }));
  router.add('PUT', '/api/users/{username}/password', authed((r, u) => {
    const target = byName(r.params.username!);
    if (!target) return failMsg(404, 'No such user');
    const pw = field(r, 'password');
    if (!pw) return j(400, { password: 'Password is required' });
    if (fixed) {
      if (target._id !== u._id && !u.isAdmin) return failMsg(403, 'You can only change your own password');
      if (target._id === u._id && field(r, 'currentPassword') !== u.password) return failMsg(403, 'Current password is wrong');
      if (pw.length < 10) return j(400, { password: 'Use at least 10 characters' });
    }
    target.password = pw;
    return { status: 204, headers: {} };
  }));
  if (fixed) {
    router.add('POST', '/api/user/change-password', authed((r, u) => {
      if (field(r, 'current') !== u.password) return failMsg(403, 'Current password is wrong');
      const pw = field(r, 'new');
      if (!pw || pw.length < 10) return j(400, { new: 'Use at least 10 characters' });
      u.password = pw;
      return { status: 204, headers: {} };
    }));
  } else {
    router.add('GET', '/api/user/change-password', authed((r, u) => {
      const pw = r.query.get('new');
      const current = r.query.get('current');
      if (!pw) return j(400, { new: 'new password is required' });
      if (current !== null && current !== u.password) return failMsg(401, 'Current password is wrong'); // `current` is optional: the check is skipped when absent
      u.password = pw;
      return j(200, { message: 'Password changed' });
    }));
  }
  router.add('GET', '/api/products', open((r) => {
    const cat = r.query.get('category');
    const list = [...products.values()].filter((p) => !cat || p.categories.includes(cat)).map(productOut);
    return j(200, { products: list, total: list.length }, { 'Cache-Control': 'public, max-age=60' });
  }));
  router.add('POST', '/api/products', authed((r, u) => {
    if (u.role !== 'seller' && u.role !== 'admin') return failMsg(403, 'Only sellers can list products');
    const title = field(r, 'title');
    const price = Number(field(r, 'price'));
    if (!title || title.length > 120) return j(400, { title: 'title is required (at most 120 characters)' });
    if (!Number.isFinite(price) || price <= 0) return j(400, { price: 'price must be a positive number' });
    const p: Product = { _id: oid(), seller: u._id, title, price, description: field(r, 'description') ?? '', featured: false, categories: [] };
    if (!fixed && field(r, 'featured') !== undefined) p.featured = bool((r.body as Record<string, unknown>).featured);
    products.set(p._id, p);
    return j(201, { product: productOut(p) });
  }));
  router.add('GET', '/api/products/{id}', open((r) => {
    const p = isOid(r.params.id!) ? products.get(r.params.id!) : undefined;
    return p ? j(200, { product: productOut(p) }, { 'Cache-Control': 'public, max-age=60' }) : failMsg(404, 'Product not found');
  }));
  router.add('PUT', '/api/products/{id}', authed((r, u) => {
    const p = isOid(r.params.id!) ? products.get(r.params.id!) : undefined;
    if (!p) return failMsg(404, 'Product not found');
    if (fixed && p.seller !== u._id && !u.isAdmin) return failMsg(403, 'You can only edit your own products');
    const title = field(r, 'title');
    const price = field(r, 'price');
    if (title !== undefined) { if (!title || title.length > 120) return j(400, { title: 'title must be 1-120 characters' }); p.title = title; }
    if (price !== undefined) { const n = Number(price); if (!Number.isFinite(n) || n <= 0) return j(400, { price: 'price must be a positive number' }); p.price = n; }
    const d = field(r, 'description');
    if (d !== undefined) p.description = d;
    return j(200, { product: productOut(p) });
  }));
  router.add('POST', '/api/products/{id}/image', authed(async (r, u) => {
    const p = isOid(r.params.id!) ? products.get(r.params.id!) : undefined;
    if (!p) return failMsg(404, 'Product not found');
    if (p.seller !== u._id && !u.isAdmin) return failMsg(403, 'You can only edit your own products');
    const url = field(r, 'imageUrl');
    if (!url) return j(400, { imageUrl: 'imageUrl is required' });
    let parsed: URL;
    try { parsed = new URL(url); } catch { return j(400, { imageUrl: 'imageUrl must be a URL' }); }
    if (fixed && (parsed.protocol !== 'https:' || parsed.hostname !== 'images.stallhub.test')) return j(400, { imageUrl: 'Images must be uploaded to images.stallhub.test' });
    const got = await fetchText(parsed.href);
    if ('error' in got) return failMsg(502, `Could not fetch the image: ${got.error}`);
    p.imageUrl = parsed.href;
    return j(200, { product: productOut(p), fetched: { status: got.status, bytes: got.text.length } });
  }));
  router.add('GET', '/api/categories', open(() => j(200, { categories: ['kitchen', 'textiles', 'bikes', 'garden'] }, { 'Cache-Control': 'public, max-age=3600' })));
  router.add('GET', '/api/sellers', open(() => j(200, { sellers: [...users.values()].filter((u) => u.role === 'seller').map((u) => ({ username: u.username, shopName: u.shopName })) }, { 'Cache-Control': 'public, max-age=60' })));
  router.add('GET', '/api/sellers/{username}', open((r) => {
    const u = byName(r.params.username!);
    if (!u || u.role !== 'seller') return failMsg(404, 'Seller not found');
    const base = { username: u.username, shopName: u.shopName, bio: u.bio, rating: 4.8, products: [...products.values()].filter((p) => p.seller === u._id).length };
    // the flawed build serialises the whole Mongoose document
    return j(200, { seller: fixed ? base : { ...base, _id: u._id, email: u.email, passwordHash: hashes.get(u._id), createdAt: u.createdAt } });
  }));
  const orderVisible = (o2: Order, u: User) => o2.buyer === u._id || o2.seller === u._id || u.isAdmin && u.role === 'admin';
  router.add('GET', '/api/orders', authed((_r, u) => {
    const list = [...orders.values()].filter((o2) => !fixed || orderVisible(o2, u));
    return j(200, { orders: list, total: list.length }, { 'Cache-Control': 'no-store' });
  }));
  router.add('GET', '/api/orders/{id}', authed((r, u) => {
    const o2 = isOid(r.params.id!) ? orders.get(r.params.id!) : undefined;
    if (!o2 || (fixed && !orderVisible(o2, u))) return failMsg(404, 'Order not found');
    return j(200, { order: o2 }, { 'Cache-Control': 'no-store' });
  }));
  router.add('GET', '/api/payouts', open((r) => {
    const u = who(r);
    if (!u) return fixed ? failMsg(401, 'Please sign in') : j(200, { payouts }, { 'Cache-Control': 'no-store' }); // `if (req.user)` filter, no auth middleware
    return j(200, { payouts: payouts.filter((p) => p.seller === u._id) }, { 'Cache-Control': 'no-store' });
  }));
  router.add('GET', '/api/admin/status', open(() => j(200, { ok: true, uptime: Math.round(process.uptime()) }, { 'Cache-Control': 'no-store' })));
  const admin = (h: (r: Req, u: User) => Res | Promise<Res>, enforcedInFlawed: boolean) => authed((r, u) => (u.role !== 'admin' && (fixed || enforcedInFlawed) ? failMsg(403, 'Staff only') : h(r, u)));
  router.add('GET', '/api/admin/stats', admin(() => j(200, { users: users.size, products: products.size, orders: orders.size, gmv: [...orders.values()].reduce((s, o2) => s + o2.total, 0), payoutsDue: payouts.reduce((s, p) => s + p.amount, 0) }, { 'Cache-Control': 'no-store' }), false));
  router.add('GET', '/api/admin/users', admin(() => j(200, { users: [...users.values()].map(publicUser) }, { 'Cache-Control': 'no-store' }), true));
  router.add('POST', '/api/admin/products/{id}/feature', admin((r) => {
    const p = isOid(r.params.id!) ? products.get(r.params.id!) : undefined;
    if (!p) return failMsg(404, 'Product not found');
    const f = field(r, 'featured');
    p.featured = f === undefined ? true : bool((r.body as Record<string, unknown>).featured);
    return j(200, { product: productOut(p) });
  }, false));
  router.add('POST', '/api/webhooks/stripe', async (r) => {
    if (r.parseError) return failMsg(400, 'Invalid payload');
    if (fixed) {
      const sig = String(r.headers['stripe-signature'] ?? '');
      const parts = Object.fromEntries(sig.split(',').map((kv) => kv.split('=', 2) as [string, string]));
      const t = Number(parts.t);
      const expected = createHmac('sha256', MARKET_WEBHOOK_SECRET).update(`${parts.t}.${r.raw}`).digest('hex');
      const given = Buffer.from(parts.v1 ?? '', 'utf8');
      if (!parts.t || !parts.v1 || given.length !== expected.length || !timingSafeEqual(given, Buffer.from(expected)) || !Number.isFinite(t) || Math.abs(Date.now() / 1000 - t) > 300) return failMsg(400, 'Invalid signature');
    }
    return { status: 200, headers: {}, body: { received: true } };
  });
  router.add('GET', '/api/openapi.json', () => ({ status: 200, headers: { 'Cache-Control': 'public, max-age=60' }, body: marketOpenapi(fixed) }));
  router.add('GET', '/.env', () => (fixed ? failMsg(404, 'Not found') : { status: 200, headers: { 'Content-Type': 'application/octet-stream' }, text: `NODE_ENV=development\nPORT=3000\nMONGO_URL=mongodb://stallhub:${'mongo'}-fixture-pass@127.0.0.1:27017/stallhub\nSESSION_SECRET=stallhub-fixture-session-secret\nSTRIPE_WEBHOOK_SECRET=${MARKET_WEBHOOK_SECRET.slice(0, 10)}...\n` }));
  router.add('GET', '/', () => ({ status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': "default-src 'self'; frame-ancestors 'none'" }, text: '<!doctype html><title>Stallhub</title><div id="root"></div>' }));

  const ALLOWED_ORIGIN = 'https://stallhub.test';
  const server = await serve({
    router,
    before: (r) => {
      if (r.method === 'OPTIONS') {
        const origin = String(r.headers.origin ?? '');
        const allow = fixed ? origin === ALLOWED_ORIGIN : !!origin;
        const headers: Record<string, string> = allow ? { 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Credentials': 'true', 'Access-Control-Allow-Methods': 'GET,POST,PUT,PATCH', 'Access-Control-Allow-Headers': 'Authorization, Content-Type', Vary: 'Origin' } : { Vary: 'Origin' };
        return { status: 204, headers };
      }
      return undefined;
    },
    after: (r, res) => {
      const origin = String(r.headers.origin ?? '');
      if (origin && (fixed ? origin === ALLOWED_ORIGIN : true)) { res.headers['Access-Control-Allow-Origin'] = origin; res.headers['Access-Control-Allow-Credentials'] = 'true'; res.headers.Vary = 'Origin'; }
      res.headers.Server = fixed ? 'nginx' : 'nginx/1.18.0';
      res.headers['X-Content-Type-Options'] = 'nosniff';
      res.headers['X-Frame-Options'] = 'DENY';
      if (!fixed) res.headers['X-Powered-By'] = 'Express';
      if (!res.headers['Cache-Control'] && r.path.startsWith('/api/') && who(r)) res.headers['Cache-Control'] = 'no-store';
    },
    notFound: (r) => failMsg(404, `Cannot ${r.method} ${r.path}`),
    methodNotAllowed: (r) => failMsg(404, `Cannot ${r.method} ${r.path}`),
    tooLarge: () => failMsg(413, 'request entity too large'),
  });
  return Object.assign(server, { fixed });
}

/** The config a new user writes from docs/api.md for Stallhub (staging copy: writes allowed). */
export function marketConfig(app: { url: string }, reportDir: string): Record<string, unknown> {
  const login = { path: '/api/auth/login', format: 'form', body: { username: '{{email}}', password: '{{password}}' }, token: { from: 'json', path: 'data.token' } };
  const person = (name: keyof typeof MARKET_USERS, tenant: string | undefined, role: string) => ({ name, ...(tenant ? { tenant } : {}), role, email: MARKET_USERS[name].email, password: MARKET_USERS[name].password, login });
  return {
    version: 1,
    report: { dir: reportDir },
    network: { budget: 3000, rate: 200 },
    api: {
      baseUrl: app.url,
      openapi: `${app.url}/api/openapi.json`,
      allowWrites: true,
      identities: [person('alice', 'alice-crafts', 'seller'), person('bob', 'bobs-bikes', 'seller'), person('root', undefined, 'admin')],
      signup: { path: '/api/auth/register', format: 'form' },
      webhooks: [{ path: '/api/webhooks/stripe', scheme: 'stripe', secret: MARKET_WEBHOOK_SECRET }],
      corsOrigins: ['https://stallhub.test'],
    },
  };
}
