import { createHmac, timingSafeEqual } from 'node:crypto';
import { base64url, importPKCS8, SignJWT } from 'jose';
import { readJwt, type DecodedJwt } from '../../../core/jwt.js';
import { concretePath, discover } from './discovery.js';
import type { ApiExchange, ApiIdentity, ApiRoute } from './types.js';
import type { TokenCarrier } from '../../../probes/api-client.js';
import { describeError } from '../../../core/runner.js';
import type { ApiCtx } from './util.js';
import { bodySimilarity, is2xx, isErrorBody, sampleQuery } from './util.js';

/**
 * Shared JWT material for the jwt-* checks. A "subject" is one identity's real token per auth scheme (how the token
 * travels + its algorithm) with a SAMPLE of protected routes that the identity reads and the guest cannot. A forged
 * token is tried on the sample (not on one route picked by name): a route that answers 500 to every forged token,
 * or one that does not verify tokens itself, can no longer hide a verifier that accepts it elsewhere. Acceptance
 * is then confirmed by a second request.
 */

export interface JwtTarget {
  route: ApiRoute;
  /** concrete path (with query) the identity read */
  path: string;
  baseline: ApiExchange;
  guest: ApiExchange;
  /** the token travels in this query parameter (`/invoices/{id}/pdf?token=`), not in the identity's header/cookie */
  queryToken?: string;
}

/** Query parameters that carry a token (download links, WebSocket/SSE endpoints, FastAPI `token` query schemes). */
const TOKEN_PARAM = /^(token|access_token|accessToken|jwt|auth|auth_token|id_token|t)$/;

export interface JwtSubject {
  identity: ApiIdentity;
  carrier?: TokenCarrier;
  token: string;
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
  /** the first sampled route (kept for callers that need one) */
  route: ApiRoute;
  path: string;
  baseline: ApiExchange;
  guest: ApiExchange;
  /** sampled protected routes, spread over the API (at most SAMPLE) */
  targets: JwtTarget[];
  /** protected routes of the identity that were not sampled (coverage: n/a with the reason) */
  unsampled: ApiRoute[];
  /** "header authorization Bearer, HS256" */
  scheme: string;
}

/** Protected routes sampled per auth scheme: enough to get past one broken or non-verifying route, few requests. */
export const SAMPLE = 4;

/** A compact JWS whose header names an algorithm, decoded by the one JWT reader (src/core/jwt.ts, jose). */
export function decodeJwt(token: string): DecodedJwt | undefined {
  const jwt = readJwt(token);
  return jwt && typeof jwt.header.alg === 'string' ? jwt : undefined;
}

const enc = (v: unknown) => base64url.encode(typeof v === 'string' ? v : JSON.stringify(v));

/** A token with an arbitrary header (alg "none"/"None", a kept kid) and signature: jose refuses to build these on purpose. */
export function unsigned(header: Record<string, unknown>, payload: Record<string, unknown>, signature = ''): string {
  return `${enc(header)}.${enc(payload)}.${signature}`;
}

const HS: Record<string, string> = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' };

/** HS* signature with any secret bytes (also '' and PEM text, which WebCrypto-based signers refuse). */
export function hmacSign(header: Record<string, unknown>, payload: Record<string, unknown>, secret: string | Buffer): string {
  const alg = HS[String(header.alg)] ?? 'sha256';
  const input = `${enc(header)}.${enc(payload)}`;
  return `${input}.${createHmac(alg, secret).update(input).digest('base64url')}`;
}

export async function forge(key: JwtKey, header: Record<string, unknown>, payload: Record<string, unknown>): Promise<string> {
  const alg = String(key.alg ?? header.alg);
  if (key.secret !== undefined && HS[alg]) return hmacSign({ ...header, alg }, payload, key.secret);
  if (key.privateKey) {
    const k = await importPKCS8(key.privateKey, alg);
    const { alg: _a, ...rest } = header;
    return new SignJWT(payload).setProtectedHeader({ ...rest, alg }).sign(k);
  }
  throw new Error(`cannot sign ${alg} tokens with the configured key`);
}

/** Headers carrying `token` the way the identity carries its own. */
export function authHeadersFor(identity: ApiIdentity, token: string, carrier?: TokenCarrier): Record<string, string> {
  const t = identity.config?.login?.token;
  const extra: Record<string, string> = {};
  for (const [k, v] of Object.entries(identity.config?.headers ?? {})) if (!/^authorization$/i.test(k)) extra[k.toLowerCase()] = v;
  if (carrier?.kind === 'cookie') return { ...extra, cookie: `${carrier.name}=${token}` };
  if (carrier?.kind === 'header') return { ...extra, [carrier.name]: carrier.scheme ? `${carrier.scheme} ${token}` : token };
  if (t) {
    const sendAs = t.sendAs ?? (t.from === 'cookie' ? 'cookie' : 'header');
    if (sendAs === 'cookie') return { ...extra, cookie: `${t.cookieName ?? t.path}=${token}` };
    return { ...extra, [t.header.toLowerCase()]: t.scheme ? `${t.scheme} ${token}` : token };
  }
  return { ...extra, authorization: `Bearer ${token}` };
}

const SELFISH = /\/(me|profile|account|user|session|whoami)\b/i;

function concrete(x: ApiExchange): string {
  const u = new URL(x.url);
  return u.pathname + u.search;
}

/**
 * Every identity's JWT grouped by auth scheme; per scheme, a spread sample of protected GET routes (parameterless
 * reads and discovered object routes) where the identity gets data and the guest is refused. One guest request per
 * sampled route (the control). Memoised per run.
 */
export async function jwtSubjects(ctx: ApiCtx): Promise<JwtSubject[] | { reason: string }> {
  return ctx.evidence('api:jwt-subjects', async (r) => {
    const { client, model } = ctx.probes;
    const d = await discover(ctx);
    if (d.active.length === 0) return { reason: 'no identity could sign in' };
    const byScheme = new Map<string, JwtSubject>();
    let sawJwt = false;
    // requests that failed while looking for subjects: with no subject found, they are the reason (an error, not "no JWT")
    const gaps: string[] = [];
    const gap = (what: string) => (e: unknown) => void gaps.push(`${what}: ${describeError(e)}`);
    for (const identity of d.active) {
      const token = await client.token(identity, 'api/discovery').catch(gap(`${identity.name}'s token`));
      const dec = token ? decodeJwt(token) : undefined;
      if (!token || !dec) continue;
      sawJwt = true;
      const carrier = await client.carrier(identity).catch(gap(`${identity.name}'s token carrier`));
      const scheme = `${carrier ? (carrier.kind === 'cookie' ? `cookie ${carrier.name}` : `header ${carrier.name}${carrier.scheme ? ` ${carrier.scheme}` : ''}`) : 'default'}, ${String(dec.header.alg)}`;
      if (byScheme.has(scheme)) continue;
      // Candidates: the identity's successful reads of protected routes, parameterless first, "/me"-like first.
      const cands: { route: ApiRoute; x: ApiExchange }[] = [];
      for (const route of model.routes) {
        if (route.method !== 'GET' || route.public || route.skip || route.flow || route.heavy) continue;
        let x: ApiExchange | undefined;
        if (route.pathParams.length === 0) x = d.reads.get(`${identity.name}|GET ${route.path}`);
        else {
          const inst = d.objects.get(identity.name)?.get(route.path)?.[0];
          if (inst) x = d.exchanges.find((e) => e.identity === identity.name && e.method === 'GET' && new URL(e.url).pathname === inst.path);
        }
        if (x && is2xx(x.status) && !isErrorBody(x)) cands.push({ route, x });
      }
      cands.sort((a, b) => Number(SELFISH.test(b.route.path)) - Number(SELFISH.test(a.route.path)) || a.route.pathParams.length - b.route.pathParams.length);
      // Spread the sample: one route per first path segment before a second from the same segment.
      const seg = (p: string) => p.split('/').filter(Boolean).slice(0, 2).join('/');
      const ordered: typeof cands = [];
      const used = new Set<string>();
      for (const c of cands) if (!used.has(seg(c.route.path))) (used.add(seg(c.route.path)), ordered.push(c));
      for (const c of cands) if (!ordered.includes(c)) ordered.push(c);
      const targets: JwtTarget[] = [];
      for (const c of ordered) {
        if (targets.length >= SAMPLE) break;
        if (ctx.probes.client.budget.remaining < 20) break;
        const guest = await client.send({ path: concrete(c.x), template: c.route.path }, 'api/discovery', r.signal).catch(gap(`guest GET ${c.route.path}`));
        if (!guest || (is2xx(guest.status) && !isErrorBody(guest))) continue; // the guest reads it too: no control
        targets.push({ route: c.route, path: concrete(c.x), baseline: c.x, guest });
      }
      // Routes that take the token in a query parameter: a second way in, often verified by other code.
      for (const route of model.routes) {
        if (targets.filter((t) => t.queryToken).length >= 2 || ctx.probes.client.budget.remaining < 20) break;
        const param = route.method === 'GET' && !route.skip && !route.flow ? route.params.find((p) => p.in === 'query' && TOKEN_PARAM.test(p.name)) : undefined;
        if (!param) continue;
        const path = concretePath(d, [identity, ...d.active.filter((a) => a !== identity)], route.path);
        if (!path) continue;
        const others = Object.fromEntries(Object.entries(sampleQuery(route)).filter(([k]) => k !== param.name));
        const baseline = await client.send({ path, template: route.path, query: { ...others, [param.name]: token }, label: `${identity.name} (token in ?${param.name})` }, 'api/discovery', r.signal).catch(gap(`GET ${route.path}?${param.name}=<token>`));
        if (!baseline || !is2xx(baseline.status) || isErrorBody(baseline)) continue;
        const guest = await client.send({ path, template: route.path, query: others }, 'api/discovery', r.signal).catch(gap(`guest GET ${route.path}`));
        if (!guest || (is2xx(guest.status) && !isErrorBody(guest))) continue;
        targets.push({ route, path: `${path}${Object.keys(others).length ? `?${new URLSearchParams(others).toString()}` : ''}`, baseline, guest, queryToken: param.name });
      }
      if (targets.length === 0) continue;
      const first = targets[0]!;
      byScheme.set(scheme, {
        identity,
        ...(carrier ? { carrier } : {}),
        token,
        header: dec.header,
        payload: dec.payload,
        route: first.route,
        path: first.path,
        baseline: first.baseline,
        guest: first.guest,
        targets,
        unsampled: ordered.map((c) => c.route).filter((r) => !targets.some((t) => t.route === r)),
        scheme,
      });
    }
    if (byScheme.size === 0 && gaps.length) throw new Error(`no JWT subject found, and ${gaps.length} request(s) failed: ${gaps.slice(0, 5).join('; ')}`);
    if (byScheme.size === 0) return { reason: sawJwt ? 'no protected GET route answers an identity that carries a JWT and refuses the guest' : 'no identity carries a JWT' };
    return [...byScheme.values()];
  });
}

/** The first subject (kept for checks that need one identity's token and one protected route, e.g. api/cors). */
export async function jwtSubject(ctx: ApiCtx): Promise<JwtSubject | { reason: string }> {
  const s = await jwtSubjects(ctx);
  return 'reason' in s ? s : s[0]!;
}

export interface TokenTry {
  x: ApiExchange;
  accepted: boolean;
}

function withForgedCurl(x: ApiExchange, token: string): void {
  // An unsigned token carries no secret: make the curl replayable by building it in the shell from its parts
  // (written apart, so the report's JWT masking leaves them readable).
  const [h, p, sig] = token.split('.');
  x.curl = `LR_FORGED="${h}"."${p}".${sig ?? ''}; ` + x.curl.split(token).join(`'"$LR_FORGED"'`);
}

export async function tryToken(ctx: ApiCtx, s: JwtSubject, token: string, label: string, unsignedToken = false, target: JwtTarget = s.targets[0]!): Promise<TokenTry> {
  const x = target.queryToken
    ? await ctx.probes.client.send({ path: target.path, template: target.route.path, query: { [target.queryToken]: token }, label: `${s.identity.name} (${label}, in ?${target.queryToken})`, retryOn401: false }, ctx.checkId, ctx.signal)
    : await ctx.probes.client.send({ path: target.path, template: target.route.path, authHeaders: authHeadersFor(s.identity, token, s.carrier), label: `${s.identity.name} (${label})`, retryOn401: false }, ctx.checkId, ctx.signal);
  if (unsignedToken) withForgedCurl(x, token);
  const accepted = is2xx(x.status) && !isErrorBody(x) && bodySimilarity(target.baseline, x) >= 0.5;
  return { x, accepted };
}

export interface SampleResult {
  /** the first accepting route and the confirming second answer */
  accepted?: { target: JwtTarget; x: ApiExchange; confirm: ApiExchange };
  /** every sampled route that accepted (confirmed) */
  all: { target: JwtTarget; x: ApiExchange; confirm: ApiExchange }[];
  /** routes that gave a verdict (refused or accepted) */
  answered: number;
  /** "GET /x: HTTP 500" for routes that could not judge the token */
  problems: string[];
  /** the last refusal, for evidence on a pass */
  refusal?: ApiExchange;
}

/**
 * Try a forged token on every sampled route of the subject until one accepts it; confirm an acceptance with a second
 * request to the same route. Marks coverage for each route: tested when it
 * answered with a verdict, error on 5xx or a failed request, refused on 429 or an exhausted budget.
 */
export async function trySample(ctx: ApiCtx, s: JwtSubject, token: string | (() => Promise<string>), label: string, unsignedToken = false, opts: { only?: JwtTarget[] } = {}): Promise<SampleResult> {
  const out: SampleResult = { answered: 0, problems: [], all: [] };
  const cov = ctx.probes.coverage;
  const tok = typeof token === 'string' ? token : await token();
  const targets = opts.only ?? s.targets;
  for (const t of s.targets) if (!targets.includes(t)) cov.mark(ctx.checkId, t.route, 'n/a', 'the route accepts tokens with a wrong signature (api/jwt-signature): nothing more to learn there');
  for (let i = 0; i < targets.length; i++) {
    const t = targets[i]!;
    let r: TokenTry;
    try {
      r = await tryToken(ctx, s, tok, label, unsignedToken, t);
    } catch (err) {
      const budget = /budget/i.test((err as Error).message);
      cov.mark(ctx.checkId, t.route, budget ? 'refused' : 'error', (err as Error).message);
      out.problems.push(`GET ${t.route.path}: ${(err as Error).message}`);
      if (budget) break;
      continue;
    }
    if (r.x.status === 429) {
      cov.mark(ctx.checkId, t.route, 'refused', 'HTTP 429 (rate-limited)');
      out.problems.push(`GET ${t.route.path}: HTTP 429`);
      continue;
    }
    if (r.x.status >= 500) {
      cov.mark(ctx.checkId, t.route, 'error', `HTTP ${r.x.status} to a forged token`);
      out.problems.push(`GET ${t.route.path}: HTTP ${r.x.status}`);
      continue;
    }
    cov.mark(ctx.checkId, t.route, 'tested');
    out.answered++;
    if (!r.accepted) {
      out.refusal = r.x;
      continue;
    }
    // Confirm on the same route: verifiers differ per route (that is why several are sampled).
    const c = await tryToken(ctx, s, tok, `${label}, confirmation`, unsignedToken, t).catch((e: unknown) => void out.problems.push(`GET ${t.route.path} (confirmation): ${describeError(e)}`));
    if (c && c.accepted) {
      // Every accepting route is its own finding (one per route and cause); keep going through the sample.
      out.accepted ??= { target: t, x: r.x, confirm: c.x };
      out.all.push({ target: t, x: r.x, confirm: c.x });
      continue;
    }
    // Accepted once, not on confirmation: judge by the confirmation (a flaky route is not a verdict).
    if (c) out.refusal = c.x;
  }
  for (const r of s.unsampled) cov.mark(ctx.checkId, r, 'n/a', `not sampled: forged tokens of scheme "${s.scheme}" were tried on ${s.targets.length} other protected routes`);
  return out;
}

/**
 * The sampled routes that verify signatures: a copy of the identity's token with a wrong signature must be refused
 * there. Routes that accept it are api/jwt-signature's finding; expiry, audience, algorithm confusion and forged-key
 * probes on them would only repeat it. One request per route and scheme, shared by the checks.
 */
export async function verifyingTargets(ctx: ApiCtx, s: JwtSubject): Promise<JwtTarget[]> {
  return ctx.evidence(`api:jwt-verifying:${s.scheme}`, async (r) => {
    const [h, p] = s.token.split('.');
    const wrong = `${h}.${p}.${base64url.encode(createHmac('sha256', 'launchready-wrong-key').update(`${h}.${p}`).digest())}`;
    const out: JwtTarget[] = [];
    for (const t of s.targets) {
      // eslint-disable-next-line launchready/no-swallowed-error -- a route whose verifier check failed stays in the sample: the forged-token probes test it and record their own failures
      const x = await tryToken({ ...ctx, signal: r.signal }, s, wrong, 'wrong signature (verifier check)', false, t).catch(() => undefined);
      if (!x || !x.accepted) out.push(t);
    }
    return out;
  });
}

/** The verdict shape every forged-token check shares: error when no sampled route could judge the token. */
export function sampleError(r: Pick<SampleResult, 'answered' | 'problems'>): string | undefined {
  if (r.answered > 0) return undefined;
  return `no sampled route gave a verdict on the forged token (${r.problems.join('; ') || 'no route sampled'})`;
}

/** Mark the routes of a subject as not applicable for a check that did not need to send anything to them. */
/** Message texts every JWT check shares (one wording in every report and doc page). */
export const JWT_NO_JWT = 'Not tested: {{reason}}.';
export const JWT_UNJUDGED = 'Not judged for {{scheme}}: {{reason}}.';
export const JWT_NO_VERIFIER = 'Not tested for {{scheme}}: none of the sampled routes verifies token signatures (see api/jwt-signature).';

export function markNa(ctx: ApiCtx, s: JwtSubject, reason: string): void {
  for (const t of s.targets) ctx.probes.coverage.mark(ctx.checkId, t.route, 'n/a', reason);
  for (const r of s.unsampled) ctx.probes.coverage.mark(ctx.checkId, r, 'n/a', reason);
}

// A few framework defaults and placeholders that Wallarm's list may lack, tried before it (cheap, and named in docs).
export const WEAK_SECRETS = [
  'secret', 'secret123', 'secretkey', 'secret-key', 'secret_key', 'mysecret', 'mysecretkey', 'my-secret', 'my_secret', 'supersecret',
  'super-secret', 'topsecret', 'changeme', 'change-me', 'changeit', 'password', 'password123', 'passw0rd', 'admin', 'admin123',
  '123456', '12345678', '1234567890', 'qwerty', 'letmein', 'test', 'test123', 'testing', 'dev', 'development', 'default', 'key',
  'jwt', 'jwtsecret', 'jwt-secret', 'jwt_secret', 'JWT_SECRET', 'jwtkey', 'jwt-key', 'token', 'tokensecret', 'your-256-bit-secret',
  'your-secret', 'your_secret', 'yoursecret', 'your-secret-key', 'your_jwt_secret', 'shhhhh', 'shhhhhhared-secret', 'keyboard cat',
  'hello', 'helloworld', 'abc123', 'app', 'appsecret', 'app-secret', 'api', 'apisecret', 'api-secret', 'access', 'accesssecret',
  'auth', 'authsecret', 'node', 'nodejs', 'express', 'django-insecure', 'laravel', 'spring', 'gin', 'flask', 'rails', 'example',
  'sample', 'demo', 'local', 'localhost', 'production', 'prod', 'staging', 'private', 'privatekey', 'signing-key', 'signingkey',
  'HS256', 'hs256', 'secretOrPrivateKey', 'SECRET_KEY', 'SECRET', 'null', 'undefined', '',
  'dev-secret', 'devsecret', 'dev_secret', 'local-secret', 'test-secret', 'testsecret', 'my-jwt-secret', 'myjwtsecret', 'jwt-secret-key',
  'jwtSecret', 'jwt_secret_key', 'JWT_SECRET_KEY', 'secret-jwt', 'supersecretkey', 'super_secret', 'super-secret-key', 'topsecretkey',
  's3cr3t', 's3cret', 'secr3t', 'P@ssw0rd', 'password1', '123456789', 'iloveyou', 'root', 'toor', 'guest', 'user', 'key123',
  'default-secret', 'defaultsecret', 'insecure', 'unsafe', 'notsecret', 'not-so-secret', 'foobar', 'foo', 'bar', 'qwertyuiop', 'asdf',
  'abcdef', 'abcdefgh', '0123456789', '000000', '111111', 'Secret', 'SecretKey', 'secretKey', 'thisismysecret', 'this-is-my-secret',
  'thisisasecret', 'my_jwt_secret', 'your_jwt_secret_key', 'your-super-secret-key', 'your-secret-key-here', 'change_me', 'change-this',
  'changethis', 'replace-me', 'replaceme', 'tokenkey', 'token-secret', 'auth-secret', 'authkey', 'session-secret', 'sessionsecret',
  'cookie-secret', 'app-key', 'appkey', 'api-key', 'apikey', 'hmac', 'hmac-secret', 'signing-secret', 'demo-secret', 'demosecret',
  'example-secret', 'secret1', 'secret12', 'secret1234', 'secret2024', 'secret2025', 'secret2026', 'password2024', 'admin1',
  'administrator', 'welcome', 'welcome1', 'monkey', 'master', 'hunter2', 'trustno1', '1234', '12345', 'key1', 'mykey', 'my-key',
];

export interface JwtKey {
  secret?: string;
  privateKey?: string;
  alg?: string;
  source: 'config' | 'cracked';
}

/** Candidates in order: the config's own words, the built-in defaults, then the shipped list (deduplicated lazily). */
export function candidateCount(extra: string[], list: string[]): number {
  return extra.length + WEAK_SECRETS.length + list.length;
}

/**
 * Crack an HS* token offline (CPU only, no requests): one HMAC per candidate over the fixed signing input, compared
 * in constant time with the token's signature bytes. About a microsecond per candidate (bench/jwt-crack.mjs), so
 * the ~104k shipped secrets take a fraction of a second. `list` is the shipped list (ctx.probes.jwtWordlist()): the
 * check does no file I/O itself.
 */
export function crack(token: string, extra: string[], list: string[]): string | undefined {
  const dec = decodeJwt(token);
  if (!dec) return undefined;
  const alg = HS[String(dec.header.alg)];
  if (!alg) return undefined;
  const input = Buffer.from(`${dec.parts[0]}.${dec.parts[1]}`);
  const sig = Buffer.from(dec.parts[2]!, 'base64url');
  const hit = (cand: string) => {
    const d = createHmac(alg, cand).update(input).digest();
    return d.length === sig.length && timingSafeEqual(d, sig);
  };
  for (const group of [extra, WEAK_SECRETS, list]) for (const cand of group) if (hit(cand)) return cand;
  return undefined;
}

/** The signing key: configured, else cracked from the wordlists; shared by the jwt-* checks (memoised per subject). */
export async function jwtKey(ctx: ApiCtx, s: JwtSubject): Promise<JwtKey | undefined> {
  return ctx.evidence(`api:jwt-key:${s.scheme}`, async () => {
    const j = ctx.probes.model.config.jwt;
    if (j?.secret) return { secret: j.secret, source: 'config' as const, ...(j.alg ? { alg: j.alg } : {}) };
    if (j?.privateKey) return { privateKey: j.privateKey, source: 'config' as const, ...(j.alg ? { alg: j.alg } : {}) };
    const cracked = crack(s.token, j?.wordlist ?? [], ctx.probes.jwtWordlist());
    if (cracked !== undefined) {
      ctx.secret(cracked);
      return { secret: cracked, source: 'cracked' as const };
    }
    return undefined;
  });
}

/** Is a re-signed, unchanged token accepted? (proves the key works before judging forged variants) */
export async function keyWorks(ctx: ApiCtx, s: JwtSubject, key: JwtKey): Promise<SampleResult | undefined> {
  return ctx.evidence(`api:jwt-key-works:${s.scheme}`, async (r) => {
    const now = Math.floor(Date.now() / 1000);
    const payload = { ...s.payload };
    if (typeof payload.exp === 'number' && payload.exp < now + 60) payload.exp = now + 600;
    // eslint-disable-next-line launchready/no-swallowed-error -- signing is local: a key jose cannot sign with is a key that does not work (the caller reports it as such)
    const t = await forge(key, s.header, payload).catch(() => undefined);
    if (!t) return undefined;
    const only = await verifyingTargets(ctx, s);
    if (only.length === 0) return undefined;
    return trySample({ ...ctx, signal: r.signal }, s, t, 're-signed control token', false, { only });
  });
}

/** A key, the sampled routes that verify signatures, and a forged control token the API accepts. */
export interface ForgeReady {
  key: JwtKey;
  only: JwtTarget[];
  control: SampleResult & { accepted: NonNullable<SampleResult['accepted']> };
}

/**
 * The preamble of the checks that forge tokens with the API's key (api/jwt-expired, api/jwt-claims): a known key,
 * sampled routes that verify signatures, and a re-signed control token the API accepts. When one is missing it
 * reports the check's answer itself (noKey: n/a, noVerifier: n/a, keyRejected: error; each check declares these
 * three message ids) and returns undefined.
 */
export async function forgeReady(
  ctx: ApiCtx,
  s: JwtSubject,
  o: { noKeyReason: string; noKeyData?: Record<string, string | number>; keyRejectedNa?: string },
): Promise<ForgeReady | undefined> {
  const target = `jwt:${s.scheme}`;
  const key = await jwtKey(ctx, s);
  if (!key) {
    markNa(ctx, s, o.noKeyReason);
    ctx.report({ messageId: 'noKey', status: 'skipped', severity: 'info', data: { scheme: s.scheme, ...o.noKeyData }, target });
    return undefined;
  }
  const only = await verifyingTargets(ctx, s);
  if (only.length === 0) {
    ctx.report({ messageId: 'noVerifier', status: 'skipped', severity: 'info', data: { scheme: s.scheme }, target });
    return undefined;
  }
  const control = await keyWorks(ctx, s, key);
  if (!control?.accepted) {
    if (o.keyRejectedNa) markNa(ctx, s, o.keyRejectedNa);
    // the key the user gave (or cracked) is not the API's: nothing forged with it can be judged (error, not n/a)
    ctx.report({ messageId: 'keyRejected', status: 'error', severity: 'info', data: { scheme: s.scheme, source: key.source, status: control?.refusal?.status ?? 0 }, target });
    return undefined;
  }
  return { key, only, control: control as ForgeReady['control'] };
}

/** Where an identity's token was issued (its login request), for findings about the token itself. */
export function issuedAt(s: Pick<JwtSubject, 'identity' | 'route'>): { method: string; path: string } {
  const l = s.identity.config?.login;
  return l ? { method: l.method, path: l.path } : { method: 'GET', path: s.route.path };
}
