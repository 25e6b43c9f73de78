import type { CheckContext, ReportInput } from '../../core/check.js';
import type { DnsAnswer, DnsProbe } from '../../probes/dns.js';
import type { TlsProbe } from '../../probes/tls.js';

/** DNS targets: one name (apex or a label under it) or the zone apex itself. */
export interface DnsTarget {
  name: string;
  apex: string;
  /** the name is one of the audited web hosts (a missing record is then a failure, not a note) */
  audited: boolean;
  /**
   * dns/dangling-cname only: labels under the apex to sweep for forgotten CNAMEs (blog, status, docs, ...); a label
   * without a CNAME is not reported, one with a CNAME is judged like a named host.
   */
  sweep?: string[];
  /** dns/caa only: the audited https hosts under the apex, whose served certificates' issuers CAA must allow */
  webHosts?: { host: string; port: number }[];
}

/**
 * Usual names of the subdomains that outlive what they point at (marketing sites, status pages, docs, help
 * centres, shops, campaign pages, old environments): the ones subdomain-takeover reports keep naming
 * (can-i-take-over-xyz, HackerOne disclosures). Each costs one CNAME query.
 */
export const SWEEP_LABELS = [
  'blog', 'status', 'docs', 'doc', 'help', 'support', 'kb', 'wiki', 'shop', 'store', 'cdn', 'assets', 'static', 'media', 'images',
  'img', 'files', 'download', 'downloads', 'mail', 'email', 'staging', 'stage', 'dev', 'test', 'beta', 'demo', 'old', 'new', 'preview',
  'sandbox', 'm', 'mobile', 'portal', 'dashboard', 'auth', 'login', 'sso', 'go', 'link', 'links', 'click', 'track', 'news', 'careers',
  'jobs', 'community', 'forum', 'events', 'landing', 'promo', 'marketing', 'info', 'developer', 'developers', 'cms', 'web', 'www2',
];

/** A CNAME and, when there is one, its target's A/AAAA: all dns/dangling-cname needs. */
export type CnameFacts = Pick<NameFacts, 'name' | 'cname' | 'targetA' | 'targetAAAA'>;

export function cnameFacts(ctx: CheckContext<unknown, DnsProbes>, name: string): Promise<CnameFacts> {
  return ctx.evidence(`dns:cname:${name}`, async () => {
    const dns = ctx.probes.dns;
    const cname = await dns.query(name, 'CNAME');
    const f: CnameFacts = { name, cname };
    const target = cname.ok ? cname.records[0] : undefined;
    if (target) [f.targetA, f.targetAAAA] = await Promise.all([dns.query(target, 'A'), dns.query(target, 'AAAA')]);
    return f;
  });
}

export interface DnsProbes {
  dns: DnsProbe;
  /** dns/caa compares CAA with the CA of the served certificates (the same handshakes as tls/*) */
  tls?: TlsProbe;
}

export type DnsCtx = CheckContext<DnsTarget, DnsProbes>;

export interface NameFacts {
  name: string;
  a: DnsAnswer<'A'>;
  aaaa: DnsAnswer<'AAAA'>;
  cname: DnsAnswer<'CNAME'>;
  /** the CNAME target's own answers (dangling when NXDOMAIN) */
  targetA?: DnsAnswer<'A'>;
  targetAAAA?: DnsAnswer<'AAAA'>;
}

export function nameFacts(ctx: CheckContext<unknown, DnsProbes>, name: string): Promise<NameFacts> {
  return ctx.evidence(`dns:name:${name}`, async () => {
    const dns = ctx.probes.dns;
    const [a, aaaa, cname] = await Promise.all([dns.query(name, 'A'), dns.query(name, 'AAAA'), dns.query(name, 'CNAME')]);
    const f: NameFacts = { name, a, aaaa, cname };
    const target = cname.ok ? cname.records[0] : undefined;
    if (target) [f.targetA, f.targetAAAA] = await Promise.all([dns.query(target, 'A'), dns.query(target, 'AAAA')]);
    return f;
  });
}

export interface ZoneFacts {
  apex: string;
  ns: DnsAnswer<'NS'>;
  caa: DnsAnswer<'CAA'>;
  soa: DnsAnswer<'SOA'>;
}

export function zoneFacts(ctx: CheckContext<unknown, DnsProbes>, apex: string): Promise<ZoneFacts> {
  return ctx.evidence(`dns:zone:${apex}`, async () => {
    const dns = ctx.probes.dns;
    const [ns, caa, soa] = await Promise.all([dns.query(apex, 'NS'), dns.query(apex, 'CAA'), dns.query(apex, 'SOA')]);
    return { apex, ns, caa, soa };
  });
}

/** A resolver problem (not a fact about the zone): the check could not decide. */
export function resolverError(name: string, record: string, a: DnsAnswer): ReportInput | undefined {
  if (a.ok || a.error === 'NXDOMAIN' || a.error === 'NODATA') return undefined;
  return { messageId: 'resolver-error', status: 'error', data: { name, record, error: a.error ?? 'ERROR' }, location: { host: name, record: `${record} ${name}` }, evidence: a.detail ?? '' };
}

export const RESOLVER_ERROR = 'DNS query {{record}} {{name}} failed ({{error}}): the resolver did not answer, so this could not be checked.';
