import type { Stage, StageEnv, StagePlan } from '../audit/stage.js';
import type { LogsConfig } from '../core/config/sections/logs.js';
import type { CheckJob } from '../core/runner.js';
import { logsChecks } from '../checks/logs/index.js';
import type { LogsProbes, LogsTarget } from '../checks/logs/common.js';
import { createScanner } from '../checks/logs/scanner.js';
import { startChunkPool } from '../checks/logs/parallel.js';
import { loadSecretEngine, type SecretEngine } from '../checks/logs/secret-engine.js';
import { DEFAULT_SCAN_OPTIONS, LOG_KINDS, type LogKind, type LogScan, type ScanOptions } from '../checks/logs/types.js';
import { listLogInputs, LogsProbe, type LogInput, type TextChunk } from '../probes/logs-reader.js';
import { fakeSecret } from '../checks/secrets/fake.js';
import { fillFixture } from '../core/template.js';

const fixtureCaches = new WeakMap<object, Map<string, string>>();

/**
 * Demo/test fixtures (logs.fixture, ops.fixture): `{{fake:rule-id}}` placeholders become synthetic secrets built
 * at run time, so no key-shaped literal is committed. One cache per run, shared by the logs and ops stages, so a
 * key planted in a demo log and in a demo env file is the same value (and the inventory can join them).
 */
export function expandFixture(env: StageEnv, text: string): string {
  if (!text.includes('{{fake:')) return text;
  let cache = fixtureCaches.get(env.redactor);
  if (!cache) fixtureCaches.set(env.redactor, (cache = new Map()));
  return fillFixture(text, fakeSecret, cache);
}

async function* expandChunks(env: StageEnv, chunks: AsyncIterable<TextChunk>): AsyncGenerator<TextChunk> {
  for await (const c of chunks) yield { ...c, text: expandFixture(env, c.text) };
}

export function scanOptionsFrom(cfg: LogsConfig, now: Date): ScanOptions {
  return {
    ...DEFAULT_SCAN_OPTIONS,
    maxFindingsPerKind: cfg.maxFindingsPerKind,
    maxLocations: cfg.maxLocations,
    bulkEmails: cfg.bulk.emails,
    bulkPhones: cfg.bulk.phones,
    allow: cfg.allow.map((a) => new RegExp(a.value)),
    now,
    ...(cfg.kinds ? { kinds: new Set<LogKind>(cfg.kinds) } : {}),
  };
}

/** The logs stage: expands the configured paths (an unreadable one is an InputError: exit 2), one scan per file. */
export const logsStage: Stage = {
  name: 'logs',
  title: 'Logs',
  enabled: (config) => (config as { logs?: unknown }).logs !== undefined,
  async plan(env: StageEnv): Promise<StagePlan> {
    const cfg = (env.config as { logs?: LogsConfig }).logs!;
    const inputs: LogInput[] = [];
    for (const p of cfg.paths) inputs.push(...(await listLogInputs(p, env.configDir)));
    const options = scanOptionsFrom(cfg, env.now());
    const injected = env.flags.secretEngine as SecretEngine | undefined;
    const loaded = injected ? { engine: injected } : await loadSecretEngine();
    // big files: detection moves to worker threads after the first 8 chunks (~8 MiB); not with an injected engine
    const par = injected || env.flags.logsWorkers === false ? {} : { parallelAfterChunks: 8, pool: () => startChunkPool(options) };
    const base = createScanner(options, loaded.engine, 'reason' in loaded ? loaded.reason : undefined, par);
    const scanner: typeof base = cfg.fixture ? (chunks, input, stats) => base(expandChunks(env, chunks), input, stats) : base;
    const probe = new LogsProbe<LogScan>(inputs, scanner, {
      ...(env.flags.stdin ? { stdin: env.flags.stdin as NodeJS.ReadableStream } : {}),
      ...(env.signal ? { signal: env.signal } : {}),
    });
    const target: LogsTarget = { inputs, options };
    const probes: LogsProbes = { logs: probe };
    const wanted = cfg.kinds ? new Set(cfg.kinds) : new Set(LOG_KINDS);
    const jobs: CheckJob[] = logsChecks
      .filter((c) => wanted.has(c.id.slice('logs/'.length) as LogKind))
      .filter((c) => !env.include || env.include(c.id))
      .map((check) => ({ check, target, probes, targetLabel: inputs.length === 1 ? inputs[0]!.display : `${inputs.length} log files` }));
    return {
      jobs,
      target: { files: inputs.map((i) => i.display) },
      async finish() {
        if (probe.results.size === 0) return;
        const rows: (string | number | boolean)[][] = [];
        for (const s of probe.results.values()) {
          rows.push([
            s.file,
            s.lines,
            Math.round(s.decompressedBytes / 1024),
            s.gzip ? 'gzip' : s.jsonLines > s.lines / 2 ? 'JSON lines' : 'plain',
            ...LOG_KINDS.map((k) => s.kinds[k].count),
          ]);
        }
        return {
          logScan: {
            title: 'Log scan: occurrences per kind',
            description: 'Exact counts per file (findings are capped per kind; see meta.occurrences).',
            columns: ['file', 'lines', 'KiB', 'format', ...LOG_KINDS],
            rows,
          },
        };
      },
    };
  },
};
