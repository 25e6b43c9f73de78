import { RequestBudget } from '../core/budget.js';
import type { Config } from '../core/config/schema.js';
import { UsageError } from '../core/errors.js';
import { buildReport } from '../core/policy.js';
import { Redactor } from '../core/redact.js';
import { runChecks, type CheckJob, type RunnerEvents } from '../core/runner.js';
import type { CheckRunInfo, Finding, Report } from '../core/types.js';
import type { HttpExchange } from '../probes/http.js';
import { Allowlist, parseConnectTo, parseResolver } from '../probes/net.js';
import { STAGES } from './index.js';
import type { Stage, StageEnv, StagePlan } from './stage.js';
import { VERSION } from '../version.js';
import { withSystemMap } from '../report/system-map.js';

export interface AuditOptions {
  config: Config;
  configDir: string;
  /** stage names to run (default: every stage the config enables) */
  stages?: string[];
  include?(checkId: string): boolean;
  flags?: Record<string, unknown>;
  events?: RunnerEvents & { onStage?(name: string, jobs: number): void };
  onExchange?(x: HttpExchange): void;
  baseline?: Pick<Report, 'findings'>;
  signal?: AbortSignal;
  now?: () => Date;
  redactor?: Redactor;
  /** the config file as the user named it (relative to their cwd): fix items' retest commands use it */
  configFile?: string;
}

export function selectStages(config: Config, names?: string[]): Stage[] {
  if (!names || names.length === 0) return STAGES.filter((s) => s.enabled(config));
  const out: Stage[] = [];
  for (const n of names) {
    const s = STAGES.find((x) => x.name === n);
    if (!s) throw new UsageError(`--stage: unknown stage "${n}" (known: ${STAGES.map((x) => x.name).join(', ')})`);
    if (!s.enabled(config)) throw new UsageError(`--stage ${n}: the config has no "${n}" section`);
    out.push(s);
  }
  return out;
}

/** One audit across stages: one run, one progress stream, one report, one decision. */
export async function runAudit(opts: AuditOptions): Promise<Report> {
  const now = opts.now ?? (() => new Date());
  const startedAt = now();
  const { config } = opts;
  const stages = selectStages(config, opts.stages);
  if (stages.length === 0) throw new UsageError('nothing to audit: the config enables no stage (add repo, edge, email or api)');
  const redactor = opts.redactor ?? new Redactor();
  const budget = new RequestBudget(config.network.budget);
  const allow = new Allowlist(config.network.allowHosts);
  for (const s of stages) for (const h of s.hosts?.(config) ?? []) allow.add(h);
  const connectTo = config.network.connectTo.map((c, i) => parseConnectTo(c, `network.connectTo[${i}]`));
  const resolver = config.network.resolver ? parseResolver(config.network.resolver, 'network.resolver').server : undefined;
  const env: StageEnv = {
    config,
    configDir: opts.configDir,
    redactor,
    budget,
    allow,
    connectTo,
    flags: opts.flags ?? {},
    now,
    ...(resolver ? { resolver } : {}),
    ...(opts.include ? { include: opts.include } : {}),
    ...(opts.onExchange ? { onExchange: opts.onExchange } : {}),
    ...(opts.signal ? { signal: opts.signal } : {}),
  };

  const plans: { stage: Stage; plan: StagePlan }[] = [];
  const jobs: CheckJob[] = [];
  const sections: Record<string, unknown> = {};
  const target: Record<string, unknown> = {};
  if (opts.configFile) target.configFile = opts.configFile;
  try {
    for (const stage of stages) {
      const plan = await stage.plan(env);
      plans.push({ stage, plan });
      for (const j of plan.jobs) j.stage ??= stage.name;
      jobs.push(...plan.jobs);
      opts.events?.onStage?.(stage.name, plan.jobs.length);
      if (plan.sections) Object.assign(sections, plan.sections);
      if (plan.target) target[stage.name] = plan.target;
    }
    const result = await runChecks(jobs, {
      concurrency: config.network.concurrency,
      timeoutMs: config.network.checkTimeoutMs,
      redactor,
      evidenceCache: new Map(),
      requestsUsedBy: (id) => budget.usedBy(id),
      ...(opts.events ? { events: opts.events } : {}),
      ...(opts.signal ? { signal: opts.signal } : {}),
    });
    const findings: Finding[] = result.findings;
    const checks: CheckRunInfo[] = result.checks;
    for (const { plan } of plans) {
      const extra = await plan.finish?.();
      if (extra) Object.assign(sections, extra);
    }
    // after every stage's checks: sections that need the whole run's findings (secret inventory, rotation plan)
    for (const { plan } of plans) {
      const extra = await plan.summarize?.(findings);
      if (extra) Object.assign(sections, extra);
    }
    // The API stage's coverage matrix is a top-level report field (contract), not a section.
    const coverage = sections.coverage as Report['coverage'] | undefined;
    delete sections.coverage;
    const report = buildReport({
      findings,
      startedAt,
      finishedAt: now(),
      version: VERSION,
      gate: config.gate,
      waivers: config.waivers,
      checks,
      redactor,
      target,
      sections,
      requests: budget.used,
      now: now(),
      ...(opts.baseline ? { baseline: opts.baseline } : {}),
    });
    if (coverage) report.coverage = redactor.redactValue(coverage);
    return withSystemMap(report, config, redactor);
  } finally {
    // finish() normally closes probes; make sure they close on a throw too (idempotent).
    for (const { plan } of plans) await plan.finish?.().catch(() => undefined);
  }
}
