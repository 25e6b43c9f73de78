import type { MonitorSection } from '../core/config/sections/monitor.js';
import type { AlertEvent, AlertKind } from './alerts.js';
import type { Clock } from './clock.js';
import type { MonitorStore } from './store.js';
import { DAY, type Incident, type ProbeResult, type ResolvedMonitor } from './types.js';

/** What the engine knows about a monitor; persisted after every decided run (state key `incident-state:<id>`). */
interface MonitorState {
  consecutiveDown: number;
  consecutiveUp: number;
  /** slot outcomes, newest last (true = up) */
  history: boolean[];
  flapping: boolean;
  open: Incident | null;
  /** the newest decided slot: results at or before it are never evaluated again */
  lastSlot: number;
  lastCause: string;
  /** when the current run of failures began: the earliest failed result of its first failed run */
  firstDownAt: number | null;
}

interface PersistedState {
  v: 1;
  consecutiveDown: number;
  consecutiveUp: number;
  history: boolean[];
  flapping: boolean;
  lastSlot: number;
  lastCause: string;
  firstDownAt: number | null;
}

const STATE_KEY = (id: string): string => `incident-state:${id}`;
/** set on the first load of a store by this engine: results older than it are history, not unevaluated work */
const SINCE_KEY = 'incident-engine:since';
/** incidents of a silent location use this monitor id prefix */
export const LOCATION_PREFIX = 'location:';

export interface IncidentEngineOptions {
  store: MonitorStore;
  clock: Clock;
  monitors: ResolvedMonitor[];
  flapping: MonitorSection['flapping'];
  maintenance: MonitorSection['maintenance'];
  /** alert sink; called synchronously when an incident opens/closes (delivery itself is async) */
  alert(e: AlertEvent, channels: string[]): void;
  publicUrl?: string;
  /** intervals without a result after which a location is silent (monitor.locationSilentIntervals, default 3) */
  silentIntervals?: number;
  /** channels for location incidents (default: every channel any monitor uses) */
  locationChannels?: string[];
  /** a background step (state write, location check) failed: the daemon logs it */
  onError?(err: unknown): void;
}

/**
 * Turns results into incidents.
 *
 * - A run (slot) counts as failed when at least `locationsThreshold` of its *live* locations failed (N of M). A
 *   location is live until it stores no result for `silentIntervals` of its shortest monitor interval; a silent
 *   location opens its own incident ("location us-1 silent for 3 intervals") and is left out of N of M until it
 *   reports again. When fewer live locations remain than the threshold, every live location must fail
 *   (threshold = min(locationsThreshold, live)), so an outage seen by the surviving locations still pages.
 * - An incident opens after `failThreshold` failed runs in a row and closes after `recoverThreshold` good ones.
 *   `openedAt` is the first failed result of that run of failures, `detectedAt` the threshold crossing.
 * - Flapping: `flapping.changes` state changes within the last `flapping.window` runs keep one incident open and
 *   silence further alerts until the monitor is stable. Maintenance windows keep results but open nothing.
 * - State is persisted after every decided run, and a restart restores it instead of rebuilding it from a window
 *   of recent results: a restart never opens or closes an incident by itself. Only results stored after the
 *   persisted state (a crash between storing and evaluating) are evaluated on load, as they would have been.
 */
export class IncidentEngine {
  private readonly state = new Map<string, MonitorState>();
  /** per monitor, per slot: results of the locations heard so far (N of M waits for enough of them) */
  private readonly pending = new Map<string, Map<number, Map<string, ProbeResult>>>();
  private readonly byId = new Map<string, ResolvedMonitor>();
  private chain: Promise<void> = Promise.resolve();
  /** newest result time per location (heartbeat) */
  private readonly lastSeen = new Map<string, number>();
  /** open incident per silent location */
  private readonly silent = new Map<string, Incident>();
  /** locations never judged silent (this process's own location: it is alive by definition) */
  private readonly self = new Set<string>();
  private watchStart = 0;
  private watchTimer: unknown = null;
  private readonly locationInterval = new Map<string, number>();
  private readonly dirty = new Map<string, PersistedState>();
  private persistTimer: unknown = null;
  private evaluations = 0;

  constructor(private readonly o: IncidentEngineOptions) {
    for (const m of o.monitors) {
      this.byId.set(m.id, m);
      for (const l of m.locations) this.locationInterval.set(l, Math.min(this.locationInterval.get(l) ?? Infinity, m.intervalMs));
    }
  }

  private fresh(): MonitorState {
    return { consecutiveDown: 0, consecutiveUp: 0, history: [], flapping: false, open: null, lastSlot: -Infinity, lastCause: '', firstDownAt: null };
  }

  private st(id: string): MonitorState {
    let s = this.state.get(id);
    if (!s) this.state.set(id, (s = this.fresh()));
    return s;
  }

  /** Restore persisted state and open incidents from the store (start, or a standby becoming leader). */
  async load(): Promise<void> {
    await this.flushState();
    this.state.clear();
    this.pending.clear();
    this.silent.clear();
    const now = this.o.clock.now();
    let since = (await this.o.store.getState(SINCE_KEY)) as number | undefined;
    if (since === undefined) {
      since = now;
      await this.o.store.setState(SINCE_KEY, since);
    }
    const open = new Map<string, Incident>();
    for (const inc of await this.o.store.incidents({ open: true, limit: 100_000 })) {
      if (inc.monitorId.startsWith(LOCATION_PREFIX)) this.silent.set(inc.monitorId.slice(LOCATION_PREFIX.length), inc);
      else if (!open.has(inc.monitorId)) open.set(inc.monitorId, inc);
    }
    const toReplay: ProbeResult[] = [];
    for (const m of this.o.monitors) {
      const s = this.st(m.id);
      s.open = open.get(m.id) ?? null;
      const saved = (await this.o.store.getState(STATE_KEY(m.id))) as PersistedState | undefined;
      // results after the persisted state (or, with no state yet, stored since this engine first ran) were stored
      // but never evaluated (a crash in between): evaluate them now, as the running engine would have
      let from: number;
      if (saved) {
        Object.assign(s, { ...saved, history: [...saved.history], open: s.open });
        from = saved.lastSlot + 1;
      } else from = since;
      const k = (this.o.flapping.window + m.failThreshold + m.recoverThreshold + 1) * m.locations.length;
      const rows = await this.o.store.results({ monitorId: m.id, from, limit: k });
      toReplay.push(...rows.filter((r) => saved || r.at >= since));
    }
    toReplay.sort((a, b) => a.slot - b.slot || a.location.localeCompare(b.location));
    for (const r of toReplay) await this.evaluate(r);
    // a location is judged on what this process has seen: silence before it started is not counted against it
    this.watchStart = now;
  }

  /**
   * Watch location heartbeats on the clock (the daemon and the scale-out leader call this). `self` is this
   * process's own location, never silent while it runs.
   */
  startWatch(self?: string): void {
    if (self) this.self.add(self);
    this.watchStart = Math.max(this.watchStart, this.o.clock.now());
    const intervals = [...this.locationInterval.values()];
    const every = Math.min(30_000, Math.max(1000, Math.min(...intervals, 60_000) / 2));
    const tick = (): void => {
      this.watchTimer = this.o.clock.setTimeout(tick, every);
      void this.enqueue(() => this.checkLocations()).catch((err) => this.o.onError?.(err));
    };
    this.watchTimer = this.o.clock.setTimeout(tick, every);
  }

  stopWatch(): void {
    if (this.watchTimer !== null) this.o.clock.clearTimeout(this.watchTimer);
    this.watchTimer = null;
  }

  /** stop timers and write the pending state (the runtime's drain calls this last) */
  async shutdown(): Promise<void> {
    this.stopWatch();
    await this.flushState();
  }

  private enqueue(fn: () => Promise<void>): Promise<void> {
    // every 64 evaluations give the event loop a turn: a batch of 500 results evaluated in one go would hold back
    // the sockets of probes in flight, and their responses would be read (and timed) late
    const p = this.chain.then(async () => {
      if (++this.evaluations % 64 === 0) await new Promise<void>((r) => setImmediate(r));
      return fn();
    });
    this.chain = p.catch(() => undefined);
    return p;
  }

  /** Feed one stored result. Serialised so that concurrent probes see a consistent state. */
  onResult(r: ProbeResult): Promise<void> {
    return this.enqueue(async () => {
      await this.heard(r.location, r.at);
      await this.evaluate(r);
    });
  }

  isFlapping(monitorId: string): boolean {
    return this.state.get(monitorId)?.flapping ?? false;
  }

  openIncident(monitorId: string): Incident | null {
    return this.state.get(monitorId)?.open ?? null;
  }

  /** locations currently judged silent, with their incident */
  silentLocations(): Map<string, Incident> {
    return new Map(this.silent);
  }

  inMaintenance(monitorId: string, at: number): boolean {
    return this.o.maintenance.some((w) => (!w.monitors || w.monitors.includes(monitorId)) && at >= Date.parse(w.start) && at < Date.parse(w.end));
  }

  private get silentIntervals(): number {
    return this.o.silentIntervals ?? 3;
  }

  /** a result from a location: it is live; if it was silent, its incident closes */
  private async heard(location: string, at: number): Promise<void> {
    this.lastSeen.set(location, Math.max(this.lastSeen.get(location) ?? 0, at));
    const inc = this.silent.get(location);
    if (!inc) return;
    this.silent.delete(location);
    const now = this.o.clock.now();
    await this.o.store.updateIncident(inc.id, { closedAt: now });
    await this.o.store.addEvent({ incidentId: inc.id, at: now, kind: 'resolved', message: `location ${location} reports again` });
    this.emitLocation('incident.resolved', location, { ...inc, closedAt: now }, `location ${location} reports again after ${Math.round((now - inc.openedAt) / 1000)} s`, now);
  }

  /** Judge every location's heartbeat now (the watch timer calls this; tests may too). */
  async checkLocations(): Promise<void> {
    const now = this.o.clock.now();
    const changed: string[] = [];
    for (const [loc, interval] of this.locationInterval) {
      if (this.self.has(loc) || this.silent.has(loc)) continue;
      const since = Math.max(this.lastSeen.get(loc) ?? 0, this.watchStart);
      const n = Math.floor((now - since) / interval);
      if (n < this.silentIntervals) continue;
      const cause = `location ${loc} silent for ${n} intervals (no result since ${new Date(since).toISOString()})`;
      const inc = await this.o.store.openIncident({
        id: `${LOCATION_PREFIX}${loc}-${now}`,
        monitorId: `${LOCATION_PREFIX}${loc}`,
        openedAt: since,
        detectedAt: now,
        closedAt: null,
        acknowledgedAt: null,
        acknowledgedBy: null,
        cause,
        deployId: null,
        openSlot: now,
      });
      this.silent.set(loc, inc);
      await this.o.store.addEvent({ incidentId: inc.id, at: now, kind: 'opened', message: cause });
      this.emitLocation('incident.opened', loc, inc, cause, now);
      changed.push(loc);
    }
    if (!changed.length) return;
    // runs that waited for a now silent location are decided without it
    for (const m of this.o.monitors) {
      if (!m.locations.some((l) => changed.includes(l))) continue;
      const slots = this.pending.get(m.id);
      if (!slots) continue;
      for (const slot of [...slots.keys()].sort((a, b) => a - b)) {
        const got = slots.get(slot);
        if (got) await this.decide(m, slot, got);
      }
    }
  }

  private async evaluate(r: ProbeResult): Promise<void> {
    const m = this.byId.get(r.monitorId);
    if (!m) return;
    const s = this.st(m.id);
    if (r.slot <= s.lastSlot) return; // decided already (late location, or replayed result)
    let slots = this.pending.get(m.id);
    if (!slots) this.pending.set(m.id, (slots = new Map()));
    let got = slots.get(r.slot);
    if (!got) slots.set(r.slot, (got = new Map()));
    got.set(r.location, r);
    await this.decide(m, r.slot, got);
  }

  /** decide a run once enough live locations have reported; no-op while the outcome is still open */
  private async decide(m: ResolvedMonitor, slot: number, got: Map<string, ProbeResult>): Promise<void> {
    const s = this.st(m.id);
    if (slot <= s.lastSlot) return;
    const live = m.locations.filter((l) => !this.silent.has(l));
    if (live.length === 0) return; // nobody left to judge: wait for a location to come back
    const heard = [...got.values()].filter((x) => live.includes(x.location));
    const expected = live.length;
    const threshold = Math.min(m.locationsThreshold, expected);
    const down = heard.filter((x) => x.status === 'down');
    const up = heard.length - down.length;
    let slotDown: boolean;
    if (down.length >= threshold) slotDown = true;
    else if (up > expected - threshold || heard.length >= expected) slotDown = false;
    else return; // wait for more locations
    const slots = this.pending.get(m.id)!;
    for (const k of slots.keys()) if (k <= slot) slots.delete(k);
    s.lastSlot = slot;
    const total = m.locations.length;
    const silentNote = live.length < total ? ` (${total - live.length} silent location${total - live.length > 1 ? 's' : ''} not counted)` : '';
    const cause = slotDown
      ? down.length > 1 || total > 1
        ? `${down.length} of ${expected} ${silentNote ? 'live ' : ''}locations failed${silentNote}: ${down.map((x) => `${x.location}: ${x.error ?? 'down'}`).join('; ')}`
        : (down[0]!.error ?? 'down')
      : '';
    const maintenance = heard.some((x) => x.maintenance) || this.inMaintenance(m.id, slot);
    if (!maintenance) await this.apply(m, s, slot, slotDown, cause, slotDown ? Math.min(...down.map((x) => x.at)) : null);
    this.persist(m.id, s);
  }

  private async apply(m: ResolvedMonitor, s: MonitorState, slot: number, slotDown: boolean, cause: string, downAt: number | null): Promise<void> {
    const now = this.o.clock.now();
    s.history.push(!slotDown);
    if (s.history.length > this.o.flapping.window) s.history.shift();
    let changes = 0;
    for (let i = 1; i < s.history.length; i++) if (s.history[i] !== s.history[i - 1]) changes++;
    const wasFlapping = s.flapping;
    s.flapping = changes >= this.o.flapping.changes;

    if (slotDown) {
      if (s.consecutiveDown === 0) s.firstDownAt = downAt;
      s.consecutiveDown++;
      s.consecutiveUp = 0;
      s.lastCause = cause;
      if (!s.open && (s.consecutiveDown >= m.failThreshold || (s.flapping && !wasFlapping))) {
        await this.open(m, s, slot, s.flapping ? `flapping: ${changes} state changes in the last ${s.history.length} runs; last failure: ${cause}` : cause, now);
      }
    } else {
      s.consecutiveUp++;
      s.consecutiveDown = 0;
      s.firstDownAt = null;
      if (s.flapping && !wasFlapping && !s.open) {
        await this.open(m, s, slot, `flapping: ${changes} state changes in the last ${s.history.length} runs`, now);
      } else if (s.open && slot > s.open.openSlot && !s.flapping && s.consecutiveUp >= m.recoverThreshold) {
        await this.close(m, s, now);
      }
    }
    if (s.open && s.flapping !== wasFlapping) {
      await this.o.store.addEvent({ incidentId: s.open.id, at: now, kind: 'flapping', message: s.flapping ? 'monitor is flapping: alerts suppressed until it is stable' : 'monitor is stable again' });
    }
  }

  /**
   * State is written in batches (one transaction every 250 ms, and on stop): a write per result cost more CPU
   * than the probe. A state that a crash kept from being written is rebuilt by load() from the stored results
   * after the last written state, so batching loses nothing.
   */
  private persist(id: string, s: MonitorState): void {
    this.dirty.set(STATE_KEY(id), { v: 1, consecutiveDown: s.consecutiveDown, consecutiveUp: s.consecutiveUp, history: [...s.history], flapping: s.flapping, lastSlot: s.lastSlot, lastCause: s.lastCause, firstDownAt: s.firstDownAt } satisfies PersistedState);
    if (this.persistTimer === null) this.persistTimer = this.o.clock.setTimeout(() => void this.enqueue(() => this.writeState()).catch((err) => this.o.onError?.(err)), 250);
  }

  private async writeState(): Promise<void> {
    if (this.persistTimer !== null) this.o.clock.clearTimeout(this.persistTimer);
    this.persistTimer = null;
    if (this.dirty.size === 0) return;
    const entries = [...this.dirty];
    this.dirty.clear();
    await this.o.store.setStates(entries);
  }

  /** write the pending state now (stop, and tests that restart on the same store) */
  flushState(): Promise<void> {
    return this.enqueue(() => this.writeState());
  }

  private async open(m: ResolvedMonitor, s: MonitorState, slot: number, cause: string, now: number): Promise<void> {
    const openedAt = s.firstDownAt ?? now;
    const deploys = await this.o.store.deploys({ from: openedAt - DAY, to: openedAt + 1, limit: 1 });
    const deploy = deploys[0] ?? null;
    const id = `${m.id}-${slot}`;
    const existing = await this.o.store.incident(id);
    if (existing) {
      // opened before a crash that kept the state from being saved: track it, no second timeline entry or alert
      s.open = existing.closedAt === null ? existing : null;
      return;
    }
    const inc = await this.o.store.openIncident({ id, monitorId: m.id, openedAt, detectedAt: now, closedAt: null, acknowledgedAt: null, acknowledgedBy: null, cause, deployId: deploy?.id ?? null, openSlot: slot });
    s.open = inc;
    await this.o.store.addEvent({ incidentId: inc.id, at: openedAt, kind: 'failure', message: `first failed run: ${s.lastCause || cause}` });
    await this.o.store.addEvent({ incidentId: inc.id, at: now, kind: 'opened', message: cause });
    if (deploy) await this.o.store.addEvent({ incidentId: inc.id, at: now, kind: 'note', message: `preceded by deploy ${deploy.version} (${deploy.env}) at ${new Date(deploy.at).toISOString()}` });
    const kind: AlertKind = s.flapping ? 'incident.flapping' : 'incident.opened';
    this.emit(kind, m, inc, cause, now, deploy);
  }

  private async close(m: ResolvedMonitor, s: MonitorState, now: number): Promise<void> {
    const inc = s.open!;
    s.open = null;
    if (inc.closedAt !== null) return;
    await this.o.store.updateIncident(inc.id, { closedAt: now });
    const closed = { ...inc, closedAt: now };
    await this.o.store.addEvent({ incidentId: inc.id, at: now, kind: 'resolved', message: `recovered after ${Math.round((now - inc.openedAt) / 1000)} s` });
    this.emit('incident.resolved', m, closed, `${m.name} is up again`, now, null);
  }

  private incidentUrl(inc: Incident): Pick<AlertEvent, 'url'> {
    return this.o.publicUrl ? { url: `${this.o.publicUrl.replace(/\/$/, '')}/#incident-${inc.id}` } : {};
  }

  private emit(kind: AlertKind, m: ResolvedMonitor, inc: Incident, message: string, now: number, deploy: AlertEvent['deploy']): void {
    const e: AlertEvent = { kind, at: now, monitor: { id: m.id, name: m.name, type: m.type }, incident: inc, message, deploy, ...this.incidentUrl(inc) };
    void this.o.store.addEvent({ incidentId: inc.id, at: now, kind: 'alert', message: `${kind} sent to ${m.alertChannels.join(', ') || '(no channel)'}` });
    this.o.alert(e, m.alertChannels);
  }

  private locationChannels(): string[] {
    return this.o.locationChannels ?? [...new Set(this.o.monitors.flatMap((m) => m.alertChannels))];
  }

  private emitLocation(kind: AlertKind, location: string, inc: Incident, message: string, now: number): void {
    const channels = this.locationChannels();
    const e: AlertEvent = { kind, at: now, monitor: { id: `${LOCATION_PREFIX}${location}`, name: `location ${location}`, type: 'location' }, incident: inc, message, deploy: null, ...this.incidentUrl(inc) };
    void this.o.store.addEvent({ incidentId: inc.id, at: now, kind: 'alert', message: `${kind} sent to ${channels.join(', ') || '(no channel)'}` });
    this.o.alert(e, channels);
  }

  /** Acknowledge: recorded on the incident and its timeline, and sent to the incident's channels (the on-call team sees who took it). */
  async acknowledge(incidentId: string, by: string): Promise<Incident | null> {
    const inc = await this.o.store.incident(incidentId);
    if (!inc) return null;
    const now = this.o.clock.now();
    if (inc.acknowledgedAt === null) {
      await this.o.store.updateIncident(incidentId, { acknowledgedAt: now, acknowledgedBy: by });
      await this.o.store.addEvent({ incidentId, at: now, kind: 'acknowledged', message: `acknowledged by ${by}` });
      const acked = { ...inc, acknowledgedAt: now, acknowledgedBy: by };
      const s = this.state.get(inc.monitorId);
      if (s?.open?.id === incidentId) s.open = acked;
      const message = `acknowledged by ${by}`;
      if (inc.monitorId.startsWith(LOCATION_PREFIX)) {
        this.emitLocation('incident.acknowledged', inc.monitorId.slice(LOCATION_PREFIX.length), acked, message, now);
      } else {
        const m = this.byId.get(inc.monitorId);
        if (m) this.emit('incident.acknowledged', m, acked, message, now, null);
      }
    }
    return this.o.store.incident(incidentId);
  }

  /** wait for queued evaluations */
  async idle(): Promise<void> {
    await this.chain;
  }
}
