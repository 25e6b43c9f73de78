import { readJwt } from '../../core/jwt.js';
import type { Verdict } from './rule-dsl.js';

/** CRC-32 (IEEE 802.3, the polynomial GitHub and npm use for their token checksums). */
const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

export function crc32(s: string): number {
  let c = -1;
  for (let i = 0; i < s.length; i++) c = CRC_TABLE[(c ^ s.charCodeAt(i)) & 0xff]! ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

const B62_A = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const B62_B = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

export function base62(n: number, alphabet = B62_A, width = 6): string {
  let s = '';
  let v = n;
  do {
    s = alphabet[v % 62]! + s;
    v = Math.floor(v / 62);
  } while (v > 0);
  return s.padStart(width, alphabet[0]);
}

/**
 * GitHub's token format (github.blog, "Behind GitHub's new authentication token formats", 2021): prefix,
 * 30 random base62 characters, then a 6-character base62 CRC32 checksum. npm adopted the same layout for
 * npm_ tokens. Implementations differ on whether the prefix is hashed and on the base62 digit order, so every
 * published variant is accepted; a random look-alike passes by chance with probability ~4/62^6.
 */
export function checksum62Valid(token: string, prefixLen: number): boolean {
  const body = token.slice(prefixLen, -6);
  const check = token.slice(-6);
  for (const data of [body, token.slice(0, -6)]) {
    const c = crc32(data);
    if (base62(c, B62_A) === check || base62(c, B62_B) === check) return true;
  }
  return false;
}

/** Make a token with a valid checksum (tests and bench build fixtures with it). */
export function withChecksum62(prefix: string, body30: string): string {
  return prefix + body30 + base62(crc32(body30));
}

export function githubTokenVerdict(secret: string): Verdict {
  const us = secret.indexOf('_');
  if (secret.length !== us + 1 + 36) return { kind: 'reject' };
  return checksum62Valid(secret, us + 1) ? { kind: 'secret' } : unverified('GitHub token');
}

/**
 * A token in a provider's exact format that does not validate (checksum fails, body outside the issued alphabet,
 * a JWT that does not decode): a placeholder or a corrupted copy, still worth a look.
 */
export function unverified(what: string, why = 'checksum does not verify'): Verdict {
  return { kind: 'unverified', severity: 'low', note: `format of ${what}; ${why} (placeholder or corrupted copy?): confirm it is not real` };
}

export interface JwtParts {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
}

/** base64/base64url text → UTF-8 (a Discord token's first part is the bot's numeric id); null when it is not. */
export function decodeBase64Url(s: string): string | null {
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(s)) return null;
  return Buffer.from(s.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
}

/** Header and claims through the one JWT reader (src/core/jwt.ts, jose); null when it is not a JWT. */
export function decodeJwt(token: string): JwtParts | null {
  const jwt = readJwt(token);
  return jwt ? { header: jwt.header, payload: jwt.payload } : null;
}

/**
 * Supabase API keys are JWTs signed with the project's JWT secret; the `role` claim says what they grant
 * (supabase.com/docs/guides/api/api-keys): `anon` is meant for browsers (row-level security applies),
 * `service_role` bypasses RLS entirely.
 */
export function jwtVerdict(token: string): Verdict {
  const jwt = decodeJwt(token);
  if (!jwt || typeof jwt.header.alg !== 'string') return { kind: 'reject' };
  const role = jwt.payload.role;
  const iss = String(jwt.payload.iss ?? '');
  if (role === 'service_role') return { kind: 'secret', severity: 'critical', note: 'service_role JWT: bypasses row-level security' };
  if (role === 'anon' || role === 'authenticated' && iss.includes('supabase')) return { kind: 'public', note: `${String(role)} JWT: meant to be public` };
  // alg none: anyone can mint it, so it proves nothing (and rotating a key does not "revoke" it); worth a look only
  // because a server that accepts unsigned tokens is the real bug
  if (String(jwt.header.alg).toLowerCase() === 'none') return { kind: 'test', severity: 'info', note: 'unsigned token (alg: none): grants nothing unless a server accepts unsigned tokens' };
  // a token that names nobody and nothing is a documentation sample ({"some": "payload"}), not a credential
  // a signed token that names nobody and nothing ({"some": "payload"}) is most likely a documentation sample, but
  // it is signed: if the key is real it is a bearer credential that never expires. A low warning, not silence
  if (!['iss', 'sub', 'aud', 'exp', 'iat', 'nbf', 'jti', 'role', 'scope', 'scp', 'user_id', 'uid', 'email', 'client_id', 'azp', 'sid', 'ref', 'username', 'userId', 'user', 'login', 'permissions', 'roles'].some((k) => k in jwt.payload)) {
    return { kind: 'unverified', severity: 'low', note: 'signed JWT that names no subject, issuer or expiry: a sample token, or a credential that never expires? Confirm it is not signed with a real key' };
  }
  // an expired token grants nothing any more (session tokens in logs and fixtures): an info note, not a secret to
  // rotate — it still shows the claims and that tokens of this issuer leak here
  const exp = jwt.payload.exp;
  if (typeof exp === 'number' && exp * 1000 < Date.now()) return { kind: 'test', severity: 'info', note: `expired token (exp ${new Date(exp * 1000).toISOString().slice(0, 10)}): grants nothing now` };
  return { kind: 'secret' };
}

/** BIP 173 Bech32 checksum (age encodes its identities this way, upper-case). */
export function bech32Valid(s: string): boolean {
  const str = s.toLowerCase();
  const pos = str.lastIndexOf('1');
  if (pos < 1 || pos + 7 > str.length) return false;
  const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
  const GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  const mix = (v: number) => {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GEN[i]!;
  };
  const hrp = str.slice(0, pos);
  for (let i = 0; i < hrp.length; i++) mix(hrp.charCodeAt(i) >>> 5);
  mix(0);
  for (let i = 0; i < hrp.length; i++) mix(hrp.charCodeAt(i) & 31);
  for (const c of str.slice(pos + 1)) {
    const d = CHARSET.indexOf(c);
    if (d < 0) return false;
    mix(d);
  }
  return chk === 1;
}

/** Shannon entropy in bits per character. */
export function shannon(s: string): number {
  if (s.length === 0) return 0;
  // ASCII (nearly every candidate): counts in a reused table instead of a Map per call (6% of a dense scan).
  // The sum runs over characters in order of first appearance, as the Map's insertion order did, so the
  // floating-point result is the same to the last bit.
  let k = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) {
      for (let j = 0; j < k; j++) ASCII_COUNTS[ASCII_ORDER[j]!] = 0;
      return shannonAny(s);
    }
    if (ASCII_COUNTS[c]!++ === 0) ASCII_ORDER[k++] = c;
  }
  let h = 0;
  for (let j = 0; j < k; j++) {
    const c = ASCII_ORDER[j]!;
    const p = ASCII_COUNTS[c]! / s.length;
    ASCII_COUNTS[c] = 0;
    h -= p * Math.log2(p);
  }
  return h;
}
const ASCII_COUNTS = new Uint32Array(128);
const ASCII_ORDER = new Uint8Array(128);

function shannonAny(s: string): number {
  const counts = new Map<number, number>();
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

export const NPM_LEGACY_NOTE = 'legacy npm token (a UUID): npm removed every legacy token on 5 Nov 2025, so it no longer authenticates to registry.npmjs.org; delete it, and revoke it wherever another registry still accepts it';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A legacy npm token (a UUID) for the public registry. npm removed every legacy token on 5 November 2025
 * (docs.npmjs.com, "About access tokens": "only granular access tokens are supported"); granular tokens are
 * `npm_…` and are judged by their own rule.
 * - `legacy`: under the key npm reads for registry.npmjs.org (`//registry.npmjs.org/:_authToken`): it cannot
 *   authenticate any more, but it was a credential once: a low warning to delete it.
 * - `ignored`: under a key npm does not read as registry auth (`//registry.npmjs.org:_authToken` without the
 *   slash, `registry.npmjs.org/:…` without `//`, `///:…`, a bare `_authToken`, which npm 9+ refuses) in a file
 *   that points no `registry=` elsewhere: a dead value under a dead key, nothing to report.
 * - null: not a UUID, or a token for another registry (Nexus, Verdaccio, a private proxy may still accept UUIDs).
 */
export function npmLegacyToken(value: string, text: string, at: number): 'legacy' | 'ignored' | null {
  if (!UUID.test(value)) return null;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const key = text
    .slice(lineStart, at)
    .trim()
    .replace(/^["']|["']?\s*[=:]\s*["']?$/g, '')
    .trim();
  if (!/_authToken$/i.test(key)) return null;
  if (/^\/\/registry\.npmjs\.org\/:_authToken$/i.test(key)) return 'legacy';
  const host = /^\/\/([^/\s:]+)/.exec(key)?.[1]?.toLowerCase();
  if (host && host !== 'registry.npmjs.org') return null;
  if (/^\s*registry\s*=\s*\S/m.test(text) && !/^\s*registry\s*=\s*["']?https?:\/\/registry\.npmjs\.org\/?["']?\s*$/m.test(text)) return null;
  return 'ignored';
}
