import { maskSecret, secretFingerprint } from '../../core/redact.js';
import type { Severity } from '../../core/types.js';
import type { LogInput, ReadStats, TextChunk } from '../../probes/logs-reader.js';
import { detectAuthTokens, detectCards, detectEmails, detectJwt, detectPasswords, detectPhones, detectSessions, detectStackTraces, detectWebhookPayloads } from './detectors.js';
import { detectIbans, detectNationalIds, spanishId } from './identifiers.js';
import { LOG_NATIVE_RULES, type SecretEngine } from './secret-engine.js';
import { LOG_KINDS, PER_VALUE_KINDS, type Hit, type Item, type KindResult, type LogKind, type LogScan, type Loc, type ScanOptions } from './types.js';

/**
 * One pass over a log: every detector runs on each chunk of whole lines, overlapping credential hits are
 * resolved (a provider key beats a JWT beats a bearer token beats a session cookie beats a password field),
 * then hits are counted exactly and kept only up to the caps. Memory is bounded by the caps, not the file.
 */

/** Which hit wins when two credential hits cover the same characters (lower = stronger). */
const PRIORITY: Partial<Record<LogKind, number>> = { secret: 0, 'auth-token': 1, 'session-id': 2, password: 3 };
const JWT_FIRST = (h: Hit) => (h.kind === 'auth-token' && h.label === 'JWT' ? -0.5 : 0);
const prio = (h: Hit) => h.priority ?? PRIORITY[h.kind]! + JWT_FIRST(h);

export function maskFor(kind: LogKind, value: string): string {
  if (kind === 'personal-data' && value.includes('@')) {
    const at = value.lastIndexOf('@');
    return `${value.slice(0, 1)}…(fp:${secretFingerprint(value.toLowerCase())})@${value.slice(at + 1)}`;
  }
  if (kind === 'webhook-payload') return `{…${value.length} chars, fp:${secretFingerprint(value)}}`;
  if (kind === 'stack-trace') return value.length > 160 ? `${value.slice(0, 157)}...` : value;
  return maskSecret(value);
}

/**
 * A fresh copy of a string. Slices of a chunk keep the whole chunk alive in V8 (sliced/cons strings), so every
 * string kept beyond the chunk (dedupe keys, samples, excerpts) is copied: memory stays bounded by the caps.
 */
export function own(s: string): string {
  return Buffer.from(s, 'utf8').toString('utf8');
}
function ownData(d: Record<string, string | number | boolean> | undefined): Record<string, string | number | boolean> | undefined {
  if (!d) return d;
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(d)) out[k] = typeof v === 'string' ? own(v) : v;
  return out;
}

class KindState {
  count = 0;
  readonly items = new Map<string, Item>();
  readonly seen = new Set<string>();
  distinctCapped = false;
  overflowCount = 0;
  overflowDistinct = 0;
  overflowFirst: Loc | undefined;
  /** stack traces: last line that held a frame, to count traces rather than frames */
  lastFrameLine = -10;
}

function resolveOverlaps(hits: Hit[]): Hit[] {
  const cred = hits.filter((h) => PRIORITY[h.kind] !== undefined);
  if (cred.length < 2) return hits;
  cred.sort((a, b) => a.index - b.index);
  const drop = new Set<Hit>();
  let cluster: Hit[] = [];
  let clusterEnd = -1;
  const close = () => {
    if (cluster.length > 1) {
      const best = cluster.reduce((a, b) => (prio(b) < prio(a) ? b : a));
      for (const h of cluster) if (h !== best) drop.add(h);
    }
  };
  for (const h of cred) {
    if (h.index < clusterEnd) {
      cluster.push(h);
      clusterEnd = Math.max(clusterEnd, h.index + h.length);
    } else {
      close();
      cluster = [h];
      clusterEnd = h.index + h.length;
    }
  }
  close();
  return drop.size ? hits.filter((h) => !drop.has(h)) : hits;
}

export interface Scanner {
  (chunks: AsyncIterable<TextChunk>, input: LogInput, stats: ReadStats): Promise<LogScan>;
}

/** A hit with its place: line/column and (credential kinds) a masked excerpt of its line. */
export interface LocatedHit {
  kind: LogKind;
  messageId: string;
  value: string;
  key?: string;
  label: string;
  severity?: Severity;
  data?: Record<string, string | number | boolean>;
  loc: Loc;
  excerpt?: string;
}

export interface ChunkResult {
  jsonLines: number;
  hits: LocatedHit[];
}

/** Everything that happens to one chunk: detection, overlap resolution, line/column, excerpts. Pure. */
export function detectChunk(text: string, firstLine: number, opts: ScanOptions, engine: SecretEngine | undefined): ChunkResult {
  const want = (k: LogKind) => !opts.kinds || opts.kinds.has(k);
  let jsonLines = text.charCodeAt(0) === 123 ? 1 : 0;
  for (let i = text.indexOf('\n{'); i !== -1; i = text.indexOf('\n{', i + 2)) jsonLines++;
  let hits: Hit[] = [];
  if (engine && want('secret')) {
    for (const m of engine.scan(text)) {
      const data: Record<string, string | number | boolean> = { provider: m.provider, rule: m.ruleId };
      if (m.kind) data.keyKind = m.kind;
      if (m.grants) data.grants = m.grants;
      hits.push({
        kind: 'secret',
        messageId: m.kind === 'public' ? 'public-key' : m.kind === 'test' ? 'test-key' : 'provider-key',
        index: m.index,
        length: m.length,
        value: m.value,
        label: m.title ?? m.provider,
        severity: m.kind === 'public' ? 'info' : m.kind === 'test' ? 'low' : m.severity,
        data,
        // generic engine rules (JWT, URL credentials, name=secret pairs) yield to the log-specific kinds
        ...(LOG_NATIVE_RULES.has(m.ruleId.replace(/^secrets\//, '')) ? { priority: 4 } : {}),
      });
    }
  }
  if (want('auth-token')) {
    detectJwt(text, hits, opts);
    detectAuthTokens(text, hits);
  }
  if (want('session-id')) detectSessions(text, hits);
  if (want('password')) detectPasswords(text, hits);
  // one walk over the digit runs finds cards and Spanish DNI/NIE candidates (the costly part of both)
  const ids = want('national-id');
  if (want('card-number') || ids) detectCards(text, hits, { cards: want('card-number'), ...(ids ? { onSpanishId: (i: number, raw: string) => spanishId(text, i, raw, hits) } : {}) });
  if (want('bank-account')) detectIbans(text, hits);
  if (ids) detectNationalIds(text, hits, { spanish: false });
  if (want('personal-data')) {
    detectEmails(text, hits);
    detectPhones(text, hits);
  }
  if (want('webhook-payload')) detectWebhookPayloads(text, hits);
  if (want('stack-trace')) detectStackTraces(text, hits);
  if (hits.length === 0) return { jsonLines, hits: [] };
  if (opts.allow.length) hits = hits.filter((h) => !opts.allow.some((re) => re.test(h.value)));
  hits = resolveOverlaps(hits);
  hits.sort((a, b) => a.index - b.index);
  // newline offsets of this chunk, to turn offsets into line/column
  const nls: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) nls.push(i);
  const locate = (index: number, length: number): Loc => {
    let lo = 0;
    let hi = nls.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (nls[mid]! < index) lo = mid + 1;
      else hi = mid;
    }
    const lineStart = lo === 0 ? 0 : nls[lo - 1]! + 1;
    const column = index - lineStart + 1;
    return { line: firstLine + lo, column, endColumn: column + Math.max(1, length) - 1 };
  };
  const excerpt = (h: Hit, loc: Loc): string => {
    const ls = h.index - (loc.column - 1);
    const nl = text.indexOf('\n', h.index);
    const le = nl === -1 ? text.length : nl;
    const ws = Math.max(ls, h.index - 80);
    const we = Math.min(le, h.index + h.length + 80);
    let out = '';
    let pos = ws;
    for (const o of hits) {
      if (o.index + o.length <= ws || o.index >= we) continue;
      if (o.kind === 'stack-trace' || o.kind === 'webhook-payload') continue;
      const s = Math.max(o.index, pos);
      if (s > pos) out += text.slice(pos, s);
      if (o.index >= pos) out += maskFor(o.kind, o.value);
      pos = Math.max(pos, Math.min(we, o.index + o.length));
    }
    out += text.slice(pos, we);
    return (ws > ls ? '…' : '') + out.replace(/\r$/, '') + (we < le ? '…' : '');
  };
  const out: LocatedHit[] = [];
  for (const h of hits) {
    const loc = locate(h.index, h.length);
    const lh: LocatedHit = { kind: h.kind, messageId: h.messageId, value: h.value, label: h.label, loc };
    if (h.key !== undefined) lh.key = h.key;
    if (h.severity) lh.severity = h.severity;
    if (h.data) lh.data = h.data;
    if (PER_VALUE_KINDS.has(h.kind)) lh.excerpt = excerpt(h, loc);
    out.push(lh);
  }
  return { jsonLines, hits: out };
}

/** Per-file counting state: exact counts, capped items. */
export class ScanState {
  readonly states = new Map<LogKind, KindState>(LOG_KINDS.map((k) => [k, new KindState()]));
  jsonLines = 0;
  constructor(private readonly opts: ScanOptions) {}

  add(r: ChunkResult): void {
    const opts = this.opts;
    this.jsonLines += r.jsonLines;
    for (const h of r.hits) {
      const st = this.states.get(h.kind)!;
      const key = h.key ?? h.value;
      const loc = h.loc;
      if (h.kind === 'stack-trace') {
        const sameTrace = loc.line <= st.lastFrameLine + 1;
        st.lastFrameLine = loc.line;
        if (sameTrace) continue;
        st.count++;
        addAggregate(st, h, loc, key, () => maskFor(h.kind, h.value), opts);
        continue;
      }
      st.count++;
      let isNew = false;
      if (!st.seen.has(key)) {
        if (st.seen.size < opts.distinctCap) {
          st.seen.add(own(key));
          isNew = true;
        } else st.distinctCapped = true;
      }
      if (!PER_VALUE_KINDS.has(h.kind)) {
        addAggregate(st, h, loc, key, () => maskFor(h.kind, h.value), opts, isNew, h.value);
        continue;
      }
      const item = st.items.get(key);
      if (item) {
        item.count++;
        if (item.locations.length < opts.maxLocations) item.locations.push(loc);
        continue;
      }
      if (st.items.size < opts.maxFindingsPerKind) {
        const it: Item = {
          kind: h.kind,
          messageId: h.messageId,
          label: own(h.label),
          fp: secretFingerprint(h.value),
          masked: own(maskFor(h.kind, h.value)),
          raw: own(h.value),
          count: 1,
          first: loc,
          locations: [loc],
          excerpt: own(h.excerpt ?? ''),
        };
        if (h.severity) it.severity = h.severity;
        if (h.data) it.data = ownData(h.data)!;
        st.items.set(own(key), it);
      } else {
        st.overflowCount++;
        if (isNew) st.overflowDistinct++;
        st.overflowFirst ??= loc;
      }
    }
  }

  result(input: LogInput, stats: ReadStats, engine: LogScan['secretsEngine'], started: number): LogScan {
    const kinds = {} as Record<LogKind, KindResult>;
    for (const [k, st] of this.states) {
      kinds[k] = {
        count: st.count,
        distinct: st.seen.size,
        distinctCapped: st.distinctCapped,
        items: [...st.items.values()],
        overflowCount: st.overflowCount,
        overflowDistinct: st.overflowDistinct,
        ...(st.overflowFirst ? { overflowFirst: st.overflowFirst } : {}),
      };
    }
    return {
      file: input.display,
      bytes: stats.bytes,
      decompressedBytes: stats.decompressedBytes,
      lines: stats.lines,
      gzip: stats.gzip,
      jsonLines: this.jsonLines,
      longLines: stats.longLines,
      kinds,
      secretsEngine: engine,
      durationMs: Date.now() - started,
    };
  }
}

/** A pool that runs detectChunk in worker threads (see parallel.ts); the scanner falls back to inline work without it. */
export interface ChunkPool {
  /** engine status as the workers loaded it */
  readonly engine: LogScan['secretsEngine'];
  detect(text: string, firstLine: number): Promise<ChunkResult>;
  close(): Promise<void>;
}

export interface ScannerOptions {
  /** start a worker pool once a file has produced this many chunks (a large file); undefined = never */
  parallelAfterChunks?: number;
  pool?: () => Promise<ChunkPool | undefined>;
}

/** Build the scanner the logs probe calls once per input. */
export function createScanner(opts: ScanOptions, engine: SecretEngine | undefined, engineReason?: string, par: ScannerOptions = {}): Scanner {
  const engineInfo: LogScan['secretsEngine'] = engine ? { available: true, name: engine.name } : { available: false, name: 'none', reason: engineReason ?? 'no secrets engine' };
  return async (chunks, input, stats) => {
    const started = Date.now();
    const state = new ScanState(opts);
    let n = 0;
    let pool: ChunkPool | undefined;
    let info = engineInfo;
    // results in chunk order; a bounded number in flight keeps memory constant
    const inflight: Promise<ChunkResult>[] = [];
    try {
      for await (const chunk of chunks) {
        n++;
        if (!pool && par.pool && par.parallelAfterChunks !== undefined && n > par.parallelAfterChunks) {
          // eslint-disable-next-line launchready/no-swallowed-error -- no worker pool: this scan goes on on the main thread, same results, only slower
          pool = await par.pool().catch(() => undefined);
          if (pool) info = pool.engine;
        }
        if (pool) {
          inflight.push(pool.detect(chunk.text, chunk.firstLine));
          if (inflight.length >= 4) state.add(await inflight.shift()!);
        } else {
          state.add(detectChunk(chunk.text, chunk.firstLine, opts, engine));
        }
      }
      while (inflight.length) state.add(await inflight.shift()!);
    } finally {
      await pool?.close();
    }
    return state.result(input, stats, info, started);
  };
}

/** Aggregate kinds: one item per messageId, counting occurrences and distinct values, with a few masked samples. */
function addAggregate(st: KindState, h: { kind: LogKind; messageId: string; label: string; severity?: Severity; data?: Record<string, string | number | boolean> }, loc: Loc, key: string, mask: () => string, opts: ScanOptions, isNew = true, raw?: string): void {
  let item = st.items.get(h.messageId);
  if (!item) {
    item = {
      kind: h.kind,
      messageId: h.messageId,
      label: own(h.label),
      fp: secretFingerprint(key),
      masked: own(mask()),
      count: 0,
      first: loc,
      locations: [],
      excerpt: own(mask()),
      data: { samples: '' },
    };
    if (h.severity) item.severity = h.severity;
    st.items.set(h.messageId, item);
  }
  item.count++;
  if (item.locations.length < opts.maxLocations) item.locations.push(loc);
  // raw values the checks register with the redactor (samples and anything a renderer might echo), capped
  if (raw !== undefined && isNew && h.kind !== 'stack-trace' && h.kind !== 'webhook-payload') {
    item.raws ??= [];
    if (item.raws.length < opts.maxFindingsPerKind) item.raws.push(own(raw));
  }
  const data = item.data!;
  if (isNew) data.distinct = (Number(data.distinct) || 0) + 1;
  const samples = String(data.samples ?? '');
  if (isNew && samples.split(', ').filter(Boolean).length < 3) data.samples = own(samples ? `${samples}, ${mask()}` : mask());
  if (h.data) {
    for (const [k, v] of Object.entries(h.data)) {
      if (k === 'categories' || k === 'provider' || k === 'language' || k === 'fields') {
        const set = new Set(String(data[k] ?? '').split(', ').filter(Boolean));
        for (const x of String(v).split(', ')) set.add(x);
        data[k] = own([...set].sort().slice(0, 16).join(', '));
      }
    }
  }
  if (h.severity && rank(h.severity) > rank(item.severity ?? 'info')) item.severity = h.severity;
}

function rank(s: Severity): number {
  return ['info', 'low', 'medium', 'high', 'critical'].indexOf(s);
}
