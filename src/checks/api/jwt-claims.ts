import { defineCheck } from '../../core/check.js';
import type { ApiProbes } from './lib/types.js';
import { forge, forgeReady, issuedAt, jwtSubjects, JWT_NO_JWT, JWT_UNJUDGED, markNa, sampleError, trySample } from './lib/jwt.js';
import { reportExchange } from './lib/util.js';

/**
 * RFC 8725 §3.8-3.9: when tokens carry iss/aud, the API must check them, or a token minted for another service
 * (same key, other audience) works here. Also flags tokens without exp (CWE-613, at the route that issues them) or
 * with a very long lifetime.
 */
export default defineCheck<unknown, ApiProbes>({
  id: 'api/jwt-claims',
  title: 'JWT issuer, audience or lifetime not enforced',
  area: 'api',
  mode: 'active',
  description: 'Signs the identity\'s claims with a foreign aud / iss and checks the lifetime of issued tokens.',
  severity: 'medium',
  cwe: 'CWE-287',
  owasp: 'API2:2023',
  remediation: 'Pass `audience` and `issuer` to the verifier; issue tokens with `exp` and a lifetime of minutes to hours.',
  messages: {
    wrongAudience: 'A token for audience "{{value}}" (the API issues "{{expected}}") was accepted on {{path}}.',
    wrongIssuer: 'A token from issuer "{{value}}" (the API issues "{{expected}}") was accepted on {{path}}.',
    noExpiry: 'Tokens issued by {{method}} {{path}} to {{identity}} have no exp claim: they never expire.',
    longLived: 'Tokens issued by {{method}} {{path}} to {{identity}} live {{hours}} hours (more than 24).',
    enforced: 'Foreign iss/aud values are refused on {{routes}} sampled route(s) ({{scheme}}).',
    noKey: 'iss/aud not tested for {{scheme}}: no signing key (set api.jwt.secret or api.jwt.privateKey) and the secret is not in the known-secret list.',
    unjudged: JWT_UNJUDGED,
    noVerifier: 'iss/aud not tested for {{scheme}}: none of the sampled routes verifies token signatures (see api/jwt-signature).',
    noJwt: JWT_NO_JWT,
    noClaims: 'iss/aud not tested for {{scheme}}: its tokens carry neither iss nor aud (set api.jwt.issuer / api.jwt.audience if the verifier checks them).',
    keyRejected: 'iss/aud not tested for {{scheme}}: a token re-signed with the {{source}} key is refused (HTTP {{status}}), so the key is not the one the API uses.',
  },
  async run(ctx) {
    const subjects = await jwtSubjects(ctx);
    if ('reason' in subjects) return ctx.report({ messageId: 'noJwt', status: 'skipped', severity: 'info', data: { reason: subjects.reason }, target: ctx.probes.model.config.baseUrl });
    for (const s of subjects) {
      const p = s.payload;
      const at = issuedAt(s);
      const claims = `claims: ${Object.keys(p).join(', ') || '(none)'}; header: ${Object.keys(s.header).join(', ')}`;
      // The token was issued by the login request: that is where the fix goes (OWASP ASVS 3.5.3; CWE-613).
      if (typeof p.exp !== 'number') {
        ctx.probes.coverage.mark(ctx.checkId, at, 'tested');
        ctx.report({ messageId: 'noExpiry', status: 'warn', severity: 'low', cwe: 'CWE-613', data: { identity: s.identity.name, method: at.method, path: at.path }, location: at, evidence: `The ${String(s.header.alg)} token of ${s.identity.name} decodes to ${claims}: no exp.`, fingerprintKey: s.scheme });
      } else {
        const iat = typeof p.iat === 'number' ? p.iat : Math.floor(Date.now() / 1000);
        const hours = Math.round((p.exp - iat) / 3600);
        if (hours > 24) ctx.report({ messageId: 'longLived', status: 'warn', severity: 'low', cwe: 'CWE-613', data: { identity: s.identity.name, hours, method: at.method, path: at.path }, location: at, evidence: `exp - iat = ${p.exp - iat} s; ${claims}`, fingerprintKey: s.scheme });
      }
      const cfg = ctx.probes.model.config.jwt;
      const aud = cfg?.audience ?? p.aud;
      const iss = cfg?.issuer ?? p.iss;
      if (aud === undefined && iss === undefined) {
        markNa(ctx, s, 'tokens carry neither iss nor aud');
        ctx.report({ messageId: 'noClaims', status: 'skipped', severity: 'info', data: { scheme: s.scheme }, target: `jwt:${s.scheme}` });
        continue;
      }
      const ready = await forgeReady(ctx, s, { noKeyReason: 'no signing key known: cannot forge foreign iss/aud', keyRejectedNa: 'the known key does not produce tokens the API accepts' });
      if (!ready) continue;
      const { key, only, control } = ready;
      let bad = false;
      let answered = 0;
      const problems: string[] = [];
      const now = Math.floor(Date.now() / 1000);
      const base = { ...p, iat: now, exp: now + 600 };
      const variants: { claim: 'aud' | 'iss'; value: string; expected: unknown; messageId: string }[] = [];
      if (aud !== undefined) variants.push({ claim: 'aud', value: 'https://other-service.launchready.invalid', expected: aud, messageId: 'wrongAudience' });
      if (iss !== undefined) variants.push({ claim: 'iss', value: 'https://attacker.launchready.invalid', expected: iss, messageId: 'wrongIssuer' });
      for (const v of variants) {
        const r = await trySample(ctx, s, await forge(key, s.header, { ...base, [v.claim]: v.value }), `foreign ${v.claim}`, false, { only });
        answered += r.answered;
        problems.push(...r.problems);
        for (const a of r.all) {
          bad = true;
          reportExchange(ctx, { messageId: v.messageId, data: { value: v.value, expected: Array.isArray(v.expected) ? v.expected.join(',') : String(v.expected), path: a.target.route.path }, route: a.target.route, x: a.x, control: [a.confirm, control.accepted.x] });
        }
      }
      if (bad) continue;
      const err = sampleError({ answered, problems });
      if (err) ctx.report({ messageId: 'unjudged', status: 'error', severity: 'info', data: { scheme: s.scheme, reason: err }, location: { method: 'GET', path: s.route.path } });
      else ctx.report({ messageId: 'enforced', status: 'pass', data: { routes: only.length, scheme: s.scheme }, location: { method: 'GET', path: s.route.path } });
    }
  },
});
