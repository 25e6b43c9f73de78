import { defineCheck, type ReportInput } from '../../core/check.js';
import { hostEvidence, loc, mainOrSkip, SKIPPED_MESSAGE, type EdgeProbes, type EdgeTarget, type HostEvidence } from './evidence.js';

const BANNERS = ['server', 'x-powered-by', 'x-aspnet-version', 'x-aspnetmvc-version', 'x-generator', 'x-runtime-version'];

export function judgeBanner(ev: HostEvidence): ReportInput[] {
  const t = ev.target;
  const m = mainOrSkip(ev);
  if ('reports' in m) return m.reports;
  const l = loc(t, m.res.url);
  const out: ReportInput[] = [];
  for (const h of BANNERS) {
    const v = m.res.headers[h];
    if (!v) continue;
    // a product name alone (server: cloudflare) is harmless; a version number tells attackers which CVEs apply
    if (h === 'server' && !/\d/.test(v)) continue;
    out.push({ messageId: 'banner', data: { host: t.host, header: h, value: v }, location: { ...l, record: h }, evidence: `${h}: ${v}` });
  }
  if (!out.length) out.push({ messageId: 'ok', status: 'pass', severity: 'info', data: { host: t.host }, location: l });
  return out;
}

export default defineCheck<EdgeTarget, EdgeProbes>({
  id: 'edge/version-banner',
  title: 'No software version banners',
  problem: 'Software version announced in response headers',
  area: 'edge',
  mode: 'passive',
  description: 'Responses do not announce server software versions (Server with a version, X-Powered-By, X-AspNet-Version).',
  severity: 'low',
  cwe: 'CWE-200',
  messages: {
    ok: '{{host}} announces no software versions.',
    banner: '{{host}} announces "{{header}}: {{value}}": attackers can match it against known vulnerabilities without probing.',
    skipped: SKIPPED_MESSAGE,
  },
  remediation: 'Remove X-Powered-By (Express: app.disable("x-powered-by")) and version numbers from Server (nginx: server_tokens off; Apache: ServerTokens Prod).',
  async run(ctx) {
    for (const r of judgeBanner(await hostEvidence(ctx))) ctx.report(r);
  },
});
