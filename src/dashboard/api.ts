import type { MonitorRuntime } from '../monitor/daemon.js';
import type { ChartPoint } from '../monitor/store.js';
import { DAY, HOUR, type HourRollup } from '../monitor/types.js';

/**
 * Read models for the dashboard. Status comes from the runtime's in-memory latest results, uptime from hourly
 * rollups (cached briefly), series from raw results (24 h) or rollups (longer): no request scans raw history.
 */

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
  locations: { location: string; status: string; at: number }[];
  uptime: { d1: number | null; d7: number | null; d30: number | null };
  slo: number;
  /** share of the 30-day error budget left (1 = untouched, < 0 = overspent) */
  errorBudgetLeft: number | null;
  flapping: boolean;
  incident: { id: string; openedAt: number; acknowledged: boolean } | null;
  cert: { daysLeft: number; expiresAt: string } | null;
  intervalSec: number;
  public: boolean;
}

export class DashboardApi {
  private uptimeCache: { at: number; maps: Map<string, { up: number; total: number }>[] } | null = null;
  constructor(readonly rt: MonitorRuntime) {}

  private async uptimeMaps(): Promise<Map<string, { up: number; total: number }>[]> {
    const now = this.rt.clock.now();
    if (this.uptimeCache && now - this.uptimeCache.at < 15_000) return this.uptimeCache.maps;
    const end = Math.floor(now / HOUR) * HOUR + HOUR;
    const maps = await Promise.all([1, 7, 30].map((d) => this.rt.store.uptime(end - d * DAY, end)));
    this.uptimeCache = { at: now, maps };
    return maps;
  }

  invalidate(): void {
    this.uptimeCache = null;
  }

  async overview(): Promise<{ generatedAt: number; slo: number; monitors: MonitorOverview[]; counts: Record<string, number> }> {
    const [d1, d7, d30] = await this.uptimeMaps();
    const now = this.rt.clock.now();
    const monitors: MonitorOverview[] = this.rt.monitors.map((m) => {
      const last = this.rt.last.get(m.id);
      const pct = (x: { up: number; total: number } | undefined): number | null => (x && x.total ? (100 * x.up) / x.total : null);
      const u30 = pct(d30!.get(m.id));
      const inc = this.rt.engine.openIncident(m.id);
      const certDetail = m.type === 'tls' && last?.detail ? (last.detail as { daysLeft?: number; expiresAt?: string }) : null;
      const maint = this.rt.engine.inMaintenance(m.id, now);
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
          return { location: l, status: r?.status ?? 'unknown', at: r?.at ?? 0 };
        }),
        uptime: { d1: pct(d1!.get(m.id)), d7: pct(d7!.get(m.id)), d30: u30 },
        slo: m.slo,
        errorBudgetLeft: u30 === null ? null : 1 - (100 - u30) / (100 - m.slo),
        flapping: this.rt.engine.isFlapping(m.id),
        incident: inc && inc.closedAt === null ? { id: inc.id, openedAt: inc.openedAt, acknowledged: inc.acknowledgedAt !== null } : null,
        cert: certDetail && typeof certDetail.daysLeft === 'number' ? { daysLeft: certDetail.daysLeft, expiresAt: certDetail.expiresAt ?? '' } : null,
        intervalSec: m.intervalMs / 1000,
        public: m.public,
      };
    });
    const counts: Record<string, number> = { up: 0, down: 0, unknown: 0, maintenance: 0 };
    for (const m of monitors) counts[m.status] = (counts[m.status] ?? 0) + 1;
    return { generatedAt: now, slo: this.rt.section.slo, monitors, counts };
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
      const up: number[] = [];
      const s4xx: number[] = [];
      const s5xx: number[] = [];
      for (const [slot, rs] of bySlot) {
        t.push(Math.floor(slot / 1000));
        const lats = rs.map((r) => r.latencyMs).filter((x): x is number => x !== null);
        latency.push(lats.length ? Math.max(...lats) : null);
        up.push(rs.every((r) => r.status === 'up') ? 1 : 0);
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
      return { id, range, resolution: 'raw', t, latency, p95, up, s4xx, s5xx, deploys };
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

  async incidents(open?: boolean): Promise<unknown[]> {
    const list = await this.rt.store.incidents({ ...(open !== undefined ? { open } : {}), limit: 100 });
    const deploys = new Map((await this.rt.store.deploys({ limit: 500 })).map((d) => [d.id, d]));
    return Promise.all(
      list.map(async (i) => ({
        ...i,
        monitorName: this.rt.monitor(i.monitorId)?.name ?? i.monitorId,
        deploy: i.deployId ? (deploys.get(i.deployId) ?? null) : null,
        timeline: await this.rt.store.events(i.id),
      })),
    );
  }

  async publicStatus(): Promise<unknown> {
    const o = await this.overview();
    const pub = o.monitors.filter((m) => m.public);
    const ids = new Set(pub.map((m) => m.id));
    const incidents = (await this.rt.store.incidents({ limit: 20 })).filter((i) => ids.has(i.monitorId));
    return {
      generatedAt: o.generatedAt,
      overall: pub.some((m) => m.status === 'down') ? 'degraded' : 'operational',
      monitors: pub.map((m) => ({ name: m.name, status: m.status, uptime30d: m.uptime.d30 })),
      incidents: incidents.map((i) => ({ monitor: this.rt.monitor(i.monitorId)?.name ?? i.monitorId, openedAt: i.openedAt, closedAt: i.closedAt })),
      maintenance: this.rt.section.maintenance.filter((w) => Date.parse(w.end) > o.generatedAt).map((w) => ({ start: w.start, end: w.end, reason: w.reason ?? null })),
    };
  }
}
