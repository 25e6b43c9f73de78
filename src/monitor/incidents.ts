import type { MonitorSection } from '../core/config/sections/monitor.js';
import type { AlertEvent, AlertKind } from './alerts.js';
import type { Clock } from './clock.js';
import type { MonitorStore } from './store.js';
import { DAY, type Incident, type ProbeResult, type ResolvedMonitor } from './types.js';

interface MonitorState {
  consecutiveDown: number;
  consecutiveUp: number;
  /** slot outcomes, newest last (true = up) */
  history: boolean[];
  flapping: boolean;
  open: Incident | null;
  lastSlot: number;
  lastCause: string;
}

export interface IncidentEngineOptions {
  store: MonitorStore;
  clock: Clock;
  monitors: ResolvedMonitor[];
  flapping: MonitorSection['flapping'];
  maintenance: MonitorSection['maintenance'];
  /** alert sink; called synchronously when an incident opens/closes (delivery itself is async) */
  alert(e: AlertEvent, channels: string[]): void;
  publicUrl?: string;
}

/**
 * Turns results into incidents. A run (slot) counts as failed when at least `locationsThreshold` of its
 * locations failed (N of M); an incident opens after `failThreshold` failed runs in a row and closes after
 * `recoverThreshold` good ones. A monitor whose state changed `flapping.changes` times within the last
 * `flapping.window` runs is flapping: one incident stays open and no further alert goes out until it is stable.
 * Maintenance windows keep results but open nothing. Incident ids derive from the slot that opened them, so a
 * replay after a restart finds the same row instead of opening a second one.
 */
export class IncidentEngine {
  private readonly state = new Map<string, MonitorState>();
  /** per monitor, per slot: results of the locations heard so far (N of M waits for enough of them) */
  private readonly pending = new Map<string, Map<number, Map<string, ProbeResult>>>();
  private readonly byId = new Map<string, ResolvedMonitor>();
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly o: IncidentEngineOptions) {
    for (const m of o.monitors) this.byId.set(m.id, m);
  }

  private st(id: string): MonitorState {
    let s = this.state.get(id);
    if (!s) {
      s = { consecutiveDown: 0, consecutiveUp: 0, history: [], flapping: false, open: null, lastSlot: -Infinity, lastCause: '' };
      this.state.set(id, s);
    }
    return s;
  }

  /** Restore open incidents and counters from the store (after a restart). */
  async load(): Promise<void> {
    for (const inc of await this.o.store.incidents({ open: true, limit: 100_000 })) this.st(inc.monitorId).open = inc;
    // the last runs of each monitor (index-backed per monitor), enough for the flapping window and the threshold
    const recent: ProbeResult[] = [];
    for (const m of this.o.monitors) {
      const k = (this.o.flapping.window + m.failThreshold + m.recoverThreshold + 1) * m.locations.length;
      recent.push(...(await this.o.store.results({ monitorId: m.id, limit: k })));
    }
    recent.sort((a, b) => a.slot - b.slot || a.location.localeCompare(b.location));
    // Replaying rebuilds the counters. The store is the truth: an incident that exists is never opened twice,
    // and one that a crash kept from opening (or closing) is opened (or closed) now, with its alert.
    for (const r of recent) await this.evaluate(r, true);
  }

  /** Feed one stored result. Serialised so that concurrent probes see a consistent state. */
  onResult(r: ProbeResult): Promise<void> {
    const p = this.chain.then(() => this.evaluate(r, false));
    this.chain = p.catch(() => undefined);
    return p;
  }

  isFlapping(monitorId: string): boolean {
    return this.state.get(monitorId)?.flapping ?? false;
  }

  openIncident(monitorId: string): Incident | null {
    return this.state.get(monitorId)?.open ?? null;
  }

  inMaintenance(monitorId: string, at: number): boolean {
    return this.o.maintenance.some((w) => (!w.monitors || w.monitors.includes(monitorId)) && at >= Date.parse(w.start) && at < Date.parse(w.end));
  }

  private async evaluate(r: ProbeResult, replay: boolean): Promise<void> {
    const m = this.byId.get(r.monitorId);
    if (!m) return;
    const s = this.st(m.id);
    if (r.slot <= s.lastSlot) return; // decided already (late location, or replayed result)
    let slots = this.pending.get(m.id);
    if (!slots) this.pending.set(m.id, (slots = new Map()));
    let got = slots.get(r.slot);
    if (!got) slots.set(r.slot, (got = new Map()));
    got.set(r.location, r);
    const expected = m.locations.length;
    const down = [...got.values()].filter((x) => x.status === 'down');
    const up = got.size - down.length;
    let slotDown: boolean;
    if (down.length >= m.locationsThreshold) slotDown = true;
    else if (up > expected - m.locationsThreshold || got.size >= expected) slotDown = false;
    else return; // wait for more locations
    for (const slot of slots.keys()) if (slot <= r.slot) slots.delete(slot);
    s.lastSlot = r.slot;
    const cause = slotDown
      ? down.length > 1 || expected > 1
        ? `${down.length} of ${expected} locations failed: ${down.map((x) => `${x.location}: ${x.error ?? 'down'}`).join('; ')}`
        : (down[0]!.error ?? 'down')
      : '';
    if (r.maintenance || this.inMaintenance(m.id, r.slot)) return;
    const now = this.o.clock.now();

    s.history.push(!slotDown);
    if (s.history.length > this.o.flapping.window) s.history.shift();
    let changes = 0;
    for (let i = 1; i < s.history.length; i++) if (s.history[i] !== s.history[i - 1]) changes++;
    const wasFlapping = s.flapping;
    s.flapping = changes >= this.o.flapping.changes;

    if (slotDown) {
      s.consecutiveDown++;
      s.consecutiveUp = 0;
      s.lastCause = cause;
      if (!s.open && (s.consecutiveDown >= m.failThreshold || (s.flapping && !wasFlapping))) {
        await this.open(m, s, r.slot, s.flapping ? `flapping: ${changes} state changes in the last ${s.history.length} runs; last failure: ${cause}` : cause, now);
      }
    } else {
      s.consecutiveUp++;
      s.consecutiveDown = 0;
      if (s.flapping && !wasFlapping && !s.open) {
        await this.open(m, s, r.slot, `flapping: ${changes} state changes in the last ${s.history.length} runs`, now);
      } else if (s.open && r.slot > s.open.openSlot && !s.flapping && s.consecutiveUp >= m.recoverThreshold) {
        await this.close(m, s, now);
      }
    }
    if (s.open && s.flapping !== wasFlapping && !replay) {
      await this.o.store.addEvent({ incidentId: s.open.id, at: now, kind: 'flapping', message: s.flapping ? 'monitor is flapping: alerts suppressed until it is stable' : 'monitor is stable again' });
    }
  }

  private async open(m: ResolvedMonitor, s: MonitorState, slot: number, cause: string, now: number): Promise<void> {
    const firstFailure = slot - (s.consecutiveDown - 1) * m.intervalMs;
    const deploys = await this.o.store.deploys({ from: firstFailure - DAY, to: firstFailure + 1, limit: 1 });
    const deploy = deploys[0] ?? null;
    const inc = await this.o.store.openIncident({
      id: `${m.id}-${slot}`,
      monitorId: m.id,
      openedAt: now,
      closedAt: null,
      acknowledgedAt: null,
      acknowledgedBy: null,
      cause,
      deployId: deploy?.id ?? null,
      openSlot: slot,
    });
    // A replay may meet an incident that already closed: track it until the replay reaches its recovery, so the
    // failures after its opening slot do not open a second one.
    s.open = inc;
    if (inc.openedAt !== now) return; // it existed already: no second timeline entry, no second alert
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

  private emit(kind: AlertKind, m: ResolvedMonitor, inc: Incident, message: string, now: number, deploy: AlertEvent['deploy']): void {
    const e: AlertEvent = { kind, at: now, monitor: { id: m.id, name: m.name, type: m.type }, incident: inc, message, deploy, ...(this.o.publicUrl ? { url: `${this.o.publicUrl.replace(/\/$/, '')}/#incident-${inc.id}` } : {}) };
    void this.o.store.addEvent({ incidentId: inc.id, at: now, kind: 'alert', message: `${kind} sent to ${m.alertChannels.join(', ') || '(no channel)'}` });
    this.o.alert(e, m.alertChannels);
  }

  async acknowledge(incidentId: string, by: string): Promise<Incident | null> {
    const inc = await this.o.store.incident(incidentId);
    if (!inc) return null;
    const now = this.o.clock.now();
    if (inc.acknowledgedAt === null) {
      await this.o.store.updateIncident(incidentId, { acknowledgedAt: now, acknowledgedBy: by });
      await this.o.store.addEvent({ incidentId, at: now, kind: 'acknowledged', message: `acknowledged by ${by}` });
      const s = this.state.get(inc.monitorId);
      if (s?.open?.id === incidentId) s.open = { ...s.open, acknowledgedAt: now, acknowledgedBy: by };
    }
    return this.o.store.incident(incidentId);
  }

  /** wait for queued evaluations */
  async idle(): Promise<void> {
    await this.chain;
  }
}
