import { defineCheck } from '../../core/check.js';
import type { ApiProbes } from './lib/types.js';
import { forge, jwtKey, jwtSubject, keyWorks, tryToken } from './lib/jwt.js';
import { reportExchange } from './lib/util.js';

/** RFC 7519 §4.1.4: a token past its exp must be refused. Needs the signing key (api.jwt) or a cracked weak one. */
export default defineCheck<unknown, ApiProbes>({
  id: 'api/jwt-expired',
  title: 'Expired JWT accepted',
  area: 'api',
  mode: 'active',
  description: 'Signs the identity\'s claims with exp one hour in the past and sends it.',
  severity: 'high',
  cwe: 'CWE-613',
  owasp: 'API2:2023',
  remediation: 'Verify `exp` (and `nbf`) in the verifier with a small clock tolerance; keep access tokens short-lived and refresh them.',
  messages: {
    accepted: 'A token that expired {{ago}} ago was accepted on {{path}}: stolen tokens never stop working.',
    rejected: 'Expired tokens are refused on {{path}}.',
    noKey: 'Not tested: no signing key (set api.jwt.secret or api.jwt.privateKey) and the secret is not in the weak-secret wordlist.',
    keyRejected: 'Not tested: a token re-signed with the {{source}} key is refused (HTTP {{status}}), so the key is not the one the API uses.',
    noJwt: 'Not tested: {{reason}}.',
  },
  async run(ctx) {
    const s = await jwtSubject(ctx);
    if ('reason' in s) return ctx.report({ messageId: 'noJwt', status: 'skipped', severity: 'info', data: { reason: s.reason }, target: ctx.probes.model.config.baseUrl });
    const key = await jwtKey(ctx, s);
    if (!key) return ctx.report({ messageId: 'noKey', status: 'skipped', severity: 'info', target: ctx.probes.model.config.baseUrl });
    const control = await keyWorks(ctx, s, key);
    if (!control?.accepted) return ctx.report({ messageId: 'keyRejected', status: 'error', data: { source: key.source, status: control?.x.status ?? 0 }, target: ctx.probes.model.config.baseUrl });
    const now = Math.floor(Date.now() / 1000);
    const token = await forge(key, s.header, { ...s.payload, iat: now - 7200, nbf: now - 7200, exp: now - 3600 });
    const t = await tryToken(ctx, s, token, 'expired 1 h ago');
    if (t.accepted) reportExchange(ctx, { messageId: 'accepted', data: { ago: '1 hour', path: s.route.path }, route: s.route, x: t.x, control: [control.x], note: `Control: the same claims re-signed with the ${key.source} key and a future exp are accepted; with exp one hour in the past they are still accepted.` });
    else ctx.report({ messageId: 'rejected', status: 'pass', data: { path: s.route.path }, location: { method: 'GET', path: s.route.path } });
  },
});
