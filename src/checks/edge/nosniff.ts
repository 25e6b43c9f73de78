import { defineCheck, type ReportInput } from '../../core/check.js';
import { hostEvidence, loc, mainOrSkip, SKIPPED_MESSAGE, type EdgeProbes, type EdgeTarget, type HostEvidence } from './evidence.js';

export function judgeNosniff(ev: HostEvidence): ReportInput[] {
  const t = ev.target;
  const m = mainOrSkip(ev);
  if ('reports' in m) return m.reports;
  const v = m.res.headers['x-content-type-options'];
  const l = loc(t, m.res.url);
  if (v === undefined) return [{ messageId: 'missing', data: { host: t.host }, location: l }];
  if (v.trim().toLowerCase() !== 'nosniff') return [{ messageId: 'invalid', data: { host: t.host, value: v }, location: l }];
  return [{ messageId: 'ok', status: 'pass', severity: 'info', data: { host: t.host }, location: l }];
}

export default defineCheck<EdgeTarget, EdgeProbes>({
  id: 'edge/nosniff',
  title: 'X-Content-Type-Options: nosniff is set',
  problem: 'X-Content-Type-Options: nosniff missing or invalid',
  titles: { missing: 'X-Content-Type-Options: nosniff missing on {{host}}' },
  area: 'edge',
  mode: 'passive',
  description: 'Responses send X-Content-Type-Options: nosniff so browsers never run an upload or JSON body as script or HTML.',
  severity: 'low',
  cwe: 'CWE-693',
  messages: {
    ok: '{{host}} sends X-Content-Type-Options: nosniff.',
    missing: '{{host}} does not send X-Content-Type-Options: nosniff: browsers may execute user uploads or API responses as script.',
    invalid: '{{host}}: X-Content-Type-Options "{{value}}" is not "nosniff".',
    skipped: SKIPPED_MESSAGE,
  },
  remediation: 'Send "X-Content-Type-Options: nosniff" on every response (Cloudflare Transform Rule, vercel.json headers, netlify.toml [[headers]], or the app, e.g. helmet).',
  async run(ctx) {
    for (const r of judgeNosniff(await hostEvidence(ctx))) ctx.report(r);
  },
});
