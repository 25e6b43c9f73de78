import { defineCheck, type ReportInput } from '../../core/check.js';
import { apexOf, htmlRefs } from './parse.js';
import { hostEvidence, isHtml, loc, mainOrSkip, SKIPPED_MESSAGE, type EdgeProbes, type EdgeTarget, type HostEvidence } from './evidence.js';

/** Third-party scripts (another registered domain) need integrity=; any script over http is worse. */
export function judgeSri(ev: HostEvidence): ReportInput[] {
  const t = ev.target;
  const m = mainOrSkip(ev);
  if ('reports' in m) return m.reports;
  const res = m.res;
  const l = loc(t, res.url);
  if (!isHtml(res)) return [{ messageId: 'skipped', status: 'skipped', severity: 'info', data: { host: t.host, reason: `${res.url} is not an HTML page` }, location: l }];
  const page = new URL(res.url);
  const out: ReportInput[] = [];
  let external = 0;
  for (const ref of htmlRefs(res.body)) {
    if (ref.tag !== 'script' && !(ref.tag === 'link' && ref.rel?.includes('stylesheet'))) continue;
    let u: URL;
    try {
      u = new URL(ref.url, page);
    } catch {
      continue;
    }
    const thirdParty = apexOf(u.hostname) !== apexOf(page.hostname);
    if (ref.tag === 'script' && u.protocol === 'http:' && page.protocol === 'https:') {
      out.push({ messageId: 'insecure-script', severity: 'high', data: { host: t.host, src: u.href }, location: l });
      continue;
    }
    if (!thirdParty) continue;
    external++;
    if (!ref.integrity) out.push({ messageId: ref.tag === 'script' ? 'missing' : 'missing-style', severity: ref.tag === 'script' ? 'medium' : 'low', data: { host: t.host, src: u.href }, location: l });
  }
  if (!out.length) out.push({ messageId: 'ok', status: 'pass', severity: 'info', data: { host: t.host, external }, location: l });
  return out;
}

export default defineCheck<EdgeTarget, EdgeProbes>({
  id: 'edge/sri',
  title: 'Third-party scripts carry Subresource Integrity',
  problem: 'Third-party script or style without Subresource Integrity',
  area: 'edge',
  mode: 'passive',
  description: 'Scripts and stylesheets from other domains carry integrity= hashes; no script loads over plain http.',
  severity: 'medium',
  cwe: 'CWE-353',
  messages: {
    ok: '{{host}}: {{external}} third-party scripts/styles, all with integrity hashes.',
    missing: '{{host}} loads {{src}} without integrity=: if that CDN is compromised, its code runs with your users\' sessions.',
    'missing-style': '{{host}} loads the stylesheet {{src}} without integrity=.',
    'insecure-script': '{{host}} loads the script {{src}} over plain http: anyone on the network can replace it.',
    skipped: SKIPPED_MESSAGE,
  },
  remediation: 'Add integrity="sha384-…" crossorigin="anonymous" to third-party <script>/<link> tags (or self-host them), and load every script over https.',
  async run(ctx) {
    for (const r of judgeSri(await hostEvidence(ctx))) ctx.report(r);
  },
});
