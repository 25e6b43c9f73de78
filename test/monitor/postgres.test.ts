import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { validateConfig } from '../../src/core/config/validate.js';
import { MonitorRuntime } from '../../src/monitor/daemon.js';
import { startScaleOut, type ScaleOut } from '../../src/monitor/queue-pgboss.js';
import { slotAtOrBefore } from '../../src/monitor/scheduler.js';
import { startHttp, until, type TestServer } from './helpers.js';
import { pgBinDir, startPostgres, type PgServer } from './pg-server.js';

const skip = pgBinDir() ? false : 'PostgreSQL binaries are absent (apt-get install -y postgresql); the scale-out test needs a real server';

describe('scale-out: PostgreSQL store + pg-boss queue, two locations, N-of-M', { skip }, () => {
  let pg: PgServer;
  let eu: TestServer;
  let us: TestServer;
  let hook: TestServer;
  const health = { eu: true, us: true };
  const rts: MonitorRuntime[] = [];
  const outs: ScaleOut[] = [];

  const runtime = async (location: string, port: number) => {
    const config = validateConfig(
      {
        network: { connectTo: [`app.test:80:127.0.0.1:${port}`] },
        monitor: {
          location,
          store: { kind: 'postgres', url: pg.url },
          defaults: { retries: 0, jitterMs: 0 },
          server: { enabled: false },
          alerts: [{ name: 'hook', type: 'webhook', url: `${hook.url}/alert` }],
          monitors: [{ id: 'global', type: 'http', url: 'http://app.test/', intervalSec: 3600, locations: ['eu', 'us'], locationsThreshold: 2, failThreshold: 1 }],
        },
      },
      'scale.yml',
    );
    const rt = await MonitorRuntime.open({ config, configDir: '/tmp' });
    rts.push(rt);
    return rt;
  };

  before(async () => {
    pg = startPostgres();
    const serve = (loc: 'eu' | 'us') => (_q: unknown, r: import('node:http').ServerResponse) => ((r.statusCode = health[loc] ? 200 : 500), r.end());
    eu = await startHttp(serve('eu'));
    us = await startHttp(serve('us'));
    hook = await startHttp((_q, r) => r.end());
  });
  after(async () => {
    for (const o of outs) await o.stop();
    for (const rt of rts) await rt.stop();
    await eu?.close();
    await us?.close();
    await hook?.close();
    pg?.stop();
  });

  it('workers in two locations share the queue; an incident opens only when 2 of 2 fail', async () => {
    const rtEu = await runtime('eu', eu.port);
    const rtUs = await runtime('us', us.port);
    const leader = await startScaleOut(rtEu, 'all', () => undefined, { grid: false, pollMs: 200 });
    outs.push(leader);
    outs.push(await startScaleOut(rtUs, 'worker', () => undefined, { pollMs: 200 }));
    assert.equal(leader.leader, true);
    // a second scheduler waits: one leader at a time (advisory lock)
    const standby = await startScaleOut(await runtime('eu', eu.port), 'scheduler', () => undefined, { grid: false });
    outs.push(standby);
    assert.equal(standby.leader, false);

    const m = rtEu.monitor('global')!;
    const s0 = slotAtOrBefore(m, Date.now());
    // 1 of 2 locations fails: below the threshold, no incident
    health.us = false;
    await leader.enqueue(m, s0);
    await until(async () => (await rtEu.store.countResults('global')) === 2, 20_000);
    await leader.evaluateNew();
    const first = await rtEu.store.results({ monitorId: 'global' });
    assert.deepEqual(first.map((r) => [r.location, r.status]).sort(), [['eu', 'up'], ['us', 'down']]);
    assert.equal((await rtEu.store.incidents({})).length, 0);

    // both fail: 2 of 2, the incident opens and the alert goes out
    health.eu = false;
    await leader.enqueue(m, s0 + m.intervalMs);
    await until(async () => (await rtEu.store.countResults('global')) === 4, 20_000);
    await leader.evaluateNew();
    const [inc] = await rtEu.store.incidents({ open: true });
    assert.ok(inc, 'incident opened');
    assert.match(inc.cause, /^2 of 2 locations failed: /);
    await until(() => hook.requests.length === 1, 10_000);

    // enqueueing the same run again is a no-op (job id from the result id)
    await leader.enqueue(m, s0 + m.intervalMs);
    await leader.evaluateNew();
    assert.equal(await rtEu.store.countResults('global'), 4);
    assert.equal((await rtEu.store.incidents({})).length, 1);
  });
});
