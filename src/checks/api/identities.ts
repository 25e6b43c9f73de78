import { defineCheck } from '../../core/check.js';
import { discover } from './lib/discovery.js';
import type { ApiProbes } from './lib/types.js';

/** Every configured identity can sign in; each one that cannot is an error (the checks that need it say so too). */
export default defineCheck<unknown, ApiProbes>({
  id: 'api/identities',
  title: 'API identities sign in',
  area: 'api',
  mode: 'active',
  description: 'Logs in every configured identity once (re-used by every API check) and reports the ones that cannot.',
  severity: 'info',
  cwe: 'CWE-287',
  owasp: 'API2:2023',
  remediation: 'Fix the identity in the config: `login.path`, the body template, `login.token.from/path`, or the credentials (use `${ENV_VAR}` for passwords).',
  messages: {
    loggedIn: 'Identity {{identity}} ({{role}}{{tenant}}) signed in.',
    loginFailed: 'Identity {{identity}} could not sign in: {{reason}}',
    noIdentities: 'No identities are configured: authorization checks (BOLA, BFLA, JWT) can only test the guest.',
    readsFailed: 'Discovery could not read {{count}} list(s) or object(s), so the checks built on what it sees did not see them: {{reasons}}.',
  },
  async run(ctx) {
    const d = await discover(ctx);
    if (ctx.probes.client.members.length === 0) ctx.report({ messageId: 'noIdentities', status: 'warn', severity: 'low', target: 'identities' });
    for (const id of d.active) ctx.report({ messageId: 'loggedIn', status: 'pass', data: { identity: id.name, role: id.role, tenant: id.tenant ? `, tenant ${id.tenant}` : '' }, target: `identity:${id.name}` });
    for (const [name, reason] of d.loginErrors) ctx.report({ messageId: 'loginFailed', status: 'error', data: { identity: name, reason }, target: `identity:${name}` });
    if (d.readErrors.size) ctx.report({ messageId: 'readsFailed', status: 'error', data: { count: d.readErrors.size, reasons: [...d.readErrors].slice(0, 5).map(([k, v]) => `${k}: ${v}`).join('; ') }, target: 'discovery' });
  },
});
