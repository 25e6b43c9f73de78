import { defineCheck, type ReportInput } from '../../core/check.js';
import { htmlRefs } from './parse.js';
import { hostEvidence, isHtml, loc, mainOrSkip, SKIPPED_MESSAGE, skippedPlainLocal, type EdgeProbes, type EdgeTarget, type HostEvidence } from './evidence.js';

const ACTIVE = new Set(['script', 'iframe', 'object', 'embed', 'form']);

export function judgeMixed(ev: HostEvidence): ReportInput[] {
  const t = ev.target;
  if (t.plainLocal) return [skippedPlainLocal(t, 'mixed content')];
  const m = mainOrSkip(ev);
  if ('reports' in m) return m.reports;
  const res = m.res;
  const l = loc(t, res.url);
  if (!res.url.startsWith('https://')) return [{ messageId: 'skipped', status: 'skipped', severity: 'info', data: { host: t.host, reason: 'the page itself is served over http (see edge/https-redirect)' }, location: l }];
  if (!isHtml(res)) return [{ messageId: 'skipped', status: 'skipped', severity: 'info', data: { host: t.host, reason: `${res.url} is not an HTML page` }, location: l }];
  const out: ReportInput[] = [];
  for (const ref of htmlRefs(res.body)) {
    if (!/^http:\/\//i.test(ref.url)) continue;
    const active = ACTIVE.has(ref.tag) || (ref.tag === 'link' && (ref.rel?.includes('stylesheet') ?? false));
    if (ref.tag === 'link' && !active) continue;
    out.push({ messageId: active ? 'active' : 'passive', severity: active ? 'high' : 'low', status: active ? 'fail' : 'warn', data: { host: t.host, tag: ref.tag, url: ref.url }, location: l });
  }
  if (!out.length) out.push({ messageId: 'ok', status: 'pass', severity: 'info', data: { host: t.host }, location: l });
  return out;
}

export default defineCheck<EdgeTarget, EdgeProbes>({
  id: 'edge/mixed-content',
  title: 'No mixed content',
  problem: 'Mixed content: insecure http:// resources on an https:// page',
  area: 'edge',
  mode: 'passive',
  description: 'https pages reference no http:// scripts, frames, forms, stylesheets or media.',
  severity: 'high',
  cwe: 'CWE-319',
  messages: {
    ok: '{{host}}: no http:// resources on the https page.',
    active: '{{host}}: <{{tag}}> loads {{url}} over plain http: browsers block it (broken page) or, for forms, submit data readable on the network.',
    passive: '{{host}}: <{{tag}}> loads {{url}} over plain http (browsers upgrade or show a "Not secure" warning).',
    skipped: SKIPPED_MESSAGE,
  },
  remediation: 'Use https:// (or protocol-relative / relative) URLs for every resource; add CSP "upgrade-insecure-requests" as a safety net.',
  async run(ctx) {
    for (const r of judgeMixed(await hostEvidence(ctx))) ctx.report(r);
  },
});
