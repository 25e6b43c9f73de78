import { randomBytes } from 'node:crypto';
import type { AiEndpoint } from '../../core/config/sections/ai.js';
import type { CheckContext } from '../../core/check.js';
import { PAYLOADS } from './payloads.js';
import type { AiExchange, AiProbes, AiTarget, AiTranscript, Payload } from './types.js';

/**
 * The retriever of the ai area (Observatory's pattern): the whole eval pack is sent once per endpoint and the
 * transcript shared through ctx.evidence; each ai check is then a pure function of that transcript.
 */

/** Payloads for an endpoint: the built-in pack minus `payloads.skip`, plus `payloads.extra`. */
export function payloadsFor(e: AiEndpoint): Payload[] {
  const skip = new Set(e.payloads.skip);
  return [...PAYLOADS.filter((p) => !skip.has(p.id)), ...e.payloads.extra];
}

export function fillPayload(p: Payload, marker: string, otherUser: string): string {
  return p.input.replaceAll('{{marker}}', marker).replaceAll('{{otherUser}}', otherUser);
}

function fillValue(v: unknown, input: string): unknown {
  if (typeof v === 'string') return v.replaceAll('{{input}}', input);
  if (Array.isArray(v)) return v.map((x) => fillValue(x, input));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fillValue(x, input)]));
  return v;
}

/** The request body for one payload, per the endpoint's template and format. */
export function buildBody(e: AiEndpoint, input: string): { body: string; contentType: string } {
  if (typeof e.request === 'string') {
    if (e.format === 'json') return { body: e.request.replaceAll('{{input}}', JSON.stringify(input).slice(1, -1)), contentType: 'application/json' };
    if (e.format === 'form') return { body: e.request.replaceAll('{{input}}', encodeURIComponent(input)), contentType: 'application/x-www-form-urlencoded' };
    return { body: e.request.replaceAll('{{input}}', input), contentType: 'text/plain; charset=utf-8' };
  }
  const filled = fillValue(e.request, input) as Record<string, unknown>;
  if (e.format === 'form') {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(filled)) params.set(k, typeof v === 'string' ? v : JSON.stringify(v));
    return { body: params.toString(), contentType: 'application/x-www-form-urlencoded' };
  }
  return { body: JSON.stringify(filled), contentType: 'application/json' };
}

/** `choices.0.message.content` over parsed JSON; undefined when a step is missing. */
export function jsonPath(value: unknown, path: string): unknown {
  if (!path) return value;
  let cur: unknown = value;
  for (const part of path.split('.')) {
    if (cur === null || cur === undefined) return undefined;
    if (Array.isArray(cur) && /^\d+$/.test(part)) cur = cur[Number(part)];
    else if (typeof cur === 'object') cur = (cur as Record<string, unknown>)[part];
    else return undefined;
  }
  return cur;
}

function asText(v: unknown): string {
  if (v === undefined || v === null) return '';
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** Tool names from an array of `{ name }`, `{ function: { name } }` or `{ tool }` objects (OpenAI, Anthropic, custom). */
export function toolNames(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  const out: string[] = [];
  for (const c of v) {
    if (typeof c === 'string') out.push(c);
    else if (c && typeof c === 'object') {
      const o = c as Record<string, unknown>;
      const fn = o.function as Record<string, unknown> | undefined;
      const n = o.name ?? fn?.name ?? o.tool ?? o.tool_name;
      if (typeof n === 'string') out.push(n);
    }
  }
  return out;
}

/**
 * Reply text and tool calls from a response body: JSON (path applied), server-sent events (each `data:` JSON
 * chunk's path value concatenated, as streaming chat APIs send them) or plain text when no path is set.
 */
export function parseReply(e: AiEndpoint, body: string, contentType = ''): { reply: string; toolCalls: string[]; error?: string } {
  if (/text\/event-stream/i.test(contentType) || /^data:/m.test(body.slice(0, 200))) {
    let reply = '';
    const tools: string[] = [];
    for (const line of body.split(/\r?\n/)) {
      const m = /^data:\s?(.*)$/.exec(line);
      if (!m || m[1] === '[DONE]') continue;
      try {
        const j = JSON.parse(m[1]!) as unknown;
        reply += asText(jsonPath(j, e.response));
        if (e.toolCalls) tools.push(...toolNames(jsonPath(j, e.toolCalls)));
      } catch {
        reply += m[1];
      }
    }
    return { reply, toolCalls: tools };
  }
  if (!e.response && !e.toolCalls) return { reply: body, toolCalls: [] };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { reply: body, toolCalls: [], error: `response is not JSON, so path "${e.response}" cannot apply` };
  }
  const r = jsonPath(json, e.response);
  const out: { reply: string; toolCalls: string[]; error?: string } = { reply: asText(r), toolCalls: e.toolCalls ? toolNames(jsonPath(json, e.toolCalls)) : [] };
  if (r === undefined && e.response) out.error = `response has no "${e.response}"`;
  return out;
}

/** Send the pack to one endpoint (bounded concurrency; the probe enforces allowlist, budget and rate). */
export async function runPack(e: AiEndpoint, probes: AiProbes, opts: { checkId?: string; signal?: AbortSignal; marker?: string; concurrency?: number } = {}): Promise<AiTranscript> {
  const marker = opts.marker ?? `LR-${randomBytes(5).toString('hex').toUpperCase()}`;
  const otherUser = e.otherUser ?? 'another customer';
  const payloads = payloadsFor(e);
  const exchanges: AiExchange[] = new Array(payloads.length);
  let next = 0;
  const worker = async () => {
    while (next < payloads.length) {
      const i = next++;
      const p = payloads[i]!;
      const input = fillPayload(p, marker, otherUser);
      const x: AiExchange = { payload: p, input, reply: '', toolCalls: [] };
      exchanges[i] = x;
      if (opts.signal?.aborted) {
        x.error = 'cancelled';
        continue;
      }
      try {
        const { body, contentType } = buildBody(e, input);
        const res = await probes.http.request(
          e.method === 'GET'
            ? { url: `${e.url}${e.url.includes('?') ? '&' : '?'}${typeof e.request === 'string' ? e.request.replaceAll('{{input}}', encodeURIComponent(input)) : new URLSearchParams(fillValue(e.request, input) as Record<string, string>).toString()}`, method: 'GET', headers: e.headers, timeoutMs: e.timeoutMs }
            : { url: e.url, method: e.method, headers: { 'content-type': contentType, ...e.headers }, body, timeoutMs: e.timeoutMs },
          opts.checkId,
          opts.signal,
        );
        x.status = res.status;
        const parsed = parseReply(e, res.body, res.headers['content-type'] ?? '');
        x.reply = parsed.reply;
        x.toolCalls = parsed.toolCalls;
        if (res.status >= 400) x.error = `HTTP ${res.status}`;
        else if (parsed.error) x.error = parsed.error;
      } catch (err) {
        x.error = (err as Error).message;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.concurrency ?? 4, payloads.length)) }, worker));
  return { endpoint: e.name, marker, exchanges };
}

/** The shared transcript for the check's endpoint; throws (→ status: error) when no payload got a usable reply. */
export async function transcriptOf(ctx: CheckContext<AiTarget, AiProbes>): Promise<AiTranscript> {
  const e = ctx.target.endpoint;
  for (const c of e.canaries) ctx.secret(c);
  for (const v of Object.values(e.headers)) ctx.secret(v);
  for (const v of e.otherUserData) ctx.secret(v);
  const t = await ctx.evidence(`ai:transcript:${e.name}`, () => runPack(e, ctx.probes, { checkId: ctx.checkId, signal: ctx.signal }));
  const usable = t.exchanges.filter((x) => !x.error);
  if (usable.length === 0) {
    const first = t.exchanges.find((x) => x.error)?.error ?? 'no payloads';
    throw new Error(`no usable reply from AI endpoint "${e.name}" (${e.url}): ${first}`);
  }
  return t;
}

/** Short evidence for one exchange: payload id, what was sent, what came back (redacted centrally). */
export function excerpt(x: AiExchange, max = 400): string {
  const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);
  const lines = [`payload ${x.payload.id} (${x.payload.category}): ${cut(x.input, 200)}`, `reply${x.status ? ` (HTTP ${x.status})` : ''}: ${cut(x.reply, max)}`];
  if (x.toolCalls.length) lines.push(`tool calls: ${x.toolCalls.join(', ')}`);
  return lines.join('\n');
}
