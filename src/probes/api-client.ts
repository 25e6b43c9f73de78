import { randomBytes } from 'node:crypto';
import { RequestBudget } from '../core/budget.js';
import { BudgetExceededError } from '../core/errors.js';
import { readJwsHeader, readJwt } from '../core/jwt.js';
import { fillTemplate, getPath } from '../core/template.js';
import { csrfRefused } from '../core/http-facts.js';
import type { Redactor } from '../core/redact.js';
import { buildCurl, envVarFor, exchangeEvidence } from './api-curl.js';
import { documentCarriers, type ApiIdentity, type ApiModel } from './api-openapi.js';
import type { HttpProbe, HttpResponse } from './http.js';
import type { ConnectToRule } from './net.js';
import type { CoverageRecorder } from '../core/coverage.js';

/**
 * The API stage's client: identity sessions (login by request, static header/cookie/API key, re-login on 401
 * or expiry), request building relative to baseUrl, and one `ApiExchange` per request carrying what a finding
 * needs as evidence (request/response pair and a curl command). All traffic goes through the HttpProbe, so the
 * allowlist, budget and rate apply to every byte.
 */

/** A run-scoped budget inside the global one (api.budget). */
export class ScopedBudget extends RequestBudget {
  constructor(
    limit: number,
    private readonly parent: RequestBudget,
  ) {
    super(limit);
  }
  override take(checkId = '-', n = 1): void {
    if (this.used + n > this.limit) throw new BudgetExceededError(this.limit);
    this.parent.take(checkId, n);
    super.take(checkId, n);
  }
  override get remaining(): number {
    return Math.min(this.limit - this.used, this.parent.remaining);
  }
}

export interface ApiRequestSpec {
  /** identity name (or the identity); 'guest', null or undefined: no credentials */
  as?: string | ApiIdentity | null;
  method?: string;
  /** concrete path relative to baseUrl, or an absolute URL on an allowed host */
  path: string;
  /** OpenAPI template, for findings' location.path */
  template?: string;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  json?: unknown;
  body?: string;
  form?: Record<string, string>;
  contentType?: string;
  /** replace the identity's credentials with these headers (forged tokens) */
  authHeaders?: Record<string, string>;
  /** label shown instead of the identity name (e.g. "alice (alg:none token)") */
  label?: string;
  /** default true: on 401 with the identity's own token, log in again once and retry */
  retryOn401?: boolean;
  timeoutMs?: number;
  maxBodyBytes?: number;
}

export interface ApiExchange {
  identity: string;
  method: string;
  url: string;
  /** template where known, else the concrete path */
  path: string;
  requestHeaders: Record<string, string>;
  requestBody?: string;
  response: HttpResponse;
  status: number;
  ms: number;
  /** parsed JSON body, or undefined */
  json: unknown;
  curl: string;
  evidence: string;
}

/** How an identity's token travels: in a header (with a scheme) or in a cookie. */
export type TokenCarrier = { kind: 'header'; name: string; scheme: string } | { kind: 'cookie'; name: string };

interface Auth {
  carrier?: TokenCarrier;
  headers: Record<string, string>;
  query: Record<string, string>;
  /** lower-case header names that carry credentials */
  credentialHeaders: string[];
  token?: string;
  expiresAt?: number;
  obtainedAt: number;
}

export class LoginError extends Error {}

export interface CsrfSpec {
  path: string;
  cookie?: string | undefined;
  header?: string | undefined;
}

/** A CSRF token handed out by the site: the cookies to send back and the header that echoes the token. */
export interface CsrfToken {
  cookies: Record<string, string>;
  cookieName?: string;
  header: string;
  value: string;
}

/**
 * The CSRF token in a response: the named cookie, else the first cookie named like csrf/xsrf (Django csrftoken,
 * Rails/Laravel/Angular XSRF-TOKEN), else a JSON field named like csrfToken (next-auth, Rails' meta endpoints).
 */
export function csrfFrom(res: Pick<HttpResponse, 'setCookies' | 'body' | 'headers'>, spec: CsrfSpec): CsrfToken | undefined {
  const cookies: Record<string, string> = {};
  for (const sc of res.setCookies) {
    const m = /^\s*([^=;\s]+)=([^;]*)/.exec(sc);
    if (m && m[2]) cookies[m[1]!] = decodeURIComponent(m[2]);
  }
  const name = spec.cookie ?? Object.keys(cookies).find((k) => /csrf|xsrf/i.test(k));
  let value = name ? cookies[name] : undefined;
  if (!value && !spec.cookie) {
    const json = parseJson(res.body, res.headers['content-type']);
    if (json && typeof json === 'object') {
      const o = ((json as Record<string, unknown>).data && typeof (json as Record<string, unknown>).data === 'object' ? (json as Record<string, unknown>).data : json) as Record<string, unknown>;
      const k = Object.keys(o).find((key) => /csrf|xsrf/i.test(key) && typeof o[key] === 'string' && o[key]);
      if (k) value = o[k] as string;
    }
  }
  if (!value) return undefined;
  const header = spec.header ?? (name && /xsrf/i.test(name) ? 'X-XSRF-TOKEN' : 'X-CSRFToken');
  return { cookies, ...(name && cookies[name] ? { cookieName: name } : {}), header, value };
}

export function jwtExp(token: string | undefined): number | undefined {
  const exp = token ? readJwt(token)?.payload.exp : undefined;
  return typeof exp === 'number' ? exp * 1000 : undefined;
}

/** Value of cookie `name` in Set-Cookie lines (the last one wins, as in a browser). */
export function cookieValue(setCookies: string[], name: string): string | undefined {
  let v: string | undefined;
  for (const sc of setCookies) {
    const m = /^\s*([^=;\s]+)=([^;]*)/.exec(sc);
    if (m && m[1] === name) v = decodeURIComponent(m[2]!);
  }
  return v;
}

/**
 * The session cookie a login answer sets: `name` when given, else the first cookie named like a session
 * (sess, sid, auth, token, jwt; not CSRF cookies), with a non-empty value (an empty one is a logout/clear).
 */
export function sessionCookieName(setCookies: string[], name?: string): string | undefined {
  for (const sc of setCookies) {
    const m = /^\s*([^=;\s]+)=([^;]+)/.exec(sc);
    if (!m) continue;
    if (name !== undefined ? m[1] === name : /sess|sid|auth|token|jwt/i.test(m[1]!) && !/csrf|xsrf/i.test(m[1]!)) return m[1]!;
  }
  return undefined;
}

/** A compact JWS whose header names an algorithm. */
export function isJwt(token: string): boolean {
  return typeof readJwsHeader(token)?.alg === 'string';
}

export function parseJson(text: string, contentType = ''): unknown {
  if (!text) return undefined;
  if (!/json/i.test(contentType) && !/^\s*[[{]/.test(text)) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export interface ApiClientOptions {
  model: ApiModel;
  http: HttpProbe;
  redactor: Redactor;
  connectTo?: ConnectToRule[];
  now?: () => number;
  /** every request with a route template marks its (check, route) cell: tested, refused (429/budget) or error */
  coverage?: CoverageRecorder;
  /** where nonces come from: --save-evidence records them, --from-evidence replays them (default: random) */
  nonce?: (fresh: () => string) => string;
}

export class ApiClient {
  readonly model: ApiModel;
  readonly http: HttpProbe;
  private readonly redactor: Redactor;
  private readonly connectTo: ConnectToRule[];
  private readonly sessions = new Map<string, Promise<Auth>>();
  private readonly relogins = new Map<string, number>();
  private readonly now: () => number;
  private readonly coverage: CoverageRecorder | undefined;
  /** login failures, by identity, for findings that explain why a check could not run */
  readonly loginErrors = new Map<string, string>();
  /** the successful login answers, by identity (cookie flags are judged on them) */
  readonly loginResponses = new Map<string, HttpResponse>();
  private readonly anonymousCsrf = new Map<string, Promise<CsrfToken | undefined>>();
  /** the CSRF endpoint found when a login without login.csrf was refused by a CSRF check (flows use it too) */
  inferredCsrf: Promise<CsrfSpec | undefined> | undefined;

  private readonly nonceSource: ApiClientOptions['nonce'];
  constructor(opts: ApiClientOptions) {
    this.model = opts.model;
    this.http = opts.http;
    this.redactor = opts.redactor;
    this.connectTo = opts.connectTo ?? [];
    this.now = opts.now ?? Date.now;
    this.coverage = opts.coverage;
    this.nonceSource = opts.nonce;
    for (const id of this.model.identities) {
      this.redactor.register(id.password);
      const c = id.config;
      if (!c) continue;
      this.redactor.register(c.bearer);
      this.redactor.register(c.apiKey?.value);
      for (const v of Object.values(c.headers)) if (v.length >= 8) this.redactor.register(v);
      for (const v of Object.values(c.cookies)) if (v.length >= 8) this.redactor.register(v);
    }
    for (const w of this.model.config.webhooks) this.redactor.register(w.secret);
    this.redactor.register(this.model.config.jwt?.secret);
    this.redactor.register(this.model.config.jwt?.privateKey);
  }

  get budget(): RequestBudget {
    return this.http.budget;
  }

  identity(name: string): ApiIdentity | undefined {
    return this.model.identities.find((i) => i.name === name);
  }

  /** Authenticated identities (not the guest). */
  get members(): ApiIdentity[] {
    return this.model.identities.filter((i) => !i.guest);
  }

  url(path: string, query?: Record<string, string>): string {
    const u = /^https?:\/\//i.test(path) ? new URL(path) : new URL(path.replace(/^\/?/, '/'), this.model.baseUrl);
    // baseUrl with a path prefix (https://x.test/v1): keep it.
    if (!/^https?:\/\//i.test(path) && this.model.baseUrl.pathname !== '/' && !path.startsWith(this.model.baseUrl.pathname)) {
      u.pathname = this.model.baseUrl.pathname.replace(/\/$/, '') + (path.startsWith('/') ? path : `/${path}`);
    }
    for (const [k, v] of Object.entries(query ?? {})) u.searchParams.set(k, v);
    return u.href;
  }

  nonce(): string {
    const fresh = () => randomBytes(5).toString('hex');
    return this.nonceSource ? this.nonceSource(fresh) : fresh();
  }

  /** Credentials of an identity, logging in on first use (memoised; concurrent callers share one login). */
  auth(identity: ApiIdentity, checkId = 'api/discovery'): Promise<Auth> {
    let p = this.sessions.get(identity.name);
    if (p) {
      return p.then((a) => {
        if (a.expiresAt !== undefined && a.expiresAt - this.now() < 10_000) return this.relogin(identity, checkId);
        return a;
      });
    }
    p = this.establish(identity, checkId);
    this.sessions.set(identity.name, p);
    p.catch((err: Error) => this.loginErrors.set(identity.name, err.message));
    return p;
  }

  private relogin(identity: ApiIdentity, checkId: string): Promise<Auth> {
    const n = this.relogins.get(identity.name) ?? 0;
    if (n >= 3 || !identity.config?.login) return this.sessions.get(identity.name)!;
    this.relogins.set(identity.name, n + 1);
    const p = this.establish(identity, checkId);
    this.sessions.set(identity.name, p);
    return p;
  }

  private async establish(identity: ApiIdentity, checkId: string): Promise<Auth> {
    const auth: Auth = { headers: {}, query: {}, credentialHeaders: [], obtainedAt: this.now() };
    const c = identity.config;
    if (identity.guest || !c) return auth;
    const cookies: Record<string, string> = { ...c.cookies };
    for (const [k, v] of Object.entries(c.headers)) {
      auth.headers[k.toLowerCase()] = v;
      if (/auth|key|token|secret|session/i.test(k)) auth.credentialHeaders.push(k.toLowerCase());
    }
    if (c.bearer) {
      auth.token = c.bearer;
      const fromDoc = documentCarriers(this.model);
      if (fromDoc) this.carryPerDocument(auth, cookies, c.bearer, fromDoc);
      else {
        auth.carrier = { kind: 'header', name: 'authorization', scheme: 'Bearer' };
        auth.headers.authorization = `Bearer ${c.bearer}`;
        auth.credentialHeaders.push('authorization');
      }
    }
    if (c.apiKey) {
      if (c.apiKey.in === 'header') {
        auth.headers[c.apiKey.name.toLowerCase()] = c.apiKey.value;
        auth.credentialHeaders.push(c.apiKey.name.toLowerCase());
      } else auth.query[c.apiKey.name] = c.apiKey.value;
    }
    // Static credentials that are JWTs (API keys minted as signed tokens, a JWT in a custom header) are the
    // identity's token: the JWT checks forge variants of it and send them in the same header.
    if (!auth.token) {
      const statics: [string, string][] = [...(c.apiKey?.in === 'header' ? [[c.apiKey.name, c.apiKey.value] as [string, string]] : []), ...Object.entries(c.headers).filter(([k]) => /auth|key|token|secret|session/i.test(k))];
      for (const [name, value] of statics) {
        const m = /^(?:(\w+)\s+)?([\w-]+\.[\w-]+\.[\w-]*)$/.exec(value.trim());
        if (!m || !isJwt(m[2]!)) continue;
        auth.token = m[2]!;
        auth.carrier = { kind: 'header', name: name.toLowerCase(), scheme: m[1] ?? '' };
        break;
      }
    }
    if (c.login) {
      const l = c.login;
      const vars = { email: identity.email, password: identity.password, name: identity.name, tenant: identity.tenant };
      const bodyObj = fillTemplate(l.body ?? { email: '{{email}}', password: '{{password}}' }, vars) as Record<string, unknown>;
      const body = l.format === 'form' ? new URLSearchParams(Object.entries(bodyObj).map(([k, v]): [string, string] => [k, String(v)])).toString() : JSON.stringify(bodyObj);
      // Session logins behind a CSRF check: fetch the token, send its cookie back and echo it in the header.
      let csrf: CsrfToken | undefined;
      const spec = l.csrf ?? (await this.inferredCsrf);
      if (spec) {
        try {
          csrf = await this.fetchCsrf(spec, checkId);
        } catch (err) {
          throw new LoginError(`identity ${identity.name}: CSRF request to ${spec.path} failed: ${(err as Error).message}`);
        }
        if (!csrf) throw new LoginError(`identity ${identity.name}: ${spec.path} handed out no CSRF token (no csrf/xsrf cookie or JSON field; set login.csrf.cookie)`);
      }
      const headersOf = (t: CsrfToken | undefined): Record<string, string> => (t ? { [t.header.toLowerCase()]: t.value, ...(Object.keys(t.cookies).length ? { cookie: Object.entries(t.cookies).map(([k, v]) => `${k}=${v}`).join('; ') } : {}) } : {});
      let csrfHeaders = headersOf(csrf);
      const post = (b: string) =>
        this.http.request(
          { url: this.url(l.path), method: l.method, headers: { 'content-type': l.format === 'form' ? 'application/x-www-form-urlencoded' : 'application/json', accept: 'application/json', ...csrfHeaders, ...l.headers }, body: l.method === 'GET' ? undefined : b },
          checkId,
        );
      let res: HttpResponse;
      try {
        res = await post(body);
        // The default body names the login "email"; APIs that want "username" reject it as invalid input.
        if (!l.body && (res.status === 400 || res.status === 422)) {
          const alt = { username: identity.email, password: identity.password };
          const retry = await post(l.format === 'form' ? new URLSearchParams(Object.entries(alt).map(([k, v]): [string, string] => [k, String(v ?? '')])).toString() : JSON.stringify(alt));
          if (retry.status >= 200 && retry.status < 300) res = retry;
        }
        // Refused by a CSRF check and the config names no CSRF endpoint: look for the token where frameworks hand it
        // out (the login page itself, Django/DRF /csrf/ views, Laravel Sanctum), once per run, and log in again.
        if (!csrf && !spec && csrfRefused(res.status, res.body)) {
          this.inferredCsrf ??= this.findCsrf(l.path, checkId);
          const found = await this.inferredCsrf;
          csrf = found ? await this.fetchCsrf(found, checkId) : undefined;
          if (csrf) {
            csrfHeaders = headersOf(csrf);
            res = await post(body);
          }
        }
      } catch (err) {
        throw new LoginError(`identity ${identity.name}: login request failed: ${(err as Error).message}`);
      }
      // Form logins (server-rendered apps, Rails/Django/Laravel/Spring Security) answer 302/303 to the app with the
      // session cookie; a redirect that sets no session cookie is a failed login (back to the form).
      const ok = (res.status >= 200 && res.status < 300) || (res.status >= 300 && res.status < 400 && sessionCookieName(res.setCookies, l.token.from === 'cookie' ? l.token.path : undefined) !== undefined);
      if (ok) this.loginResponses.set(identity.name, res);
      if (!ok) {
        const csrfHint = !l.csrf && csrfRefused(res.status, res.body);
        throw new LoginError(`identity ${identity.name}: login at ${l.path} answered HTTP ${res.status} (${csrfHint ? 'a CSRF check refused it: set login.csrf to fetch the token first' : 'check email/password and login.path'})`);
      }
      let token: string | undefined;
      const t = l.token;
      let viaCookie: string | undefined;
      if (t.from === 'json') {
        const json = parseJson(res.body, res.headers['content-type']);
        const v = getPath(json, t.path);
        if (typeof v === 'string' && v) token = v;
        // The default path found nothing: try the usual names before giving up.
        if (!token && t.path === 'token') {
          for (const p of ['access_token', 'accessToken', 'jwt', 'id_token', 'idToken', 'data.token', 'data.accessToken', 'data.access_token', 'auth.token', 'session.token', 'result.token']) {
            const c = getPath(json, p);
            if (typeof c === 'string' && c) {
              token = c;
              break;
            }
          }
        }
        // Cookie sessions: no token in the body but a session cookie.
        if (!token) {
          const name = sessionCookieName(res.setCookies);
          const v = name !== undefined ? cookieValue(res.setCookies, name) : undefined;
          if (name !== undefined && v) {
            viaCookie = name;
            token = v;
          }
        }
      } else if (t.from === 'header') {
        token = res.headers[t.path.toLowerCase()];
      } else {
        for (const sc of res.setCookies) {
          const m = /^\s*([^=;\s]+)=([^;]*)/.exec(sc);
          if (m && m[1] === t.path) token = decodeURIComponent(m[2]!);
        }
      }
      if (!token) throw new LoginError(`identity ${identity.name}: login answered ${res.status} but no token at ${t.from} "${t.path}" (set login.token)`);
      this.redactor.register(token);
      auth.token = token;
      const sendAs = viaCookie ? 'cookie' : t.sendAs ?? (t.from === 'cookie' ? 'cookie' : 'header');
      // The config left the carrier at its default: the document's security schemes say where the token goes
      // (a cookie apiKey, a custom header, a query key, or several at once: cookieAuth + bearer).
      const fromDoc = !viaCookie && t.sendAs === undefined && t.from !== 'cookie' && t.header === 'authorization' && t.scheme === 'Bearer' ? documentCarriers(this.model) : undefined;
      if (fromDoc) this.carryPerDocument(auth, cookies, token, fromDoc);
      else if (sendAs === 'both') {
        cookies[t.cookieName ?? t.path] = token;
        auth.carrier = { kind: 'header', name: t.header.toLowerCase(), scheme: t.scheme };
        auth.headers[t.header.toLowerCase()] = t.scheme ? `${t.scheme} ${token}` : token;
        auth.credentialHeaders.push(t.header.toLowerCase());
      } else if (sendAs === 'cookie') {
        cookies[viaCookie ?? t.cookieName ?? t.path] = token;
        auth.carrier = { kind: 'cookie', name: viaCookie ?? t.cookieName ?? t.path };
      } else {
        auth.carrier = { kind: 'header', name: t.header.toLowerCase(), scheme: t.scheme };
        auth.headers[t.header.toLowerCase()] = t.scheme ? `${t.scheme} ${token}` : token;
        auth.credentialHeaders.push(t.header.toLowerCase());
      }
      const exp = jwtExp(token);
      if (exp !== undefined) auth.expiresAt = exp;
      if (csrf) {
        // Django and Rails rotate the token at login: the session's own one is in the login answer when it changed.
        const rotated = csrf.cookieName ? cookieValue(res.setCookies, csrf.cookieName) : undefined;
        const value = rotated || csrf.value;
        this.redactor.register(value);
        if (csrf.cookieName) cookies[csrf.cookieName] = value;
        auth.headers[csrf.header.toLowerCase()] = value;
      }
    }
    if (Object.keys(cookies).length) {
      auth.headers.cookie = Object.entries(cookies).map(([k, v]) => `${k}=${v}`).join('; ');
      auth.credentialHeaders.push('cookie');
      for (const v of Object.values(cookies)) if (v.length >= 8) this.redactor.register(v);
    }
    return auth;
  }

  /** The non-JSON media type a route's body must use (form or multipart), when the document declares no JSON one. */
  private mediaTypeOf(method: string, template: string): string | undefined {
    const r = this.model.routes.find((x) => x.method === method && x.path === template);
    const types = r?.bodyMediaTypes ?? (r?.bodyMediaType ? [r.bodyMediaType] : []);
    if (types.length === 0 || types.some((t) => /json/i.test(t))) return undefined;
    return types.find((t) => /x-www-form-urlencoded|multipart\/form-data/i.test(t));
  }

  /** Put a token where the document's security schemes say (every scheme of the requirement set: AND). */
  private carryPerDocument(auth: Auth, cookies: Record<string, string>, token: string, carriers: { kind: 'header' | 'cookie' | 'query'; name: string; scheme?: string }[]): void {
    for (const c of carriers) {
      if (c.kind === 'header') {
        auth.headers[c.name] = c.scheme ? `${c.scheme} ${token}` : token;
        auth.credentialHeaders.push(c.name);
        auth.carrier ??= { kind: 'header', name: c.name, scheme: c.scheme ?? '' };
      } else if (c.kind === 'cookie') cookies[c.name] = token;
      else auth.query[c.name] = token;
    }
    const cookie = carriers.find((c) => c.kind === 'cookie');
    if (!auth.carrier && cookie) auth.carrier = { kind: 'cookie', name: cookie.name };
  }

  /** The first usual CSRF endpoint that hands out a token (bounded: the login path and 6 well-known paths). */
  private async findCsrf(loginPath: string, checkId: string): Promise<CsrfSpec | undefined> {
    for (const path of [loginPath, '/api/auth/csrf/', '/api/csrf/', '/csrf/', '/auth/csrf/', '/sanctum/csrf-cookie', '/api/auth/csrf']) {
      // eslint-disable-next-line launchready/no-swallowed-error -- a guessed CSRF endpoint that fails hands out no token: the next one is tried, and a login refused for want of one is reported as a login error
      const t = await this.fetchCsrf({ path }, checkId).catch(() => undefined);
      if (t) return { path };
    }
    return undefined;
  }

  /** One GET of the CSRF endpoint, without credentials. */
  async fetchCsrf(spec: CsrfSpec, checkId: string): Promise<CsrfToken | undefined> {
    const res = await this.http.request({ url: this.url(spec.path), method: 'GET', headers: { accept: 'application/json, */*;q=0.5' } }, checkId);
    const t = csrfFrom(res, spec);
    if (t) this.redactor.register(t.value);
    return t;
  }

  /**
   * Headers (cookie + echo header) that let an anonymous request pass a CSRF check: flows such as the login sent
   * by the enumeration and rate-limit checks. One token per endpoint and run (a double-submit token is reusable).
   */
  async csrfHeaders(spec: CsrfSpec | undefined, checkId: string): Promise<Record<string, string>> {
    if (!spec) return {};
    let p = this.anonymousCsrf.get(spec.path);
    if (!p) {
      // eslint-disable-next-line launchready/no-swallowed-error -- no token: the request goes without one, and the server's CSRF refusal is what the check then sees and reports
      p = this.fetchCsrf(spec, checkId).catch(() => undefined);
      this.anonymousCsrf.set(spec.path, p);
    }
    const t = await p;
    if (!t) return {};
    const cookie = Object.entries(t.cookies).map(([k, v]) => `${k}=${v}`).join('; ');
    return { ...(cookie ? { cookie } : {}), [t.header.toLowerCase()]: t.value };
  }

  /** How the identity's token is carried (JWT checks send forged tokens the same way). */
  async carrier(identity: ApiIdentity, checkId = 'api/discovery'): Promise<TokenCarrier | undefined> {
    return (await this.auth(identity, checkId)).carrier;
  }

  /** The raw token of an identity (JWT checks), logging in if needed. */
  async token(identity: ApiIdentity, checkId = 'api/discovery'): Promise<string | undefined> {
    return (await this.auth(identity, checkId)).token;
  }

  async send(spec: ApiRequestSpec, checkId: string, signal?: AbortSignal): Promise<ApiExchange> {
    const identity = typeof spec.as === 'string' ? this.identity(spec.as) : spec.as ?? undefined;
    if (typeof spec.as === 'string' && !identity) throw new Error(`unknown identity "${spec.as}"`);
    const method = (spec.method ?? 'GET').toUpperCase();
    let auth: Auth | undefined;
    if (identity && !identity.guest && !spec.authHeaders) auth = await this.auth(identity, checkId);
    const headers: Record<string, string> = { accept: 'application/json, */*;q=0.5' };
    let body: string | undefined;
    // The document declares the body's media type: a route that takes only form-urlencoded or multipart bodies gets
    // the same fields in that encoding (a JSON body there is a 415/400 that tests nothing).
    const media = spec.json !== undefined && spec.contentType === undefined && spec.template ? this.mediaTypeOf(method, spec.template) : undefined;
    if (spec.json !== undefined && media && spec.json && typeof spec.json === 'object' && !Array.isArray(spec.json)) {
      const enc = encodeBody(spec.json as Record<string, unknown>, media);
      body = enc.body;
      headers['content-type'] = enc.contentType;
    } else if (spec.json !== undefined) {
      body = JSON.stringify(spec.json);
      headers['content-type'] = spec.contentType ?? 'application/json';
    } else if (spec.form) {
      body = new URLSearchParams(spec.form).toString();
      headers['content-type'] = spec.contentType ?? 'application/x-www-form-urlencoded';
    } else if (spec.body !== undefined) {
      body = spec.body;
      headers['content-type'] = spec.contentType ?? 'application/json';
    }
    const credentialHeaders: Record<string, string> = {};
    if (auth) {
      Object.assign(headers, auth.headers);
      for (const h of auth.credentialHeaders) credentialHeaders[h] = envVarFor(identity!.name);
    }
    if (spec.authHeaders) Object.assign(headers, lower(spec.authHeaders));
    if (spec.headers) Object.assign(headers, lower(spec.headers));
    const url = this.url(spec.path, { ...(auth?.query ?? {}), ...(spec.query ?? {}) });
    const label = spec.label ?? identity?.name ?? 'guest';
    const req = { url, method, headers, ...(body !== undefined ? { body } : {}), ...(spec.timeoutMs ? { timeoutMs: spec.timeoutMs } : {}), ...(spec.maxBodyBytes ? { maxBodyBytes: spec.maxBodyBytes } : {}) };
    let res: HttpResponse;
    // Coverage: only routes of the model (a probe of /debug or a guessed path is no row of the matrix).
    const cell = spec.template && checkId !== 'api/discovery' && this.coverage?.has(method, spec.template) ? { method, path: spec.template } : undefined;
    try {
      try {
        res = await this.http.request(req, checkId, signal);
      } catch (err) {
        // A keep-alive socket the server closed meanwhile: retry an idempotent request once on a fresh one.
        if (!/connection reset|ECONNRESET|socket hang up|other side closed/i.test((err as Error).message) || !['GET', 'HEAD', 'OPTIONS'].includes(method)) throw err;
        res = await this.http.request(req, checkId, signal);
      }
    } catch (err) {
      if (cell) this.coverage!.mark(checkId, cell, err instanceof BudgetExceededError ? 'refused' : 'error', (err as Error).message.slice(0, 200), { auto: true });
      throw err;
    }
    if (cell) {
      if (res.status === 429) this.coverage!.mark(checkId, cell, 'refused', 'rate-limited (HTTP 429)', { auto: true });
      else if (res.status === 502 || res.status === 503 || res.status === 504) this.coverage!.mark(checkId, cell, 'error', `HTTP ${res.status} from a gateway`, { auto: true });
      else this.coverage!.mark(checkId, cell, 'tested', undefined, { auto: true });
    }
    if (res.status === 401 && auth && identity?.config?.login && spec.retryOn401 !== false && this.now() - auth.obtainedAt > 1000) {
      // eslint-disable-next-line launchready/no-swallowed-error -- relogin records its failure in loginErrors (api/identities reports it); the 401 answer stands
      const fresh = await this.relogin(identity, checkId).catch(() => undefined);
      if (fresh && fresh !== auth) return this.send({ ...spec, retryOn401: false }, checkId, signal);
    }
    const ms = Math.round(res.timings.totalMs);
    const x: ApiExchange = {
      identity: label,
      method,
      url,
      path: spec.template ?? new URL(url).pathname,
      requestHeaders: headers,
      response: res,
      status: res.status,
      ms,
      json: parseJson(res.body, res.headers['content-type']),
      curl: buildCurl({ method, url, headers, ...(body !== undefined ? { body } : {}), credentialHeaders, connectTo: this.connectTo }),
      evidence: '',
    };
    if (body !== undefined) x.requestBody = body;
    x.evidence = exchangeEvidence({ method, url, identity: label, requestHeaders: headers, ...(body !== undefined ? { requestBody: body } : {}), status: res.status, responseHeaders: res.headers, responseBody: res.body, ms });
    return x;
  }
}

/** A flat object as application/x-www-form-urlencoded (nested values as a[b]=) or multipart/form-data. */
export function encodeBody(obj: Record<string, unknown>, mediaType: string): { body: string; contentType: string } {
  const pairs: [string, string][] = [];
  const walk = (prefix: string, v: unknown): void => {
    if (v === undefined) return;
    if (v !== null && typeof v === 'object') {
      if (Array.isArray(v)) v.forEach((e, i) => walk(`${prefix}[${i}]`, e));
      else for (const [k, e] of Object.entries(v)) walk(`${prefix}[${k}]`, e);
    } else pairs.push([prefix, v === null ? '' : String(v)]);
  };
  for (const [k, v] of Object.entries(obj)) walk(k, v);
  if (/multipart/i.test(mediaType)) {
    const boundary = `launchready${randomBytes(8).toString('hex')}`;
    const parts = pairs.map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k.replace(/"/g, '%22')}"\r\n\r\n${v}\r\n`);
    return { body: `${parts.join('')}--${boundary}--\r\n`, contentType: `multipart/form-data; boundary=${boundary}` };
  }
  return { body: new URLSearchParams(pairs).toString(), contentType: 'application/x-www-form-urlencoded' };
}

function lower(h: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), v]));
}
