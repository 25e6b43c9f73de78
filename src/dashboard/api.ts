import type { MonitorRuntime } from '../monitor/daemon.js';
import type { ChartPoint } from '../monitor/store.js';
import { DAY, HOUR, type HourRollup, type ProbeResult, type ResolvedMonitor } from '../monitor/types.js';

/**
 * Read models for the dashboard. Status comes from the runtime's in-memory latest results, uptime from hourly
 * rollups (cached briefly), series from raw results (24 h) or rollups (longer): no request scans raw history.
 */

export interface ErrorBudget {
  /** share of the 30-day budget left (1 = untouched, 0 = spent, < 0 = overspent) */
  left: number;
  /** downtime the SLO allows over 30 days, in minutes */
  allowedMin: number;
  /** downtime spent in the last 30 days, in minutes (failed runs x interval, averaged over locations) */
  spentMin: number;
}

export interface MonitorOverview {
  id: string;
  name: string;
  type: string;
  tags: string[];
  status: 'up' | 'down' | 'unknown' | 'maintenance';
  lastAt: number | null;
  latencyMs: number | null;
  httpStatus: number | null;
  error: string | null;
  locations: { location: string; status: string; at: number; silent: boolean }[];
  uptime: { d1: number | null; d7: number | null; d30: number | null; d90: number | null };
  slo: number;
  /** share of the 30-day error budget left (1 = untouched, < 0 = overspent); = errorBudget.left */
  errorBudgetLeft: number | null;
  errorBudget: ErrorBudget | null;
  flapping: boolean;
  incident: { id: string; openedAt: number; acknowledged: boolean } | null;
  /** verdict: tls/expiry's message id for this certificate (ok, expiring, expires-soon, expired) */
  cert: { daysLeft: number; expiresAt: string; verdict: string | null } | null;
  intervalSec: number;
  public: boolean;
}

type Counts = Map<string, { up: number; total: number }>;

/**
 * Error budget over 30 days the way SRE practice defines it: the SLO allows (100 - slo)% of the window's runs to
 * fail; the budget left is 1 - failed / allowed. The window counts every run the schedule would make in 30 days
 * (not only the runs stored so far), so a monitor that started an hour ago with one failed run has spent one run
 * of its 30-day allowance, not 100 times its budget.
 */
export function errorBudget(c: { up: number; total: number } | undefined, m: Pick<ResolvedMonitor, 'slo' | 'intervalMs' | 'locations'>): ErrorBudget | null {
  if (!c || c.total === 0) return null;
  const locations = Math.max(1, m.locations.length);
  const expectedRuns = Math.max(c.total, ((30 * DAY) / m.intervalMs) * locations);
  const allowedRuns = (1 - m.slo / 100) * expectedRuns;
  const failed = c.total - c.up;
  const left = allowedRuns > 0 ? 1 - failed / allowedRuns : failed > 0 ? -Infinity : 1;
  return { left, allowedMin: ((1 - m.slo / 100) * 30 * DAY) / 60_000, spentMin: (failed * m.intervalMs) / locations / 60_000 };
}

const pctOf = (x: { up: number; total: number } | undefined): number | null => (x && x.total ? (100 * x.up) / x.total : null);

export class DashboardApi {
  private uptimeCache: { at: number; maps: Counts[] } | null = null;
  private statusCache: { at: number; days: Map<string, Map<number, { up: number; total: number }>> } | null = null;
  constructor(readonly rt: MonitorRuntime) {}

  /**
   * Up/total per monitor over the last 1, 7, 30 and 90 days: hourly rollups for the hours before the current one
   * and raw results for the current hour, so a fresh daemon shows real numbers before any rollup exists.
   */
  private async uptimeMaps(): Promise<Counts[]> {
    const now = this.rt.clock.now();
    if (this.uptimeCache && now - this.uptimeCache.at < 15_000) return this.uptimeCache.maps;
    const hour = Math.floor(now / HOUR) * HOUR;
    const raw = await this.rt.store.uptimeRaw(hour, now + 1);
    const maps = await Promise.all(
      [1, 7, 30, 90].map(async (d) => {
        const rolled = await this.rt.store.uptime(hour - d * DAY, hour);
        const out: Counts = new Map();
        for (const src of [rolled, raw]) {
          for (const [id, c] of src) {
            const cur = out.get(id) ?? { up: 0, total: 0 };
            out.set(id, { up: cur.up + c.up, total: cur.total + c.total });
          }
        }
        return out;
      }),
    );
    this.uptimeCache = { at: now, maps };
    return maps;
  }

  invalidate(): void {
    this.uptimeCache = null;
    this.statusCache = null;
  }

  private entry(m: ResolvedMonitor, maps: Counts[], now: number, silent: Map<string, unknown>): MonitorOverview {
    const [d1, d7, d30, d90] = maps;
    const last = this.rt.last.get(m.id);
    const inc = this.rt.engine.openIncident(m.id);
    const certDetail = m.type === 'tls' && last?.detail ? (last.detail as { daysLeft?: number; expiresAt?: string; verdict?: string }) : null;
    const maint = this.rt.engine.inMaintenance(m.id, now);
    const budget = errorBudget(d30!.get(m.id), m);
    return {
      id: m.id,
      name: m.name,
      type: m.type,
      tags: m.tags,
      status: maint ? 'maintenance' : last ? last.status : 'unknown',
      lastAt: last?.at ?? null,
      latencyMs: last?.latencyMs ?? null,
      httpStatus: last?.httpStatus ?? null,
      error: last?.error ?? null,
      locations: m.locations.map((l) => {
        const r = this.rt.lastByLocation.get(`${m.id}@${l}`);
        return { location: l, status: silent.has(l) ? 'silent' : (r?.status ?? 'unknown'), at: r?.at ?? 0, silent: silent.has(l) };
      }),
      uptime: { d1: pctOf(d1!.get(m.id)), d7: pctOf(d7!.get(m.id)), d30: pctOf(d30!.get(m.id)), d90: pctOf(d90!.get(m.id)) },
      slo: m.slo,
      errorBudgetLeft: budget ? budget.left : null,
      errorBudget: budget,
      flapping: this.rt.engine.isFlapping(m.id),
      incident: inc && inc.closedAt === null ? { id: inc.id, openedAt: inc.openedAt, acknowledged: inc.acknowledgedAt !== null } : null,
      cert: certDetail && typeof certDetail.daysLeft === 'number' ? { daysLeft: certDetail.daysLeft, expiresAt: certDetail.expiresAt ?? '', verdict: certDetail.verdict ?? null } : null,
      intervalSec: m.intervalMs / 1000,
      public: m.public,
    };
  }

  async overview(): Promise<{ generatedAt: number; slo: number; monitors: MonitorOverview[]; counts: Record<string, number>; silentLocations: { location: string; since: number; incidentId: string }[] }> {
    const maps = await this.uptimeMaps();
    const now = this.rt.clock.now();
    const silent = this.rt.engine.silentLocations();
    const monitors = this.rt.monitors.map((m) => this.entry(m, maps, now, silent));
    const counts: Record<string, number> = { up: 0, down: 0, unknown: 0, maintenance: 0 };
    for (const m of monitors) counts[m.status] = (counts[m.status] ?? 0) + 1;
    const silentLocations = [...this.rt.engine.silentLocations()].map(([location, inc]) => ({ location, since: inc.openedAt, incidentId: inc.id }));
    return { generatedAt: now, slo: this.rt.section.slo, monitors, counts, silentLocations };
  }

  /** One monitor's page: its overview entry, the last 90 runs (worst location per run) and its incidents. */
  async monitor(id: string): Promise<unknown> {
    const m = this.rt.monitor(id);
    if (!m) return null;
    const now = this.rt.clock.now();
    const entry = this.entry(m, await this.uptimeMaps(), now, this.rt.engine.silentLocations());
    const rows = await this.rt.store.results({ monitorId: id, limit: 90 * m.locations.length });
    const bySlot = new Map<number, ProbeResult[]>();
    for (const r of rows) (bySlot.get(r.slot) ?? bySlot.set(r.slot, []).get(r.slot)!).push(r);
    const history = [...bySlot]
      .sort((a, b) => a[0] - b[0])
      .slice(-90)
      .map(([slot, rs]) => {
        const down = rs.filter((r) => r.status === 'down');
        return { slot, at: Math.max(...rs.map((r) => r.at)), status: down.length ? 'down' : 'up', error: down[0]?.error ?? null, latencyMs: rs.reduce<number | null>((a, r) => (r.latencyMs === null ? a : Math.max(a ?? 0, r.latencyMs)), null), locations: rs.map((r) => ({ location: r.location, status: r.status })) };
      });
    const incidents = await this.incidents(undefined, id);
    return { ...entry, history, incidents, results: rows.slice(0, 20) };
  }
  async series(id: string, range: string): Promise<unknown> {
    const m = this.rt.monitor(id);
    if (!m) return null;
    const now = this.rt.clock.now();
    const span = range === '30d' ? 30 * DAY : range === '7d' ? 7 * DAY : DAY;
    const from = now - span;
    const deploys = (await this.rt.store.deploys({ from, to: now + 1 })).map((d) => ({ at: d.at, version: d.version, env: d.env }));
    if (span <= DAY) {
      const rows = await this.rt.store.points(id, from, now + 1);
      // per slot: worst location (down wins), latency = max across locations
      const bySlot = new Map<number, ChartPoint[]>();
      for (const r of rows) (bySlot.get(r.slot) ?? bySlot.set(r.slot, []).get(r.slot)!).push(r);
      const t: number[] = [];
      const latency: (number | null)[] = [];
      /** latency of failed runs only (null elsewhere): the chart marks them; a failure without a latency sits at 0 */
      const failed: (number | null)[] = [];
      const up: number[] = [];
      const s4xx: number[] = [];
      const s5xx: number[] = [];
      const perLocation = new Map<string, (number | null)[]>(m.locations.map((l) => [l, []]));
      for (const [slot, rs] of bySlot) {
        t.push(Math.floor(slot / 1000));
        const lats = rs.map((r) => r.latencyMs).filter((x): x is number => x !== null);
        const worst = lats.length ? Math.max(...lats) : null;
        latency.push(worst);
        const down = rs.some((r) => r.status === 'down');
        failed.push(down ? (worst ?? 0) : null);
        for (const [l, xs] of perLocation) xs.push(rs.find((r) => r.location === l)?.latencyMs ?? null);
        up.push(down ? 0 : 1);
        s4xx.push(rs.filter((r) => r.httpStatus !== null && r.httpStatus >= 400 && r.httpStatus < 500).length);
        s5xx.push(rs.filter((r) => r.httpStatus !== null && r.httpStatus >= 500).length);
      }
      // p95 over a sliding hour of raw latencies
      // p95 over a sliding hour of raw latencies (a sorted window: insert/remove by binary search)
      const p95: (number | null)[] = [];
      const win: number[] = [];
      const sorted: number[] = [];
      const perHour = Math.max(1, Math.round(HOUR / m.intervalMs));
      const at = (x: number): number => {
        let lo = 0;
        let hi = sorted.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (sorted[mid]! < x) lo = mid + 1;
          else hi = mid;
        }
        return lo;
      };
      for (const l of latency) {
        if (l !== null) {
          win.push(l);
          sorted.splice(at(l), 0, l);
          if (win.length > perHour) sorted.splice(at(win.shift()!), 1);
        }
        p95.push(sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)]! : null);
      }
      const locations = m.locations.length > 1 ? [...perLocation].map(([name, latency]) => ({ name, latency })) : [];
      return { id, range, resolution: 'raw', t, latency, p95, failed, up, s4xx, s5xx, locations, deploys };
    }
    const rolls: HourRollup[] = await this.rt.store.rollups({ monitorId: id, from, to: now + HOUR });
    const byHour = new Map<number, HourRollup[]>();
    for (const r of rolls) (byHour.get(r.hour) ?? byHour.set(r.hour, []).get(r.hour)!).push(r);
    const out = { id, range, resolution: 'hour', t: [] as number[], p50: [] as (number | null)[], p95: [] as (number | null)[], p99: [] as (number | null)[], uptime: [] as number[], s2xx: [] as number[], s3xx: [] as number[], s4xx: [] as number[], s5xx: [] as number[], deploys };
    for (const [hour, rs] of [...byHour].sort((a, b) => a[0] - b[0])) {
      out.t.push(hour / 1000);
      const max = (k: 'p50' | 'p95' | 'p99'): number | null => rs.reduce<number | null>((a, r) => (r[k] === null ? a : Math.max(a ?? 0, r[k]!)), null);
      out.p50.push(max('p50'));
      out.p95.push(max('p95'));
      out.p99.push(max('p99'));
      const sum = (k: 'up' | 'total' | 's2xx' | 's3xx' | 's4xx' | 's5xx'): number => rs.reduce((a, r) => a + r[k], 0);
      out.uptime.push(sum('total') ? (100 * sum('up')) / sum('total') : 100);
      out.s2xx.push(sum('s2xx'));
      out.s3xx.push(sum('s3xx'));
      out.s4xx.push(sum('s4xx'));
      out.s5xx.push(sum('s5xx'));
    }
    return out;
  }

  async incidents(open?: boolean, monitorId?: string): Promise<unknown[]> {
    const list = await this.rt.store.incidents({ ...(open !== undefined ? { open } : {}), ...(monitorId ? { monitorId } : {}), limit: 100 });
    const deploys = new Map((await this.rt.store.deploys({ limit: 500 })).map((d) => [d.id, d]));
    return Promise.all(
      list.map(async (i) => ({
        ...i,
        monitorName: this.rt.monitor(i.monitorId)?.name ?? (i.monitorId.startsWith('location:') ? `location ${i.monitorId.slice(9)}` : i.monitorId),
        deploy: i.deployId ? (deploys.get(i.deployId) ?? null) : null,
        timeline: await this.rt.store.events(i.id),
      })),
    );
  }

  /** up/total per public monitor per UTC day over the last 90 days (rollups; today adds the current hour's raw results) */
  private async dailyHistory(): Promise<Map<string, Map<number, { up: number; total: number }>>> {
    const now = this.rt.clock.now();
    if (this.statusCache && now - this.statusCache.at < 60_000) return this.statusCache.days;
    const today = Math.floor(now / DAY) * DAY;
    const hour = Math.floor(now / HOUR) * HOUR;
    const days = new Map<string, Map<number, { up: number; total: number }>>();
    const add = (id: string, day: number, up: number, total: number): void => {
      let d = days.get(id);
      if (!d) days.set(id, (d = new Map()));
      const cur = d.get(day) ?? { up: 0, total: 0 };
      d.set(day, { up: cur.up + up, total: cur.total + total });
    };
    for (const r of await this.rt.store.dailyUptime(today - 89 * DAY, hour)) add(r.monitorId, r.day, r.up, r.total);
    for (const [id, c] of await this.rt.store.uptimeRaw(hour, now + 1)) add(id, today, c.up, c.total);
    this.statusCache = { at: now, days };
    return days;
  }

  async publicStatus(): Promise<unknown> {
    const o = await this.overview();
    const pub = o.monitors.filter((m) => m.public);
    const ids = new Set(pub.map((m) => m.id));
    const incidents = (await this.rt.store.incidents({ limit: 50 })).filter((i) => ids.has(i.monitorId)).slice(0, 20);
    const daily = await this.dailyHistory();
    const today = Math.floor(o.generatedAt / DAY) * DAY;
    return {
      generatedAt: o.generatedAt,
      overall: pub.some((m) => m.status === 'down') ? 'degraded' : 'operational',
      monitors: pub.map((m) => ({
        name: m.name,
        status: m.status,
        uptime30d: m.uptime.d30,
        uptime90d: m.uptime.d90,
        // oldest first; null = no data that day
        days: Array.from({ length: 90 }, (_, i) => {
          const day = today - (89 - i) * DAY;
          const c = daily.get(m.id)?.get(day);
          return { day, uptime: c && c.total ? (100 * c.up) / c.total : null };
        }),
      })),
      incidents: incidents.map((i) => ({ monitor: this.rt.monitor(i.monitorId)?.name ?? i.monitorId, openedAt: i.openedAt, closedAt: i.closedAt })),
      maintenance: this.rt.section.maintenance.filter((w) => Date.parse(w.end) > o.generatedAt).map((w) => ({ start: w.start, end: w.end, reason: w.reason ?? null })),
    };
  }
}
