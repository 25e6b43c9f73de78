import { RequestBudget } from '../core/budget.js';
import type { Config } from '../core/config/schema.js';
import { InputError, interruptedBy, raceAbort, UsageError } from '../core/errors.js';
import { buildReport, mergeBaselines, type Baseline } from '../core/policy.js';
import { Redactor } from '../core/redact.js';
import { runChecks, type CheckJob, type RunnerEvents } from '../core/runner.js';
import { EvidenceStore, retrieverId } from '../core/evidence.js';
import type { ExchangeRecorder, SavedExchange } from '../probes/evidence-http.js';
import { configHash, saveEvidence, type LoadedEvidence } from '../probes/evidence-files.js';
import type { CheckRunInfo, Finding, Report } from '../core/types.js';
import type { HttpExchange } from '../probes/http.js';
import { Allowlist, parseConnectTo, parseResolver } from '../probes/net.js';
import { STAGE_LOADERS, mayBeEnabled } from './stages.js';
import type { InputLedger, Stage, StageEnv, StagePlan } from './stage.js';
import { findingFingerprint } from '../core/fingerprint.js';
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
  baseline?: Baseline;
  signal?: AbortSignal;
  now?: () => Date;
  redactor?: Redactor;
  /** the config file as the user named it (relative to their cwd): fix items' retest commands use it */
  configFile?: string;
  /**
   * Default true: a stage whose target cannot be reached at all stops the run (exit 2 naming the URL) before any
   * check. False runs the checks anyway — how a test proves that a target dying mid-run never yields a pass.
   */
  preflight?: boolean;
  /** --save-evidence DIR: write every retrieval and every HTTP exchange the run used (masked) to DIR */
  saveEvidence?: string;
  /** --from-evidence DIR (loaded): judge the saved evidence offline, no network; a request not saved is an error */
  fromEvidence?: LoadedEvidence;
}

/** The stages to run; only their modules are loaded (./stages.ts). */
export async function selectStages(config: Config, names?: string[]): Promise<Stage[]> {
  if (!names || names.length === 0) {
    const loaded = await Promise.all(STAGE_LOADERS.filter((e) => mayBeEnabled(e, config)).map((e) => e.load()));
    return loaded.filter((s) => s.enabled(config));
  }
  const out: Stage[] = [];
  for (const n of names) {
    const e = STAGE_LOADERS.find((x) => x.name === n);
    if (!e) throw new UsageError(`--stage: unknown stage "${n}" (known: ${STAGE_LOADERS.map((x) => x.name).join(', ')})`);
    const s = await e.load();
    if (!s.enabled(config)) throw new UsageError(`--stage ${n}: the config has no "${n}" section`);
    out.push(s);
  }
  return out;
}

/**
 * URL targets a stage cannot work without (config field → URL). Edge judges its own hosts (edge/reachable); AI
 * endpoints are paid model calls, so the ai stage reports an unreachable one as status error (incomplete → NO-GO)
 * rather than spend a request here; a smoke target that does not answer after a deploy is a failed flow (roll
 * back, exit 1), which is the smoke stage's verdict to give.
 */
const PREFLIGHT: Record<string, (config: Config) => { field: string; url: string }[]> = {
  api: (c) => (c.api ? [{ field: 'api.baseUrl', url: c.api.baseUrl }] : []),
};

/**
 * Before any stage plans: one request to each stage's URL target, all in parallel under the run's signal. A
 * stage none of whose targets answers at all (refused, reset, closed mid-response, no answer within
 * network.timeoutMs, certificate rejected) cannot audit anything, so the run stops with exit 2 naming the URL,
 * instead of reporting "pass: none of N paths served" from requests that all failed. Any HTTP status counts as
 * reachable: judging it is the checks' job.
 */
export async function preflight(stages: Stage[], env: StageEnv): Promise<void> {
  const byStage = stages.map((s) => ({ stage: s.name, targets: PREFLIGHT[s.name]?.(env.config) ?? [] })).filter((x) => x.targets.length > 0);
  if (byStage.length === 0) return;
  // loaded here, not at the top: a run without URL targets (secrets, repo, logs) never loads the HTTP client
  const { HttpProbe } = await import('../probes/http.js');
  const probe = new HttpProbe({
    allow: env.allow,
    // its own budget: one request per target, outside the checks' request budget (which the report counts)
    timeoutMs: Math.min(env.config.network.timeoutMs, 15_000),
    connectTo: env.connectTo,
    connections: 4,
    ...(env.resolver ? { resolver: env.resolver } : {}),
  });
  try {
    const results = await Promise.all(
      byStage.map(async ({ stage, targets }) => {
        const tried = await Promise.all(
          targets.map(async (t) => {
            try {
              await probe.request({ url: t.url, maxBodyBytes: 64 * 1024 }, 'preflight', env.signal);
              return undefined;
            } catch (err) {
              if (env.signal?.aborted) throw env.signal.reason;
              if ((err as { code?: string }).code === 'E_TARGET_REFUSED') throw err;
              const reason = (err as Error).message.replace(/^[A-Z]+ \S+: /, '');
              return `${t.field} ${t.url}: ${reason}`;
            }
          }),
        );
        const down = tried.filter((x): x is string => x !== undefined);
        return down.length === targets.length ? { stage, down } : undefined;
      }),
    );
    const dead = results.filter((r) => r !== undefined);
    if (dead.length > 0) {
      throw new InputError(
        `cannot reach the target, nothing was audited:\n` + dead.flatMap((d) => d!.down.map((x) => `  ${x}`)).join('\n') + `\n(is it running, and does the URL, --connect-to or the certificate trust match?)`,
      );
    }
  } finally {
    await raceAbort(probe.close(), AbortSignal.timeout(1000)).catch(() => undefined);
  }
}

/** Unreadable inputs become one error finding each up to this many, then one finding counting the rest. */
const MAX_UNREADABLE_FINDINGS = 100;
const MAX_SKIPPED_LISTED = 200;

/** The run's InputLedger and the findings it yields (see InputLedger). */
export function inputLedger(): InputLedger & { findings(): Finding[] } {
  const unreadable: { stage: string; path: string; reason: string }[] = [];
  const skipped: { stage: string; path: string; reason: string }[] = [];
  const seen = new Set<string>();
  return {
    unreadable(stage, path, reason) {
      const k = `u\0${stage}\0${path}`;
      if (!seen.has(k)) seen.add(k), unreadable.push({ stage, path, reason });
    },
    skipped(stage, path, reason) {
      const k = `s\0${stage}\0${path}`;
      if (!seen.has(k)) seen.add(k), skipped.push({ stage, path, reason });
    },
    findings() {
      const out: Finding[] = [];
      for (const u of unreadable.slice(0, MAX_UNREADABLE_FINDINGS)) {
        out.push({
          id: findingFingerprint('policy/unreadable-input', 'unreadable', `${u.stage}:${u.path}`),
          checkId: 'policy/unreadable-input',
          status: 'error',
          severity: 'high',
          title: `Could not read ${u.path}`,
          message: `${u.path}: not scanned (${u.reason}); whatever it holds was not checked.`,
          messageId: 'unreadable',
          data: { stage: u.stage, path: u.path, reason: u.reason },
          location: { file: u.path },
          remediation: 'Give the user running launchready read access (or repair the file / git object), then run it again; or accept it in gate.allowErrors with an owner, a reason and an expiry.',
          docsUrl: 'docs/checks/policy-unreadable-input.md',
        });
      }
      if (unreadable.length > MAX_UNREADABLE_FINDINGS) {
        const rest = unreadable.length - MAX_UNREADABLE_FINDINGS;
        out.push({
          id: findingFingerprint('policy/unreadable-input', 'more', 'rest'),
          checkId: 'policy/unreadable-input',
          status: 'error',
          severity: 'high',
          title: `Could not read ${rest} more inputs`,
          message: `${rest} more inputs could not be read (first: ${unreadable[MAX_UNREADABLE_FINDINGS]!.path}: ${unreadable[MAX_UNREADABLE_FINDINGS]!.reason}).`,
          messageId: 'more',
          data: { count: rest },
          docsUrl: 'docs/checks/policy-unreadable-input.md',
        });
      }
      const byStage = new Map<string, typeof skipped>();
      for (const x of skipped) byStage.set(x.stage, [...(byStage.get(x.stage) ?? []), x]);
      for (const [stage, list] of byStage) {
        const reasons = new Map<string, number>();
        // counted by the reason's head: "too large (5001 bytes, …)" → "too large"
        for (const x of list) {
          const head = x.reason.split(' (')[0]!;
          reasons.set(head, (reasons.get(head) ?? 0) + 1);
        }
        const lines = list.slice(0, MAX_SKIPPED_LISTED).map((x) => `${x.path}: ${x.reason}`);
        if (list.length > MAX_SKIPPED_LISTED) lines.push(`… and ${list.length - MAX_SKIPPED_LISTED} more`);
        out.push({
          id: findingFingerprint('policy/skipped-input', 'skipped', stage),
          checkId: 'policy/skipped-input',
          status: 'warn',
          severity: 'info',
          title: `${list.length} input${list.length === 1 ? '' : 's'} not scanned (${stage})`,
          message: `${list.length} input${list.length === 1 ? ' was' : 's were'} not scanned by the ${stage} stage: ${[...reasons].map(([r, n]) => `${n} ${r}`).join(', ')}. They are listed in the evidence.`,
          messageId: 'skipped',
          data: { stage, count: list.length },
          meta: { files: list.slice(0, MAX_SKIPPED_LISTED).map((x) => ({ path: x.path, reason: x.reason })) },
          evidence: lines.join('\n'),
          remediation: 'Check the list: raise repo.maxFileBytes for large text files worth scanning; binary files cannot hold a scannable text secret but may hold key stores.',
          docsUrl: 'docs/checks/policy-skipped-input.md',
        });
      }
      return out;
    },
  };
}

/** Stages whose checks judge one target over HTTP: a check there whose every request failed saw nothing. */
const RESPONSE_NEEDED = new Set(['api', 'ops']);

/**
 * Per check: how many of its HTTP requests got a response. A check in an api/ops stage that sent requests and
 * got no response to any of them (refused, reset, closed mid-response, timed out) cannot have observed what it
 * reports, so unless it already said `error` it gets a `policy/no-response` error finding: "pass: none of 29
 * paths served" from 29 failed requests proves nothing, and the run is incomplete (NO-GO) instead of GO.
 */
export function requestHealth(): { record(x: HttpExchange): void; findings(found: readonly Finding[], stageOf: Map<string, string>): Finding[] } {
  const per = new Map<string, { ok: number; failed: number; first?: string }>();
  return {
    record(x) {
      let h = per.get(x.checkId);
      if (!h) per.set(x.checkId, (h = { ok: 0, failed: 0 }));
      if (x.response) h.ok++;
      else {
        h.failed++;
        h.first ??= `${x.request.method} ${x.request.url}: ${x.error ?? 'no response'}`;
      }
    },
    findings(found, stageOf) {
      const out: Finding[] = [];
      for (const [checkId, h] of per) {
        const stage = stageOf.get(checkId);
        if (!stage || !RESPONSE_NEEDED.has(stage) || h.ok > 0 || h.failed === 0) continue;
        // it said so itself: an error, or a fail (a smoke flow that got no answer is a roll-back, not a gap)
        if (found.some((f) => f.checkId === checkId && (f.status === 'error' || f.status === 'fail'))) continue;
        out.push({
          id: findingFingerprint('policy/no-response', 'allFailed', checkId),
          checkId: 'policy/no-response',
          status: 'error',
          severity: 'high',
          title: `${checkId}: every request failed`,
          message: `${checkId} sent ${h.failed} request${h.failed === 1 ? '' : 's'} and got no response to any (first: ${h.first}); what it reports was not observed.`,
          messageId: 'allFailed',
          data: { check: checkId, requests: h.failed, first: h.first ?? '' },
          remediation: 'Make the target answer these requests (is it up, behind the right --connect-to, dropping connections?) and run again.',
          docsUrl: 'docs/checks/policy-no-response.md',
        });
      }
      return out;
    },
  };
}

/** One audit across stages: one run, one progress stream, one report, one decision. */
export async function runAudit(opts: AuditOptions): Promise<Report> {
  const now = opts.now ?? (() => new Date());
  const startedAt = now();
  const { config } = opts;
  const stages = await selectStages(config, opts.stages);
  if (stages.length === 0) throw new UsageError('nothing to audit: the config enables no stage (add repo, edge, email or api)');
  const redactor = opts.redactor ?? new Redactor();
  const budget = new RequestBudget(config.network.budget);
  const allow = new Allowlist(config.network.allowHosts);
  for (const s of stages) for (const h of s.hosts?.(config) ?? []) allow.add(h);
  const connectTo = config.network.connectTo.map((c, i) => parseConnectTo(c, `network.connectTo[${i}]`));
  const resolver = config.network.resolver ? parseResolver(config.network.resolver, 'network.resolver').server : undefined;
  const ledger = inputLedger();
  const health = requestHealth();
  const env: StageEnv = {
    inputs: ledger,
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
    onExchange: (x) => {
      health.record(x);
      opts.onExchange?.(x);
    },
    ...(opts.signal ? { signal: opts.signal } : {}),
  };

  const replay = opts.fromEvidence;
  const evidence = new EvidenceStore(opts.signal, replay?.retrievals, { retrievalTimeoutMs: config.network.checkTimeoutMs }, replay?.nonces);
  // the recording/replaying HTTP probes (and undici behind them: 50-90 ms of start-up) load only when asked for
  const ev = replay || opts.saveEvidence ? await import('../probes/evidence-http.js') : undefined;
  const recorder: ExchangeRecorder | undefined = opts.saveEvidence ? new ev!.ExchangeRecorder() : undefined;
  if (replay) env.evidenceProbes = { ...ev!.replayProbes(new ev!.ExchangePool(replay.exchanges), redactor, (what) => evidence.noteMiss(what)), nonce: (f) => evidence.nonce(f) };
  else if (recorder) env.evidenceProbes = { ...ev!.recordingProbes(recorder), nonce: (f) => evidence.nonce(f) };
  const plans: { stage: Stage; plan: StagePlan }[] = [];
  const jobs: CheckJob[] = [];
  const sections: Record<string, unknown> = {};
  const target: Record<string, unknown> = {};
  if (opts.configFile) target.configFile = opts.configFile;
  try {
    const stopped = (err: unknown): boolean => opts.signal?.aborted === true && err === opts.signal.reason;
    try {
      // a replay sends nothing: the saved run's preflight already found the target up
      if (opts.preflight !== false && !replay) await raceAbort(preflight(stages, env), opts.signal);
      for (const stage of stages) {
        // planning may walk git history or discover an API: stop waiting the moment the run is stopped
        const plan = await raceAbort(stage.plan(env), opts.signal);
        plans.push({ stage, plan });
        for (const j of plan.jobs) j.stage ??= stage.name;
        jobs.push(...plan.jobs);
        opts.events?.onStage?.(stage.name, plan.jobs.length);
        if (plan.sections) Object.assign(sections, plan.sections);
        if (plan.target) target[stage.name] = plan.target;
        if (plan.retrievalTimeoutMs) evidence.scope(stage.name, { retrievalTimeoutMs: plan.retrievalTimeoutMs });
      }
    } catch (err) {
      if (!stopped(err)) throw err;
    }
    const result = await runChecks(opts.signal?.aborted ? [] : jobs, {
      concurrency: config.network.concurrency,
      timeoutMs: config.network.checkTimeoutMs,
      redactor,
      evidence,
      requestsUsedBy: (id) => budget.usedBy(id),
      ...(opts.events ? { events: opts.events } : {}),
      ...(opts.signal ? { signal: opts.signal } : {}),
    });
    const stageOf = new Map(jobs.map((j) => [j.check.id, j.stage ?? '']));
    const findings: Finding[] = [...result.findings, ...ledger.findings(), ...health.findings(result.findings, stageOf)];
    const checks: CheckRunInfo[] = result.checks;
    const interrupted = interruptedBy(opts.signal);
    // Interrupted: sections are best effort and may not hold up the report (each gets a short deadline).
    const settle = <T>(p: Promise<T> | undefined): Promise<T | undefined> =>
      // eslint-disable-next-line launchready/no-swallowed-error -- after an interrupt a section that fails or hangs is left out: the report already says it was interrupted
      interrupted ? raceAbort(Promise.resolve(p), AbortSignal.timeout(500)).catch(() => undefined) : Promise.resolve(p);
    for (const { plan } of plans) {
      const extra = await settle(plan.finish?.());
      if (extra) Object.assign(sections, extra);
    }
    // after every stage's checks: sections that need the whole run's findings (secret inventory, rotation plan)
    for (const { plan } of plans) {
      const extra = await settle(plan.summarize?.(findings));
      if (extra) Object.assign(sections, extra);
    }
    if (replay || opts.saveEvidence) sections.evidence = {
      // per stage: retrievals, failed, replayed/recomputed, and the requests its retriever sent
      stages: Object.fromEntries(Object.entries(evidence.summary()).map(([s, v]) => [s, { ...v, requests: budget.usedBy(retrieverId(s)) }])),
      ...(replay ? { replayedFrom: replay.dir, savedAt: replay.manifest.createdAt, ...(replay.manifest.configHash !== configHash(config) ? { configChanged: true } : {}), recomputed: evidence.recomputed } : {}),
    };
    if (opts.saveEvidence && recorder) {
      const stageOfId = new Map<string, string>(jobs.map((j) => [j.check.id, j.stage ?? '']));
      for (const s of stages) stageOfId.set(retrieverId(s.name), s.name);
      const areaStage = new Map<string, string>(jobs.map((j) => [j.check.area, j.stage ?? '']));
      const exchanges = new Map<string, SavedExchange[]>();
      for (const x of recorder.saved(redactor)) {
        // ids that are no job (api/discovery, the API client's logins) belong to the stage of their area's checks
        const st = stageOfId.get(x.checkId) || areaStage.get(x.checkId.split('/')[0]!) || 'run';
        let list = exchanges.get(st);
        if (!list) exchanges.set(st, (list = []));
        list.push(x);
      }
      const saved = await saveEvidence(opts.saveEvidence, {
        version: VERSION,
        configHash: configHash(config),
        createdAt: startedAt,
        retrievals: evidence.toSaved((v) => redactor.redactValue(v)),
        exchanges,
        nonces: evidence.noncesToSave(),
      });
      (sections.evidence as Record<string, unknown>).savedTo = saved.dir;
    }
    // The API stage's coverage matrix is a top-level report field (contract), not a section.
    const coverage = sections.coverage as Report['coverage'] | undefined;
    delete sections.coverage;
    const baseline = mergeBaselines(opts.baseline, ...plans.map((p) => p.plan.baseline));
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
      ...(baseline ? { baseline } : {}),
      ...(interrupted ? { interrupted } : {}),
    });
    if (coverage) report.coverage = redactor.redactValue(coverage);
    return withSystemMap(report, config, redactor);
  } finally {
    // finish() normally closes probes; make sure they close on a throw too (idempotent), without waiting on a
    // probe that hangs after an abort.
    for (const { plan } of plans) await raceAbort(Promise.resolve(plan.finish?.()), AbortSignal.timeout(opts.signal?.aborted ? 500 : 30_000)).catch(() => undefined);
  }
}
