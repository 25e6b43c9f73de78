// Monitor benchmarks (not tests): prints figures.
// 1) 10,000 HTTP monitors at a 60 s interval against a loopback target (separate process): probes/s and CPU%.
// 2) dashboard API p95 with 1,000 monitors x 7 days of results, and the overview page load time in chromium.
// Env: LR_BENCH_MONITORS (10000), LR_BENCH_SECONDS (60), LR_BENCH_DASH_MONITORS (1000), LR_BENCH_DASH_DAYS (7),
//      LR_BENCH_DASH_INTERVAL (60 s), LR_BENCH_ONLY (probes|dashboard)
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { validateConfig } from '../../src/core/config/validate.js';
import { startDashboard } from '../../src/dashboard/server.js';
import { MonitorRuntime } from '../../src/monitor/daemon.js';
import { SqliteStore } from '../../src/monitor/store-sqlite.js';
import { HOUR, resultId, type ProbeResult } from '../../src/monitor/types.js';

const env = (k: string, d: number): number => (process.env[k] ? Number(process.env[k]) : d);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN;
};

async function startTarget(): Promise<{ port: number; kill(): void }> {
  const code = `const http=require('http');const s=http.createServer((q,r)=>r.end('ok'));s.keepAliveTimeout=120000;s.listen(0,'127.0.0.1',()=>console.log(s.address().port));`;
  const p = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((r) => p.stdout.once('data', (d: Buffer) => r(Number(d.toString().trim()))));
  return { port, kill: () => p.kill() };
}

async function benchProbes(): Promise<void> {
  const n = env('LR_BENCH_MONITORS', 10_000);
  const seconds = env('LR_BENCH_SECONDS', 60);
  const target = await startTarget();
  const dir = mkdtempSync(join(tmpdir(), 'lr-bench-mon-'));
  try {
    const monitors = Array.from({ length: n }, (_, i) => ({ id: `m${i}`, type: 'http', url: `http://127.0.0.1:${target.port}/m/${i}` }));
    const config = validateConfig({ monitor: { defaults: { intervalSec: 60, retries: 0, jitterMs: 1000 }, server: { enabled: false }, concurrency: 256, monitors } }, 'bench.yml');
    const rt = await MonitorRuntime.open({ config, configDir: dir, dataDir: dir });
    await rt.start();
    // the first start runs every monitor's current slot at once (catch-up); measure the steady state after it
    const warm = Date.now();
    while (rt.scheduler!.inFlight > 0 || Date.now() - warm < 5000) await sleep(200);
    const warmupMs = Date.now() - warm;
    const h = monitorEventLoopDelay({ resolution: 10 });
    h.enable();
    const c0 = rt.scheduler!.completed;
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    await sleep(seconds * 1000);
    const wall = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const done = rt.scheduler!.completed - c0;
    h.disable();
    const stored = await rt.store.countResults();
    const down = (await rt.store.results({ from: Date.now() - seconds * 1000, limit: 1_000_000 })).filter((r) => r.status === 'down').length;
    await rt.stop();
    const cpuPct = ((cpu.user + cpu.system) / 1e6 / wall) * 100;
    console.log(`monitor probes: ${n} HTTP monitors, 60 s interval, loopback keep-alive target (separate process), SQLite store`);
    console.log(`  start-up burst (every monitor's current slot): ${warmupMs} ms`);
    console.log(`  steady state over ${wall.toFixed(1)} s: ${done} probes = ${(done / wall).toFixed(1)} probes/s (expected ${(n / 60).toFixed(1)}/s), down ${down}`);
    console.log(`  CPU of the monitor process: ${cpuPct.toFixed(1)}% of one core (user ${(cpu.user / 1e6).toFixed(2)} s, system ${(cpu.system / 1e6).toFixed(2)} s); ${(((cpu.user + cpu.system) / done) | 0)} us CPU per probe incl. store + incidents`);
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

const only = process.env.LR_BENCH_ONLY;
if (!only || only === 'probes') await benchProbes();
if (!only || only === 'dashboard') await benchDashboard();
