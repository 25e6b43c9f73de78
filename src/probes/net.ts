import { Resolver } from 'node:dns';
import { isIP } from 'node:net';
import { TargetRefusedError, UsageError } from '../core/errors.js';

/**
 * Network targeting shared by every probe: the allowlist (never contact a host the config or command line
 * does not name), curl-style --connect-to rules, and --resolver (every DNS query to one server).
 */

export interface ConnectToRule {
  fromHost: string; // '' = any host
  fromPort: string; // '' = any port
  toHost: string;
  toPort: number;
}

function unbracket(h: string): string {
  return h.startsWith('[') && h.endsWith(']') ? h.slice(1, -1) : h;
}

export function parseConnectTo(spec: string, source = '--connect-to'): ConnectToRule {
  const m = /^(\[[0-9a-fA-F:.]+\]|[^:\s]*):(\d{0,5}):(\[[0-9a-fA-F:.]+\]|[^:\s]+):(\d{1,5})$/.exec(spec);
  if (!m) throw new UsageError(`${source}: "${spec}" must look like HOST1:PORT1:HOST2:PORT2 (curl --connect-to)`);
  const toPort = Number(m[4]);
  if (toPort < 1 || toPort > 65535) throw new UsageError(`${source}: "${spec}": port ${m[4]} is out of range`);
  return { fromHost: unbracket(m[1]!).toLowerCase(), fromPort: m[2]!, toHost: unbracket(m[3]!), toPort };
}

export function parseResolver(spec: string, source = '--resolver'): { host: string; port: number; server: string } {
  const m = /^(?:\[([0-9a-fA-F:.]+)\]|([0-9.]+))(?::(\d{1,5}))?$/.exec(spec);
  const host = m ? (m[1] ?? m[2])! : '';
  if (!m || !isIP(host)) throw new UsageError(`${source}: "${spec}" must be IP or IP:PORT (e.g. 127.0.0.1:5353)`);
  const port = m[3] ? Number(m[3]) : 53;
  if (port < 1 || port > 65535) throw new UsageError(`${source}: "${spec}": port out of range`);
  return { host, port, server: isIP(host) === 6 ? `[${host}]:${port}` : `${host}:${port}` };
}

/** Where a connection meant for host:port really goes (curl semantics: first matching rule wins). */
export function applyConnectTo(rules: ConnectToRule[], host: string, port: number): { host: string; port: number; rewritten: boolean } {
  const h = unbracket(host).toLowerCase();
  for (const r of rules) {
    if (r.fromHost !== '' && r.fromHost !== h) continue;
    if (r.fromPort !== '' && Number(r.fromPort) !== port) continue;
    return { host: r.toHost, port: r.toPort, rewritten: true };
  }
  return { host: unbracket(host), port, rewritten: false };
}

export class Allowlist {
  private readonly hosts = new Set<string>();
  constructor(hosts: Iterable<string> = []) {
    for (const h of hosts) this.add(h);
  }

  add(hostOrUrl: string): void {
    const h = hostOf(hostOrUrl);
    if (h) this.hosts.add(h);
  }

  has(host: string): boolean {
    return this.hosts.has(unbracket(host).toLowerCase());
  }

  /** Throws TargetRefusedError unless the URL's host was named. */
  assert(url: string | URL): URL {
    let u: URL;
    try {
      u = typeof url === 'string' ? new URL(url) : url;
    } catch {
      throw new TargetRefusedError(String(url), 'not a valid URL');
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new TargetRefusedError(u.href, `protocol ${u.protocol} is not allowed`);
    if (!this.has(u.hostname)) {
      throw new TargetRefusedError(u.href, `host ${u.hostname} is not named in the config or on the command line (allowlist: ${[...this.hosts].join(', ') || 'empty'})`);
    }
    return u;
  }

  list(): string[] {
    return [...this.hosts];
  }
}

/** Host of `example.com`, `https://example.com/x`, `[::1]:8443`. */
export function hostOf(hostOrUrl: string): string {
  const s = hostOrUrl.trim();
  if (!s) return '';
  try {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) return unbracket(new URL(s).hostname).toLowerCase();
    return unbracket(new URL(`http://${s}`).hostname).toLowerCase();
  } catch {
    return s.toLowerCase();
  }
}

export type LookupFn = (
  hostname: string,
  options: { family?: number; all?: boolean } | number,
  callback: (err: NodeJS.ErrnoException | null, address: string | { address: string; family: number }[], family?: number) => void,
) => void;

/**
 * A `lookup` for net/tls.connect that asks one DNS server (A, then AAAA). Node retries over TCP when a UDP
 * answer is truncated (environment notes), so a test DNS server must serve TCP too.
 */
export function resolverLookup(server: string): LookupFn {
  const resolver = new Resolver({ timeout: 3000, tries: 2 });
  resolver.setServers([server]);
  return (hostname, options, callback) => {
    const all = typeof options === 'object' && options.all === true;
    if (isIP(hostname)) {
      const fam = isIP(hostname);
      return all ? callback(null, [{ address: hostname, family: fam }]) : callback(null, hostname, fam);
    }
    resolver.resolve4(hostname, (err4, a4) => {
      if (!err4 && a4.length > 0) {
        return all ? callback(null, a4.map((address) => ({ address, family: 4 }))) : callback(null, a4[0]!, 4);
      }
      resolver.resolve6(hostname, (err6, a6) => {
        if (!err6 && a6.length > 0) {
          return all ? callback(null, a6.map((address) => ({ address, family: 6 }))) : callback(null, a6[0]!, 6);
        }
        callback((err4 ?? err6 ?? Object.assign(new Error(`${hostname}: no A/AAAA record`), { code: 'ENOTFOUND' })) as NodeJS.ErrnoException, '', 0);
      });
    });
  };
}
