import type { Server } from 'node:http';
import type { IncomingMessage } from 'node:http';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { decodeJwt, exportJWK, jwtVerify, SignJWT } from 'jose';
import { apiChecks } from '../../src/checks/api/index.js';
import type { Report } from '../../src/core/types.js';
import { auditRaw, jsonServer } from './helpers.js';

/**
 * A small signed-in API for the API check tables (issue 20): POST /api/login hands out an HS256 JWT (and, if asked,
 * a session cookie); GET /api/me answers the signed-in user. Each table shapes the answers it needs through
 * `KitOptions` (extra headers per request, the cookie, the token lifetime) and audits only its own check.
 */
export interface KitOptions {
  /** headers added to GET /api/me (the request is given, e.g. to echo its Origin) */
  meHeaders?(req: IncomingMessage): Record<string, string>;
  /** Set-Cookie sent with the login answer */
  loginCookie?(token: string): string;
  /** token lifetime in seconds (default 900) */
  ttl?: number;
  /** the HS256 signing secret (default: 32 random bytes) */
  secret?: string;
  /** more routes: answer with `out` and return true, or return false to fall through to 404 */
  extra?(req: IncomingMessage, raw: string, out: (status: number, body: unknown) => void): boolean;
  /** status of a refused login (default 401; 429 for a login that throttles failed attempts at once) */
  refusedLogin?: number;
  /** RS256 tokens instead of HS256; `jwks` also serves the public key at /.well-known/jwks.json */
  rs?: { jwks: boolean };
  /** extra claims in the token (iss, aud, ...) */
  claims?: Record<string, unknown>;
  /**
   * how GET /api/me checks the token: 'strict' (default: signature, alg, and iss/aud when the tokens carry them);
   * 'none' decodes without any check (a flaw); 'lax' refuses alg none and an empty signature but never checks the
   * signature (a flaw); 'crash' answers 500 to every token it cannot verify (a route that hides the verifier)
   */
  verify?: 'strict' | 'none' | 'lax' | 'crash';
}

const USERS: Record<string, { id: string; password: string }> = { 'ann@x.test': { id: 'u1', password: 'Ann-Pass-2026' }, 'bob@x.test': { id: 'u2', password: 'Bob-Pass-2026' } };
export const ANN = { name: 'ann', email: 'ann@x.test', password: 'Ann-Pass-2026', login: { path: '/api/login' } };
export const BOB = { name: 'bob', email: 'bob@x.test', password: 'Bob-Pass-2026', login: { path: '/api/login' } };

export interface Kit {
  url: string;
  server: Server;
  close(): Promise<void>;
}

function decodeOrUndefined(token: string): Record<string, unknown> | undefined {
  try {
    return decodeJwt(token);
  } catch {
    return undefined;
  }
}

export async function startKit(o: KitOptions = {}): Promise<Kit> {
  const hmac = new TextEncoder().encode(o.secret ?? randomBytes(32).toString('base64'));
  const pair = o.rs ? generateKeyPairSync('rsa', { modulusLength: 2048 }) : undefined;
  const signKey = pair ? pair.privateKey : hmac;
  const verifyKey = pair ? pair.publicKey : hmac;
  const alg = pair ? 'RS256' : 'HS256';
  const jwks = pair && o.rs?.jwks ? { keys: [{ ...(await exportJWK(pair.publicKey)), kid: 'k1', use: 'sig', alg: 'RS256' }] } : undefined;
  const server = jsonServer(async (req, res, raw, out) => {
    if (req.url === '/api/login' && req.method === 'POST') {
      const b = JSON.parse(raw || '{}') as { email?: string; password?: string };
      const user = USERS[b.email ?? ''];
      if (!user || b.password !== user.password) return out(o.refusedLogin ?? 401, { error: o.refusedLogin === 429 ? 'too many attempts, try again later' : 'bad credentials' });
      const now = Math.floor(Date.now() / 1000);
      const token = await new SignJWT({ sub: user.id, email: b.email, ...o.claims }).setProtectedHeader({ alg, typ: 'JWT', ...(pair ? { kid: 'k1' } : {}) }).setIssuedAt(now).setExpirationTime(now + (o.ttl ?? 900)).sign(signKey);
      if (o.loginCookie) res.setHeader('set-cookie', o.loginCookie(token));
      return out(200, { token });
    }
    if (req.url === '/api/me' && req.method === 'GET') {
      const auth = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      const strict = (t: string) => jwtVerify(t, verifyKey, { algorithms: [alg], ...(o.claims?.aud ? { audience: String(o.claims.aud) } : {}), ...(o.claims?.iss ? { issuer: String(o.claims.iss) } : {}) }).then((r) => r.payload, () => undefined);
      const verify = o.verify ?? 'strict';
      let claims: Record<string, unknown> | undefined;
      if (auth && verify === 'none') claims = decodeOrUndefined(auth);
      else if (auth && verify === 'lax') claims = /^eyJ[^.]*\.[^.]+\.[^.]+$/.test(auth) && !/"alg":"none"/i.test(Buffer.from(auth.split('.')[0]!, 'base64url').toString()) ? decodeOrUndefined(auth) : undefined;
      else if (auth) claims = await strict(auth);
      if (auth && !claims && verify === 'crash') return out(500, { error: 'internal server error' });
      for (const [k, v] of Object.entries(o.meHeaders?.(req) ?? {})) res.setHeader(k, v);
      return claims ? out(200, { id: claims.sub, email: claims.email }) : out(401, { error: 'login required' });
    }
    if (jwks && req.url === '/.well-known/jwks.json') return out(200, jwks);
    if (o.extra?.(req, raw, out)) return;
    out(404, { error: 'not found' });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    server,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((r) => server.close(() => r()));
    },
  };
}

/** Audit the kit with only `checkId` (and api/identities, which signs in) enabled; findings of that check. */
export async function auditKit(kit: Kit, checkId: string, dir: string, api: Record<string, unknown> = {}, opts: { preflight?: boolean } = {}): Promise<Report['findings']> {
  const report = await auditRaw(
    {
      version: 1,
      report: { dir: join(dir, `r-${randomBytes(4).toString('hex')}`) },
      api: {
        baseUrl: kit.url,
        routes: [{ path: '/api/me' }],
        identities: [ANN],
        checks: { disable: apiChecks.map((c) => c.id).filter((id) => id !== checkId && id !== 'api/identities') },
        ...api,
      },
    },
    dir,
    undefined,
    opts,
  );
  return report.findings.filter((f) => f.checkId === checkId);
}
