import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import type { AlertEvent } from '../../src/monitor/alerts.js';
import { FakeClock } from '../../src/monitor/clock.js';
import { IncidentEngine } from '../../src/monitor/incidents.js';
import { runJob } from '../../src/monitor/queue-pgboss.js';
import { validateConfig } from '../../src/core/config/validate.js';
import { MonitorRuntime } from '../../src/monitor/daemon.js';
import { Scheduler, slotAtOrBefore } from '../../src/monitor/scheduler.js';
import { SqliteStore } from '../../src/monitor/store-sqlite.js';
import { resultId, type ProbeResult, type ResolvedMonitor } from '../../src/monitor/types.js';
import { mon, tmpDir } from './helpers.js';

// Restarts, dead locations and restarted workers, all on a fake clock: no sleeps, no timing assertions.

const tmp = tmpDir('lr-state-');
after(() => tmp.cleanup());
const T0 = Date.UTC(2026, 0, 1);
const I = 60_000;
let n = 0;

function engineOn(dir: string, monitors: ResolvedMonitor[], clock: FakeClock, alerts: AlertEvent[]) {
  const store = new SqliteStore(dir);
  const engine = new IncidentEngine({ store, clock, monitors, flapping: { window: 10, changes: 4 }, maintenance: [], alert: (e) => void alerts.push(e), silentIntervals: 3, locationChannels: ['hook'] });
  return { store, engine };
}

function result(m: ResolvedMonitor, loc: string, slot: number, down: boolean, at = slot + 150): ProbeResult {
  return { id: resultId(m.id, loc, slot), monitorId: m.id, location: loc, slot, at, status: down ? 'down' : 'up', latencyMs: 12, httpStatus: down ? 503 : 200, error: down ? `HTTP 503 at ${loc}` : null, attempts: 1, maintenance: false, detail: null };
}

describe('persisted incident state: restarts never open or close anything by themselves', () => {
  it('a restart after a resolved outage opens nothing (the recent window began mid-outage)', async () => {
    const dir = `${tmp.dir}/s${n++}`;
    const m = mon({ id: 'web', failThreshold: 3, recoverThreshold: 1 });
    const clock = new FakeClock(T0);
    const alerts: AlertEvent[] = [];
    const a = engineOn(dir, [m], clock, alerts);
    await a.engine.load();
    // 10 good runs, a 6-run outage, then 3 good runs: resolved
    const plan = [...Array(10).fill(false), ...Array(6).fill(true), ...Array(3).fill(false)] as boolean[];
    for (const [i, down] of plan.entries()) {
      await clock.advance(I);
      const r = result(m, 'local', T0 + i * I, down);
      await a.store.insertResults([r]);
      await a.engine.onResult(r);
    }
    assert.deepEqual(alerts.map((x) => x.kind), ['incident.opened', 'incident.resolved']);
    const [inc] = await a.store.incidents({});
    assert.equal(inc!.openedAt, T0 + 10 * I + 150, 'opened at the first failed result');
    assert.equal(inc!.detectedAt, T0 + 13 * I, 'detected when the third failed run was evaluated');
    await a.store.close();

    // restart 45 s later: a window of the last 14 results starts inside the outage; the persisted state does not
    await clock.advance(45_000);
    const b = engineOn(dir, [m], clock, alerts);
    await b.engine.load();
    for (let i = plan.length; i < plan.length + 3; i++) {
      await clock.advance(I);
      const r = result(m, 'local', T0 + i * I, false);
      await b.store.insertResults([r]);
      await b.engine.onResult(r);
    }
    assert.deepEqual(alerts.map((x) => x.kind), ['incident.opened', 'incident.resolved'], 'no alert from the restart');
    assert.equal((await b.store.incidents({})).length, 1, 'no new incident');
    assert.equal(b.engine.openIncident('web'), null);
    await b.store.close();
  });

  it('a restart during an outage keeps the same incident; the recovery closes it once', async () => {
    const dir = `${tmp.dir}/s${n++}`;
    const m = mon({ id: 'api', failThreshold: 2 });
    const clock = new FakeClock(T0);
    const alerts: AlertEvent[] = [];
    const a = engineOn(dir, [m], clock, alerts);
    await a.engine.load();
    for (let i = 0; i < 4; i++) {
      await clock.advance(I);
      const r = result(m, 'local', T0 + i * I, true);
      await a.store.insertResults([r]);
      await a.engine.onResult(r);
    }
    const opened = await a.store.incidents({ open: true });
    assert.equal(opened.length, 1);
    await a.store.close();

    await clock.advance(30_000);
    const b = engineOn(dir, [m], clock, alerts);
    await b.engine.load();
    assert.equal(b.engine.openIncident('api')?.id, opened[0]!.id, 'the restarted engine tracks the same incident');
    for (const [i, down] of [true, true, false].entries()) {
      await clock.advance(I);
      const r = result(m, 'local', T0 + (4 + i) * I, down);
      await b.store.insertResults([r]);
      await b.engine.onResult(r);
    }
    const all = await b.store.incidents({});
    assert.equal(all.length, 1, 'one incident across the restart');
    assert.equal(all[0]!.id, opened[0]!.id);
    assert.notEqual(all[0]!.closedAt, null);
    assert.deepEqual(alerts.map((x) => x.kind), ['incident.opened', 'incident.resolved']);
    await b.store.close();
  });

  it('a restarted runtime (MonitorRuntime.open) after a resolved outage sends nothing', async () => {
    const dir = `${tmp.dir}/s${n++}`;
    const config = validateConfig({ monitor: { defaults: { retries: 0, jitterMs: 0, failThreshold: 2 }, server: { enabled: false }, monitors: [{ id: 'hb', type: 'heartbeat', intervalSec: 60 }] } }, 'c.yml');
    const clock = new FakeClock(T0);
    const logs: string[] = [];
    const open = () => MonitorRuntime.open({ config, configDir: dir, dataDir: dir, clock, flushMs: 1, log: (l) => void logs.push(l) });
    const rt = await open();
    const m = rt.monitor('hb')!;
    for (const [i, down] of [true, true, true, false, false].entries()) {
      await clock.advance(I);
      await rt.record(result(m, 'local', T0 + i * I, down));
    }
    await rt.stop();
    assert.equal(logs.filter((l) => l.startsWith('alert')).length, 2, logs.join('\n'));
    await clock.advance(45_000);
    const again = await open();
    await again.engine.idle();
    assert.equal(again.engine.openIncident('hb'), null);
    await again.stop();
    assert.equal(logs.filter((l) => l.startsWith('alert')).length, 2, 'the restart alerted nothing');
  });
});

describe('location heartbeats: a dead location is noticed, and N of M still pages', () => {
  it('a killed location raises "location silent"; an outage seen by the other location opens an incident', async () => {
    const dir = `${tmp.dir}/s${n++}`;
    // two locations, both must fail (locationsThreshold 2 of 2)
    const m = mon({ id: 'global', failThreshold: 2, locations: ['eu-1', 'us-1'], locationsThreshold: 2, alertChannels: ['hook'] });
    const clock = new FakeClock(T0);
    const alerts: AlertEvent[] = [];
    const { store, engine } = engineOn(dir, [m], clock, alerts);
    await engine.load();
    engine.startWatch();
    const feed = async (loc: string, slot: number, down: boolean) => {
      const r = result(m, loc, slot, down, clock.now());
      await store.insertResults([r]);
      await engine.onResult(r);
    };
    // both locations healthy for 3 runs
    for (let i = 0; i < 3; i++) {
      await clock.advance(I);
      await feed('eu-1', T0 + i * I, false);
      await feed('us-1', T0 + i * I, false);
    }
    // us-1 is killed; the app goes down and eu-1 sees it
    for (let i = 3; i < 8; i++) {
      await clock.advance(I);
      await feed('eu-1', T0 + i * I, true);
      await engine.idle();
    }
    await clock.advance(I);
    await engine.idle();
    const silent = alerts.find((a) => a.monitor.id === 'location:us-1');
    assert.ok(silent, `a location alert: ${alerts.map((a) => a.message).join(' | ')}`);
    assert.equal(silent.kind, 'incident.opened');
    assert.match(silent.message, /^location us-1 silent for 3 intervals/);
    assert.ok(engine.silentLocations().has('us-1'));
    assert.ok(!engine.silentLocations().has('eu-1'));

    // with us-1 not counted, the failures eu-1 saw decide the runs (threshold = min(2, 1 live)): it pages
    const opened = alerts.find((a) => a.monitor.id === 'global' && a.kind === 'incident.opened');
    assert.ok(opened, 'the outage pages');
    assert.match(opened.message, /^1 of 1 live locations failed \(1 silent location not counted\): eu-1: HTTP 503/);
    const [inc] = await store.incidents({ monitorId: 'global' });
    assert.equal(inc!.openedAt, T0 + 4 * I, 'opened at the first failed result eu-1 stored');

    // us-1 comes back: its location incident resolves; it counts again
    await clock.advance(I);
    await feed('us-1', T0 + 9 * I, true);
    await feed('eu-1', T0 + 9 * I, true);
    assert.ok(alerts.some((a) => a.monitor.id === 'location:us-1' && a.kind === 'incident.resolved'));
    assert.equal(engine.silentLocations().size, 0);
    assert.equal((await store.incidents({ open: true, monitorId: 'location:us-1' })).length, 0);
    engine.stopWatch();
    await store.close();
  });

  it('a location is not called silent for the time before this process started (restart of the leader)', async () => {
    const dir = `${tmp.dir}/s${n++}`;
    const m = mon({ id: 'g', locations: ['eu-1', 'us-1'], locationsThreshold: 2 });
    const clock = new FakeClock(T0);
    const alerts: AlertEvent[] = [];
    const a = engineOn(dir, [m], clock, alerts);
    await a.store.insertResults([result(m, 'eu-1', T0, false), result(m, 'us-1', T0, false)]);
    await clock.advance(60 * I); // an hour without any process running
    await a.engine.load();
    a.engine.startWatch();
    await clock.advance(I);
    await a.engine.idle();
    assert.equal(alerts.length, 0);
    a.engine.stopWatch();
    await a.store.close();
  });
});

describe('stale runs: dropped, never stored under a past time', () => {
  it('a restarted pg-boss worker drops its backlog of past slots and stores only the current run, stamped now', async () => {
    const dir = `${tmp.dir}/s${n++}`;
    const config = validateConfig({ monitor: { location: 'eu-1', defaults: { retries: 0, jitterMs: 0 }, server: { enabled: false }, monitors: [{ id: 'hb', type: 'heartbeat', intervalSec: 60, locations: ['eu-1'] }] } }, 'c.yml');
    const clock = new FakeClock(T0 + 30 * I + 5_000);
    const rt = await MonitorRuntime.open({ config, configDir: dir, dataDir: dir, clock, flushMs: 1 });
    const m = rt.monitor('hb')!;
    const runner = rt.newScheduler();
    const current = slotAtOrBefore(m, clock.now());
    // the queue kept 10 jobs while the worker was down: 9 past slots and the current one
    const jobs = Array.from({ length: 10 }, (_, i) => ({ monitorId: 'hb', slot: current - (9 - i) * m.intervalMs }));
    const stored = (await Promise.all(jobs.map((j) => runJob(rt, runner, j)))).filter((r) => r !== null);
    const rows = await rt.store.results({ monitorId: 'hb' });
    assert.equal(rows.length, stored.length);
    assert.ok(rows.length >= 1 && rows.length <= 2, `only the current slot (and the previous one if its interval has not passed): ${rows.length}`);
    for (const r of rows) {
      assert.ok(r.slot + m.intervalMs >= clock.now(), `no result under a past slot (${new Date(r.slot).toISOString()})`);
      assert.equal(r.at, clock.now(), 'stamped with when it ran');
    }
    await rt.stop();
  });

  it('the scheduler drops a queued run whose next slot is already due instead of replaying it', async () => {
    const clock = new FakeClock(T0);
    const ms = Array.from({ length: 4 }, (_, i) => mon({ id: `q${i}`, intervalMs: 10_000 }));
    const results: ProbeResult[] = [];
    const started: { id: string; slot: number; at: number }[] = [];
    let release!: () => void;
    let gate = new Promise<void>((r) => (release = r));
    const s = new Scheduler({
      monitors: ms,
      location: 'local',
      clock,
      concurrency: 1,
      // the first probe hangs for 25 s: the other three wait in the queue past their next slot
      probe: async (m, _signal, slot) => {
        started.push({ id: m.id, slot, at: clock.now() });
        await gate;
        return { ok: true, latencyMs: 1 };
      },
      onResult: (r) => void results.push(r),
    });
    s.start();
    await clock.advance(10_001);
    await clock.advance(15_000);
    release();
    gate = Promise.resolve();
    await clock.advance(1);
    await s.stop();
    for (const x of started) assert.ok(x.at <= x.slot + 10_000, `${x.id}: the run of slot ${x.slot - T0} started at ${x.at - T0}, after its next slot was due`);
    assert.equal(results.length, started.length);
    assert.ok(s.skipped > 0, 'stale runs were counted as skipped');
  });
});
