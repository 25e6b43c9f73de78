import pg from 'pg';
import { LaunchreadyError } from '../core/errors.js';
import { computeRollups, type ChartPoint, type MonitorStore } from './store.js';
import type { DeliveryLog, DeployMarker, HourRollup, Incident, IncidentEvent, ProbeResult } from './types.js';

/**
 * Numbered migrations (issue 20), as in the SQLite store: lr_schema_version holds how many have run; each runs once
 * with the version bump, under an advisory lock so workers starting together do not race. Never edit one that
 * shipped — add the next. Every step is safe on stores written before versions existed.
 */
export const POSTGRES_MIGRATIONS: string[] = [
  // 1: results, hourly rollups, incidents and their events, deploy markers, alert deliveries
  `
CREATE TABLE IF NOT EXISTS lr_results (
  seq BIGSERIAL PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  monitor_id TEXT NOT NULL, location TEXT NOT NULL, slot BIGINT NOT NULL, at BIGINT NOT NULL,
  status TEXT NOT NULL, latency_ms DOUBLE PRECISION, http_status INTEGER, error TEXT, attempts INTEGER NOT NULL,
  maintenance BOOLEAN NOT NULL DEFAULT FALSE, detail JSONB
);
CREATE INDEX IF NOT EXISTS lr_results_monitor_slot ON lr_results (monitor_id, slot);
CREATE INDEX IF NOT EXISTS lr_results_slot ON lr_results (slot);
CREATE TABLE IF NOT EXISTS lr_rollups (
  monitor_id TEXT NOT NULL, location TEXT NOT NULL, hour BIGINT NOT NULL,
  total INTEGER NOT NULL, up INTEGER NOT NULL, p50 DOUBLE PRECISION, p95 DOUBLE PRECISION, p99 DOUBLE PRECISION,
  s2xx INTEGER NOT NULL, s3xx INTEGER NOT NULL, s4xx INTEGER NOT NULL, s5xx INTEGER NOT NULL, s_err INTEGER NOT NULL,
  PRIMARY KEY (monitor_id, location, hour)
);
CREATE TABLE IF NOT EXISTS lr_incidents (
  id TEXT PRIMARY KEY, monitor_id TEXT NOT NULL, opened_at BIGINT NOT NULL, closed_at BIGINT,
  acknowledged_at BIGINT, acknowledged_by TEXT, cause TEXT NOT NULL, deploy_id TEXT, open_slot BIGINT NOT NULL,
  UNIQUE (monitor_id, open_slot)
);
CREATE TABLE IF NOT EXISTS lr_incident_events (seq BIGSERIAL PRIMARY KEY, incident_id TEXT NOT NULL, at BIGINT NOT NULL, kind TEXT NOT NULL, message TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS lr_incident_events_incident ON lr_incident_events (incident_id);
CREATE TABLE IF NOT EXISTS lr_deploys (id TEXT PRIMARY KEY, version TEXT NOT NULL, env TEXT NOT NULL, at BIGINT NOT NULL, note TEXT);
CREATE TABLE IF NOT EXISTS lr_deliveries (seq BIGSERIAL PRIMARY KEY, incident_id TEXT, channel TEXT NOT NULL, event TEXT NOT NULL, attempt INTEGER NOT NULL, ok BOOLEAN NOT NULL, at BIGINT NOT NULL, status INTEGER, error TEXT);`,
  // 2: when the failing threshold was crossed
  `ALTER TABLE lr_incidents ADD COLUMN IF NOT EXISTS detected_at BIGINT;`,
  // 3: persisted incident-engine state
  `CREATE TABLE IF NOT EXISTS lr_state (key TEXT PRIMARY KEY, value JSONB NOT NULL);`,
];

type Row = Record<string, unknown>;
const num = (v: unknown): number => Number(v);
const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

function toResult(r: Row): ProbeResult {
  return {
    id: r.id as string,
    monitorId: r.monitor_id as string,
    location: r.location as string,
    slot: num(r.slot),
    at: num(r.at),
    status: r.status as 'up' | 'down',
    latencyMs: numOrNull(r.latency_ms),
    httpStatus: numOrNull(r.http_status),
    error: (r.error as string | null) ?? null,
    attempts: num(r.attempts),
    maintenance: r.maintenance === true,
    detail: (r.detail as Record<string, unknown> | null) ?? null,
  };
}

function toIncident(r: Row): Incident {
  return {
    id: r.id as string,
    monitorId: r.monitor_id as string,
    openedAt: num(r.opened_at),
    detectedAt: r.detected_at === null || r.detected_at === undefined ? num(r.opened_at) : num(r.detected_at),
    closedAt: numOrNull(r.closed_at),
    acknowledgedAt: numOrNull(r.acknowledged_at),
    acknowledgedBy: (r.acknowledged_by as string | null) ?? null,
    cause: r.cause as string,
    deployId: (r.deploy_id as string | null) ?? null,
    openSlot: num(r.open_slot),
  };
}

/** PostgreSQL store for scale-out: several workers (locations) write here; one evaluator reads new rows by seq. */
export class PostgresStore implements MonitorStore {
  readonly kind = 'postgres' as const;
  private constructor(readonly pool: pg.Pool) {}

  static async connect(url: string): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString: url, max: 8 });
    const s = new PostgresStore(pool);
    try {
      await PostgresStore.migrate(pool);
    } catch (err) {
      // a refused or failed store must not leave its pool's connections open behind the error
      await pool.end().catch(() => undefined); // the migration's error is the one to report
      throw err;
    }
    return s;
  }

  private static async migrate(pool: pg.Pool): Promise<void> {
    // one migration at a time when several workers start together
    const c = await pool.connect();
    try {
      await c.query('SELECT pg_advisory_lock(4242061)');
      try {
        await c.query('CREATE TABLE IF NOT EXISTS lr_schema_version (version INTEGER NOT NULL)');
        const have = Number((await c.query('SELECT MAX(version) AS v FROM lr_schema_version')).rows[0]?.v ?? 0);
        if (have > POSTGRES_MIGRATIONS.length) {
          throw new LaunchreadyError('E_STORE_SCHEMA', `monitor.store.url: the PostgreSQL store has schema version ${have}, newer than this launchready knows (${POSTGRES_MIGRATIONS.length}); upgrade launchready`);
        }
        for (let v = have; v < POSTGRES_MIGRATIONS.length; v++) {
          await c.query('BEGIN');
          await c.query(POSTGRES_MIGRATIONS[v]!);
          await c.query('INSERT INTO lr_schema_version (version) VALUES ($1)', [v + 1]);
          await c.query('COMMIT');
        }
      } catch (err) {
        await c.query('ROLLBACK').catch(() => undefined); // the migration's own error is the one to report
        throw err;
      } finally {
        await c.query('SELECT pg_advisory_unlock(4242061)');
      }
    } finally {
      c.release();
    }
  }

  private async q(sql: string, args: unknown[] = []): Promise<Row[]> {
    return (await this.pool.query(sql, args)).rows as Row[];
  }

  async insertResults(rs: ProbeResult[]): Promise<number> {
    if (!rs.length) return 0;
    const vals: unknown[] = [];
    const rows = rs.map((r, i) => {
      vals.push(r.id, r.monitorId, r.location, r.slot, r.at, r.status, r.latencyMs, r.httpStatus, r.error, r.attempts, r.maintenance, r.detail ? JSON.stringify(r.detail) : null);
      const b = i * 12;
      return `(${Array.from({ length: 12 }, (_, k) => `$${b + k + 1}`).join(', ')})`;
    });
    const res = await this.pool.query(
      `INSERT INTO lr_results (id, monitor_id, location, slot, at, status, latency_ms, http_status, error, attempts, maintenance, detail) VALUES ${rows.join(', ')} ON CONFLICT (id) DO NOTHING`,
      vals,
    );
    return res.rowCount ?? 0;
  }

  async latestSlots(): Promise<Map<string, number>> {
    const rows = await this.q('SELECT monitor_id, location, MAX(slot) AS slot FROM lr_results GROUP BY monitor_id, location');
    return new Map(rows.map((r) => [`${r.monitor_id as string}@${r.location as string}`, num(r.slot)]));
  }

  async results(q: { monitorId?: string; from?: number; to?: number; limit?: number }): Promise<ProbeResult[]> {
    const where: string[] = [];
    const args: unknown[] = [];
    if (q.monitorId) (args.push(q.monitorId), where.push(`monitor_id = $${args.length}`));
    if (q.from !== undefined) (args.push(q.from), where.push(`slot >= $${args.length}`));
    if (q.to !== undefined) (args.push(q.to), where.push(`slot < $${args.length}`));
    args.push(q.limit ?? 10_000);
    return (await this.q(`SELECT * FROM lr_results ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY slot DESC, location LIMIT $${args.length}`, args)).map(toResult);
  }

  async points(monitorId: string, from: number, to: number): Promise<ChartPoint[]> {
    const rows = await this.q('SELECT slot, location, status, latency_ms, http_status FROM lr_results WHERE monitor_id = $1 AND slot >= $2 AND slot < $3 ORDER BY slot', [monitorId, from, to]);
    return rows.map((r) => ({ slot: num(r.slot), location: r.location as string, status: r.status as 'up' | 'down', latencyMs: numOrNull(r.latency_ms), httpStatus: numOrNull(r.http_status) }));
  }

  async resultsAfter(seq: number, limit: number): Promise<{ seq: number; result: ProbeResult }[]> {
    return (await this.q('SELECT * FROM lr_results WHERE seq > $1 ORDER BY seq LIMIT $2', [seq, limit])).map((r) => ({ seq: num(r.seq), result: toResult(r) }));
  }

  async lastResults(): Promise<ProbeResult[]> {
    return (await this.q('SELECT DISTINCT ON (monitor_id) * FROM lr_results ORDER BY monitor_id, slot DESC')).map(toResult);
  }

  async countResults(monitorId?: string): Promise<number> {
    const rows = monitorId ? await this.q('SELECT COUNT(*) AS n FROM lr_results WHERE monitor_id = $1', [monitorId]) : await this.q('SELECT COUNT(*) AS n FROM lr_results');
    return num(rows[0]!.n);
  }

  async rollup(from: number, to: number): Promise<number> {
    const rows = await this.q('SELECT monitor_id, location, slot, status, latency_ms, http_status FROM lr_results WHERE slot >= $1 AND slot < $2 AND NOT maintenance', [from, to]);
    const rs = computeRollups(rows.map((r) => ({ monitorId: r.monitor_id as string, location: r.location as string, slot: num(r.slot), status: r.status as string, latencyMs: numOrNull(r.latency_ms), httpStatus: numOrNull(r.http_status) })));
    for (const r of rs) {
      await this.pool.query(
        `INSERT INTO lr_rollups (monitor_id, location, hour, total, up, p50, p95, p99, s2xx, s3xx, s4xx, s5xx, s_err) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13)
         ON CONFLICT (monitor_id, location, hour) DO UPDATE SET total = EXCLUDED.total, up = EXCLUDED.up, p50 = EXCLUDED.p50, p95 = EXCLUDED.p95, p99 = EXCLUDED.p99,
         s2xx = EXCLUDED.s2xx, s3xx = EXCLUDED.s3xx, s4xx = EXCLUDED.s4xx, s5xx = EXCLUDED.s5xx, s_err = EXCLUDED.s_err`,
        [r.monitorId, r.location, r.hour, r.total, r.up, r.p50, r.p95, r.p99, r.s2xx, r.s3xx, r.s4xx, r.s5xx, r.sErr],
      );
    }
    return rs.length;
  }

  async rollups(q: { monitorId?: string; from: number; to: number }): Promise<HourRollup[]> {
    const rows = await this.q(`SELECT * FROM lr_rollups WHERE hour >= $1 AND hour < $2 ${q.monitorId ? 'AND monitor_id = $3' : ''} ORDER BY hour`, [q.from, q.to, ...(q.monitorId ? [q.monitorId] : [])]);
    return rows.map((r) => ({
      monitorId: r.monitor_id as string,
      location: r.location as string,
      hour: num(r.hour),
      total: num(r.total),
      up: num(r.up),
      p50: numOrNull(r.p50),
      p95: numOrNull(r.p95),
      p99: numOrNull(r.p99),
      s2xx: num(r.s2xx),
      s3xx: num(r.s3xx),
      s4xx: num(r.s4xx),
      s5xx: num(r.s5xx),
      sErr: num(r.s_err),
    }));
  }

  async uptime(from: number, to: number): Promise<Map<string, { up: number; total: number }>> {
    const rows = await this.q('SELECT monitor_id, SUM(up) AS up, SUM(total) AS total FROM lr_rollups WHERE hour >= $1 AND hour < $2 GROUP BY monitor_id', [from, to]);
    return new Map(rows.map((r) => [r.monitor_id as string, { up: num(r.up), total: num(r.total) }]));
  }

  async uptimeRaw(from: number, to: number): Promise<Map<string, { up: number; total: number }>> {
    const rows = await this.q("SELECT monitor_id, COUNT(*) FILTER (WHERE status = 'up') AS up, COUNT(*) AS total FROM lr_results WHERE slot >= $1 AND slot < $2 AND NOT maintenance GROUP BY monitor_id", [from, to]);
    return new Map(rows.map((r) => [r.monitor_id as string, { up: num(r.up), total: num(r.total) }]));
  }

  async dailyUptime(from: number, to: number): Promise<{ monitorId: string; day: number; up: number; total: number }[]> {
    const rows = await this.q('SELECT monitor_id, (hour / 86400000) * 86400000 AS day, SUM(up) AS up, SUM(total) AS total FROM lr_rollups WHERE hour >= $1 AND hour < $2 GROUP BY monitor_id, day ORDER BY day', [from, to]);
    return rows.map((r) => ({ monitorId: r.monitor_id as string, day: num(r.day), up: num(r.up), total: num(r.total) }));
  }

  async prune(rawBefore: number, rollupBefore: number): Promise<{ raw: number; rollups: number }> {
    const a = await this.pool.query('DELETE FROM lr_results WHERE slot < $1', [rawBefore]);
    const b = await this.pool.query('DELETE FROM lr_rollups WHERE hour < $1', [rollupBefore]);
    return { raw: a.rowCount ?? 0, rollups: b.rowCount ?? 0 };
  }

  async openIncident(i: Incident): Promise<Incident> {
    await this.pool.query(
      `INSERT INTO lr_incidents (id, monitor_id, opened_at, detected_at, closed_at, acknowledged_at, acknowledged_by, cause, deploy_id, open_slot) VALUES ($1,$2,$3,$10,$4,$5,$6,$7,$8,$9) ON CONFLICT DO NOTHING`,
      [i.id, i.monitorId, i.openedAt, i.closedAt, i.acknowledgedAt, i.acknowledgedBy, i.cause, i.deployId, i.openSlot, i.detectedAt],
    );
    return toIncident((await this.q('SELECT * FROM lr_incidents WHERE monitor_id = $1 AND open_slot = $2', [i.monitorId, i.openSlot]))[0]!);
  }

  async updateIncident(id: string, patch: Partial<Pick<Incident, 'closedAt' | 'acknowledgedAt' | 'acknowledgedBy'>>): Promise<void> {
    const cols: string[] = [];
    const args: unknown[] = [];
    if (patch.closedAt !== undefined) (args.push(patch.closedAt), cols.push(`closed_at = $${args.length}`));
    if (patch.acknowledgedAt !== undefined) (args.push(patch.acknowledgedAt), cols.push(`acknowledged_at = $${args.length}`));
    if (patch.acknowledgedBy !== undefined) (args.push(patch.acknowledgedBy), cols.push(`acknowledged_by = $${args.length}`));
    if (cols.length) await this.pool.query(`UPDATE lr_incidents SET ${cols.join(', ')} WHERE id = $${args.length + 1}`, [...args, id]);
  }

  async incidents(q: { monitorId?: string; open?: boolean; limit?: number }): Promise<Incident[]> {
    const where: string[] = [];
    const args: unknown[] = [];
    if (q.monitorId) (args.push(q.monitorId), where.push(`monitor_id = $${args.length}`));
    if (q.open === true) where.push('closed_at IS NULL');
    if (q.open === false) where.push('closed_at IS NOT NULL');
    args.push(q.limit ?? 200);
    return (await this.q(`SELECT * FROM lr_incidents ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY opened_at DESC LIMIT $${args.length}`, args)).map(toIncident);
  }

  async incident(id: string): Promise<Incident | null> {
    const r = (await this.q('SELECT * FROM lr_incidents WHERE id = $1', [id]))[0];
    return r ? toIncident(r) : null;
  }

  async addEvent(e: IncidentEvent): Promise<void> {
    await this.pool.query('INSERT INTO lr_incident_events (incident_id, at, kind, message) VALUES ($1,$2,$3,$4)', [e.incidentId, e.at, e.kind, e.message]);
  }

  async events(incidentId: string): Promise<IncidentEvent[]> {
    return (await this.q('SELECT * FROM lr_incident_events WHERE incident_id = $1 ORDER BY seq', [incidentId])).map((r) => ({ incidentId: r.incident_id as string, at: num(r.at), kind: r.kind as IncidentEvent['kind'], message: r.message as string }));
  }

  async addDeploy(d: DeployMarker): Promise<void> {
    await this.pool.query('INSERT INTO lr_deploys (id, version, env, at, note) VALUES ($1,$2,$3,$4,$5) ON CONFLICT DO NOTHING', [d.id, d.version, d.env, d.at, d.note]);
  }

  async deploys(q: { from?: number; to?: number; limit?: number }): Promise<DeployMarker[]> {
    return (await this.q('SELECT * FROM lr_deploys WHERE at >= $1 AND at < $2 ORDER BY at DESC LIMIT $3', [q.from ?? 0, q.to ?? Number.MAX_SAFE_INTEGER, q.limit ?? 500])).map((r) => ({ id: r.id as string, version: r.version as string, env: r.env as string, at: num(r.at), note: (r.note as string | null) ?? null }));
  }

  async logDelivery(d: DeliveryLog): Promise<void> {
    await this.pool.query('INSERT INTO lr_deliveries (incident_id, channel, event, attempt, ok, at, status, error) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)', [d.incidentId, d.channel, d.event, d.attempt, d.ok, d.at, d.status, d.error]);
  }

  async deliveries(q: { incidentId?: string; limit?: number }): Promise<DeliveryLog[]> {
    const rows = q.incidentId ? await this.q('SELECT * FROM lr_deliveries WHERE incident_id = $1 ORDER BY seq DESC LIMIT $2', [q.incidentId, q.limit ?? 200]) : await this.q('SELECT * FROM lr_deliveries ORDER BY seq DESC LIMIT $1', [q.limit ?? 200]);
    return rows.map((r) => ({ incidentId: (r.incident_id as string | null) ?? null, channel: r.channel as string, event: r.event as string, attempt: num(r.attempt), ok: r.ok === true, at: num(r.at), status: numOrNull(r.status), error: (r.error as string | null) ?? null }));
  }

  async getState(key: string): Promise<unknown> {
    return (await this.q('SELECT value FROM lr_state WHERE key = $1', [key]))[0]?.value;
  }

  async setState(key: string, value: unknown): Promise<void> {
    await this.pool.query('INSERT INTO lr_state (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value', [key, JSON.stringify(value)]);
  }

  async setStates(entries: [string, unknown][]): Promise<void> {
    // one statement per 500 keys: unnest of two arrays keeps the parameter count fixed
    for (let i = 0; i < entries.length; i += 500) {
      const chunk = entries.slice(i, i + 500);
      await this.pool.query(
        'INSERT INTO lr_state (key, value) SELECT k, v::jsonb FROM unnest($1::text[], $2::text[]) AS t(k, v) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value',
        [chunk.map((e) => e[0]), chunk.map((e) => JSON.stringify(e[1]))],
      );
    }
  }

  async close(): Promise<void> {
    await this.pool.end().catch(() => undefined);
  }
}
