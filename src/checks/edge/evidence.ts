import type { CheckContext, ReportInput } from '../../core/check.js';
import type { Location } from '../../core/types.js';
import type { DnsProbe } from '../../probes/dns.js';
import type { HttpProbe, HttpResponse } from '../../probes/http.js';
import type { SentChain, TlsHandshake, TlsLegacyResult, TlsProbe } from '../../probes/tls.js';
import { bodyDigest, looksPersonal } from './parse.js';

/**
 * Evidence once, judged many times (MDN Observatory's retriever): the first check that needs a host's redirect
 * chains, final response, TLS handshake or DNS answers fetches them through `ctx.evidence`; every other check
 * reuses the same object. Checks are then small pure `judge(evidence, target)` functions, tested with tables.
 */

export interface EdgeTarget {
  /** as given in config / on the command line */
  input: string;
  host: string;
  /** the URL audited: the given URL, or https://host/ for a bare host */
  url: string;
  scheme: 'http' | 'https';
  /** TLS port (443 unless the URL names one) */
  tlsPort: number;
  /** IP literal or localhost: no DNS, no public certificate possible */
  isLocal: boolean;
  /** plain http on an IP/loopback by the user's choice: HSTS, TLS and https redirect checks are skipped */
  plainLocal: boolean;
  apex: string;
  /** every web host of the audit (for canonical-host and CORS judgements) */
  allHosts: string[];
  canonical?: string;
  privatePaths: string[];
  corsOrigin: string;
  auth?: { header: string; value: string };
  tls: { warnDays: number; failDays: number; legacy: boolean };
}

export interface EdgeProbes {
  http: HttpProbe;
  dns: DnsProbe;
  tls: TlsProbe;
}

export type EdgeCtx = CheckContext<EdgeTarget, EdgeProbes>;

export interface Hop {
  url: string;
  status?: number;
  location?: string;
  hsts?: string;
  /** cookies set on this hop (a session cookie is often set on the redirect to /login) */
  setCookies?: string[];
  error?: string;
}

export interface Chain {
  start: string;
  hops: Hop[];
  /** the last response (2xx/4xx/5xx, not a redirect) */
  final?: HttpResponse;
  error?: string;
  /** connection failed at the very first hop */
  unreachable?: boolean;
}

export interface HostEvidence {
  target: EdgeTarget;
  /** chain from http://host/ (absent for https-only inputs on a custom port) */
  http?: Chain;
  /** chain from https://host/ (absent for plain-local targets) */
  https?: Chain;
  /** the response the header checks judge: final of the chain of the given URL */
  main?: HttpResponse;
  /** why `main` is missing */
  error?: string;
  unreachable: boolean;
}

const MAX_HOPS = 8;
const UNREACHABLE = /connection refused|host not found|ENOTFOUND|ECONNREFUSED|EHOSTUNREACH|ENETUNREACH|no A\/AAAA record/i;

export async function followChain(http: HttpProbe, start: string, checkId: string, signal: AbortSignal, headers: Record<string, string> = {}): Promise<Chain> {
  const chain: Chain = { start, hops: [] };
  let url = start;
  for (let i = 0; i <= MAX_HOPS; i++) {
    let res: HttpResponse;
    try {
      res = await http.request({ url, headers, maxBodyBytes: 512 * 1024 }, checkId, signal);
    } catch (err) {
      const msg = (err as Error).message;
      chain.hops.push({ url, error: msg });
      chain.error = msg;
      if (i === 0 && UNREACHABLE.test(msg)) chain.unreachable = true;
      return chain;
    }
    const hop: Hop = { url, status: res.status };
    if (res.headers['strict-transport-security']) hop.hsts = res.headers['strict-transport-security'];
    if (res.setCookies.length && res.status >= 300 && res.status < 400) hop.setCookies = res.setCookies;
    const loc = res.headers.location;
    if (res.status >= 300 && res.status < 400 && loc) {
      let next: string;
      try {
        next = new URL(loc, url).href;
      } catch {
        hop.location = loc;
        chain.hops.push(hop);
        chain.error = `invalid Location header "${loc}"`;
        chain.final = res;
        return chain;
      }
      hop.location = next;
      chain.hops.push(hop);
      if (i === MAX_HOPS) {
        chain.error = `more than ${MAX_HOPS} redirects`;
        return chain;
      }
      try {
        http.allow.assert(next);
      } catch {
        // a redirect to a host the audit does not name: record it, do not follow (never contact unnamed hosts)
        chain.final = res;
        return chain;
      }
      url = next;
      continue;
    }
    chain.hops.push(hop);
    chain.final = res;
    return chain;
  }
  return chain;
}

function originOf(url: string, scheme: 'http' | 'https'): string {
  const u = new URL(url);
  return `${scheme}://${u.host.replace(/:\d+$/, '')}/`;
}

export function hostEvidence(ctx: CheckContext<unknown, EdgeProbes>, target?: EdgeTarget): Promise<HostEvidence> {
  const t = target ?? (ctx.target as EdgeTarget);
  return ctx.evidence(`edge:host:${t.url}`, async (r) => {
    const http = ctx.probes.http;
    const ev: HostEvidence = { target: t, unreachable: false };
    if (t.plainLocal) {
      ev.http = await followChain(http, t.url, r.requester, r.signal);
      ev.main = ev.http.final;
      if (!ev.main) ev.error = ev.http.error;
      ev.unreachable = ev.http.unreachable === true;
      return ev;
    }
    const httpStart = t.scheme === 'http' ? t.url : originOf(t.url, 'http');
    const httpsStart = t.scheme === 'https' ? t.url : originOf(t.url, 'https');
    const [a, b] = await Promise.all([followChain(http, httpStart, r.requester, r.signal), followChain(http, httpsStart, r.requester, r.signal)]);
    ev.http = a;
    ev.https = b;
    // Headers are judged on what a visitor of the https site gets; fall back to http when https does not answer.
    ev.main = b.final ?? a.final;
    if (!ev.main) ev.error = b.error ?? a.error;
    ev.unreachable = a.unreachable === true && b.unreachable === true;
    return ev;
  });
}

export function tlsEvidence(ctx: EdgeCtx): Promise<TlsHandshake> {
  const t = ctx.target;
  return ctx.evidence(`edge:tls:${t.host}:${t.tlsPort}`, (r) => ctx.probes.tls.handshake(t.host, t.tlsPort, r.requester));
}

export function sentChainEvidence(ctx: EdgeCtx): Promise<SentChain> {
  const t = ctx.target;
  return ctx.evidence(`edge:tls-sent:${t.host}:${t.tlsPort}`, (r) => ctx.probes.tls.sentChain(t.host, t.tlsPort, r.requester));
}

export function tlsLegacyEvidence(ctx: EdgeCtx): Promise<TlsLegacyResult> {
  const t = ctx.target;
  return ctx.evidence(`edge:tls-legacy:${t.host}:${t.tlsPort}`, (r) => ctx.probes.tls.legacy(t.host, t.tlsPort, r.requester));
}

export interface CorsEvidence {
  url: string;
  foreign?: { origin: string; status: number; acao?: string; acac?: string; vary?: string };
  nullOrigin?: { status: number; acao?: string; acac?: string };
  /** OPTIONS preflight with the foreign Origin (some servers only answer CORS there) */
  preflight?: { status: number; acao?: string; acac?: string };
  /** why the OPTIONS preflight got no answer (judged as granting nothing, kept as evidence) */
  preflightError?: string;
  /**
   * Origins that only a sloppy allowlist accepts (PortSwigger's CORS misconfiguration classes): the apex with a
   * prefix glued on (`https://evilexample.com`, an unanchored suffix match) and the apex as a prefix of a foreign
   * name (`https://example.com.evil.invalid`, an unanchored prefix match).
   */
  lookalikes?: { origin: string; status: number; acao?: string; acac?: string; vary?: string }[];
  /** Origin: other audited hosts (origins the site may really allow), to see whether ACAO varies with Origin */
  siblings?: { origin: string; status: number; acao?: string; acac?: string; vary?: string }[];
  error?: string;
}

/**
 * Origins of other web hosts of the same audit, the ones an allowlist most likely names: the canonical host, the apex,
 * www, app, then the other audited hosts; never the host itself; at most 3 (one request each).
 */
export function siblingOrigins(t: EdgeTarget): string[] {
  const names = [t.canonical, t.apex, `www.${t.apex}`, `app.${t.apex}`, ...t.allHosts].filter((h): h is string => !!h && h !== t.host && (h === t.apex || h.endsWith(`.${t.apex}`)));
  return [...new Set(names)].slice(0, 3).map((h) => `https://${h}`);
}

export function corsEvidence(ctx: EdgeCtx, url: string): Promise<CorsEvidence[]> {
  const t = ctx.target;
  return ctx.evidence(`edge:cors:${url}`, async (rt) => {
    const out: CorsEvidence = { url };
    const ask = async (origin: string, method = 'GET') => {
      const headers: Record<string, string> = { origin };
      if (method === 'OPTIONS') headers['access-control-request-method'] = 'GET';
      if (t.auth) headers[t.auth.header] = t.auth.value;
      const r = await ctx.probes.http.request({ url, method, headers, maxBodyBytes: 16 * 1024 }, rt.requester, rt.signal);
      const x: { status: number; acao?: string; acac?: string; vary?: string } = { status: r.status };
      if (r.headers['access-control-allow-origin'] !== undefined) x.acao = r.headers['access-control-allow-origin'];
      if (r.headers['access-control-allow-credentials'] !== undefined) x.acac = r.headers['access-control-allow-credentials'];
      if (r.headers.vary !== undefined) x.vary = r.headers.vary;
      return x;
    };
    try {
      out.foreign = { origin: t.corsOrigin, ...(await ask(t.corsOrigin)) };
      out.nullOrigin = await ask('null');
      if (!t.isLocal && t.apex) {
        const origins = [`https://evil${t.apex}`, `https://${t.apex}.evil.launchready.invalid`];
        out.lookalikes = [];
        for (const o of origins) out.lookalikes.push({ origin: o, ...(await ask(o)) });
        out.siblings = [];
        for (const o of siblingOrigins(t)) {
          const x = { origin: o, ...(await ask(o)) };
          out.siblings.push(x);
          if (x.acao === o) break; // one per-origin answer is enough to judge Vary
        }
      }
      try {
        out.preflight = await ask(t.corsOrigin, 'OPTIONS');
      } catch (err) {
        // a server that rejects OPTIONS outright grants nothing; why is kept in the evidence
        out.preflightError = (err as Error).message;
      }
    } catch (err) {
      out.error = (err as Error).message;
    }
    return [out];
  });
}

export interface PrivateResponse {
  url: string;
  authenticated: boolean;
  /** a usual private path tried because none was configured: judged only on explicit shared cacheability */
  guessed?: boolean;
  status?: number;
  headers?: Record<string, string>;
  setCookies?: string[];
  /** bodyDigest() of the body: equal to the main page's means an SPA fallback / catch-all, not a private page */
  bodyDigest?: string;
  /** the body looks rendered for one signed-in user (looksPersonal) */
  personal?: boolean;
  error?: string;
}

/**
 * Tried when edge.privatePaths is empty (e.g. `launchready edge host`): where logged-in pages usually live, and the
 * "who am I" routes of JSON APIs (versioned /api/v1/me, REST-style /api/users/me, GitHub-style /user, session probes).
 */
export const GUESSED_PRIVATE_PATHS = ['/account', '/my-account', '/dashboard', '/profile', '/settings', '/orders', '/billing', '/cart', '/me', '/api/me', '/api/user', '/api/account', '/api/v1/me', '/api/users/me', '/api/profile', '/api/session', '/user'];

/** Responses that must never be stored by a shared cache: private paths, and one authenticated request. */
export function privateEvidence(ctx: EdgeCtx): Promise<PrivateResponse[]> {
  const t = ctx.target;
  return ctx.evidence(`edge:private:${t.url}`, async (rt) => {
    const base = new URL(t.url);
    const guessed = t.privatePaths.length === 0 && !t.auth;
    const urls = (guessed ? GUESSED_PRIVATE_PATHS : t.privatePaths).map((p) => new URL(p, base).href);
    const out: PrivateResponse[] = [];
    const jobs: { url: string; auth: boolean }[] = urls.map((url) => ({ url, auth: false }));
    if (t.auth) for (const url of urls.length ? urls : [t.url]) jobs.push({ url, auth: true });
    // in parallel (the probe's per-host rate limit still applies); results keep the order of the paths
    const one = async (j: { url: string; auth: boolean }): Promise<PrivateResponse> => {
      const headers: Record<string, string> = {};
      if (j.auth && t.auth) {
        ctx.secret(t.auth.value);
        headers[t.auth.header] = t.auth.value;
      }
      try {
        const r = await ctx.probes.http.request({ url: j.url, headers, maxBodyBytes: 64 * 1024 }, rt.requester, rt.signal);
        return { url: j.url, authenticated: j.auth, status: r.status, headers: r.headers, setCookies: r.setCookies, bodyDigest: bodyDigest(r.body), personal: looksPersonal(r.body), ...(guessed ? { guessed: true } : {}) };
      } catch (err) {
        return { url: j.url, authenticated: j.auth, error: (err as Error).message, ...(guessed ? { guessed: true } : {}) };
      }
    };
    out.push(...(await Promise.all(jobs.map(one))));
    return out;
  });
}

// ---- judging helpers ------------------------------------------------------------------------------------

export function loc(t: EdgeTarget, url?: string): Location {
  return { host: t.host, url: url ?? t.url };
}

export function skippedPlainLocal(t: EdgeTarget, what: string): ReportInput {
  return {
    messageId: 'skipped',
    status: 'skipped',
    severity: 'info',
    data: { host: t.host, reason: `${t.url} is plain http on a loopback/IP address by your choice; ${what} only applies to a public https host` },
    location: loc(t),
  };
}

export function skippedUnreachable(t: EdgeTarget, error?: string): ReportInput {
  return {
    messageId: 'skipped',
    status: 'skipped',
    severity: 'info',
    data: { host: t.host, reason: `no response from ${t.url} (${error ?? 'unreachable'}); see edge/reachable` },
    location: loc(t),
  };
}

export function isHtml(res: HttpResponse | undefined): boolean {
  const ct = res?.headers['content-type'] ?? '';
  return /text\/html|application\/xhtml/i.test(ct) || (!ct && /^\s*<(!doctype|html)/i.test(res?.body ?? ''));
}

/** Header checks: shared preamble. Returns the response to judge, or the reports that replace judging. */
export function mainOrSkip(ev: HostEvidence): { res: HttpResponse } | { reports: ReportInput[] } {
  if (!ev.main) return { reports: [skippedUnreachable(ev.target, ev.error)] };
  const m = ev.main;
  if (m.status >= 300 && m.status < 400 && m.headers.location) {
    // the chain stopped at a redirect to a host the audit does not name (never contacted): the page is elsewhere
    const reason = `${m.url} redirects to ${m.headers.location}, a host not named in this audit; add it to judge the page`;
    return { reports: [{ messageId: 'skipped', status: 'skipped', severity: 'info', data: { host: ev.target.host, reason }, location: loc(ev.target, m.url) }] };
  }
  return { res: m };
}

/** Run a judge over host evidence and report each result. */
export async function runHostJudge(ctx: EdgeCtx, judge: (ev: HostEvidence) => ReportInput[]): Promise<void> {
  const ev = await hostEvidence(ctx);
  for (const r of judge(ev)) ctx.report(r);
}

export const SKIPPED_MESSAGE = '{{host}}: not checked ({{reason}}).';
