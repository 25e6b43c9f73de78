import { defineCheck, type ReportInput } from '../../core/check.js';
import { detectCdn } from './providers.js';
import { hostEvidence, loc, mainOrSkip, SKIPPED_MESSAGE, type EdgeProbes, type EdgeTarget, type HostEvidence } from './evidence.js';

/** Inventory, not a verdict: which CDN/WAF fronts the host (it decides the fix wording elsewhere). */
export function judgeCdn(ev: HostEvidence): ReportInput[] {
  const t = ev.target;
  const m = mainOrSkip(ev);
  if ('reports' in m) return m.reports;
  const cdns = detectCdn(m.res.headers);
  const l = loc(t, m.res.url);
  if (!cdns.length) return [{ messageId: 'none', status: 'pass', severity: 'info', data: { host: t.host }, location: l }];
  return cdns.map((c) => ({ messageId: 'detected', status: 'pass', severity: 'info', data: { host: t.host, cdn: c.name, evidence: c.evidence, cacheStatus: c.cacheStatus ?? 'unknown' }, location: l, meta: { cdn: c.name } }));
}

export default defineCheck<EdgeTarget, EdgeProbes>({
  id: 'edge/cdn',
  title: 'CDN / WAF in front of the host',
  problem: 'Host served without a CDN or WAF in front',
  area: 'edge',
  mode: 'passive',
  description: 'Detects Cloudflare, Fastly, CloudFront, Akamai, Vercel and Netlify from response headers (inventory for the report and the fix wording).',
  severity: 'info',
  messages: {
    detected: '{{host}} is served through {{cdn}} ({{evidence}}; cache status {{cacheStatus}}).',
    none: '{{host}}: no known CDN detected (served directly by the origin).',
    skipped: SKIPPED_MESSAGE,
  },
  async run(ctx) {
    for (const r of judgeCdn(await hostEvidence(ctx))) ctx.report(r);
  },
});
