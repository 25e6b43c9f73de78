import { defineCheck } from '../../core/check.js';
import type { OpsTarget } from './model.js';

const DAY = 86_400_000;

/** Owner and rotation age of the production credentials (from ops.credentials). */
export default defineCheck<OpsTarget, Record<string, never>>({
  id: 'ops/credential-rotation',
  title: 'Credentials have an owner and a recent rotation',
  problem: 'Credential overdue for rotation or without an owner',
  area: 'ops',
  mode: 'passive',
  description: 'Production credentials without an owner or a recorded rotation, and credentials older than ops.rotation.maxAgeDays',
  severity: 'medium',
  cwe: 'CWE-324',
  messages: {
    overdue: '{{name}} was last rotated on {{lastRotated}} ({{days}} days ago; policy {{maxAgeDays}} days).',
    'no-owner': '{{count}} production credential(s) have no owner: {{names}} (add them to ops.credentials).',
    'no-rotation-date': '{{count}} production credential(s) have no recorded last rotation: {{names}} (add lastRotated in ops.credentials).',
    ok: 'Every production credential has an owner and a recent rotation ({{count}}).',
  },
  remediation: 'Record an owner and the last rotation date of each production credential in ops.credentials (the handover needs them) and rotate those older than the policy.',
  run(ctx) {
    const t = ctx.target;
    const byName = new Map(t.credentials.map((c) => [c.name, c]));
    let n = 0;
    for (const c of t.credentials) {
      if (!c.lastRotated) continue;
      const days = Math.floor((t.now.getTime() - Date.parse(`${c.lastRotated}T00:00:00Z`)) / DAY);
      if (days > t.maxAgeDays) {
        n++;
        ctx.report({ messageId: 'overdue', status: 'warn', data: { name: c.name, lastRotated: c.lastRotated, days, maxAgeDays: t.maxAgeDays }, target: `credential:${c.name}` });
      }
    }
    const prod = t.envs.find((e) => e.env === t.production);
    const secrets = (prod?.vars ?? []).filter((v) => v.value && t.judge(v.name, v.value).secret).map((v) => v.name);
    const noOwner = secrets.filter((s) => !byName.get(s)?.owner);
    const noDate = secrets.filter((s) => !byName.get(s)?.lastRotated);
    if (noOwner.length) {
      n++;
      ctx.report({ messageId: 'no-owner', status: 'warn', severity: 'low', data: { count: noOwner.length, names: noOwner.join(', ') }, location: { file: prod!.file } });
    }
    if (noDate.length) {
      n++;
      ctx.report({ messageId: 'no-rotation-date', status: 'warn', severity: 'low', data: { count: noDate.length, names: noDate.join(', ') }, location: { file: prod!.file } });
    }
    if (n === 0) ctx.report({ messageId: 'ok', status: 'pass', severity: 'info', data: { count: secrets.length } });
  },
});
