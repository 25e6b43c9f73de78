import { defineCheck } from '../../core/check.js';
import type { ApiProbes } from './lib/types.js';
import { jwtSubjects, JWT_NO_JWT, JWT_UNJUDGED, sampleError, trySample, unsigned } from './lib/jwt.js';
import { reportExchange } from './lib/util.js';

/** The signature must be verified: a stripped signature, or claims changed under the old signature, must fail. */
export default defineCheck<unknown, ApiProbes>({
  id: 'api/jwt-signature',
  title: 'JWT signature not verified',
  area: 'api',
  mode: 'active',
  description: 'Sends the identity\'s token with its signature removed, and with a changed claim under the original signature, to a sample of protected routes.',
  severity: 'critical',
  cwe: 'CWE-347',
  owasp: 'API2:2023',
  remediation: 'Use the library\'s verify function (not decode), with the key and pinned algorithms.',
  messages: {
    stripped: 'The API accepted the token with its signature removed on {{path}}.',
    tampered: 'The API accepted a token whose claims were changed after signing on {{path}}: the signature is not checked.',
    verified: 'Tokens without a valid signature are refused on {{routes}} sampled route(s) ({{scheme}}).',
    unjudged: JWT_UNJUDGED,
    noJwt: JWT_NO_JWT,
  },
  async run(ctx) {
    const subjects = await jwtSubjects(ctx);
    if ('reason' in subjects) return ctx.report({ messageId: 'noJwt', status: 'skipped', severity: 'info', data: { reason: subjects.reason }, target: ctx.probes.model.config.baseUrl });
    for (const s of subjects) {
      const parts = s.token.split('.');
      let bad = false;
      const stripped = await trySample(ctx, s, `${parts[0]}.${parts[1]}.`, 'signature removed', true);
      for (const a of stripped.all) {
        bad = true;
        reportExchange(ctx, { messageId: 'stripped', data: { path: a.target.route.path }, route: a.target.route, x: a.x, control: [a.confirm, a.target.guest] });
      }
      const changed = { ...s.payload, lr_probe: 'tampered', iat: typeof s.payload.iat === 'number' ? s.payload.iat - 1 : Math.floor(Date.now() / 1000) - 1 };
      const tampered = await trySample(ctx, s, unsigned(s.header, changed, parts[2]), 'claims changed after signing');
      // A route that already accepted the stripped token says nothing new when it accepts a tampered one.
      for (const a of tampered.all.filter((t) => !stripped.all.some((x) => x.target === t.target))) {
        bad = true;
        reportExchange(ctx, { messageId: 'tampered', data: { path: a.target.route.path }, route: a.target.route, x: a.x, control: [a.confirm, a.target.guest] });
      }
      if (bad) continue;
      const err = sampleError({ answered: stripped.answered + tampered.answered, problems: [...stripped.problems, ...tampered.problems] });
      if (err) ctx.report({ messageId: 'unjudged', status: 'error', severity: 'info', data: { scheme: s.scheme, reason: err }, location: { method: 'GET', path: s.route.path } });
      else ctx.report({ messageId: 'verified', status: 'pass', data: { routes: s.targets.length, scheme: s.scheme }, location: { method: 'GET', path: s.route.path } });
    }
  },
});
