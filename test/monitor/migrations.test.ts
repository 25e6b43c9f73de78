import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteStore, SQLITE_MIGRATIONS } from '../../src/monitor/store-sqlite.js';

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
