import type { CheckContext, ReportInput } from '../../core/check.js';
import type { DnsAnswer, DnsProbe } from '../../probes/dns.js';

/** DNS targets: one name (apex or a label under it) or the zone apex itself. */
export interface DnsTarget {
  name: string;
  apex: string;
  /** the name is one of the audited web hosts (a missing record is then a failure, not a note) */
  audited: boolean;
}

export interface DnsProbes {
  dns: DnsProbe;
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
