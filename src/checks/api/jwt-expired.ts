import { defineCheck } from '../../core/check.js';
import type { ApiProbes } from './lib/types.js';
import { candidateCount, forge, forgeReady, jwtSubjects, JWT_NO_JWT, JWT_NO_VERIFIER, JWT_UNJUDGED, sampleError, trySample } from './lib/jwt.js';
import { reportExchange } from './lib/util.js';

/**
 * RFC 7519 §4.1.4: a token past its exp must be refused. Needs the signing key (api.jwt) or one cracked offline by
 * the shipped secret list; the key is first proven by a re-signed token the API accepts.
 */
export default defineCheck<unknown, ApiProbes>({
  id: 'api/jwt-expired',
  title: 'Expired JWT accepted',
  area: 'api',
  mode: 'active',
  description: 'Signs the identity\'s claims with exp one hour in the past and sends it to a sample of protected routes.',
  severity: 'high',
  cwe: 'CWE-613',
  owasp: 'API2:2023',
  remediation: 'Verify `exp` (and `nbf`) in the verifier with a small clock tolerance; keep access tokens short-lived and refresh them.',
  messages: {
    accepted: 'A token that expired {{ago}} ago was accepted on {{path}}: stolen tokens never stop working.',
    rejected: 'Expired tokens are refused on {{routes}} sampled route(s) ({{scheme}}).',
    noKey: 'Not tested for {{scheme}}: no signing key (set api.jwt.secret or api.jwt.privateKey) and the secret is not in the {{tried}} known secrets.',
    keyRejected: 'Not tested for {{scheme}}: a token re-signed with the {{source}} key is refused (HTTP {{status}}), so the key is not the one the API uses.',
    unjudged: JWT_UNJUDGED,
    noVerifier: JWT_NO_VERIFIER,
    noJwt: JWT_NO_JWT,
  },
  async run(ctx) {
    const subjects = await jwtSubjects(ctx);
    if ('reason' in subjects) return ctx.report({ messageId: 'noJwt', status: 'skipped', severity: 'info', data: { reason: subjects.reason }, target: ctx.probes.model.config.baseUrl });
    for (const s of subjects) {
      const ready = await forgeReady(ctx, s, {
        noKeyReason: 'no signing key known: cannot forge an expired token',
        noKeyData: { tried: candidateCount(ctx.probes.model.config.jwt?.wordlist ?? [], ctx.probes.jwtWordlist()) },
      });
      if (!ready) continue;
      const { key, only, control } = ready;
      const now = Math.floor(Date.now() / 1000);
      const token = await forge(key, s.header, { ...s.payload, iat: now - 7200, nbf: now - 7200, exp: now - 3600 });
      const r = await trySample(ctx, s, token, 'expired 1 h ago', false, { only });
      for (const a of r.all) reportExchange(ctx, { messageId: 'accepted', data: { ago: '1 hour', path: a.target.route.path }, route: a.target.route, x: a.x, control: [a.confirm, control.accepted.x], note: `Control: the same claims re-signed with the ${key.source} key and a future exp are accepted; with exp one hour in the past they are still accepted (twice).` });
      if (r.all.length) continue;
      const err = sampleError(r);
      if (err) ctx.report({ messageId: 'unjudged', status: 'error', severity: 'info', data: { scheme: s.scheme, reason: err }, location: { method: 'GET', path: s.route.path } });
      else ctx.report({ messageId: 'rejected', status: 'pass', data: { routes: only.length, scheme: s.scheme }, location: { method: 'GET', path: s.route.path } });
    }
  },
});
