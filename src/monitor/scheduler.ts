import { setMaxListeners } from 'node:events';
import { createHash } from 'node:crypto';
import type { Clock } from './clock.js';
import { resultId, type ProbeOutcome, type ProbeResult, type ResolvedMonitor } from './types.js';

/**
 * Runs monitors on a fixed grid: monitor m runs at slots `phase(m) + k * interval`, where the phase is a hash of
 * its id (spreads 10,000 monitors evenly over the interval) and each run adds a random jitter below `jitterMs`.
 * Slots are absolute, so a restarted daemon computes the same slots: a result's id (monitor, location, slot) is
 * stable, and a slot whose result is missing (killed mid-run) is run again on start instead of being lost.
 * A failed attempt is retried `retries` times, `retryDelayMs` apart, before the run counts as failed.
 */
export interface SchedulerOptions {
  monitors: ResolvedMonitor[];
  location: string;
  clock: Clock;
  concurrency: number;
  /** one attempt */
  probe(m: ResolvedMonitor, signal: AbortSignal, slot: number): Promise<ProbeOutcome>;
  /** a finished run; the scheduler awaits it (store write) before counting the run done */
  onResult(r: ProbeResult): Promise<void> | void;
  /** latest stored slot per `monitor@location` (restart catch-up) */
  latestSlots?: Map<string, number>;
  inMaintenance?(monitorId: string, at: number): boolean;
  random?: () => number;
  /** called when a run could not be stored or evaluated */
  onError?(err: unknown, m: ResolvedMonitor): void;
  /**
   * Adapt the number of probes in flight to this process's own event loop (real time; the daemon and --once turn
   * it on): `concurrency` is the ceiling. See {@link LoopLimiter}.
   */
  adaptive?: boolean;
}

/**
 * How many probes may be in flight, steered by the lag of this process's event loop. A response that arrives
 * while the loop is busy with other probes waits unread, and that wait would be reported as the target's
 * latency. Measured here: against a target answering in 0.3 ms, 10,000 probes took as long with 8 in flight as
 * with 256, but the median latency read 0.3 ms instead of 16 ms. So the limit shrinks (x0.75 per 50 ms tick)
 * when the loop lags over 3 ms *and* this process used most of that time itself (its own backlog; lag while it
 * used little CPU is other processes taking the cores: the limit holds), and grows (+10%) while work is waiting
 * and the loop keeps up (lag under 1 ms). A slow target (200 ms) loads the loop little, so the limit climbs to
 * the ceiling there.
 */
export class LoopLimiter {
  limit: number;
  private timer: NodeJS.Timeout | null = null;
  private last = 0;
  private cpu = process.cpuUsage();
  constructor(
    readonly max: number,
    private readonly busy: () => boolean,
    readonly min = Math.min(4, max),
  ) {
    this.limit = Math.min(max, 16);
  }
  /** start ticking while there is work; stops by itself when idle */
  wake(): void {
    if (this.timer) return;
    this.last = performance.now();
    this.cpu = process.cpuUsage();
    this.timer = setInterval(() => this.tick(), 50);
    this.timer.unref();
  }
  private tick(): void {
    const now = performance.now();
    const wall = now - this.last;
    const lag = wall - 50;
    this.last = now;
    const used = process.cpuUsage(this.cpu);
    this.cpu = process.cpuUsage();
    const share = (used.user + used.system) / 1000 / wall;
    if (lag > 3 && share > 0.5) this.limit = Math.max(this.min, Math.floor(this.limit * 0.75));
    else if (lag < 1 && this.busy()) this.limit = Math.min(this.max, this.limit + Math.max(1, Math.floor(this.limit * 0.1)));
    if (!this.busy()) this.stop();
  }
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}

interface Entry {
  at: number;
  slot: number;
  m: ResolvedMonitor;
  /** --once: called with the stored result (or null when dropped) */
  done?: (r: ProbeResult | null) => void;
}

class MinHeap {
  private a: Entry[] = [];
  get size(): number {
    return this.a.length;
  }
  peek(): Entry | undefined {
    return this.a[0];
  }
  push(e: Entry): void {
    const a = this.a;
    a.push(e);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (a[p]!.at <= e.at) break;
      a[i] = a[p]!;
      i = p;
    }
    a[i] = e;
  }
  pop(): Entry | undefined {
    const a = this.a;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && a[l]!.at < (m === i ? last.at : a[m]!.at)) m = l;
        if (r < a.length && a[r]!.at < (m === i ? last.at : a[m]!.at)) m = r;
        if (m === i) break;
        a[i] = a[m]!;
        i = m;
      }
      a[i] = last;
    }
    return top;
  }
}

export function phaseOf(id: string, intervalMs: number): number {
  const h = createHash('sha1').update(id).digest();
  return h.readUInt32BE(0) % intervalMs;
}

/** the latest grid slot at or before `now` */
export function slotAtOrBefore(m: Pick<ResolvedMonitor, 'id' | 'intervalMs'>, now: number): number {
  const phase = phaseOf(m.id, m.intervalMs);
  return Math.floor((now - phase) / m.intervalMs) * m.intervalMs + phase;
}

export class Scheduler {
  private readonly heap = new MinHeap();
  private timer: unknown = null;
  private timerAt = Infinity;
  private stopped = true;
  private readonly queue: Entry[] = [];
  private active = 0;
  private readonly inflight = new Set<Promise<void>>();
  private readonly ctl = new AbortController();
  private readonly running = new Set<string>();
  /** runs finished since start */
  completed = 0;
  skipped = 0;
  readonly limiter: LoopLimiter | null;

  constructor(private readonly o: SchedulerOptions) {
    this.limiter = o.adaptive ? new LoopLimiter(o.concurrency, () => this.queue.length > 0 && this.active >= (this.limiter?.limit ?? 0)) : null;
    // every in-flight probe listens on this one stop signal (hundreds at once with many monitors): not a leak
    setMaxListeners(0, this.ctl.signal);
  }

  start(): void {
    this.stopped = false;
    const now = this.o.clock.now();
    for (const m of this.o.monitors) {
      if (!m.locations.includes(this.o.location)) continue;
      const cur = slotAtOrBefore(m, now);
      const stored = this.o.latestSlots?.get(`${m.id}@${this.o.location}`);
      // catch up on the current slot if its result is missing (first start, or killed mid-run), unless the next
      // slot is due within moments: two runs a fraction of a second apart say nothing the second would not
      const nextSoon = cur + m.intervalMs - now < Math.min(m.intervalMs / 4, 1000 + m.jitterMs);
      const slot = (stored !== undefined && stored >= cur) || nextSoon ? cur + m.intervalMs : cur;
      this.heap.push({ at: Math.max(now, slot) + this.jitter(m), slot, m });
    }
    this.arm();
  }

  private jitter(m: ResolvedMonitor): number {
    return m.jitterMs > 0 ? Math.floor((this.o.random ?? Math.random)() * m.jitterMs) : 0;
  }

  private arm(): void {
    if (this.stopped) return;
    const next = this.heap.peek();
    if (!next) return;
    if (this.timer !== null && this.timerAt <= next.at) return;
    if (this.timer !== null) this.o.clock.clearTimeout(this.timer);
    this.timerAt = next.at;
    this.timer = this.o.clock.setTimeout(() => this.fire(), next.at - this.o.clock.now());
  }

  private fire(): void {
    this.timer = null;
    this.timerAt = Infinity;
    if (this.stopped) return;
    const now = this.o.clock.now();
    for (let e = this.heap.peek(); e && e.at <= now; e = this.heap.peek()) {
      this.heap.pop();
      const { m } = e;
      let slot = e.slot;
      // a whole interval slipped by (process paused): run the latest slot, count the others as skipped
      const latest = slotAtOrBefore(m, now);
      if (latest > slot) {
        this.skipped += (latest - slot) / m.intervalMs;
        slot = latest;
      }
      this.enqueue({ at: now, slot, m });
      const nextSlot = slot + m.intervalMs;
      this.heap.push({ at: nextSlot + this.jitter(m), slot: nextSlot, m });
    }
    this.arm();
  }

  private enqueue(e: Entry): void {
    const key = `${e.m.id}@${e.slot}`;
    if (this.running.has(key)) return;
    this.queue.push(e);
    this.pump();
  }

  /**
   * Run each monitor once for `slot` through the same queue and concurrency limit as the grid (`--once`): a
   * probe starts only when a slot of the limit is free, so queueing never shows up as latency.
   */
  runNow(monitors: ResolvedMonitor[], slot: number): Promise<ProbeResult[]> {
    const out: ProbeResult[] = [];
    return new Promise((resolve) => {
      let left = monitors.length;
      if (left === 0) return resolve(out);
      for (const m of monitors) {
        this.queue.push({
          at: slot,
          slot,
          m,
          done: (r) => {
            if (r) out.push(r);
            if (--left === 0) resolve(out);
          },
        });
      }
      this.pump();
    });
  }

  private pump(): void {
    const limit = this.limiter ? this.limiter.limit : this.o.concurrency;
    if (this.limiter && this.queue.length > 0) this.limiter.wake();
    while (this.active < limit && this.queue.length > 0) {
      const e = this.queue.shift()!;
      // a queued run whose next slot is already due is dropped, not replayed late (it would be stored as if it
      // had run on time; the next slot's run says how the target is now)
      if (!e.done && this.o.clock.now() > e.slot + e.m.intervalMs) {
        this.skipped++;
        continue;
      }
      this.active++;
      const key = `${e.m.id}@${e.slot}`;
      this.running.add(key);
      let released = false;
      const release = (): void => {
        if (released) return;
        released = true;
        this.active--;
        this.pump();
      };
      // the concurrency slot is freed when the probe ends; storing and evaluating (batched) happen outside it
      let result: ProbeResult | null = null;
      const p = this.runSlot(e.m, e.slot)
        .then((r) => {
          release();
          result = r;
          return this.o.onResult(r);
        })
        .catch((err) => this.o.onError?.(err, e.m))
        .finally(() => {
          e.done?.(result);
          release();
          this.running.delete(key);
          this.completed++;
          this.inflight.delete(p);
        });
      this.inflight.add(p);
    }
  }

  /** one run of a monitor for a slot, with retries; never throws */
  async runSlot(m: ResolvedMonitor, slot: number): Promise<ProbeResult> {
    let outcome: ProbeOutcome = { ok: false, error: 'not run' };
    let attempts = 0;
    for (let a = 0; a <= m.retries; a++) {
      attempts++;
      try {
        outcome = await this.o.probe(m, this.ctl.signal, slot);
      } catch (err) {
        outcome = { ok: false, error: (err as Error).message };
      }
      if (outcome.ok || a === m.retries) break;
      await this.o.clock.sleep(m.retryDelayMs);
    }
    const at = this.o.clock.now();
    return {
      id: resultId(m.id, this.o.location, slot),
      monitorId: m.id,
      location: this.o.location,
      slot,
      at,
      status: outcome.ok ? 'up' : 'down',
      latencyMs: outcome.latencyMs ?? null,
      httpStatus: outcome.httpStatus ?? null,
      error: outcome.ok ? null : (outcome.error ?? 'failed'),
      attempts,
      maintenance: this.o.inMaintenance?.(m.id, slot) ?? false,
      detail: outcome.detail ?? null,
    };
  }

  get inFlight(): number {
    return this.active + this.queue.length;
  }

  /** Stop scheduling; let every started run finish and be stored (SIGTERM drain). */
  async stop(): Promise<void> {
    this.stopped = true;
    this.limiter?.stop();
    if (this.timer !== null) this.o.clock.clearTimeout(this.timer);
    this.timer = null;
    for (const e of this.queue.splice(0)) e.done?.(null);
    while (this.inflight.size) await Promise.allSettled([...this.inflight]);
  }

  /** Hard cancel (second signal): abort probes in flight, then drain. */
  async abort(): Promise<void> {
    this.ctl.abort();
    await this.stop();
  }
}
