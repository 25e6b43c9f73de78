import type { CheckContext, ReportInput } from '../../../core/check.js';
import { describeError } from '../../../core/runner.js';
import type { Severity, Status } from '../../../core/types.js';
import type { ApiExchange, ApiProbes, ApiRoute } from './types.js';

export type ApiCtx = CheckContext<unknown, ApiProbes>;

/** Report one finding with its exchange(s) as evidence and the curl of the decisive one. */
export function reportExchange(
  ctx: ApiCtx,
  input: { messageId: string; data?: Record<string, string | number | boolean>; status?: Status; severity?: Severity; route?: Pick<ApiRoute, 'method' | 'path'>; x: ApiExchange; control?: ApiExchange[]; note?: string; fingerprintKey?: string; meta?: Record<string, unknown>; cwe?: string },
): void {
  const { x } = input;
  const parts: string[] = [];
  if (input.note) parts.push(input.note);
  // The decisive exchange first (reporters clip long evidence), then the control request(s) that confirm it.
  if (input.control?.length) {
    parts.push(`finding:\n${x.evidence}`);
    for (const c of input.control) parts.push(`control:\n${c.evidence}`);
  } else parts.push(x.evidence);
  const r: ReportInput = {
    messageId: input.messageId,
    location: { url: x.url, method: input.route?.method ?? x.method, path: input.route?.path ?? x.path },
    evidence: parts.join('\n\n'),
    meta: { curl: x.curl, identity: x.identity, status: x.status, ...(input.control?.length ? { confirmedBy: input.control.map((c) => `${c.identity}: HTTP ${c.status}`), controlCurl: input.control.map((c) => c.curl) } : {}), ...(input.meta ?? {}) },
  };
  if (input.data) r.data = input.data;
  if (input.status) r.status = input.status;
  if (input.severity) r.severity = input.severity;
  if (input.fingerprintKey) r.fingerprintKey = input.fingerprintKey;
  if (input.cwe) r.cwe = input.cwe;
  ctx.report(r);
}

/** A pass finding for a route, so reports show what was checked. */
export function reportPass(ctx: ApiCtx, messageId: string, data: Record<string, string | number | boolean>, route?: Pick<ApiRoute, 'method' | 'path'>, url?: string): void {
  ctx.report({ messageId, status: 'pass', data, ...(route ? { location: { method: route.method, path: route.path, ...(url ? { url } : {}) } } : url ? { location: { url } } : {}) });
}

/** The message of a check's `unreachable` finding (see `attempt`). */
export const UNREACHABLE = '{{count}} of its requests failed, so it cannot pass: {{reasons}}.';

/**
 * A request whose failure the check steps over but must own (issue 20: no swallowed error). The failure (an abort
 * still throws) is written to `gaps` as "<what>: <reason>" and the request answers undefined; a check that would
 * otherwise pass then reports `unreachable` with status error (`reportGaps`).
 */
export async function attempt<T>(ctx: ApiCtx, gaps: string[], what: string, request: Promise<T>): Promise<T | undefined> {
  try {
    return await request;
  } catch (e) {
    if (ctx.signal.aborted) throw e;
    gaps.push(`${what}: ${describeError(e)}`);
    return undefined;
  }
}

/** The error finding for requests that failed (`attempt`): names up to 5 of them with their reason. */
export function reportGaps(ctx: ApiCtx, gaps: string[]): void {
  ctx.report({ messageId: 'unreachable', status: 'error', data: { count: gaps.length, reasons: gaps.slice(0, 5).join('; ') }, target: ctx.probes.model.config.baseUrl });
}

export function is2xx(status: number): boolean {
  return status >= 200 && status < 300;
}

export function isDenied(status: number): boolean {
  return status === 401 || status === 403 || status === 404 || status === 405 || status === 400 || status === 422 || status === 429;
}

const ERROR_KEYS = /^(error|errors|err|fault|exception|message_error)$/i;

/**
 * A 2xx answer whose body says it failed: {"error": ...}, {"success": false}, {"ok": false},
 * {"status": "error"}, {"code": 403}, or plain text "not found"/"forbidden". Such a 200 is not a leak.
 */
export function isErrorBody(x: Pick<ApiExchange, 'json' | 'response'>): boolean {
  const j = x.json;
  if (j && typeof j === 'object' && !Array.isArray(j)) {
    const o = j as Record<string, unknown>;
    const keys = Object.keys(o);
    if (keys.some((k) => ERROR_KEYS.test(k) && o[k] !== null && o[k] !== false && o[k] !== '')) {
      // {"data": ..., "errors": []}-style envelopes with real data are not errors
      if (!('data' in o && o.data !== null && o.data !== undefined && (!Array.isArray(o.errors) || o.errors.length === 0))) return true;
    }
    if (o.success === false || o.ok === false) return true;
    if (typeof o.status === 'string' && /^(error|fail|failed|denied|forbidden|unauthori[sz]ed|not[_ ]found)$/i.test(o.status)) return true;
    if (typeof o.code === 'number' && o.code >= 400 && keys.length <= 3) return true;
    // DRF's denial shape, {"detail": "Not found."}, also behind a 200 from a legacy view.
    if (keys.length === 1 && /^(detail|message|msg)$/i.test(keys[0]!) && typeof o[keys[0]!] === 'string' && /\b(not found|no .{0,40} matches|permission|not allowed|forbidden|denied|not authori[sz]ed|authentication credentials)\b/i.test(o[keys[0]!] as string)) return true;
    if (keys.length === 0) return true;
    return false;
  }
  if (j === undefined) {
    const t = x.response.body.trim();
    if (t.length === 0) return true;
    if (t.length < 300 && /\b(not found|forbidden|unauthori[sz]ed|access denied|permission denied|not allowed|invalid token|login required|sign in)\b/i.test(t)) return true;
  }
  return false;
}

/** Flatten JSON into path=value pairs (bounded) for comparisons. */
function flatten(v: unknown, prefix = '', out: Map<string, string> = new Map(), depth = 0): Map<string, string> {
  if (out.size > 500 || depth > 8) return out;
  if (Array.isArray(v)) v.slice(0, 50).forEach((e, i) => flatten(e, `${prefix}[${i}]`, out, depth + 1));
  else if (v && typeof v === 'object') for (const [k, e] of Object.entries(v)) flatten(e, prefix ? `${prefix}.${k}` : k, out, depth + 1);
  else out.set(prefix, String(v));
  return out;
}

/** 0..1 similarity between two response bodies (JSON: shared path=value pairs; text: shared lines). */
export function bodySimilarity(a: Pick<ApiExchange, 'json' | 'response'>, b: Pick<ApiExchange, 'json' | 'response'>): number {
  if (a.json !== undefined && b.json !== undefined) {
    const fa = flatten(a.json);
    const fb = flatten(b.json);
    if (fa.size === 0 && fb.size === 0) return 1;
    let same = 0;
    for (const [k, v] of fa) if (fb.get(k) === v) same++;
    return same / Math.max(fa.size, fb.size);
  }
  const la = new Set(a.response.body.split('\n').map((s) => s.trim()).filter(Boolean));
  const lb = b.response.body.split('\n').map((s) => s.trim()).filter(Boolean);
  if (la.size === 0 && lb.length === 0) return 1;
  let same = 0;
  for (const l of lb) if (la.has(l)) same++;
  return same / Math.max(la.size, lb.length);
}

/** Does the intruder's answer carry the owner's object? (same id field, or mostly the same body) */
export function sameObject(owner: ApiExchange, intruder: ApiExchange, id?: string): { same: boolean; why: string } {
  if (!is2xx(intruder.status) || isErrorBody(intruder)) return { same: false, why: `HTTP ${intruder.status}${is2xx(intruder.status) ? ' with an error body' : ''}` };
  const sim = bodySimilarity(owner, intruder);
  if (id && intruder.response.body.includes(id) && sim >= 0.5) return { same: true, why: `the body names ${id} and matches the owner's (${Math.round(sim * 100)}% same fields)` };
  if (sim >= 0.8) return { same: true, why: `${Math.round(sim * 100)}% of the owner's fields are identical` };
  return { same: false, why: `a different body (${Math.round(sim * 100)}% similar)` };
}

/** Build a concrete path from a template and values (missing values: a harmless placeholder). */
export function fillPath(template: string, values: Record<string, string> = {}): string {
  return template.replace(/\{([^}]+)\}/g, (_, k: string) => encodeURIComponent(values[k] ?? 'launchready-test'));
}

/** A minimal JSON value that satisfies a (dereferenced) JSON schema, preferring examples. */
export function sampleFromSchema(schema: unknown, depth = 0): unknown {
  if (!schema || typeof schema !== 'object' || depth > 6) return undefined;
  const s = schema as Record<string, unknown>;
  if (s.example !== undefined) return s.example;
  if (Array.isArray(s.examples) && s.examples.length) return s.examples[0];
  if (s.default !== undefined) return s.default;
  if (s.const !== undefined) return s.const;
  if (Array.isArray(s.enum) && s.enum.length) return s.enum[0];
  for (const k of ['oneOf', 'anyOf']) if (Array.isArray(s[k]) && (s[k] as unknown[]).length) return sampleFromSchema((s[k] as unknown[])[0], depth + 1);
  if (Array.isArray(s.allOf)) return Object.assign({}, ...(s.allOf as unknown[]).map((x) => sampleFromSchema(x, depth + 1) ?? {}));
  let type = s.type;
  if (Array.isArray(type)) type = type.find((t) => t !== 'null') ?? type[0];
  if (!type && s.properties) type = 'object';
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      const props = (s.properties ?? {}) as Record<string, unknown>;
      for (const [k, v] of Object.entries(props)) {
        if ((v as { readOnly?: boolean })?.readOnly) continue;
        const val = sampleFromSchema(v, depth + 1);
        if (val !== undefined) out[k] = val;
      }
      return out;
    }
    case 'array': {
      const item = sampleFromSchema(s.items, depth + 1);
      return item === undefined ? [] : [item];
    }
    case 'integer':
      return typeof s.minimum === 'number' ? Math.ceil(s.minimum) : 1;
    case 'number':
      return typeof s.minimum === 'number' ? s.minimum : 1;
    case 'boolean':
      return false;
    case 'string': {
      const f = String(s.format ?? '');
      if (f === 'email') return 'launchready-probe@example.invalid';
      if (f === 'uri' || f === 'url') return 'https://example.invalid/launchready';
      if (f === 'date-time') return '2026-01-01T00:00:00Z';
      if (f === 'date') return '2026-01-01';
      if (f === 'uuid') return '00000000-0000-4000-8000-000000000000';
      return 'launchready';
    }
    default:
      return undefined;
  }
}

/** Sample JSON body for a route: the declared example, else one built from the schema. */
export function sampleBody(route: ApiRoute): unknown {
  if (route.bodyExample !== undefined) return route.bodyExample;
  if (route.bodySchema) return sampleFromSchema(route.bodySchema);
  return undefined;
}

/** Query values for required query parameters (examples first). */
export function sampleQuery(route: ApiRoute): Record<string, string> {
  const q: Record<string, string> = {};
  for (const p of route.params) {
    if (p.in !== 'query') continue;
    const v = p.example ?? (p.schema ? sampleFromSchema(p.schema) : undefined);
    if (p.required || p.example !== undefined) q[p.name] = String(v ?? 'launchready');
  }
  return q;
}

/** Stack traces and internal error text across common stacks (Node, Python, Java, Ruby, PHP, .NET, SQL). */
export const STACK_PATTERNS: { name: string; re: RegExp }[] = [
  { name: 'Node.js stack trace', re: /\bat (?:[\w$.<>[\] ]{1,120} )?\(?(?:\/|[A-Za-z]:\\|file:\/\/|node:)[^\s()]{1,300}:\d+:\d+\)?/ },
  { name: 'JavaScript error with stack', re: /"stack"\s*:\s*"(?:TypeError|SyntaxError|ReferenceError|RangeError|Error)\b/ },
  { name: 'Python traceback', re: /Traceback \(most recent call last\)|File "[^"]{1,300}", line \d+, in \w+/ },
  { name: 'Java stack trace', re: /\bat [a-zA-Z_$][\w$]*(?:\.[\w$<>]+){2,}\([\w$]+\.(?:java|kt|scala):\d+\)|\b(?:java|javax|jakarta)\.[\w.]+(?:Exception|Error)\b/ },
  { name: 'Ruby backtrace', re: /[\w/.-]{1,200}\.rb:\d+:in [`'][^'`]{1,100}'/ },
  { name: 'PHP error', re: /(?:Fatal error|Parse error|Warning|Notice|Uncaught \w+): .{1,300} in \/[^\s]{1,300} on line \d+|Stack trace:\s*#0 / },
  { name: '.NET exception', re: /\bSystem\.(?:[A-Z]\w+\.)*[A-Z]\w*Exception\b|\bat [\w.]+\(.*?\) in [^\n]{1,300}:line \d+/ },
  { name: 'Go panic', re: /\bgoroutine \d+ \[running\]|panic: runtime error/ },
  { name: 'SQL error', re: /SQLSTATE\[|syntax error at or near|You have an error in your SQL syntax|ORA-\d{5}|SQLite3?::|psycopg2\.errors|PG::\w+Error|unterminated quoted string/i },
  { name: 'framework debug page', re: /Werkzeug Debugger|Whitelabel Error Page|DEBUG = True|<title>Action Controller: Exception caught|Laravel\b.*\bWhoops|ExceptionPageMiddleware/ },
];

export function findStack(text: string): string | undefined {
  const t = text.length > 200_000 ? text.slice(0, 200_000) : text;
  for (const p of STACK_PATTERNS) if (p.re.test(t)) return p.name;
  return undefined;
}

/** A concise string for a value in a finding message. */
export function short(v: unknown, n = 60): string {
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s === undefined ? 'undefined' : s.length > n ? `${s.slice(0, n)}…` : s;
}

/** Are writes allowed? Checks that need them report one 'skipped' finding when not. */
export function writesAllowed(ctx: ApiCtx): boolean {
  return ctx.probes.model.config.allowWrites;
}

export function budgetLeft(ctx: ApiCtx): number {
  return ctx.probes.client.budget.remaining;
}

const ENVELOPE_KEYS = ['data', 'result', 'item', 'payload', 'user', 'record', 'object', 'resource', 'body'];
const ENVELOPE_META = /^(status|success|ok|code|message|msg|meta|links|errors|error|included|jsonapi|timestamp|request_?id|_links)$/i;

/**
 * The object an answer is about, out of its envelope: {status, data: {...}} (JSend), {result: {...}}, {data: {id,
 * type, attributes}} (JSON:API: id and attributes merged), HAL (_links/_embedded dropped). Undefined for lists and
 * non-objects. Write bodies built from a read use this, so an envelope never yields an empty body.
 */
export function unwrap(json: unknown, depth = 0): Record<string, unknown> | undefined {
  if (!json || typeof json !== 'object' || Array.isArray(json) || depth > 3) return undefined;
  const o = json as Record<string, unknown>;
  const data = o.data;
  if (data && typeof data === 'object' && !Array.isArray(data) && 'attributes' in (data as object)) {
    const d = data as { id?: unknown; attributes?: unknown };
    return { ...(d.id !== undefined ? { id: d.id } : {}), ...((d.attributes && typeof d.attributes === 'object' ? d.attributes : {}) as Record<string, unknown>) };
  }
  const keys = Object.keys(o);
  const env = ENVELOPE_KEYS.find((k) => o[k] && typeof o[k] === 'object' && !Array.isArray(o[k]));
  // An envelope: the wrapped object plus only bookkeeping beside it.
  if (env && keys.every((k) => k === env || ENVELOPE_META.test(k))) return unwrap(o[env], depth + 1) ?? (o[env] as Record<string, unknown>);
  // A resource named by its type ({product: {...}}, {invoice: {...}}), alone or beside bookkeeping, inside an
  // envelope or not: the object is the named one.
  const named = keys.filter((k) => !ENVELOPE_META.test(k));
  const only = named.length === 1 ? o[named[0]!] : undefined;
  if (only && typeof only === 'object' && !Array.isArray(only) && (depth > 0 || !/s$/.test(named[0]!))) return unwrap(only, depth + 1) ?? (only as Record<string, unknown>);
  if (keys.some((k) => k.startsWith('_'))) return Object.fromEntries(Object.entries(o).filter(([k]) => !/^_(links|embedded)$/.test(k)));
  return o;
}

/** Top-level field of a JSON object (also inside a {data: {...}}, {result}, JSON:API or HAL envelope). */
export function getField(json: unknown, field: string): unknown {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return undefined;
  const o = json as Record<string, unknown>;
  if (field in o && !(field === 'data' || field === 'result')) return o[field];
  const u = unwrap(json);
  if (u && field in u) return u[field];
  const inner = o.data ?? o.user ?? o.result;
  if (inner && typeof inner === 'object' && !Array.isArray(inner) && field in (inner as Record<string, unknown>)) return (inner as Record<string, unknown>)[field];
  return undefined;
}

/** How many non-empty leaf values an answer carries (JSON), or its trimmed length (text). */
export function dataSize(x: Pick<ApiExchange, 'json' | 'response'>): number {
  if (x.json === undefined) return x.response.body.trim().length;
  // An empty page ({count: 0, next: null, results: []}, {data: [], meta: {...}}) carries no data, whatever its envelope says.
  if (Array.isArray(x.json) && x.json.length === 0) return 0;
  if (x.json && typeof x.json === 'object' && !Array.isArray(x.json)) {
    const o = x.json as Record<string, unknown>;
    const list = ['data', 'items', 'results', 'records', 'rows', 'list', 'content', 'entries', 'nodes', 'edges'].find((k) => Array.isArray(o[k]));
    if (list && (o[list] as unknown[]).length === 0) return 0;
  }
  let n = 0;
  for (const v of flatten(x.json).values()) if (v !== '' && v !== 'null' && v !== 'undefined') n++;
  return n;
}
