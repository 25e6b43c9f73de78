import { defineCheck } from '../../core/check.js';
import type { ApiProbes } from './lib/types.js';
import { candidateCount, crack, forge, issuedAt, jwtSubjects, JWT_NO_JWT, markNa, trySample, verifyingTargets } from './lib/jwt.js';
import { reportExchange } from './lib/util.js';

/**
 * HS256/384/512 tokens signed with a guessable secret can be forged by anyone (RFC 7518 §3.2 asks for a key at
 * least as long as the hash). The identity's token is cracked offline (CPU only, no request per guess) against
 * api.jwt.wordlist, a few built-in defaults and the shipped list of ~104k known JWT secrets
 * (data/jwt-secrets.txt); a hit is confirmed by a forged token the API accepts.
 */
export default defineCheck<unknown, ApiProbes>({
  id: 'api/jwt-weak-secret',
  title: 'JWT signed with a guessable secret',
  area: 'api',
  mode: 'active',
  description: 'Tries ~104k known JWT/framework secrets against an identity\'s HMAC token, offline, and confirms a hit with a forged token.',
  severity: 'critical',
  cwe: 'CWE-521',
  owasp: 'API2:2023',
  remediation: 'Use a random secret of at least 32 bytes from a secret manager (`openssl rand -base64 48`), or asymmetric keys (RS256/ES256). Rotate it: every token signed with the old one is forgeable.',
  messages: {
    cracked: 'The {{alg}} signing secret is a known secret ({{length}} characters) found among {{tried}} candidates; a token forged with it {{confirmed}}.',
    strong: 'The {{alg}} secret is not one of {{tried}} known secrets.',
    notHmac: 'Tokens use {{alg}} (not HMAC): no shared secret to guess.',
    listMissing: 'Not tested: {{reason}}.',
    noJwt: JWT_NO_JWT,
  },
  async run(ctx) {
    const subjects = await jwtSubjects(ctx);
    if ('reason' in subjects) return ctx.report({ messageId: 'noJwt', status: 'skipped', severity: 'info', data: { reason: subjects.reason }, target: ctx.probes.model.config.baseUrl });
    const extra = ctx.probes.model.config.jwt?.wordlist ?? [];
    let tried: number;
    let list: string[];
    try {
      list = ctx.probes.jwtWordlist();
      tried = candidateCount(extra, list);
    } catch (err) {
      return ctx.report({ messageId: 'listMissing', status: 'error', severity: 'info', data: { reason: (err as Error).message }, target: ctx.probes.model.config.baseUrl });
    }
    for (const s of subjects) {
      const alg = String(s.header.alg);
      const at = issuedAt(s);
      if (!/^HS(256|384|512)$/.test(alg)) {
        markNa(ctx, s, `tokens use ${alg}`);
        ctx.report({ messageId: 'notHmac', status: 'pass', data: { alg }, location: at, fingerprintKey: s.scheme });
        continue;
      }
      const secret = crack(s.token, extra, list);
      // Offline: the token came from a real login answer, which is the probe this verdict rests on.
      ctx.probes.coverage.mark(ctx.checkId, at, 'tested');
      if (secret === undefined) {
        markNa(ctx, s, 'the secret is not a known one: nothing to forge');
        ctx.report({ messageId: 'strong', status: 'pass', data: { alg, tried }, location: at, fingerprintKey: s.scheme });
        continue;
      }
      ctx.secret(secret);
      // Confirm: a token for the same identity, freshly signed with the guessed secret.
      const now = Math.floor(Date.now() / 1000);
      const forged = await forge({ secret, source: 'cracked' }, s.header, { ...s.payload, iat: now, exp: now + 600 });
      // Confirmed on routes that verify signatures only: acceptance elsewhere proves nothing about the secret.
      const only = await verifyingTargets(ctx, s);
      const r = only.length ? await trySample(ctx, s, forged, 'forged with the guessed secret', false, { only }) : { accepted: undefined, refusal: undefined, all: [], answered: 0, problems: [] };
      const x = r.accepted?.x ?? r.refusal;
      const data = { alg, length: secret.length, tried, confirmed: r.accepted ? 'was accepted' : x ? `got HTTP ${x.status}` : 'could not be sent' };
      if (x) reportExchange(ctx, { messageId: 'cracked', data, route: r.accepted?.target.route ?? s.route, x, ...(r.accepted ? { control: [r.accepted.confirm] } : {}), note: r.accepted ? 'Confirmed: the forged token (signed by launchready with the guessed secret) was accepted, twice.' : 'The secret verifies the identity\'s own token offline.', fingerprintKey: alg });
      else ctx.report({ messageId: 'cracked', data, location: at, evidence: 'The secret verifies the identity\'s own token offline.', fingerprintKey: alg });
    }
  },
});
