import { AsyncLocalStorage } from 'node:async_hooks';
import { setMaxListeners } from 'node:events';
import { LaunchreadyError } from './errors.js';

/**
 * Evidence belongs to the stage, not to whichever check asks first (issue 20; MDN Observatory's retriever).
 *
 * A check asks `ctx.evidence(key, produce)`; the first ask starts `produce(retrieval)` under the *stage's* scope:
 * the run's stop signal plus the stage's retrieval deadline, with its requests charged to `evidence/<stage>`
 * (the retriever), never to the asking check. Every check that asks for the same key waits for the same promise;
 * a check that times out stops waiting, the retrieval goes on for the others. A retrieval that throws becomes
 * an EvidenceError in every check that needed it (→ one `status: error` finding each, with the reason).
 *
 * The store also carries the values to disk and back (`--save-evidence` / `--from-evidence`): plain-JSON values
 * are saved per stage; in replay a saved value is returned as it was seen, a value not saved (not plain JSON, or
 * a key the saved run never asked for) is produced again over the replayed probes, which answer only from the
 * saved exchanges. No I/O here: src/probes/evidence-files.ts reads and writes the files.
 */

export interface Retrieval {
  /** the stage's signal: the run's stop and the stage's retrieval deadline, never one check's timeout */
  readonly signal: AbortSignal;
  /** the id the retrieval's requests are charged to (`evidence/<stage>`) */
  readonly requester: string;
  readonly stage: string;
}

export class EvidenceError extends LaunchreadyError {
  readonly key: string;
  constructor(key: string, reason: string, options?: { cause?: unknown }) {
    super('E_EVIDENCE', `evidence ${key} could not be retrieved: ${reason}`, options);
    this.key = key;
  }
}

/** Replay asked for something the saved run did not see: the check cannot be judged offline. */
export class EvidenceMissError extends LaunchreadyError {
  constructor(what: string) {
    super('E_EVIDENCE_MISS', `not in saved evidence: ${what}`);
  }
}

export interface StageScope {
  /** the stage's retrieval deadline (ms): each retrieval of the stage is aborted after it */
  retrievalTimeoutMs: number;
}

/** One saved retrieval: its value (plain JSON, already masked) or why it failed. */
export interface SavedRetrieval {
  key: string;
  ok: boolean;
  value?: unknown;
  error?: string;
  ms?: number;
}

interface Entry {
  stage: string;
  promise: Promise<unknown>;
  startedAt: number;
  ms?: number;
  settled?: { ok: true; value: unknown } | { ok: false; error: string };
}

/** The retriever id requests of a stage's retrievals are charged to. */
export function retrieverId(stage: string): string {
  return `evidence/${stage || 'run'}`;
}

/**
 * Who is asking, across awaits: a retrieval (by key) or a check (by id). A replay miss is charged to it even when the
 * code that met it catches the error (a redirect chain records a failed hop; a check turns a failed request into
 * "unreachable"): judging a miss as an observation would be a verdict on something never seen.
 */
const asking = new AsyncLocalStorage<{ key?: string; checkId?: string }>();

/** Run a check's body so that replay misses inside it are charged to it (the runner does this, per job). */
export function asCheck<T>(asker: string, fn: () => T): T {
  return asking.run({ checkId: asker }, fn);
}

/** Run work that belongs to no check or retrieval (a stage's health ping): a replay miss there is nobody's error. */
export function unattributed<T>(fn: () => T): T {
  return asking.run({}, fn);
}

export class EvidenceStore {
  private readonly entries = new Map<string, Entry>();
  private readonly missesByKey = new Map<string, string[]>();
  private readonly missesByCheck = new Map<string, string[]>();
  /** random values the run's probes used, by who asked, in order: a replay hands out the same ones */
  private readonly nonces = new Map<string, string[]>();
  private readonly savedNonces: Map<string, string[]> | undefined;
  private readonly scopes = new Map<string, { signal: AbortSignal; scope: StageScope }>();
  private readonly saved: Map<string, SavedRetrieval> | undefined;
  /** keys a replay had to produce again (not saved) — listed in the report's evidence section */
  readonly recomputed: string[] = [];

  /**
   * @param runSignal the run's stop (SIGINT, --timeout): every stage scope aborts with it
   * @param saved replay: the saved retrievals by key
   */
  constructor(
    private readonly runSignal?: AbortSignal,
    saved?: Iterable<SavedRetrieval>,
    private readonly defaultScope: StageScope = { retrievalTimeoutMs: 120_000 },
    savedNonces?: Record<string, string[]>,
  ) {
    if (saved) this.saved = new Map([...saved].map((s) => [s.key, s]));
    if (savedNonces) this.savedNonces = new Map(Object.entries(savedNonces).map(([k, v]) => [k, [...v]]));
  }

  /**
   * A random value (a probe username, an injection marker) that a replay must reproduce for its request to match the
   * saved one: recorded per asker in order; replayed in the same order (a fresh one once the saved ones run out).
   */
  nonce(fresh: () => string): string {
    const who = asking.getStore();
    const k = who?.key !== undefined ? `key:${who.key}` : who?.checkId !== undefined ? `check:${who.checkId.replace(/#\d+$/, '')}` : '-';
    const v = this.savedNonces?.get(k)?.shift() ?? fresh();
    const l = this.nonces.get(k);
    if (l) l.push(v);
    else this.nonces.set(k, [v]);
    return v;
  }

  noncesToSave(): Record<string, string[]> {
    return Object.fromEntries(this.nonces);
  }

  get replaying(): boolean {
    return this.saved !== undefined;
  }

  /** Set a stage's retrieval deadline (stages with long retrievals — a git history scan — ask for more). */
  scope(stage: string, scope: StageScope): void {
    const s = this.stageScope(stage);
    s.scope = scope;
  }

  private stageScope(stage: string): { signal: AbortSignal; scope: StageScope } {
    let s = this.scopes.get(stage);
    if (!s) {
      // AbortSignal.any follows the run's signal without an event listener on it (the run's signal already has
      // one per check in flight); hundreds of retrievals then follow this one
      const signal = this.runSignal ? AbortSignal.any([this.runSignal]) : new AbortController().signal;
      setMaxListeners(0, signal);
      this.scopes.set(stage, (s = { signal, scope: this.defaultScope }));
    }
    return s;
  }

  /** The shared value for `key`, produced once under `stage`'s scope. */
  get<V>(stage: string, key: string, produce: (r: Retrieval) => Promise<V>): Promise<V> {
    const have = this.entries.get(key);
    if (have) return have.promise as Promise<V>;
    const entry: Entry = { stage, startedAt: Date.now(), promise: Promise.resolve() };
    const savedOne = this.saved?.get(key);
    if (savedOne) {
      entry.promise = savedOne.ok ? Promise.resolve(savedOne.value) : Promise.reject(new EvidenceError(key, `${savedOne.error ?? 'failed'} (saved run)`));
      entry.settled = savedOne.ok ? { ok: true, value: savedOne.value } : { ok: false, error: savedOne.error ?? 'failed' };
    } else {
      if (this.saved) this.recomputed.push(key);
      const { signal: stageSignal, scope } = this.stageScope(stage);
      const signal = AbortSignal.any([stageSignal, AbortSignal.timeout(scope.retrievalTimeoutMs)]);
      const r: Retrieval = { signal, requester: retrieverId(stage), stage };
      entry.promise = (async () => {
        try {
          const v = await raceSignal(asking.run({ key }, () => Promise.resolve().then(() => produce(r))), signal, scope.retrievalTimeoutMs);
          const missed = this.missesByKey.get(key);
          if (missed) throw new EvidenceMissError(missed.join(', '));
          entry.settled = { ok: true, value: v };
          return v;
        } catch (err) {
          if (err instanceof EvidenceMissError || err instanceof EvidenceError) {
            entry.settled = { ok: false, error: err.message };
            throw err;
          }
          const reason = errorText(err);
          entry.settled = { ok: false, error: reason };
          throw new EvidenceError(key, reason, { cause: err });
        } finally {
          entry.ms = Date.now() - entry.startedAt;
        }
      })();
      // nobody may be waiting any more (every asking check timed out): never an unhandled rejection
      entry.promise.catch(() => undefined);
    }
    this.entries.set(key, entry);
    return entry.promise as Promise<V>;
  }

  /**
   * What to save: per stage, every settled retrieval whose value is plain JSON, passed through `mask` (the run's
   * redactor). A value that is not plain JSON (Maps, class instances: the API stage's discovery) is listed with
   * `ok: true` and no value: a replay produces it again from the saved exchanges.
   */
  toSaved(mask: <T>(v: T) => T): Map<string, { saved: SavedRetrieval[]; notPlain: string[] }> {
    const out = new Map<string, { saved: SavedRetrieval[]; notPlain: string[] }>();
    for (const [key, e] of this.entries) {
      if (!e.settled) continue;
      let s = out.get(e.stage);
      if (!s) out.set(e.stage, (s = { saved: [], notPlain: [] }));
      if (!e.settled.ok) {
        s.saved.push({ key, ok: false, error: mask(e.settled.error), ...(e.ms !== undefined ? { ms: e.ms } : {}) });
        continue;
      }
      const why = notPlainJson(e.settled.value);
      if (why) {
        s.notPlain.push(key);
        continue;
      }
      s.saved.push({ key, ok: true, value: mask(e.settled.value), ...(e.ms !== undefined ? { ms: e.ms } : {}) });
    }
    return out;
  }

  /** A replay probe met a request the saved run did not send: charge it to whoever is asking. */
  noteMiss(what: string): void {
    const who = asking.getStore();
    if (who?.key !== undefined) push(this.missesByKey, who.key, what);
    else if (who?.checkId !== undefined) push(this.missesByCheck, who.checkId, what);
  }

  /** Misses met by a check job's own requests (not inside a retrieval); `asker` as given to asCheck. */
  missesOf(asker: string): string[] {
    return this.missesByCheck.get(asker) ?? [];
  }

  /** Per stage: retrievals run, failed, recomputed in replay (the report's `sections.evidence`). */
  summary(): Record<string, { retrievals: number; failed: number; replayed?: number; recomputed?: number }> {
    const out: Record<string, { retrievals: number; failed: number; replayed?: number; recomputed?: number }> = {};
    for (const [key, e] of this.entries) {
      const s = (out[e.stage] ??= { retrievals: 0, failed: 0 });
      s.retrievals++;
      if (e.settled && !e.settled.ok) s.failed++;
      if (this.saved) {
        if (this.saved.has(key)) s.replayed = (s.replayed ?? 0) + 1;
        else s.recomputed = (s.recomputed ?? 0) + 1;
      }
    }
    return out;
  }
}

function push(m: Map<string, string[]>, k: string, v: string): void {
  const l = m.get(k);
  if (!l) m.set(k, [v]);
  else if (!l.includes(v) && l.length < 20) l.push(v);
}

async function raceSignal<T>(p: Promise<T>, signal: AbortSignal, timeoutMs: number): Promise<T> {
  if (signal.aborted) throw reasonOf(signal, timeoutMs);
  let onAbort!: () => void;
  const stopped = new Promise<never>((_, reject) => {
    onAbort = () => reject(reasonOf(signal, timeoutMs));
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([p, stopped]);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

function reasonOf(signal: AbortSignal, timeoutMs: number): unknown {
  const r = signal.reason as { name?: string } | undefined;
  if (r && r.name === 'TimeoutError') return new Error(`the stage's retrieval deadline of ${timeoutMs} ms passed`);
  return signal.reason;
}

function errorText(err: unknown): string {
  if (err instanceof Error) {
    const cause = (err as Error & { cause?: unknown }).cause;
    return cause instanceof Error && !err.message.includes(cause.message) ? `${err.message}: ${cause.message}` : err.message;
  }
  return String(err);
}

/** Why a value would not survive JSON.stringify → JSON.parse unchanged (undefined: it would). */
export function notPlainJson(v: unknown, path = '$', depth = 0): string | undefined {
  if (depth > 64) return `${path}: nested too deep`;
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return undefined;
  if (typeof v === 'number') return Number.isFinite(v) ? undefined : `${path}: ${v}`;
  if (typeof v !== 'object') return `${path}: ${typeof v}`;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      if (v[i] === undefined) return `${path}[${i}]: undefined`;
      const w = notPlainJson(v[i], `${path}[${i}]`, depth + 1);
      if (w) return w;
    }
    return undefined;
  }
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return `${path}: ${(v as object).constructor?.name ?? 'object'}`;
  for (const [k, x] of Object.entries(v)) {
    if (x === undefined) continue; // dropped by JSON, read back as absent: the same to a judge
    const w = notPlainJson(x, `${path}.${k}`, depth + 1);
    if (w) return w;
  }
  return undefined;
}
