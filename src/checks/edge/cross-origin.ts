import { defineCheck, type ReportInput } from '../../core/check.js';
import { hostEvidence, isHtml, loc, mainOrSkip, SKIPPED_MESSAGE, type EdgeProbes, type EdgeTarget, type HostEvidence } from './evidence.js';

export function judgeCrossOrigin(ev: HostEvidence): ReportInput[] {
  const t = ev.target;
  const m = mainOrSkip(ev);
  if ('reports' in m) return m.reports;
  const res = m.res;
  const l = loc(t, res.url);
  const out: ReportInput[] = [];
  const corp = res.headers['cross-origin-resource-policy']?.trim().toLowerCase();
  if (corp !== undefined && !['same-origin', 'same-site', 'cross-origin'].includes(corp)) out.push({ messageId: 'corp-invalid', data: { host: t.host, value: corp }, location: l });
  if (isHtml(res)) {
    const coop = res.headers['cross-origin-opener-policy']?.trim().toLowerCase();
    if (!coop || coop === 'unsafe-none') out.push({ messageId: 'coop-missing', status: 'warn', severity: 'low', data: { host: t.host }, location: l });
  }
  if (!out.length) out.push({ messageId: 'ok', status: 'pass', severity: 'info', data: { host: t.host, corp: corp ?? '(unset)' }, location: l });
  return out;
}

export default defineCheck<EdgeTarget, EdgeProbes>({
  id: 'edge/cross-origin',
  title: 'Cross-Origin-Opener-Policy / Cross-Origin-Resource-Policy set',
  problem: 'Cross-Origin-Opener-Policy missing or Cross-Origin-Resource-Policy invalid',
  titles: { 'coop-missing': 'Cross-Origin-Opener-Policy missing on {{host}}' },
  area: 'edge',
  mode: 'passive',
  description: 'HTML pages isolate their window with COOP; CORP, where sent, is valid.',
  severity: 'low',
  cwe: 'CWE-1021',
  messages: {
    ok: '{{host}}: cross-origin isolation headers are sound (CORP {{corp}}).',
    'coop-missing': '{{host}} sends no Cross-Origin-Opener-Policy: a site your users open can keep a handle on your window (tab-nabbing, XS-Leaks).',
    'corp-invalid': '{{host}}: Cross-Origin-Resource-Policy "{{value}}" is not valid and is ignored.',
    skipped: SKIPPED_MESSAGE,
  },
  remediation: 'Send "Cross-Origin-Opener-Policy: same-origin" on HTML pages (same-origin-allow-popups if you use OAuth popups) and "Cross-Origin-Resource-Policy: same-site" on private resources.',
  async run(ctx) {
    for (const r of judgeCrossOrigin(await hostEvidence(ctx))) ctx.report(r);
  },
});
