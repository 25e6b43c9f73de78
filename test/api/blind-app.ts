import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { mailpitServer, type Mail } from './mailpit.js';

/**
 * "Ledgerly": a project-and-billing API written on purpose unlike the demo, the CRM and the tricky app, so the API
 * engine is measured on a style it was not tuned on (issue #5, blind evaluation):
 * - every route under /v1/ (the OpenAPI document says `servers: [{url: /v1}]` and lists paths without it);
 * - tenants ("orgs") have numeric ids and are addressed in the path: /v1/orgs/{orgId}/projects/{projectId};
 *   invoices are top-level with UUID ids, notes numeric;
 * - people log in by an HTML-style form post (username/password, urlencoded) answered 303 See Other + a session
 *   cookie; the platform operator uses an API key header that is a HS256 JWT;
 * - roles member < admin < platform; /v1/platform/* is for the platform only; admin routes are marked only by
 *   their descriptions ("org admins only");
 * - list answers are {data: [...], meta: {...}} envelopes; denials are 404 on some routes, 403 on others and
 *   200 + {"error": ...} on invoices and platform routes;
 * - webhooks GitHub-style (X-Hub-Signature-256: sha256=) and Stripe-style (Stripe-Signature: t=,v1=);
 * - the password-reset mail goes to a Mailpit-compatible HTTP mailbox (GET /api/v1/messages, /api/v1/message/{ID})
 *   on its own port;
 * - the fixed twin rate-limits per IP + account.
 *
 * `fixed: false` plants the flaws in BLIND_FLAWS; `fixed: true` fixes every one of them.
 */

export interface BlindFlaw {
  id: string;
  checkId: string;
  /** route template as the engine reports it (location.path); undefined = not route-specific */
  path?: string;
  what: string;
}

/** The written ground truth: each planted flaw and the finding that must report it. */
export const BLIND_FLAWS: BlindFlaw[] = [
  { id: 'authn-files', checkId: 'api/authn-missing', path: '/v1/orgs/{orgId}/files', what: 'org file list answers without a session' },
  { id: 'bola-projects', checkId: 'api/bola', path: '/v1/orgs/{orgId}/projects/{projectId}', what: 'project item ignores org membership (path-nested, numeric ids)' },
  { id: 'bola-invoices', checkId: 'api/bola', path: '/v1/invoices/{invoiceId}', what: 'invoice item (UUID) readable by another tenant' },
  { id: 'bola-notes', checkId: 'api/bola', path: '/v1/notes/{noteId}', what: 'private note readable by another user of the same org' },
  { id: 'bfla-audit', checkId: 'api/bfla', path: '/v1/orgs/{orgId}/audit-log', what: 'audit log (org admins only) readable by members' },
  { id: 'bfla-platform', checkId: 'api/bfla', path: '/v1/platform/tenants', what: 'platform tenant list readable by org admins' },
  { id: 'jwt-none', checkId: 'api/jwt-alg-none', what: 'API-key JWT accepted with alg none' },
  { id: 'jwt-expired', checkId: 'api/jwt-expired', what: 'API-key JWT accepted after exp' },
  { id: 'rl-login', checkId: 'api/rate-limit', path: '/v1/session', what: 'no limit on failed logins' },
  { id: 'rl-reset', checkId: 'api/rate-limit', path: '/v1/password/forgot', what: 'no limit on reset requests' },
  { id: 'rl-invite', checkId: 'api/rate-limit', path: '/v1/orgs/{orgId}/invites', what: 'no limit on invites' },
  { id: 'rl-webhook', checkId: 'api/rate-limit', path: '/v1/hooks/github', what: 'no limit on failed webhook deliveries' },
  { id: 'enum-login', checkId: 'api/user-enumeration', path: '/v1/session', what: 'login says "no such user" vs "wrong password"' },
  { id: 'err-500', checkId: 'api/error-handling', path: '/v1/orgs/{orgId}/projects', what: 'malformed JSON on project create answers 500' },
  { id: 'ma-role', checkId: 'api/mass-assignment', path: '/v1/me', what: 'PATCH /v1/me accepts role' },
  { id: 'ma-status', checkId: 'api/mass-assignment', path: '/v1/invoices/{invoiceId}', what: 'PATCH invoice accepts status (mark own invoice paid)' },
  { id: 'sf-hash', checkId: 'api/sensitive-fields', path: '/v1/orgs/{orgId}/members', what: 'member list carries bcrypt password hashes' },
  { id: 'sf-internal', checkId: 'api/sensitive-fields', path: '/v1/invoices/{invoiceId}', what: 'invoice shows staff-only internalNotes to customers' },
  { id: 'sf-foreign-email', checkId: 'api/sensitive-fields', path: '/v1/directory', what: 'people directory lists other tenants\' emails' },
  { id: 'wh-unsigned', checkId: 'api/webhook-signature', path: '/v1/hooks/github', what: 'GitHub hook accepts deliveries without a signature header' },
  { id: 'wh-stale', checkId: 'api/webhook-replay', path: '/v1/hooks/billing', what: 'Stripe-style hook has no timestamp tolerance' },
  { id: 'reset-reuse', checkId: 'api/reset-token', path: '/v1/password/reset', what: 'reset token works more than once' },
  { id: 'cors', checkId: 'api/cors', what: 'Origin reflected with Allow-Credentials' },
  { id: 'slow', checkId: 'perf/latency-p95', path: '/v1/orgs/{orgId}/reports/summary', what: 'summary report takes ~700 ms' },
];

const pw = (s: string) => `Blind-${s}-pw-2026!`;
const BCRYPT = (n: number) => `$2b$12$${'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUV'.slice(n % 5)}${'0123456789'.repeat(2)}`.slice(0, 60);

interface User {
  id: number;
  name: string;
  username: string;
  email: string;
  password: string;
  orgId?: number;
  role: 'member' | 'admin' | 'platform';
  displayName: string;
}

export const BLIND_USERS: User[] = [
  { id: 7, name: 'alice', username: 'alice@acme.test', email: 'alice@acme.test', password: pw('alice'), orgId: 101, role: 'member', displayName: 'Alice' },
  { id: 8, name: 'carol', username: 'carol@acme.test', email: 'carol@acme.test', password: pw('carol'), orgId: 101, role: 'member', displayName: 'Carol' },
  { id: 9, name: 'dave', username: 'dave@acme.test', email: 'dave@acme.test', password: pw('dave'), orgId: 101, role: 'admin', displayName: 'Dave' },
  { id: 21, name: 'bob', username: 'bob@globex.test', email: 'bob@globex.test', password: pw('bob'), orgId: 202, role: 'member', displayName: 'Bob' },
  { id: 22, name: 'erin', username: 'erin@globex.test', email: 'erin@globex.test', password: pw('erin'), orgId: 202, role: 'admin', displayName: 'Erin' },
];

/** HS256 key of the platform API-key JWTs (given to the audit as api.jwt.secret). */
export const BLIND_JWT_SECRET = ['ledgerly', 'platform', 'signing', randomBytes(6).toString('hex')].join('-');
export const BLIND_WEBHOOK_SECRETS = { github: `ghsec_${randomBytes(12).toString('hex')}`, billing: `whsec_${randomBytes(12).toString('hex')}` };

const b64u = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
export function platformKey(expInSec = 3600): string {
  const now = Math.floor(Date.now() / 1000);
  const head = b64u({ alg: 'HS256', typ: 'JWT' });
  const body = b64u({ sub: 'ops-1', role: 'platform', iss: 'ledgerly', iat: now, exp: now + expInSec });
  return `${head}.${body}.${createHmac('sha256', BLIND_JWT_SECRET).update(`${head}.${body}`).digest('base64url')}`;
}

const ORGS = [
  { id: 101, name: 'Acme', plan: 'business', mrr: 1200 },
  { id: 202, name: 'Globex', plan: 'starter', mrr: 90 },
];

function seed() {
  return {
    projects: [
      { id: 5001, orgId: 101, name: 'Apollo', budget: 12000, status: 'active' },
      { id: 5002, orgId: 101, name: 'Borealis', budget: 8000, status: 'active' },
      { id: 6001, orgId: 202, name: 'Gemini', budget: 3000, status: 'active' },
    ],
    invoices: [
      { id: randomUUID(), orgId: 101, number: 'INV-2026-0001', amount: 4200, currency: 'EUR', status: 'open', memo: 'March', internalNotes: 'late payer, do not extend credit' },
      { id: randomUUID(), orgId: 101, number: 'INV-2026-0002', amount: 990, currency: 'EUR', status: 'open', memo: 'April', internalNotes: 'discount agreed by phone' },
      { id: randomUUID(), orgId: 202, number: 'INV-2026-0101', amount: 350, currency: 'USD', status: 'open', memo: 'Q1', internalNotes: 'churn risk' },
    ],
    notes: [
      { id: 31, authorId: 7, title: 'Salary review', body: 'alice private note' },
      { id: 32, authorId: 8, title: 'Interview feedback', body: 'carol private note' },
      { id: 33, authorId: 9, title: 'Board prep', body: 'dave private note' },
      { id: 41, authorId: 21, title: 'Vendor list', body: 'bob private note' },
    ],
    files: [
      { id: 'fl_a1', orgId: 101, name: 'contract-acme.pdf', size: 120331 },
      { id: 'fl_g1', orgId: 202, name: 'contract-globex.pdf', size: 99120 },
    ],
    audit: [
      { id: 1, orgId: 101, actor: 'dave@acme.test', action: 'member.invited', at: '2026-03-01T10:00:00Z' },
      { id: 2, orgId: 202, actor: 'erin@globex.test', action: 'plan.changed', at: '2026-03-02T10:00:00Z' },
    ],
  };
}

/** OpenAPI 3.1 document of the API (no launchready extensions: what a team would publish). */
export function blindOpenApi(): Record<string, unknown> {
  const idNum = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'integer' } });
  const idUuid = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string', format: 'uuid' } });
  const ok = (description: string) => ({ '200': { description, content: { 'application/json': { schema: { type: 'object' } } } } });
  return {
    openapi: '3.1.0',
    info: { title: 'Ledgerly API', version: '2026.3' },
    servers: [{ url: '/v1' }],
    security: [{ session: [] }, { apiKey: [] }],
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'ledgerly_sid' },
        apiKey: { type: 'apiKey', in: 'header', name: 'X-Api-Key' },
      },
    },
    paths: {
      '/health': { get: { security: [], responses: ok('liveness') } },
      '/plans': { get: { security: [], responses: ok('public price list') } },
      '/session': {
        post: {
          security: [],
          summary: 'Sign in (form post); answers 303 with a session cookie',
          requestBody: { content: { 'application/x-www-form-urlencoded': { schema: { type: 'object', properties: { username: { type: 'string' }, password: { type: 'string' } }, required: ['username', 'password'] } } } },
          responses: { '303': { description: 'signed in' }, '401': { description: 'bad credentials' } },
        },
      },
      '/password/forgot': { post: { security: [], requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { email: { type: 'string', format: 'email' } } } } } }, responses: { '202': { description: 'mail sent if the account exists' } } } },
      '/password/reset': { post: { security: [], requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { token: { type: 'string' }, password: { type: 'string' } } } } } }, responses: ok('password changed') } },
      '/hooks/github': { post: { security: [], summary: 'GitHub App events', requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { action: { type: 'string' } } } } } }, responses: ok('received') } },
      '/hooks/billing': { post: { security: [], summary: 'payment provider events', requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { id: { type: 'string' }, type: { type: 'string' } } } } } }, responses: ok('received') } },
      '/me': {
        get: { responses: ok('the signed-in user') },
        patch: { requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { displayName: { type: 'string' } } } } } }, responses: ok('updated') },
      },
      '/directory': { get: { summary: 'people search', parameters: [{ name: 'q', in: 'query', schema: { type: 'string' } }], responses: ok('people') } },
      '/notes': { get: { summary: 'my private notes', responses: ok('notes') } },
      '/notes/{noteId}': { get: { parameters: [idNum('noteId')], responses: ok('note') } },
      '/invoices': { get: { parameters: [{ name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } }], responses: ok('invoices of my org') } },
      '/invoices/{invoiceId}': {
        get: { parameters: [idUuid('invoiceId')], responses: ok('invoice') },
        patch: { parameters: [idUuid('invoiceId')], requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { memo: { type: 'string' } } } } } }, responses: ok('updated') },
      },
      '/orgs/{orgId}/projects': {
        get: { parameters: [idNum('orgId')], responses: ok('projects') },
        post: { parameters: [idNum('orgId')], requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { name: { type: 'string' }, budget: { type: 'integer' } } } } } }, responses: { '201': { description: 'created' } } },
      },
      '/orgs/{orgId}/projects/{projectId}': { get: { parameters: [idNum('orgId'), idNum('projectId')], responses: ok('project') } },
      '/orgs/{orgId}/members': { get: { parameters: [idNum('orgId')], responses: ok('members of the org') } },
      '/orgs/{orgId}/files': { get: { parameters: [idNum('orgId')], responses: ok('files') } },
      '/orgs/{orgId}/reports/summary': { get: { parameters: [idNum('orgId')], responses: ok('summary') } },
      '/orgs/{orgId}/audit-log': { get: { parameters: [idNum('orgId')], description: 'Security audit trail. Visible to org admins only.', responses: ok('entries') } },
      '/orgs/{orgId}/invites': { post: { parameters: [idNum('orgId')], description: 'Invite a colleague. Org admins only.', requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { email: { type: 'string', format: 'email' } } } } } }, responses: { '201': { description: 'invited' } } } },
      '/platform/tenants': { get: { summary: 'all tenants (platform operators)', responses: ok('tenants') } },
    },
  };
}

export interface BlindApp {
  url: string;
  mailboxUrl: string;
  hits: Map<string, number>;
  close(): Promise<void>;
}


function listen(server: Server): Promise<number> {
  return new Promise((r) => server.listen(0, '127.0.0.1', () => r((server.address() as { port: number }).port)));
}

export async function startBlind(opts: { fixed: boolean }): Promise<BlindApp> {
  const fixed = opts.fixed;
  const db = seed();
  const users = BLIND_USERS.map((u) => ({ ...u }));
  const sessions = new Map<string, number>();
  const resetTokens = new Map<string, { userId: number; used: boolean }>();
  const latestReset = new Map<number, string>();
  const seenEvents = new Set<string>();
  const failures = new Map<string, number>();
  const mails: Mail[] = [];
  const hits = new Map<string, number>();
  const limited = (key: string, max: number) => fixed && (failures.get(key) ?? 0) >= max;
  const fail = (key: string) => failures.set(key, (failures.get(key) ?? 0) + 1);

  const send = (req: IncomingMessage, res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    const text = body === undefined ? '' : JSON.stringify(body);
    const h: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'content-security-policy': "frame-ancestors 'none'", 'content-length': String(Buffer.byteLength(text)), ...headers };
    const origin = req.headers.origin;
    if (!fixed && origin) {
      h['access-control-allow-origin'] = origin;
      h['access-control-allow-credentials'] = 'true';
    } else if (origin === 'https://app.ledgerly.test') {
      h['access-control-allow-origin'] = origin;
      h['access-control-allow-credentials'] = 'true';
    }
    res.writeHead(status, h);
    res.end(text);
  };
  const page = <T>(items: T[]) => ({ data: items, meta: { page: 1, perPage: 50, total: items.length } });
  const publicUser = (u: User) => ({ id: u.id, name: u.displayName, email: u.email, role: u.role, ...(fixed ? {} : { passwordHash: BCRYPT(u.id) }) });

  function verifyKey(key: string): User | undefined {
    const parts = key.split('.');
    if (parts.length !== 3) return undefined;
    let header: { alg?: string };
    let claims: { sub?: string; role?: string; exp?: number };
    try {
      header = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString()) as typeof header;
      claims = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString()) as typeof claims;
    } catch {
      return undefined;
    }
    const alg = String(header.alg ?? '');
    if (alg.toLowerCase() === 'none') {
      if (fixed) return undefined; // planted: the flawed build trusts unsigned keys
    } else {
      if (alg !== 'HS256') return undefined;
      const want = createHmac('sha256', BLIND_JWT_SECRET).update(`${parts[0]}.${parts[1]}`).digest();
      const got = Buffer.from(parts[2]!, 'base64url');
      if (got.length !== want.length || !timingSafeEqual(got, want)) return undefined;
    }
    if (fixed && (typeof claims.exp !== 'number' || claims.exp < Date.now() / 1000)) return undefined;
    // Not in the ground truth (noticed by the engine on the first run): the flawed build ignores iss as well.
    if (fixed && (claims as { iss?: string }).iss !== 'ledgerly') return undefined;
    if (claims.role !== 'platform') return undefined;
    return { id: 1, name: 'ops', username: 'ops', email: 'ops@ledgerly.test', password: '', role: 'platform', displayName: 'Platform ops' };
  }

  function whoami(req: IncomingMessage): User | undefined {
    const key = req.headers['x-api-key'];
    if (typeof key === 'string') return verifyKey(key);
    const sid = /(?:^|;\s*)ledgerly_sid=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
    const id = sid ? sessions.get(sid) : undefined;
    return id === undefined ? undefined : users.find((u) => u.id === id);
  }

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const p = url.pathname;
    const method = req.method ?? 'GET';
    hits.set(`${method} ${p}`, (hits.get(`${method} ${p}`) ?? 0) + 1);
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const c of req) {
      size += (c as Buffer).length;
      if (size > 200_000) return send(req, res, 413, { error: 'payload too large' });
      chunks.push(c as Buffer);
    }
    const raw = Buffer.concat(chunks).toString('utf8');
    const ip = req.socket.remoteAddress ?? '?';
    const jsonBody = (): Record<string, unknown> | undefined => {
      try {
        const v = JSON.parse(raw || '{}') as unknown;
        return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
      } catch {
        return undefined;
      }
    };
    if (!p.startsWith('/v1/')) return send(req, res, 404, { error: 'not found' });

    // ---- public -------------------------------------------------------------------------------------------
    if (p === '/v1/health' && method === 'GET') return send(req, res, 200, { status: 'up' });
    if (p === '/v1/plans' && method === 'GET') return send(req, res, 200, page([{ id: 'starter', price: 0 }, { id: 'business', price: 49 }]));

    if (p === '/v1/session' && method === 'POST') {
      const form = new URLSearchParams(raw);
      const username = form.get('username') ?? '';
      const key = `${ip}|${username.toLowerCase()}`;
      if (limited(key, 5)) return send(req, res, 429, { error: 'too many attempts' }, { 'retry-after': '900' });
      const u = users.find((x) => x.username === username);
      if (!u || u.password !== form.get('password')) {
        fail(key);
        // planted: the flawed build tells which usernames exist
        return send(req, res, 401, { error: fixed ? 'invalid username or password' : !u ? 'no such user' : 'wrong password' });
      }
      const sid = randomBytes(18).toString('base64url');
      sessions.set(sid, u.id);
      res.writeHead(303, { location: '/app', 'set-cookie': `ledgerly_sid=${sid}; Path=/; HttpOnly; SameSite=Lax`, 'content-length': '0', 'cache-control': 'no-store' });
      return res.end();
    }

    if (p === '/v1/password/forgot' && method === 'POST') {
      const b = jsonBody();
      if (!b) return send(req, res, 400, { error: 'invalid json' });
      const email = String(b.email ?? '').toLowerCase();
      const key = `${ip}|reset|${email}`;
      if (limited(key, 5)) return send(req, res, 429, { error: 'too many requests' }, { 'retry-after': '600' });
      fail(key);
      const u = users.find((x) => x.email === email);
      if (u) {
        const token = randomBytes(24).toString('base64url');
        if (fixed) {
          const prev = latestReset.get(u.id);
          if (prev) resetTokens.delete(prev);
        }
        resetTokens.set(token, { userId: u.id, used: false });
        latestReset.set(u.id, token);
        mails.push({ ID: randomBytes(8).toString('hex'), To: [{ Address: u.email, Name: u.displayName }], From: { Address: 'no-reply@ledgerly.test', Name: 'Ledgerly' }, Subject: 'Reset your Ledgerly password', Created: new Date().toISOString(), Text: `Hi ${u.displayName},\n\nreset your password here: https://app.ledgerly.test/reset?token=${token}\n\nThe link is valid for 30 minutes.` });
      }
      return send(req, res, 202, { message: 'If the address has an account, a reset link is on its way.' });
    }

    if (p === '/v1/password/reset' && method === 'POST') {
      const b = jsonBody();
      if (!b) return send(req, res, 400, { error: 'invalid json' });
      const t = resetTokens.get(String(b.token ?? ''));
      if (!t || (fixed && t.used)) return send(req, res, 400, { error: 'invalid or expired token' });
      if (typeof b.password !== 'string' || b.password.length < 8) return send(req, res, 422, { error: 'password too short' });
      const u = users.find((x) => x.id === t.userId)!;
      u.password = b.password;
      t.used = true;
      if (fixed) resetTokens.delete(String(b.token));
      return send(req, res, 200, { message: 'password changed' });
    }

    if (p === '/v1/hooks/github' && method === 'POST') {
      const key = `${ip}|hook`;
      if (limited(key, 20)) return send(req, res, 429, { error: 'too many failed deliveries' }, { 'retry-after': '60' });
      const sig = req.headers['x-hub-signature-256'];
      const want = `sha256=${createHmac('sha256', BLIND_WEBHOOK_SECRETS.github).update(raw).digest('hex')}`;
      // planted: the flawed build only verifies a signature when one is sent
      if ((sig !== undefined || fixed) && sig !== want) {
        fail(key);
        return send(req, res, 401, { error: 'bad signature' });
      }
      const delivery = String(req.headers['x-github-delivery'] ?? '');
      if (delivery && seenEvents.has(`gh:${delivery}`)) return send(req, res, 200, { status: 'duplicate delivery ignored' });
      if (delivery) seenEvents.add(`gh:${delivery}`);
      return send(req, res, 200, { status: 'queued' });
    }

    if (p === '/v1/hooks/billing' && method === 'POST') {
      const key = `${ip}|hook`;
      if (limited(key, 20)) return send(req, res, 429, { error: 'too many failed deliveries' }, { 'retry-after': '60' });
      const header = String(req.headers['stripe-signature'] ?? '');
      const t = /(?:^|,)t=(\d+)/.exec(header)?.[1];
      const v1 = /(?:^|,)v1=([0-9a-f]+)/.exec(header)?.[1];
      const want = t ? createHmac('sha256', BLIND_WEBHOOK_SECRETS.billing).update(`${t}.${raw}`).digest('hex') : '';
      if (!t || !v1 || v1 !== want) {
        fail(key);
        return send(req, res, 400, { error: 'signature verification failed' });
      }
      // planted: the flawed build has no timestamp tolerance
      if (fixed && Math.abs(Date.now() / 1000 - Number(t)) > 300) return send(req, res, 400, { error: 'timestamp outside the tolerance' });
      const b = jsonBody();
      const id = String(b?.id ?? '');
      if (seenEvents.has(`bill:${id}`)) return send(req, res, 200, { received: true, duplicate: true });
      seenEvents.add(`bill:${id}`);
      return send(req, res, 200, { received: true });
    }

    // ---- planted: the org file list is served before the authentication middleware --------------------------
    const files = /^\/v1\/orgs\/(\d+)\/files$/.exec(p);
    if (files && method === 'GET' && !fixed) return send(req, res, 200, page(db.files.filter((f) => f.orgId === Number(files[1]))));

    // ---- authenticated ----------------------------------------------------------------------------------
    const me = whoami(req);
    if (!me) return send(req, res, 401, { error: 'authentication required' });
    const isPlatform = me.role === 'platform';
    const memberOf = (orgId: number) => isPlatform || me.orgId === orgId;

    if (p === '/v1/me') {
      if (method === 'GET') return send(req, res, 200, { data: { id: me.id, email: me.email, displayName: me.displayName, role: me.role, orgId: me.orgId ?? null } });
      if (method === 'PATCH') {
        const b = jsonBody();
        if (!b) return send(req, res, 400, { error: 'invalid json' });
        if (b.displayName !== undefined && typeof b.displayName !== 'string') return send(req, res, 422, { error: 'displayName must be a string' });
        if (typeof b.displayName === 'string') me.displayName = b.displayName;
        // planted: the flawed build copies role from the body
        if (!fixed && typeof b.role === 'string' && ['member', 'admin', 'owner'].includes(b.role)) me.role = b.role as User['role'];
        return send(req, res, 200, { data: { id: me.id, email: me.email, displayName: me.displayName, role: me.role, orgId: me.orgId ?? null } });
      }
    }

    if (p === '/v1/directory' && method === 'GET') {
      // planted: the flawed build searches every tenant's people
      const people = users.filter((u) => !fixed || memberOf(u.orgId ?? -1)).map((u) => ({ id: u.id, name: u.displayName, email: u.email, orgId: u.orgId }));
      return send(req, res, 200, page(people));
    }

    if (p === '/v1/notes' && method === 'GET') return send(req, res, 200, page(db.notes.filter((n) => n.authorId === me.id)));
    const note = /^\/v1\/notes\/([^/]+)$/.exec(p);
    if (note && method === 'GET') {
      const n = db.notes.find((x) => String(x.id) === note[1]);
      const author = n && users.find((u) => u.id === n.authorId);
      // planted: the flawed build only checks the note is in the caller's org, not that the caller wrote it
      if (!n || !author || (fixed ? n.authorId !== me.id : author.orgId !== me.orgId)) return send(req, res, 404, { error: 'not found' });
      return send(req, res, 200, { data: n });
    }

    if (p === '/v1/invoices' && method === 'GET') {
      const pageNo = url.searchParams.get('page');
      if (pageNo !== null && !/^\d+$/.test(pageNo)) return send(req, res, 400, { error: 'page must be a positive integer' });
      const mine = db.invoices.filter((i) => memberOf(i.orgId)).map((i) => (fixed ? { ...i, internalNotes: undefined } : i));
      return send(req, res, 200, page(mine));
    }
    const inv = /^\/v1\/invoices\/([^/]+)$/.exec(p);
    if (inv) {
      const i = db.invoices.find((x) => x.id === inv[1]);
      if (method === 'GET') {
        // planted: the flawed build looks invoices up by id alone; denials are 200 + {"error"}
        if (!i || (fixed && !memberOf(i.orgId))) return send(req, res, 200, { error: 'invoice_not_found' });
        const { internalNotes, ...pub } = i;
        return send(req, res, 200, { data: fixed ? pub : { ...pub, internalNotes } });
      }
      if (method === 'PATCH') {
        if (!i || !memberOf(i.orgId)) return send(req, res, 200, { error: 'invoice_not_found' });
        const b = jsonBody();
        if (!b) return send(req, res, 400, { error: 'invalid json' });
        if (b.memo !== undefined && typeof b.memo !== 'string') return send(req, res, 422, { error: 'memo must be a string' });
        if (typeof b.memo === 'string') i.memo = b.memo;
        // planted: the flawed build lets a customer set the invoice status
        if (!fixed && typeof b.status === 'string') i.status = b.status;
        const { internalNotes: _n, ...pub } = i;
        return send(req, res, 200, { data: pub });
      }
    }

    const org = /^\/v1\/orgs\/([^/]+)\/(projects|members|files|reports\/summary|audit-log|invites)(?:\/([^/]+))?$/.exec(p);
    if (org) {
      const orgId = Number(org[1]);
      const what = org[2]!;
      if (!Number.isInteger(orgId)) return send(req, res, 404, { error: 'not found' });
      if (what === 'projects' && org[3] !== undefined && method === 'GET') {
        const pr = db.projects.find((x) => String(x.id) === org[3] && x.orgId === orgId);
        // planted: the flawed build does not check that the caller belongs to the org in the path
        if (!pr || (fixed && !memberOf(orgId))) return send(req, res, 404, { error: 'not found' });
        return send(req, res, 200, { data: pr });
      }
      if (org[3] !== undefined) return send(req, res, 404, { error: 'not found' });
      if (!memberOf(orgId)) return send(req, res, 403, { error: 'not a member of this organisation' });
      if (what === 'projects' && method === 'GET') return send(req, res, 200, page(db.projects.filter((x) => x.orgId === orgId)));
      if (what === 'projects' && method === 'POST') {
        let b: Record<string, unknown>;
        try {
          b = JSON.parse(raw || '{}') as Record<string, unknown>;
        } catch {
          // planted: the flawed build's hand-rolled parser lets the exception through
          return fixed ? send(req, res, 400, { error: 'invalid json' }) : send(req, res, 500, { error: 'internal server error' });
        }
        if (typeof b.name !== 'string' || (b.budget !== undefined && typeof b.budget !== 'number')) return send(req, res, 422, { error: 'name (string) and budget (integer) expected' });
        const pr = { id: 7000 + db.projects.length, orgId, name: b.name, budget: Number(b.budget ?? 0), status: 'active' };
        db.projects.push(pr);
        return send(req, res, 201, { data: pr });
      }
      if (what === 'members' && method === 'GET') return send(req, res, 200, page(users.filter((u) => u.orgId === orgId).map(publicUser)));
      if (what === 'files' && method === 'GET') return send(req, res, 200, page(db.files.filter((f) => f.orgId === orgId)));
      if (what === 'reports/summary' && method === 'GET') {
        // planted: the flawed build aggregates without an index
        await new Promise((r) => setTimeout(r, fixed ? 2 : 700));
        const ps = db.projects.filter((x) => x.orgId === orgId);
        return send(req, res, 200, { data: { projects: ps.length, budget: ps.reduce((s, x) => s + x.budget, 0) } });
      }
      if (what === 'audit-log' && method === 'GET') {
        // planted: the flawed build forgets the role check
        if (fixed && me.role === 'member') return send(req, res, 403, { error: 'admins only' });
        return send(req, res, 200, page(db.audit.filter((a) => a.orgId === orgId)));
      }
      if (what === 'invites' && method === 'POST') {
        if (me.role === 'member') return send(req, res, 403, { error: 'admins only' });
        const key = `${ip}|invite|${me.id}`;
        if (limited(key, 10)) return send(req, res, 429, { error: 'invite limit reached' }, { 'retry-after': '3600' });
        fail(key);
        const b = jsonBody();
        if (!b) return send(req, res, 400, { error: 'invalid json' });
        if (typeof b.email !== 'string' || !b.email.includes('@')) return send(req, res, 422, { error: 'email expected' });
        return send(req, res, 201, { data: { id: randomUUID(), email: b.email, orgId, role: 'member' } });
      }
    }

    if (p === '/v1/platform/tenants' && method === 'GET') {
      // planted: the flawed build lets any admin in; denials are 200 + {"error"}
      const allowed = fixed ? isPlatform : isPlatform || me.role === 'admin';
      if (!allowed) return send(req, res, 200, { error: 'forbidden' });
      return send(req, res, 200, page(ORGS));
    }
    return send(req, res, 404, { error: 'not found' });
  };

  const mailbox = mailpitServer(mails, 'reset your password here');
  const api = createServer((req, res) => void handle(req, res).catch(() => (res.headersSent ? res.end() : (res.writeHead(500), res.end()))));
  const [port, mport] = await Promise.all([listen(api), listen(mailbox)]);
  return {
    url: `http://127.0.0.1:${port}`,
    mailboxUrl: `http://127.0.0.1:${mport}`,
    hits,
    close: async () => {
      await Promise.all(
        [api, mailbox].map(
          (s) =>
            new Promise<void>((r) => {
              s.close(() => r());
              s.closeAllConnections();
            }),
        ),
      );
    },
  };
}

/**
 * The audit config for the app, written the way the docs tell a user to (docs/api.md): identities, the reset flow
 * with its mailbox, the webhooks with their secrets, the invite flow, writes allowed (staging), the JWT key.
 */
export function blindConfig(app: Pick<BlindApp, 'url' | 'mailboxUrl'>, openapiFile: string, reportDir: string): Record<string, unknown> {
  const person = (name: string, tenant: string, role: string) => {
    const u = BLIND_USERS.find((x) => x.name === name)!;
    return {
      name,
      tenant,
      role,
      email: u.email,
      password: u.password,
      login: { path: '/v1/session', format: 'form', body: { username: '{{email}}', password: '{{password}}' }, token: { from: 'cookie', path: 'ledgerly_sid' } },
    };
  };
  return {
    version: 1,
    report: { dir: reportDir },
    network: { budget: 3000, rate: 200 },
    api: {
      baseUrl: app.url,
      openapi: openapiFile,
      allowWrites: true,
      identities: [
        person('alice', 'acme', 'member'),
        person('carol', 'acme', 'member'),
        person('dave', 'acme', 'admin'),
        person('bob', 'globex', 'member'),
        { name: 'ops', role: 'platform', apiKey: { in: 'header', name: 'X-Api-Key', value: platformKey() } },
      ],
      jwt: { secret: BLIND_JWT_SECRET },
      reset: {
        request: { path: '/v1/password/forgot' },
        mailbox: { url: app.mailboxUrl },
        consume: { path: '/v1/password/reset' },
      },
      invite: { path: '/v1/orgs/{orgId}/invites', as: 'dave' }, // filled from what discovery finds for dave
      webhooks: [
        { path: '/v1/hooks/github', scheme: 'github', secret: BLIND_WEBHOOK_SECRETS.github },
        { path: '/v1/hooks/billing', scheme: 'stripe', secret: BLIND_WEBHOOK_SECRETS.billing },
      ],
      corsOrigins: ['https://app.ledgerly.test'],
    },
  };
}
