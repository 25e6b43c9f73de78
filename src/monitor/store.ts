import type { DeliveryLog, DeployMarker, HourRollup, Incident, IncidentEvent, ProbeResult } from './types.js';

/**
 * Where results, rollups, incidents, deploy markers and the alert delivery log live. SQLite (default) and
 * PostgreSQL implement it; everything above (scheduler, incidents, dashboard) only sees this interface.
 * Writes of results are idempotent by result id: a replayed run never creates a second row.
 */
export interface MonitorStore {
  readonly kind: 'sqlite' | 'postgres';
  insertResults(rs: ProbeResult[]): Promise<number>;
  /** latest stored slot per monitor@location */
  latestSlots(): Promise<Map<string, number>>;
  results(q: { monitorId?: string; from?: number; to?: number; limit?: number }): Promise<ProbeResult[]>;
  /** lean rows for charts: no error text, no detail */
  points(monitorId: string, from: number, to: number): Promise<ChartPoint[]>;
  /** results with seq > after (for the scale-out evaluator); seq is an insertion counter */
  resultsAfter(seq: number, limit: number): Promise<{ seq: number; result: ProbeResult }[]>;
  lastResults(): Promise<ProbeResult[]>;
  countResults(monitorId?: string): Promise<number>;

  /** recompute hourly rollups for hours in [from, to) */
  rollup(from: number, to: number): Promise<number>;
  rollups(q: { monitorId?: string; from: number; to: number }): Promise<HourRollup[]>;
  /** uptime per monitor over [from, to): up / total, from rollups */
  uptime(from: number, to: number): Promise<Map<string, { up: number; total: number }>>;
  /** uptime per monitor over [from, to) from raw results (the hours not rolled up yet); maintenance runs excluded */
  uptimeRaw(from: number, to: number): Promise<Map<string, { up: number; total: number }>>;
  /** up/total per monitor per UTC day over [from, to), from rollups (status page history) */
  dailyUptime(from: number, to: number): Promise<{ monitorId: string; day: number; up: number; total: number }[]>;
  prune(rawBefore: number, rollupBefore: number): Promise<{ raw: number; rollups: number }>;

  openIncident(i: Incident): Promise<Incident>;
  updateIncident(id: string, patch: Partial<Pick<Incident, 'closedAt' | 'acknowledgedAt' | 'acknowledgedBy'>>): Promise<void>;
  incidents(q: { monitorId?: string; open?: boolean; limit?: number }): Promise<Incident[]>;
  incident(id: string): Promise<Incident | null>;
  addEvent(e: IncidentEvent): Promise<void>;
  events(incidentId: string): Promise<IncidentEvent[]>;

  addDeploy(d: DeployMarker): Promise<void>;
  deploys(q: { from?: number; to?: number; limit?: number }): Promise<DeployMarker[]>;

  logDelivery(d: DeliveryLog): Promise<void>;
  deliveries(q: { incidentId?: string; limit?: number }): Promise<DeliveryLog[]>;

  getState(key: string): Promise<unknown>;
  setState(key: string, value: unknown): Promise<void>;
  /** several keys in one transaction (the incident engine's state, batched) */
  setStates(entries: [string, unknown][]): Promise<void>;

  close(): Promise<void>;
}

export interface ChartPoint {
  slot: number;
  location: string;
  status: 'up' | 'down';
  latencyMs: number | null;
  httpStatus: number | null;
}

/** p-th percentile (nearest rank) of sorted numbers */
export function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export function statusClass(s: number | null): 's2xx' | 's3xx' | 's4xx' | 's5xx' | 'sErr' {
  if (s === null || s < 200) return 'sErr';
  if (s < 300) return 's2xx';
  if (s < 400) return 's3xx';
  if (s < 500) return 's4xx';
  return 's5xx';
}

/** Build hourly rollups from raw rows (shared by both stores). */
export function computeRollups(rows: { monitorId: string; location: string; slot: number; status: string; latencyMs: number | null; httpStatus: number | null }[]): HourRollup[] {
  const groups = new Map<string, { r: HourRollup; lat: number[] }>();
  for (const row of rows) {
    const hour = Math.floor(row.slot / 3_600_000) * 3_600_000;
    const key = `${row.monitorId}\u0000${row.location}\u0000${hour}`;
    let g = groups.get(key);
    if (!g) {
      g = { r: { monitorId: row.monitorId, location: row.location, hour, total: 0, up: 0, p50: null, p95: null, p99: null, s2xx: 0, s3xx: 0, s4xx: 0, s5xx: 0, sErr: 0 }, lat: [] };
      groups.set(key, g);
    }
    g.r.total++;
    if (row.status === 'up') g.r.up++;
    if (row.latencyMs !== null) g.lat.push(row.latencyMs);
    if (row.httpStatus !== null || row.status === 'down') g.r[statusClass(row.httpStatus)]++;
  }
  const out: HourRollup[] = [];
  for (const { r, lat } of groups.values()) {
    lat.sort((a, b) => a - b);
    r.p50 = percentile(lat, 50);
    r.p95 = percentile(lat, 95);
    r.p99 = percentile(lat, 99);
    out.push(r);
  }
  return out;
}
