import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { stringify as toYaml } from 'yaml';
import { mailpitServer, type Mail } from './mailpit.js';

/**
 * "Billdesk": the third blind evaluation of the API engine (issue #5), in a Django REST Framework / Rails style
 * unlike the demo, the CRM, the tricky app, Ledgerly (blind-app.ts) and Taskforge (blind2-app.ts):
 * - sequential integer ids and trailing slashes (`/api/accounts/7/invoices/123/`), DRF-nested-routers parameter
 *   names (`account_pk`), APPEND_SLASH redirects (301) for GETs without the slash, 405 for wrong methods;
 * - DRF pagination `{count, next, previous, results}`, plus a JSON:API endpoint `{data: [{id, type, attributes}]}`;
 * - session login with CSRF (GET /api/auth/csrf/ sets `csrftoken`; POST /api/auth/login/ needs `X-CSRFToken`
 *   equal to the cookie, answers with `sessionid` and rotates `csrftoken`; unsafe session requests need the header
 *   again) for the people, and DRF token auth (`Authorization: Token <key>`) for bob and the superuser;
 * - roles: account member/admin, platform superuser ("staff"); DRF denials `{"detail": ...}` with 401/403, and object
 *   lookups that miss answer 200 `{"detail": "Not found."}` (a legacy view);
 * - an OpenAPI 3.0 YAML document at /api/schema/ (drf-spectacular's default), not named in the config: the config
 *   relies on `api.discoverOpenapi`;
 * - a reset flow whose mail (Mailpit-compatible mailbox on its own port) carries a 6-digit code;
 * - a Bearer shared-secret webhook and an HMAC-SHA256 base64 one (`X-Webhook-Signature`, `X-Webhook-Timestamp`);
 * - Django's debug pages (HTML 500 with a traceback, HTML 404 listing URL patterns) in the flawed build.
 *
 * `fixed: false` plants the flaws in BLIND3_FLAWS; `fixed: true` fixes every one.
 */

export interface Blind3Flaw {
  id: string;
  checkId: string;
  /** route templates as the engine reports them (location.path); undefined = not route-specific */
  paths?: string[];
  messageId?: string;
  field?: string;
  what: string;
}

const A = '/api/accounts/{account_pk}';

export const BLIND3_FLAWS: Blind3Flaw[] = [
  { id: 'authn-customers', checkId: 'api/authn-missing', paths: [`${A}/customers/`], what: 'customer list has permission_classes = [AllowAny]' },
  { id: 'bola-invoice-pk', checkId: 'api/bola', paths: [`${A}/invoices/{id}/`], what: 'invoice detail is Invoice.objects.get(pk=pk): the account in the path is checked, the invoice is not' },
  { id: 'bola-quote-unlisted', checkId: 'api/bola', paths: [`${A}/quotes/{id}/`], messageId: 'unlistedObject', what: 'quote detail by pk alone; the other tenant\'s only quote (33) is a draft no list shows: found only by trying neighbouring ids' },
  { id: 'bola-account-filter', checkId: 'api/bola', paths: ['/api/invoices/'], what: '?account= filter on the flat invoice list is honoured for any account' },
  { id: 'bola-jsonapi', checkId: 'api/bola', paths: ['/api/v2/projects/{id}'], what: 'JSON:API project detail has no tenant check' },
  { id: 'bfla-member-role', checkId: 'api/bfla', paths: [`${A}/members/{id}/`], what: 'PATCH member role ("Account admins only.") callable by members' },
  { id: 'bfla-audit', checkId: 'api/bfla', paths: [`${A}/audit-events/`], what: 'audit events (tags: [admin]) readable by members' },
  { id: 'bfla-superuser', checkId: 'api/bfla', paths: ['/api/admin/accounts/'], what: 'every account ("Superusers only.") readable by account admins' },
  { id: 'enum-login', checkId: 'api/user-enumeration', paths: ['/api/auth/login/'], what: 'login says "No active account found with the given email" vs "Incorrect password"' },
  { id: 'rl-reset-request', checkId: 'api/rate-limit', paths: ['/api/auth/password/reset/'], what: 'no limit on reset requests' },
  { id: 'reset-bruteforce', checkId: 'api/reset-token', paths: ['/api/auth/password/reset/confirm/'], what: '6-digit reset code without an attempt limit: 10^6 guesses' },
  { id: 'err-html-500', checkId: 'api/error-handling', paths: [`${A}/invoices/`], what: 'malformed JSON on invoice create answers Django\'s HTML debug 500 with a traceback' },
  { id: 'debug-404', checkId: 'api/exposed-debug', what: 'DEBUG = True: unknown URLs answer the 404 page listing every URL pattern' },
  { id: 'ma-is-staff', checkId: 'api/mass-assignment', paths: ['/api/users/me/'], field: 'is_staff', what: 'PATCH /api/users/me/ accepts is_staff' },
  { id: 'ma-account', checkId: 'api/mass-assignment', paths: ['/api/users/me/'], field: 'account_id', what: 'PATCH /api/users/me/ accepts account_id (moves the user to another tenant)' },
  { id: 'sf-password', checkId: 'api/sensitive-fields', paths: [`${A}/members/`], what: 'member list carries password (pbkdf2_sha256$...)' },
  { id: 'sf-api-token', checkId: 'api/sensitive-fields', paths: [`${A}/members/{id}/`], what: 'member detail carries the member\'s DRF api_token' },
  { id: 'sf-login-ip', checkId: 'api/sensitive-fields', paths: ['/api/users/{id}/'], what: 'user detail carries last_login_ip' },
  { id: 'wh-bearer-any', checkId: 'api/webhook-signature', paths: ['/api/webhooks/billing/'], what: 'billing hook accepts any Authorization: Bearer value' },
  { id: 'wh-replay', checkId: 'api/webhook-replay', paths: ['/api/webhooks/payments/'], what: 'payments hook does not bound X-Webhook-Timestamp' },
  { id: 'cors', checkId: 'api/cors', what: 'any Origin reflected with Allow-Credentials (django-cors-headers CORS_ALLOW_ALL_ORIGINS + credentials)' },
  { id: 'cookie-httponly', checkId: 'api/cookie-flags', what: 'sessionid without HttpOnly (SESSION_COOKIE_HTTPONLY = False)' },
  { id: 'slow', checkId: 'perf/latency-p95', paths: ['/api/reports/'], what: 'reports view takes 1.5 s' },
];

/**
 * Planted but not counted: not observable from one source address (see the test). The flawed login lockout is per
 * account (anyone can lock a victim out), the fixed one per address + account; from the auditor's single address
 * both lock after 5 failures.
 */
export const BLIND3_UNOBSERVABLE = [{ id: 'lockout-per-account', what: 'login lockout keyed by account only (victim lockout / DoS)' }];

const pw = (s: string) => `Bd-${s}-Passw0rd-2026`;
const PBKDF2 = (n: number) => `pbkdf2_sha256$600000$${'sAlTsAlTsAlT'.slice(0, 6 + (n % 6))}$${Buffer.from(`hash-${n}-billdesk-0000000000000`).toString('base64')}`;
const tokenKey = (name: string) => createHmac('sha1', 'billdesk-fixture').update(name).digest('hex');

interface User {
  id: number;
  username: string;
  email: string;
  password: string;
  first_name: string;
  account_id: number | null;
  role: 'member' | 'admin' | null;
  is_staff: boolean;
  is_superuser: boolean;
  api_token: string;
  last_login_ip: string;
}

export const ACME = 7;
export const GLOBEX = 8;

export const BLIND3_USERS: User[] = [
  { id: 41, username: 'alice', email: 'alice@acme.test', password: pw('alice'), first_name: 'Alice', account_id: ACME, role: 'member', is_staff: false, is_superuser: false, api_token: tokenKey('alice'), last_login_ip: '198.51.100.41' },
  { id: 42, username: 'carol', email: 'carol@acme.test', password: pw('carol'), first_name: 'Carol', account_id: ACME, role: 'member', is_staff: false, is_superuser: false, api_token: tokenKey('carol'), last_login_ip: '198.51.100.42' },
  { id: 43, username: 'dave', email: 'dave@acme.test', password: pw('dave'), first_name: 'Dave', account_id: ACME, role: 'admin', is_staff: false, is_superuser: false, api_token: tokenKey('dave'), last_login_ip: '198.51.100.43' },
  { id: 51, username: 'bob', email: 'bob@globex.test', password: pw('bob'), first_name: 'Bob', account_id: GLOBEX, role: 'member', is_staff: false, is_superuser: false, api_token: tokenKey('bob'), last_login_ip: '203.0.113.51' },
  { id: 52, username: 'erin', email: 'erin@globex.test', password: pw('erin'), first_name: 'Erin', account_id: GLOBEX, role: 'admin', is_staff: false, is_superuser: false, api_token: tokenKey('erin'), last_login_ip: '203.0.113.52' },
  { id: 1, username: 'root', email: 'root@billdesk.test', password: pw('root'), first_name: 'Root', account_id: null, role: null, is_staff: true, is_superuser: true, api_token: tokenKey('root'), last_login_ip: '192.0.2.1' },
];

function seed() {
  const accounts = [
    { id: ACME, name: 'Acme', plan: 'business', created: '2025-03-01T09:00:00Z' },
    { id: GLOBEX, name: 'Globex', plan: 'starter', created: '2025-05-11T14:30:00Z' },
  ];
  const invoices = [
    { id: 121, account: ACME, number: 'BD-0121', total: '4200.00', currency: 'EUR', status: 'open' },
    { id: 122, account: ACME, number: 'BD-0122', total: '990.00', currency: 'EUR', status: 'paid' },
    { id: 123, account: ACME, number: 'BD-0123', total: '120.00', currency: 'EUR', status: 'open' },
    { id: 124, account: GLOBEX, number: 'BD-0124', total: '350.00', currency: 'USD', status: 'open' },
    { id: 125, account: GLOBEX, number: 'BD-0125', total: '77.50', currency: 'USD', status: 'paid' },
  ];
  // Globex's only quote is a draft: quote lists show members sent quotes only.
  const quotes = [
    { id: 31, account: ACME, title: 'Rocket fuel', amount: '15000.00', status: 'sent' },
    { id: 32, account: ACME, title: 'Launch pad', amount: '82000.00', status: 'sent' },
    { id: 33, account: GLOBEX, title: 'Hammock fleet (confidential)', amount: '9100.00', status: 'draft' },
  ];
  const customers = [
    { id: 301, account: ACME, name: 'Wile E. Coyote', email: 'wile@desert.test' },
    { id: 302, account: ACME, name: 'Road Runner Inc', email: 'beep@desert.test' },
    { id: 401, account: GLOBEX, name: 'Hank Scorpio', email: 'hank@cypress.test' },
  ];
  const projects = [
    { id: '17', account: ACME, name: 'Migration', budget: '12000.00' },
    { id: '18', account: ACME, name: 'Audit prep', budget: '3000.00' },
    { id: '19', account: GLOBEX, name: 'Secret expansion', budget: '250000.00' },
  ];
  const audit = [
    { id: 901, account: ACME, actor: 'dave@acme.test', verb: 'member.role_changed', at: '2026-11-02T10:00:00Z' },
    { id: 902, account: GLOBEX, actor: 'erin@globex.test', verb: 'plan.changed', at: '2026-11-03T10:00:00Z' },
  ];
  return { accounts, invoices, quotes, customers, projects, audit };
}

/** OpenAPI 3.0.3 as drf-spectacular would publish it (YAML; no launchready extensions). */
export function blind3OpenApi(): Record<string, unknown> {
  const int = (name: string, description?: string) => ({ name, in: 'path', required: true, schema: { type: 'integer' }, ...(description ? { description } : {}) });
  const acct = int('account_pk', 'A unique integer value identifying this account.');
  const page = { name: 'page', in: 'query', required: false, schema: { type: 'integer' }, description: 'A page number within the paginated result set.' };
  const paged = (ref: string) => ({ type: 'object', properties: { count: { type: 'integer', example: 123 }, next: { type: 'string', nullable: true }, previous: { type: 'string', nullable: true }, results: { type: 'array', items: { $ref: ref } } } });
  const ok = (description: string, schema: Record<string, unknown> = { type: 'object' }, code = '200') => ({ [code]: { description, content: { 'application/json': { schema } } } });
  const body = (properties: Record<string, unknown>, required: string[] = []) => ({ content: { 'application/json': { schema: { type: 'object', properties, ...(required.length ? { required } : {}) } } }, required: true });
  const tok = [{ cookieAuth: [] }, { tokenAuth: [] }];
  return {
    openapi: '3.0.3',
    info: { title: 'Billdesk API', version: '2.7.1', description: 'Invoices, quotes and customers for small agencies.' },
    paths: {
      '/api/auth/csrf/': { get: { operationId: 'auth_csrf_retrieve', tags: ['auth'], security: [{}], responses: ok('Sets the csrftoken cookie') } },
      '/api/auth/login/': { post: { operationId: 'auth_login_create', tags: ['auth'], security: [{}], description: 'Session login. Send the csrftoken cookie and the X-CSRFToken header.', requestBody: body({ username: { type: 'string' }, password: { type: 'string' } }, ['username', 'password']), responses: ok('Logged in') } },
      '/api/auth/logout/': { post: { operationId: 'auth_logout_create', tags: ['auth'], responses: ok('Logged out') } },
      '/api/auth/password/reset/': { post: { operationId: 'auth_password_reset_create', tags: ['auth'], security: [{}], requestBody: body({ email: { type: 'string', format: 'email' } }, ['email']), responses: ok('Password reset e-mail has been sent.') } },
      '/api/auth/password/reset/confirm/': { post: { operationId: 'auth_password_reset_confirm_create', tags: ['auth'], security: [{}], requestBody: body({ email: { type: 'string', format: 'email' }, code: { type: 'string' }, new_password: { type: 'string' } }, ['email', 'code', 'new_password']), responses: ok('Password has been reset.') } },
      '/api/users/me/': {
        get: { operationId: 'users_me_retrieve', tags: ['users'], security: tok, responses: ok('The current user') },
        patch: { operationId: 'users_me_partial_update', tags: ['users'], security: tok, requestBody: body({ first_name: { type: 'string' }, last_name: { type: 'string' } }), responses: ok('Updated') },
      },
      '/api/users/{id}/': { get: { operationId: 'users_retrieve', tags: ['users'], security: tok, parameters: [int('id')], responses: ok('A user of one of your accounts') } },
      '/api/accounts/': { get: { operationId: 'accounts_list', tags: ['accounts'], security: tok, parameters: [page], responses: ok('Your accounts', paged('#/components/schemas/Account')) } },
      '/api/accounts/{account_pk}/': { get: { operationId: 'accounts_retrieve', tags: ['accounts'], security: tok, parameters: [acct], responses: ok('Account') } },
      [`${A}/invoices/`]: {
        get: { operationId: 'accounts_invoices_list', tags: ['invoices'], security: tok, parameters: [acct, page], responses: ok('Invoices', paged('#/components/schemas/Invoice')) },
        post: { operationId: 'accounts_invoices_create', tags: ['invoices'], security: tok, parameters: [acct], requestBody: body({ number: { type: 'string' }, total: { type: 'string' }, currency: { type: 'string', enum: ['EUR', 'USD'] } }, ['number', 'total']), responses: ok('Created', { $ref: '#/components/schemas/Invoice' }, '201') },
      },
      [`${A}/invoices/{id}/`]: { get: { operationId: 'accounts_invoices_retrieve', tags: ['invoices'], security: tok, parameters: [acct, int('id')], responses: ok('Invoice', { $ref: '#/components/schemas/Invoice' }) } },
      [`${A}/quotes/`]: { get: { operationId: 'accounts_quotes_list', tags: ['quotes'], security: tok, parameters: [acct, page], responses: ok('Sent quotes', paged('#/components/schemas/Quote')) } },
      [`${A}/quotes/{id}/`]: { get: { operationId: 'accounts_quotes_retrieve', tags: ['quotes'], security: tok, parameters: [acct, int('id')], responses: ok('Quote') } },
      [`${A}/customers/`]: { get: { operationId: 'accounts_customers_list', tags: ['customers'], security: tok, parameters: [acct, page], responses: ok('Customers') } },
      [`${A}/members/`]: { get: { operationId: 'accounts_members_list', tags: ['members'], security: tok, parameters: [acct, page], responses: ok('Members') } },
      [`${A}/members/{id}/`]: {
        get: { operationId: 'accounts_members_retrieve', tags: ['members'], security: tok, parameters: [acct, int('id')], responses: ok('Member') },
        patch: { operationId: 'accounts_members_partial_update', tags: ['members'], security: tok, description: 'Change a member\'s role. Account admins only.', parameters: [acct, int('id')], requestBody: body({ role: { type: 'string', enum: ['member', 'admin'], example: 'member' } }, ['role']), responses: ok('Member') },
      },
      [`${A}/audit-events/`]: { get: { operationId: 'accounts_audit_events_list', tags: ['admin'], security: tok, parameters: [acct, page], responses: ok('Audit trail') } },
      '/api/invoices/': { get: { operationId: 'invoices_list', tags: ['invoices'], security: tok, description: 'Invoices of every account you belong to.', parameters: [page, { name: 'account', in: 'query', required: false, schema: { type: 'integer' }, description: 'Filter by account id.' }], responses: ok('Invoices', paged('#/components/schemas/Invoice')) } },
      '/api/v2/projects': { get: { operationId: 'v2_projects_list', tags: ['projects'], security: tok, responses: { '200': { description: 'JSON:API collection', content: { 'application/vnd.api+json': { schema: { type: 'object' } } } } } } },
      '/api/v2/projects/{id}': { get: { operationId: 'v2_projects_retrieve', tags: ['projects'], security: tok, parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: { '200': { description: 'JSON:API resource', content: { 'application/vnd.api+json': { schema: { type: 'object' } } } } } } },
      '/api/reports/': { get: { operationId: 'reports_retrieve', tags: ['reports'], security: tok, responses: ok('Revenue report of your account') } },
      '/api/admin/accounts/': { get: { operationId: 'admin_accounts_list', tags: ['staff'], security: tok, description: 'Every account on the platform. Superusers only.', responses: ok('Accounts') } },
      '/api/webhooks/billing/': { post: { operationId: 'webhooks_billing_create', tags: ['webhooks'], security: [{}], description: 'Billing provider events; Authorization: Bearer <shared secret>.', requestBody: body({ id: { type: 'string' }, type: { type: 'string' } }), responses: ok('Received') } },
      '/api/webhooks/payments/': { post: { operationId: 'webhooks_payments_create', tags: ['webhooks'], security: [{}], description: 'Payment events; X-Webhook-Signature: base64 HMAC-SHA256 of "<timestamp>.<body>".', requestBody: body({ id: { type: 'string' }, type: { type: 'string' } }), responses: ok('Received') } },
    },
    components: {
      schemas: {
        Account: { type: 'object', properties: { id: { type: 'integer', readOnly: true }, name: { type: 'string' }, plan: { type: 'string' } } },
        Invoice: { type: 'object', properties: { id: { type: 'integer', readOnly: true }, account: { type: 'integer', readOnly: true }, number: { type: 'string' }, total: { type: 'string' }, currency: { type: 'string' }, status: { type: 'string', readOnly: true } } },
        Quote: { type: 'object', properties: { id: { type: 'integer', readOnly: true }, account: { type: 'integer' }, title: { type: 'string' }, amount: { type: 'string' }, status: { type: 'string' } } },
      },
      securitySchemes: {
        cookieAuth: { type: 'apiKey', in: 'cookie', name: 'sessionid' },
        tokenAuth: { type: 'apiKey', in: 'header', name: 'Authorization', description: 'Token-based authentication with required prefix "Token"' },
      },
    },
  };
}

export interface Blind3App {
  url: string;
  mailboxUrl: string;
  webhookSecrets: { billing: string; payments: string };
  tokens: Record<string, string>;
  hits: Map<string, number>;
  close(): Promise<void>;
}


function listen(server: Server): Promise<number> {
  return new Promise((r) => server.listen(0, '127.0.0.1', () => r((server.address() as { port: number }).port)));
}

function cookiesOf(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of String(req.headers.cookie ?? '').split(';')) {
    const m = /^\s*([^=\s]+)=(.*)$/.exec(part);
    if (m) out[m[1]!] = m[2]!.trim();
  }
  return out;
}

const URL_PATTERNS = ['api/auth/csrf/', 'api/auth/login/', 'api/auth/logout/', 'api/auth/password/reset/', 'api/auth/password/reset/confirm/', 'api/users/me/', 'api/users/<int:pk>/', 'api/accounts/', 'api/accounts/<int:account_pk>/invoices/', 'api/admin/accounts/', 'api/schema/', 'admin/'];

export async function startBlind3(opts: { fixed: boolean }): Promise<Blind3App> {
  const fixed = opts.fixed;
  const db = seed();
  const users = BLIND3_USERS.map((u) => ({ ...u }));
  const webhookSecrets = { billing: `bill_${randomBytes(16).toString('hex')}`, payments: `pay_${randomBytes(16).toString('hex')}` };
  const sessions = new Map<string, number>();
  const csrfOfSession = new Map<string, string>();
  const failures = new Map<string, number>();
  const counters = new Map<string, number>();
  const resetCodes = new Map<string, { code: string; attempts: number }>();
  const seenEvents = new Set<string>();
  const mails: Mail[] = [];
  const hits = new Map<string, number>();
  let nextInvoice = 200;

  const send = (req: IncomingMessage, res: ServerResponse, status: number, body: unknown, headers: Record<string, string | string[]> = {}, type = 'application/json') => {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    const h: Record<string, string | string[]> = { 'content-type': type, vary: 'Accept, Cookie, Origin', allow: 'GET, POST, PATCH, HEAD, OPTIONS', 'x-frame-options': 'DENY', 'x-content-type-options': 'nosniff', 'referrer-policy': 'same-origin', 'cross-origin-opener-policy': 'same-origin', 'cache-control': 'private, no-store', 'content-length': String(Buffer.byteLength(text)), ...headers };
    const origin = req.headers.origin;
    // planted: CORS_ALLOW_ALL_ORIGINS with CORS_ALLOW_CREDENTIALS in the flawed build
    if (origin && (!fixed || origin === 'https://app.billdesk.test')) {
      h['access-control-allow-origin'] = origin;
      h['access-control-allow-credentials'] = 'true';
    }
    res.writeHead(status, h);
    res.end(req.method === 'HEAD' ? undefined : text);
  };
  const detail = (req: IncomingMessage, res: ServerResponse, status: number, d: string, headers: Record<string, string> = {}) => send(req, res, status, { detail: d }, headers);
  const page = <T>(rows: T[]) => ({ count: rows.length, next: null, previous: null, results: rows });
  const debugPage = (title: string, body: string) => `<!DOCTYPE html>\n<html lang="en"><head><meta name="robots" content="NONE,NOARCHIVE"><title>${title}</title></head><body><div id="summary"><h1>${title}</h1>${body}</div><div id="explanation"><p>You're seeing this error because you have <code>DEBUG = True</code> in your Django settings file. Change that to <code>False</code>, and Django will display a standard page generated by the handler for this status code.</p></div></body></html>\n`;
  const profile = (u: User) => ({ id: u.id, username: u.username, email: u.email, first_name: u.first_name, account_id: u.account_id, role: u.role, is_staff: u.is_staff });
  const member = (u: User, full: boolean) => ({ id: u.id, username: u.username, email: u.email, first_name: u.first_name, role: u.role, ...(fixed ? {} : full ? { api_token: u.api_token } : { password: PBKDF2(u.id) }) });

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const p = url.pathname;
    const method = req.method ?? 'GET';
    hits.set(`${method} ${p}`, (hits.get(`${method} ${p}`) ?? 0) + 1);
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const c of req) {
      size += (c as Buffer).length;
      if (size > 100_000) return detail(req, res, 413, 'Request body is too large.');
      chunks.push(c as Buffer);
    }
    const raw = Buffer.concat(chunks).toString('utf8');
    const ip = req.socket.remoteAddress ?? '?';
    let bodyError = false;
    let b: Record<string, unknown> = {};
    if (raw) {
      const ct = String(req.headers['content-type'] ?? '');
      if (/x-www-form-urlencoded/.test(ct)) b = Object.fromEntries(new URLSearchParams(raw));
      else {
        try {
          const v = JSON.parse(raw) as unknown;
          if (v && typeof v === 'object' && !Array.isArray(v)) b = v as Record<string, unknown>;
          else bodyError = true;
        } catch {
          bodyError = true;
        }
      }
    }
    const parseError = () => {
      // planted: the flawed build parses request.body itself and the JSONDecodeError reaches Django's debug handler
      if (fixed) return detail(req, res, 400, 'JSON parse error - Expecting value: line 1 column 1 (char 0)');
      return send(req, res, 500, debugPage(`JSONDecodeError at ${p}`, `<pre class="exception_value">Expecting value: line 1 column 1 (char 0)</pre><table class="meta"><tr><th>Django Version:</th><td>5.1.4</td></tr><tr><th>Python Executable:</th><td>/srv/billdesk/.venv/bin/python</td></tr></table><div id="traceback"><pre>Traceback (most recent call last):\n  File "/srv/billdesk/.venv/lib/python3.12/site-packages/django/core/handlers/exception.py", line 55, in inner\n    response = get_response(request)\n  File "/srv/billdesk/billing/views.py", line 88, in create\n    data = json.loads(request.body)\njson.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)</pre></div>`), {}, 'text/html; charset=utf-8');
    };

    if (p === '/api/schema/' && method === 'GET') return send(req, res, 200, toYaml(blind3OpenApi()), {}, 'application/vnd.oai.openapi; charset=utf-8');
    // Django's APPEND_SLASH: a GET without the trailing slash is redirected.
    if (method === 'GET' && !p.endsWith('/') && !p.startsWith('/api/v2/') && p.startsWith('/api/')) return send(req, res, 301, '', { location: `${p}/${url.search}` }, 'text/html; charset=utf-8');

    if (p === '/api/auth/csrf/') {
      if (method !== 'GET') return detail(req, res, 405, `Method "${method}" not allowed.`);
      const t = randomBytes(16).toString('hex');
      return send(req, res, 200, { detail: 'CSRF cookie set' }, { 'set-cookie': [`csrftoken=${t}; expires=Mon, 06 Dec 2027 10:00:00 GMT; Max-Age=31449600; Path=/; SameSite=Lax${fixed ? '; Secure' : ''}`] });
    }
    const cookies = cookiesOf(req);
    const csrfOk = () => !!cookies.csrftoken && req.headers['x-csrftoken'] === cookies.csrftoken;

    if (p === '/api/auth/login/') {
      if (method !== 'POST') return detail(req, res, 405, `Method "${method}" not allowed.`);
      if (!csrfOk()) return detail(req, res, 403, 'CSRF Failed: CSRF token missing or incorrect.');
      if (bodyError) return parseError();
      const login = String(b.username ?? b.email ?? '').toLowerCase();
      // planted: the flawed lockout is keyed by the account only (anyone can lock a victim out); fixed: address + account
      const key = fixed ? `${ip}|${login}` : login;
      if ((failures.get(key) ?? 0) >= 5) return detail(req, res, 403, 'Account locked: too many failed login attempts. Try again later.', { 'retry-after': '900' });
      const u = users.find((x) => x.email === login || x.username === login);
      if (!u || u.password !== b.password) {
        failures.set(key, (failures.get(key) ?? 0) + 1);
        // planted: the flawed build tells unknown addresses from wrong passwords
        return detail(req, res, 400, fixed ? 'Unable to log in with provided credentials.' : !u ? 'No active account found with the given email.' : 'Incorrect password.');
      }
      const sid = randomBytes(20).toString('hex');
      sessions.set(sid, u.id);
      const csrf = randomBytes(16).toString('hex');
      csrfOfSession.set(sid, csrf);
      // planted: SESSION_COOKIE_HTTPONLY = False in the flawed build
      return send(req, res, 200, { detail: 'Logged in.', user: { id: u.id, email: u.email } }, { 'set-cookie': [`csrftoken=${csrf}; Max-Age=31449600; Path=/; SameSite=Lax${fixed ? '; Secure' : ''}`, `sessionid=${sid}; expires=Mon, 21 Dec 2026 10:00:00 GMT; Max-Age=1209600; Path=/; SameSite=Lax${fixed ? '; HttpOnly; Secure' : ''}`] });
    }
    if (p === '/api/auth/password/reset/') {
      if (method !== 'POST') return detail(req, res, 405, `Method "${method}" not allowed.`);
      if (bodyError) return parseError();
      const email = String(b.email ?? '').toLowerCase();
      const key = `reset|${ip}|${email}`;
      // planted: no throttle on reset requests in the flawed build
      if (fixed && (counters.get(key) ?? 0) >= 5) return detail(req, res, 429, 'Request was throttled. Expected available in 600 seconds.', { 'retry-after': '600' });
      counters.set(key, (counters.get(key) ?? 0) + 1);
      const u = users.find((x) => x.email === email);
      if (u) {
        const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
        resetCodes.set(u.email, { code, attempts: 0 });
        mails.push({ ID: randomBytes(10).toString('base64url'), To: [{ Address: u.email, Name: u.first_name }], From: { Address: 'no-reply@billdesk.test', Name: 'Billdesk' }, Subject: 'Password reset on Billdesk', Created: new Date().toISOString(), Text: `Hi ${u.first_name},\n\nYour password reset code is ${code}. It expires in 15 minutes.\n\nThe Billdesk team\n` });
      }
      return detail(req, res, 200, 'Password reset e-mail has been sent.');
    }
    if (p === '/api/auth/password/reset/confirm/') {
      if (method !== 'POST') return detail(req, res, 405, `Method "${method}" not allowed.`);
      if (bodyError) return parseError();
      const email = String(b.email ?? '').toLowerCase();
      const r = resetCodes.get(email);
      if (!r) return send(req, res, 400, { code: ['Invalid or expired code.'] });
      if (String(b.code ?? '') !== r.code) {
        r.attempts++;
        // planted: the flawed build counts nothing; the fixed one burns the code after 5 wrong guesses
        if (fixed && r.attempts >= 5) resetCodes.delete(email);
        return send(req, res, 400, { code: ['Invalid or expired code.'] });
      }
      if (typeof b.new_password !== 'string' || b.new_password.length < 10) return send(req, res, 400, { new_password: ['This password is too short. It must contain at least 10 characters.'] });
      const u = users.find((x) => x.email === email)!;
      u.password = b.new_password;
      resetCodes.delete(email);
      return detail(req, res, 200, 'Password has been reset with the new password.');
    }
    if (p === '/api/webhooks/billing/') {
      if (method !== 'POST') return detail(req, res, 405, `Method "${method}" not allowed.`);
      const bearer = /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ''))?.[1] ?? '';
      const good = bearer.length === webhookSecrets.billing.length && timingSafeEqual(Buffer.from(bearer), Buffer.from(webhookSecrets.billing));
      // planted: the flawed build only checks that some bearer is present
      if (!bearer || (fixed && !good)) return detail(req, res, 401, 'Invalid webhook credentials.');
      if (bodyError) return parseError();
      return send(req, res, 200, { received: true });
    }
    if (p === '/api/webhooks/payments/') {
      if (method !== 'POST') return detail(req, res, 405, `Method "${method}" not allowed.`);
      const ts = String(req.headers['x-webhook-timestamp'] ?? '');
      const sig = String(req.headers['x-webhook-signature'] ?? '');
      const want = createHmac('sha256', webhookSecrets.payments).update(`${ts}.${raw}`).digest('base64');
      if (!/^\d+$/.test(ts) || sig.length !== want.length || !timingSafeEqual(Buffer.from(sig), Buffer.from(want))) return detail(req, res, 401, 'Invalid signature.');
      // planted: the flawed build does not bound the timestamp
      if (fixed && Math.abs(Date.now() / 1000 - Number(ts)) > 300) return detail(req, res, 401, 'Timestamp outside the tolerance zone.');
      if (bodyError) return parseError();
      const id = String(b.id ?? '');
      if (fixed && seenEvents.has(id)) return send(req, res, 200, { received: true, duplicate: true });
      seenEvents.add(id);
      return send(req, res, 200, { received: true });
    }

    // planted: the customer list view has permission_classes = [AllowAny]
    const cust = /^\/api\/accounts\/(\d+)\/customers\/$/.exec(p);
    if (cust && method === 'GET' && !fixed) return send(req, res, 200, page(db.customers.filter((c) => c.account === Number(cust[1]))));

    // ---- authentication: DRF SessionAuthentication (with CSRF on unsafe methods) or TokenAuthentication ----
    let me: User | undefined;
    const tokenAuth = /^Token (\S+)$/.exec(String(req.headers.authorization ?? ''))?.[1];
    if (tokenAuth) {
      me = users.find((u) => u.api_token === tokenAuth);
      if (!me) return detail(req, res, 401, 'Invalid token.', { 'www-authenticate': 'Token' });
    } else if (cookies.sessionid && sessions.has(cookies.sessionid)) {
      me = users.find((u) => u.id === sessions.get(cookies.sessionid!));
      if (me && !['GET', 'HEAD', 'OPTIONS'].includes(method) && !csrfOk()) return detail(req, res, 403, 'CSRF Failed: CSRF token missing or incorrect.');
    }
    const known = /^\/api\/(users|accounts|invoices|v2|reports|admin)(\/|$)/.test(p);
    if (!me && known) return detail(req, res, 401, 'Authentication credentials were not provided.', { 'www-authenticate': 'Token' });
    const superuser = !!me?.is_superuser;
    const memberOf = (acct: number) => !!me && (superuser || me.account_id === acct);
    const isAdminOf = (acct: number) => !!me && (superuser || (me.account_id === acct && me.role === 'admin'));
    const notAllowed = () => detail(req, res, 405, `Method "${method}" not allowed.`);
    const notFound = () => detail(req, res, 200, 'Not found.'); // a legacy view answers 200

    if (me && p === '/api/users/me/') {
      if (method === 'GET') return send(req, res, 200, profile(me));
      if (method === 'PATCH') {
        if (bodyError) return parseError();
        if (b.first_name !== undefined && typeof b.first_name !== 'string') return send(req, res, 400, { first_name: ['Not a valid string.'] });
        if (typeof b.first_name === 'string') me.first_name = b.first_name;
        if (!fixed) {
          // planted: fields = '__all__' on the flawed serializer
          if (typeof b.is_staff === 'boolean') me.is_staff = b.is_staff;
          if (typeof b.account_id === 'number' && db.accounts.some((a) => a.id === b.account_id)) me.account_id = b.account_id;
        }
        return send(req, res, 200, profile(me));
      }
      return notAllowed();
    }
    const userDetail = /^\/api\/users\/(\d+)\/$/.exec(p);
    if (me && userDetail) {
      if (method !== 'GET') return notAllowed();
      const u = users.find((x) => x.id === Number(userDetail[1]) && (superuser || (x.account_id !== null && x.account_id === me!.account_id)));
      if (!u) return notFound();
      // planted: last_login_ip in the flawed serializer
      return send(req, res, 200, { ...profile(u), date_joined: '2025-06-01T08:00:00Z', ...(fixed ? {} : { last_login_ip: u.last_login_ip }) });
    }
    if (me && p === '/api/accounts/') {
      if (method !== 'GET') return notAllowed();
      return send(req, res, 200, page(db.accounts.filter((a) => memberOf(a.id))));
    }
    if (me && p === '/api/invoices/') {
      if (method !== 'GET') return notAllowed();
      const filter = url.searchParams.get('account');
      // planted: the flawed filter is applied to every invoice instead of to the caller's accounts' invoices
      let rows = fixed || !filter ? db.invoices.filter((i) => memberOf(i.account)) : db.invoices;
      if (filter) rows = rows.filter((i) => i.account === Number(filter));
      return send(req, res, 200, page(rows));
    }
    if (me && p === '/api/reports/') {
      if (method !== 'GET') return notAllowed();
      // planted: the flawed build aggregates every invoice in Python on each call
      await new Promise((r) => setTimeout(r, fixed ? 2 : 1500));
      const mine = db.invoices.filter((i) => i.account === me!.account_id);
      return send(req, res, 200, { account: me.account_id, invoices: mine.length, revenue: mine.reduce((s, i) => s + Number(i.total), 0).toFixed(2) });
    }
    if (me && p === '/api/admin/accounts/') {
      if (method !== 'GET') return notAllowed();
      // planted: the flawed view checks IsAdminUser-like "role == admin" instead of is_superuser
      if (!(superuser || (!fixed && me.role === 'admin'))) return detail(req, res, 403, 'You do not have permission to perform this action.');
      return send(req, res, 200, page(db.accounts));
    }
    if (me && p === '/api/v2/projects') {
      if (method !== 'GET') return notAllowed();
      const rows = db.projects.filter((x) => memberOf(x.account));
      return send(req, res, 200, { data: rows.map((x) => ({ id: x.id, type: 'projects', attributes: { name: x.name, budget: x.budget, account: x.account } })), links: { self: `/api/v2/projects` }, meta: { count: rows.length } }, {}, 'application/vnd.api+json');
    }
    const proj = /^\/api\/v2\/projects\/([^/]+)$/.exec(p);
    if (me && proj) {
      if (method !== 'GET') return notAllowed();
      // planted: the flawed JSON:API view has no tenant filter
      const x = db.projects.find((y) => y.id === proj[1] && (!fixed || memberOf(y.account)));
      if (!x) return send(req, res, 404, { errors: [{ status: '404', title: 'Not found' }] }, {}, 'application/vnd.api+json');
      return send(req, res, 200, { data: { id: x.id, type: 'projects', attributes: { name: x.name, budget: x.budget, account: x.account } } }, {}, 'application/vnd.api+json');
    }

    const acct = /^\/api\/accounts\/(\d+)\/(?:([a-z-]+)\/(?:(\d+)\/)?)?$/.exec(p);
    if (me && acct) {
      const accountId = Number(acct[1]);
      const what = acct[2];
      const pk = acct[3] !== undefined ? Number(acct[3]) : undefined;
      const account = db.accounts.find((a) => a.id === accountId);
      if (!account || !memberOf(accountId)) return detail(req, res, 403, 'You do not have permission to perform this action.');
      if (!what) return method === 'GET' ? send(req, res, 200, account) : notAllowed();
      if (what === 'invoices' && pk === undefined) {
        if (method === 'GET') return send(req, res, 200, page(db.invoices.filter((i) => i.account === accountId)));
        if (method === 'POST') {
          if (bodyError) return parseError();
          if (typeof b.number !== 'string' || typeof b.total !== 'string') return send(req, res, 400, { number: ['This field is required.'], total: ['This field is required.'] });
          const inv = { id: nextInvoice++, account: accountId, number: b.number, total: b.total, currency: b.currency === 'USD' ? 'USD' : 'EUR', status: 'open' };
          db.invoices.push(inv);
          return send(req, res, 201, inv);
        }
        return notAllowed();
      }
      if (what === 'invoices' && pk !== undefined) {
        if (method !== 'GET') return notAllowed();
        // planted: Invoice.objects.get(pk=pk) instead of account.invoices.get(pk=pk)
        const inv = db.invoices.find((i) => i.id === pk && (!fixed || i.account === accountId));
        return inv ? send(req, res, 200, inv) : notFound();
      }
      if (what === 'quotes' && pk === undefined) return method === 'GET' ? send(req, res, 200, page(db.quotes.filter((q) => q.account === accountId && (q.status !== 'draft' || isAdminOf(accountId))))) : notAllowed();
      if (what === 'quotes' && pk !== undefined) {
        if (method !== 'GET') return notAllowed();
        // planted: Quote.objects.get(pk=pk) in the flawed build
        const q = db.quotes.find((x) => x.id === pk && (!fixed || x.account === accountId));
        return q ? send(req, res, 200, q) : notFound();
      }
      if (what === 'customers' && pk === undefined) return method === 'GET' ? send(req, res, 200, page(db.customers.filter((c) => c.account === accountId))) : notAllowed();
      if (what === 'members' && pk === undefined) return method === 'GET' ? send(req, res, 200, page(users.filter((u) => u.account_id === accountId).map((u) => member(u, false)))) : notAllowed();
      if (what === 'members' && pk !== undefined) {
        const u = users.find((x) => x.id === pk && x.account_id === accountId);
        if (method === 'GET') return u ? send(req, res, 200, member(u, true)) : notFound();
        if (method === 'PATCH') {
          // planted: the flawed view forgets IsAccountAdmin
          if (fixed && !isAdminOf(accountId)) return detail(req, res, 403, 'You do not have permission to perform this action.');
          if (!u) return notFound();
          if (bodyError) return parseError();
          if (b.role !== 'member' && b.role !== 'admin') return send(req, res, 400, { role: [`"${String(b.role)}" is not a valid choice.`] });
          u.role = b.role;
          return send(req, res, 200, member(u, true));
        }
        return notAllowed();
      }
      if (what === 'audit-events' && pk === undefined) {
        if (method !== 'GET') return notAllowed();
        // planted: no admin check on the flawed audit view
        if (fixed && !isAdminOf(accountId)) return detail(req, res, 403, 'You do not have permission to perform this action.');
        return send(req, res, 200, page(db.audit.filter((a) => a.account === accountId)));
      }
    }
    if (p.startsWith('/api/') && !known) return detail(req, res, 404, 'Not found.');
    // planted: DEBUG = True shows the URLconf on every 404
    if (!fixed) return send(req, res, 404, debugPage('Page not found (404)', `<table class="req"><tr><th>Request Method:</th><td>${method}</td></tr><tr><th>Request URL:</th><td>http://${req.headers.host}${p}</td></tr></table><p>Using the URLconf defined in <code>billdesk.urls</code>, Django tried these URL patterns, in this order:</p><ol>${URL_PATTERNS.map((x) => `<li>${x}</li>`).join('')}</ol>`), {}, 'text/html; charset=utf-8');
    return send(req, res, 404, '<!doctype html><html><head><title>Not Found</title></head><body><h1>Not Found</h1><p>The requested resource was not found on this server.</p></body></html>', {}, 'text/html; charset=utf-8');
  };

  const mailbox = mailpitServer(mails, 'Your password reset code is inside');
  const api = createServer((req, res) => void handle(req, res).catch(() => (res.headersSent ? res.end() : (res.writeHead(500), res.end()))));
  const [port, mport] = await Promise.all([listen(api), listen(mailbox)]);
  return {
    url: `http://127.0.0.1:${port}`,
    mailboxUrl: `http://127.0.0.1:${mport}`,
    webhookSecrets,
    tokens: Object.fromEntries(users.map((u) => [u.username, u.api_token])),
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
 * The config a tester would write from docs/api.md. No `openapi`: the document is found by api.discoverOpenapi.
 * alice, carol and dave log in with a session and CSRF; bob and the superuser use DRF tokens (a static
 * Authorization header). `csrf` selects the login style: without it (what docs/api.md offered before this
 * evaluation) the session logins cannot send the CSRF token.
 */
export function blind3Config(app: Pick<Blind3App, 'url' | 'mailboxUrl' | 'webhookSecrets' | 'tokens'>, reportDir: string, opts: { csrf?: boolean; bearerWebhook?: boolean } = {}): Record<string, unknown> {
  const csrf = opts.csrf ?? true;
  const person = (name: string, tenant: string, role: string) => {
    const u = BLIND3_USERS.find((x) => x.username === name)!;
    return { name, tenant, role, email: u.email, password: u.password, login: { path: '/api/auth/login/', body: { username: '{{email}}', password: '{{password}}' }, ...(csrf ? { csrf: { path: '/api/auth/csrf/' } } : {}) } };
  };
  const token = (name: string, tenant: string | undefined, role: string) => {
    const u = BLIND3_USERS.find((x) => x.username === name)!;
    return { name, ...(tenant ? { tenant } : {}), role, email: u.email, headers: { Authorization: `Token ${app.tokens[name]}` } };
  };
  return {
    version: 1,
    report: { dir: reportDir },
    network: { budget: 3000, rate: 200 },
    api: {
      baseUrl: app.url,
      allowHosts: [new URL(app.mailboxUrl).host],
      allowWrites: true,
      identities: [person('alice', 'acme', 'member'), person('carol', 'acme', 'member'), person('dave', 'acme', 'admin'), token('bob', 'globex', 'member'), token('root', undefined, 'platform')],
      skip: ['POST /api/auth/logout/'],
      reset: {
        identity: 'carol',
        request: { path: '/api/auth/password/reset/' },
        mailbox: { url: app.mailboxUrl, tokenRegex: 'code is (\\d{6})' },
        consume: { path: '/api/auth/password/reset/confirm/', body: { email: '{{email}}', code: '{{token}}', new_password: '{{password}}' } },
      },
      webhooks: [
        // Without a `bearer` scheme (before this evaluation) a tester could not describe the billing hook: it is left to
        // the inferred /webhooks/ deliveries.
        ...(opts.bearerWebhook === false ? [] : [{ path: '/api/webhooks/billing/', scheme: 'bearer', secret: app.webhookSecrets.billing }]),
        { path: '/api/webhooks/payments/', scheme: 'hmac', header: 'X-Webhook-Signature', timestampHeader: 'X-Webhook-Timestamp', encoding: 'base64', secret: app.webhookSecrets.payments },
      ],
      corsOrigins: ['https://app.billdesk.test'],
    },
  };
}
