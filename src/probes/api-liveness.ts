import { BudgetExceededError } from '../core/errors.js';
import { buildCurl } from './api-curl.js';
import type { HttpExchange, HttpProbe } from './http.js';

/**
 * Target liveness and per-check traffic for the API stage. Every exchange of the stage passes through
 * `observe()` (the HttpProbe's onExchange hook), budget refusals through `refused()`. From that:
 * - traffic per check (answered / failed / rate-limited / refused by the budget), so the stage can refuse a
 *   "pass" from a check that never got an answer (issue 12: after Juice Shop crashed, checks still passed on
 *   requests that had all failed);
 * - liveness: after a burst of 5xx answers or dropped connections, one health request (single flight) asks
 *   whether the target still answers; when it does not, the request that took it down is kept (the exchange
 *   whose connection dropped first, else the last 5xx or answer before the first refused connection), the
 *   stage waits for recovery within a bound, and from then on requests fail fast and later checks do not run.
 */

export interface CheckTraffic {
  /** requests that got an HTTP answer (not 429, not a gateway 502/503/504) */
  answered: number;
  /** network errors: refused, reset, timed out */
  failed: number;
  /** answered 429 */
  limited: number;
  /** answered 502/503/504 (a proxy in front of a backend that is not there) */
  gateway: number;
  /** refused by the request budget before sending */
  refused: number;
  lastError?: string;
}

export interface Crash {
  /** the request that (most likely) took the target down */
  exchange: HttpExchange;
  /** every other request in flight when the connection dropped */
  alsoInFlight: string[];
  /** single: its connection dropped and no other; inferred: the last answer before refused connections */
  confidence: 'single' | 'inferred' | 'several';
  detectedAt: number;
  recoveredAfterMs?: number;
  curl: string;
}

export interface LivenessOptions {
  /** one health request: resolves true when the target answers at all (any status below 502) */
  ping(): Promise<boolean>;
  /** how long to wait for a target that went down to answer again */
  recoveryMs: number;
  pollMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

const DROPPED = /socket hang up|other side closed|ECONNRESET|connection reset|UND_ERR_SOCKET|terminated/i;
const REFUSED = /ECONNREFUSED|connection refused|EHOSTUNREACH|ENETUNREACH|ECONNABORTED/i;
const CREDENTIAL = /^(authorization|cookie|x-api-key|api-key|x-auth-token|x-access-token)$/i;

export class TargetWatch {
  readonly traffic = new Map<string, CheckTraffic>();
  readonly crashes: Crash[] = [];
  /** health requests that got an answer / did not */
  readonly health = { ok: 0, down: 0 };
  /** set when the target went down and did not come back within the bound */
  dead: { since: number; reason: string } | undefined;
  /** checks the stage did not start because the target was down */
  readonly notRun: string[] = [];
  /** the request blamed for the last crash (in-flight requests other than it may be resent after recovery) */
  lastCulprit: HttpExchange | undefined;
  /** when the current run of connection failures began (undefined while the target answers) */
  failingSince: number | undefined;
  /** the target answered at least once: only then can a request have taken it down */
  private everAnswered = false;
  private readonly recent: (HttpExchange & { doneAt: number })[] = [];
  private checking: Promise<boolean> | undefined;
  private lastCheck = 0;
  private streak = 0;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly opts: LivenessOptions) {
    this.now = opts.now ?? Date.now;
    this.sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  }

  private of(checkId: string): CheckTraffic {
    let t = this.traffic.get(checkId);
    if (!t) this.traffic.set(checkId, (t = { answered: 0, failed: 0, limited: 0, gateway: 0, refused: 0 }));
    return t;
  }

  observe(x: HttpExchange): void {
    if (x.checkId === LIVENESS_ID) return;
    const t = this.of(x.checkId);
    const status = x.response?.status;
    if (status === undefined) {
      t.failed++;
      t.lastError = x.error ?? 'no answer';
      // A request cancelled on our side (check timeout) says nothing about the target.
      if (/aborted|AbortError|timed out/i.test(t.lastError)) return;
    } else if (status === 429) t.limited++;
    else if (status === 502 || status === 503 || status === 504) {
      t.gateway++;
      t.lastError = `HTTP ${status}`;
    } else t.answered++;
    if (status !== undefined && status < 502) this.everAnswered = true;
    this.recent.push({ ...x, doneAt: this.now() });
    if (this.recent.length > 64) this.recent.shift();
    const bad = status === undefined || status >= 500;
    this.streak = bad ? this.streak + 1 : 0;
    // One dropped or refused connection is enough to ask; 5xx answers only as a burst (an error-handling probe
    // that gets one 500 is normal), and never more often than every 2 s.
    if (status === undefined && (DROPPED.test(x.error ?? '') || REFUSED.test(x.error ?? ''))) this.failingSince ??= this.now();
    else if (status !== undefined && status < 502) this.failingSince = undefined;
    const suspicious = (status === undefined && (DROPPED.test(x.error ?? '') || REFUSED.test(x.error ?? ''))) || (status !== undefined && status >= 500 && this.streak >= 4);
    if (suspicious && !this.dead && this.now() - this.lastCheck > 2000) void this.check();
  }

  /** a request not sent because the target is dead: a failure for that check (it learned nothing) */
  notSent(checkId: string): void {
    const t = this.of(checkId);
    t.failed++;
    t.lastError = this.dead?.reason ?? 'target down';
  }

  refused(checkId: string, reason: string): void {
    const t = this.of(checkId);
    t.refused++;
    t.lastError = reason;
  }

  /** the health check in progress, if any */
  get pending(): Promise<boolean> | undefined {
    return this.checking;
  }

  /** Does the target answer now? Single flight; records a crash on the first failed answer after live traffic. */
  check(): Promise<boolean> {
    if (this.dead) return Promise.resolve(false);
    this.checking ??= (async () => {
      this.lastCheck = this.now();
      // eslint-disable-next-line launchready/no-swallowed-error -- a ping that fails is the answer "not alive": the watch counts it and names the target down
      const alive = await this.opts.ping().catch(() => false);
      if (alive) {
        this.health.ok++;
        this.failingSince = undefined;
        return true;
      }
      this.health.down++;
      const started = this.now();
      let back = false;
      const poll = this.opts.pollMs ?? 1000;
      // Let the requests that were in flight report their failure first: the culprit is among them.
      await this.sleep(Math.min(poll, 300));
      const crash = this.everAnswered ? this.culprit() : undefined;
      this.lastCulprit = crash?.exchange;
      while (this.now() - started < this.opts.recoveryMs) {
        await this.sleep(poll);
        // eslint-disable-next-line launchready/no-swallowed-error -- a ping that fails means "not back yet"
        if (await this.opts.ping().catch(() => false)) {
          back = true;
          break;
        }
      }
      if (crash) {
        if (back) crash.recoveredAfterMs = this.now() - started;
        this.crashes.push(crash);
      }
      if (back) {
        this.health.ok++;
        this.streak = 0;
        this.failingSince = undefined;
        return true;
      }
      this.dead = { since: started, reason: !this.everAnswered ? `the target never answered (GET of the base URL and every request failed) within ${Math.round(this.opts.recoveryMs / 1000)} s` : `the target stopped answering${crash ? ` after ${crash.exchange.request.method} ${pathOf(crash.exchange.request.url)}` : ''} and did not come back within ${Math.round(this.opts.recoveryMs / 1000)} s` };
      return false;
    })().finally(() => {
      this.checking = undefined;
    });
    return this.checking;
  }

  /**
   * The request that took the target down: the only one whose connection dropped (the server died while handling
   * it); with several, the first of them (the others were in flight); with none, the last request that got an
   * answer before connections were refused (a crash after answering, e.g. an async exception after the 500).
   */
  private culprit(): Crash | undefined {
    const failed = (x: HttpExchange) => !x.response && (DROPPED.test(x.error ?? '') || REFUSED.test(x.error ?? ''));
    const first = this.recent.find(failed);
    // In flight when the first connection failed: started before that failure was seen. (A request whose kept-alive
    // socket dropped is retried once on a fresh connection by the probe and then shows as refused: both count.)
    const inFlight = first ? this.recent.filter((x) => failed(x) && Date.parse(x.at) <= first.doneAt) : [];
    let pick: HttpExchange | undefined;
    let confidence: Crash['confidence'];
    if (inFlight.length >= 1) {
      // A dying process drops every open connection, so the killer is one of several: the most unusual one wins
      // (a body that does not parse as its declared type, then any body, then any write), else the first.
      pick = [...inFlight].sort((a, b) => suspicion(b) - suspicion(a))[0]!;
      confidence = inFlight.length === 1 ? 'single' : 'several';
    } else {
      const window = first ? this.recent.slice(0, this.recent.indexOf(first)) : this.recent;
      pick = [...window].reverse().find((x) => x.response && x.response.status >= 500) ?? [...window].reverse().find((x) => x.response);
      confidence = 'inferred';
    }
    const dropped = inFlight;
    if (!pick) return undefined;
    const credentialHeaders = Object.fromEntries(Object.keys(pick.request.headers).filter((h) => CREDENTIAL.test(h)).map((h) => [h.toLowerCase(), 'LAUNCHREADY_TOKEN']));
    const curl = buildCurl({ method: pick.request.method, url: pick.request.url, headers: pick.request.headers, ...(pick.request.bodyPreview !== undefined ? { body: pick.request.bodyPreview } : {}), credentialHeaders });
    return {
      exchange: pick,
      alsoInFlight: dropped.filter((x) => x !== pick).map((x) => `${x.request.method} ${pathOf(x.request.url)} (${x.checkId})`),
      confidence,
      detectedAt: this.now(),
      curl,
    };
  }

  /** Why a check's "pass" is not one: no request of its own (or of discovery, when it sent none) got an answer. */
  unprobed(checkId: string, shared: string[] = []): string | undefined {
    const own = this.traffic.get(checkId);
    const sum = (ids: string[]) => {
      const s = { answered: 0, failed: 0, limited: 0, gateway: 0, refused: 0, lastError: undefined as string | undefined };
      for (const id of ids) {
        const t = this.traffic.get(id);
        if (!t) continue;
        s.answered += t.answered;
        s.failed += t.failed;
        s.limited += t.limited;
        s.gateway += t.gateway;
        s.refused += t.refused;
        s.lastError ??= t.lastError;
      }
      return s;
    };
    const sent = (t: CheckTraffic | undefined) => !!t && t.answered + t.failed + t.limited + t.gateway + t.refused > 0;
    const s = sent(own) ? sum([checkId]) : sum(shared);
    const total = s.answered + s.failed + s.limited + s.gateway + s.refused;
    if (total === 0 || s.answered > 0) return undefined;
    const parts: string[] = [];
    if (s.failed) parts.push(`${s.failed} failed (${s.lastError ?? 'no answer'})`);
    if (s.limited) parts.push(`${s.limited} rate-limited (HTTP 429)`);
    if (s.gateway) parts.push(`${s.gateway} answered by a gateway without its backend (502/503/504)`);
    if (s.refused) parts.push(`${s.refused} refused by the request budget`);
    return `no request ${sent(own) ? 'of this check' : 'it relies on'} got an answer from the target: ${parts.join(', ')}`;
  }
}

/** Input shaped to break a parser or router: a body that does not parse as its declared type, an injection-shaped URL. */
function malformed(method: string, rawUrl: string, body: string | undefined, contentType: string): boolean {
  let url = rawUrl;
  try {
    url = decodeURIComponent(rawUrl);
  } catch {
    return true;
  }
  if (/['"<>{}\u0000`]|\.\.\/|%00/.test(url.replace(/^https?:\/\/[^/]+/, '')) || url.length > 2000) return true;
  if (body !== undefined && body.length > 0 && /json/i.test(contentType) && body.length < 2048 && method !== 'GET') {
    try {
      JSON.parse(body);
    } catch {
      return true;
    }
  }
  return false;
}

const contentTypeOf = (headers: Record<string, string> | undefined) => Object.entries(headers ?? {}).find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? '';

function suspicion(x: HttpExchange): number {
  const body = x.request.bodyPreview;
  let n = x.request.method === 'GET' || x.request.method === 'HEAD' ? 0 : 1;
  if (body !== undefined && body.length > 0) n += 2;
  // Malformed input (quotes, angle brackets, braces, NUL in the URL; a body that does not parse) is what crashes
  // parsers and routers.
  if (malformed(x.request.method, x.request.url, body, contentTypeOf(x.request.headers))) n += 5;
  return n;
}

export const LIVENESS_ID = 'api/availability';

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

/**
 * Route the stage's probe through the watch: budget refusals are counted per check, and once the target is dead
 * every request fails at once with the reason instead of waiting for a timeout per request.
 */
export function watchProbe(http: HttpProbe, watch: TargetWatch): void {
  const send = http.request.bind(http);
  http.request = async (req, checkId = '-', signal) => {
    // While a health check (and a recovery wait) runs, new requests wait for its verdict instead of failing on a
    // target that is restarting.
    if (checkId !== LIVENESS_ID && watch.pending) await watch.pending;
    if (watch.dead && checkId !== LIVENESS_ID) {
      watch.notSent(checkId);
      throw new TargetDownError(`not sent: ${watch.dead.reason}`);
    }
    // A route that a malformed request already took down gets no more malformed probes: one more crash teaches
    // nothing and costs a restart each time (18 injection probes to one crashing export route: 82 s on a 4 s
    // supervisor). Well-formed requests to it still go.
    if (checkId !== LIVENESS_ID && watch.crashes.length) {
      const method = (req.method ?? 'GET').toUpperCase();
      const path = pathOf(req.url);
      const body = req.body === undefined ? undefined : String(req.body);
      if (watch.crashes.some((c) => c.exchange.request.method.toUpperCase() === method && sameRoute(pathOf(c.exchange.request.url), path)) && malformed(method, req.url, body, contentTypeOf(req.headers))) {
        watch.notSent(checkId);
        throw new TargetDownError(`not sent: a malformed ${method} ${path} already took the target down; the route gets no more malformed probes`);
      }
    }
    const started = Date.now();
    try {
      return await send(req, checkId, signal);
    } catch (err) {
      if (err instanceof BudgetExceededError) watch.refused(checkId, err.message);
      // A request that started after the target had already stopped answering was refused without reaching it
      // (whatever the method) and cannot be what took it down: once the health check says the target is back (a
      // supervisor restarted it), send it again, once. Requests in flight at the crash are never resent: one of
      // them is the culprit.
      const since = watch.failingSince;
      const message = (err as Error).message;
      if (checkId === LIVENESS_ID || signal?.aborted || since === undefined || !(REFUSED.test(message) || DROPPED.test(message))) throw err;
      const method = (req.method ?? 'GET').toUpperCase();
      const after = started > since && REFUSED.test(message);
      // In flight at the crash: resent only when idempotent (it may have been half-processed) and not the culprit.
      // Malformed requests are never resent: several of them may be in flight and only one is blamed.
      const inFlight = !after && ['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH'].includes(method) && !malformed(method, req.url, req.body === undefined ? undefined : String(req.body), contentTypeOf(req.headers));
      if (!after && !inFlight) throw err;
      if (!(await (watch.pending ?? watch.check()))) throw err;
      const c = watch.lastCulprit;
      if (!after && (!c || (c.request.method === method && c.request.url === new URL(req.url).href && (c.request.bodyPreview ?? '') === String(req.body ?? '').slice(0, c.request.bodyPreview?.length ?? 0)))) throw err;
      return send(req, checkId, signal);
    }
  };
}

export class TargetDownError extends Error {}

/**
 * Two concrete paths of one route: as many segments, at most one differing (the id: `/reports/71'/export` and
 * `/reports/%27%22/export` are one route).
 */
export function sameRoute(a: string, b: string): boolean {
  const x = a.split('/');
  const y = b.split('/');
  if (x.length !== y.length) return false;
  let diff = 0;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i] && ++diff > 1) return false;
  return true;
}
