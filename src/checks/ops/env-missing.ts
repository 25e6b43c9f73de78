import { defineCheck } from '../../core/check.js';
import type { OpsTarget } from './model.js';

export default defineCheck<OpsTarget, Record<string, never>>({
  id: 'ops/env-missing',
  title: 'Production sets every value .env.example lists',
  problem: 'Production value missing against .env.example',
  area: 'ops',
  mode: 'passive',
  description: 'Variables listed in .env.example that the production env file does not set, or sets empty',
  severity: 'medium',
  cwe: 'CWE-1188',
  messages: {
    missing: '{{name}} is in {{example}} but not set in production ({{file}}).',
    empty: '{{name}} is empty in production ({{file}}) although {{example}} lists it.',
    ok: 'Production sets every variable of {{example}} ({{count}}).',
    'no-example': 'No .env.example to compare production with (set ops.example).',
    'no-production': 'No production env file configured (ops.environments.{{production}}).',
  },
  remediation: 'Set every variable the app expects in the production environment before launch (or remove it from .env.example when it is no longer used); fail the deploy when a required variable is missing.',
  run(ctx) {
    const t = ctx.target;
    const prod = t.envs.find((e) => e.env === t.production);
    if (!prod) return ctx.report({ messageId: 'no-production', status: 'skipped', severity: 'info', data: { production: t.production } });
    if (!t.example) return ctx.report({ messageId: 'no-example', status: 'skipped', severity: 'info' });
    const have = new Map(prod.vars.map((v) => [v.name, v]));
    let n = 0;
    for (const ex of t.example.vars) {
      const v = have.get(ex.name);
      const secretish = /SECRET|KEY|TOKEN|PASSWORD|DATABASE_URL|DSN/i.test(ex.name);
      if (!v) {
        n++;
        ctx.report({ messageId: 'missing', severity: secretish ? 'high' : 'medium', data: { name: ex.name, example: t.example.file, file: prod.file }, location: { file: t.example.file, line: ex.line }, fingerprintKey: ex.name });
      } else if (v.value.trim() === '') {
        n++;
        ctx.report({ messageId: 'empty', severity: secretish ? 'high' : 'medium', data: { name: ex.name, example: t.example.file, file: prod.file }, location: { file: prod.file, line: v.line }, fingerprintKey: ex.name });
      }
    }
    if (n === 0) ctx.report({ messageId: 'ok', status: 'pass', severity: 'info', data: { example: t.example.file, count: t.example.vars.length } });
  },
});
