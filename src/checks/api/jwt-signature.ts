import { defineCheck } from '../../core/check.js';
import type { ApiProbes } from './lib/types.js';
import { jwtSubject, tryToken, unsigned } from './lib/jwt.js';
import { reportExchange } from './lib/util.js';

/** The signature must be verified: a stripped signature, or claims changed under the old signature, must fail. */
export default defineCheck<unknown, ApiProbes>({
  id: 'api/jwt-signature',
  title: 'JWT signature not verified',
  area: 'api',
  mode: 'active',
  description: 'Sends the identity\'s token with its signature removed, and with a changed claim under the original signature.',
  severity: 'critical',
  cwe: 'CWE-347',
  owasp: 'API2:2023',
  remediation: 'Use the library\'s verify function (not decode), with the key and pinned algorithms.',
  messages: {
    stripped: 'The API accepted the token with its signature removed on {{path}}.',
    tampered: 'The API accepted a token whose claims were changed after signing on {{path}}: the signature is not checked.',
    verified: 'Tokens without a valid signature are refused on {{path}}.',
    noJwt: 'Not tested: {{reason}}.',
  },
  async run(ctx) {
    const s = await jwtSubject(ctx);
    if ('reason' in s) return ctx.report({ messageId: 'noJwt', status: 'skipped', severity: 'info', data: { reason: s.reason }, target: ctx.probes.model.config.baseUrl });
    const parts = s.token.split('.');
    let bad = false;
    const stripped = await tryToken(ctx, s, `${parts[0]}.${parts[1]}.`, 'signature removed', true);
    if (stripped.accepted) {
      bad = true;
      reportExchange(ctx, { messageId: 'stripped', data: { path: s.route.path }, route: s.route, x: stripped.x, control: [s.guest] });
    }
    const changed = { ...s.payload, lr_probe: 'tampered', iat: typeof s.payload.iat === 'number' ? s.payload.iat - 1 : Math.floor(Date.now() / 1000) - 1 };
    const tampered = await tryToken(ctx, s, unsigned(s.header, changed, parts[2]), 'claims changed after signing');
    if (tampered.accepted) {
      bad = true;
      reportExchange(ctx, { messageId: 'tampered', data: { path: s.route.path }, route: s.route, x: tampered.x, control: [s.guest] });
    }
    if (!bad) ctx.report({ messageId: 'verified', status: 'pass', data: { path: s.route.path }, location: { method: 'GET', path: s.route.path } });
  },
});
