import { defineCheck, type ReportInput } from '../../core/check.js';
import { hostEvidence, loc, type EdgeProbes, type EdgeTarget, type HostEvidence } from './evidence.js';

/** Can the host be reached at all? The edge command exits 2 when no host answers (contract). */
export function judgeReachable(ev: HostEvidence): ReportInput[] {
  const t = ev.target;
  if (ev.main) return [{ messageId: 'ok', status: 'pass', severity: 'info', data: { host: t.host, status: ev.main.status }, location: loc(t, ev.main.url) }];
  return [
    {
      messageId: ev.unreachable ? 'unreachable' : 'no-response',
      status: 'error',
      data: { host: t.host, url: t.url, reason: ev.error ?? 'no response' },
      location: loc(t),
    },
  ];
}

export default defineCheck<EdgeTarget, EdgeProbes>({
  id: 'edge/reachable',
  title: 'Host answers over HTTP(S)',
  problem: 'Host unreachable over HTTP(S)',
  area: 'edge',
  mode: 'active',
  description: 'Fetches http:// and https:// for the host (following redirects hop by hop) and reports whether it answers.',
  severity: 'high',
  messages: {
    ok: '{{host}} answers (HTTP {{status}}).',
    unreachable: '{{host}} cannot be reached ({{url}}): {{reason}}. Visitors get a browser error instead of your site.',
    'no-response': '{{host}} gave no usable response ({{url}}): {{reason}}.',
  },
  remediation: 'Check the DNS records and that the web server / CDN listens on ports 80 and 443 for this host.',
  async run(ctx) {
    for (const r of judgeReachable(await hostEvidence(ctx))) ctx.report(r);
  },
});
