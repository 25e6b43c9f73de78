import { defineCheck } from '../../core/check.js';
import type { ApiProbes } from './lib/types.js';
import { crack, forge, jwtSubject, tryToken } from './lib/jwt.js';
import { reportExchange } from './lib/util.js';

/**
 * HS256/384/512 tokens signed with a guessable secret can be forged by anyone (RFC 7518 §3.2 asks for a key at
 * least as long as the hash). The wordlist runs offline against the identity's token; a hit is confirmed by a
 * forged token the API accepts.
 */
export default defineCheck<unknown, ApiProbes>({
  id: 'api/jwt-weak-secret',
  title: 'JWT signed with a guessable secret',
  area: 'api',
  mode: 'active',
  description: 'Tries a small wordlist of common HMAC secrets against an identity\'s token, offline.',
  severity: 'critical',
  cwe: 'CWE-521',
  owasp: 'API2:2023',
  remediation: 'Use a random secret of at least 32 bytes from a secret manager (`openssl rand -base64 48`), or asymmetric keys (RS256/ES256). Rotate it: every token signed with the old one is forgeable.',
  messages: {
    cracked: 'The {{alg}} signing secret is a common word ({{length}} characters) found in {{tried}} guesses; a token forged with it {{confirmed}}.',
    strong: 'The {{alg}} secret is not one of {{tried}} common secrets.',
    notHmac: 'Tokens use {{alg}} (not HMAC): no shared secret to guess.',
    noJwt: 'Not tested: {{reason}}.',
  },
  async run(ctx) {
    const s = await jwtSubject(ctx);
    if ('reason' in s) return ctx.report({ messageId: 'noJwt', status: 'skipped', severity: 'info', data: { reason: s.reason }, target: ctx.probes.model.config.baseUrl });
    const alg = String(s.header.alg);
    if (!/^HS(256|384|512)$/.test(alg)) return ctx.report({ messageId: 'notHmac', status: 'pass', data: { alg }, target: `jwt:${s.identity.name}` });
    const extra = ctx.probes.model.config.jwt?.wordlist ?? [];
    const { WEAK_SECRETS } = await import('./lib/jwt.js');
    const tried = WEAK_SECRETS.length + extra.length;
    const secret = crack(s.token, extra);
    if (secret === undefined) return ctx.report({ messageId: 'strong', status: 'pass', data: { alg, tried }, target: `jwt:${s.identity.name}` });
    ctx.secret(secret);
    // Confirm: a token for the same identity, freshly signed with the guessed secret.
    const now = Math.floor(Date.now() / 1000);
    const forged = await forge({ secret, source: 'cracked' }, s.header, { ...s.payload, iat: now, exp: now + 600 });
    const t = await tryToken(ctx, s, forged, 'forged with the guessed secret');
    reportExchange(ctx, {
      messageId: 'cracked',
      data: { alg, length: secret.length, tried, confirmed: t.accepted ? 'was accepted' : `got HTTP ${t.x.status}` },
      route: s.route,
      x: t.x,
      note: t.accepted ? 'Confirmed: the forged token (signed by launchready with the guessed secret) was accepted.' : 'The secret verifies the identity\'s own token offline.',
      fingerprintKey: alg,
    });
  },
});
