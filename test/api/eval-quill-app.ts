import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { versionBanner, type EvalApp, type EvalFlaw, type LookAlike } from './eval-kit.js';
import { ProcessCrash, Router, serve, type Req, type Res } from './eval-server.js';

/**
 * "Quillmark": a FastAPI / Starlette style notes-and-invoices API, written for issue 12 before the engine was tuned,
 * in a style the suite did not have:
 * - Pydantic validation errors: 422 `{"detail": [{"type", "loc", "msg", "input"}]}`; other errors `{"detail": "..."}`;
 * - OAuth2 password flow: POST /api/v1/auth/token with a form body (username, password) answering
 *   `{access_token, token_type: "bearer"}`; HS256 JWTs; the PDF download route also takes the token in `?token=`
 *   (download links), like many FastAPI apps;
 * - integer ids, no trailing slashes, an OpenAPI 3.1 document at /openapi.json with Swagger UI at /docs;
 * - two auth dependencies: the current one (`get_current_user`) and a legacy one left on the notes router;
 * - a search route that concatenates SQL (simulated faithfully enough: a small SQL WHERE evaluator that raises
 *   SQLAlchemy-style OperationalErrors and honours OR/AND/comments), a validated field with a catastrophic regex
 *   (input capped at 26 characters: the worst case, 25 letters and "!", costs about 1 s of CPU on its first, interpreted run and 0.12 s once V8 has compiled the pattern), gunicorn's version banner, the Werkzeug
 *   debugger console, and an export route whose malformed id kills the worker process: the server refuses
 *   connections until the "supervisor" restarts it 4 s later.
 *
 * `fixed: false` plants the flaws of QUILL_FLAWS; `fixed: true` fixes every one. QUILL_LOOKALIKES are in both.
 */

const N = '/api/v1/notes/{note_id}';
const JSON_BODY_ROUTES = ['/api/v1/notes', N, '/api/v1/users', '/api/v1/users/me', '/api/v1/users/{user_id}/role', '/api/v1/invoices'];

export const QUILL_FLAWS: EvalFlaw[] = [
  { id: 'jwt-weak-secret', checkId: 'api/jwt-weak-secret', owasp: 'API2', what: 'HS256 secret "secret123" (in every JWT wordlist)' },
  { id: 'jwt-no-exp', checkId: /jwt/, messageId: /exp/i, owasp: 'API2', what: 'access tokens carry no exp claim (CWE-613)' },
  { id: 'jwt-none-legacy', checkId: 'api/jwt-alg-none', paths: ['/api/v1/notes', N], owasp: 'API2', what: 'the notes router\'s legacy dependency decodes without verification: alg none accepted' },
  { id: 'jwt-signature-legacy', checkId: 'api/jwt-signature', paths: ['/api/v1/notes', N], owasp: 'API2', what: 'the same legacy dependency accepts any signature' },
  { id: 'jwt-expired-pdf', checkId: 'api/jwt-expired', paths: ['/api/v1/invoices/{invoice_id}/pdf'], owasp: 'API2', what: 'the PDF route verifies the signature with verify_exp=False: expired tokens work' },
  { id: 'bola-note-read', checkId: 'api/bola', paths: [N], messageId: /^(crossTenant|crossUser|unlistedObject)$/, owasp: 'API1', what: 'GET /api/v1/notes/{note_id} returns any user\'s note' },
  { id: 'bola-note-write', checkId: 'api/bola', paths: [N], messageId: /write/i, owasp: 'API1', what: 'PUT /api/v1/notes/{note_id} updates any user\'s note' },
  { id: 'enum-user-lookup', checkId: 'api/user-enumeration', paths: ['/api/v1/users/{username}'], owasp: 'API2', what: 'GET /api/v1/users/{username}: 404 "User not found" vs 403 "Not enough permissions"' },
  { id: 'enum-signup', checkId: 'api/user-enumeration', paths: ['/api/v1/users'], owasp: 'API2', what: 'sign-up answers 400 "Email already registered"' },
  { id: 'pw-policy', checkId: /password-policy|weak-password|password-strength|signup-password/, paths: ['/api/v1/users'], owasp: 'API2', what: 'sign-up accepts "password" and 4-character passwords' },
  { id: 'redos-display-name', checkId: /redos|regex|catastrophic/, paths: ['/api/v1/users/me'], owasp: 'API4', what: 'display_name is validated by ^([a-zA-Z0-9]+\\s?)*$ (exponential backtracking; capped at 26 characters: ≈ 1 s cold, 0.12 s warm)' },
  { id: 'ma-superuser', checkId: 'api/mass-assignment', paths: ['/api/v1/users/me'], field: 'is_superuser', owasp: 'API3', what: 'PATCH /api/v1/users/me: the Pydantic model allows extra fields, is_superuser is written' },
  { id: 'sf-hashed-password', checkId: 'api/sensitive-fields', paths: ['/api/v1/users/me'], owasp: 'API3', what: 'GET /api/v1/users/me returns UserInDB with hashed_password' },
  { id: 'authn-projects', checkId: 'api/authn-missing', paths: ['/api/v1/projects'], owasp: 'API2', what: 'GET /api/v1/projects has no auth dependency: every project to anyone' },
  { id: 'bfla-admin-users', checkId: 'api/bfla', paths: ['/api/v1/admin/users'], owasp: 'API5', what: 'GET /api/v1/admin/users checks sign-in, not is_superuser' },
  { id: 'bfla-role', checkId: 'api/bfla', paths: ['/api/v1/users/{user_id}/role'], owasp: 'API5', what: 'PATCH /api/v1/users/{user_id}/role ("Admin only.") callable by any user' },
  { id: 'sqli-search', checkId: /inject|sqli/, paths: ['/api/v1/notes/search'], owasp: 'API8', what: 'q is concatenated into SQL: a quote gives an OperationalError, OR 1=1 -- lists every note' },
  { id: 'err-traceback', checkId: 'api/error-handling', paths: JSON_BODY_ROUTES, owasp: 'API8', what: 'malformed JSON answers 500 with the Python traceback (debug=True)' },
  { id: 'rl-login', checkId: 'api/rate-limit', paths: ['/api/v1/auth/token'], owasp: 'API4', what: 'no limit on failed logins' },
  { id: 'banner-version', checkId: /banner|version/, accept: versionBanner, owasp: 'API8', what: 'server: gunicorn/19.9.0' },
  { id: 'debug-console', checkId: 'api/exposed-debug', paths: ['/console'], owasp: 'API8', what: 'Werkzeug debugger console at /console' },
  { id: 'crash-export', checkId: /dos|down|crash|liveness|availability|unavailable|health/, paths: ['/api/v1/reports/{report_id}/export'], owasp: 'API4', what: 'a non-integer report id kills the worker (int() in a thread with no handler); the server is down until the supervisor restarts it 4 s later' },
];

export const QUILL_LOOKALIKES: LookAlike[] = [
  { id: 'docs-public', checkId: /authn-missing|exposed-debug|bfla|sensitive/, paths: ['/docs', '/redoc', '/openapi.json', '/api/v1/health'], what: 'Swagger UI, ReDoc, the document and the health route are public by design (the health answer names the app version)' },
  { id: 'cors-star-no-credentials', checkId: 'api/cors', what: 'Access-Control-Allow-Origin: * without credentials on a bearer-token API' },
  { id: 'self-lookup', checkId: /bola/, paths: ['/api/v1/users/{username}'], what: 'a user reads their own profile by name' },
  { id: 'tags-public', checkId: /authn-missing|bola/, paths: ['/api/v1/tags'], what: 'public tag list (security: [])' },
  { id: 'pdf-query-token', checkId: /authn-missing|bola/, paths: ['/api/v1/invoices/{invoice_id}/pdf'], what: 'download links carry ?token=; ownership enforced in both twins' },
];

export const QUILL_USERS = {
  alice: { id: 1, username: 'alice', email: 'alice@quillmark.test', password: 'Quill-Alice-Pw-2026', superuser: false },
  bob: { id: 2, username: 'bob', email: 'bob@quillmark.test', password: 'Quill-Bob-Pw-2026', superuser: false },
  admin: { id: 3, username: 'admin', email: 'admin@quillmark.test', password: 'Quill-Admin-Pw-2026', superuser: true },
};
/** the flawed build's signing secret: a value from every public JWT secret list */
export const QUILL_WEAK_SECRET = 'secret123';

interface User { id: number; username: string; email: string; password: string; is_superuser: boolean; role: string; display_name: string; bio: string }
interface Note { id: number; owner_id: number; title: string; body: string }
interface Invoice { id: number; owner_id: number; amount: number; customer: string }
interface Project { id: number; owner_id: number; name: string; budget: number }

const b64u = (b: Buffer | string) => Buffer.from(b).toString('base64url');
function signJwt(payload: Record<string, unknown>, secret: string): string {
  const h = b64u(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const p = b64u(JSON.stringify(payload));
  return `${h}.${p}.${createHmac('sha256', secret).update(`${h}.${p}`).digest('base64url')}`;
}
type Decoded = { ok: true; payload: Record<string, unknown> } | { ok: false; why: string };
function decodeJwt(token: string, secret: string, o: { verify: boolean; verifyExp: boolean }): Decoded {
  const parts = token.split('.');
  if (parts.length !== 3) return { ok: false, why: 'Not enough segments' };
  let header: Record<string, unknown>, payload: Record<string, unknown>;
  try { header = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString()); payload = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString()); } catch { return { ok: false, why: 'Invalid header padding' }; }
  if (o.verify) {
    if (header.alg !== 'HS256') return { ok: false, why: 'The specified alg value is not allowed' };
    const want = createHmac('sha256', secret).update(`${parts[0]}.${parts[1]}`).digest();
    const got = Buffer.from(parts[2]!, 'base64url');
    if (got.length !== want.length || !timingSafeEqual(got, want)) return { ok: false, why: 'Signature verification failed' };
    if (payload.aud !== undefined && payload.aud !== 'quillmark') return { ok: false, why: 'Invalid audience' };
  }
  if (o.verifyExp && payload.exp !== undefined && (typeof payload.exp !== 'number' || payload.exp < Date.now() / 1000)) return { ok: false, why: 'Signature has expired' };
  return { ok: true, payload };
}

// --- a small SQL WHERE evaluator, so the injectable search behaves like SQLite behind SQLAlchemy would -------------

class SqlError extends Error {}
type Tok = { t: 'str' | 'num' | 'id' | 'op' | 'kw' | 'lp' | 'rp'; v: string };
function tokenize(sql: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < sql.length) {
    const c = sql[i]!;
    if (/\s/.test(c)) { i++; continue; }
    if (c === '-' && sql[i + 1] === '-') break; // comment to end of statement
    if (c === "'") {
      let s = '';
      i++;
      for (;;) {
        if (i >= sql.length) throw new SqlError(`unrecognized token: "'${s}"`);
        if (sql[i] === "'") { if (sql[i + 1] === "'") { s += "'"; i += 2; continue; } i++; break; }
        s += sql[i++];
      }
      out.push({ t: 'str', v: s });
      continue;
    }
    if (/[0-9]/.test(c)) { let n = ''; while (i < sql.length && /[0-9.]/.test(sql[i]!)) n += sql[i++]; out.push({ t: 'num', v: n }); continue; }
    if (/[A-Za-z_]/.test(c)) {
      let w = '';
      while (i < sql.length && /[A-Za-z0-9_]/.test(sql[i]!)) w += sql[i++];
      const up = w.toUpperCase();
      out.push(['AND', 'OR', 'NOT', 'LIKE'].includes(up) ? { t: 'kw', v: up } : { t: 'id', v: w });
      continue;
    }
    if (c === '(') { out.push({ t: 'lp', v: c }); i++; continue; }
    if (c === ')') { out.push({ t: 'rp', v: c }); i++; continue; }
    const two = sql.slice(i, i + 2);
    if (['!=', '<>', '<=', '>='].includes(two)) { out.push({ t: 'op', v: two }); i += 2; continue; }
    if ('=<>'.includes(c)) { out.push({ t: 'op', v: c }); i++; continue; }
    throw new SqlError(`near "${c}": syntax error`);
  }
  return out;
}
type Row = Record<string, string | number>;
function compileWhere(sql: string): (row: Row) => boolean {
  const toks = tokenize(sql);
  let p = 0;
  const peek = () => toks[p];
  const near = () => (peek() ? `near "${peek()!.v}": syntax error` : 'incomplete input');
  type V = (r: Row) => string | number | boolean;
  const primary = (): V => {
    const t = toks[p++];
    if (!t) throw new SqlError('incomplete input');
    if (t.t === 'str') return () => t.v;
    if (t.t === 'num') return () => Number(t.v);
    if (t.t === 'id') return (r) => { if (!(t.v in r)) throw new SqlError(`no such column: ${t.v}`); return r[t.v]!; };
    if (t.t === 'lp') { const e = or(); if (toks[p++]?.t !== 'rp') throw new SqlError(near()); return e; }
    p--;
    throw new SqlError(near());
  };
  const like = (s: string, pat: string) => new RegExp(`^${pat.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/%/g, '.*').replace(/_/g, '.')}$`, 'is').test(s);
  const cmp = (): V => {
    const a = primary();
    const t = peek();
    if (t?.t === 'op' || (t?.t === 'kw' && t.v === 'LIKE')) {
      p++;
      const b = primary();
      const op = t.v;
      return (r) => {
        const x = a(r), y = b(r);
        const [nx, ny] = typeof x === 'number' || typeof y === 'number' ? [Number(x), Number(y)] : [x, y];
        switch (op) {
          case '=': return nx === ny;
          case '!=': case '<>': return nx !== ny;
          case '<': return nx < ny;
          case '>': return nx > ny;
          case '<=': return nx <= ny;
          case '>=': return nx >= ny;
          default: return like(String(x), String(y));
        }
      };
    }
    return a;
  };
  const not = (): V => { if (peek()?.t === 'kw' && peek()!.v === 'NOT') { p++; const e = not(); return (r) => !truthy(e(r)); } return cmp(); };
  const truthy = (v: string | number | boolean) => (typeof v === 'string' ? Number(v) !== 0 && !Number.isNaN(Number(v)) : !!v);
  const and = (): V => { let e = not(); while (peek()?.t === 'kw' && peek()!.v === 'AND') { p++; const l = e, r2 = not(); e = (r) => truthy(l(r)) && truthy(r2(r)); } return e; };
  function or(): V { let e = and(); while (peek()?.t === 'kw' && peek()!.v === 'OR') { p++; const l = e, r2 = and(); e = (r) => truthy(l(r)) || truthy(r2(r)); } return e; }
  const e = or();
  if (p < toks.length) throw new SqlError(near());
  return (r) => truthy(e(r));
}

export function quillOpenapi(fixed: boolean): Record<string, unknown> {
  const err422 = { '422': { description: 'Validation Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/HTTPValidationError' } } } } };
  const ok = (desc = 'Successful Response') => ({ '200': { description: desc, content: { 'application/json': { schema: {} } } } });
  const intParam = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'integer', title: name.replace(/_/g, ' ') } });
  const json = (schema: Record<string, unknown>) => ({ required: true, content: { 'application/json': { schema } } });
  const pub = { security: [] as unknown[] };
  const displayName = fixed ? { type: 'string', maxLength: 26, pattern: '^[A-Za-z0-9]+( [A-Za-z0-9]+)*$' } : { type: 'string', maxLength: 26, pattern: '^([a-zA-Z0-9]+\\s?)*$' };
  return {
    openapi: '3.1.0',
    info: { title: 'Quillmark', version: '1.4.2' },
    paths: {
      '/api/v1/auth/token': { post: { ...pub, tags: ['auth'], summary: 'Login For Access Token', requestBody: { required: true, content: { 'application/x-www-form-urlencoded': { schema: { type: 'object', required: ['username', 'password'], properties: { grant_type: { type: 'string', pattern: '^password$' }, username: { type: 'string' }, password: { type: 'string', format: 'password' }, scope: { type: 'string', default: '' } } } } } }, responses: { ...ok(), ...err422 } } },
      '/api/v1/users': { post: { ...pub, tags: ['users'], summary: 'Create User', requestBody: json({ type: 'object', required: ['email', 'password'], properties: { username: { type: 'string' }, email: { type: 'string', format: 'email' }, password: { type: 'string', format: 'password' } } }), responses: { '201': { description: 'Created' }, ...err422 } } },
      '/api/v1/users/me': {
        get: { tags: ['users'], summary: 'Read Users Me', responses: ok() },
        patch: { tags: ['users'], summary: 'Update Users Me', requestBody: json({ type: 'object', properties: { display_name: displayName, bio: { type: 'string', maxLength: 500 } } }), responses: { ...ok(), ...err422 } },
      },
      '/api/v1/users/{username}': { get: { tags: ['users'], summary: 'Read User', parameters: [{ name: 'username', in: 'path', required: true, schema: { type: 'string' } }], responses: { ...ok(), ...err422 } } },
      '/api/v1/users/{user_id}/role': { patch: { tags: ['users'], summary: 'Set User Role', description: 'Admin only.', parameters: [intParam('user_id')], requestBody: json({ type: 'object', required: ['role'], properties: { role: { type: 'string', enum: ['viewer', 'editor', 'admin'] } } }), responses: { ...ok(), ...err422 } } },
      '/api/v1/admin/users': { get: { tags: ['admin'], summary: 'List All Users', description: 'Superusers only.', responses: ok() } },
      '/api/v1/notes': {
        get: { tags: ['notes'], summary: 'Read Notes', responses: ok() },
        post: { tags: ['notes'], summary: 'Create Note', requestBody: json({ type: 'object', required: ['title'], properties: { title: { type: 'string', maxLength: 200 }, body: { type: 'string' } } }), responses: { '201': { description: 'Created' }, ...err422 } },
      },
      '/api/v1/notes/search': { get: { tags: ['notes'], summary: 'Search Notes', parameters: [{ name: 'q', in: 'query', required: true, schema: { type: 'string', example: 'groceries' } }], responses: { ...ok(), ...err422 } } },
      [N]: {
        get: { tags: ['notes'], summary: 'Read Note', parameters: [intParam('note_id')], responses: { ...ok(), ...err422 } },
        put: { tags: ['notes'], summary: 'Update Note', parameters: [intParam('note_id')], requestBody: json({ type: 'object', required: ['title'], properties: { title: { type: 'string' }, body: { type: 'string' } } }), responses: { ...ok(), ...err422 } },
      },
      '/api/v1/projects': { get: { tags: ['projects'], summary: 'Read Projects', responses: ok() } },
      '/api/v1/invoices': { get: { tags: ['invoices'], summary: 'Read Invoices', responses: ok() } },
      '/api/v1/invoices/{invoice_id}/pdf': { get: { tags: ['invoices'], summary: 'Download Invoice', description: 'Also accepts the token as ?token= for download links.', parameters: [intParam('invoice_id'), { name: 'token', in: 'query', required: false, schema: { type: 'string' } }], responses: { '200': { description: 'PDF', content: { 'application/pdf': {} } }, ...err422 } } },
      '/api/v1/reports': { get: { tags: ['reports'], summary: 'Read Reports', responses: ok() } },
      '/api/v1/reports/{report_id}/export': { get: { tags: ['reports'], summary: 'Export Report', parameters: [intParam('report_id')], responses: { '200': { description: 'CSV', content: { 'text/csv': {} } }, ...err422 } } },
      '/api/v1/tags': { get: { ...pub, tags: ['public'], summary: 'Read Tags', responses: ok() } },
      '/api/v1/health': { get: { ...pub, tags: ['public'], summary: 'Health', responses: ok() } },
    },
    components: {
      securitySchemes: { OAuth2PasswordBearer: { type: 'oauth2', flows: { password: { scopes: {}, tokenUrl: 'api/v1/auth/token' } } } },
      schemas: { HTTPValidationError: { type: 'object', properties: { detail: { type: 'array', items: { type: 'object', properties: { loc: { type: 'array' }, msg: { type: 'string' }, type: { type: 'string' } } } } } } },
    },
    security: [{ OAuth2PasswordBearer: [] }],
  };
}

export async function startQuill(o: { fixed: boolean }): Promise<EvalApp> {
  const fixed = o.fixed;
  const secret = fixed ? randomBytes(48).toString('base64') : QUILL_WEAK_SECRET;
  const users = new Map<number, User>();
  for (const u of Object.values(QUILL_USERS)) users.set(u.id, { id: u.id, username: u.username, email: u.email, password: u.password, is_superuser: u.superuser, role: u.superuser ? 'admin' : 'editor', display_name: u.username[0]!.toUpperCase() + u.username.slice(1), bio: '' });
  users.set(4, { id: 4, username: 'dora', email: 'dora@quillmark.test', password: 'Quill-Dora-Pw-2026', is_superuser: false, role: 'viewer', display_name: 'Dora', bio: '' });
  let nextUser = 5;
  const byName = (n: string) => [...users.values()].find((u) => u.username === n || u.email === n);
  const notes = new Map<number, Note>();
  let nextNote = 101;
  const addNote = (owner: number, title: string, body: string) => { const n: Note = { id: nextNote++, owner_id: owner, title, body }; notes.set(n.id, n); return n; };
  addNote(1, 'groceries', 'oat milk, lemons');
  addNote(1, 'quarterly plan', 'hire two engineers');
  addNote(2, 'groceries for the trip', 'coffee, rice');
  addNote(2, 'salary negotiation', 'ask for 95k');
  addNote(4, 'doctor appointment', 'tuesday 9:00');
  const invoices: Invoice[] = [{ id: 501, owner_id: 1, amount: 1200, customer: 'Initech' }, { id: 502, owner_id: 2, amount: 830, customer: 'Globex' }, { id: 503, owner_id: 1, amount: 99, customer: 'Hooli' }];
  const projects: Project[] = [{ id: 11, owner_id: 1, name: 'Website relaunch', budget: 40000 }, { id: 12, owner_id: 2, name: 'Acquisition due diligence', budget: 250000 }, { id: 13, owner_id: 4, name: 'Clinic scheduling', budget: 12000 }];
  const reports = [{ id: 71, owner_id: 1, name: 'Revenue 2026' }, { id: 72, owner_id: 2, name: 'Churn 2026' }];
  const failed: number[] = [];

  const detail = (status: number, d: string, headers: Record<string, string> = {}): Res => ({ status, headers, body: { detail: d } });
  const v422 = (loc: (string | number)[], msg: string, type: string, input: unknown): Res => ({ status: 422, headers: {}, body: { detail: [{ type, loc, msg, input }] } });
  const okJ = (body: unknown, status = 200): Res => ({ status, headers: { 'Cache-Control': 'no-store' }, body });
  const tokenOf = (r: Req, allowQuery: boolean) => {
    const a = String(r.headers.authorization ?? '');
    if (a.toLowerCase().startsWith('bearer ')) return a.slice(7).trim();
    return allowQuery ? r.query.get('token') ?? undefined : undefined;
  };
  const unauth = () => detail(401, 'Could not validate credentials', { 'WWW-Authenticate': 'Bearer' });
  /** get_current_user: verified signature and alg; exp checked when present (the flawed tokens have none) */
  const current = (r: Req, o2: { legacy?: boolean; noExp?: boolean; query?: boolean } = {}): User | Res => {
    const tok = tokenOf(r, !!o2.query);
    if (!tok) return detail(401, 'Not authenticated', { 'WWW-Authenticate': 'Bearer' });
    const verify = fixed || !o2.legacy; // legacy: jwt.decode(token, options={"verify_signature": False})
    const d = decodeJwt(tok, secret, { verify, verifyExp: fixed || !(o2.noExp || o2.legacy) });
    if (!d.ok) return unauth();
    const u = typeof d.payload.sub === 'string' ? byName(d.payload.sub) : undefined;
    return u ?? unauth();
  };
  const isRes = (x: User | Res): x is Res => 'status' in x && 'headers' in x;
  const bodyErr = (r: Req): Res | undefined => {
    if (!r.parseError) return undefined;
    if (fixed) return v422(['body', 1], 'JSON decode error', 'json_invalid', {});
    return { status: 500, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, text: `Traceback (most recent call last):\n  File "/usr/local/lib/python3.11/site-packages/starlette/middleware/errors.py", line 164, in __call__\n    await self.app(scope, receive, _send)\n  File "/app/quillmark/middleware.py", line 31, in dispatch\n    payload = json.loads(await request.body())\n  File "/usr/local/lib/python3.11/json/__init__.py", line 346, in loads\n    return _default_decoder.decode(s)\njson.decoder.JSONDecodeError: ${r.parseError.message}\n` };
  };
  const withUser = (h: (r: Req, u: User) => Res | Promise<Res>, o2: { legacy?: boolean; noExp?: boolean; query?: boolean } = {}) => async (r: Req): Promise<Res> => {
    const bad = bodyErr(r);
    if (bad) return bad;
    const u = current(r, o2);
    return isRes(u) ? u : h(r, u);
  };
  const obj = (r: Req): Record<string, unknown> | Res => (r.body && typeof r.body === 'object' && !Array.isArray(r.body) ? (r.body as Record<string, unknown>) : v422(['body'], 'Input should be a valid dictionary', 'dict_type', r.body ?? null));
  const intId = (r: Req, name: string): number | Res => (/^-?\d+$/.test(r.params[name]!) ? Number(r.params[name]) : v422(['path', name], 'Input should be a valid integer, unable to parse string as an integer', 'int_parsing', r.params[name]));
  const userOut = (u: User) => {
    const base = { id: u.id, username: u.username, email: u.email, display_name: u.display_name, bio: u.bio, role: u.role, is_superuser: u.is_superuser };
    return fixed ? base : { ...base, hashed_password: `$2b$12$${createHmac('sha256', 'quill-fixture').update(u.username).digest('base64').replace(/[^A-Za-z0-9]/g, '').slice(0, 53)}` };
  };
  const COMMON = new Set(['password', '123456', '12345678', 'qwerty', 'letmein', 'password1', 'iloveyou', 'admin', 'welcome', '123456789']);

  const router = new Router();
  router.add('POST', '/api/v1/auth/token', (r) => {
    if (r.contentType !== 'application/x-www-form-urlencoded') return v422(['body', 'username'], 'Field required', 'missing', null);
    const now = Date.now();
    while (failed.length && now - failed[0]! > 60_000) failed.shift();
    if (fixed && failed.length >= 5) return { status: 429, headers: { 'Retry-After': '60' }, body: { error: 'Rate limit exceeded: 5 per 1 minute' } };
    const b = (r.body ?? {}) as Record<string, string>;
    if (!b.username) return v422(['body', 'username'], 'Field required', 'missing', null);
    if (!b.password) return v422(['body', 'password'], 'Field required', 'missing', null);
    const u = byName(b.username);
    if (!u || u.password !== b.password) { failed.push(now); return detail(401, 'Incorrect username or password', { 'WWW-Authenticate': 'Bearer' }); }
    const claims: Record<string, unknown> = { sub: u.username, uid: u.id, scopes: u.is_superuser ? ['admin'] : [] };
    if (fixed) { claims.iat = Math.floor(now / 1000); claims.exp = Math.floor(now / 1000) + 1800; claims.aud = 'quillmark'; }
    return okJ({ access_token: signJwt(claims, secret), token_type: 'bearer' });
  });
  const signups: number[] = [];
  router.add('POST', '/api/v1/users', async (r) => {
    const bad = bodyErr(r);
    if (bad) return bad;
    // slowapi @limiter.limit("10/minute") on sign-up, in both builds
    const now = Date.now();
    while (signups.length && now - signups[0]! > 60_000) signups.shift();
    if (signups.length >= 10) return { status: 429, headers: { 'Retry-After': '60' }, body: { error: 'Rate limit exceeded: 10 per 1 minute' } };
    signups.push(now);
    const b = obj(r);
    if ('status' in b && 'headers' in b) return b as Res;
    const body = b as Record<string, unknown>;
    if (typeof body.email !== 'string' || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(body.email)) return v422(['body', 'email'], 'value is not a valid email address: The email address is not valid.', 'value_error', body.email ?? null);
    if (typeof body.password !== 'string') return v422(['body', 'password'], 'Field required', 'missing', null);
    if (fixed && (body.password.length < 12 || COMMON.has(body.password.toLowerCase()))) return v422(['body', 'password'], 'Value error, password must be at least 12 characters and not a common password', 'value_error', '**********');
    if (byName(body.email)) return fixed ? okJ({ detail: 'If this address is new, a confirmation email is on its way' }, 202) : detail(400, 'Email already registered');
    let username = typeof body.username === 'string' && /^[a-z0-9_]{3,30}$/.test(body.username) ? body.username : body.email.split('@')[0]!.toLowerCase().replace(/[^a-z0-9_]/g, '').slice(0, 30);
    if (byName(username)) username = `${username}${nextUser}`;
    const u: User = { id: nextUser++, username, email: body.email, password: body.password, is_superuser: false, role: 'viewer', display_name: username, bio: '' };
    users.set(u.id, u);
    return fixed ? okJ({ detail: 'If this address is new, a confirmation email is on its way' }, 202) : okJ(userOut(u), 201);
  });
  router.add('GET', '/api/v1/users/me', withUser((_r, u) => okJ(userOut(u))));
  router.add('PATCH', '/api/v1/users/me', withUser((r, u) => {
    const b = obj(r);
    if ('status' in b && 'headers' in b) return b as Res;
    const body = b as Record<string, unknown>;
    if (body.display_name !== undefined) {
      const dn = body.display_name;
      if (typeof dn !== 'string') return v422(['body', 'display_name'], 'Input should be a valid string', 'string_type', dn);
      // the length cap runs before the pattern (Pydantic's constr order), which bounds the flawed regex's worst case
      if (dn.length > 26) return v422(['body', 'display_name'], 'String should have at most 26 characters', 'string_too_long', dn);
      const re = fixed ? /^[A-Za-z0-9]+( [A-Za-z0-9]+)*$/ : /^([a-zA-Z0-9]+\s?)*$/;
      if (!re.test(dn)) return v422(['body', 'display_name'], `String should match pattern '${re.source}'`, 'string_pattern_mismatch', dn);
    }
    if (body.bio !== undefined && (typeof body.bio !== 'string' || body.bio.length > 500)) return v422(['body', 'bio'], 'String should have at most 500 characters', 'string_too_long', body.bio);
    if (typeof body.display_name === 'string') u.display_name = body.display_name;
    if (typeof body.bio === 'string') u.bio = body.bio;
    if (!fixed) { // class UserUpdate(BaseModel): model_config = ConfigDict(extra="allow"); for k, v in update.model_dump().items(): setattr(user, k, v)
      if (body.is_superuser !== undefined) u.is_superuser = body.is_superuser === true || body.is_superuser === 'true';
      if (typeof body.role === 'string' && ['viewer', 'editor', 'admin'].includes(body.role)) u.role = body.role;
    }
    return okJ(userOut(u));
  }));
  router.add('GET', '/api/v1/users/{username}', withUser((r, u) => {
    const target = byName(r.params.username!);
    if (target && (target.id === u.id || u.is_superuser)) return okJ(userOut(target));
    if (!target || fixed) return detail(404, 'User not found');
    return detail(403, 'Not enough permissions');
  }));
  router.add('PATCH', '/api/v1/users/{user_id}/role', withUser((r, u) => {
    const id = intId(r, 'user_id');
    if (typeof id !== 'number') return id;
    if (fixed && !u.is_superuser) return detail(403, 'The user doesn\'t have enough privileges');
    const b = obj(r);
    if ('status' in b && 'headers' in b) return b as Res;
    const role = (b as Record<string, unknown>).role;
    if (typeof role !== 'string' || !['viewer', 'editor', 'admin'].includes(role)) return v422(['body', 'role'], "Input should be 'viewer', 'editor' or 'admin'", 'enum', role ?? null);
    const t = users.get(id);
    if (!t) return detail(404, 'User not found');
    t.role = role;
    return okJ(userOut(t));
  }));
  router.add('GET', '/api/v1/admin/users', withUser((_r, u) => (fixed && !u.is_superuser ? detail(403, 'The user doesn\'t have enough privileges') : okJ([...users.values()].map(userOut)))));
  // the notes router still uses the legacy dependency in the flawed build
  router.add('GET', '/api/v1/notes', withUser((_r, u) => okJ([...notes.values()].filter((n) => n.owner_id === u.id)), { legacy: true }));
  router.add('POST', '/api/v1/notes', withUser((r, u) => {
    const b = obj(r);
    if ('status' in b && 'headers' in b) return b as Res;
    const body = b as Record<string, unknown>;
    if (typeof body.title !== 'string' || !body.title || body.title.length > 200) return v422(['body', 'title'], 'Field required', 'missing', body.title ?? null);
    return okJ(addNote(u.id, body.title, typeof body.body === 'string' ? body.body : ''), 201);
  }, { legacy: true }));
  router.add('GET', '/api/v1/notes/search', withUser((r, u) => {
    const q = r.query.get('q');
    if (q === null) return v422(['query', 'q'], 'Field required', 'missing', null);
    const rows = [...notes.values()];
    if (fixed) return okJ(rows.filter((n) => n.owner_id === u.id && n.title.toLowerCase().includes(q.toLowerCase())));
    // text(f"SELECT id, owner_id, title, body FROM notes WHERE owner_id = {user.id} AND title LIKE '%{q}%'")
    const where = `owner_id = ${u.id} AND title LIKE '%${q}%'`;
    try {
      const f = compileWhere(where);
      return okJ(rows.filter((n) => f(n as unknown as Row)));
    } catch (e) {
      if (!(e instanceof SqlError)) throw e;
      return { status: 500, headers: {}, body: { detail: `(sqlite3.OperationalError) ${e.message}\n[SQL: SELECT id, owner_id, title, body FROM notes WHERE ${where}]\n(Background on this error at: https://sqlalche.me/e/20/e3q8)` } };
    }
  }));
  router.add('GET', N, withUser((r, u) => {
    const id = intId(r, 'note_id');
    if (typeof id !== 'number') return id;
    const n = notes.get(id);
    if (!n || (fixed && n.owner_id !== u.id)) return detail(404, 'Note not found');
    return okJ(n);
  }, { legacy: true }));
  router.add('PUT', N, withUser((r, u) => {
    const id = intId(r, 'note_id');
    if (typeof id !== 'number') return id;
    const n = notes.get(id);
    if (!n || (fixed && n.owner_id !== u.id)) return detail(404, 'Note not found');
    const b = obj(r);
    if ('status' in b && 'headers' in b) return b as Res;
    const body = b as Record<string, unknown>;
    if (typeof body.title !== 'string' || !body.title) return v422(['body', 'title'], 'Field required', 'missing', body.title ?? null);
    n.title = body.title;
    if (typeof body.body === 'string') n.body = body.body;
    return okJ(n);
  }, { legacy: true }));
  router.add('GET', '/api/v1/projects', async (r) => {
    const u = current(r);
    if (fixed) { if (isRes(u)) return u; return okJ(projects.filter((p) => p.owner_id === u.id)); }
    return okJ(projects); // the router was mounted without dependencies=[Depends(get_current_user)]
  });
  router.add('GET', '/api/v1/invoices', withUser((_r, u) => okJ(invoices.filter((i) => i.owner_id === u.id))));
  router.add('GET', '/api/v1/invoices/{invoice_id}/pdf', withUser((r, u) => {
    const id = intId(r, 'invoice_id');
    if (typeof id !== 'number') return id;
    const inv = invoices.find((i) => i.id === id && i.owner_id === u.id);
    if (!inv) return detail(404, 'Invoice not found');
    return { status: 200, headers: { 'Content-Type': 'application/pdf', 'Cache-Control': 'no-store', 'Content-Disposition': `attachment; filename="invoice-${inv.id}.pdf"` }, text: `%PDF-1.4\n% invoice ${inv.id} for ${inv.customer}: ${inv.amount} EUR\n%%EOF\n` };
  }, { noExp: true, query: true }));
  router.add('GET', '/api/v1/reports', withUser((_r, u) => okJ(reports.filter((x) => x.owner_id === u.id))));
  router.add('GET', '/api/v1/reports/{report_id}/export', withUser((r, u) => {
    const raw = r.params.report_id!;
    if (!/^\d+$/.test(raw)) {
      if (fixed) return v422(['path', 'report_id'], 'Input should be a valid integer, unable to parse string as an integer', 'int_parsing', raw);
      // the export runs in a worker thread started with the raw id; its ValueError is never caught, and the
      // process exits (the supervisor restarts it)
      throw new ProcessCrash(`ValueError: invalid literal for int() with base 10: '${raw}'`);
    }
    const rep = reports.find((x) => x.id === Number(raw) && x.owner_id === u.id);
    if (!rep) return detail(404, 'Report not found');
    return { status: 200, headers: { 'Content-Type': 'text/csv', 'Cache-Control': 'no-store' }, text: `month,value\n2026-10,12\n2026-11,15\n` };
  }));
  router.add('GET', '/api/v1/tags', () => ({ status: 200, headers: { 'Cache-Control': 'public, max-age=300' }, body: ['work', 'personal', 'travel', 'finance'] }));
  router.add('GET', '/api/v1/health', () => ({ status: 200, headers: { 'Cache-Control': 'no-store' }, body: { status: 'ok', version: '1.4.2' } }));
  router.add('GET', '/openapi.json', () => ({ status: 200, headers: {}, body: quillOpenapi(fixed) }));
  const swaggerHtml = '<!DOCTYPE html><html><head><link type="text/css" rel="stylesheet" href="https://cdn.jsdelivr.net/npm/swagger-ui-dist@5/swagger-ui.css"><title>Quillmark - Swagger UI</title></head><body><div id="swagger-ui"></div><script src="https://cdn.jsdelivr.net/npm/swagger-ui-dist@5/swagger-ui-bundle.js"></script><script>const ui = SwaggerUIBundle({url: \'/openapi.json\', dom_id: \'#swagger-ui\'})</script></body></html>';
  router.add('GET', '/docs', () => ({ status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8' }, text: swaggerHtml }));
  router.add('GET', '/redoc', () => ({ status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8' }, text: '<!DOCTYPE html><html><head><title>Quillmark - ReDoc</title></head><body><redoc spec-url="/openapi.json"></redoc><script src="https://cdn.jsdelivr.net/npm/redoc@next/bundles/redoc.standalone.js"></script></body></html>' }));
  router.add('GET', '/console', () => (fixed ? detail(404, 'Not Found') : { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8' }, text: '<!doctype html>\n<html>\n<head>\n<title>Console // Werkzeug Debugger</title>\n<link rel="stylesheet" href="?__debugger__=yes&amp;cmd=resource&amp;f=style.css">\n<script src="?__debugger__=yes&amp;cmd=resource&amp;f=debugger.js"></script>\n<script>\n  var CONSOLE_MODE = true,\n      EVALEX = true,\n      EVALEX_TRUSTED = false,\n      SECRET = "Xq3fJ2kP9sLmN0aB1cDe";\n</script>\n</head>\n<body style="background-color: #fff">\n<div class="debugger">\n<h1>Interactive Console</h1>\n<div class="explanation">In this console you can execute Python expressions in the context of the application.</div>\n<div class="console"><div class="inner">The Console requires JavaScript.</div></div>\n<div class="footer">Brought to you by <strong class="arthur">DON\'T PANIC</strong>, your friendly Werkzeug powered traceback interpreter.</div>\n</div>\n</body>\n</html>\n' }));

  const server = await serve({
    router,
    before: (r) => (r.method === 'OPTIONS' ? { status: 200, headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE', 'Access-Control-Allow-Headers': 'Authorization, Content-Type', 'Access-Control-Max-Age': '600' }, text: 'OK' } : undefined),
    after: (r, res) => {
      res.headers.server = fixed ? 'uvicorn' : 'gunicorn/19.9.0';
      res.headers['x-content-type-options'] = 'nosniff';
      res.headers['x-frame-options'] = 'DENY';
      if (r.headers.origin) res.headers['access-control-allow-origin'] = '*';
    },
    notFound: () => detail(404, 'Not Found'),
    methodNotAllowed: () => detail(405, 'Method Not Allowed'),
    tooLarge: () => detail(413, 'Request Entity Too Large'),
    restartDelayMs: 4000,
  });
  // the signing key is exposed to the ground-truth probes (eval-truth.ts), never to the audit's config
  return Object.assign(server, { fixed, jwtSecret: secret });
}

/** The config a new user writes from docs/api.md for Quillmark (staging copy: writes allowed). */
export function quillConfig(app: { url: string }, reportDir: string): Record<string, unknown> {
  const login = { path: '/api/v1/auth/token', format: 'form', body: { username: '{{email}}', password: '{{password}}' }, token: { from: 'json', path: 'access_token' } };
  const person = (name: keyof typeof QUILL_USERS, role: string) => ({ name, ...(role === 'admin' ? {} : { tenant: name }), role, email: QUILL_USERS[name].email, password: QUILL_USERS[name].password, login });
  return {
    version: 1,
    report: { dir: reportDir },
    network: { budget: 3000, rate: 200 },
    api: {
      baseUrl: app.url,
      openapi: `${app.url}/openapi.json`,
      allowWrites: true,
      identities: [person('alice', 'editor'), person('bob', 'editor'), person('admin', 'admin')],
      signup: { path: '/api/v1/users' },
    },
  };
}
