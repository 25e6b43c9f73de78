import { defineCheck, type ReportInput } from '../../core/check.js';
import { nameFacts, RESOLVER_ERROR, resolverError, type DnsProbes, type DnsTarget, type NameFacts } from './evidence.js';

function isPrivate(ip: string): boolean {
  if (!ip.includes(':')) return /^(10\.|127\.|169\.254\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|0\.)/.test(ip);
  const v = ip.toLowerCase();
  return v === '::1' || v === '::' || /^f[cd]/.test(v) || /^fe[89ab]/.test(v);
}

/** The host resolves; A and AAAA agree on reachability (an AAAA to a private address breaks IPv6 visitors). */
export function judgeResolve(t: DnsTarget, f: NameFacts, apex?: NameFacts): ReportInput[] {
  const l = { host: t.name, record: `A ${t.name}` };
  const err = resolverError(t.name, 'A', f.a) ?? resolverError(t.name, 'AAAA', f.aaaa);
  if (err) return [err];
  const a = f.a.records;
  const aaaa = f.aaaa.records;
  if (!a.length && !aaaa.length) {
    const target = f.cname.ok ? f.cname.records[0] : undefined;
    if (target && f.targetA?.error === 'NXDOMAIN') return [{ messageId: 'skipped', status: 'skipped', severity: 'info', data: { name: t.name, reason: `CNAME ${target} does not exist; see dns/dangling-cname` }, location: l }];
    if (!t.audited) return [{ messageId: 'absent', status: 'pass', severity: 'info', data: { name: t.name }, location: l }];
    return [{ messageId: f.a.error === 'NXDOMAIN' ? 'nxdomain' : 'no-address', data: { name: t.name }, location: l }];
  }
  const out: ReportInput[] = [];
  if (!a.length && aaaa.length) out.push({ messageId: 'ipv6-only', status: 'warn', severity: 'medium', data: { name: t.name, aaaa: aaaa.join(', ') }, location: { host: t.name, record: `AAAA ${t.name}` } });
  // a private AAAA next to a public A sends IPv6 visitors (Happy Eyeballs prefers v6) to an address they cannot reach
  const aPublic = a.some((x) => !isPrivate(x));
  const bad6 = aaaa.filter(isPrivate);
  if (aPublic && bad6.length) out.push({ messageId: 'aaaa-private', data: { name: t.name, aaaa: bad6.join(', ') }, location: { host: t.name, record: `AAAA ${t.name}` } });
  // IPv6 on the apex but not here (or the reverse): v6-only visitors reach one host and not the other
  if (apex && apex.name !== t.name && a.length && apex.a.records.length) {
    const here = aaaa.length > 0;
    const there = apex.aaaa.records.length > 0;
    if (here !== there) out.push({ messageId: 'v6-inconsistent', status: 'warn', severity: 'low', data: { name: t.name, apex: apex.name, here: here ? 'has' : 'has no', there: there ? 'has' : 'has no' }, location: { host: t.name, record: `AAAA ${t.name}` } });
  }
  if (!out.length) out.push({ messageId: 'ok', status: 'pass', severity: 'info', data: { name: t.name, a: a.join(', ') || '-', aaaa: aaaa.join(', ') || '-' }, location: l });
  return out;
}

export default defineCheck<DnsTarget, DnsProbes>({
  id: 'dns/resolve',
  title: 'Host resolves (A/AAAA)',
  problem: 'Host does not resolve correctly (A/AAAA)',
  area: 'dns',
  mode: 'active',
  description: 'Every audited host and configured name (apex, www, app, api, admin) has A/AAAA records that agree.',
  severity: 'high',
  messages: {
    ok: '{{name}} resolves (A {{a}}; AAAA {{aaaa}}).',
    absent: '{{name}} does not exist in DNS (not audited as a web host, so not a problem).',
    nxdomain: '{{name}} does not exist in DNS (NXDOMAIN): every visitor and API client gets "site can\'t be reached".',
    'no-address': '{{name}} exists but has no A or AAAA record: nobody can connect.',
    'ipv6-only': '{{name}} has only AAAA records ({{aaaa}}): IPv4-only networks (many mobile and corporate) cannot reach it.',
    'v6-inconsistent': '{{name}} {{here}} AAAA record while {{apex}} {{there}}: IPv6 visitors get different hosts (or none) depending on the name they use.',
    'aaaa-private': '{{name}} publishes private/loopback AAAA {{aaaa}} next to a public A: IPv6 visitors try an unreachable address first.',
    'resolver-error': RESOLVER_ERROR,
    skipped: '{{name}}: not checked ({{reason}}).',
  },
  remediation: 'Publish A (and AAAA only when IPv6 really serves the site) records for every host, at your DNS provider (Route 53: hosted zone → Create record; Cloudflare: DNS → Records, proxied).',
  async run(ctx) {
    const [f, apex] = await Promise.all([nameFacts(ctx, ctx.target.name), ctx.target.name === ctx.target.apex ? undefined : nameFacts(ctx, ctx.target.apex)]);
    for (const r of judgeResolve(ctx.target, f, apex)) ctx.report(r);
  },
});
