import { optionalImport } from '../../monitor/optional.js';
import { relative } from 'node:path';
import { ConfigError, UsageError } from '../../core/errors.js';
import { MonitorRuntime, dataDirFor, monitorCa } from '../../monitor/daemon.js';
import type { ProbeResult } from '../../monitor/types.js';
import { defineCommand, flagBool, flagString, type CommandContext } from '../command.js';
import { emitReport, FORMAT_FLAGS, NETWORK_FLAGS } from '../output.js';
import { onceReport } from '../../monitor/report.js';
import { VERSION } from '../../version.js';
import { applyNetworkFlags, CONFIG_FLAGS, loadConfigFromFlags } from '../run-config.js';

export function formatResultLine(r: ProbeResult, name: string): string {
  const mark = r.status === 'up' ? 'UP  ' : 'DOWN';
  const lat = r.latencyMs !== null ? ` ${Math.round(r.latencyMs)} ms` : '';
  const st = r.httpStatus !== null ? ` HTTP ${r.httpStatus}` : '';
  const retry = r.attempts > 1 ? ` (${r.attempts} attempts)` : '';
  return `${mark} ${name}${st}${lat}${retry}${r.error ? ` - ${r.error}` : ''}`;
}

/** Wait for SIGINT/SIGTERM: the bin wires io.signal; without it, listen on the process ourselves. */
function stopSignal(ctx: CommandContext): AbortSignal {
  if (ctx.io.signal) return ctx.io.signal;
  const ac = new AbortController();
  const on = (): void => ac.abort();
  process.once('SIGINT', on);
  process.once('SIGTERM', on);
  ac.signal.addEventListener('abort', () => {
    process.off('SIGINT', on);
    process.off('SIGTERM', on);
  });
  return ac.signal;
}

export const monitorCommand = defineCommand({
  name: 'monitor',
  summary: 'run the monitors declared in the config (daemon with dashboard, or --once)',
  description:
    'Runs HTTP, multi-step flow, TLS, DNS/email drift, security regression (audit checks), heartbeat and webhook\n' +
    'monitors from the config `monitor` section; stores results (SQLite under --data, or PostgreSQL), opens\n' +
    'incidents, sends alerts and serves the dashboard. --once runs every monitor once and exits:\n' +
    '0 all up, 1 at least one down, 2 bad config. Without --once it runs until SIGINT/SIGTERM, then finishes\n' +
    'the probes in flight, stores their results and exits 0.',
  flags: {
    ...CONFIG_FLAGS,
    once: { type: 'boolean', description: 'run every monitor once, print a summary and exit (0 all up, 1 any down)' },
    data: { type: 'string', valueName: 'DIR', description: 'data folder of the SQLite store (default monitor.data or .launchready/monitor next to the config)' },
    ...NETWORK_FLAGS,
    ...FORMAT_FLAGS,
  },
  examples: [
    'launchready monitor --config launchready.yml --once',
    'launchready monitor --config launchready.yml --once --format json --output canary.json',
    'launchready monitor --config launchready.yml --data /var/lib/launchready',
  ],
  async run(ctx) {
    const loaded = await loadConfigFromFlags(ctx);
    const config = applyNetworkFlags(loaded.config, ctx.flags);
    if (!config.monitor || config.monitor.monitors.length === 0) {
      throw new ConfigError([{ file: loaded.file, field: 'monitor.monitors', message: 'declares no monitor (add at least one under monitor.monitors)', level: 'error' }]);
    }
    monitorCa(config.monitor, loaded.dir); // an unreadable CA file is exit 2 before any store is created
    const data = flagString(ctx.flags, 'data');
    const opts = { config, configDir: loaded.dir, ...(data ? { dataDir: data } : {}) };
    const out = ctx.io.stdout;
    const where = config.monitor.store.kind === 'postgres' ? 'postgres' : relative(ctx.io.cwd, dataDirFor(opts)) || '.';

    const format = flagString(ctx.flags, 'format') ?? 'text';
    const output = flagString(ctx.flags, 'output');
    if (!flagBool(ctx.flags, 'once') && (format !== 'text' || output)) {
      throw new UsageError('--format and --output apply to --once (the daemon reports on its dashboard and alert channels)');
    }
    if (flagBool(ctx.flags, 'once')) {
      const startedAt = new Date();
      const rt = await MonitorRuntime.open(opts);
      let results: ProbeResult[];
      try {
        results = await rt.runOnce();
      } finally {
        await rt.stop();
      }
      const down = results.filter((r) => r.status === 'down').length;
      if (format !== 'text' || output) {
        // a report like every other command's (JSON: one finding per result, raw results under sections)
        const byId = new Map(rt.monitors.map((m) => [m.id, m]));
        await emitReport(onceReport(results, byId, startedAt, VERSION), ctx.flags, ctx.io, 'monitor --once');
        return down > 0 ? 1 : 0;
      }
      for (const r of results) out.write(formatResultLine(r, rt.monitor(r.monitorId)?.name ?? r.monitorId) + '\n');
      out.write(`${results.length - down} up, ${down} down (${results.length} monitors, location ${config.monitor.location}, store ${where})\n`);
      return down > 0 ? 1 : 0;
    }

    const signal = stopSignal(ctx);
    const log = (l: string): void => void ctx.io.stderr.write(`${new Date().toISOString()} ${l}\n`);
    const rt = await MonitorRuntime.open({ ...opts, log });
    const role = config.monitor.store.role;
    let server: { url: string; close(): Promise<void> } | null = null;
    let worker: { stop(): Promise<void> } | null = null;
    try {
      if (config.monitor.store.kind === 'postgres') {
        const { startScaleOut } = await optionalImport(() => import('../../monitor/queue-pgboss.js'), ['pg-boss', 'pg'], 'monitor.store.kind: postgres (scale-out)');
        worker = await startScaleOut(rt, role, log);
      } else {
        await rt.start();
      }
      if (config.monitor.server.enabled && role !== 'worker') {
        const { startDashboard } = await import('../../dashboard/server.js');
        server = await startDashboard(rt, { log });
      }
      out.write(`launchready monitor: ${rt.monitors.length} monitors, location ${config.monitor.location}, store ${where}${server ? `, dashboard ${server.url}` : ''}\n`);
      if (!signal.aborted) await new Promise<void>((r) => signal.addEventListener('abort', () => r(), { once: true }));
      out.write('launchready monitor: stopping (finishing probes in flight)\n');
    } finally {
      await server?.close();
      await worker?.stop();
      await rt.stop();
    }
    out.write('launchready monitor: stopped\n');
    return 0;
  },
});
