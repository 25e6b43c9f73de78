import { optionalImport } from './optional.js';
import { resolve } from 'node:path';
import type { Config } from '../core/config/schema.js';
import type { MonitorSection } from '../core/config/sections/monitor.js';
import { HttpProbe } from '../probes/http.js';
import { parseConnectTo, parseResolver } from '../probes/net.js';
import { caBundle } from '../probes/tls.js';
import { Alerter, type AlertEvent } from './alerts.js';
import { systemClock, type Clock } from './clock.js';
import { IncidentEngine } from './incidents.js';
import { buildAllowlist, monitorSection, resolveMonitors } from './plan.js';
import { PROBES, wireTimed, type ProbeEnv } from './probes.js';
import { Scheduler } from './scheduler.js';
import type { MonitorStore } from './store.js';
import { SqliteStore } from './store-sqlite.js';
import { DAY, HOUR, type ProbeResult, type ResolvedMonitor } from './types.js';

export interface MonitorOptions {
  config: Config;
  configDir: string;
  /** --data; default monitor.data or .launchready/monitor next to the config */
  dataDir?: string;
  clock?: Clock;
  random?: () => number;
  log?: (line: string) => void;
  /** inject a store (tests); otherwise from config */
  store?: MonitorStore;
  /** alert retry backoff (tests shorten it) */
  alertBackoffMs?: number;
  /** result write batching window (default 100 ms) */
  flushMs?: number;
}

/** Trusted CAs for http/flow/webhook monitors (monitor.ca + Node roots + NODE_EXTRA_CA_CERTS); InputError naming monitor.ca if unreadable. */
export function monitorCa(section: MonitorSection, configDir: string): string[] | undefined {
  const files = section.ca.filter((c) => c.trim() !== '').map((c) => resolve(configDir, c));
  return caBundle(files, process.env, 'monitor.ca');
}

export function dataDirFor(opts: Pick<MonitorOptions, 'config' | 'configDir' | 'dataDir'>): string {
  const section = monitorSection(opts.config);
  return resolve(opts.configDir, opts.dataDir ?? section.data ?? '.launchready/monitor');
}

export async function openStore(opts: Pick<MonitorOptions, 'config' | 'configDir' | 'dataDir'>): Promise<MonitorStore> {
  const section = monitorSection(opts.config);
  if (section.store.kind === 'postgres') {
    const { PostgresStore } = await optionalImport(() => import('./store-postgres.js'), ['pg'], 'monitor.store.kind: postgres');
    return PostgresStore.connect(section.store.url!);
  }
  return new SqliteStore(dataDirFor(opts));
}

/** The pieces of a monitor process, wired: probes → scheduler → store → incidents → alerts. */
export class MonitorRuntime {
  readonly section: MonitorSection;
  readonly monitors: ResolvedMonitor[];
  readonly clock: Clock;
  readonly http: HttpProbe;
  readonly env: ProbeEnv;
  readonly alerter: Alerter;
  readonly engine: IncidentEngine;
  scheduler: Scheduler | null = null;
  private maintenanceTimer: unknown = null;
  private stopping = false;
  private readonly log: (l: string) => void;
  /** latest result per monitor (and per monitor@location): the dashboard's status column without a scan */
  readonly last = new Map<string, ProbeResult>();
  readonly lastByLocation = new Map<string, ProbeResult>();
  /** heartbeat pings kept in memory too (hot path), persisted in state */
  private readonly pings = new Map<string, number>();
  private readonly byId = new Map<string, ResolvedMonitor>();

  constructor(
    readonly opts: MonitorOptions,
    readonly store: MonitorStore,
  ) {
    this.section = monitorSection(opts.config);
    this.monitors = resolveMonitors(this.section);
    this.clock = opts.clock ?? systemClock;
    this.log = opts.log ?? (() => undefined);
    const net = opts.config.network;
    const connectTo = net.connectTo.map((c, i) => parseConnectTo(c, `network.connectTo[${i}]`));
    const resolver = net.resolver ? parseResolver(net.resolver, 'network.resolver').server : undefined;
    const allow = buildAllowlist(opts.config);
    for (const a of this.section.alerts) if (a.url) allow.add(a.url);
    const ca = monitorCa(this.section, opts.configDir);
    // one connection per probe the scheduler lets run at once: a probe never waits in the pool for a connection
    this.http = new HttpProbe({ allow, connectTo, ...(resolver ? { resolver } : {}), ...(ca ? { ca } : {}), timeoutMs: this.section.defaults.timeoutMs, connections: this.section.concurrency });
    for (const m of this.monitors) this.byId.set(m.id, m);
    this.env = {
      dispatcher: wireTimed(this.http.dispatcher),
      allow,
      config: opts.config,
      configDir: opts.configDir,
      connectTo,
      ...(resolver ? { resolver } : {}),
      lastPing: async (id) => this.pings.get(id) ?? ((await store.getState(`ping:${id}`)) as number | undefined) ?? null,
      getState: (k) => store.getState(k),
      setState: (k, v) => store.setState(k, v),
      now: () => this.clock.now(),
    };
    this.alerter = new Alerter({ channels: this.section.alerts, store, clock: this.clock, dispatcher: this.http.dispatcher, ...(opts.alertBackoffMs !== undefined ? { backoffMs: opts.alertBackoffMs } : {}) });
    this.engine = new IncidentEngine({
      store,
      clock: this.clock,
      monitors: this.monitors,
      flapping: this.section.flapping,
      maintenance: this.section.maintenance,
      alert: (e: AlertEvent, channels: string[]) => {
        this.log(`alert ${e.kind} ${e.monitor.id}: ${e.message}`);
        this.alerter.dispatch(e, channels);
      },
      ...(this.section.server.publicUrl ? { publicUrl: this.section.server.publicUrl } : {}),
      silentIntervals: this.section.locationSilentIntervals,
      onError: (err) => this.log(`incident engine: ${(err as Error).message}`),
      locationChannels: this.section.alerts.map((a) => a.name),
    });
  }

  static async open(opts: MonitorOptions): Promise<MonitorRuntime> {
    const store = opts.store ?? (await openStore(opts));
    const rt = new MonitorRuntime(opts, store);
    // a scale-out worker only probes and stores; the leader evaluates (it loads the engine when it leads)
    if (rt.section.store.role !== 'worker') await rt.engine.load();
    for (const m of rt.monitors) {
      for (const r of (await store.results({ monitorId: m.id, limit: m.locations.length })).reverse()) rt.observe(r);
    }
    return rt;
  }

  monitor(id: string): ResolvedMonitor | undefined {
    return this.byId.get(id);
  }

  private batch: { rows: ProbeResult[]; done: Promise<void>; resolve(): void; reject(e: unknown): void } | null = null;
  private flushTimer: NodeJS.Timeout | null = null;

  /**
   * Store, then evaluate: the result is durable before any incident or alert refers to it. Writes are batched
   * (one transaction per `flushMs`, default 100 ms, or per 500 results): a commit per result cost more CPU than
   * the probe at 10,000 monitors. A result still in the batch when the process is killed is not lost: its slot
   * has no stored result, so the restarted scheduler runs it again.
   */
  readonly record = async (r: ProbeResult): Promise<void> => {
    await this.enqueueWrite(r);
    this.observe(r);
    await this.engine.onResult(r);
  };

  private enqueueWrite(r: ProbeResult): Promise<void> {
    if (!this.batch) {
      let resolve!: () => void;
      let reject!: (e: unknown) => void;
      const done = new Promise<void>((a, b) => ((resolve = a), (reject = b)));
      this.batch = { rows: [], done, resolve, reject };
      this.flushTimer = setTimeout(() => void this.flush(), this.opts.flushMs ?? 100);
    }
    const b = this.batch;
    b.rows.push(r);
    if (b.rows.length >= 500) void this.flush();
    return b.done;
  }

  /** write every pending result now */
  async flush(): Promise<void> {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    const b = this.batch;
    this.batch = null;
    if (!b) return;
    try {
      // 100 rows per transaction with a turn of the event loop between: sockets of probes in flight are read on time
      for (let i = 0; i < b.rows.length; i += 100) {
        if (i > 0) await new Promise<void>((r) => setImmediate(r));
        await this.store.insertResults(b.rows.slice(i, i + 100));
      }
      b.resolve();
    } catch (err) {
      b.reject(err);
    }
  }

  observe(r: ProbeResult): void {
    const cur = this.last.get(r.monitorId);
    if (!cur || r.slot > cur.slot || (r.slot === cur.slot && r.status === 'down')) this.last.set(r.monitorId, r);
    this.lastByLocation.set(`${r.monitorId}@${r.location}`, r);
  }

  newScheduler(location = this.section.location, latestSlots?: Map<string, number>): Scheduler {
    return new Scheduler({
      ...(latestSlots ? { latestSlots } : {}),
      monitors: this.monitors,
      location,
      clock: this.clock,
      concurrency: this.section.concurrency,
      // real time only: a fake clock (tests) keeps the fixed limit
      adaptive: this.clock === systemClock,
      probe: (m, signal) => PROBES[m.type](m, this.env, signal),
      onResult: this.record,
      inMaintenance: (id, at) => this.engine.inMaintenance(id, at),
      onError: (err, m) => this.log(`monitor ${m.id}: ${(err as Error).message}`),
      ...(this.opts.random ? { random: this.opts.random } : {}),
    });
  }

  /**
   * `--once`: every monitor of this location once, stored and evaluated, through the scheduler's queue and
   * concurrency limit (the daemon's path): at most `concurrency` probes in flight, one pooled connection each.
   */
  async runOnce(): Promise<ProbeResult[]> {
    const s = this.newScheduler();
    // a --once run gets its own slot (now) so it never collides with the daemon's grid
    const out = await s.runNow(this.monitors.filter((m) => m.locations.includes(this.section.location)), this.clock.now());
    await this.flush();
    await this.engine.idle();
    return out.sort((a, b) => (a.monitorId < b.monitorId ? -1 : a.monitorId > b.monitorId ? 1 : 0));
  }

  async ping(monitorId: string): Promise<ProbeResult | null> {
    const m = this.monitor(monitorId);
    if (!m || m.type !== 'heartbeat') return null;
    const now = this.clock.now();
    this.pings.set(monitorId, now);
    await this.store.setState(`ping:${monitorId}`, now);
    return null;
  }

  /** Daemon: scheduler plus hourly rollups and retention. */
  async start(): Promise<void> {
    const latestSlots = await this.store.latestSlots();
    if (this.stopping) return; // stopped while reading the store: start nothing
    this.scheduler = this.newScheduler(this.section.location, latestSlots);
    this.scheduler.start();
    this.engine.startWatch(this.section.location);
    await this.maintenance();
  }

  /** Roll up the previous and current hour, prune by retention; every 5 minutes. */
  async maintenance(): Promise<void> {
    const now = this.clock.now();
    const hour = Math.floor(now / HOUR) * HOUR;
    try {
      await this.store.rollup(hour - HOUR, hour + HOUR);
      const r = this.section.retention;
      await this.store.prune(now - r.rawDays * DAY, now - r.rollupDays * DAY);
    } catch (err) {
      this.log(`rollup/retention failed: ${(err as Error).message}`);
    }
    // stop() may have run while this pass awaited the store: never re-arm after it (a 5-minute timer armed after
    // stop kept a stopped daemon's process alive, and each pass re-armed it)
    if (this.stopping) return;
    this.maintenanceTimer = this.clock.setTimeout(() => void this.maintenance(), 5 * 60_000);
  }

  /** Drain: no new runs, in-flight runs finish and are stored, alerts delivered, then close. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.maintenanceTimer !== null) this.clock.clearTimeout(this.maintenanceTimer);
    this.maintenanceTimer = null;
    this.engine.stopWatch();
    await this.scheduler?.stop();
    await this.flush();
    await this.engine.shutdown();
    const hour = Math.floor(this.clock.now() / HOUR) * HOUR;
    await this.store.rollup(hour - HOUR, hour + HOUR).catch(() => undefined);
    await this.alerter.close();
    await this.http.close();
    await this.store.close();
  }
}
