import { createHash } from 'node:crypto';
import PgBoss from 'pg-boss';
import type { MonitorRuntime } from './daemon.js';
import { Scheduler } from './scheduler.js';
import { resultId, type ProbeResult, type ResolvedMonitor } from './types.js';
import type { PostgresStore } from './store-postgres.js';

/**
 * Scale-out on PostgreSQL with pg-boss (a real job queue, no home-made distribution):
 * - the scheduler (one leader at a time, chosen by a PostgreSQL advisory lock) walks the same slot grid as the
 *   single-process daemon and enqueues one job per (monitor, location, slot) on the queue of that location;
 *   job ids derive from the result id, so a restarted or second leader cannot enqueue a run twice;
 * - a worker in each location takes jobs from its own queue, runs the probe and stores the result with its
 *   location;
 * - the leader reads new results in insertion order and feeds the incident engine, which applies N-of-M.
 */

export interface ScaleOut {
  /** enqueue one run of a monitor for a slot on each of its locations (the leader's scheduler does this) */
  enqueue(m: ResolvedMonitor, slot: number): Promise<void>;
  /** read and evaluate results stored since the last call (the leader polls this) */
  evaluateNew(): Promise<number>;
  leader: boolean;
  stop(): Promise<void>;
}

export function queueName(location: string): string {
  return `lr-probe-${location.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** a UUID-shaped id derived from a string (pg-boss job ids are uuids) */
export function jobId(key: string): string {
  const h = createHash('sha1').update(key).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export interface Job {
  monitorId: string;
  slot: number;
}

/**
 * One queued job on a worker. A job whose next slot is already due (the worker was down, or the queue backed up)
 * is dropped, not run: its result would be stored under a past slot, recording today's state as the past's.
 * Returns the stored result, or null when the job was dropped. The monitor lookup is a map (O(1) per job).
 */
export async function runJob(rt: MonitorRuntime, runner: Scheduler, job: Job, store: Pick<PostgresStore, 'insertResults'> = rt.store): Promise<ProbeResult | null> {
  const m = rt.monitor(job.monitorId);
  if (!m || !m.locations.includes(rt.section.location)) return null;
  if (rt.clock.now() > job.slot + m.intervalMs) return null;
  const r = await runner.runSlot(m, job.slot);
  await store.insertResults([r]);
  rt.observe(r);
  return r;
}

export async function startScaleOut(rt: MonitorRuntime, role: 'all' | 'scheduler' | 'worker', log: (l: string) => void = () => undefined, opts: { pollMs?: number; grid?: boolean } = {}): Promise<ScaleOut> {
  const url = rt.section.store.url!;
  const store = rt.store as PostgresStore;
  const boss = new PgBoss({ connectionString: url, schema: 'lr_pgboss', max: 4 });
  boss.on('error', (err: Error) => log(`pg-boss: ${err.message}`));
  await boss.start();
  const locations = [...new Set(rt.monitors.flatMap((m) => m.locations))];
  for (const l of locations) {
    try {
      await boss.createQueue(queueName(l));
    } catch {
      /* created by another process at the same time */
    }
  }
  const timers: NodeJS.Timeout[] = [];
  let stopped = false;
  let seq = 0;
  let grid: Scheduler | null = null;
  let lockClient: import('pg').PoolClient | null = null;

  const so: ScaleOut = {
    leader: false,
    async enqueue(m, slot) {
      for (const l of m.locations) {
        await boss.send(queueName(l), { monitorId: m.id, slot } satisfies Job, { id: jobId(resultId(m.id, l, slot)), retryLimit: 2, expireInSeconds: Math.max(30, Math.ceil(m.timeoutMs / 1000) * (m.retries + 2)) });
      }
    },
    async evaluateNew() {
      let n = 0;
      for (;;) {
        const batch = await store.resultsAfter(seq, 1000);
        for (const { seq: s, result } of batch) {
          seq = s;
          rt.observe(result);
          await rt.engine.onResult(result);
          n++;
        }
        if (batch.length < 1000) break;
      }
      return n;
    },
    async stop() {
      stopped = true;
      for (const t of timers) clearInterval(t);
      await grid?.stop();
      await rt.engine.shutdown();
      await boss.stop({ graceful: true, wait: true, timeout: 15_000 }).catch(() => undefined);
      if (lockClient) {
        await lockClient.query('SELECT pg_advisory_unlock(4242062)').catch(() => undefined);
        lockClient.release();
      }
    },
  };

  if (role !== 'worker') {
    const tryLead = async (): Promise<void> => {
      if (so.leader || stopped) return;
      lockClient ??= await store.pool.connect();
      const got = (await lockClient.query('SELECT pg_try_advisory_lock(4242062) AS ok')).rows[0] as { ok: boolean };
      if (!got.ok) return;
      so.leader = true;
      log('scheduler: leader');
      // a standby that takes over restores the persisted incident state now (its copy from start-up is stale),
      // then evaluates from the current end of the table: load() evaluated what was stored but not yet judged
      seq = Number(((await store.pool.query('SELECT COALESCE(MAX(seq), 0) AS s FROM lr_results')).rows[0] as { s: string }).s);
      await rt.engine.load();
      rt.engine.startWatch(role === 'all' ? rt.section.location : undefined);
      if (opts.grid !== false) {
        // same grid as the single-process daemon; "probing" = enqueueing for every location of the monitor
        grid = new Scheduler({
          monitors: rt.monitors.map((m) => ({ ...m, locations: ['*'], retries: 0 })),
          location: '*',
          clock: rt.clock,
          concurrency: rt.section.concurrency,
          probe: async (m, _signal, slot) => {
            await so.enqueue(rt.monitor(m.id)!, slot);
            return { ok: true };
          },
          onResult: () => undefined,
          onError: (err) => log(`enqueue: ${(err as Error).message}`),
        });
        grid.start();
      }
      timers.push(setInterval(() => void so.evaluateNew().catch((e: Error) => log(`evaluate: ${e.message}`)), opts.pollMs ?? 500));
      // rollups and retention: maintenance() re-arms itself every 5 minutes
      void rt.maintenance();
    };
    await tryLead();
    timers.push(setInterval(() => void tryLead().catch((e: Error) => log(`leader election: ${e.message}`)), 5000));
  }

  if (role !== 'scheduler') {
    const runner = rt.newScheduler();
    const mine = queueName(rt.section.location);
    let dropped = 0;
    await boss.work<Job>(mine, { batchSize: 50, pollingIntervalSeconds: Math.max(0.5, (opts.pollMs ?? 500) / 1000) }, async (jobs) => {
      const rs = await Promise.all(jobs.map((job) => runJob(rt, runner, job.data, store)));
      const n = rs.filter((r) => r === null).length;
      if (n) log(`worker: dropped ${n} stale job(s) whose next slot was already due (${(dropped += n)} since start)`);
    });
    log(`worker: location ${rt.section.location} on queue ${mine}`);
  }
  return so;
}
