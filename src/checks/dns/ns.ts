import { apexOf } from '../../core/domain.js';
import { defineCheck, type ReportInput } from '../../core/check.js';
import { RESOLVER_ERROR, resolverError, zoneFacts, type DnsProbes, type DnsTarget, type ZoneFacts } from './evidence.js';

/** RFC 1034 §4.1 / RFC 2182: at least two name servers, ideally on different networks. */
export function judgeNs(t: DnsTarget, z: ZoneFacts): ReportInput[] {
  const l = { host: t.apex, record: `NS ${t.apex}` };
  const err = resolverError(t.apex, 'NS', z.ns);
  if (err) return [err];
  const ns = z.ns.records.map((n) => n.toLowerCase());
  if (!ns.length) return [{ messageId: 'missing', status: 'warn', severity: 'low', data: { apex: t.apex }, location: l }];
  // RFC 2182 §5: at least two; the risk is real but rarely bites on launch day, hence low
  if (ns.length < 2) return [{ messageId: 'single', status: 'warn', severity: 'low', data: { apex: t.apex, ns: ns.join(', ') }, location: l }];
  // providers by registrable domain (ns1.example.co.uk and ns2.example.co.uk are one provider, not two under co.uk)
  const parents = new Set(ns.map((n) => apexOf(n)));
  return [{ messageId: 'ok', status: 'pass', severity: 'info', data: { apex: t.apex, ns: ns.join(', '), providers: parents.size }, location: l }];
}

export default defineCheck<DnsTarget, DnsProbes>({
  id: 'dns/ns',
  title: 'Name servers are redundant',
  problem: 'Name servers missing or not redundant',
  titles: { single: 'Single name server for {{apex}} ({{ns}})' },
  area: 'dns',
  mode: 'active',
  description: 'The apex has at least two NS records.',
  severity: 'low',
  messages: {
    ok: '{{apex}} is served by {{ns}}.',
    missing: '{{apex}} returns no NS records: the delegation is broken or the zone is not hosted where the registrar points.',
    single: '{{apex}} has a single name server ({{ns}}): when it is down, your site, API and email all disappear.',
    'resolver-error': RESOLVER_ERROR,
  },
  remediation: 'Use at least two name servers (Route 53 and Cloudflare assign 4 and 2 automatically; keep all of them at the registrar).',
  async run(ctx) {
    for (const r of judgeNs(ctx.target, await zoneFacts(ctx, ctx.target.apex))) ctx.report(r);
  },
});
