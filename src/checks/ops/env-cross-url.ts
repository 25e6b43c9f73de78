import { defineCheck } from '../../core/check.js';
import { DATA_STORE_NAME, DATA_STORE_SCHEME, endpointOf, envHosts, nonProdHost, THIRD_PARTY, type OpsTarget } from './model.js';

/** Production URLs in staging config, and staging/local URLs in production config. */
export default defineCheck<OpsTarget, Record<string, never>>({
  id: 'ops/env-cross-url',
  title: 'Env files point at their own environment',
  problem: 'URL of another environment in an env file',
  area: 'ops',
  mode: 'passive',
  description: 'Production hosts configured in staging or local env files, and staging/local/tunnel hosts in production',
  severity: 'high',
  cwe: 'CWE-1051',
  messages: {
    'prod-url-in-nonprod': '{{name}} in {{env}} ({{file}}) points at production host {{host}}: {{env}} traffic, emails or webhooks reach production.',
    'nonprod-url-in-prod': '{{name}} in production ({{file}}) points at {{host}}, a {{why}} host: production depends on it or sends users there.',
    ok: 'No cross-environment URLs in {{count}} environment(s).',
    'no-production': 'No production environment configured (ops.production names "{{production}}", ops.environments has {{envs}}).',
  },
  remediation: 'Point each environment at its own hosts. Keep production hostnames out of staging config (and the reverse); derive callback and webhook URLs from the environment\'s own base URL.',
  run(ctx) {
    const t = ctx.target;
    const prod = t.envs.find((e) => e.env === t.production);
    if (!prod) return ctx.report({ messageId: 'no-production', status: 'skipped', severity: 'info', data: { production: t.production, envs: t.envs.map((e) => e.env).join(', ') || 'none' } });
    const prodHosts = new Set([...envHosts(t, prod)].filter((h) => !nonProdHost(h)));
    const otherHosts = new Map<string, string>();
    for (const set of t.envs) if (set !== prod) for (const h of envHosts(t, set)) if (!prodHosts.has(h)) otherHosts.set(h, set.env);
    let n = 0;
    const isDataStore = (name: string, scheme: string) => DATA_STORE_SCHEME.test(scheme) || DATA_STORE_NAME.test(name);
    for (const set of t.envs) {
      for (const v of set.vars) {
        const ep = endpointOf(v.value);
        if (!ep || THIRD_PARTY.test(ep.host)) continue;
        if (set === prod) {
          const explicit = otherHosts.get(ep.host);
          const why = explicit ? `${explicit}` : nonProdHost(ep.host) ? (/^(?:localhost|127\.|0\.0\.0\.0|\[?::1)/.test(ep.host) ? 'local' : /ngrok|loca\.lt|trycloudflare/.test(ep.host) ? 'tunnel' : 'non-production') : '';
          if (!why) continue;
          n++;
          ctx.report({ messageId: 'nonprod-url-in-prod', data: { name: v.name, file: set.file, host: ep.host, why }, location: { file: set.file, line: v.line }, fingerprintKey: `${v.name}|${ep.host}` });
        } else if (prodHosts.has(ep.host) && !isDataStore(v.name, ep.scheme)) {
          n++;
          ctx.report({ messageId: 'prod-url-in-nonprod', data: { name: v.name, env: set.env, file: set.file, host: ep.host }, location: { file: set.file, line: v.line }, fingerprintKey: `${v.name}|${ep.host}` });
        }
      }
    }
    if (n === 0) ctx.report({ messageId: 'ok', status: 'pass', severity: 'info', data: { count: t.envs.length } });
  },
});
