import { defineCheck, type ReportInput } from '../../core/check.js';
import { RESOLVER_ERROR, resolverError, zoneFacts, type DnsProbes, type DnsTarget, type ZoneFacts } from './evidence.js';

/** RFC 8659: CAA tags issue, issuewild, iodef; values of issue are CA domain names. */
export function judgeCaa(t: DnsTarget, z: ZoneFacts): ReportInput[] {
  const l = { host: t.apex, record: `CAA ${t.apex}` };
  const err = resolverError(t.apex, 'CAA', z.caa);
  if (err) return [err];
  const recs = z.caa.records;
  if (!recs.length) return [{ messageId: 'missing', status: 'warn', data: { apex: t.apex }, location: l }];
  const unknown = recs.filter((r) => !['issue', 'issuewild', 'iodef', 'contactemail', 'contactphone', 'issuemail', 'issuevmc'].includes(r.tag.toLowerCase()));
  if (unknown.length) return [{ messageId: 'unknown-tag', data: { apex: t.apex, tags: unknown.map((r) => r.tag).join(', ') }, location: l }];
  const issuers = recs.filter((r) => r.tag.toLowerCase() === 'issue').map((r) => r.value || ';');
  if (!issuers.length) return [{ messageId: 'no-issue', status: 'warn', data: { apex: t.apex }, location: l }];
  return [{ messageId: 'ok', status: 'pass', severity: 'info', data: { apex: t.apex, issuers: issuers.join(', ') }, location: l, evidence: recs.map((r) => `${r.critical} ${r.tag} "${r.value}"`).join('\n') }];
}

export default defineCheck<DnsTarget, DnsProbes>({
  id: 'dns/caa',
  title: 'CAA records restrict certificate issuance',
  area: 'dns',
  mode: 'active',
  description: 'The apex publishes CAA records naming the CAs allowed to issue certificates for the domain.',
  severity: 'low',
  cwe: 'CWE-295',
  messages: {
    ok: '{{apex}} allows certificates only from: {{issuers}}.',
    missing: '{{apex}} has no CAA record: any of ~100 public CAs may issue a certificate for your domain after a DNS or validation mistake.',
    'no-issue': '{{apex}} has CAA records but no "issue" tag, so any CA may still issue non-wildcard certificates.',
    'unknown-tag': '{{apex}} has CAA records with unknown tags ({{tags}}); check for typos.',
    'resolver-error': RESOLVER_ERROR,
  },
  remediation: 'Add e.g. CAA 0 issue "letsencrypt.org" (plus your other CAs) and CAA 0 iodef "mailto:security@…". Cloudflare: DNS → Add record → CAA (also allow the CAs Cloudflare uses for edge certificates). Route 53: record type CAA.',
  async run(ctx) {
    for (const r of judgeCaa(ctx.target, await zoneFacts(ctx, ctx.target.apex))) ctx.report(r);
  },
});
