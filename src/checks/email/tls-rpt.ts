import { defineCheck, type ReportInput } from '../../core/check.js';
import type { DnsAnswer } from '../../probes/dns.js';
import type { EmailProbes, EmailTarget } from './evidence.js';

/** RFC 8460: TXT _smtp._tls.<domain> "v=TLSRPTv1; rua=mailto:…" */
export function judgeTlsRpt(t: EmailTarget, a: DnsAnswer<'TXT'>): ReportInput[] {
  const d = t.domain;
  const l = { host: d, record: `TXT _smtp._tls.${d}` };
  if (!t.receiving) return [{ messageId: 'skipped', status: 'skipped', severity: 'info', data: { domain: d, reason: 'email.receiving is false' }, location: { host: d } }];
  if (!a.ok && a.error !== 'NXDOMAIN' && a.error !== 'NODATA') return [{ messageId: 'resolver-error', status: 'error', data: { domain: d, error: a.error ?? 'ERROR' }, location: l }];
  const recs = a.records.filter((r) => /^v=TLSRPTv1\b/i.test(r.trim()));
  if (!recs.length) return [{ messageId: 'missing', status: 'warn', severity: 'low', data: { domain: d }, location: l }];
  if (recs.length > 1 || !/rua=(mailto:|https:)/i.test(recs[0]!)) return [{ messageId: 'invalid', severity: 'low', data: { domain: d, record: recs.join(' | ') }, location: l }];
  return [{ messageId: 'ok', status: 'pass', severity: 'info', data: { domain: d, record: recs[0]! }, location: l }];
}

export default defineCheck<EmailTarget, EmailProbes>({
  id: 'email/tls-rpt',
  title: 'SMTP TLS reporting (TLS-RPT) published',
  problem: 'SMTP TLS reporting (TLS-RPT) missing or invalid',
  titles: { missing: 'TLS-RPT record missing for {{domain}}' },
  area: 'email',
  mode: 'active',
  description: 'The domain publishes a TLS-RPT record so senders report TLS delivery failures.',
  severity: 'low',
  messages: {
    ok: '{{domain}}: TLS-RPT "{{record}}".',
    missing: '{{domain}} publishes no TLS-RPT record: you will not hear when senders fail to deliver to you securely.',
    invalid: '{{domain}}: TLS-RPT record "{{record}}" is invalid (one record with rua=mailto: or https:).',
    'resolver-error': 'TLS-RPT of {{domain}} could not be read ({{error}}).',
    skipped: '{{domain}}: not checked ({{reason}}).',
  },
  remediation: 'Publish TXT _smtp._tls.<domain> "v=TLSRPTv1; rua=mailto:tls-reports@<domain>".',
  async run(ctx) {
    const a = await ctx.evidence(`email:tls-rpt:${ctx.target.domain}`, () => ctx.probes.dns.query(`_smtp._tls.${ctx.target.domain}`, 'TXT'));
    for (const r of judgeTlsRpt(ctx.target, a)) ctx.report(r);
  },
});
