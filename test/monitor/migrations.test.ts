import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteStore, SQLITE_MIGRATIONS } from '../../src/monitor/store-sqlite.js';
import { pgBinDir, startPostgres } from './pg-server.js';

// Issue 20: numbered migrations with a stored schema version. A store written before versions existed migrates
// without losing rows; a new store gets every step; a store from a newer launchready is refused by name.
test('sqlite store: numbered migrations, stored version, old stores upgraded in place, newer stores refused', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lr-migr-'));
  try {
    // an "old" store: the first schema without a version, one incident row, no detected_at, no state table
    const old = new Database(join(dir, 'monitor.sqlite'));
    SQLITE_MIGRATIONS[0]!(old);
    old.prepare("INSERT INTO incidents (id, monitor_id, opened_at, cause, open_slot) VALUES ('i1', 'm1', 1000, 'down', 1)").run();
    assert.equal(old.pragma('user_version', { simple: true }), 0);
    old.close();
    const s = new SqliteStore(dir);
    assert.equal(s.db.pragma('user_version', { simple: true }), SQLITE_MIGRATIONS.length);
    const cols = (s.db.prepare('PRAGMA table_info(incidents)').all() as { name: string }[]).map((c) => c.name);
    assert.ok(cols.includes('detected_at'));
    assert.equal((s.db.prepare('SELECT COUNT(*) AS n FROM incidents').get() as { n: number }).n, 1, 'rows kept');
    assert.ok(s.db.prepare("SELECT name FROM sqlite_master WHERE name = 'state'").get());
    s.db.pragma(`user_version = ${SQLITE_MIGRATIONS.length + 1}`);
    s.db.close();
    assert.throws(() => new SqliteStore(dir), /schema version 4, newer than this launchready knows \(3\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// The same for the PostgreSQL store (lr_schema_version): a store written before versions existed, one part-way
// through, and one from a newer launchready, on a throwaway server on loopback.
test('postgres store: numbered migrations, stored version, old stores upgraded in place, newer stores refused', { skip: pgBinDir() ? false : 'PostgreSQL binaries are absent (apt-get install -y postgresql)', timeout: 120_000 }, async () => {
  const server = startPostgres();
  const { default: pg } = await import('pg');
  const { PostgresStore, POSTGRES_MIGRATIONS } = await import('../../src/monitor/store-postgres.js');
  const raw = new pg.Client({ connectionString: server.url });
  try {
    await raw.connect();
    // an "old" store: the first schema, no version table, one incident without detected_at, no lr_state
    await raw.query(POSTGRES_MIGRATIONS[0]!);
    await raw.query("INSERT INTO lr_incidents (id, monitor_id, opened_at, cause, open_slot) VALUES ('i1', 'm1', 1000, 'down', 1)");
    const s = await PostgresStore.connect(server.url);
    try {
      const versions = (await raw.query('SELECT version FROM lr_schema_version ORDER BY version')).rows.map((r: { version: number }) => r.version);
      assert.deepEqual(versions, POSTGRES_MIGRATIONS.map((_, i) => i + 1));
      const cols = (await raw.query("SELECT column_name FROM information_schema.columns WHERE table_name = 'lr_incidents'")).rows.map((r: { column_name: string }) => r.column_name);
      assert.ok(cols.includes('detected_at'));
      const inc = await s.incidents({ monitorId: 'm1' });
      assert.equal(inc.length, 1, 'rows kept');
      assert.equal(inc[0]!.detectedAt, 1000, 'an incident from before detected_at reads its opening time');
      await s.setState('k', { a: 1 });
      assert.deepEqual(await s.getState('k'), { a: 1 });
    } finally {
      await s.close();
    }
    // opening again runs nothing twice
    await (await PostgresStore.connect(server.url)).close();
    assert.equal(Number((await raw.query('SELECT COUNT(*) AS n FROM lr_schema_version')).rows[0].n), POSTGRES_MIGRATIONS.length);
    // a store from a newer launchready is refused by name, and left as it is
    await raw.query('INSERT INTO lr_schema_version (version) VALUES ($1)', [POSTGRES_MIGRATIONS.length + 1]);
    await assert.rejects(PostgresStore.connect(server.url), new RegExp(`schema version ${POSTGRES_MIGRATIONS.length + 1}, newer than this launchready knows \\(${POSTGRES_MIGRATIONS.length}\\)`));
  } finally {
    await raw.end().catch(() => undefined);
    server.stop();
  }
});
