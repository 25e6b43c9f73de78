import { constants, createPublicKey, verify, type KeyObject } from 'node:crypto';
import { defineCheck } from '../../core/check.js';
import type { ApiExchange, ApiProbes } from './lib/types.js';
import { hmacSign, issuedAt, jwtSubjects, JWT_NO_JWT, JWT_NO_VERIFIER, JWT_UNJUDGED, markNa, sampleError, trySample, type JwtSubject, verifyingTargets } from './lib/jwt.js';
import { attempt, is2xx, reportExchange, reportGaps, UNREACHABLE, type ApiCtx } from './lib/util.js';

/**
 * Algorithm confusion (CVE-2015-9235 and its many descendants; RFC 8725 §2.1): a verifier that takes the algorithm
 * from the token and is handed the RSA/EC public key verifies an HS256 token with the public key's PEM text as the
 * HMAC secret. The public key is public: the API serves it itself (JWKS, OpenID configuration, a .pem route). The
 * check fetches it from the usual places (bounded list + routes of the document that look like key routes), keeps
 * only keys that verify the identity's real token, and sends HS256 tokens signed with the key's PEM forms.
 */

// Where frameworks and identity providers publish their keys (RFC 8414/OpenID Discovery, Auth0, Keycloak, Juice Shop).
const KEY_PATHS = ['/.well-known/jwks.json', '/jwks.json', '/.well-known/openid-configuration', '/api/jwks', '/api/.well-known/jwks.json', '/oauth/jwks', '/auth/jwks', '/keys', '/.well-known/keys', '/public.pem', '/publickey.pem', '/public-key', '/api/public-key', '/jwt.pub', '/encryptionkeys/jwt.pub', '/.well-known/public.pem'];
const KEY_ROUTE = /jwks|\.pem$|\.pub$|public[-_]?key|pubkey|\/keys$|openid-configuration/i;

interface FoundKey {
  url: string;
  key: KeyObject;
  /** the PEM text exactly as served, when served as PEM */
  served?: string;
}

async function fetchKeys(ctx: ApiCtx, s: JwtSubject): Promise<{ keys: FoundKey[]; tried: string[]; gaps: string[] }> {
  const { client, model } = ctx.probes;
  const docRoutes = model.routes.filter((r) => r.method === 'GET' && r.pathParams.length === 0 && KEY_ROUTE.test(r.path)).map((r) => r.path);
  const paths = [...new Set([...docRoutes, ...KEY_PATHS])];
  const keys: FoundKey[] = [];
  const tried: string[] = [];
  const gaps: string[] = [];
  const addJwks = (json: unknown, url: string) => {
    const list = (json as { keys?: unknown[] })?.keys;
    if (!Array.isArray(list)) return;
    for (const jwk of list.slice(0, 8)) {
      try {
        const j = jwk as Record<string, unknown>;
        if (j.kty !== 'RSA' && j.kty !== 'EC') continue;
        if (s.header.kid !== undefined && j.kid !== undefined && j.kid !== s.header.kid) continue;
        keys.push({ url, key: createPublicKey({ key: j as never, format: 'jwk' }) });
      } catch {
        /* not a usable public JWK: skip it */
      }
    }
  };
  const get = async (path: string): Promise<ApiExchange | undefined> => {
    tried.push(path);
    const x = await attempt(ctx, gaps, path, client.send({ path, template: path, headers: { accept: 'application/json, application/x-pem-file, text/plain;q=0.5' } }, ctx.checkId, ctx.signal));
    return x && is2xx(x.status) ? x : undefined;
  };
  for (const path of paths) {
    if (keys.length >= 4 || client.budget.remaining < 10) break;
    const x = await get(path);
    if (!x) continue;
    const body = x.response.body;
    const pem = /-----BEGIN (?:RSA )?PUBLIC KEY-----[\s\S]+?-----END (?:RSA )?PUBLIC KEY-----\n?/.exec(body);
    if (pem) {
      try {
        keys.push({ url: x.url, key: createPublicKey(pem[0]), served: body.trim() === pem[0].trim() ? body : pem[0] });
      } catch {
        /* not a parsable key */
      }
      continue;
    }
    const jwksUri = (x.json as { jwks_uri?: unknown })?.jwks_uri;
    if (typeof jwksUri === 'string') {
      const u = new URL(jwksUri, x.url);
      // Only on a host the config names (the allowlist refuses others anyway; ask nothing we may not).
      if (client.http.allow.has(u.hostname)) {
        const j = await get(u.href);
        if (j) addJwks(j.json, j.url);
      }
      continue;
    }
    addJwks(x.json, x.url);
  }
  return { keys, tried, gaps };
}

/**
 * Does `key` verify the token's signature? node:crypto rather than jose: jose rightly refuses RSA keys under 2048
 * bits, but the 1024-bit keys that real apps (Juice Shop among them) still use are exactly the ones to test.
 */
export function verifiesWith(token: string, alg: string, key: KeyObject): boolean {
  const [h, p, sig] = token.split('.');
  if (!h || !p || !sig) return false;
  const hash = `sha${alg.slice(2)}`;
  const data = Buffer.from(`${h}.${p}`);
  const signature = Buffer.from(sig, 'base64url');
  try {
    if (alg.startsWith('RS')) return verify(hash, data, key, signature);
    if (alg.startsWith('PS')) return verify(hash, data, { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_DIGEST }, signature);
    if (alg.startsWith('ES')) return verify(hash, data, { key, dsaEncoding: 'ieee-p1363' }, signature);
  } catch {
    /* wrong key type for the algorithm */
  }
  return false;
}

/** The PEM texts a confused verifier might use as the HMAC secret: as served, SPKI and PKCS#1, with and without the final newline. */
function secretForms(k: FoundKey): string[] {
  const forms = new Set<string>();
  if (k.served) forms.add(k.served);
  const spki = k.key.export({ type: 'spki', format: 'pem' }) as string;
  forms.add(spki);
  if (k.key.asymmetricKeyType === 'rsa') forms.add(k.key.export({ type: 'pkcs1', format: 'pem' }) as string);
  for (const f of [...forms]) {
    forms.add(f.replace(/\n$/, ''));
    forms.add(f.endsWith('\n') ? f : `${f}\n`);
  }
  return [...forms];
}

export default defineCheck<unknown, ApiProbes>({
  id: 'api/jwt-alg-confusion',
  title: 'JWT algorithm confusion (HS256 with the public key)',
  area: 'api',
  mode: 'active',
  description: 'Finds the API\'s public key (JWKS, OpenID configuration, PEM routes) and sends HS256 tokens signed with it as the HMAC secret to a sample of protected routes.',
  severity: 'critical',
  cwe: 'CWE-327',
  owasp: 'API2:2023',
  remediation: 'Pin the algorithm in the verifier (`algorithms: ["RS256"]`) and pass a key object of the right type (jose `importSPKI`, PyJWT with an explicit algorithm list); never let the token header choose between HMAC and RSA/EC.',
  messages: {
    accepted: 'An HS256 token signed with the API\'s own public key ({{keyUrl}}) as the HMAC secret was accepted on {{path}}: anyone can mint tokens.',
    rejected: 'HS256 tokens signed with the public key from {{keyUrl}} are refused on {{routes}} sampled route(s).',
    noPublicKey: 'Not tested for {{scheme}}: no public key that verifies the identity\'s token was found ({{tried}} places tried).',
    unreachable: UNREACHABLE,
    notAsymmetric: 'Tokens use {{alg}} (HMAC): no public key to confuse.',
    unjudged: JWT_UNJUDGED,
    noVerifier: JWT_NO_VERIFIER,
    noJwt: JWT_NO_JWT,
  },
  async run(ctx) {
    const subjects = await jwtSubjects(ctx);
    if ('reason' in subjects) return ctx.report({ messageId: 'noJwt', status: 'skipped', severity: 'info', data: { reason: subjects.reason }, target: ctx.probes.model.config.baseUrl });
    for (const s of subjects) {
      const alg = String(s.header.alg);
      if (!/^(RS|PS|ES)(256|384|512)$/.test(alg)) {
        markNa(ctx, s, `tokens use ${alg}`);
        // The token came from a real login answer: an HMAC-only verifier holds no public key to be confused with.
        ctx.report({ messageId: 'notAsymmetric', status: 'pass', data: { alg }, location: issuedAt(s), fingerprintKey: s.scheme });
        continue;
      }
      const { keys, tried, gaps } = await fetchKeys(ctx, s);
      // Keep the keys that verify the identity's real token: the API's own signing key, not any key lying around.
      const own: FoundKey[] = [];
      for (const k of keys) if (verifiesWith(s.token, alg, k.key)) own.push(k);
      if (own.length === 0) {
        // a key endpoint that failed may be the one that serves the key: not "no key found"
        if (gaps.length) {
          reportGaps(ctx, gaps);
          continue;
        }
        markNa(ctx, s, 'no public key found');
        ctx.report({ messageId: 'noPublicKey', status: 'skipped', severity: 'info', data: { scheme: s.scheme, tried: tried.length }, target: `jwt:${s.scheme}` });
        continue;
      }
      const k = own[0]!;
      const only = await verifyingTargets(ctx, s);
      if (only.length === 0) {
        ctx.report({ messageId: 'noVerifier', status: 'skipped', severity: 'info', data: { scheme: s.scheme }, target: `jwt:${s.scheme}` });
        continue;
      }
      const now = Math.floor(Date.now() / 1000);
      const payload = { ...s.payload, ...(typeof s.payload.exp === 'number' ? { iat: now, exp: now + 600 } : {}) };
      let answered = 0;
      const problems: string[] = [];
      let found = false;
      for (const secret of secretForms(k)) {
        const token = hmacSign({ ...s.header, alg: 'HS256' }, payload, secret);
        const r = await trySample(ctx, s, token, 'HS256 signed with the public key', false, { only });
        answered += r.answered;
        problems.push(...r.problems);
        for (const a of r.all) {
          reportExchange(ctx, { messageId: 'accepted', data: { keyUrl: k.url, path: a.target.route.path }, route: a.target.route, x: a.x, control: [a.confirm, a.target.guest], note: `The public key from ${k.url} verifies the identity's real ${alg} token; the same key's PEM text, used as an HMAC secret, produced an HS256 token the API accepted (twice).` });
          found = true;
        }
        if (found) break;
      }
      if (found) continue;
      const err = sampleError({ answered, problems });
      if (err) ctx.report({ messageId: 'unjudged', status: 'error', severity: 'info', data: { scheme: s.scheme, reason: err }, location: { method: 'GET', path: s.route.path } });
      else ctx.report({ messageId: 'rejected', status: 'pass', data: { keyUrl: k.url, routes: only.length }, location: { method: 'GET', path: s.route.path } });
    }
  },
});
