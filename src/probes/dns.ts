import { Resolver } from 'node:dns/promises';

/**
 * The DNS probe: every DNS question launchready asks goes through here, to one server when --resolver names
 * one (node:dns Resolver.setServers accepts ip:port; node retries truncated UDP answers over TCP), else to the
 * system's servers. Answers are typed, cached per run (one question asked once, however many checks judge it),
 * and failures are told apart: NXDOMAIN (the name does not exist) is a fact about the zone, a TIMEOUT or
 * SERVFAIL is a fact about the resolver, and checks must not confuse the two.
 */

export type DnsRecordType = 'A' | 'AAAA' | 'CNAME' | 'CAA' | 'NS' | 'TXT' | 'MX' | 'SOA';
export type DnsErrorKind = 'NXDOMAIN' | 'NODATA' | 'SERVFAIL' | 'TIMEOUT' | 'REFUSED' | 'UNREACHABLE' | 'ERROR';

export interface CaaRecord {
  critical: number;
  tag: string;
  value: string;
}
export interface MxRecord {
  exchange: string;
  priority: number;
}
export interface SoaRecord {
  nsname: string;
  hostmaster: string;
  serial: number;
  minttl: number;
}

export interface DnsRecordMap {
  A: string;
  AAAA: string;
  CNAME: string;
  CAA: CaaRecord;
  NS: string;
  /** TXT strings of one record joined (RFC 7208 §3.3: SPF/DKIM records split in 255-byte strings are concatenated) */
  TXT: string;
  MX: MxRecord;
  SOA: SoaRecord;
}

export interface DnsAnswer<T extends DnsRecordType = DnsRecordType> {
  name: string;
  type: T;
  ok: boolean;
  records: DnsRecordMap[T][];
  /** smallest TTL of the answer where the resolver reports one (A/AAAA) */
  ttl?: number;
  error?: DnsErrorKind;
  detail?: string;
}

export interface DnsProbeOptions {
  /** IP:PORT of the one DNS server to ask (contract: --resolver) */
  resolver?: string;
  timeoutMs?: number;
  tries?: number;
}

export function dnsErrorKind(err: unknown): DnsErrorKind {
  const code = (err as { code?: string })?.code;
  switch (code) {
    case 'ENOTFOUND':
      return 'NXDOMAIN';
    case 'ENODATA':
      return 'NODATA';
    case 'ESERVFAIL':
      return 'SERVFAIL';
    case 'ETIMEOUT':
      return 'TIMEOUT';
    case 'EREFUSED':
      return 'REFUSED';
    case 'ECONNREFUSED':
      return 'UNREACHABLE';
    default:
      return 'ERROR';
  }
}

export class DnsProbe {
  private readonly resolver: Resolver;
  private readonly cache = new Map<string, Promise<DnsAnswer>>();
  /** questions actually sent (cache misses), for benches and the SPF lookup budget's evidence */
  queries = 0;
  readonly server: string | undefined;

  // three tries (c-ares backs off 1.5 s, 3 s, 6 s): a UDP answer lost on a loaded machine is retried, not misread
  constructor(opts: DnsProbeOptions = {}) {
    this.resolver = new Resolver({ timeout: opts.timeoutMs ?? 1500, tries: opts.tries ?? 3 });
    if (opts.resolver) this.resolver.setServers([opts.resolver]);
    this.server = opts.resolver;
  }

  query<T extends DnsRecordType>(name: string, type: T): Promise<DnsAnswer<T>> {
    const n = name.replace(/\.$/, '').toLowerCase();
    const key = `${type} ${n}`;
    let p = this.cache.get(key) as Promise<DnsAnswer<T>> | undefined;
    if (!p) {
      p = this.ask(n, type);
      this.cache.set(key, p as Promise<DnsAnswer>);
    }
    return p;
  }

  private async ask<T extends DnsRecordType>(name: string, type: T): Promise<DnsAnswer<T>> {
    this.queries++;
    const r = this.resolver;
    try {
      let records: unknown[];
      let ttl: number | undefined;
      switch (type) {
        case 'A':
        case 'AAAA': {
          const rows = type === 'A' ? await r.resolve4(name, { ttl: true }) : await r.resolve6(name, { ttl: true });
          records = rows.map((x) => x.address);
          if (rows.length) ttl = Math.min(...rows.map((x) => x.ttl));
          break;
        }
        case 'CNAME':
          records = await r.resolveCname(name);
          break;
        case 'CAA':
          records = (await r.resolveCaa(name)).map((c) => {
            const { critical, ...rest } = c as unknown as Record<string, unknown>;
            const tag = Object.keys(rest)[0] ?? '';
            return { critical: Number(critical) || 0, tag, value: String(rest[tag] ?? '') };
          });
          break;
        case 'NS':
          records = await r.resolveNs(name);
          break;
        case 'TXT':
          records = (await r.resolveTxt(name)).map((parts) => parts.join(''));
          break;
        case 'MX':
          records = await r.resolveMx(name);
          break;
        case 'SOA': {
          const s = await r.resolveSoa(name);
          records = [{ nsname: s.nsname, hostmaster: s.hostmaster, serial: s.serial, minttl: s.minttl }];
          break;
        }
        default:
          throw new Error(`unsupported record type ${String(type)}`);
      }
      const out: DnsAnswer<T> = { name, type, ok: true, records: records as DnsRecordMap[T][] };
      if (ttl !== undefined) out.ttl = ttl;
      return out;
    } catch (err) {
      const kind = dnsErrorKind(err);
      return { name, type, ok: false, records: [], error: kind, detail: (err as Error).message };
    }
  }

  /**
   * A resolver function in the shape mailauth expects (`dns.resolve(name, type)`): rows as node returns them,
   * errors thrown with node's codes (ENOTFOUND, ENODATA...), so mailauth's own error handling keeps working.
   */
  mailauthResolver(): (name: string, type: string) => Promise<unknown[]> {
    return async (name, type) => {
      const t = type.toUpperCase() as DnsRecordType;
      const ans = await this.query(name, t);
      if (!ans.ok) {
        const code = { NXDOMAIN: 'ENOTFOUND', NODATA: 'ENODATA', SERVFAIL: 'ESERVFAIL', TIMEOUT: 'ETIMEOUT', REFUSED: 'EREFUSED', UNREACHABLE: 'ECONNREFUSED', ERROR: 'EBADRESP' }[ans.error ?? 'ERROR'];
        throw Object.assign(new Error(`${type} ${name}: ${ans.error}`), { code });
      }
      if (t === 'TXT') return (ans.records as string[]).map((s) => [s]);
      if (t === 'SOA') return ans.records[0] as unknown as unknown[];
      return ans.records as unknown[];
    };
  }
}
