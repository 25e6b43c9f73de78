import { defineCheck } from '../../core/check.js';
import type { ApiProbes } from './lib/types.js';
import { jwtSubject, tryToken, unsigned } from './lib/jwt.js';
import { reportExchange } from './lib/util.js';

/** RFC 8725 §3.1: a verifier must not accept "alg": "none". Sends the identity's own claims unsigned. */
export default defineCheck<unknown, ApiProbes>({
  id: 'api/jwt-alg-none',
  title: 'JWT with alg "none" accepted',
  area: 'api',
  mode: 'active',
  description: 'Re-sends an identity\'s token with header alg "none" (and case variants) and no signature.',
  severity: 'critical',
  cwe: 'CWE-347',
  owasp: 'API2:2023',
  remediation: 'Pin the accepted algorithms in the verifier (`algorithms: ["HS256"]` / `RS256`), never read them from the token.',
  messages: {
    accepted: 'The API accepted an unsigned token with alg "{{alg}}" on {{path}}: anyone can mint tokens for any user.',
    rejected: 'Unsigned alg "none" tokens are refused on {{path}}.',
    noJwt: 'Not tested: {{reason}}.',
  },
  async run(ctx) {
    const s = await jwtSubject(ctx);
    if ('reason' in s) return ctx.report({ messageId: 'noJwt', status: 'skipped', severity: 'info', data: { reason: s.reason }, target: ctx.probes.model.config.baseUrl });
    for (const alg of ['none', 'None', 'NONE']) {
      const t = await tryToken(ctx, s, unsigned({ ...s.header, alg }, s.payload), `alg:${alg} token`, true);
      if (t.accepted) {
        reportExchange(ctx, { messageId: 'accepted', data: { alg, path: s.route.path }, route: s.route, x: t.x, control: [s.guest], note: `Control: the same route refuses a request without a token (HTTP ${s.guest.status}); the unsigned token got the identity's own data.` });
        return;
      }
    }
    ctx.report({ messageId: 'rejected', status: 'pass', data: { path: s.route.path }, location: { method: 'GET', path: s.route.path } });
  },
});
