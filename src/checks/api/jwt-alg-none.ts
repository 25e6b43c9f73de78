import { defineCheck } from '../../core/check.js';
import type { ApiProbes } from './lib/types.js';
import { jwtSubjects, JWT_NO_JWT, JWT_UNJUDGED, sampleError, trySample, unsigned } from './lib/jwt.js';
import { reportExchange } from './lib/util.js';

/**
 * RFC 8725 §3.1: a verifier must not accept "alg": "none". Sends the identity's own claims unsigned to a sample of
 * protected routes per auth scheme (lib/jwt.ts trySample), so one route that crashes on odd tokens hides nothing.
 */
export default defineCheck<unknown, ApiProbes>({
  id: 'api/jwt-alg-none',
  title: 'JWT with alg "none" accepted',
  area: 'api',
  mode: 'active',
  description: 'Re-sends an identity\'s token with header alg "none" (and case variants) and no signature to a sample of protected routes.',
  severity: 'critical',
  cwe: 'CWE-347',
  owasp: 'API2:2023',
  remediation: 'Pin the accepted algorithms in the verifier (`algorithms: ["HS256"]` / `RS256`), never read them from the token.',
  messages: {
    accepted: 'The API accepted an unsigned token with alg "{{alg}}" on {{path}}: anyone can mint tokens for any user.',
    rejected: 'Unsigned alg "none" tokens are refused on {{routes}} sampled route(s) ({{scheme}}).',
    unjudged: JWT_UNJUDGED,
    noJwt: JWT_NO_JWT,
  },
  async run(ctx) {
    const subjects = await jwtSubjects(ctx);
    if ('reason' in subjects) return ctx.report({ messageId: 'noJwt', status: 'skipped', severity: 'info', data: { reason: subjects.reason }, target: ctx.probes.model.config.baseUrl });
    for (const s of subjects) {
      let answered = 0;
      const problems: string[] = [];
      let found = false;
      for (const alg of ['none', 'None', 'NONE']) {
        const r = await trySample(ctx, s, unsigned({ ...s.header, alg }, s.payload), `alg:${alg} token`, true);
        answered += r.answered;
        problems.push(...r.problems);
        for (const a of r.all) reportExchange(ctx, { messageId: 'accepted', data: { alg, path: a.target.route.path }, route: a.target.route, x: a.x, control: [a.confirm, a.target.guest], note: `Confirmed by a second request; control: the same route refuses a request without a token (HTTP ${a.target.guest.status}), the unsigned token got the identity's own data.` });
        if (r.all.length) {
          found = true;
          break;
        }
      }
      if (found) continue;
      const err = sampleError({ answered, problems });
      if (err) ctx.report({ messageId: 'unjudged', status: 'error', severity: 'info', data: { scheme: s.scheme, reason: err }, location: { method: 'GET', path: s.route.path } });
      else ctx.report({ messageId: 'rejected', status: 'pass', data: { routes: s.targets.length, scheme: s.scheme }, location: { method: 'GET', path: s.route.path } });
    }
  },
});
