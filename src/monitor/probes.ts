import { createHmac } from 'node:crypto';
import { resolve } from 'node:path';
import { request, type Dispatcher } from 'undici';
import type { Config } from '../core/config/schema.js';
import type { Allowlist } from '../probes/net.js';
import type { FlowStep } from '../core/config/flow.js';
import { describeNetError, type HttpRequest, type HttpResponse } from '../probes/http.js';
import { runFlow, type FlowTransport } from '../probes/http-flow.js';
import { EXPIRY_THRESHOLDS, judgeCertExpiry, type ExpiryThresholds } from '../core/cert-expiry.js';
import { DnsProbe, type DnsRecordMap, type DnsRecordType } from '../probes/dns.js';
import { TlsProbe, type TlsHandshake } from '../probes/tls.js';
import type { ProbeOutcome, ResolvedMonitor } from './types.js';

/** What a probe may use. Everything that touches the network is scoped by the allowlist of the config. */
export interface ProbeEnv {
  dispatcher: Dispatcher;
  allow: Allowlist;
  config: Config;
  configDir: string;
  connectTo: { fromHost: string; fromPort: string; toHost: string; toPort: number }[];
  resolver?: string;
  /** last ping of a heartbeat monitor (ms epoch) */
  lastPing(monitorId: string): Promise<number | null>;
  /** last known good DNS state */
  getState(key: string): Promise<unknown>;
  setState(key: string, value: unknown): Promise<void>;
  now(): number;
  /** the audit runner (src/audit/run.ts by default; tests inject one) */
  runAudit?: typeof import('../audit/run.js').runAudit;
}

export type Probe = (m: ResolvedMonitor, env: ProbeEnv, signal: AbortSignal) => Promise<ProbeOutcome>;

const MAX_BODY = 1024 * 1024;

/** Set by {@link wireTimed}: when the request was handed to a connection (performance.now()). */
interface WireTiming {
  /** kept for diagnosis: equals the call time plus the TCP/TLS setup of a fresh connection (never a pool wait) */
  wireAt: number | undefined;
  /** when undici parsed the end of the response, before any of our own code ran for it */
  endAt?: number | undefined;
}

/**
 * A dispatcher that records when each request goes on the wire (undici calls the handler's onConnect right
 * before it writes the request) and when undici parsed the end of its response, before any of our own code ran
 * for it: work queued behind it in this process is not counted as latency.
 *
 * Latency counts from the call, so the TCP/TLS setup of a fresh connection is included (as a user experiences
 * it; with a 60 s interval most probes open one). It never includes a wait for a pooled connection: the runtime
 * sizes the pool to `monitor.concurrency` connections per host and never runs more probes than that.
 */
export function wireTimed(d: Dispatcher): Dispatcher {
  return d.compose((dispatch) => (opts, handler) => {
    const t = (opts as { opaque?: unknown }).opaque as WireTiming | undefined;
    if (!t || typeof t !== 'object' || !('wireAt' in t)) return dispatch(opts, handler);
    const mark = (fn: (...a: unknown[]) => unknown, target: object, end: boolean) => (...a: unknown[]) => {
      if (end) t.endAt = performance.now();
      else t.wireAt = performance.now();
      return fn.apply(target, a);
    };
    const proxy = new Proxy(handler, {
      get(target, k) {
        const v = Reflect.get(target, k) as unknown;
        if (typeof v !== 'function') return v;
        if (k === 'onConnect' || k === 'onRequestStart') return mark(v as (...a: unknown[]) => unknown, target, false);
        // the end is stamped in undici's parser callback: work queued behind it in this process is not latency
        if (k === 'onComplete' || k === 'onResponseEnd') return mark(v as (...a: unknown[]) => unknown, target, true);
        return (v as (...a: unknown[]) => unknown).bind(target);
      },
    });
    return dispatch(opts, proxy);
  });
}

/**
 * The monitor's {@link FlowTransport}: one HTTP exchange through undici's keep-alive pool (the monitor's hot path,
 * timed by {@link wireTimed}). The flow engine (src/probes/http-flow.ts) builds the requests and src/core/flow.ts
 * judges the answers, exactly as for `launchready gate` and the ops canary. A host the allowlist refuses, a
 * timeout or a network error throws an Error whose message is the result's error.
 */
export function monitorTransport(env: ProbeEnv): FlowTransport {
  return {
    async request(req: HttpRequest, _checkId?: string, signal?: AbortSignal): Promise<HttpResponse> {
      let url: URL;
      try {
        url = env.allow.assert(req.url);
      } catch (err) {
        // a monitor never stops the daemon: a refused host is this monitor's failure
        throw new Error((err as Error).message, { cause: err });
      }
      const timeoutMs = req.timeoutMs ?? 10_000;
      const maxBody = req.maxBodyBytes ?? MAX_BODY;
      const started = performance.now();
      const timing: WireTiming = { wireAt: undefined };
      // one plain timer per request (AbortSignal.any/timeout are slower in Node 20, and undici's own timeouts are coarse)
      const ac = new AbortController();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        ac.abort();
      }, timeoutMs);
      const cancel = (): void => ac.abort();
      signal?.addEventListener('abort', cancel, { once: true });
      try {
        const res = await request(url, {
          method: (req.method ?? 'GET').toUpperCase() as Dispatcher.HttpMethod,
          headers: { 'user-agent': 'launchready-monitor/0.1', ...req.headers },
          body: req.body,
          dispatcher: env.dispatcher,
          opaque: timing,
          signal: ac.signal,
          headersTimeout: timeoutMs,
          bodyTimeout: timeoutMs,
        });
        const ttfbMs = performance.now() - started;
        const chunks: Buffer[] = [];
        let n = 0;
        let truncated = false;
        // nobody reads this body (no body assertion or extraction): drain it so the connection is reused
        if (maxBody === 0) await res.body.dump();
        else for await (const chunk of res.body as AsyncIterable<Buffer>) {
          if (n < maxBody) chunks.push(chunk.subarray(0, maxBody - n));
          n += chunk.length;
          if (n > maxBody) {
            truncated = true;
            res.body.destroy();
            break;
          }
        }
        const totalMs = (timing.endAt ?? performance.now()) - started;
        const headers: Record<string, string> = {};
        const rawHeaders: [string, string][] = [];
        const setCookies: string[] = [];
        for (const [k, v] of Object.entries(res.headers)) {
          const values = Array.isArray(v) ? v : v === undefined ? [] : [String(v)];
          for (const one of values) rawHeaders.push([k, one]);
          if (k === 'set-cookie') setCookies.push(...values);
          headers[k] = values.join(k === 'set-cookie' ? '\n' : ', ');
        }
        const body = Buffer.concat(chunks).toString('utf8');
        return { url: url.href, method: (req.method ?? 'GET').toUpperCase(), status: res.statusCode, headers, setCookies, rawHeaders, body, bodyBytes: n, truncated, timings: { totalMs, ttfbMs } };
      } catch (err) {
        const code = (err as { code?: string }).code;
        const late = timedOut || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || code === 'UND_ERR_CONNECT_TIMEOUT';
        throw new Error(late ? `timed out after ${timeoutMs} ms` : signal?.aborted ? 'cancelled' : describeNetError(err), { cause: err });
      } finally {
        clearTimeout(timer);
        signal?.removeEventListener('abort', cancel);
      }
    },
  };
}

type StepInput = Omit<FlowStep, 'method' | 'headers' | 'expectStatus' | 'bodyContains' | 'bodyNotContains' | 'expectHeaders' | 'extract'> & Partial<FlowStep>;

/** An http/webhook monitor as a one-step flow (no templates or extraction of its own). */
function oneStep(s: StepInput): FlowStep {
  return { method: 'GET', headers: {}, expectStatus: ['2xx', '3xx'], bodyContains: [], bodyNotContains: [], expectHeaders: {}, extract: {}, ...s };
}

async function runOne(m: ResolvedMonitor, step: FlowStep, env: ProbeEnv, signal: AbortSignal): Promise<ProbeOutcome> {
  const run = await runFlow({ name: m.id, steps: [step] }, { transport: monitorTransport(env), timeoutMs: m.timeoutMs, signal, unjudgedBodyBytes: 0 });
  const r = run.steps[0]!;
  return { ok: r.ok, latencyMs: r.latencyMs, ...(r.status !== undefined ? { httpStatus: r.status } : {}), ...(r.ok ? {} : { error: r.problem ?? 'failed' }) };
}

const httpProbe: Probe = async (m, env, signal) => {
  if (m.type !== 'http') throw new Error('not an http monitor');
  return runOne(m, oneStep(m), env, signal);
};

/** Multi-step flow: each step's extracted values (a token from the login) and cookies are carried into later steps. */
const flowProbe: Probe = async (m, env, signal) => {
  if (m.type !== 'flow') throw new Error('not a flow monitor');
  const run = await runFlow({ name: m.id, steps: m.steps }, { transport: monitorTransport(env), timeoutMs: m.timeoutMs, signal, unjudgedBodyBytes: 0 });
  const steps = run.steps.map((s) => ({ name: s.step, ...(s.status !== undefined ? { status: s.status } : {}), ms: s.latencyMs, ...(s.slow ? { slow: true } : {}) }));
  const last = run.steps.at(-1);
  const httpStatus = last?.status !== undefined ? { httpStatus: last.status } : {};
  if (!run.ok) return { ok: false, latencyMs: run.latencyMs, ...httpStatus, error: `${run.failedStep}: ${run.reason}`, detail: { steps } };
  return { ok: true, latencyMs: run.latencyMs, ...httpStatus, detail: { steps } };
};

/** Webhook endpoint health: a signed synthetic event, like the ones the app's providers send. */
const webhookProbe: Probe = async (m, env, signal) => {
  if (m.type !== 'webhook') throw new Error('not a webhook monitor');
  const body = JSON.stringify({ type: 'launchready.ping', monitor: m.id, at: new Date(env.now()).toISOString() });
  const headers: Record<string, string> = { 'content-type': 'application/json', ...m.headers };
  if (m.secret) headers['x-launchready-signature'] = `sha256=${createHmac('sha256', m.secret).update(body).digest('hex')}`;
  return runOne(m, oneStep({ url: m.url, method: 'POST', headers, body, expectStatus: m.expectStatus, maxLatencyMs: m.maxLatencyMs }), env, signal);
};

/** Push monitor: up when a ping arrived within interval + grace before this run. */
const heartbeatProbe: Probe = async (m, env) => {
  if (m.type !== 'heartbeat') throw new Error('not a heartbeat monitor');
  const last = await env.lastPing(m.id);
  const limit = m.intervalMs + m.graceSec * 1000;
  const now = env.now();
  if (last === null) return { ok: false, error: 'no ping received yet', detail: { lastPing: null } };
  const age = now - last;
  return age <= limit ? { ok: true, detail: { lastPing: last, ageMs: age } } : { ok: false, error: `last ping ${Math.round(age / 1000)} s ago (limit ${limit / 1000} s)`, detail: { lastPing: last, ageMs: age } };
};

/**
 * One TlsProbe per (CA file, timeout) for the runtime's life: a probe builds its SecureContext once (parsing every
 * root costs tens of ms), so an hourly certificate monitor does not rebuild it each run.
 */
const tlsProbes = new WeakMap<ProbeEnv, Map<string, TlsProbe>>();

function tlsProbeFor(env: ProbeEnv, caFile: string | undefined, timeoutMs: number): TlsProbe {
  let byKey = tlsProbes.get(env);
  if (!byKey) tlsProbes.set(env, (byKey = new Map()));
  const key = `${caFile ?? ''}\u0000${timeoutMs}`;
  let p = byKey.get(key);
  if (!p) {
    p = new TlsProbe({
      allow: env.allow,
      connectTo: env.connectTo,
      ...(env.resolver ? { resolver: env.resolver } : {}),
      ...(caFile ? { ca: [caFile] } : {}),
      timeoutMs,
      now: () => new Date(env.now()),
    });
    byKey.set(key, p);
  }
  return p;
}

/**
 * The audit's TLS probe (src/probes/tls.ts) and the audit's expiry judgement (src/core/cert-expiry.ts, the one
 * tls/expiry uses) with the audit's thresholds (edge.tls): down when the chain is not trusted or the name not
 * covered, or when tls/expiry would report anything but a pass (warn included: an expiring certificate is what
 * this monitor exists to page about).
 */
const tlsProbe: Probe = async (m, env, signal) => {
  if (m.type !== 'tls') throw new Error('not a tls monitor');
  env.allow.assert(`https://${m.host}:${m.port}/`);
  let probe: TlsProbe;
  try {
    probe = tlsProbeFor(env, m.ca ? resolve(env.configDir, m.ca) : undefined, m.timeoutMs);
  } catch (err) {
    return { ok: false, error: (err as Error).message };
  }
  if (signal.aborted) return { ok: false, error: 'cancelled' };
  // the handshake is bounded by timeoutMs; a cancelled run stops waiting for it at once
  const cancelled = new Promise<'cancelled'>((r) => signal.addEventListener('abort', () => r('cancelled'), { once: true }));
  const hs = await Promise.race([probe.handshake(m.host, m.port, `monitor:${m.id}`), cancelled]);
  if (hs === 'cancelled') return { ok: false, error: 'cancelled' };
  return judgeTlsMonitor(hs, expiryThresholds(env.config, m.minDaysLeft), env.now());
};

/**
 * The thresholds tls/expiry uses: edge.tls of the same config, or their defaults when it audits no edge hosts. A
 * monitor's deprecated `minDaysLeft` replaces warnDays for that monitor (failDays is capped at it).
 */
export function expiryThresholds(config: Config, minDaysLeft?: number): ExpiryThresholds {
  const t = config.edge?.tls;
  const base = t ? { warnDays: t.warnDays, failDays: t.failDays } : { ...EXPIRY_THRESHOLDS };
  return minDaysLeft === undefined ? base : { warnDays: minDaysLeft, failDays: Math.min(base.failDays, minDaysLeft) };
}

/** Pure: a handshake's facts → the monitor's outcome (shared judgement; tested against tls/expiry at its boundaries). */
export function judgeTlsMonitor(hs: TlsHandshake, t: ExpiryThresholds, now: number): ProbeOutcome {
  const latency = hs.ms !== undefined ? { latencyMs: Math.round(hs.ms) } : {};
  if (!hs.ok) return { ok: false, ...latency, error: `TLS handshake failed: ${hs.errorCode ? `${hs.errorCode}: ` : ''}${hs.error ?? 'unknown error'}` };
  const leaf = hs.chain[0];
  if (!leaf) return { ok: false, ...latency, error: 'no certificate presented' };
  const j = judgeCertExpiry(leaf, t, now);
  const detail = {
    expiresAt: leaf.validTo,
    daysLeft: leaf.daysLeft,
    verdict: j.verdict,
    warnDays: t.warnDays,
    failDays: t.failDays,
    subject: leaf.subject,
    issuer: leaf.issuer,
    authorized: hs.authorized === true,
    authError: hs.authorizationError ?? null,
    ...(hs.hostnameError ? { hostnameError: hs.hostnameError } : {}),
    protocol: hs.protocol ?? null,
  };
  if (!hs.authorized) return { ok: false, ...latency, error: `certificate not trusted: ${hs.hostnameError ?? hs.authorizationError ?? 'unknown reason'}`, detail };
  if (j.verdict === 'expired') return { ok: false, ...latency, error: `certificate expired or not yet valid (valid ${leaf.validFrom} to ${leaf.validTo}): tls/expiry expired`, detail };
  if (j.verdict !== 'ok') {
    const rule = j.verdict === 'expires-soon' ? `under ${t.failDays}` : `under ${t.warnDays}`;
    return { ok: false, ...latency, error: `certificate expires in ${j.daysLeft} days (${leaf.validTo.slice(0, 10)}), ${rule}: tls/expiry ${j.verdict}`, detail };
  }
  return { ok: true, ...latency, detail };
}

/** Sorted answers per record, so two snapshots compare as strings. */
export type DnsSnapshot = Record<string, string[]>;

/**
 * The drift snapshot through the audit's DNS probe (src/probes/dns.ts: --resolver, typed errors, one question asked
 * once per run). A name or record that does not exist is an empty answer (a drift if it existed before); a
 * resolver failure (SERVFAIL, timeout, refused) fails the run instead of looking like a deleted record.
 * Labels and value formats are those of earlier versions, so stored baselines still compare.
 */
export async function dnsSnapshot(dns: DnsProbe, o: { name: string; records: readonly string[]; email: boolean; dkimSelectors: readonly string[] }): Promise<DnsSnapshot> {
  const snap: DnsSnapshot = {};
  const failures: string[] = [];
  const q = async <T extends DnsRecordType>(label: string, name: string, type: T, format: (r: DnsRecordMap[T]) => string, keep: (v: string) => boolean = () => true): Promise<void> => {
    const a = await dns.query(name, type);
    if (!a.ok && a.error !== 'NXDOMAIN' && a.error !== 'NODATA') {
      failures.push(`${label}: ${a.error ?? 'ERROR'}`);
      return;
    }
    snap[label] = a.records.map(format).filter(keep).sort();
  };
  const s = (v: string): string => v;
  const jobs: Promise<void>[] = [];
  for (const t of o.records) {
    const label = `${t} ${o.name}`;
    if (t === 'MX') jobs.push(q(label, o.name, 'MX', (x) => `${x.priority} ${x.exchange}`));
    // node's own CAA shape ({ critical, <tag>: value }), as earlier snapshots stored it
    else if (t === 'CAA') jobs.push(q(label, o.name, 'CAA', (x) => JSON.stringify({ critical: x.critical, [x.tag]: x.value })));
    else if (t === 'A' || t === 'AAAA' || t === 'CNAME' || t === 'NS' || t === 'TXT') jobs.push(q(label, o.name, t, s));
  }
  if (o.email) {
    jobs.push(q(`SPF ${o.name}`, o.name, 'TXT', s, (v) => /^v=spf1\b/i.test(v)));
    jobs.push(q(`DMARC _dmarc.${o.name}`, `_dmarc.${o.name}`, 'TXT', s, (v) => /^v=DMARC1\b/i.test(v)));
    for (const sel of o.dkimSelectors) jobs.push(q(`DKIM ${sel}._domainkey.${o.name}`, `${sel}._domainkey.${o.name}`, 'TXT', s));
  }
  await Promise.all(jobs);
  if (failures.length) throw new Error(failures.sort().join('; '));
  return snap;
}

/** DNS and SPF/DKIM/DMARC drift against the last known good snapshot (the first good run sets it). */
const dnsProbe: Probe = async (m, env) => {
  if (m.type !== 'dns') throw new Error('not a dns monitor');
  env.allow.assert(`http://${m.domain}/`);
  const started = performance.now();
  let snap: DnsSnapshot;
  try {
    // a fresh probe per run: its answer cache must not outlive the run (drift is the point)
    const dns = new DnsProbe({ ...(env.resolver ? { resolver: env.resolver } : {}), timeoutMs: Math.min(m.timeoutMs, 5000), tries: 2 });
    snap = await dnsSnapshot(dns, { name: m.domain, records: m.records, email: m.email, dkimSelectors: m.dkimSelectors });
  } catch (err) {
    return { ok: false, error: `DNS lookup failed: ${(err as Error).message}` };
  }
  const latencyMs = Math.round(performance.now() - started);
  const key = `dns-baseline:${m.id}`;
  const base = (await env.getState(key)) as DnsSnapshot | undefined;
  if (!base) {
    await env.setState(key, snap);
    return { ok: true, latencyMs, detail: { snapshot: snap, baseline: 'set' } };
  }
  const drift = diffSnapshots(base, snap);
  if (drift.length === 0) return { ok: true, latencyMs, detail: { snapshot: snap } };
  return { ok: false, latencyMs, error: `drift from last known good: ${drift.slice(0, 3).join('; ')}${drift.length > 3 ? ` (+${drift.length - 3})` : ''}`, detail: { snapshot: snap, baseline: base, drift } };
};

export function diffSnapshots(a: DnsSnapshot, b: DnsSnapshot): string[] {
  const out: string[] = [];
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of [...keys].sort()) {
    const x = (a[k] ?? []).join(' | ');
    const y = (b[k] ?? []).join(' | ');
    if (x !== y) out.push(`${k}: ${x || '(none)'} -> ${y || '(none)'}`);
  }
  return out;
}

/** Security regression probe: runAudit with an include filter on the chosen check ids. */
const auditProbe: Probe = async (m, env, signal) => {
  if (m.type !== 'audit') throw new Error('not an audit monitor');
  const runAudit = env.runAudit ?? (await import('../audit/run.js')).runAudit;
  const wanted = new Set(m.checks);
  const started = performance.now();
  try {
    const report = await runAudit({
      config: env.config,
      configDir: env.configDir,
      include: (id) => wanted.has(id),
      signal,
      ...(m.stages ? { stages: m.stages } : {}),
    });
    const latencyMs = Math.round(performance.now() - started);
    const mine = report.findings.filter((f) => wanted.has(f.checkId));
    const failed = mine.filter((f) => f.status === 'fail');
    const errored = mine.filter((f) => f.status === 'error');
    const ran = new Set(mine.map((f) => f.checkId));
    const detail = { failed: failed.map((f) => ({ checkId: f.checkId, id: f.id, title: f.title, severity: f.severity })), errored: errored.map((f) => f.checkId), notRun: m.checks.filter((c) => !ran.has(c)) };
    if (mine.length === 0) return { ok: false, latencyMs, error: `none of the checks ran: ${m.checks.join(', ')} (unknown check id, or its stage is not configured)`, detail };
    if (failed.length) return { ok: false, latencyMs, error: `regression: ${[...new Set(failed.map((f) => f.checkId))].join(', ')} failed`, detail };
    if (errored.length && errored.length === mine.length) return { ok: false, latencyMs, error: `checks could not run: ${[...new Set(errored.map((f) => f.checkId))].join(', ')}`, detail };
    return { ok: true, latencyMs, detail };
  } catch (err) {
    return { ok: false, error: `audit could not run: ${(err as Error).message}` };
  }
};

export const PROBES: Record<ResolvedMonitor['type'], Probe> = {
  http: httpProbe,
  flow: flowProbe,
  webhook: webhookProbe,
  heartbeat: heartbeatProbe,
  tls: tlsProbe,
  dns: dnsProbe,
  audit: auditProbe,
};
