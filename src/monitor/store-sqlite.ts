import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { LaunchreadyError } from '../core/errors.js';
import { computeRollups, type ChartPoint, type MonitorStore } from './store.js';
import type { DeliveryLog, DeployMarker, HourRollup, Incident, IncidentEvent, ProbeResult } from './types.js';

/**
 * Numbered migrations (issue 20): `PRAGMA user_version` holds how many have run; each runs once, in a transaction
 * with the version bump. Never edit one that shipped — add the next. Stores written before versions existed
 * (user_version 0) already hold some of these tables and columns, so every step is written to be safe on them.
 */
export const SQLITE_MIGRATIONS: ((db: Database.Database) => void)[] = [
  // 1: results, hourly rollups, incidents and their events, deploy markers, alert deliveries
  (db) =>
    db.exec(`

CREATE TABLE IF NOT EXISTS results (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  monitor_id TEXT NOT NULL, location TEXT NOT NULL, slot INTEGER NOT NULL, at INTEGER NOT NULL,
  status TEXT NOT NULL, latency_ms REAL, http_status INTEGER, error TEXT, attempts INTEGER NOT NULL,
  maintenance INTEGER NOT NULL DEFAULT 0, detail TEXT
);
CREATE INDEX IF NOT EXISTS results_monitor_slot ON results (monitor_id, slot);
CREATE INDEX IF NOT EXISTS results_slot ON results (slot);
CREATE TABLE IF NOT EXISTS rollups (
  monitor_id TEXT NOT NULL, location TEXT NOT NULL, hour INTEGER NOT NULL,
  total INTEGER NOT NULL, up INTEGER NOT NULL, p50 REAL, p95 REAL, p99 REAL,
  s2xx INTEGER NOT NULL, s3xx INTEGER NOT NULL, s4xx INTEGER NOT NULL, s5xx INTEGER NOT NULL, s_err INTEGER NOT NULL,
  PRIMARY KEY (monitor_id, location, hour)
);
CREATE INDEX IF NOT EXISTS rollups_hour ON rollups (hour);
CREATE TABLE IF NOT EXISTS incidents (
  id TEXT PRIMARY KEY, monitor_id TEXT NOT NULL, opened_at INTEGER NOT NULL, closed_at INTEGER,
  acknowledged_at INTEGER, acknowledged_by TEXT, cause TEXT NOT NULL, deploy_id TEXT, open_slot INTEGER NOT NULL,
  UNIQUE (monitor_id, open_slot)
);
CREATE TABLE IF NOT EXISTS incident_events (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, incident_id TEXT NOT NULL, at INTEGER NOT NULL, kind TEXT NOT NULL, message TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS incident_events_incident ON incident_events (incident_id);
CREATE TABLE IF NOT EXISTS deploys (id TEXT PRIMARY KEY, version TEXT NOT NULL, env TEXT NOT NULL, at INTEGER NOT NULL, note TEXT);
CREATE TABLE IF NOT EXISTS deliveries (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, incident_id TEXT, channel TEXT NOT NULL, event TEXT NOT NULL, attempt INTEGER NOT NULL,
  ok INTEGER NOT NULL, at INTEGER NOT NULL, status INTEGER, error TEXT
);
`),
  // 2: when the failing threshold was crossed (opened_at is the first failing result since issue 16)
  (db) => {
    const cols = (db.prepare('PRAGMA table_info(incidents)').all() as { name: string }[]).map((c) => c.name);
    if (!cols.includes('detected_at')) db.exec('ALTER TABLE incidents ADD COLUMN detected_at INTEGER');
  },
  // 3: persisted incident-engine state (restarts open and close nothing by themselves)
  (db) => db.exec('CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT NOT NULL)'),
];

/** Run the migrations a store lacks; refuse a store written by a newer launchready. */
export function migrateSqlite(db: Database.Database, file: string): number {
  const have = db.pragma('user_version', { simple: true }) as number;
  if (have > SQLITE_MIGRATIONS.length) {
    throw new LaunchreadyError('E_STORE_SCHEMA', `${file}: the monitor store has schema version ${have}, newer than this launchready knows (${SQLITE_MIGRATIONS.length}); upgrade launchready or use another --data folder`);
  }
  for (let v = have; v < SQLITE_MIGRATIONS.length; v++) {
    db.transaction(() => {
      SQLITE_MIGRATIONS[v]!(db);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
  return SQLITE_MIGRATIONS.length;
}

interface ResultRow {
  seq: number;
  id: string;
  monitor_id: string;
  location: string;
  slot: number;
  at: number;
  status: 'up' | 'down';
  latency_ms: number | null;
  http_status: number | null;
  error: string | null;
  attempts: number;
  maintenance: number;
  detail: string | null;
}

function toResult(r: ResultRow): ProbeResult {
  return {
    id: r.id,
    monitorId: r.monitor_id,
    location: r.location,
    slot: r.slot,
    at: r.at,
    status: r.status,
    latencyMs: r.latency_ms,
    httpStatus: r.http_status,
    error: r.error,
    attempts: r.attempts,
    maintenance: r.maintenance === 1,
    detail: r.detail ? (JSON.parse(r.detail) as Record<string, unknown>) : null,
  };
}

interface IncidentRow {
  id: string;
  monitor_id: string;
  opened_at: number;
  detected_at: number | null;
  closed_at: number | null;
  acknowledged_at: number | null;
  acknowledged_by: string | null;
  cause: string;
  deploy_id: string | null;
  open_slot: number;
}

function toIncident(r: IncidentRow): Incident {
  return {
    id: r.id,
    monitorId: r.monitor_id,
    openedAt: r.opened_at,
    detectedAt: r.detected_at ?? r.opened_at,
    closedAt: r.closed_at,
    acknowledgedAt: r.acknowledged_at,
    acknowledgedBy: r.acknowledged_by,
    cause: r.cause,
    deployId: r.deploy_id,
    openSlot: r.open_slot,
  };
}

/** SQLite store (better-sqlite3, WAL): one file under the data folder; safe for a daemon plus `deploy mark`. */
export class SqliteStore implements MonitorStore {
  readonly kind = 'sqlite' as const;
  readonly db: Database.Database;
  private readonly ins: Database.Statement;
  private readonly stmts = new Map<string, Database.Statement>();
  private readonly insMany: (rs: ProbeResult[]) => number;

  constructor(dir: string) {
    mkdirSync(dir, { recursive: true });
    this.db = new Database(join(dir, 'monitor.sqlite'));
    this.db.pragma('journal_mode = WAL');
    // NORMAL is durable across process crashes in WAL mode (only an OS crash can lose the last commits).
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    migrateSqlite(this.db, join(dir, 'monitor.sqlite'));
    this.ins = this.db.prepare(
      `INSERT OR IGNORE INTO results (id, monitor_id, location, slot, at, status, latency_ms, http_status, error, attempts, maintenance, detail)
       VALUES (@id, @monitorId, @location, @slot, @at, @status, @latencyMs, @httpStatus, @error, @attempts, @maintenance, @detail)`,
    );
    this.insMany = this.db.transaction((rs: ProbeResult[]) => {
      let n = 0;
      for (const r of rs) n += this.ins.run({ ...r, maintenance: r.maintenance ? 1 : 0, detail: r.detail ? JSON.stringify(r.detail) : null }).changes;
      return n;
    });
  }

  /** prepared statements cached by SQL text (preparing costs more than running a small query) */
  private st(sql: string): Database.Statement {
    let s = this.stmts.get(sql);
    if (!s) this.stmts.set(sql, (s = this.db.prepare(sql)));
    return s;
  }

  async insertResults(rs: ProbeResult[]): Promise<number> {
    return rs.length ? this.insMany(rs) : 0;
  }

  async latestSlots(): Promise<Map<string, number>> {
    const rows = this.st('SELECT monitor_id, location, MAX(slot) AS slot FROM results GROUP BY monitor_id, location').all() as { monitor_id: string; location: string; slot: number }[];
    return new Map(rows.map((r) => [`${r.monitor_id}@${r.location}`, r.slot]));
  }

  async results(q: { monitorId?: string; from?: number; to?: number; limit?: number }): Promise<ProbeResult[]> {
    const where: string[] = [];
    const args: unknown[] = [];
    if (q.monitorId) (where.push('monitor_id = ?'), args.push(q.monitorId));
    if (q.from !== undefined) (where.push('slot >= ?'), args.push(q.from));
    if (q.to !== undefined) (where.push('slot < ?'), args.push(q.to));
    const sql = `SELECT * FROM results ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY slot DESC, location LIMIT ?`;
    return (this.st(sql).all(...args, q.limit ?? 10_000) as ResultRow[]).map(toResult);
  }

  async points(monitorId: string, from: number, to: number): Promise<ChartPoint[]> {
    return this.st('SELECT slot, location, status, latency_ms AS latencyMs, http_status AS httpStatus FROM results WHERE monitor_id = ? AND slot >= ? AND slot < ? ORDER BY slot').all(monitorId, from, to) as ChartPoint[];
  }

  async resultsAfter(seq: number, limit: number): Promise<{ seq: number; result: ProbeResult }[]> {
    return (this.st('SELECT * FROM results WHERE seq > ? ORDER BY seq LIMIT ?').all(seq, limit) as ResultRow[]).map((r) => ({ seq: r.seq, result: toResult(r) }));
  }

  async lastResults(): Promise<ProbeResult[]> {
    const rows = this.st('SELECT r.* FROM results r JOIN (SELECT monitor_id, MAX(slot) AS slot FROM results GROUP BY monitor_id) m ON r.monitor_id = m.monitor_id AND r.slot = m.slot')
      .all() as ResultRow[];
    return rows.map(toResult);
  }

  async countResults(monitorId?: string): Promise<number> {
    const row = (monitorId ? this.st('SELECT COUNT(*) AS n FROM results WHERE monitor_id = ?').get(monitorId) : this.st('SELECT COUNT(*) AS n FROM results').get()) as { n: number };
    return row.n;
  }

  async rollup(from: number, to: number): Promise<number> {
    const rows = this.st('SELECT monitor_id AS monitorId, location, slot, status, latency_ms AS latencyMs, http_status AS httpStatus FROM results WHERE slot >= ? AND slot < ? AND maintenance = 0')
      .all(from, to) as Parameters<typeof computeRollups>[0];
    const rs = computeRollups(rows);
    const up = this.st(
      `INSERT OR REPLACE INTO rollups (monitor_id, location, hour, total, up, p50, p95, p99, s2xx, s3xx, s4xx, s5xx, s_err)
       VALUES (@monitorId, @location, @hour, @total, @up, @p50, @p95, @p99, @s2xx, @s3xx, @s4xx, @s5xx, @sErr)`,
    );
    this.db.transaction(() => {
      for (const r of rs) up.run(r);
    })();
    return rs.length;
  }

  async rollups(q: { monitorId?: string; from: number; to: number }): Promise<HourRollup[]> {
    const sql = `SELECT monitor_id AS monitorId, location, hour, total, up, p50, p95, p99, s2xx, s3xx, s4xx, s5xx, s_err AS sErr FROM rollups
      WHERE hour >= ? AND hour < ? ${q.monitorId ? 'AND monitor_id = ?' : ''} ORDER BY hour`;
    return this.st(sql).all(q.from, q.to, ...(q.monitorId ? [q.monitorId] : [])) as HourRollup[];
  }

  async uptime(from: number, to: number): Promise<Map<string, { up: number; total: number }>> {
    const rows = this.st('SELECT monitor_id AS m, SUM(up) AS up, SUM(total) AS total FROM rollups WHERE hour >= ? AND hour < ? GROUP BY monitor_id').all(from, to) as { m: string; up: number; total: number }[];
    return new Map(rows.map((r) => [r.m, { up: r.up, total: r.total }]));
  }

  async uptimeRaw(from: number, to: number): Promise<Map<string, { up: number; total: number }>> {
    const rows = this.st("SELECT monitor_id AS m, SUM(status = 'up') AS up, COUNT(*) AS total FROM results WHERE slot >= ? AND slot < ? AND maintenance = 0 GROUP BY monitor_id").all(from, to) as { m: string; up: number; total: number }[];
    return new Map(rows.map((r) => [r.m, { up: r.up, total: r.total }]));
  }

  async dailyUptime(from: number, to: number): Promise<{ monitorId: string; day: number; up: number; total: number }[]> {
    return this.st('SELECT monitor_id AS monitorId, (hour / 86400000) * 86400000 AS day, SUM(up) AS up, SUM(total) AS total FROM rollups WHERE hour >= ? AND hour < ? GROUP BY monitor_id, day ORDER BY day').all(from, to) as { monitorId: string; day: number; up: number; total: number }[];
  }

  async prune(rawBefore: number, rollupBefore: number): Promise<{ raw: number; rollups: number }> {
    const raw = this.st('DELETE FROM results WHERE slot < ?').run(rawBefore).changes;
    const rollups = this.st('DELETE FROM rollups WHERE hour < ?').run(rollupBefore).changes;
    return { raw, rollups };
  }

  async openIncident(i: Incident): Promise<Incident> {
    this.st(
        `INSERT OR IGNORE INTO incidents (id, monitor_id, opened_at, detected_at, closed_at, acknowledged_at, acknowledged_by, cause, deploy_id, open_slot)
         VALUES (@id, @monitorId, @openedAt, @detectedAt, @closedAt, @acknowledgedAt, @acknowledgedBy, @cause, @deployId, @openSlot)`,
      )
      .run(i);
    return toIncident(this.st('SELECT * FROM incidents WHERE monitor_id = ? AND open_slot = ?').get(i.monitorId, i.openSlot) as IncidentRow);
  }

  async updateIncident(id: string, patch: Partial<Pick<Incident, 'closedAt' | 'acknowledgedAt' | 'acknowledgedBy'>>): Promise<void> {
    const cols: string[] = [];
    const args: unknown[] = [];
    if (patch.closedAt !== undefined) (cols.push('closed_at = ?'), args.push(patch.closedAt));
    if (patch.acknowledgedAt !== undefined) (cols.push('acknowledged_at = ?'), args.push(patch.acknowledgedAt));
    if (patch.acknowledgedBy !== undefined) (cols.push('acknowledged_by = ?'), args.push(patch.acknowledgedBy));
    if (cols.length) this.st(`UPDATE incidents SET ${cols.join(', ')} WHERE id = ?`).run(...args, id);
  }

  async incidents(q: { monitorId?: string; open?: boolean; limit?: number }): Promise<Incident[]> {
    const where: string[] = [];
    const args: unknown[] = [];
    if (q.monitorId) (where.push('monitor_id = ?'), args.push(q.monitorId));
    if (q.open === true) where.push('closed_at IS NULL');
    if (q.open === false) where.push('closed_at IS NOT NULL');
    const sql = `SELECT * FROM incidents ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY opened_at DESC LIMIT ?`;
    return (this.st(sql).all(...args, q.limit ?? 200) as IncidentRow[]).map(toIncident);
  }

  async incident(id: string): Promise<Incident | null> {
    const r = this.st('SELECT * FROM incidents WHERE id = ?').get(id) as IncidentRow | undefined;
    return r ? toIncident(r) : null;
  }

  async addEvent(e: IncidentEvent): Promise<void> {
    this.st('INSERT INTO incident_events (incident_id, at, kind, message) VALUES (?, ?, ?, ?)').run(e.incidentId, e.at, e.kind, e.message);
  }

  async events(incidentId: string): Promise<IncidentEvent[]> {
    return this.st('SELECT incident_id AS incidentId, at, kind, message FROM incident_events WHERE incident_id = ? ORDER BY seq').all(incidentId) as IncidentEvent[];
  }

  async addDeploy(d: DeployMarker): Promise<void> {
    this.st('INSERT OR IGNORE INTO deploys (id, version, env, at, note) VALUES (@id, @version, @env, @at, @note)').run(d);
  }

  async deploys(q: { from?: number; to?: number; limit?: number }): Promise<DeployMarker[]> {
    return this.st('SELECT * FROM deploys WHERE at >= ? AND at < ? ORDER BY at DESC LIMIT ?').all(q.from ?? 0, q.to ?? Number.MAX_SAFE_INTEGER, q.limit ?? 500) as DeployMarker[];
  }

  async logDelivery(d: DeliveryLog): Promise<void> {
    this.st('INSERT INTO deliveries (incident_id, channel, event, attempt, ok, at, status, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(d.incidentId, d.channel, d.event, d.attempt, d.ok ? 1 : 0, d.at, d.status, d.error);
  }

  async deliveries(q: { incidentId?: string; limit?: number }): Promise<DeliveryLog[]> {
    const rows = (
      q.incidentId
        ? this.st('SELECT * FROM deliveries WHERE incident_id = ? ORDER BY seq DESC LIMIT ?').all(q.incidentId, q.limit ?? 200)
        : this.st('SELECT * FROM deliveries ORDER BY seq DESC LIMIT ?').all(q.limit ?? 200)
    ) as { incident_id: string | null; channel: string; event: string; attempt: number; ok: number; at: number; status: number | null; error: string | null }[];
    return rows.map((r) => ({ incidentId: r.incident_id, channel: r.channel, event: r.event, attempt: r.attempt, ok: r.ok === 1, at: r.at, status: r.status, error: r.error }));
  }

  async getState(key: string): Promise<unknown> {
    const r = this.st('SELECT value FROM state WHERE key = ?').get(key) as { value: string } | undefined;
    return r ? JSON.parse(r.value) : undefined;
  }

  async setState(key: string, value: unknown): Promise<void> {
    this.st('INSERT INTO state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(value));
  }

  async setStates(entries: [string, unknown][]): Promise<void> {
    const up = this.st('INSERT INTO state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
    this.db.transaction(() => {
      for (const [k, v] of entries) up.run(k, JSON.stringify(v));
    })();
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
