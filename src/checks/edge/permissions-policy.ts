import { defineCheck, type ReportInput } from '../../core/check.js';
import { hostEvidence, isHtml, loc, mainOrSkip, SKIPPED_MESSAGE, type EdgeProbes, type EdgeTarget, type HostEvidence } from './evidence.js';

export function judgePermissions(ev: HostEvidence): ReportInput[] {
  const t = ev.target;
  const m = mainOrSkip(ev);
  if ('reports' in m) return m.reports;
  const l = loc(t, m.res.url);
  if (!isHtml(m.res)) return [{ messageId: 'skipped', status: 'skipped', severity: 'info', data: { host: t.host, reason: `${m.res.url} is not an HTML page` }, location: l }];
  const v = m.res.headers['permissions-policy'] ?? m.res.headers['feature-policy'];
  if (!v) return [{ messageId: 'missing', status: 'warn', data: { host: t.host }, location: l }];
  if (/\b(camera|microphone|geolocation)=\*/.test(v)) return [{ messageId: 'wide', status: 'warn', data: { host: t.host, value: v }, location: l }];
  return [{ messageId: 'ok', status: 'pass', severity: 'info', data: { host: t.host }, location: l, evidence: `permissions-policy: ${v}` }];
}

export default defineCheck<EdgeTarget, EdgeProbes>({
  id: 'edge/permissions-policy',
  title: 'Permissions-Policy restricts browser features',
  problem: 'Permissions-Policy missing or too wide',
  titles: { missing: 'Permissions-Policy missing on {{host}}' },
  area: 'edge',
  mode: 'passive',
  description: 'HTML pages restrict powerful browser features (camera, microphone, geolocation) with Permissions-Policy.',
  severity: 'low',
  cwe: 'CWE-693',
  messages: {
    ok: '{{host}} sends a Permissions-Policy.',
    missing: '{{host}} sends no Permissions-Policy: any embedded third-party script or iframe may ask for camera, microphone or location.',
    wide: '{{host}}: Permissions-Policy grants powerful features to every origin ({{value}}).',
    skipped: SKIPPED_MESSAGE,
  },
  remediation: 'Send e.g. "Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(self)".',
  async run(ctx) {
    for (const r of judgePermissions(await hostEvidence(ctx))) ctx.report(r);
  },
});
