import { createHash } from 'node:crypto';
import { EvidenceMissError } from '../core/evidence.js';
import type { Redactor } from '../core/redact.js';
import { DnsProbe, type DnsAnswer, type DnsProbeOptions, type DnsRecordType } from './dns.js';
import { HttpError, HttpProbe, type HttpExchange, type HttpProbeOptions, type HttpRequest, type HttpResponse } from './http.js';
import { TlsProbe, type SentChain, type TlsHandshake, type TlsLegacyResult, type TlsProbeOptions } from './tls.js';

/**
 * The probe side of `--save-evidence` / `--from-evidence` (issue 20).
 *
 * Recording: every HTTP request of the run (retrievers' and active checks' alike) is kept with its whole capped
 * response, then masked once by the run's redactor when saved. Replay: the same probe classes answer from the
 * saved exchanges, by request key, and never open a socket; a request the saved run did not send fails with
 * "not in saved evidence: GET https://…", which the runner turns into the asking check's `status: error`.
 *
 * The request key is what identifies "the same request" across the two runs: method, URL, headers (minus the
 * user agent) and body, *after masking*, with every masked value reduced to one placeholder. The saved side is
 * masked when written; the replay side carries already-masked tokens (read from masked saved responses) and the
 * config's own secrets, which the replay run's redactor masks; reducing both to the placeholder makes them meet.
 */

export interface SavedExchange {
  key: string;
  checkId: string;
  at: string;
  request: { method: string; url: string; headers: Record<string, string>; body?: string };
  response?: Omit<HttpResponse, 'timings'> & { timings: { totalMs: number; ttfbMs: number } };
  error?: string;
}

const MASKED = /[^\s"'&=;,:]{0,16}…\(fp:[0-9a-f]+\)/g;
/** headers that differ between two runs of the same request and say nothing about it */
const VOLATILE = new Set(['user-agent', 'date', 'traceparent', 'x-request-id']);

export function requestKey(req: { method: string; url: string; headers: Record<string, string>; body?: string }, redactor?: Redactor): string {
  const norm = (s: string) => (redactor ? redactor.redact(s) : s).replace(MASKED, '<masked>');
  const headers = Object.entries(req.headers)
    .map(([k, v]) => [k.toLowerCase(), v] as const)
    .filter(([k]) => !VOLATILE.has(k))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}:${norm(v)}`);
  const body = req.body === undefined ? '' : createHash('sha256').update(norm(req.body)).digest('hex');
  return createHash('sha256').update(`${req.method.toUpperCase()} ${norm(req.url)}\n${headers.join('\n')}\n${body}`).digest('hex').slice(0, 32);
}

function bodyText(body: HttpRequest['body']): string | undefined {
  return body === undefined ? undefined : typeof body === 'string' ? body : body.toString('utf8');
}

/** Every exchange of the run, unmasked in memory until `saved()` masks them. */
export class ExchangeRecorder {
  private readonly raw: SavedExchange[] = [];

  add(x: Omit<SavedExchange, 'key'>): void {
    this.raw.push({ key: '', ...x });
  }

  get size(): number {
    return this.raw.length;
  }

  /** Masked copies with their keys (computed over the masked request, as a replay computes them). */
  saved(redactor: Redactor): SavedExchange[] {
    return this.raw.map((x) => {
      const m = redactor.redactValue({ ...x, key: '' });
      m.key = requestKey(m.request);
      return m;
    });
  }
}

/** HttpProbe that also records every exchange (whole capped response) for --save-evidence. */
export class RecordingHttpProbe extends HttpProbe {
  constructor(
    opts: HttpProbeOptions,
    private readonly recorder: ExchangeRecorder,
  ) {
    super(opts);
  }

  override async request(req: HttpRequest, checkId = '-', signal?: AbortSignal): Promise<HttpResponse> {
    const method = (req.method ?? 'GET').toUpperCase();
    const request = { method, url: req.url, headers: { ...(req.headers ?? {}) }, ...(req.body !== undefined ? { body: bodyText(req.body)! } : {}) };
    const at = new Date().toISOString();
    try {
      const res = await super.request(req, checkId, signal);
      this.recorder.add({ checkId, at, request, response: res });
      return res;
    } catch (err) {
      // refused by the allowlist or the budget: never sent, nothing to replay (the replay refuses it the same way)
      if (err instanceof HttpError) this.recorder.add({ checkId, at, request, error: (err as Error).message });
      throw err;
    }
  }
}

/**
 * The saved exchanges, answered in the order they were seen. Matching, like VCR's: first the exact request key;
 * else the same check's next unconsumed request with the same method and URL (a check that puts a fresh random
 * value in a body or header — a probe username, a nonce — sends "the same" request with other bytes); a key or
 * method+URL whose answers ran out repeats its last answer (the same request, the same answer).
 */
export class ExchangePool {
  private readonly byKey = new Map<string, SavedExchange[]>();
  private readonly byRoute = new Map<string, SavedExchange[]>();
  private readonly used = new Set<SavedExchange>();
  constructor(exchanges: SavedExchange[]) {
    for (const x of exchanges) {
      push(this.byKey, x.key, x);
      push(this.byRoute, `${x.checkId} ${x.request.method.toUpperCase()} ${x.request.url}`, x);
    }
  }

  take(key: string, checkId: string, method: string, url: string): SavedExchange | undefined {
    const exact = this.byKey.get(key);
    const route = this.byRoute.get(`${checkId} ${method} ${url}`);
    // the asking check's own unconsumed answers first (two checks sending one request may have seen different answers)
    const x = exact?.find((e) => !this.used.has(e) && e.checkId === checkId) ?? exact?.find((e) => !this.used.has(e)) ?? route?.find((e) => !this.used.has(e));
    if (x) {
      this.used.add(x);
      return x;
    }
    return exact?.[exact.length - 1] ?? route?.[route.length - 1];
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

/** HttpProbe that answers from saved exchanges and never opens a socket (--from-evidence). */
export class ReplayHttpProbe extends HttpProbe {
  constructor(
    private readonly options: HttpProbeOptions,
    private readonly pool: ExchangePool,
    private readonly redactor: Redactor,
    private readonly onMiss: (what: string) => void = () => undefined,
  ) {
    super(options);
  }

  override async request(req: HttpRequest, checkId = '-', signal?: AbortSignal): Promise<HttpResponse> {
    if (signal?.aborted) throw signal.reason;
    const method = (req.method ?? 'GET').toUpperCase();
    const url = this.allow.assert(req.url);
    this.budget.take(checkId);
    const headers: Record<string, string> = { ...(req.headers ?? {}) };
    const body = bodyText(req.body);
    const key = requestKey({ method, url: url.href, headers, ...(body !== undefined ? { body } : {}) }, this.redactor);
    const x = this.pool.take(key, checkId, method, url.href);
    if (!x) return miss(this.onMiss, `${method} ${url.href}`);
    const exchange: HttpExchange = { at: x.at, checkId, request: { method, url: url.href, headers: x.request.headers } };
    if (x.request.body !== undefined) exchange.request.bodyPreview = x.request.body.slice(0, 2048);
    if (!x.response) {
      exchange.error = x.error ?? 'no response';
      this.options.onExchange?.(exchange);
      throw new HttpError(x.error ?? `${method} ${url.href}: no response (saved run)`);
    }
    const r = x.response;
    exchange.response = { status: r.status, headers: r.headers, bodyPreview: r.body.slice(0, 2048), bodyBytes: r.bodyBytes, ms: Math.round(r.timings.totalMs) };
    this.options.onExchange?.(exchange);
    return { ...r, headers: { ...r.headers }, setCookies: [...r.setCookies], rawHeaders: r.rawHeaders.map((h) => [h[0], h[1]] as [string, string]), timings: { ...r.timings } };
  }
}

/**
 * DNS in replay: every answer the edge, dns and email checks judge is inside a saved retrieval, so a query here
 * means the replay asked for something the saved run did not.
 */
export class ReplayDnsProbe extends DnsProbe {
  constructor(
    opts: DnsProbeOptions = {},
    private readonly onMiss: (what: string) => void = () => undefined,
  ) {
    super(opts);
  }
  override query<T extends DnsRecordType>(name: string, type: T): Promise<DnsAnswer<T>> {
    return miss(this.onMiss, `DNS ${type} ${name.replace(/\.$/, '').toLowerCase()}`);
  }
  override mailauthResolver(): (name: string, type: string) => Promise<unknown[]> {
    return (name, type) => miss(this.onMiss, `DNS ${type} ${name}`);
  }
}

/** TLS in replay: handshakes are saved retrievals; a handshake here is a miss. */
export class ReplayTlsProbe extends TlsProbe {
  constructor(
    opts: TlsProbeOptions,
    private readonly onMiss: (what: string) => void = () => undefined,
  ) {
    super(opts);
  }
  override handshake(host: string, port = 443): Promise<TlsHandshake> {
    return miss(this.onMiss, `TLS handshake ${host}:${port}`);
  }
  override sentChain(host: string, port = 443): Promise<SentChain> {
    return miss(this.onMiss, `TLS certificate chain ${host}:${port}`);
  }
  override legacy(host: string, port = 443): Promise<TlsLegacyResult> {
    return miss(this.onMiss, `TLS legacy protocols ${host}:${port}`);
  }
}

function miss(onMiss: (what: string) => void, what: string): Promise<never> {
  onMiss(what);
  return Promise.reject(new EvidenceMissError(what));
}

/** How stages build probes under --save-evidence (recording) or --from-evidence (replaying). */
export interface EvidenceProbes {
  replaying: boolean;
  /** random values of the API client (recorded / replayed in order, so a replayed request matches the saved one) */
  nonce?: (fresh: () => string) => string;
  http(o: HttpProbeOptions): HttpProbe;
  dns(o: DnsProbeOptions): DnsProbe;
  tls(o: TlsProbeOptions): TlsProbe;
}

export function recordingProbes(recorder: ExchangeRecorder): EvidenceProbes {
  return {
    replaying: false,
    http: (o) => new RecordingHttpProbe(o, recorder),
    dns: (o) => new DnsProbe(o),
    tls: (o) => new TlsProbe(o),
  };
}

export function replayProbes(pool: ExchangePool, redactor: Redactor, onMiss: (what: string) => void): EvidenceProbes {
  return {
    replaying: true,
    http: (o) => new ReplayHttpProbe(o, pool, redactor, onMiss),
    dns: (o) => new ReplayDnsProbe(o, onMiss),
    tls: (o) => new ReplayTlsProbe(o, onMiss),
  };
}
