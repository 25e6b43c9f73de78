import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FakeClock } from '../../src/monitor/clock.js';
import { phaseOf, Scheduler, slotAtOrBefore } from '../../src/monitor/scheduler.js';
import type { ProbeOutcome, ProbeResult, ResolvedMonitor } from '../../src/monitor/types.js';
import { mon } from './helpers.js';

function setup(monitors: ResolvedMonitor[], probe: (m: ResolvedMonitor, n: number) => ProbeOutcome | Promise<ProbeOutcome>, extra: Partial<ConstructorParameters<typeof Scheduler>[0]> = {}) {
  const clock = new FakeClock(Date.UTC(2026, 0, 1, 0, 0, 0));
  const results: ProbeResult[] = [];
  const calls = new Map<string, number>();
  const runAt: { id: string; at: number }[] = [];
  const s = new Scheduler({
    monitors,
    location: 'local',
    clock,
    concurrency: 10,
    probe: async (m) => {
      const n = (calls.get(m.id) ?? 0) + 1;
      calls.set(m.id, n);
      runAt.push({ id: m.id, at: clock.now() });
      return probe(m, n);
    },
    onResult: (r) => void results.push(r),
    ...extra,
  });
  return { clock, results, calls, runAt, s };
}

describe('scheduler (fake clock)', () => {
  it('runs each monitor on its own grid: slots = phase + k * interval, first run at start', async () => {
    const a = mon({ id: 'a', intervalMs: 10_000 });
    const b = mon({ id: 'b', intervalMs: 30_000 });
    const { clock, results, s } = setup([a, b], () => ({ ok: true, latencyMs: 5 }));
    s.start();
    await clock.advance(60_000);
    await s.stop();
    const ra = results.filter((r) => r.monitorId === 'a');
    const rb = results.filter((r) => r.monitorId === 'b');
    // first run catches up on the current slot, then one per interval
    assert.equal(ra.length, 7);
    assert.equal(rb.length, 3);
    for (const r of [...ra, ...rb]) {
      const m = r.monitorId === 'a' ? a : b;
      assert.equal(((r.slot - phaseOf(m.id, m.intervalMs)) % m.intervalMs + m.intervalMs) % m.intervalMs, 0, 'slot on the grid');
      assert.equal(r.id, `${r.monitorId}@local@${r.slot}`);
    }
    assert.equal(new Set(results.map((r) => r.id)).size, results.length, 'ids unique');
  });

  it('adds jitter below jitterMs to each run, never moving the slot', async () => {
    const a = mon({ id: 'j', intervalMs: 10_000, jitterMs: 2000 });
    const seq = [0.5, 0.25, 0.999, 0];
    let i = 0;
    const { clock, results, runAt, s } = setup([a], () => ({ ok: true }), { random: () => seq[i++ % seq.length]! });
    s.start();
    await clock.advance(35_000);
    await s.stop();
    assert.ok(results.length >= 3);
    for (const [k, r] of results.entries()) {
      const delay = runAt[k]!.at - Math.max(r.slot, Date.UTC(2026, 0, 1));
      assert.ok(delay >= 0 && delay < 2000, `jitter ${delay} within [0, 2000)`);
    }
    assert.deepEqual(
      runAt.slice(1, 3).map((x, k) => x.at - results[k + 1]!.slot),
      [Math.floor(seq[1]! * 2000), Math.floor(seq[2]! * 2000)],
    );
  });

  it('retries a failed attempt before the run counts as failed', async () => {
    const flaky = mon({ id: 'flaky', retries: 2, retryDelayMs: 1000 });
    const dead = mon({ id: 'dead', retries: 2, retryDelayMs: 1000 });
    const { clock, results, s } = setup([flaky, dead], (m, n) => (m.id === 'flaky' && n >= 2 ? { ok: true, latencyMs: 1 } : { ok: false, error: `attempt ${n} failed` }));
    s.start();
    await clock.advance(5000);
    await s.stop();
    const f = results.find((r) => r.monitorId === 'flaky')!;
    const d = results.find((r) => r.monitorId === 'dead')!;
    assert.equal(f.status, 'up');
    assert.equal(f.attempts, 2);
    assert.equal(d.status, 'down');
    assert.equal(d.attempts, 3);
    assert.equal(d.error, 'attempt 3 failed');
  });

  it('on restart, skips a slot already stored and re-runs one whose result is missing', async () => {
    const a = mon({ id: 'a', intervalMs: 60_000 });
    const b = mon({ id: 'b', intervalMs: 60_000 });
    const start = Date.UTC(2026, 0, 1);
    const latestSlots = new Map([[`a@local`, slotAtOrBefore(a, start)]]);
    const { clock, results, s } = setup([a, b], () => ({ ok: true }), { latestSlots });
    s.start();
    await clock.advance(1);
    assert.deepEqual(results.map((r) => r.monitorId), ['b'], 'a already has its current slot; b catches up');
    assert.equal(results[0]!.slot, slotAtOrBefore(b, start));
    await clock.advance(60_000);
    await s.stop();
    assert.equal(results.filter((r) => r.monitorId === 'a').length, 1);
    assert.equal(results.find((r) => r.monitorId === 'a')!.slot, slotAtOrBefore(a, start) + 60_000);
  });

  it('stop() drains runs in flight and schedules nothing after', async () => {
    const a = mon({ id: 'slow', intervalMs: 10_000 });
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const { clock, results, calls, s } = setup([a], async () => {
      await gate;
      return { ok: true };
    });
    s.start();
    await clock.advance(1);
    assert.equal(s.inFlight, 1);
    const stopping = s.stop();
    release();
    await stopping;
    assert.equal(results.length, 1, 'the in-flight run was stored');
    await clock.advance(60_000);
    assert.equal(calls.get('slow'), 1, 'nothing ran after stop');
  });

  it('respects the concurrency limit', async () => {
    const ms = Array.from({ length: 20 }, (_, i) => mon({ id: `m${i}`, intervalMs: 60_000 }));
    let active = 0;
    let peak = 0;
    const { clock, results, s } = setup(ms, async () => {
      active++;
      peak = Math.max(peak, active);
      await new Promise((r) => setImmediate(r));
      active--;
      return { ok: true };
    }, { concurrency: 3 });
    s.start();
    // a monitor whose next slot is under a second away skips the catch-up and runs at that slot instead
    await clock.advance(2000);
    await s.stop();
    assert.equal(new Set(results.map((r) => r.monitorId)).size, 20);
    assert.ok(peak <= 3, `peak ${peak}`);
  });

  it('a fresh start does not run the catch-up and the next scheduled run a moment apart', async () => {
    const a = mon({ id: 'soon', intervalMs: 60_000 });
    // start 300 ms before the monitor's next slot
    const clock = new FakeClock(Date.UTC(2026, 0, 1));
    const next = slotAtOrBefore(a, clock.now()) + 60_000;
    await clock.advance(next - clock.now() - 300);
    const runAt: number[] = [];
    const s = new Scheduler({ monitors: [a], location: 'local', clock, concurrency: 4, probe: async () => (runAt.push(clock.now()), { ok: true }), onResult: () => undefined });
    s.start();
    await clock.advance(30_000);
    await s.stop();
    assert.deepEqual(runAt, [next], 'one run, at the next slot');
  });
});
