// Monitor benchmarks (not tests): print figures; nothing here asserts.
// Probe parts, each against a loopback target in a separate process (its CPU is not counted as the monitor's):
//   once       `monitor --once` path (MonitorRuntime.runOnce): LR_BENCH_MONITORS (10,000) HTTP monitors, target
//              answering at once; reported latency compared with the target's own (an idle client's request time)
//   once-slow  the same with LR_BENCH_SLOW_MONITORS (1,000) monitors against a target that answers after 200 ms,
//              maxLatencyMs 1000: queueing must never turn into DOWN
//   daemon     the daemon path: LR_BENCH_MONITORS monitors at a 60 s interval for LR_BENCH_SECONDS (60) of steady
//              state after the start-up catch-up; CPU % of one core, CPU per probe, latency vs the target's own
// Dashboard part: API p95 with LR_BENCH_DASH_MONITORS (1,000) monitors x LR_BENCH_DASH_DAYS (7) days of results,
//              and the overview page load time in chromium (the slow part: ~10 M rows are generated).
// Select parts: LR_BENCH_ONLY=once,daemon (or probes = once,once-slow,daemon; dashboard). `--quick` (or
// LR_BENCH_QUICK=1) runs the probe parts only, with a 30 s steady state.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { request } from 'undici';
import { validateConfig } from '../../src/core/config/validate.js';
import { startDashboard } from '../../src/dashboard/server.js';
import { MonitorRuntime } from '../../src/monitor/daemon.js';
import { SqliteStore } from '../../src/monitor/store-sqlite.js';
import { HOUR, resultId, type ProbeResult } from '../../src/monitor/types.js';

const quick = process.argv.includes('--quick') || process.env.LR_BENCH_QUICK === '1';
const env = (k: string, d: number): number => (process.env[k] ? Number(process.env[k]) : d);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN;
};
const load = (): string => loadavg().map((x) => x.toFixed(2)).join(' ');

async function startTarget(delayMs = 0): Promise<{ port: number; kill(): void }> {
  const code = `const http=require('http');const d=${delayMs};const s=http.createServer((q,r)=>d?setTimeout(()=>r.end('ok'),d):r.end('ok'));s.keepAliveTimeout=120000;s.listen(0,'127.0.0.1',()=>console.log(s.address().port));`;
  const p = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((r) => p.stdout.once('data', (d: Buffer) => r(Number(d.toString().trim()))));
  return { port, kill: () => p.kill() };
}

/** The target's own latency: median of sequential requests from an idle keep-alive client. */
async function ownLatency(port: number, n = 50): Promise<number> {
  const xs: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const r = await request(`http://127.0.0.1:${port}/own`);
    await r.body.dump();
    xs.push(performance.now() - t);
  }
  return pct(xs, 50);
}

function latencyLine(rs: ProbeResult[], own: number): string {
  const lat = rs.map((r) => r.latencyMs).filter((x): x is number => x !== null);
  // one-sided: reading less than an idle client (whose own figure is noisy on busy cores) is not queue time
  const off = lat.filter((x) => x - own > 5).length;
  return `reported latency p50 ${pct(lat, 50).toFixed(1)} / p95 ${pct(lat, 95).toFixed(1)} / p99 ${pct(lat, 99).toFixed(1)} / max ${Math.max(...lat).toFixed(1)} ms vs the target's own ${own.toFixed(1)} ms; ${off} of ${lat.length} more than 5 ms off`;
}

function config(n: number, port: number, extra: Record<string, unknown> = {}, intervalSec = 60) {
  const monitors = Array.from({ length: n }, (_, i) => ({ id: `m${i}`, type: 'http', url: `http://127.0.0.1:${port}/m/${i}`, ...extra }));
  return validateConfig({ monitor: { defaults: { intervalSec, retries: 0, jitterMs: 1000 }, server: { enabled: false }, concurrency: env('LR_BENCH_CONCURRENCY', 256), monitors } }, 'bench.yml');
}

async function benchOnce(label: string, n: number, delayMs: number, extra: Record<string, unknown>): Promise<void> {
  const target = await startTarget(delayMs);
  const dir = mkdtempSync(join(tmpdir(), 'lr-bench-once-'));
  try {
    const own = await ownLatency(target.port);
    const rt = await MonitorRuntime.open({ config: config(n, target.port, extra), configDir: dir, dataDir: dir });
    const load0 = load();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const rs = await rt.runOnce();
    const wall = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    await rt.stop();
    const down = rs.filter((r) => r.status === 'down');
    const cpuUs = (cpu.user + cpu.system) / rs.length;
    console.log(`${label}: ${n} HTTP monitors, target ${delayMs ? `answering after ${delayMs} ms` : 'answering at once'} (separate process), concurrency ${env('LR_BENCH_CONCURRENCY', 256)}, SQLite store; load average before ${load0}`);
    console.log(`  ${rs.length} results in ${wall.toFixed(1)} s (${(rs.length / wall).toFixed(0)} probes/s); DOWN ${down.length}${down.length ? ` (first: ${down[0]!.error})` : ''}`);
    console.log(`  ${latencyLine(rs, own)}`);
    console.log(`  CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s = ${cpuUs.toFixed(0)} us per probe incl. store + incidents`);
  } finally {
    target.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function benchDaemon(): Promise<void> {
  const n = env('LR_BENCH_MONITORS', 10_000);
  const seconds = env('LR_BENCH_SECONDS', quick ? 30 : 60);
  const target = await startTarget();
  const dir = mkdtempSync(join(tmpdir(), 'lr-bench-mon-'));
  try {
    const own = await ownLatency(target.port);
    const rt = await MonitorRuntime.open({ config: config(n, target.port), configDir: dir, dataDir: dir });
    await rt.start();
    // the first start runs every monitor's current slot (catch-up); measure the steady state after it
    const warm = Date.now();
    while (rt.scheduler!.inFlight > 0 || Date.now() - warm < 5000) await sleep(200);
    const warmupMs = Date.now() - warm;
    const h = monitorEventLoopDelay({ resolution: 10 });
    h.enable();
    const c0 = rt.scheduler!.completed;
    const from = Date.now();
    const load0 = load();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    await sleep(seconds * 1000);
    const wall = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const done = rt.scheduler!.completed - c0;
    h.disable();
    const load1 = load();
    await rt.flush();
    const rs = await rt.store.results({ from, limit: 1_000_000 });
    const stored = await rt.store.countResults();
    await rt.stop();
    const down = rs.filter((r) => r.status === 'down');
    const cpuPct = ((cpu.user + cpu.system) / 1e6 / wall) * 100;
    const perMinute = (n / 60) * 60;
    console.log(`daemon: ${n} HTTP monitors, 60 s interval (${perMinute} probes/minute), loopback keep-alive target (separate process), SQLite store`);
    console.log(`  load average (1/5/15 min) before ${load0}, after ${load1} on ${(await import('node:os')).cpus().length} cores shared with other work`);
    console.log(`  start-up catch-up (every monitor's current slot): ${warmupMs} ms`);
    console.log(`  steady state over ${wall.toFixed(1)} s: ${done} probes = ${(done / wall).toFixed(1)} probes/s (expected ${(n / 60).toFixed(1)}/s); DOWN ${down.length} of ${rs.length} results`);
    console.log(`  ${latencyLine(rs, own)}`);
    console.log(`  CPU of the monitor process: ${cpuPct.toFixed(1)}% of one core (budget 15%) (user ${(cpu.user / 1e6).toFixed(2)} s, system ${(cpu.system / 1e6).toFixed(2)} s); ${(((cpu.user + cpu.system) / done) | 0)} us CPU per probe incl. store + incidents`);
    console.log(`  event loop delay p99 ${(h.percentile(99) / 1e6).toFixed(1)} ms; RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB; results stored ${stored}`);
  } finally {
    target.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function benchDashboard(): Promise<void> {
  const n = env('LR_BENCH_DASH_MONITORS', 1000);
  const days = env('LR_BENCH_DASH_DAYS', 7);
  const interval = env('LR_BENCH_DASH_INTERVAL', 60) * 1000;
  const dir = mkdtempSync(join(tmpdir(), 'lr-bench-dash-'));
  try {
    const store = new SqliteStore(dir);
    const now = Date.now();
    const start = now - days * 24 * HOUR;
    const t0 = performance.now();
    let rows = 0;
    let batch: ProbeResult[] = [];
    for (let slot = Math.ceil(start / interval) * interval; slot < now; slot += interval) {
      for (let i = 0; i < n; i++) {
        const r = (i * 7919 + slot / interval) % 1000;
        const code = r < 2 ? 503 : r < 5 ? 404 : 200;
        batch.push({ id: resultId(`m${i}`, 'local', slot), monitorId: `m${i}`, location: 'local', slot, at: slot + 50, status: code === 503 ? 'down' : 'up', latencyMs: 20 + (r % 80), httpStatus: code, error: code === 503 ? 'status 503' : null, attempts: 1, maintenance: false, detail: null });
      }
      if (batch.length >= 50_000) {
        rows += await store.insertResults(batch);
        batch = [];
      }
    }
    rows += await store.insertResults(batch);
    const insertS = (performance.now() - t0) / 1000;
    const r0 = performance.now();
    for (let h = Math.floor(start / HOUR) * HOUR; h < now + HOUR; h += HOUR) await store.rollup(h, h + HOUR);
    const rollupS = (performance.now() - r0) / 1000;
    console.log(`dashboard: ${n} monitors x ${days} days at ${interval / 1000} s = ${rows} results (inserted in ${insertS.toFixed(1)} s = ${(rows / insertS / 1000).toFixed(0)}k rows/s; hourly rollups in ${rollupS.toFixed(1)} s)`);

    const monitors = Array.from({ length: n }, (_, i) => ({ id: `m${i}`, type: 'http', url: `http://127.0.0.1:1/m/${i}` }));
    const config = validateConfig({ project: { name: 'bench' }, monitor: { server: { port: 0 }, monitors } }, 'bench.yml');
    const o0 = performance.now();
    const rt = await MonitorRuntime.open({ config, configDir: dir, store });
    console.log(`  runtime open (incident replay + latest result per monitor): ${(performance.now() - o0).toFixed(0)} ms`);
    const srv = await startDashboard(rt);
    const time = async (path: string): Promise<number> => {
      const t = performance.now();
      const res = await fetch(srv.url + path);
      await res.arrayBuffer();
      return performance.now() - t;
    };
    const cold = await time('/api/overview');
    const series = async (label: string, mk: (i: number) => string, k = 200) => {
      const xs: number[] = [];
      for (let i = 0; i < k; i++) xs.push(await time(mk(i)));
      console.log(`  ${label.padEnd(34)} p50 ${pct(xs, 50).toFixed(1)} ms  p95 ${pct(xs, 95).toFixed(1)} ms  max ${Math.max(...xs).toFixed(1)} ms  (${k} requests)`);
    };
    console.log(`  GET /api/overview cold (uptime 24h/7d/30d from rollups): ${cold.toFixed(1)} ms`);
    await series('GET /api/overview', () => '/api/overview');
    await series('GET /api/monitors/:id/series 24h', (i) => `/api/monitors/m${(i * 37) % n}/series?range=24h`);
    await series('GET /api/monitors/:id/series 7d', (i) => `/api/monitors/m${(i * 37) % n}/series?range=7d`);
    await series('GET /api/incidents', () => '/api/incidents');
    if (existsSync('/usr/bin/chromium')) {
      const { chromium } = await import('playwright-core');
      const profile = mkdtempSync(join(tmpdir(), 'lr-bench-chromium-'));
      const ctx = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
      const loads: number[] = [];
      for (let i = 0; i < 5; i++) {
        const page = await ctx.newPage();
        const t = performance.now();
        await page.goto(`${srv.url}/?refresh=600000`);
        await page.waitForFunction(`document.querySelectorAll('tr.mon').length === ${n}`, undefined, { timeout: 30_000 });
        loads.push(performance.now() - t);
        await page.close();
      }
      await ctx.close();
      rmSync(profile, { recursive: true, force: true });
      console.log(`  overview page in chromium, navigation until all ${n} rows are rendered: ${loads.map((x) => x.toFixed(0)).join(', ')} ms (median ${pct(loads, 50).toFixed(0)} ms)`);
    } else {
      console.log('  overview page load: skipped (/usr/bin/chromium absent)');
    }
    await srv.close();
    await rt.stop();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const only = new Set((process.env.LR_BENCH_ONLY ?? (quick ? 'probes' : 'probes,dashboard')).split(',').flatMap((x) => (x === 'probes' ? ['once', 'once-slow', 'daemon'] : [x.trim()])));
if (only.has('once')) await benchOnce('monitor --once', env('LR_BENCH_MONITORS', 10_000), 0, {});
if (only.has('once-slow')) await benchOnce('monitor --once, slow target', env('LR_BENCH_SLOW_MONITORS', 1000), 200, { maxLatencyMs: 1000 });
if (only.has('daemon')) await benchDaemon();
if (only.has('dashboard')) await benchDashboard();
