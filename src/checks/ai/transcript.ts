import { randomBytes } from 'node:crypto';
import type { AiEndpoint } from '../../core/config/sections/ai.js';
import type { CheckContext } from '../../core/check.js';
import type { HttpRequest } from '../../probes/http.js';
import { fillCalls, fillString, fillTemplate as fillDeep, getPath, placeholders } from '../../core/template.js';
import { toolOutcome, toolResultsById } from './detect.js';
import { EXFIL_HOST, PAYLOADS, SEED_INJECTIONS } from './payloads.js';
import type { AiCanary, AiErrorProbe, AiExchange, AiLimitsEvidence, AiProbes, AiTarget, AiTranscript, Payload, ToolCallSeen } from './types.js';

/**
 * The retriever of the ai area (Observatory's pattern): the whole eval pack is sent once per endpoint and the
 * transcript shared through ctx.evidence; each ai check is then a pure function of that transcript.
 */

/** Payloads for an endpoint: the built-in pack minus `payloads.skip`, plus `payloads.extra`. */
export function payloadsFor(e: AiEndpoint): Payload[] {
  const skip = new Set(e.payloads.skip);
  return [...PAYLOADS.filter((p) => !skip.has(p.id)), ...(e.payloads.extra as Payload[])];
}

export interface FillVars {
  marker: string;
  otherUser: string;
  canaryUrl?: string;
  canaryUrlLocalhost?: string;
  exfilUrl?: string;
}

/** Placeholders: {{marker}}, {{otherUser}}, {{canaryUrl}}, {{canaryUrlLocalhost}}, {{exfilUrl}}, {{b64:text}}. */
export function fillPayload(p: Payload | string, marker: string | FillVars, otherUser = 'another customer'): string {
  const v: FillVars = typeof marker === 'string' ? { marker, otherUser } : marker;
  let text = typeof p === 'string' ? p : p.input;
  text = fillString(text, { marker: v.marker, otherUser: v.otherUser, canaryUrl: v.canaryUrl ?? '', canaryUrlLocalhost: v.canaryUrlLocalhost ?? '', exfilUrl: v.exfilUrl ?? `https://${EXFIL_HOST}/p` });
  return fillCalls(text, { b64: (inner) => Buffer.from(inner).toString('base64') });
}

/** `{{input}}` in every string of a request template (the one template grammar, src/core/template.ts). */
function fillValue(v: unknown, input: string): unknown {
  return fillDeep(v, { input });
}

/** The request body for one payload, per the endpoint's template and format. */
export function buildBody(e: AiEndpoint, input: string): { body: string; contentType: string } {
  if (typeof e.request === 'string') {
    // the input is encoded for the body's format before it is filled in
    if (e.format === 'json') return { body: fillString(e.request, { input: JSON.stringify(input).slice(1, -1) }), contentType: 'application/json' };
    if (e.format === 'form') return { body: fillString(e.request, { input: encodeURIComponent(input) }), contentType: 'application/x-www-form-urlencoded' };
    return { body: fillString(e.request, { input }), contentType: 'text/plain; charset=utf-8' };
  }
  const filled = fillValue(e.request, input) as Record<string, unknown>;
  if (e.format === 'form') {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(filled)) params.set(k, typeof v === 'string' ? v : JSON.stringify(v));
    return { body: params.toString(), contentType: 'application/x-www-form-urlencoded' };
  }
  return { body: JSON.stringify(filled), contentType: 'application/json' };
}

/** A GET endpoint's URL for one input: the template's fields become query parameters. */
export function buildGetUrl(e: AiEndpoint, input: string, extraQuery: Record<string, string> = {}): string {
  const u = new URL(e.url);
  if (typeof e.request === 'string') {
    for (const [k, v] of new URLSearchParams(fillString(e.request, { input: encodeURIComponent(input) }))) u.searchParams.set(k, v);
  } else {
    for (const [k, v] of Object.entries(fillValue(e.request, input) as Record<string, unknown>)) u.searchParams.set(k, typeof v === 'string' ? v : JSON.stringify(v));
  }
  for (const [k, v] of Object.entries(extraQuery)) u.searchParams.set(k, v);
  return u.href;
}

/** `choices.0.message.content` over parsed JSON: the one JSON path (src/core/template.ts). */
export { getPath as jsonPath } from '../../core/template.js';

function asText(v: unknown): string {
  if (v === undefined || v === null) return '';
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** Tool calls from an array of `{ name }`, `{ function: { name } }` or `{ tool }` objects (OpenAI, Anthropic, custom), with outcomes. */
export function toolCallsOf(v: unknown, outcomePath?: string, results?: Map<string, { outcome: ToolCallSeen['outcome']; raw?: string }>): ToolCallSeen[] {
  if (!Array.isArray(v)) return [];
  const out: ToolCallSeen[] = [];
  for (const c of v) {
    if (typeof c === 'string') out.push({ name: c, outcome: 'unknown' });
    else if (c && typeof c === 'object') {
      const o = c as Record<string, unknown>;
      const fn = o.function as Record<string, unknown> | undefined;
      const n = o.name ?? fn?.name ?? o.tool ?? o.tool_name;
      if (typeof n === 'string') {
        let oc = toolOutcome(c, outcomePath);
        const id = typeof o.id === 'string' ? o.id : undefined;
        if (oc.outcome === 'unknown' && id && results?.has(id)) oc = results.get(id)!;
        out.push({ name: n, outcome: oc.outcome, ...(oc.raw ? { raw: oc.raw } : {}) });
      }
    }
  }
  return out;
}

/** Tool names only (older readers and tests). */
export function toolNames(v: unknown): string[] {
  return toolCallsOf(v).map((t) => t.name);
}

function num(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (v && typeof v === 'object') {
    // { input_tokens, output_tokens } (Anthropic) or { prompt_tokens, completion_tokens } without a total
    const o = v as Record<string, unknown>;
    const parts = ['input_tokens', 'output_tokens', 'prompt_tokens', 'completion_tokens'].map((k) => o[k]).filter((x): x is number => typeof x === 'number');
    if (parts.length) return parts.reduce((a, b) => a + b, 0);
  }
  if (typeof v === 'string' && /^\d+$/.test(v)) return Number(v);
  return undefined;
}

export interface ParsedReply {
  reply: string;
  toolCalls: string[];
  tools: ToolCallSeen[];
  rendered?: string;
  usage?: number;
  error?: string;
}

/**
 * Reply text and tool calls from a response body: JSON (path applied), server-sent events (each `data:` JSON
 * chunk's path value concatenated, as streaming chat APIs send them) or plain text when no path is set.
 */
export function parseReply(e: AiEndpoint, body: string, contentType = ''): ParsedReply {
  if (/text\/event-stream/i.test(contentType) || /^data:/m.test(body.slice(0, 200))) {
    let reply = '';
    const tools: ToolCallSeen[] = [];
    let usage: number | undefined;
    for (const line of body.split(/\r?\n/)) {
      const m = /^data:\s?(.*)$/.exec(line);
      if (!m || m[1] === '[DONE]') continue;
      try {
        const j = JSON.parse(m[1]!) as unknown;
        reply += asText(getPath(j, e.response));
        if (e.toolCalls) tools.push(...toolCallsOf(getPath(j, e.toolCalls), e.toolOutcome));
        if (e.usage) usage = num(getPath(j, e.usage)) ?? usage;
      } catch {
        reply += m[1];
      }
    }
    return { reply, tools, toolCalls: tools.map((t) => t.name), ...(usage !== undefined ? { usage } : {}) };
  }
  if (!e.response && !e.toolCalls && !e.render && !e.usage) return { reply: body, toolCalls: [], tools: [] };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { reply: body, toolCalls: [], tools: [], error: `response is not JSON, so path "${e.response}" cannot apply` };
  }
  const r = getPath(json, e.response);
  const tools = e.toolCalls ? toolCallsOf(getPath(json, e.toolCalls), e.toolOutcome, toolResultsById(json)) : [];
  const out: ParsedReply = { reply: asText(r), tools, toolCalls: tools.map((t) => t.name) };
  if (e.render) {
    const h = getPath(json, e.render);
    if (typeof h === 'string') out.rendered = h;
  }
  if (e.usage) {
    const u = num(getPath(json, e.usage));
    if (u !== undefined) out.usage = u;
  }
  if (r === undefined && e.response) out.error = `response has no "${e.response}"`;
  return out;
}

interface SendOpts {
  checkId?: string;
  signal?: AbortSignal;
  /** a raw body instead of the template (error probes) */
  rawBody?: { body: string; contentType: string };
  /** a raw GET URL instead of the template (error probes) */
  rawUrl?: string;
  /** skip pacing (the burst of ai/resource-limits) */
  noPace?: boolean;
}

/** One request to the endpoint with the identity's credentials, paced under the declared quota. */
export async function sendToEndpoint(e: AiEndpoint, probes: AiProbes, input: string, opts: SendOpts = {}): Promise<{ status: number; body: string; headers: Record<string, string> }> {
  const auth = probes.auth ? await probes.auth(e, opts.checkId ?? 'ai/transcript') : undefined;
  if (!opts.noPace && probes.pace) await probes.pace(e, opts.signal);
  const headers = { ...(auth?.headers ?? {}), ...e.headers };
  let req: HttpRequest;
  if (e.method === 'GET') {
    req = { url: opts.rawUrl ?? buildGetUrl(e, input, auth?.query), method: 'GET', headers, timeoutMs: e.timeoutMs };
  } else {
    const { body, contentType } = opts.rawBody ?? buildBody(e, input);
    const url = new URL(e.url);
    for (const [k, v] of Object.entries(auth?.query ?? {})) url.searchParams.set(k, v);
    req = { url: url.href, method: e.method, headers: { 'content-type': contentType, ...headers }, body, timeoutMs: e.timeoutMs };
  }
  const res = await probes.http.request(req, opts.checkId, opts.signal);
  return { status: res.status, body: res.body, headers: res.headers };
}

/**
 * A 429 from the endpoint: wait as its Retry-After says (at most 30 s; 2 s when it says nothing) and try again, at
 * most twice per payload. An endpoint that keeps refusing leaves the exchange in error: its class is then
 * "incomplete", never a pass.
 */
async function sendWithRetry(e: AiEndpoint, probes: AiProbes, input: string, opts: SendOpts): Promise<{ status: number; body: string; headers: Record<string, string> }> {
  let res = await sendToEndpoint(e, probes, input, opts);
  for (let attempt = 0; attempt < 2 && res.status === 429 && !opts.signal?.aborted; attempt++) {
    const ra = Number(res.headers['retry-after']);
    const waitMs = Number.isFinite(ra) && ra >= 0 ? Math.min(30_000, ra * 1000) : 2000;
    await new Promise((r) => setTimeout(r, waitMs));
    res = await sendToEndpoint(e, probes, input, opts);
  }
  return res;
}

async function exchange(e: AiEndpoint, probes: AiProbes, p: Payload, input: string, opts: SendOpts & { seed?: string; canaryTokens?: string[] }): Promise<AiExchange> {
  const x: AiExchange = { payload: p, input, reply: '', tools: [], toolCalls: [], ...(opts.seed ? { seed: opts.seed } : {}), ...(opts.canaryTokens?.length ? { canaryTokens: opts.canaryTokens } : {}) };
  if (opts.signal?.aborted) {
    x.error = 'cancelled';
    return x;
  }
  try {
    const res = await sendWithRetry(e, probes, input, opts);
    x.status = res.status;
    x.headers = res.headers;
    const parsed = parseReply(e, res.body, res.headers['content-type'] ?? '');
    x.reply = parsed.reply;
    x.tools = parsed.tools;
    x.toolCalls = parsed.toolCalls;
    if (parsed.rendered !== undefined) x.rendered = parsed.rendered;
    if (parsed.usage !== undefined) x.usage = parsed.usage;
    if (res.status === 429) x.error = 'HTTP 429 (rate limited: declare ai.endpoints[].quota so the pack paces itself)';
    else if (res.status >= 400) {
      x.error = `HTTP ${res.status}`;
      x.errorBody = res.body.slice(0, 4000);
    } else if (parsed.error) x.error = parsed.error;
  } catch (err) {
    x.error = (err as Error).message;
  }
  return x;
}

/** Plant content (a seed step), then ask the question that makes the model read it. */
async function seeded(e: AiEndpoint, probes: AiProbes, seed: AiEndpoint['seed'][number], p: Payload, vars: FillVars, opts: SendOpts): Promise<AiExchange> {
  const inject = fillPayload(p, vars);
  const fail = (error: string): AiExchange => ({ payload: p, input: seed.query, reply: '', tools: [], toolCalls: [], seed: seed.id, error });
  try {
    const auth = probes.auth ? await probes.auth(e, opts.checkId ?? 'ai/transcript') : undefined;
    if (probes.pace) await probes.pace(e, opts.signal);
    const body = fillValue(seed.request.body, '') as Record<string, unknown>;
    const filled = JSON.parse(fillString(JSON.stringify(body), { inject: JSON.stringify(inject).slice(1, -1) })) as Record<string, unknown>;
    const isForm = seed.request.format === 'form';
    const res = await probes.http.request(
      {
        url: seed.request.url,
        method: seed.request.method,
        headers: { 'content-type': isForm ? 'application/x-www-form-urlencoded' : 'application/json', ...(auth?.headers ?? {}), ...e.headers, ...seed.request.headers },
        body: isForm ? new URLSearchParams(Object.entries(filled).map(([k, v]): [string, string] => [k, typeof v === 'string' ? v : JSON.stringify(v)])).toString() : JSON.stringify(filled),
        timeoutMs: e.timeoutMs,
      },
      opts.checkId,
      opts.signal,
    );
    if (res.status >= 400) return fail(`seed "${seed.id}" (${seed.request.method} ${seed.request.url}) answered HTTP ${res.status}`);
  } catch (err) {
    return fail(`seed "${seed.id}" (${seed.request.method} ${seed.request.url}) failed: ${(err as Error).message}`);
  }
  const x = await exchange(e, probes, p, seed.query, { ...opts, seed: seed.id });
  // the planted text, for quoted-as-data judgement
  x.input = `${seed.query}\n[planted by seed ${seed.id}: ${inject}]`;
  return x;
}

async function errorProbes(e: AiEndpoint, probes: AiProbes, opts: SendOpts): Promise<AiErrorProbe[]> {
  const kinds: { kind: AiErrorProbe['kind']; o: SendOpts; input: string }[] = [];
  if (e.method === 'GET') {
    const u = new URL(e.url);
    kinds.push({ kind: 'missing-input', o: { rawUrl: u.href }, input: '' });
    kinds.push({ kind: 'empty-input', o: {}, input: '' });
  } else {
    kinds.push({ kind: 'invalid-json', o: { rawBody: { body: '{"', contentType: e.format === 'json' ? 'application/json' : 'application/x-www-form-urlencoded' } }, input: '' });
    kinds.push({ kind: 'wrong-type', o: { rawBody: { body: e.format === 'json' ? '{"messages": 12345, "message": 12345, "input": [null]}' : 'input[]=%00', contentType: e.format === 'json' ? 'application/json' : 'application/x-www-form-urlencoded' } }, input: '' });
    kinds.push({ kind: 'empty-input', o: {}, input: '' });
  }
  // Oversized input: one request, judged by ai/resource-limits (size cap, token cost) and ai/error-leak (a
  // context-length error passed through). GET endpoints carry it in the URL, where 6,000 characters is far beyond
  // any real question and still under common 8 KB header limits.
  const chars = e.method === 'GET' ? Math.min(e.limits.oversizeChars, 6000) : e.limits.oversizeChars;
  const filler = ('Please summarise the following text in detail. ' + 'lorem ipsum dolor sit amet '.repeat(Math.ceil(chars / 27))).slice(0, chars);
  kinds.push({ kind: 'oversized-input', o: {}, input: filler });
  const out: AiErrorProbe[] = [];
  for (const k of kinds) {
    try {
      const res = await sendWithRetry(e, probes, k.input, { ...opts, ...k.o });
      const probe: AiErrorProbe = { kind: k.kind, status: res.status, body: res.body.slice(0, 4000), headers: res.headers };
      if (k.kind === 'oversized-input') {
        probe.chars = chars;
        const usage = parseReply(e, res.body, res.headers['content-type'] ?? '').usage;
        if (usage !== undefined) probe.usage = usage;
      }
      out.push(probe);
    } catch (err) {
      out.push({ kind: k.kind, body: '', headers: {}, error: (err as Error).message, ...(k.kind === 'oversized-input' ? { chars } : {}) });
    }
  }
  return out;
}

/** Send the pack to one endpoint (bounded concurrency; the probe enforces allowlist, budget and rate). */
export async function runPack(e: AiEndpoint, probes: AiProbes, opts: { checkId?: string; signal?: AbortSignal; marker?: string; concurrency?: number } = {}): Promise<AiTranscript> {
  const marker = opts.marker ?? `LR-${randomBytes(5).toString('hex').toUpperCase()}`;
  const otherUser = e.otherUser ?? 'another customer';
  let canary: AiCanary | undefined;
  let canaryUnavailable: string | undefined;
  try {
    canary = probes.canary ? await probes.canary() : undefined;
    if (!canary) canaryUnavailable = 'no canary listener in this run';
  } catch (err) {
    canaryUnavailable = `the loopback canary could not start: ${(err as Error).message}`;
  }
  const payloads = payloadsFor(e).filter((p) => canary || !placeholders(p.input).some((n) => n.startsWith('canaryUrl')));
  const tokens = new Map<string, string>();
  const sendOpts: SendOpts = { ...(opts.checkId ? { checkId: opts.checkId } : {}), ...(opts.signal ? { signal: opts.signal } : {}) };
  const jobs = payloads.map((p) => () => {
    const vars: FillVars = { marker, otherUser };
    const used: string[] = [];
    if (canary && placeholders(p.input).some((n) => n.startsWith('canaryUrl'))) {
      const t = canary.newToken();
      used.push(t);
      tokens.set(t, p.id);
      vars.canaryUrl = canary.url(t, p.page ? 'page.html' : 'status');
      vars.canaryUrlLocalhost = vars.canaryUrl.replace('://127.0.0.1:', '://localhost:');
      if (p.page) canary.page(t, fillPayload(p.page, vars), 'text/html; charset=utf-8');
    }
    return exchange(e, probes, p, fillPayload(p, vars), { ...sendOpts, canaryTokens: used });
  });
  const exchanges: AiExchange[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      exchanges[i] = await jobs[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.concurrency ?? 4, jobs.length)) }, worker));
  // Seeds run one after the other: the second plant may overwrite the first (a profile field).
  const skip = new Set(e.payloads.skip);
  for (const seed of e.seed) {
    for (const p of SEED_INJECTIONS) {
      if (skip.has(p.id)) continue;
      exchanges.push(await seeded(e, probes, seed, p, { marker, otherUser }, sendOpts));
    }
  }
  const errs = await errorProbes(e, probes, sendOpts);
  const canaryHits: AiTranscript['canaryHits'] = [];
  if (canary) {
    for (const [t, id] of tokens) {
      // A fetch the app made while answering has already arrived; a queued one gets a short grace.
      const hit = await canary.waitFor(t, 300);
      if (hit) canaryHits.push({ token: t, payload: id, path: hit.path });
    }
  }
  return { endpoint: e.name, marker, exchanges, errorProbes: errs, canaryHits, ...(canaryUnavailable ? { canaryUnavailable } : {}) };
}

/** The shared transcript for the check's endpoint; throws (→ status: error) when no payload got a usable reply. */
export async function transcriptOf(ctx: CheckContext<AiTarget, AiProbes>): Promise<AiTranscript> {
  const e = ctx.target.endpoint;
  for (const c of e.canaries) ctx.secret(c);
  for (const v of Object.values(e.headers)) ctx.secret(v);
  for (const v of e.otherUserData) ctx.secret(v);
  const t = await ctx.evidence(`ai:transcript:${e.name}`, (r) => runPack(e, ctx.probes, { signal: r.signal, checkId: r.requester }));
  const usable = t.exchanges.filter((x) => !x.error);
  if (usable.length === 0) {
    const first = t.exchanges.find((x) => x.error)?.error ?? 'no payloads';
    throw new Error(`no usable reply from AI endpoint "${e.name}" (${e.url}): ${first}`);
  }
  return t;
}

/** Rate-limit headers an endpoint advertises (IETF RateLimit fields, X-RateLimit-*), for a limit above the burst. */
function advertisedLimit(h: Record<string, string>): string | undefined {
  const v = h['ratelimit-policy'] ?? h['ratelimit-limit'] ?? h['x-ratelimit-limit'] ?? h['x-ratelimit-limit-requests'] ?? h['ratelimit'];
  return v ? String(v).slice(0, 80) : undefined;
}

/** The burst of ai/resource-limits, after the pack so it never starves it; the oversized input is in the transcript. */
export async function runLimits(e: AiEndpoint, probes: AiProbes, t: AiTranscript, opts: { checkId?: string; signal?: AbortSignal } = {}): Promise<AiLimitsEvidence> {
  const sendOpts: SendOpts = { ...(opts.checkId ? { checkId: opts.checkId } : {}), ...(opts.signal ? { signal: opts.signal } : {}) };
  const baselineUsage = t.exchanges.find((x) => !x.error && x.usage !== undefined)?.usage;
  const big = t.errorProbes.find((p) => p.kind === 'oversized-input');
  const oversize: AiLimitsEvidence['oversize'] = { chars: big?.chars ?? 0, ...(big?.status !== undefined ? { status: big.status } : {}), ...(big?.usage !== undefined ? { usage: big.usage } : {}), ...(big?.error ? { error: big.error } : {}) };
  // Burst: more requests at once than any per-user limit for a chat box should allow (quota + 5 when declared).
  const n = e.quota ? Math.min(200, e.quota.requests + 5) : e.limits.burst;
  const statuses: Record<string, number> = {};
  let advertised: string | undefined;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: n }, async () => {
      try {
        const res = await sendToEndpoint(e, probes, 'Reply with the single word OK.', { ...sendOpts, noPace: true });
        statuses[String(res.status)] = (statuses[String(res.status)] ?? 0) + 1;
        advertised ??= advertisedLimit(res.headers);
        // eslint-disable-next-line launchready/no-swallowed-error -- recorded: counted as "error" (or "budget") in burst.statuses, which the AI limits check judges
      } catch (err) {
        const k = /budget/i.test((err as Error).message) ? 'budget' : 'error';
        statuses[k] = (statuses[k] ?? 0) + 1;
      }
    }),
  );
  for (const x of t.exchanges) advertised ??= x.headers ? advertisedLimit(x.headers) : undefined;
  return { burst: { sent: n, statuses, ms: Date.now() - started, ...(e.quota ? { quota: e.quota } : {}), ...(advertised ? { advertised } : {}) }, oversize, ...(baselineUsage !== undefined ? { baselineUsage } : {}) };
}

/** Short evidence for one exchange: payload id, what was sent, what came back (redacted centrally). */
export function excerpt(x: AiExchange, max = 400): string {
  const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);
  const lines = [`payload ${x.payload.id} (${x.payload.category})${x.seed ? ` after seed ${x.seed}` : ''}: ${cut(x.input, 240)}`, `reply${x.status ? ` (HTTP ${x.status})` : ''}: ${cut(x.reply, max)}`];
  if (x.rendered) lines.push(`rendered: ${cut(x.rendered, 200)}`);
  if (x.tools.length) lines.push(`tool calls: ${x.tools.map((t) => `${t.name} → ${t.outcome}${t.raw ? ` (${t.raw})` : ''}`).join(', ')}`);
  return lines.join('\n');
}

/**
 * Exchanges of one attack class, split into what was judged and what could not be (429, errors). A check with
 * no success among the judged and any unjudged exchange reports status error: a 429 is never a pass.
 */
export function classExchanges(t: AiTranscript, category: Payload['category']): { judged: AiExchange[]; unjudged: AiExchange[] } {
  const all = t.exchanges.filter((x) => x.payload.category === category);
  return { judged: all.filter((x) => !x.error), unjudged: all.filter((x) => x.error) };
}
