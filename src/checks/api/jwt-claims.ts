import { defineCheck } from '../../core/check.js';
import type { ApiProbes } from './lib/types.js';
import { forge, jwtKey, jwtSubject, keyWorks, tryToken } from './lib/jwt.js';
import { reportExchange } from './lib/util.js';

/**
 * RFC 8725 §3.8-3.9: when tokens carry iss/aud, the API must check them, or a token minted for another service
 * (same key, other audience) works here. Also flags tokens without exp or with a very long lifetime.
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
    noExpiry: 'Tokens issued to {{identity}} have no exp claim: they never expire.',
    longLived: 'Tokens issued to {{identity}} live {{hours}} hours (more than 24).',
    enforced: 'Foreign iss/aud values are refused on {{path}}.',
    noKey: 'iss/aud not tested: no signing key (set api.jwt.secret or api.jwt.privateKey) and the secret is not in the weak-secret wordlist.',
    noJwt: 'Not tested: {{reason}}.',
  },
  async run(ctx) {
    const s = await jwtSubject(ctx);
    if ('reason' in s) return ctx.report({ messageId: 'noJwt', status: 'skipped', severity: 'info', data: { reason: s.reason }, target: ctx.probes.model.config.baseUrl });
    const p = s.payload;
    if (typeof p.exp !== 'number') ctx.report({ messageId: 'noExpiry', status: 'warn', severity: 'low', data: { identity: s.identity.name }, target: `jwt:${s.identity.name}` });
    else {
      const iat = typeof p.iat === 'number' ? p.iat : Math.floor(Date.now() / 1000);
      const hours = Math.round((p.exp - iat) / 3600);
      if (hours > 24) ctx.report({ messageId: 'longLived', status: 'warn', severity: 'low', data: { identity: s.identity.name, hours }, target: `jwt:${s.identity.name}` });
    }
    const cfg = ctx.probes.model.config.jwt;
    const aud = cfg?.audience ?? p.aud;
    const iss = cfg?.issuer ?? p.iss;
    if (aud === undefined && iss === undefined) return;
    const key = await jwtKey(ctx, s);
    if (!key) return ctx.report({ messageId: 'noKey', status: 'skipped', severity: 'info', target: ctx.probes.model.config.baseUrl });
    const control = await keyWorks(ctx, s, key);
    if (!control?.accepted) return;
    let bad = false;
    const now = Math.floor(Date.now() / 1000);
    const base = { ...p, iat: now, exp: now + 600 };
    if (aud !== undefined) {
      const value = 'https://other-service.launchready.invalid';
      const t = await tryToken(ctx, s, await forge(key, s.header, { ...base, aud: value }), 'foreign audience');
      if (t.accepted) {
        bad = true;
        reportExchange(ctx, { messageId: 'wrongAudience', data: { value, expected: Array.isArray(aud) ? aud.join(',') : String(aud), path: s.route.path }, route: s.route, x: t.x, control: [control.x] });
      }
    }
    if (iss !== undefined) {
      const value = 'https://attacker.launchready.invalid';
      const t = await tryToken(ctx, s, await forge(key, s.header, { ...base, iss: value }), 'foreign issuer');
      if (t.accepted) {
        bad = true;
        reportExchange(ctx, { messageId: 'wrongIssuer', data: { value, expected: String(iss), path: s.route.path }, route: s.route, x: t.x, control: [control.x] });
      }
    }
    if (!bad) ctx.report({ messageId: 'enforced', status: 'pass', data: { path: s.route.path }, location: { method: 'GET', path: s.route.path } });
  },
});
