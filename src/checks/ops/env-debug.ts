import { defineCheck } from '../../core/check.js';
import type { Severity } from '../../core/types.js';
import { DEBUG_FLAGS, type OpsTarget } from './model.js';

const SEVERITY: Record<string, Severity> = {
  'debug mode': 'high',
  'a development NODE_ENV': 'high',
  'a development environment': 'high',
  'detailed errors shown to users': 'high',
  'a safety check switched off': 'high',
  'debug/trace logging (logs fill with request bodies and tokens)': 'medium',
  'introspection / API playground': 'medium',
  Xdebug: 'high',
  'public source maps': 'low',
};

export default defineCheck<OpsTarget, Record<string, never>>({
  id: 'ops/env-debug',
  title: 'Debug switches off in production',
  problem: 'Debug mode left on in production',
  area: 'ops',
  mode: 'passive',
  description: 'DEBUG, development NODE_ENV/APP_ENV, trace logging, playgrounds, verbose errors or disabled TLS verification in the production env file',
  severity: 'high',
  cwe: 'CWE-489',
  messages: {
    'debug-on': '{{name}}={{value}} in production ({{file}}): {{what}}.',
    ok: 'No debug switches on in production ({{file}}).',
    'no-production': 'No production env file configured (ops.environments.{{production}}).',
  },
  remediation: 'Turn debug switches off in the production environment (DEBUG unset, NODE_ENV=production, LOG_LEVEL=info, no playground/introspection, TLS verification on).',
  run(ctx) {
    const t = ctx.target;
    const prod = t.envs.find((e) => e.env === t.production);
    if (!prod) return ctx.report({ messageId: 'no-production', status: 'skipped', severity: 'info', data: { production: t.production } });
    let n = 0;
    for (const v of prod.vars) {
      for (const [name, on, what] of DEBUG_FLAGS) {
        if (!name.test(v.name) || !on.test(v.value.trim())) continue;
        if (/NODE_TLS_REJECT_UNAUTHORIZED/.test(v.name) && v.value.trim() !== '0') continue;
        if (/^(?:DISABLE|SKIP)_/i.test(v.name) && v.value.trim() === '0') continue;
        n++;
        ctx.report({ messageId: 'debug-on', severity: SEVERITY[what] ?? 'medium', data: { name: v.name, value: v.value, file: prod.file, what }, location: { file: prod.file, line: v.line }, fingerprintKey: v.name });
        break;
      }
    }
    if (n === 0) ctx.report({ messageId: 'ok', status: 'pass', severity: 'info', data: { file: prod.file } });
  },
});
