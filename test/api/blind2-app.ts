import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { mailpitServer, type Mail } from './mailpit.js';

/**
 * "Taskforge": the second blind evaluation of the API engine (issue #5), in a style unlike the demo, the CRM, the
 * tricky app and Ledgerly (test/api/blind-app.ts):
 * - a Fastify-like JSON API under /api with Fastify-style errors ({statusCode, error, message});
 * - login at POST /api/auth/token answering {access_token, refresh_token, token_type, expires_in} with a short
 *   expiry (20 s), so a run must re-login or refresh; roles are a JWT claim (`roles: ["member"]`), aud/iss set;
 * - tenancy by header (`X-Org-Id` on /api/projects, /api/invoices, /api/reports) and by path elsewhere
 *   (/api/orgs/{orgId}/...); string ids with prefixes (`org_01H...`, `usr_01H...`, `inv_01H...` ULID-like);
 * - nested resources /api/projects/{projectId}/tasks/{taskId}; PUT as well as PATCH; a CSV export;
 * - lists are {items: [...], nextCursor} envelopes, items are returned bare;
 * - a generic HMAC webhook (X-Signature = hex HMAC of "timestamp.body", X-Timestamp) and a body-only one;
 * - reset at /api/password/forgot + /api/password/reset ({token, newPassword}); the mail (link
 *   /reset-password/<token>, no "token=") goes to a Mailpit-compatible mailbox on its own loopback port;
 * - signup, invites under the org path; a Swagger 3.0.3 JSON document served at /api/swagger.json, whose
 *   servers[0] is a developer's localhost URL, with securitySchemes bearerAuth and admin routes marked by
 *   `tags: [admin]` (and some descriptions);
 * - denials are 401 (no/invalid token), 403 (role, org in the path) and 404 (objects);
 * - a platform role that may list every tenant; tenant admins may not.
 *
 * `fixed: false` plants the flaws in BLIND2_FLAWS; `fixed: true` fixes every one (rate limits per IP + account).
 */

export interface Blind2Flaw {
  id: string;
  checkId: string;
  /** route templates as the engine reports them (location.path); undefined = not route-specific */
  paths?: string[];
  /** the finding must carry this messageId (when one route holds two flaws of one check) */
  messageId?: string;
  /** the finding's data.field must be this (mass assignment) */
  field?: string;
  what: string;
}

export const BLIND2_FLAWS: Blind2Flaw[] = [
  { id: 'authn-settings', checkId: 'api/authn-missing', paths: ['/api/orgs/{orgId}/settings'], what: 'org settings answer without a token' },
  { id: 'bola-header', checkId: 'api/bola', paths: ['/api/projects', '/api/projects/{projectId}', '/api/invoices', '/api/invoices/{invoiceId}', '/api/projects/{projectId}/tasks'], what: 'the tenant middleware trusts X-Org-Id: bob sends acme\'s org id and reads acme\'s data' },
  { id: 'bola-task', checkId: 'api/bola', paths: ['/api/projects/{projectId}/tasks/{taskId}'], what: 'nested task looked up by id alone, readable from another tenant' },
  { id: 'bola-note', checkId: 'api/bola', paths: ['/api/notes/{noteId}'], what: 'private note readable by another member of the same org' },
  { id: 'bola-export', checkId: 'api/bola', paths: ['/api/invoices/export'], what: 'CSV export lists every tenant\'s invoices' },
  { id: 'bfla-audit', checkId: 'api/bfla', paths: ['/api/orgs/{orgId}/audit-log'], what: 'audit log (tags: [admin]) readable by members' },
  { id: 'bfla-role', checkId: 'api/bfla', paths: ['/api/users/{userId}/role'], what: 'PUT role (tags: [admin]) callable by members' },
  { id: 'bfla-platform', checkId: 'api/bfla', paths: ['/api/platform/orgs'], what: 'every-tenant list (platform only) readable by tenant admins' },
  { id: 'jwt-weak', checkId: 'api/jwt-weak-secret', what: 'HS256 secret is in a common wordlist' },
  { id: 'jwt-aud', checkId: 'api/jwt-claims', what: 'token for another audience accepted' },
  { id: 'jwt-expired', checkId: 'api/jwt-expired', what: 'expired token accepted' },
  { id: 'rl-login', checkId: 'api/rate-limit', paths: ['/api/auth/token'], what: 'no limit on failed logins' },
  { id: 'rl-forgot', checkId: 'api/rate-limit', paths: ['/api/password/forgot'], what: 'no limit on reset requests' },
  { id: 'rl-signup', checkId: 'api/rate-limit', paths: ['/api/auth/signup'], what: 'no limit on sign-ups' },
  { id: 'rl-invite', checkId: 'api/rate-limit', paths: ['/api/orgs/{orgId}/invites'], what: 'no limit on invites' },
  { id: 'rl-webhook', checkId: 'api/rate-limit', paths: ['/api/webhooks/payments'], what: 'no limit on badly signed deliveries' },
  { id: 'enum-forgot', checkId: 'api/user-enumeration', paths: ['/api/password/forgot'], what: 'forgot-password answers 404 "no such user"' },
  { id: 'err-500', checkId: 'api/error-handling', paths: ['/api/projects'], what: 'malformed JSON on project create answers 500 with a stack trace' },
  { id: 'ma-isadmin', checkId: 'api/mass-assignment', paths: ['/api/me'], field: 'isAdmin', what: 'PATCH /api/me accepts isAdmin' },
  { id: 'ma-orgid', checkId: 'api/mass-assignment', paths: ['/api/me'], field: 'orgId', what: 'PATCH /api/me accepts orgId (moves the user to another tenant)' },
  { id: 'ma-balance', checkId: 'api/mass-assignment', paths: ['/api/wallet'], field: 'balance', what: 'PUT /api/wallet accepts balance' },
  { id: 'sf-hash', checkId: 'api/sensitive-fields', paths: ['/api/orgs/{orgId}/members'], what: 'member list carries password hashes' },
  { id: 'sf-reset', checkId: 'api/sensitive-fields', paths: ['/api/users/{userId}'], what: 'user profile carries the pending reset token' },
  { id: 'sf-mfa', checkId: 'api/sensitive-fields', paths: ['/api/me'], what: '/api/me carries the TOTP secret' },
  { id: 'wh-unsigned', checkId: 'api/webhook-signature', paths: ['/api/webhooks/events'], what: 'events hook accepts unsigned deliveries' },
  { id: 'wh-stale', checkId: 'api/webhook-replay', paths: ['/api/webhooks/payments'], what: 'payments hook does not check X-Timestamp' },
  { id: 'reset-reuse', checkId: 'api/reset-token', paths: ['/api/password/reset'], messageId: 'reusable', what: 'reset token works twice' },
  { id: 'reset-older', checkId: 'api/reset-token', paths: ['/api/password/reset'], messageId: 'olderStillValid', what: 'an older reset token survives a newer one (never revoked)' },
  { id: 'cors', checkId: 'api/cors', what: 'any Origin reflected with Allow-Credentials' },
  { id: 'slow', checkId: 'perf/latency-p95', paths: ['/api/reports/usage'], what: 'usage report takes 1.5 s' },
];

// ULID-like ids (Crockford base32, 26 characters after the prefix) that stay stable between the twins.
const CROCK = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
function ulid(prefix: string, n: number): string {
  let s = '';
  let v = n * 7919 + 104729;
  for (let i = 0; i < 16; i++) {
    s += CROCK[v % 32];
    v = Math.floor(v / 32) + i * 31 + n;
  }
  return `${prefix}_01HV${'8K2M3N'}${s}`.slice(0, prefix.length + 27);
}

const pw = (s: string) => `Tf-${s}-Passw0rd-2026`;
const BCRYPT = (n: number) => `$2a$10$${'N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy'.slice(n % 7)}${'abcdefg'.slice(0, n % 7)}`;

export const ORG_ACME = ulid('org', 1);
export const ORG_GLOBEX = ulid('org', 2);

interface User {
  id: string;
  name: string;
  email: string;
  password: string;
  orgId: string | null;
  roles: string[];
  isAdmin: boolean;
  mfaSecret: string;
}

export const BLIND2_USERS: User[] = [
  { id: ulid('usr', 11), name: 'alice', email: 'alice@acme.test', password: pw('alice'), orgId: ORG_ACME, roles: ['member'], isAdmin: false, mfaSecret: 'JBSWY3DPEHPK3PXP' },
  { id: ulid('usr', 12), name: 'carol', email: 'carol@acme.test', password: pw('carol'), orgId: ORG_ACME, roles: ['member'], isAdmin: false, mfaSecret: 'KRSXG5CTMVRXEZLU' },
  { id: ulid('usr', 13), name: 'dave', email: 'dave@acme.test', password: pw('dave'), orgId: ORG_ACME, roles: ['admin'], isAdmin: true, mfaSecret: 'MFRGGZDFMZTWQ2LK' },
  { id: ulid('usr', 21), name: 'bob', email: 'bob@globex.test', password: pw('bob'), orgId: ORG_GLOBEX, roles: ['member'], isAdmin: false, mfaSecret: 'NBSWY3DPO5XXE3DE' },
  { id: ulid('usr', 22), name: 'erin', email: 'erin@globex.test', password: pw('erin'), orgId: ORG_GLOBEX, roles: ['admin'], isAdmin: true, mfaSecret: 'ONSWG4TFOQYTEMZU' },
  { id: ulid('usr', 1), name: 'ops', email: 'ops@taskforge.test', password: pw('ops'), orgId: null, roles: ['platform'], isAdmin: true, mfaSecret: 'GEZDGNBVGY3TQOJQ' },
];

/** The flawed build signs with a word from every JWT wordlist; the fixed one with 32 random bytes. */
export const WEAK_JWT_SECRET = 'supersecretkey';
const AUDIENCE = 'taskforge-api';
const ISSUER = 'https://auth.taskforge.test';
export const TOKEN_TTL_SEC = 20;

function seed() {
  const orgs = [
    { id: ORG_ACME, name: 'Acme', plan: 'business', seats: 25 },
    { id: ORG_GLOBEX, name: 'Globex', plan: 'starter', seats: 5 },
  ];
  const projects = [
    { id: ulid('prj', 101), orgId: ORG_ACME, name: 'Rocket', description: 'launch site' },
    { id: ulid('prj', 102), orgId: ORG_ACME, name: 'Anvil', description: 'heavy things' },
    { id: ulid('prj', 201), orgId: ORG_GLOBEX, name: 'Hammock', description: 'rest' },
  ];
  const tasks = [
    { id: ulid('tsk', 1011), projectId: projects[0]!.id, title: 'Buy fuel', done: false },
    { id: ulid('tsk', 1012), projectId: projects[0]!.id, title: 'Paint rocket', done: true },
    { id: ulid('tsk', 1021), projectId: projects[1]!.id, title: 'Lift anvil', done: false },
    { id: ulid('tsk', 2011), projectId: projects[2]!.id, title: 'Hang hammock', done: false },
  ];
  const invoices = [
    { id: ulid('inv', 1), orgId: ORG_ACME, number: 'TF-1001', amountCents: 420000, currency: 'EUR', status: 'open' },
    { id: ulid('inv', 2), orgId: ORG_ACME, number: 'TF-1002', amountCents: 99000, currency: 'EUR', status: 'paid' },
    { id: ulid('inv', 3), orgId: ORG_GLOBEX, number: 'TF-2001', amountCents: 35000, currency: 'USD', status: 'open' },
  ];
  const notes = [
    { id: ulid('nte', 11), authorId: BLIND2_USERS[0]!.id, title: 'Salary', body: 'alice private' },
    { id: ulid('nte', 12), authorId: BLIND2_USERS[1]!.id, title: 'Feedback', body: 'carol private' },
    { id: ulid('nte', 13), authorId: BLIND2_USERS[2]!.id, title: 'Board', body: 'dave private' },
    { id: ulid('nte', 21), authorId: BLIND2_USERS[3]!.id, title: 'Vendors', body: 'bob private' },
  ];
  const audit = [
    { id: ulid('aud', 1), orgId: ORG_ACME, actor: 'dave@acme.test', action: 'member.invited' },
    { id: ulid('aud', 2), orgId: ORG_GLOBEX, actor: 'erin@globex.test', action: 'plan.changed' },
  ];
  const wallets = new Map<string, { balance: number; currency: string }>(BLIND2_USERS.map((u) => [u.id, { balance: 0, currency: 'EUR' }]));
  return { orgs, projects, tasks, invoices, notes, audit, wallets };
}

/** Swagger 3.0.3 JSON, as a team's generator would publish it (no launchready extensions). */
export function blind2OpenApi(): Record<string, unknown> {
  const str = (name: string, example?: string) => ({ name, in: 'path', required: true, schema: { type: 'string', ...(example ? { example } : {}) } });
  const orgHeader = { name: 'X-Org-Id', in: 'header', required: true, schema: { type: 'string' }, description: 'organisation the request acts in' };
  const ok = (description: string, schema: Record<string, unknown> = { type: 'object' }) => ({ '200': { description, content: { 'application/json': { schema } } }, '401': { description: 'no or invalid token' } });
  const body = (properties: Record<string, unknown>, required: string[] = []) => ({ required: true, content: { 'application/json': { schema: { type: 'object', properties, ...(required.length ? { required } : {}) } } } });
  return {
    openapi: '3.0.3',
    info: { title: 'Taskforge API', version: '4.2.0', description: 'Projects, tasks and billing for teams.' },
    servers: [{ url: 'http://localhost:3000', description: 'local development' }],
    security: [{ bearerAuth: [] }],
    tags: [{ name: 'auth' }, { name: 'projects' }, { name: 'billing' }, { name: 'admin', description: 'organisation administrators' }, { name: 'platform', description: 'Taskforge staff' }],
    components: {
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
    },
    paths: {
      '/api/health': { get: { security: [], tags: ['meta'], responses: ok('liveness') } },
      '/api/auth/token': { post: { security: [], tags: ['auth'], summary: 'Exchange email and password for tokens', requestBody: body({ email: { type: 'string', format: 'email' }, password: { type: 'string' } }, ['email', 'password']), responses: { '200': { description: 'tokens' }, '401': { description: 'invalid credentials' } } } },
      '/api/auth/refresh': { post: { security: [], tags: ['auth'], requestBody: body({ refresh_token: { type: 'string' } }, ['refresh_token']), responses: { '200': { description: 'tokens' } } } },
      '/api/auth/signup': { post: { security: [], tags: ['auth'], summary: 'Create an account and its organisation', requestBody: body({ email: { type: 'string', format: 'email' }, password: { type: 'string' }, name: { type: 'string' } }, ['email', 'password']), responses: { '202': { description: 'confirmation mail sent' } } } },
      '/api/password/forgot': { post: { security: [], tags: ['auth'], requestBody: body({ email: { type: 'string', format: 'email' } }, ['email']), responses: { '202': { description: 'reset mail sent' } } } },
      '/api/password/reset': { post: { security: [], tags: ['auth'], requestBody: body({ token: { type: 'string' }, newPassword: { type: 'string' } }, ['token', 'newPassword']), responses: ok('password changed') } },
      '/api/webhooks/payments': { post: { security: [], tags: ['webhooks'], summary: 'Payment provider callbacks (X-Signature, X-Timestamp)', requestBody: body({ id: { type: 'string' }, type: { type: 'string' } }), responses: ok('received') } },
      '/api/webhooks/events': { post: { security: [], tags: ['webhooks'], summary: 'Integration events (X-Signature)', requestBody: body({ id: { type: 'string' }, type: { type: 'string' } }), responses: ok('received') } },
      '/api/me': {
        get: { tags: ['users'], responses: ok('the caller') },
        patch: { tags: ['users'], requestBody: body({ name: { type: 'string' } }), responses: ok('updated') },
      },
      '/api/wallet': {
        get: { tags: ['billing'], summary: 'prepaid credit of the caller', responses: ok('wallet') },
        put: { tags: ['billing'], summary: 'replace wallet settings', requestBody: body({ currency: { type: 'string', enum: ['EUR', 'USD'] } }, ['currency']), responses: ok('wallet') },
      },
      '/api/users/{userId}': { get: { tags: ['users'], parameters: [str('userId')], responses: ok('a user of the caller\'s organisation') } },
      '/api/users/{userId}/role': { put: { tags: ['admin'], summary: 'Change a member\'s role', parameters: [str('userId')], requestBody: body({ role: { type: 'string', enum: ['member', 'admin'], example: 'member' } }, ['role']), responses: ok('updated') } },
      '/api/notes': { get: { tags: ['notes'], summary: 'my private notes', responses: ok('notes') } },
      '/api/notes/{noteId}': { get: { tags: ['notes'], parameters: [str('noteId')], responses: { ...ok('note'), '404': { description: 'not found' } } } },
      '/api/projects': {
        get: { tags: ['projects'], parameters: [orgHeader], responses: ok('projects of the organisation') },
        post: { tags: ['projects'], parameters: [orgHeader], requestBody: body({ name: { type: 'string' }, description: { type: 'string' } }, ['name']), responses: { '201': { description: 'created' } } },
      },
      '/api/projects/{projectId}': {
        get: { tags: ['projects'], parameters: [orgHeader, str('projectId')], responses: ok('project') },
        put: { tags: ['projects'], parameters: [orgHeader, str('projectId')], requestBody: body({ name: { type: 'string' }, description: { type: 'string' } }, ['name']), responses: ok('project') },
      },
      '/api/projects/{projectId}/tasks': { get: { tags: ['projects'], parameters: [orgHeader, str('projectId')], responses: ok('tasks') } },
      '/api/projects/{projectId}/tasks/{taskId}': {
        get: { tags: ['projects'], parameters: [orgHeader, str('projectId'), str('taskId')], responses: ok('task') },
        patch: { tags: ['projects'], parameters: [orgHeader, str('projectId'), str('taskId')], requestBody: body({ title: { type: 'string' }, done: { type: 'boolean' } }), responses: ok('task') },
      },
      '/api/invoices': { get: { tags: ['billing'], parameters: [orgHeader], responses: ok('invoices') } },
      '/api/invoices/export': { get: { tags: ['billing'], summary: 'Export the organisation\'s invoices', parameters: [orgHeader, { name: 'format', in: 'query', required: true, schema: { type: 'string', enum: ['csv', 'json'] } }], responses: { '200': { description: 'export', content: { 'text/csv': { schema: { type: 'string' } } } } } } },
      '/api/invoices/{invoiceId}': { get: { tags: ['billing'], parameters: [orgHeader, str('invoiceId')], responses: ok('invoice') } },
      '/api/reports/usage': { get: { tags: ['reports'], parameters: [orgHeader], responses: ok('usage report') } },
      '/api/orgs/{orgId}/members': { get: { tags: ['orgs'], parameters: [str('orgId')], responses: ok('members') } },
      '/api/orgs/{orgId}/settings': { get: { tags: ['orgs'], parameters: [str('orgId')], responses: ok('settings') } },
      '/api/orgs/{orgId}/audit-log': { get: { tags: ['admin'], summary: 'Audit trail', parameters: [str('orgId')], responses: ok('entries') } },
      '/api/orgs/{orgId}/invites': { post: { tags: ['admin'], summary: 'Invite someone to the organisation', parameters: [str('orgId')], requestBody: body({ email: { type: 'string', format: 'email' }, role: { type: 'string', enum: ['member', 'admin'] } }, ['email']), responses: { '201': { description: 'invited' } } } },
      '/api/platform/orgs': { get: { tags: ['platform'], description: 'Every organisation. Taskforge staff only.', responses: ok('organisations') } },
    },
  };
}

export interface Blind2App {
  url: string;
  mailboxUrl: string;
  jwtSecret: string;
  webhookSecrets: { payments: string; events: string };
  hits: Map<string, number>;
  close(): Promise<void>;
}


function listen(server: Server): Promise<number> {
  return new Promise((r) => server.listen(0, '127.0.0.1', () => r((server.address() as { port: number }).port)));
}

const b64u = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

export async function startBlind2(opts: { fixed: boolean }): Promise<Blind2App> {
  const fixed = opts.fixed;
  const db = seed();
  const users = BLIND2_USERS.map((u) => ({ ...u, roles: [...u.roles] }));
  const jwtSecret = fixed ? randomBytes(32).toString('hex') : WEAK_JWT_SECRET;
  const webhookSecrets = { payments: `whsec_${randomBytes(16).toString('hex')}`, events: `evsec_${randomBytes(16).toString('hex')}` };
  const refreshTokens = new Map<string, string>();
  const resetTokens = new Map<string, { userId: string; used: boolean }>();
  const latestReset = new Map<string, string>();
  // Links sent before the audit and never used (the flawed profile shows them).
  const pendingReset = new Map<string, string>(users.map((u) => [u.id, randomBytes(24).toString('base64url')]));
  const seenEvents = new Set<string>();
  const counters = new Map<string, number>();
  const mails: Mail[] = [];
  const hits = new Map<string, number>();
  const over = (key: string, max: number) => fixed && (counters.get(key) ?? 0) >= max;
  const count = (key: string) => counters.set(key, (counters.get(key) ?? 0) + 1);

  const sign = (claims: Record<string, unknown>) => {
    const h = b64u({ alg: 'HS256', typ: 'JWT' });
    const p = b64u(claims);
    return `${h}.${p}.${createHmac('sha256', jwtSecret).update(`${h}.${p}`).digest('base64url')}`;
  };
  const issue = (u: User) => {
    const now = Math.floor(Date.now() / 1000);
    const access = sign({ sub: u.id, email: u.email, org: u.orgId, roles: u.roles, aud: AUDIENCE, iss: ISSUER, iat: now, exp: now + TOKEN_TTL_SEC });
    const refresh = `rt_${randomBytes(24).toString('base64url')}`;
    refreshTokens.set(refresh, u.id);
    return { access_token: access, refresh_token: refresh, token_type: 'Bearer', expires_in: TOKEN_TTL_SEC };
  };
  function verify(token: string): User | undefined {
    const parts = token.split('.');
    if (parts.length !== 3) return undefined;
    let header: { alg?: string };
    let claims: { sub?: string; exp?: number; aud?: string | string[]; iss?: string };
    try {
      header = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString()) as typeof header;
      claims = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString()) as typeof claims;
    } catch {
      return undefined;
    }
    if (header.alg !== 'HS256') return undefined;
    const want = createHmac('sha256', jwtSecret).update(`${parts[0]}.${parts[1]}`).digest();
    const got = Buffer.from(parts[2]!, 'base64url');
    if (got.length !== want.length || !timingSafeEqual(got, want)) return undefined;
    if (claims.iss !== ISSUER) return undefined;
    // planted: the flawed build checks neither exp nor aud
    if (fixed && (typeof claims.exp !== 'number' || claims.exp < Date.now() / 1000)) return undefined;
    if (fixed && !(Array.isArray(claims.aud) ? claims.aud.includes(AUDIENCE) : claims.aud === AUDIENCE)) return undefined;
    return users.find((u) => u.id === claims.sub);
  }

  const send = (req: IncomingMessage, res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}, type = 'application/json; charset=utf-8') => {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    const h: Record<string, string> = { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY', 'content-length': String(Buffer.byteLength(text)), ...headers };
    const origin = req.headers.origin;
    if (origin && (!fixed || origin === 'https://app.taskforge.test')) {
      // planted: the flawed build reflects any Origin with credentials
      h['access-control-allow-origin'] = origin;
      h['access-control-allow-credentials'] = 'true';
      h.vary = 'Origin';
    }
    res.writeHead(status, h);
    res.end(req.method === 'HEAD' ? undefined : text);
  };
  const err = (req: IncomingMessage, res: ServerResponse, statusCode: number, message: string, headers: Record<string, string> = {}) =>
    send(req, res, statusCode, { statusCode, error: ({ 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 409: 'Conflict', 422: 'Unprocessable Entity', 429: 'Too Many Requests' } as Record<number, string>)[statusCode] ?? 'Error', message }, headers);
  const list = <T>(items: T[]) => ({ items, nextCursor: null });
  const profile = (u: User) => ({ id: u.id, email: u.email, name: u.name, orgId: u.orgId, roles: u.roles, isAdmin: u.isAdmin, ...(fixed ? {} : { mfaSecret: u.mfaSecret }) });
  const member = (u: User) => ({ id: u.id, email: u.email, name: u.name, roles: u.roles, ...(fixed ? {} : { passwordHash: BCRYPT(u.name.length) }) });

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const p = url.pathname.replace(/\/+$/, '') || '/';
    const method = req.method ?? 'GET';
    hits.set(`${method} ${p}`, (hits.get(`${method} ${p}`) ?? 0) + 1);
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const c of req) {
      size += (c as Buffer).length;
      if (size > 100_000) return err(req, res, 413, 'Request body is too large');
      chunks.push(c as Buffer);
    }
    const raw = Buffer.concat(chunks).toString('utf8');
    const ip = req.socket.remoteAddress ?? '?';
    let bodyError = false;
    let b: Record<string, unknown> = {};
    if (raw) {
      try {
        const v = JSON.parse(raw) as unknown;
        if (v && typeof v === 'object' && !Array.isArray(v)) b = v as Record<string, unknown>;
        else bodyError = true;
      } catch {
        bodyError = true;
      }
    }
    const badJson = () => err(req, res, 400, 'Body is not valid JSON');

    if (p === '/api/health' && method === 'GET') return send(req, res, 200, { status: 'ok' });
    if (p === '/api/swagger.json' && method === 'GET') return send(req, res, 200, blind2OpenApi());

    if (p === '/api/auth/token' && method === 'POST') {
      if (bodyError) return badJson();
      const email = String(b.email ?? '').toLowerCase();
      const key = `login|${ip}|${email}`;
      if (over(key, 6)) return err(req, res, 429, 'Too many failed attempts, try again later', { 'retry-after': '900' });
      const u = users.find((x) => x.email === email);
      if (!u || u.password !== b.password) {
        count(key);
        return err(req, res, 401, 'Invalid email or password');
      }
      return send(req, res, 200, issue(u));
    }
    if (p === '/api/auth/refresh' && method === 'POST') {
      if (bodyError) return badJson();
      const uid = refreshTokens.get(String(b.refresh_token ?? ''));
      const u = uid ? users.find((x) => x.id === uid) : undefined;
      if (!u) return err(req, res, 401, 'Invalid refresh token');
      refreshTokens.delete(String(b.refresh_token));
      return send(req, res, 200, issue(u));
    }
    if (p === '/api/auth/signup' && method === 'POST') {
      if (bodyError) return badJson();
      const key = `signup|${ip}`;
      if (over(key, 5)) return err(req, res, 429, 'Too many sign-ups from this address', { 'retry-after': '3600' });
      count(key);
      if (typeof b.email !== 'string' || !b.email.includes('@') || typeof b.password !== 'string') return err(req, res, 422, 'email and password are required');
      // Same answer for new and known addresses: the confirmation mail tells the owner.
      return send(req, res, 202, { message: 'Check your inbox to confirm the address.' });
    }
    if (p === '/api/password/forgot' && method === 'POST') {
      if (bodyError) return badJson();
      const email = String(b.email ?? '').toLowerCase();
      const key = `forgot|${ip}|${email}`;
      if (over(key, 5)) return err(req, res, 429, 'Too many reset requests', { 'retry-after': '600' });
      count(key);
      const u = users.find((x) => x.email === email);
      // planted: the flawed build says which addresses have no account
      if (!u) return fixed ? send(req, res, 202, { message: 'If the address has an account, a reset link is on its way.' }) : err(req, res, 404, 'No such user');
      const token = randomBytes(24).toString('base64url');
      if (fixed) {
        const prev = latestReset.get(u.id);
        if (prev) resetTokens.delete(prev);
      }
      resetTokens.set(token, { userId: u.id, used: false });
      latestReset.set(u.id, token);
      pendingReset.set(u.id, token);
      mails.push({ ID: randomBytes(10).toString('base64url'), To: [{ Address: u.email, Name: u.name }], From: { Address: 'noreply@taskforge.test', Name: 'Taskforge' }, Subject: 'Reset your password', Created: new Date().toISOString(), Text: `Hello ${u.name},\n\nOpen https://app.taskforge.test/reset-password/${token} to choose a new password.\n` });
      return send(req, res, 202, { message: 'If the address has an account, a reset link is on its way.' });
    }
    if (p === '/api/password/reset' && method === 'POST') {
      if (bodyError) return badJson();
      const t = resetTokens.get(String(b.token ?? ''));
      // planted: the flawed build never marks a token used nor revokes older ones
      if (!t || (fixed && t.used)) return err(req, res, 400, 'Invalid or expired token');
      if (typeof b.newPassword !== 'string' || b.newPassword.length < 10) return err(req, res, 422, 'newPassword must have 10 characters or more');
      const u = users.find((x) => x.id === t.userId)!;
      u.password = b.newPassword;
      if (fixed) {
        resetTokens.delete(String(b.token));
        pendingReset.delete(u.id);
      }
      t.used = true;
      return send(req, res, 200, { message: 'Password changed' });
    }
    if (p === '/api/webhooks/payments' && method === 'POST') {
      const key = `hook|${ip}`;
      if (over(key, 20)) return err(req, res, 429, 'Too many failed deliveries', { 'retry-after': '60' });
      const ts = String(req.headers['x-timestamp'] ?? '');
      const sig = String(req.headers['x-signature'] ?? '');
      const want = createHmac('sha256', webhookSecrets.payments).update(`${ts}.${raw}`).digest('hex');
      if (!/^\d+$/.test(ts) || sig.length !== want.length || !timingSafeEqual(Buffer.from(sig), Buffer.from(want))) {
        count(key);
        return err(req, res, 401, 'Invalid signature');
      }
      // planted: the flawed build does not bound the timestamp's age
      if (fixed && Math.abs(Date.now() / 1000 - Number(ts)) > 300) return err(req, res, 401, 'Timestamp outside tolerance');
      if (bodyError) return badJson();
      const id = String(b.id ?? '');
      if (seenEvents.has(`pay:${id}`)) return send(req, res, 200, { received: true, duplicate: true });
      seenEvents.add(`pay:${id}`);
      return send(req, res, 200, { received: true });
    }
    if (p === '/api/webhooks/events' && method === 'POST') {
      const key = `hook|${ip}`;
      if (over(key, 20)) return err(req, res, 429, 'Too many failed deliveries', { 'retry-after': '60' });
      const sig = String(req.headers['x-signature'] ?? '');
      const want = createHmac('sha256', webhookSecrets.events).update(raw).digest('hex');
      // planted: the flawed build verifies nothing
      if (fixed && (sig.length !== want.length || !timingSafeEqual(Buffer.from(sig), Buffer.from(want)))) {
        count(key);
        return err(req, res, 401, 'Invalid signature');
      }
      if (bodyError) return badJson();
      const id = String(b.id ?? '');
      if (seenEvents.has(`ev:${id}`)) return send(req, res, 200, { ok: true, duplicate: true });
      seenEvents.add(`ev:${id}`);
      return send(req, res, 200, { ok: true });
    }

    // planted: org settings are served by a router mounted before the auth hook
    const settings = /^\/api\/orgs\/([^/]+)\/settings$/.exec(p);
    if (settings && method === 'GET' && !fixed) {
      const o = db.orgs.find((x) => x.id === settings[1]);
      return o ? send(req, res, 200, { orgId: o.id, sso: false, allowedDomains: [`${o.name.toLowerCase()}.test`], seats: o.seats }) : err(req, res, 404, 'Organisation not found');
    }

    // ---- authenticated -----------------------------------------------------------------------------------
    const auth = /^Bearer (.+)$/i.exec(String(req.headers.authorization ?? ''))?.[1];
    const me = auth ? verify(auth) : undefined;
    if (!me) return err(req, res, 401, auth ? 'Invalid or expired token' : 'Missing bearer token');
    const isPlatform = me.roles.includes('platform');
    const isAdmin = me.roles.includes('admin') || isPlatform;

    if (p === '/api/me') {
      if (method === 'GET') return send(req, res, 200, profile(me));
      if (method === 'PATCH') {
        if (bodyError) return badJson();
        if (b.name !== undefined && typeof b.name !== 'string') return err(req, res, 422, 'name must be a string');
        if (typeof b.name === 'string') me.name = b.name;
        if (!fixed) {
          // planted: the flawed build spreads the body into the user
          if (typeof b.isAdmin === 'boolean') me.isAdmin = b.isAdmin;
          if (typeof b.orgId === 'string') {
            if (!db.orgs.some((o) => o.id === b.orgId)) return err(req, res, 422, 'Unknown organisation');
            me.orgId = b.orgId;
          }
        }
        return send(req, res, 200, profile(me));
      }
    }
    if (p === '/api/wallet') {
      const w = db.wallets.get(me.id)!;
      if (method === 'GET') return send(req, res, 200, { ...w, userId: me.id });
      if (method === 'PUT') {
        if (bodyError) return badJson();
        if (b.currency !== 'EUR' && b.currency !== 'USD') return err(req, res, 422, 'currency must be EUR or USD');
        w.currency = b.currency;
        // planted: the flawed build replaces the whole wallet from the body
        if (!fixed && typeof b.balance === 'number') w.balance = b.balance;
        return send(req, res, 200, { ...w, userId: me.id });
      }
    }
    const userRole = /^\/api\/users\/([^/]+)\/role$/.exec(p);
    if (userRole && method === 'PUT') {
      // planted: the flawed build forgets the admin guard
      if (fixed && !isAdmin) return err(req, res, 403, 'Administrators only');
      const u = users.find((x) => x.id === userRole[1] && (isPlatform || x.orgId === me.orgId));
      if (!u) return err(req, res, 404, 'User not found');
      if (bodyError) return badJson();
      if (b.role !== 'member' && b.role !== 'admin') return err(req, res, 422, 'role must be member or admin');
      u.roles = [b.role];
      return send(req, res, 200, { id: u.id, roles: u.roles });
    }
    const user = /^\/api\/users\/([^/]+)$/.exec(p);
    if (user && method === 'GET') {
      const u = users.find((x) => x.id === user[1] && (isPlatform || x.orgId === me.orgId));
      if (!u) return err(req, res, 404, 'User not found');
      const pending = pendingReset.get(u.id);
      return send(req, res, 200, { id: u.id, email: u.email, name: u.name, roles: u.roles, orgId: u.orgId, ...(!fixed ? { resetToken: pending ?? null } : {}) });
    }
    if (p === '/api/notes' && method === 'GET') return send(req, res, 200, list(db.notes.filter((n) => n.authorId === me.id)));
    const note = /^\/api\/notes\/([^/]+)$/.exec(p);
    if (note && method === 'GET') {
      const n = db.notes.find((x) => x.id === note[1]);
      const author = n && users.find((u) => u.id === n.authorId);
      // planted: the flawed build checks the organisation, not the author
      if (!n || !author || (fixed ? n.authorId !== me.id : author.orgId !== me.orgId)) return err(req, res, 404, 'Note not found');
      return send(req, res, 200, n);
    }

    // ---- tenant by header --------------------------------------------------------------------------------
    if (/^\/api\/(projects|invoices|reports)(\/|$)/.test(p)) {
      const orgId = String(req.headers['x-org-id'] ?? '');
      if (!orgId) return err(req, res, 400, 'X-Org-Id header is required');
      const org = db.orgs.find((o) => o.id === orgId);
      // planted: the flawed tenant hook only checks that the organisation exists, not that the caller belongs to it
      if (!org || (fixed && !isPlatform && me.orgId !== orgId)) return err(req, res, 403, 'Not a member of this organisation');

      if (p === '/api/projects' && method === 'GET') return send(req, res, 200, list(db.projects.filter((x) => x.orgId === orgId)));
      if (p === '/api/projects' && method === 'POST') {
        if (bodyError) {
          // planted: the flawed build lets the JSON parser's exception reach the default error handler
          if (fixed) return badJson();
          const e = new SyntaxError(`Unexpected token in JSON at position ${Math.min(raw.length, 7)}`);
          return send(req, res, 500, { statusCode: 500, error: 'Internal Server Error', message: e.message, stack: `SyntaxError: ${e.message}\n    at JSON.parse (<anonymous>)\n    at parseBody (/srv/taskforge/src/plugins/body.js:41:19)\n    at Object.createProject (/srv/taskforge/src/routes/projects.js:88:7)` });
        }
        if (typeof b.name !== 'string' || !b.name) return err(req, res, 422, 'name is required');
        const pr = { id: ulid('prj', 300 + db.projects.length), orgId, name: b.name, description: typeof b.description === 'string' ? b.description : '' };
        db.projects.push(pr);
        return send(req, res, 201, pr);
      }
      if (p === '/api/invoices' && method === 'GET') return send(req, res, 200, list(db.invoices.filter((x) => x.orgId === orgId)));
      if (p === '/api/invoices/export' && method === 'GET') {
        // planted: the flawed export forgets the tenant filter
        const rows = db.invoices.filter((x) => !fixed || x.orgId === orgId);
        if (url.searchParams.get('format') === 'json') return send(req, res, 200, list(rows));
        const csv = ['id,number,orgId,amountCents,currency,status', ...rows.map((r) => [r.id, r.number, r.orgId, r.amountCents, r.currency, r.status].join(','))].join('\n') + '\n';
        return send(req, res, 200, csv, { 'content-disposition': 'attachment; filename="invoices.csv"' }, 'text/csv; charset=utf-8');
      }
      const invoice = /^\/api\/invoices\/([^/]+)$/.exec(p);
      if (invoice && method === 'GET') {
        const i = db.invoices.find((x) => x.id === invoice[1] && x.orgId === orgId);
        return i ? send(req, res, 200, i) : err(req, res, 404, 'Invoice not found');
      }
      if (p === '/api/reports/usage' && method === 'GET') {
        // planted: the flawed build recomputes the report on every call
        await new Promise((r) => setTimeout(r, fixed ? 3 : 1500));
        return send(req, res, 200, { orgId, projects: db.projects.filter((x) => x.orgId === orgId).length, tasks: db.tasks.length });
      }
      const proj = /^\/api\/projects\/([^/]+)(?:\/tasks(?:\/([^/]+))?)?$/.exec(p);
      if (proj) {
        const pr = db.projects.find((x) => x.id === proj[1] && x.orgId === orgId);
        const isTasks = p.includes('/tasks');
        if (!isTasks) {
          if (!pr) return err(req, res, 404, 'Project not found');
          if (method === 'GET') return send(req, res, 200, pr);
          if (method === 'PUT') {
            if (bodyError) return badJson();
            if (typeof b.name !== 'string' || !b.name) return err(req, res, 422, 'name is required');
            pr.name = b.name;
            pr.description = typeof b.description === 'string' ? b.description : '';
            return send(req, res, 200, pr);
          }
        } else if (proj[2] === undefined) {
          if (!pr) return err(req, res, 404, 'Project not found');
          if (method === 'GET') return send(req, res, 200, list(db.tasks.filter((t) => t.projectId === pr.id)));
        } else {
          // planted: the flawed build finds the task by its id alone (the project in the path is ignored)
          const t = fixed ? (pr ? db.tasks.find((x) => x.id === proj[2] && x.projectId === pr.id) : undefined) : db.tasks.find((x) => x.id === proj[2]);
          if (!t) return err(req, res, 404, 'Task not found');
          if (method === 'GET') return send(req, res, 200, t);
          if (method === 'PATCH') {
            if (bodyError) return badJson();
            if (b.title !== undefined && typeof b.title !== 'string') return err(req, res, 422, 'title must be a string');
            if (b.done !== undefined && typeof b.done !== 'boolean') return err(req, res, 422, 'done must be a boolean');
            if (typeof b.title === 'string') t.title = b.title;
            if (typeof b.done === 'boolean') t.done = b.done;
            return send(req, res, 200, t);
          }
        }
      }
      return err(req, res, 404, `Route ${method}:${p} not found`);
    }

    // ---- tenant in the path ------------------------------------------------------------------------------
    const org = /^\/api\/orgs\/([^/]+)\/(members|settings|audit-log|invites)$/.exec(p);
    if (org) {
      const o = db.orgs.find((x) => x.id === org[1]);
      if (!o) return err(req, res, 404, 'Organisation not found');
      if (!isPlatform && me.orgId !== o.id) return err(req, res, 403, 'Not a member of this organisation');
      const what = org[2];
      if (what === 'members' && method === 'GET') return send(req, res, 200, list(users.filter((u) => u.orgId === o.id).map(member)));
      if (what === 'settings' && method === 'GET') return send(req, res, 200, { orgId: o.id, sso: false, allowedDomains: [`${o.name.toLowerCase()}.test`], seats: o.seats });
      if (what === 'audit-log' && method === 'GET') {
        // planted: the flawed build forgets the admin guard here
        if (fixed && !isAdmin) return err(req, res, 403, 'Administrators only');
        return send(req, res, 200, list(db.audit.filter((a) => a.orgId === o.id)));
      }
      if (what === 'invites' && method === 'POST') {
        if (!isAdmin) return err(req, res, 403, 'Administrators only');
        const key = `invite|${ip}|${me.id}`;
        if (over(key, 10)) return err(req, res, 429, 'Invite limit reached', { 'retry-after': '3600' });
        count(key);
        if (bodyError) return badJson();
        if (typeof b.email !== 'string' || !b.email.includes('@')) return err(req, res, 422, 'email is required');
        return send(req, res, 201, { id: ulid('ivt', Number(counters.get(key))), email: b.email, orgId: o.id, role: b.role === 'admin' ? 'admin' : 'member', status: 'pending' });
      }
    }
    if (p === '/api/platform/orgs' && method === 'GET') {
      // planted: the flawed build lets tenant admins in
      if (!(isPlatform || (!fixed && isAdmin))) return err(req, res, 403, 'Taskforge staff only');
      return send(req, res, 200, list(db.orgs));
    }
    return err(req, res, 404, `Route ${method}:${p} not found`);
  };

  const mailbox = mailpitServer(mails, 'Open the link to choose a new password');
  const api = createServer((req, res) => void handle(req, res).catch(() => (res.headersSent ? res.end() : (res.writeHead(500), res.end()))));
  const [port, mport] = await Promise.all([listen(api), listen(mailbox)]);
  return {
    url: `http://127.0.0.1:${port}`,
    mailboxUrl: `http://127.0.0.1:${mport}`,
    jwtSecret,
    webhookSecrets,
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
 * The config a tester would write from docs/api.md: every person logs in at /api/auth/token (the token is in
 * access_token, found without help), header-tenanted routes need the identity's X-Org-Id; the reset link is a path,
 * so tokenRegex is set; the webhooks are generic HMAC ones; the JWT secret comes from the staging environment.
 */
export function blind2Config(app: Pick<Blind2App, 'url' | 'mailboxUrl' | 'jwtSecret' | 'webhookSecrets'>, reportDir: string): Record<string, unknown> {
  const person = (name: string, tenant: string | undefined, role: string) => {
    const u = BLIND2_USERS.find((x) => x.name === name)!;
    return {
      name,
      ...(tenant ? { tenant } : {}),
      role,
      email: u.email,
      password: u.password,
      login: { path: '/api/auth/token' },
      ...(u.orgId ? { headers: { 'X-Org-Id': u.orgId } } : {}),
    };
  };
  return {
    version: 1,
    report: { dir: reportDir },
    network: { budget: 3000, rate: 200 },
    api: {
      baseUrl: app.url,
      openapi: `${app.url}/api/swagger.json`,
      allowWrites: true,
      identities: [person('alice', 'acme', 'member'), person('carol', 'acme', 'member'), person('dave', 'acme', 'admin'), person('bob', 'globex', 'member'), person('ops', undefined, 'platform')],
      jwt: { secret: app.jwtSecret },
      signup: { path: '/api/auth/signup' },
      invite: { path: '/api/orgs/{orgId}/invites', as: 'dave' },
      reset: {
        request: { path: '/api/password/forgot' },
        mailbox: { url: app.mailboxUrl, tokenRegex: 'reset-password/([A-Za-z0-9_-]+)' },
        consume: { path: '/api/password/reset', body: { token: '{{token}}', newPassword: '{{password}}' } },
      },
      webhooks: [
        { path: '/api/webhooks/payments', scheme: 'hmac', header: 'X-Signature', timestampHeader: 'X-Timestamp', secret: app.webhookSecrets.payments },
        { path: '/api/webhooks/events', scheme: 'hmac', header: 'X-Signature', secret: app.webhookSecrets.events },
      ],
      corsOrigins: ['https://app.taskforge.test'],
    },
  };
}
