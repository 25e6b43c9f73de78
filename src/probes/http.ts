import { createSecureContext, type PeerCertificate, type TLSSocket } from 'node:tls';
import { Agent, buildConnector, request as undiciRequest, type Dispatcher } from 'undici';
import { RequestBudget } from '../core/budget.js';
import { LaunchreadyError } from '../core/errors.js';
import { Allowlist, applyConnectTo, resolverLookup, type ConnectToRule } from './net.js';

/**
 * The only HTTP client in launchready. Every request passes, in order: the allowlist, the global budget, the
 * per-host rate limit, then undici with --connect-to/--resolver applied at connect time (so Host, SNI and
 * certificate checks still use the URL's host). Bodies are capped; redirects are never followed silently:
 * checks follow them hop by hop so each hop is checked and shown.
 */

export interface HttpRequest {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  timeoutMs?: number;
  /** bytes of body kept (default 1 MiB); the rest is discarded and `truncated` set */
  maxBodyBytes?: number;
}

export interface HttpResponse {
  url: string;
  method: string;
  status: number;
  headers: Record<string, string>;
  /** every Set-Cookie header, separately */
  setCookies: string[];
  /** header names in order received, original case lost by undici: lower-case */
  rawHeaders: [string, string][];
  body: string;
  bodyBytes: number;
  truncated: boolean;
  timings: { totalMs: number; ttfbMs: number };
  remoteAddress?: string;
}

export interface HttpExchange {
  at: string;
  checkId: string;
  request: { method: string; url: string; headers: Record<string, string>; bodyPreview?: string };
  response?: { status: number; headers: Record<string, string>; bodyPreview: string; bodyBytes: number; ms: number };
  error?: string;
}

export interface HttpProbeOptions {
  allow: Allowlist;
  budget?: RequestBudget;
  /** requests per second per host */
  rate?: number;
  timeoutMs?: number;
  connectTo?: ConnectToRule[];
  /** IP:PORT of a DNS server for every lookup */
  resolver?: string;
  maxBodyBytes?: number;
  /** every exchange, for the evidence log (the writer redacts) */
  onExchange?(x: HttpExchange): void;
  userAgent?: string;
  /** accept certificates that Node does not trust (only for probes that judge the chain themselves) */
  insecure?: boolean;
  connections?: number;
  /** trusted CA certificates (PEM) replacing Node's default store; pass Node's roots + extras (see probes/tls.ts caBundle) */
  ca?: string[];
}

export class HttpError extends LaunchreadyError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('E_HTTP', message, options);
  }
}

const PREVIEW = 2048;

export class HttpProbe {
  readonly allow: Allowlist;
  readonly budget: RequestBudget;
  private readonly agent: Agent;
  private readonly nextSlot = new Map<string, number>();
  private readonly minGapMs: number;
  private closed = false;

  constructor(private readonly opts: HttpProbeOptions) {
    this.allow = opts.allow;
    this.budget = opts.budget ?? new RequestBudget(Number.MAX_SAFE_INTEGER);
    this.minGapMs = opts.rate ? 1000 / opts.rate : 0;
    const rules = opts.connectTo ?? [];
    const lookup = opts.resolver ? resolverLookup(opts.resolver) : undefined;
    const base = buildConnector({
      rejectUnauthorized: !opts.insecure,
      ...(lookup ? { lookup } : {}),
      // one SecureContext for every connection: building one per connection parses every root CA again
      ...(opts.ca ? { secureContext: createSecureContext({ ca: opts.ca }) } : {}),
    } as buildConnector.BuildOptions);
    const connect: buildConnector.connector = (o, cb) => {
      const port = Number(o.port) || (o.protocol === 'https:' ? 443 : 80);
      const target = applyConnectTo(rules, o.hostname, port);
      // servername stays the URL's host: SNI and certificate checks use H1, as curl does.
      const servername = o.servername ?? (isIpLiteral(o.hostname) ? undefined : o.hostname);
      base({ ...o, hostname: target.host, host: target.host, port: String(target.port), servername } as buildConnector.Options, cb);
    };
    this.agent = new Agent({ connect, connections: opts.connections ?? 16, keepAliveTimeout: 4000, pipelining: 1 });
  }

  /** The dispatcher, for code (monitor) that drives undici directly with the same targeting. */
  get dispatcher(): Dispatcher {
    return this.agent;
  }

  private async pace(host: string): Promise<void> {
    if (this.minGapMs <= 0) return;
    const now = Date.now();
    const slot = Math.max(now, this.nextSlot.get(host) ?? 0);
    this.nextSlot.set(host, slot + this.minGapMs);
    if (slot > now) await new Promise((r) => setTimeout(r, slot - now));
  }

  async request(req: HttpRequest, checkId = '-', signal?: AbortSignal): Promise<HttpResponse> {
    if (this.closed) throw new HttpError('HTTP probe is closed');
    const method = (req.method ?? 'GET').toUpperCase();
    const url = this.allow.assert(req.url);
    this.budget.take(checkId);
    await this.pace(url.host);
    const headers: Record<string, string> = { 'user-agent': this.opts.userAgent ?? 'launchready/0.1 (+launch audit)', ...req.headers };
    const exchange: HttpExchange = {
      at: new Date().toISOString(),
      checkId,
      request: { method, url: url.href, headers },
    };
    if (req.body !== undefined) exchange.request.bodyPreview = String(req.body).slice(0, PREVIEW);
    const started = performance.now();
    const timeoutMs = req.timeoutMs ?? this.opts.timeoutMs ?? 10_000;
    const maxBody = req.maxBodyBytes ?? this.opts.maxBodyBytes ?? 1024 * 1024;
    const timeout = AbortSignal.timeout(timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    try {
      const send = () =>
        undiciRequest(url, {
          method: method as Dispatcher.HttpMethod,
          headers,
          body: req.body,
          dispatcher: this.agent,
          signal: combined,
          headersTimeout: timeoutMs,
          bodyTimeout: timeoutMs,
        });
      let res: Dispatcher.ResponseData;
      try {
        res = await send();
      } catch (err) {
        // A kept-alive socket the server closed as we reused it (the classic keep-alive race) fails before any
        // response byte: send once more on a fresh connection, charged to the budget like any request.
        if (!isStaleSocket(err) || combined.aborted) throw err;
        this.budget.take(checkId);
        res = await send();
      }
      const ttfb = performance.now() - started;
      const chunks: Buffer[] = [];
      let bytes = 0;
      let kept = 0;
      let truncated = false;
      for await (const chunk of res.body as AsyncIterable<Buffer>) {
        bytes += chunk.length;
        if (kept < maxBody) {
          const take = chunk.subarray(0, maxBody - kept);
          chunks.push(take);
          kept += take.length;
        }
        if (bytes > maxBody) {
          truncated = true;
          res.body.destroy();
          break;
        }
      }
      const flat: Record<string, string> = {};
      const raw: [string, string][] = [];
      const setCookies: string[] = [];
      for (const [k, v] of Object.entries(res.headers)) {
        const values = Array.isArray(v) ? v : v === undefined ? [] : [v];
        for (const one of values) raw.push([k, one]);
        if (k === 'set-cookie') setCookies.push(...values);
        flat[k] = values.join(k === 'set-cookie' ? '\n' : ', ');
      }
      const body = Buffer.concat(chunks).toString('utf8');
      const totalMs = performance.now() - started;
      exchange.response = { status: res.statusCode, headers: flat, bodyPreview: body.slice(0, PREVIEW), bodyBytes: bytes, ms: Math.round(totalMs) };
      this.opts.onExchange?.(exchange);
      return {
        url: url.href,
        method,
        status: res.statusCode,
        headers: flat,
        setCookies,
        rawHeaders: raw,
        body,
        bodyBytes: bytes,
        truncated,
        timings: { totalMs, ttfbMs: ttfb },
      };
    } catch (err) {
      const reason = timeout.aborted ? `timed out after ${timeoutMs} ms` : describeNetError(err);
      exchange.error = reason;
      this.opts.onExchange?.(exchange);
      throw new HttpError(`${method} ${url.href}: ${reason}`, { cause: err });
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.agent.close();
  }
}

/** Connection reset or closed by the server before any response byte (not a timeout, not a refused connect). */
export function isStaleSocket(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } };
  const code = e?.code ?? e?.cause?.code;
  return code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE';
}

function isIpLiteral(h: string): boolean {
  return /^[0-9.]+$/.test(h) || h.includes(':');
}

export function describeNetError(err: unknown): string {
  const e = err as { code?: string; message?: string; cause?: { code?: string; message?: string } };
  const code = e?.cause?.code ?? e?.code;
  const msg = e?.cause?.message ?? e?.message ?? String(err);
  switch (code) {
    case 'ECONNREFUSED':
      return `connection refused (${msg})`;
    case 'ENOTFOUND':
      return `host not found in DNS (${msg})`;
    case 'ECONNRESET':
      return `connection reset (${msg})`;
    case 'CERT_HAS_EXPIRED':
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'SELF_SIGNED_CERT_IN_CHAIN':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return `TLS certificate rejected: ${code} (${msg})`;
    default:
      return code ? `${code}: ${msg}` : msg;
  }
}

export type { PeerCertificate, TLSSocket };
