import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import type { AlertEvent } from '../../src/monitor/alerts.js';
import { FakeClock } from '../../src/monitor/clock.js';
import { IncidentEngine } from '../../src/monitor/incidents.js';
import { SqliteStore } from '../../src/monitor/store-sqlite.js';
import { resultId, type ProbeResult, type ResolvedMonitor } from '../../src/monitor/types.js';
import { mon, tmpDir } from './helpers.js';

const tmp = tmpDir();
after(() => tmp.cleanup());
let n = 0;

function setup(monitors: ResolvedMonitor[], extra: { maintenance?: { start: string; end: string; monitors?: string[] }[]; dir?: string } = {}) {
  const clock = new FakeClock(Date.UTC(2026, 0, 1));
  const store = new SqliteStore(extra.dir ?? `${tmp.dir}/s${n++}`);
  const alerts: AlertEvent[] = [];
  const engine = new IncidentEngine({ store, clock, monitors, flapping: { window: 10, changes: 4 }, maintenance: extra.maintenance ?? [], alert: (e) => void alerts.push(e) });
  const feed = async (m: ResolvedMonitor, slot: number, down: boolean | Record<string, boolean>) => {
    const per = typeof down === 'boolean' ? { [m.locations[0]!]: down } : down;
    for (const [loc, d] of Object.entries(per)) {
      const r: ProbeResult = { id: resultId(m.id, loc, slot), monitorId: m.id, location: loc, slot, at: slot, status: d ? 'down' : 'up', latencyMs: 10, httpStatus: d ? 503 : 200, error: d ? `HTTP 503 at ${loc}` : null, attempts: 1, maintenance: false, detail: null };
      await store.insertResults([r]);
      await engine.onResult(r);
    }
  };
  return { clock, store, alerts, engine, feed };
}

const T0 = Date.UTC(2026, 0, 1);
const I = 60_000;

describe('incidents', () => {
  it('opens after failThreshold failed runs, not before, and closes on recovery with a timeline', async () => {
    const m = mon({ id: 'api', failThreshold: 3 });
    const { store, alerts, feed, clock } = setup([m]);
    await feed(m, T0, true);
    await feed(m, T0 + I, true);
    assert.equal((await store.incidents({})).length, 0, 'two failures: no incident yet');
    await clock.advance(2 * I);
    const clockNow = clock.now();
    await feed(m, T0 + 2 * I, true);
    const [inc] = await store.incidents({ open: true });
    assert.ok(inc);
    assert.equal(inc.openSlot, T0 + 2 * I);
    assert.deepEqual(alerts.map((a) => a.kind), ['incident.opened']);
    await feed(m, T0 + 3 * I, true);
    assert.equal(alerts.length, 1, 'no second alert while open');
    await feed(m, T0 + 4 * I, false);
    assert.equal((await store.incidents({ open: true })).length, 0);
    assert.deepEqual(alerts.map((a) => a.kind), ['incident.opened', 'incident.resolved']);
    const kinds = (await store.events(inc.id)).map((e) => e.kind);
    assert.deepEqual(kinds, ['failure', 'opened', 'alert', 'resolved', 'alert']);
    assert.equal(inc.openedAt, T0, 'opened at the first failed result');
    assert.equal(inc.detectedAt, clockNow, 'detected when the threshold was crossed');
  });

  it('N of M: a run fails only when at least locationsThreshold locations fail', async () => {
    const m = mon({ id: 'global', failThreshold: 1, locations: ['eu', 'us', 'ap'], locationsThreshold: 2 });
    const { store, alerts, feed } = setup([m]);
    await feed(m, T0, { eu: true, us: false, ap: false });
    await feed(m, T0 + I, { eu: true, us: false, ap: true });
    const open = await store.incidents({ open: true });
    assert.equal(open.length, 1);
    assert.equal(open[0]!.openSlot, T0 + I);
    assert.match(open[0]!.cause, /^2 of 3 locations failed/);
    assert.equal(alerts.length, 1);
  });

  it('N of M decides as soon as the outcome is certain and ignores late locations', async () => {
    const m = mon({ id: 'g2', failThreshold: 1, locations: ['eu', 'us', 'ap'], locationsThreshold: 2 });
    const { store, feed } = setup([m]);
    await feed(m, T0, { eu: true, us: true });
    assert.equal((await store.incidents({ open: true })).length, 1, 'decided after two of three');
    await feed(m, T0, { ap: false });
    assert.equal((await store.incidents({ open: true })).length, 1, 'late up result of the same slot changes nothing');
  });

  it('flapping: one incident and one alert instead of one per state change', async () => {
    const m = mon({ id: 'flap', failThreshold: 1 });
    const { store, alerts, engine, feed } = setup([m]);
    for (let i = 0; i < 10; i++) await feed(m, T0 + i * I, i % 2 === 0);
    assert.ok(engine.isFlapping('flap'));
    const all = await store.incidents({});
    // two ordinary open/close cycles until the 4th state change marks it flapping; then one incident stays open
    // and the next five state changes send nothing
    assert.equal(all.length, 3);
    assert.equal(all.filter((i) => i.closedAt === null).length, 1);
    assert.deepEqual(alerts.map((a) => a.kind), ['incident.opened', 'incident.resolved', 'incident.opened', 'incident.resolved', 'incident.flapping']);
    // stable again: closes once the window no longer shows flapping
    for (let i = 10; i < 22; i++) await feed(m, T0 + i * I, false);
    assert.equal(engine.isFlapping('flap'), false);
    assert.equal((await store.incidents({ open: true })).length, 0);
    assert.equal(alerts.at(-1)!.kind, 'incident.resolved');
  });

  it('maintenance windows keep results but open no incident', async () => {
    const m = mon({ id: 'db', failThreshold: 1 });
    const { store, alerts, feed } = setup([m], { maintenance: [{ start: new Date(T0).toISOString(), end: new Date(T0 + 3 * I).toISOString() }] });
    await feed(m, T0, true);
    await feed(m, T0 + I, true);
    assert.equal((await store.incidents({})).length, 0);
    assert.equal(await store.countResults('db'), 2);
    await feed(m, T0 + 3 * I, true);
    assert.equal((await store.incidents({ open: true })).length, 1, 'after the window it opens');
    assert.equal(alerts.length, 1);
  });

  it('acknowledgement is recorded on the incident and in its timeline', async () => {
    const m = mon({ id: 'ack', failThreshold: 1 });
    const { store, engine, feed, alerts } = setup([m]);
    await feed(m, T0, true);
    const [inc] = await store.incidents({ open: true });
    const acked = await engine.acknowledge(inc!.id, 'alice');
    // acknowledging notifies the incident's channels (the rest of the on-call team sees who took it)
    assert.deepEqual(alerts.map((a) => a.kind), ['incident.opened', 'incident.acknowledged']);
    assert.equal(alerts[1]!.message, 'acknowledged by alice');
    assert.equal(acked!.acknowledgedBy, 'alice');
    assert.ok(acked!.acknowledgedAt);
    await engine.acknowledge(inc!.id, 'bob');
    assert.equal((await store.incident(inc!.id))!.acknowledgedBy, 'alice', 'first ack wins');
    assert.equal((await store.events(inc!.id)).filter((e) => e.kind === 'acknowledged').length, 1);
    assert.equal(alerts.length, 2, 'a second acknowledgement sends nothing');
  });

  it('names the deploy that preceded the failure', async () => {
    const m = mon({ id: 'web', failThreshold: 2 });
    const { store, alerts, feed } = setup([m]);
    await store.addDeploy({ id: 'd1', version: 'v1.0.0', env: 'production', at: T0 - 3_600_000, note: null });
    await store.addDeploy({ id: 'd2', version: 'v1.1.0', env: 'production', at: T0 + I / 2, note: null });
    await feed(m, T0 + I, true);
    await feed(m, T0 + 2 * I, true);
    const [inc] = await store.incidents({ open: true });
    assert.equal(inc!.deployId, 'd2');
    assert.equal(alerts[0]!.deploy!.version, 'v1.1.0');
  });

  it('a restarted engine replays results without opening or alerting twice', async () => {
    const dir = `${tmp.dir}/replay`;
    const m = mon({ id: 'r', failThreshold: 2 });
    const a = setup([m], { dir });
    await a.feed(m, T0, true);
    await a.feed(m, T0 + I, true);
    await a.feed(m, T0 + 2 * I, true);
    assert.equal(a.alerts.length, 1);
    // a second engine on the same store (restart): load() replays, then the next failure arrives
    const b = setup([m], { dir });
    await b.clock.advance(3 * I);
    await b.engine.load();
    await b.feed(m, T0 + 3 * I, true);
    assert.equal((await b.store.incidents({})).length, 1, 'still one incident');
    assert.equal(b.alerts.length, 0, 'no second alert');
    await b.feed(m, T0 + 4 * I, false);
    assert.equal((await b.store.incidents({ open: true })).length, 0);
    assert.deepEqual(b.alerts.map((x) => x.kind), ['incident.resolved']);
  });

  it('a restarted engine opens an incident a crash kept from opening (result stored, incident not)', async () => {
    const dir = `${tmp.dir}/crash`;
    const m = mon({ id: 'c', failThreshold: 2 });
    const a = setup([m], { dir });
    await a.engine.load(); // the engine ran on this store before the crash
    for (const slot of [T0, T0 + I]) {
      await a.store.insertResults([{ id: resultId('c', 'local', slot), monitorId: 'c', location: 'local', slot, at: slot, status: 'down', latencyMs: null, httpStatus: null, error: 'refused', attempts: 1, maintenance: false, detail: null }]);
    }
    const b = setup([m], { dir });
    await b.clock.advance(2 * I);
    await b.engine.load();
    assert.equal((await b.store.incidents({ open: true })).length, 1);
    assert.deepEqual(b.alerts.map((x) => x.kind), ['incident.opened']);
  });
});
