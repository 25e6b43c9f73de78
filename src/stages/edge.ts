import { isIP } from 'node:net';
import { resolve } from 'node:path';
import type { Stage, StageEnv } from '../audit/stage.js';
import type { Config } from '../core/config/schema.js';
import { ConfigError } from '../core/errors.js';
import type { CheckJob } from '../core/runner.js';
import { dnsChecks } from '../checks/dns/index.js';
import { SWEEP_LABELS, type DnsProbes, type DnsTarget } from '../checks/dns/evidence.js';
import { edgeChecks } from '../checks/edge/index.js';
import type { CanonicalTarget } from '../checks/edge/canonical-host.js';
import type { EdgeProbes, EdgeTarget } from '../checks/edge/evidence.js';
import { apexOf } from '../checks/edge/parse.js';
import { tlsChecks } from '../checks/tls/index.js';
import { DnsProbe } from '../probes/dns.js';
import { stageHttp } from './http.js';
import { hostOf } from '../probes/net.js';
import { caBundle, TlsProbe, type TlsProbeOptions } from '../probes/tls.js';

/**
 * The edge stage: DNS, redirects, TLS and HTTP headers of every host in `edge.hosts`. It builds one HTTP, DNS and
 * TLS probe for the run (allowlist, budget, --connect-to, --resolver), one target per host, and one job per
 * (check, host); checks share what the first of them fetched through the evidence cache.
 */

type EdgeSection = NonNullable<Config['edge']>;

export function isLocalHost(host: string): boolean {
  const h = host.toLowerCase();
  return isIP(h) !== 0 || h === 'localhost' || h.endsWith('.localhost');
}

/** `example.com`, `https://example.com:8443/x`, `http://127.0.0.1:4010` → one target. */
export function edgeTarget(input: string, edge: EdgeSection, allHosts: string[], apex: string): EdgeTarget {
  const raw = input.trim();
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw);
  let u: URL;
  try {
    // a bare name means https://name/; a bare IP or localhost (a dev server) means plain http://
    const bareLocal = !hasScheme && isLocalHost(hostOf(`http://${raw}`));
    u = new URL(hasScheme ? raw : `${bareLocal ? 'http' : 'https'}://${raw}`);
  } catch {
    throw new ConfigError([{ file: '<config>', field: 'edge.hosts', message: `"${input}" is not a host or URL`, level: 'error' }]);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new ConfigError([{ file: '<config>', field: 'edge.hosts', message: `"${input}": only http:// and https:// URLs can be audited`, level: 'error' }]);
  const host = hostOf(u.href);
  const scheme = u.protocol === 'http:' ? 'http' : 'https';
  const local = isLocalHost(host);
  const t: EdgeTarget = {
    input,
    host,
    url: u.href,
    scheme,
    tlsPort: scheme === 'https' && u.port ? Number(u.port) : 443,
    isLocal: local,
    plainLocal: scheme === 'http' && local,
    apex,
    allHosts,
    privatePaths: edge.privatePaths,
    corsOrigin: edge.corsOrigin,
    tls: edge.tls,
  };
  if (edge.canonical) t.canonical = hostOf(edge.canonical);
  if (edge.auth) t.auth = { header: edge.auth.header, value: edge.auth.value };
  return t;
}

export function edgeApex(edge: EdgeSection): string | undefined {
  if (edge.apex) return edge.apex.toLowerCase();
  const first = edge.hosts.map((h) => hostOf(h)).find((h) => h && !isLocalHost(h));
  return first ? apexOf(first) : undefined;
}

/** CA files from edge.ca, relative to the config folder; empty entries (unset env defaults) are skipped. */
export function extraCaFiles(edge: EdgeSection | undefined, configDir: string): string[] {
  return (edge?.ca ?? []).filter((c) => c.trim() !== '').map((c) => resolve(configDir, c));
}

export const edgeStage: Stage = {
  name: 'edge',
  title: 'Domain and edge',
  enabled: (config) => config.edge !== undefined,
  hosts: (config) => (config.edge?.hosts ?? []).map((h) => hostOf(h)).filter(Boolean),
  async plan(env: StageEnv) {
    const edge = env.config.edge!;
    const net = env.config.network;
    const apex = edgeApex(edge);
    const hostNames = [...new Set(edge.hosts.map((h) => hostOf(h)))];
    const targets = edge.hosts.map((h) => edgeTarget(h, edge, hostNames, apex ?? ''));
    // a replay opens no connection: the CA files of the saved run need not exist where it is replayed
    const ca = env.evidenceProbes?.replaying ? undefined : caBundle(extraCaFiles(edge, env.configDir));
    // we judge certificates ourselves (tls/*): the header checks must still see a host whose cert is bad
    const http = stageHttp(env, { rate: net.rate, timeoutMs: net.timeoutMs, ...(ca ? { ca } : {}), insecure: true });
    const dnsOpts = { ...(env.resolver ? { resolver: env.resolver } : {}) };
    const dns = env.evidenceProbes ? env.evidenceProbes.dns(dnsOpts) : new DnsProbe(dnsOpts);
    const tlsOpts: TlsProbeOptions = { allow: env.allow, connectTo: env.connectTo, budget: env.budget, timeoutMs: Math.min(net.timeoutMs, 10_000), ...(env.resolver ? { resolver: env.resolver } : {}), ...(ca ? { ca } : {}), now: env.now };
    const tls = env.evidenceProbes ? env.evidenceProbes.tls(tlsOpts) : new TlsProbe(tlsOpts);
    const probes: EdgeProbes = { http, dns, tls };
    const include = env.include ?? (() => true);
    const jobs: CheckJob[] = [];
    const perHost = [...edgeChecks.filter((c) => c.id !== 'edge/canonical-host'), ...tlsChecks];
    const seen = new Set<string>();
    for (const t of targets) {
      if (seen.has(t.url)) continue;
      seen.add(t.url);
      for (const check of perHost) if (include(check.id)) jobs.push({ check, target: t, probes, targetLabel: t.url });
    }
    const canonical = edgeChecks.find((c) => c.id === 'edge/canonical-host')!;
    if (apex && include(canonical.id)) {
      const named = targets.filter((t) => !t.isLocal);
      const apexTarget = named.find((t) => t.host === apex);
      const wwwTarget = named.find((t) => t.host === `www.${apex}`);
      if (apexTarget || wwwTarget) {
        const ct: CanonicalTarget = { apex, ...(edge.canonical ? { canonical: hostOf(edge.canonical) } : {}), ...(apexTarget ? { apexTarget } : {}), ...(wwwTarget ? { wwwTarget } : {}) };
        jobs.push({ check: canonical, target: ct, probes, targetLabel: apex });
      }
    }
    // DNS: every audited name plus the configured labels under the apex (apex, www, app, api, admin by default)
    const dnsProbes: DnsProbes = { dns };
    if (apex) {
      const names = new Map<string, boolean>();
      for (const label of edge.dnsNames) names.set(label === '@' || label === '' ? apex : `${label}.${apex}`.toLowerCase(), false);
      for (const t of targets) if (!t.isLocal) names.set(t.host, true);
      for (const [name, audited] of names) {
        const target: DnsTarget = { name, apex, audited };
        for (const check of dnsChecks) {
          if (!include(check.id)) continue;
          if (check.id === 'dns/caa' || check.id === 'dns/ns') continue;
          if (check.id === 'dns/ttl' && !audited) continue;
          jobs.push({ check, target, probes: dnsProbes, targetLabel: name });
        }
      }
      // forgotten CNAMEs hide under names nobody audits (blog, status, docs...): one sweep job per apex
      const dangling = dnsChecks.find((c) => c.id === 'dns/dangling-cname');
      const sweep = SWEEP_LABELS.filter((l) => !names.has(`${l}.${apex}`));
      if (dangling && include(dangling.id) && sweep.length) jobs.push({ check: dangling, target: { name: apex, apex, audited: false, sweep } satisfies DnsTarget, probes: dnsProbes, targetLabel: `*.${apex}` });
      // dns/caa also compares CAA with the CA of each audited https host's certificate (the tls/* handshakes, shared)
      const webHosts = targets.filter((t) => !t.isLocal && t.scheme === 'https' && (t.host === apex || t.host.endsWith(`.${apex}`))).map((t) => ({ host: t.host, port: t.tlsPort }));
      for (const check of dnsChecks.filter((c) => c.id === 'dns/caa' || c.id === 'dns/ns')) {
        if (!include(check.id)) continue;
        const caa = check.id === 'dns/caa';
        jobs.push({ check, target: { name: apex, apex, audited: true, ...(caa ? { webHosts } : {}) } satisfies DnsTarget, probes: caa ? { dns, tls } : dnsProbes, targetLabel: apex });
      }
    }
    return {
      jobs,
      target: { hosts: targets.map((t) => t.url), apex: apex ?? null, resolver: env.resolver ?? null },
      async finish() {
        await http.close();
        return { edge: { dnsQueries: dns.queries } };
      },
    };
  },
};
