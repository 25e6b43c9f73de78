// Minimal HS256 JWTs over node:crypto, written by hand on purpose: the flawed mode needs the classic
// verification mistakes (alg:none, unsigned tokens, no exp/aud/iss checks) that a library would refuse.
import { createHmac, timingSafeEqual } from 'node:crypto';

const b64 = (v) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');

export const ISSUER = 'https://demo-market.test';
export const AUDIENCE = 'demo-market-api';

export function sign(payload, secret) {
  const head = b64({ alg: 'HS256', typ: 'JWT' });
  const body = b64(payload);
  const sig = createHmac('sha256', secret).update(`${head}.${body}`).digest('base64url');
  return `${head}.${body}.${sig}`;
}

function decode(token) {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  try {
    return { header: JSON.parse(Buffer.from(parts[0], 'base64url').toString()), payload: JSON.parse(Buffer.from(parts[1], 'base64url').toString()), parts };
  } catch {
    return null;
  }
}

function sigOk(parts, secret) {
  const want = createHmac('sha256', secret).update(`${parts[0]}.${parts[1]}`).digest();
  const got = Buffer.from(parts[2], 'base64url');
  return got.length === want.length && timingSafeEqual(got, want);
}

/** FLAW: trusts alg from the header, skips verification when the signature is empty, never checks exp/aud/iss. */
export function verifyFlawed(token, secret) {
  const d = decode(token);
  if (!d) return null;
  if (String(d.header.alg).toLowerCase() === 'none') return d.payload;
  if (d.parts[2] === '') return d.payload;
  return sigOk(d.parts, secret) ? d.payload : null;
}

export function verifyStrict(token, secret, now = Date.now()) {
  const d = decode(token);
  if (!d || d.header.alg !== 'HS256' || !d.parts[2] || !sigOk(d.parts, secret)) return null;
  const p = d.payload;
  const t = Math.floor(now / 1000);
  if (typeof p.exp !== 'number' || p.exp <= t) return null;
  if (typeof p.nbf === 'number' && p.nbf > t + 30) return null;
  if (p.iss !== ISSUER || p.aud !== AUDIENCE) return null;
  return p;
}
