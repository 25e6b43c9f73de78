import { createHmac } from 'node:crypto';
import { importPKCS8, SignJWT } from 'jose';
import { discover, readKey } from './discovery.js';
import type { ApiExchange, ApiIdentity, ApiRoute } from './types.js';
import type { TokenCarrier } from '../../../probes/api-client.js';
import type { ApiCtx } from './util.js';
import { bodySimilarity, is2xx, isErrorBody } from './util.js';

/**
 * Shared JWT material for the jwt-* checks: one identity's real token, a protected "probe" route that the identity
 * reads and the guest cannot, and helpers to send a modified token the same way the identity sends its own.
 */

export interface JwtSubject {
  identity: ApiIdentity;
  carrier?: TokenCarrier;
  token: string;
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
  route: ApiRoute;
  path: string;
  baseline: ApiExchange;
  guest: ApiExchange;
}

const b64 = (v: unknown) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');

export function decodeJwt(token: string): { header: Record<string, unknown>; payload: Record<string, unknown>; parts: string[] } | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  try {
    const header = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8')) as Record<string, unknown>;
    const payload = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;
    if (!header || typeof header !== 'object' || typeof header.alg !== 'string') return undefined;
    return { header, payload, parts };
  } catch {
    return undefined;
  }
}

export function unsigned(header: Record<string, unknown>, payload: Record<string, unknown>, signature = ''): string {
  return `${b64(header)}.${b64(payload)}.${signature}`;
}

const HS: Record<string, string> = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' };

export function hmacSign(header: Record<string, unknown>, payload: Record<string, unknown>, secret: string): string {
  const alg = HS[String(header.alg)] ?? 'sha256';
  const head = b64(header);
  const body = b64(payload);
  return `${head}.${body}.${createHmac(alg, secret).update(`${head}.${body}`).digest('base64url')}`;
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

export async function jwtSubject(ctx: ApiCtx): Promise<JwtSubject | { reason: string }> {
  return ctx.evidence('api:jwt-subject', async () => {
    const { client, model } = ctx.probes;
    const d = await discover(ctx);
    const candidates = model.routes
      .filter((r) => r.method === 'GET' && !r.public && !r.roles && r.pathParams.length === 0 && !r.skip && !r.flow)
      .sort((a, b) => Number(/\/(me|profile|account|user|session|whoami)\b/i.test(b.path)) - Number(/\/(me|profile|account|user|session|whoami)\b/i.test(a.path)));
    for (const identity of d.active) {
      const token = await client.token(identity, 'api/discovery').catch(() => undefined);
      const dec = token ? decodeJwt(token) : undefined;
      if (!token || !dec) continue;
      for (const route of candidates) {
        const baseline = d.reads.get(readKey(identity.name, route));
        if (!baseline || !is2xx(baseline.status) || isErrorBody(baseline) || route.heavy) continue;
        const guest = await client.send({ path: baseline.path === route.path ? new URL(baseline.url).pathname + new URL(baseline.url).search : route.path, template: route.path }, 'api/discovery', ctx.signal);
        if (is2xx(guest.status) && !isErrorBody(guest)) continue; // the guest reads it too: useless as a probe
        const carrier = await client.carrier(identity).catch(() => undefined);
        return { identity, ...(carrier ? { carrier } : {}), token, header: dec.header, payload: dec.payload, route, path: new URL(baseline.url).pathname + new URL(baseline.url).search, baseline, guest };
      }
    }
    return { reason: d.active.length === 0 ? 'no identity could sign in' : 'no identity carries a JWT, or no protected GET route without parameters answers the identity and refuses the guest' };
  });
}

export interface TokenTry {
  x: ApiExchange;
  accepted: boolean;
}

export async function tryToken(ctx: ApiCtx, s: JwtSubject, token: string, label: string, unsignedToken = false): Promise<TokenTry> {
  const x = await ctx.probes.client.send({ path: s.path, template: s.route.path, authHeaders: authHeadersFor(s.identity, token, s.carrier), label: `${s.identity.name} (${label})`, retryOn401: false }, ctx.checkId, ctx.signal);
  if (unsignedToken) {
    // An unsigned token carries no secret: make the curl replayable by building it in the shell from its parts
    // (written apart, so the report's JWT masking leaves them readable).
    const [h, p, sig] = token.split('.');
    x.curl = `LR_FORGED="${h}"."${p}".${sig ?? ''}; ` + x.curl.split(token).join(`'"$LR_FORGED"'`);
  }
  const accepted = is2xx(x.status) && !isErrorBody(x) && bodySimilarity(s.baseline, x) >= 0.5;
  return { x, accepted };
}

// Common HMAC secrets: framework defaults, tutorial values and placeholders (jwt.io's, Spring/Express/Laravel
// samples, SecLists' jwt-secrets head). Small on purpose: the check is offline and must stay fast.
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

/** Crack an HS* token offline against the wordlist (+ api.jwt.wordlist). No requests. */
export function crack(token: string, extra: string[] = []): string | undefined {
  const dec = decodeJwt(token);
  if (!dec) return undefined;
  const alg = HS[String(dec.header.alg)];
  if (!alg) return undefined;
  const input = `${dec.parts[0]}.${dec.parts[1]}`;
  const sig = dec.parts[2];
  for (const cand of [...extra, ...WEAK_SECRETS]) {
    if (createHmac(alg, cand).update(input).digest('base64url') === sig) return cand;
  }
  return undefined;
}

/** The signing key: configured, else cracked from a weak wordlist; shared by the jwt-* checks. */
export async function jwtKey(ctx: ApiCtx, s: JwtSubject): Promise<JwtKey | undefined> {
  return ctx.evidence('api:jwt-key', async () => {
    const j = ctx.probes.model.config.jwt;
    if (j?.secret) return { secret: j.secret, source: 'config' as const, ...(j.alg ? { alg: j.alg } : {}) };
    if (j?.privateKey) return { privateKey: j.privateKey, source: 'config' as const, ...(j.alg ? { alg: j.alg } : {}) };
    const cracked = crack(s.token, j?.wordlist ?? []);
    if (cracked !== undefined) {
      ctx.secret(cracked);
      return { secret: cracked, source: 'cracked' as const };
    }
    return undefined;
  });
}

/** Is a re-signed, unchanged token accepted? (proves the key works before judging forged variants) */
export async function keyWorks(ctx: ApiCtx, s: JwtSubject, key: JwtKey): Promise<TokenTry | undefined> {
  return ctx.evidence('api:jwt-key-works', async () => {
    const now = Math.floor(Date.now() / 1000);
    const payload = { ...s.payload };
    if (typeof payload.exp === 'number' && payload.exp < now + 60) payload.exp = now + 600;
    const t = await forge(key, s.header, payload).catch(() => undefined);
    if (!t) return undefined;
    return tryToken(ctx, s, t, 're-signed control token');
  });
}
