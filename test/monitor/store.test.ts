import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { FakeClock } from '../../src/monitor/clock.js';
import { MonitorRuntime } from '../../src/monitor/daemon.js';
import { computeRollups, percentile } from '../../src/monitor/store.js';
import { SqliteStore } from '../../src/monitor/store-sqlite.js';
import { DAY, HOUR, resultId, type ProbeResult } from '../../src/monitor/types.js';
import { validateConfig } from '../../src/core/config/validate.js';
import { tmpDir } from './helpers.js';

const tmp = tmpDir();
after(() => tmp.cleanup());
const T0 = Date.UTC(2026, 0, 1);

function res(monitorId: string, slot: number, status: 'up' | 'down', latencyMs: number | null, httpStatus: number | null, location = 'local'): ProbeResult {
  return { id: resultId(monitorId, location, slot), monitorId, location, slot, at: slot + 5, status, latencyMs, httpStatus, error: status === 'down' ? 'x' : null, attempts: 1, maintenance: false, detail: null };
}

describe('store (SQLite, WAL)', () => {
  it('inserts results idempotently by id', async () => {
    const s = new SqliteStore(`${tmp.dir}/idem`);
    assert.equal(await s.insertResults([res('a', T0, 'up', 10, 200), res('a', T0 + 60_000, 'up', 11, 200)]), 2);
    assert.equal(await s.insertResults([res('a', T0, 'down', 99, 500)]), 0, 'same id: ignored');
    assert.equal(await s.countResults('a'), 2);
    assert.equal((await s.results({ monitorId: 'a', limit: 1 }))[0]!.slot, T0 + 60_000);
    assert.equal((await s.latestSlots()).get('a@local'), T0 + 60_000);
    assert.equal(s.db.pragma('journal_mode', { simple: true }), 'wal');
    await s.close();
  });

  it('hourly rollups: nearest-rank p50/p95/p99, 2xx/3xx/4xx/5xx counts, uptime', async () => {
    assert.equal(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50), 5);
    assert.equal(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95), 10);
    assert.equal(percentile([], 95), null);
    const s = new SqliteStore(`${tmp.dir}/roll`);
    const rows: ProbeResult[] = [];
    for (let i = 0; i < 100; i++) {
      const code = i < 90 ? 200 : i < 93 ? 301 : i < 97 ? 404 : 503;
      rows.push(res('web', T0 + i * 30_000, code >= 500 ? 'down' : 'up', i + 1, code));
    }
    rows.push(res('web', T0 + 2 * HOUR, 'down', null, null)); // connection refused, two hours later
    await s.insertResults(rows);
    await s.rollup(T0, T0 + 3 * HOUR);
    const [h0, h2] = await s.rollups({ monitorId: 'web', from: T0, to: T0 + 3 * HOUR });
    assert.equal(h0!.hour, T0);
    assert.equal(h0!.total, 100);
    assert.equal(h0!.up, 97);
    assert.deepEqual([h0!.p50, h0!.p95, h0!.p99], [50, 95, 99]);
    assert.deepEqual([h0!.s2xx, h0!.s3xx, h0!.s4xx, h0!.s5xx, h0!.sErr], [90, 3, 4, 3, 0]);
    assert.deepEqual([h2!.hour, h2!.total, h2!.up, h2!.sErr, h2!.p95], [T0 + 2 * HOUR, 1, 0, 1, null]);
    const up = (await s.uptime(T0, T0 + DAY)).get('web')!;
    assert.deepEqual(up, { up: 97, total: 101 });
    assert.equal(computeRollups([{ monitorId: 'x', location: 'l', slot: T0, status: 'down', latencyMs: null, httpStatus: null }])[0]!.sErr, 1);
    await s.close();
  });

  it('retention by time: raw results after rawDays, rollups after rollupDays', async () => {
    const s = new SqliteStore(`${tmp.dir}/ret`);
    await s.insertResults([res('a', T0 - 8 * DAY, 'up', 1, 200), res('a', T0 - 6 * DAY, 'up', 1, 200), res('a', T0 - 91 * DAY, 'up', 1, 200)]);
    await s.rollup(T0 - 100 * DAY, T0);
    assert.equal((await s.rollups({ from: 0, to: T0 })).length, 3);
    const pruned = await s.prune(T0 - 7 * DAY, T0 - 90 * DAY);
    assert.deepEqual(pruned, { raw: 2, rollups: 1 });
    assert.equal(await s.countResults(), 1);
    assert.equal((await s.rollups({ from: 0, to: T0 })).length, 2, 'the 8-day-old hour keeps its rollup');
    await s.close();
  });

  it('the runtime rolls up and prunes on its fake clock every 5 minutes', async () => {
    const clock = new FakeClock(T0);
    const config = validateConfig({ monitor: { monitors: [{ id: 'hb', type: 'heartbeat' }], retention: { rawDays: 1, rollupDays: 2 }, server: { enabled: false } } }, 'test.yml');
    const store = new SqliteStore(`${tmp.dir}/rt`);
    await store.insertResults([res('hb', T0 - 2 * DAY, 'up', 1, null), res('hb', T0 - 10 * 60_000, 'down', null, null)]);
    const rt = await MonitorRuntime.open({ config, configDir: tmp.dir, store, clock, random: () => 0 });
    await rt.maintenance();
    assert.equal(await store.countResults('hb'), 1, 'the 2-day-old result is gone');
    assert.equal((await store.rollups({ monitorId: 'hb', from: T0 - HOUR, to: T0 })).length, 1, 'the last hour is rolled up');
    await rt.stop();
  });

  it('stop() while start() or a maintenance pass is still awaiting the store leaves no timer behind', async () => {
    const clock = new FakeClock(T0);
    const config = validateConfig({ monitor: { monitors: [{ id: 'hb', type: 'heartbeat' }], server: { enabled: false } } }, 'test.yml');
    const rt = await MonitorRuntime.open({ config, configDir: tmp.dir, store: new SqliteStore(`${tmp.dir}/race`), clock, random: () => 0 });
    const starting = rt.start(); // awaits the store before it creates the scheduler and arms maintenance
    await rt.stop();
    await starting;
    assert.equal(clock.pending, 0, 'a timer armed after stop() would keep a stopped daemon alive');
  });
});
