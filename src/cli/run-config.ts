import { readJsonReport } from './report-file.js';
import { relative, resolve } from 'node:path';
import { checkEvidenceDir, loadEvidence } from '../probes/evidence-files.js';
import { VERSION } from '../version.js';
import type { AuditOptions } from '../audit/run.js';
import { InputError, UsageError } from '../core/errors.js';
import type { Config } from '../core/config/schema.js';
import { parseBaseline, type Baseline } from '../core/policy.js';
import { SEVERITIES, type Report, type Severity } from '../core/types.js';
import { loadConfig, type LoadedConfig } from '../probes/config-file.js';
import { parseConnectTo, parseResolver } from '../probes/net.js';
import { ProgressDisplay } from '../report/progress.js';
import type { CommandContext, FlagSpec, ParsedFlags } from './command.js';
import { flagBool, flagList, flagString } from './command.js';
import { emitReport } from './output.js';

export const CONFIG_FLAGS: Record<string, FlagSpec> = {
  config: { type: 'string', short: 'c', valueName: 'FILE', description: 'launchready config (YAML, JSON or launchready.config.ts)' },
};

/** Default total run time: long enough for a history scan of a large repo, short enough to end a hung CI job. */
export const DEFAULT_TIMEOUT = '30m';

export const TIMEOUT_FLAG: Record<string, FlagSpec> = {
  timeout: {
    type: 'string',
    valueName: 'DURATION',
    description: 'total time for the whole run (90s, 5m, 1h; 0 = no limit): every phase counts; when it runs out, the report is written marked interrupted and the decision is NO-GO',
    default: DEFAULT_TIMEOUT,
  },
};

export const GATE_FLAGS: Record<string, FlagSpec> = {
  baseline: { type: 'string', valueName: 'REPORT.json', description: 'previous JSON report (or a secrets --baseline-write file): mark findings new/unchanged and list fixed ones; with --new-only only new ones block' },
  'new-only': { type: 'boolean', description: 'with --baseline: only new findings make the decision NO-GO' },
  'fail-on': { type: 'string', valueName: 'SEVERITY', description: 'lowest severity that blocks launch (overrides gate.failOn)', choices: SEVERITIES },
  'no-progress': { type: 'boolean', description: 'no live progress line on a terminal' },
  ...TIMEOUT_FLAG,
};

export const EVIDENCE_FLAGS: Record<string, FlagSpec> = {
  'save-evidence': {
    type: 'string',
    valueName: 'DIR',
    description: 'write every retrieval and HTTP exchange the run used (masked JSON + manifest) to DIR, for bug reports and regression fixtures',
  },
  'from-evidence': {
    type: 'string',
    valueName: 'DIR',
    description: 'judge the evidence saved in DIR offline, sending nothing; a check that needs a request DIR does not hold is status error',
  },
};

/** --save-evidence / --from-evidence → runAudit options (the folder is read before anything runs). */
export async function evidenceOptions(ctx: CommandContext): Promise<Pick<AuditOptions, 'saveEvidence' | 'fromEvidence'>> {
  const save = flagString(ctx.flags, 'save-evidence');
  const from = flagString(ctx.flags, 'from-evidence');
  if (save && from) throw new UsageError('--save-evidence and --from-evidence cannot be combined (a replay sends nothing new to save)');
  if (from) return { fromEvidence: await loadEvidence(resolve(ctx.io.cwd, from), VERSION) };
  if (save) {
    const dir = resolve(ctx.io.cwd, save);
    await checkEvidenceDir(dir);
    return { saveEvidence: dir };
  }
  return {};
}

/** "90s", "5m", "1h", "1500ms", "300" (seconds) → ms; 0 = no limit. */
export function parseDuration(text: string, flag = '--timeout'): number {
  const m = /^(\d{1,7})(ms|s|m|h)?$/.exec(text.trim());
  if (!m) throw new UsageError(`${flag}: "${text}" is not a duration (e.g. 90s, 5m, 1h; 0 = no limit)`);
  const n = Number(m[1]);
  const ms = n * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(m[2] ?? 's') as 'ms' | 's' | 'm' | 'h'];
  if (ms > 7 * 24 * 3_600_000) throw new UsageError(`${flag}: "${text}" is longer than a week`);
  return ms;
}

/**
 * The run's signal: the bin's SIGINT/SIGTERM combined with the total --timeout (main's dispatch starts the
 * --timeout clock before the command runs, so config loading counts too). Aborting it stops starting work and
 * aborts requests in flight; its reason (an InterruptedError) says what stopped the run.
 */
export function runSignal(ctx: CommandContext): AbortSignal | undefined {
  return ctx.io.signal;
}

let runner: Promise<typeof import('../audit/run.js')> | undefined;

/**
 * The audit runner (every stage and check: ~0.5 s of CPU to load), loaded once, on use: `<command> --help` never
 * loads it (issue 20). main's dispatch loads it before the --timeout clock starts, so module loading on a busy
 * machine never eats a run's time budget or its grace period for the interrupted report.
 */
export function auditRunner(): Promise<typeof import('../audit/run.js')> {
  return (runner ??= import('../audit/run.js'));
}

/**
 * runAudit with the live progress display on stderr (off with --no-progress or when stderr is not a terminal) and
 * the command's abort signal (Ctrl-C / SIGTERM stop the run; checks in flight end as status: error).
 */
export async function auditWithProgress(ctx: CommandContext, opts: Omit<AuditOptions, 'events' | 'signal'>): Promise<Report> {
  const progress = new ProgressDisplay(ctx.io.stderr, { enabled: !flagBool(ctx.flags, 'no-progress') });
  try {
    const signal = runSignal(ctx);
    const { runAudit } = await auditRunner();
    const evidence = await evidenceOptions(ctx);
    return await runAudit({ ...opts, ...evidence, events: progress, ...(signal ? { signal } : {}) });
  } finally {
    progress.finish();
  }
}

/** --resolver / --connect-to override or extend config.network (validated like config fields). */
export function applyNetworkFlags(config: Config, flags: ParsedFlags): Config {
  const resolver = flagString(flags, 'resolver');
  if (resolver) parseResolver(resolver);
  const connectTo = flagList(flags, 'connect-to');
  connectTo.forEach((c) => parseConnectTo(c));
  return {
    ...config,
    network: {
      ...config.network,
      ...(resolver ? { resolver } : {}),
      connectTo: [...connectTo, ...config.network.connectTo],
    },
  };
}

export function applyGateFlags(config: Config, flags: ParsedFlags): Config {
  const failOn = flagString(flags, 'fail-on') as Severity | undefined;
  return {
    ...config,
    gate: { ...config.gate, ...(failOn ? { failOn } : {}), ...(flagBool(flags, 'new-only') ? { newOnly: true } : {}) },
  };
}

/** --baseline: a launchready JSON report or a `secrets --baseline-write` file, one meaning (core/policy parseBaseline). */
export async function readBaseline(path: string, cwd: string): Promise<Baseline> {
  const { file, data } = await readJsonReport(path, cwd, '--baseline');
  try {
    return parseBaseline(data, `--baseline ${file}`);
  } catch (err) {
    throw new InputError((err as Error).message, { cause: err });
  }
}

export async function loadConfigFromFlags(ctx: CommandContext): Promise<LoadedConfig> {
  const path = flagString(ctx.flags, 'config');
  if (!path) throw new UsageError('--config FILE is required');
  return loadConfig(path, { cwd: ctx.io.cwd, env: ctx.io.env });
}

/** Shared body of config-driven commands (audit, api): load → flags → run stages → report → exit code. */
export async function runConfigCommand(ctx: CommandContext, command: string, stages?: string[], loaded?: LoadedConfig): Promise<number> {
  const l = loaded ?? (await loadConfigFromFlags(ctx));
  const config = applyGateFlags(applyNetworkFlags(l.config, ctx.flags), ctx.flags);
  if (flagBool(ctx.flags, 'new-only') && !flagString(ctx.flags, 'baseline')) throw new UsageError('--new-only needs --baseline REPORT.json');
  const baselinePath = flagString(ctx.flags, 'baseline');
  const baseline = baselinePath ? await readBaseline(baselinePath, ctx.io.cwd) : undefined;
  const configFile = relative(ctx.io.cwd, l.file).split('\\').join('/');
  const report = await auditWithProgress(ctx, { config, configDir: l.dir, configFile, ...(stages ? { stages } : {}), ...(baseline ? { baseline } : {}) });
  report.target = { ...report.target, project: config.project.name, configFile };
  return emitReport(report, ctx.flags, ctx.io, command);
}
