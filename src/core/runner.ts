import { formatMessage, docsPath, type Check, type CheckContext, type ReportInput } from './check.js';
import { CheckTimeoutError, LaunchreadyError } from './errors.js';
import { asCheck, EvidenceMissError, EvidenceStore } from './evidence.js';
import { findingFingerprint, locationKey } from './fingerprint.js';
import { Redactor } from './redact.js';
import type { CheckRunInfo, Finding } from './types.js';

/** One check to run against one target within a stage. */
export interface CheckJob<T = unknown, P = unknown> {
  check: Check<T, P>;
  target: T;
  /** a label for progress and the fingerprint's target part when no location is given */
  targetLabel?: string;
  stage?: string;
  options?: Record<string, unknown>;
  /** probes scoped for this check (the runner does not know probe types; stages build them) */
  probes: P;
}

export interface RunnerEvents {
  onCheckStart?(job: { checkId: string; stage?: string; target?: string }): void;
  onCheckEnd?(info: CheckRunInfo, findings: Finding[]): void;
  onFinding?(finding: Finding): void;
}

export interface RunOptions {
  concurrency?: number;
  /** per-check timeout (ms) unless the check sets its own */
  timeoutMs?: number;
  events?: RunnerEvents;
  redactor?: Redactor;
  signal?: AbortSignal;
  /** called after each check to learn how many requests it spent (stages pass budget.usedBy) */
  requestsUsedBy?(checkId: string): number;
  /** after an abort, how long checks in flight may take to end before the run returns without them (ms) */
  abortGraceMs?: number;
  /** the run's evidence store: retrievals by key, each under its stage's scope (one per run) */
  evidence?: EvidenceStore;
  /** evidence already at hand by key (table tests judge a fixture this way); asked before the store */
  evidenceCache?: Map<string, Promise<unknown>>;
}

export interface RunResult {
  findings: Finding[];
  checks: CheckRunInfo[];
}

/** Key of the observer the test suite installs on globalThis (see scripts/exercise-log.mjs). */
export const EXERCISED = Symbol.for('launchready.exercised');

/** Build a Finding from a check's raw report. Pure: masking happens later, once. */
export function makeFinding(check: Check, input: ReportInput, targetLabel = ''): Finding {
  const template = check.messages[input.messageId];
  if (template === undefined) {
    throw new Error(`check ${check.id} reported unknown messageId "${input.messageId}"`);
  }
  const target = input.target ?? (locationKey(input.location) || targetLabel);
  const status = input.status ?? 'fail';
  // test instrumentation (issue 20): scripts/exercise-log.mjs installs this only while the test suite runs, to
  // record which (check, message id, status) the tests really produce; core itself does no I/O
  (globalThis as { [EXERCISED]?: (checkId: string, messageId: string, status: string) => void })[EXERCISED]?.(check.id, input.messageId, status);
  // a failing finding says what is wrong, a passing one what holds (issue 17): per-message title, then the
  // check's problem statement, then its title
  const perMessage = check.titles?.[input.messageId];
  const problemTitle = status === 'fail' || status === 'warn' ? (perMessage ? formatMessage(perMessage, input.data) : check.problem) : undefined;
  const f: Finding = {
    id: findingFingerprint(check.id, input.messageId, target, input.fingerprintKey ?? ''),
    checkId: check.id,
    status,
    severity: input.severity ?? check.severity,
    title: input.title ?? problemTitle ?? check.title,
    message: formatMessage(template, input.data),
    messageId: input.messageId,
    docsUrl: docsPath(check.id),
  };
  if (input.data) f.data = input.data;
  const cwe = input.cwe ?? check.cwe;
  if (cwe) f.cwe = cwe;
  const owasp = input.owasp ?? check.owasp;
  if (owasp) f.owasp = owasp;
  if (input.location) f.location = input.location;
  if (input.evidence !== undefined) f.evidence = input.evidence;
  const remediation = input.remediation ?? check.remediation;
  if (remediation && f.status !== 'pass') f.remediation = remediation;
  if (input.meta) f.meta = input.meta;
  return f;
}

/** The reason of the error finding that stands for a check that ran but reported nothing (zero coverage). */
export const NOTHING_REPORTED = 'check reported nothing: it ran but gave no pass, fail or n/a (skipped) finding, so it proves nothing';

/** The finding that stands for a check that could not run. */
export function errorFinding(check: Check, reason: string, targetLabel = '', location?: Finding['location']): Finding {
  const f: Finding = {
    id: findingFingerprint(check.id, 'error', location ? locationKey(location) : targetLabel),
    checkId: check.id,
    status: 'error',
    severity: check.severity,
    title: `${check.title}: could not run`,
    message: targetLabel ? `${targetLabel}: ${reason}` : reason,
    messageId: 'error',
    docsUrl: docsPath(check.id),
  };
  if (location) f.location = location;
  return f;
}

/**
 * Runs jobs with bounded concurrency. Each check gets its own AbortController and timer; a throw or a timeout
 * becomes one `status: error` finding naming the reason, and findings it reported before are kept.
 */
export async function runChecks(jobs: CheckJob[], opts: RunOptions = {}): Promise<RunResult> {
  const concurrency = Math.max(1, opts.concurrency ?? 8);
  const redactor = opts.redactor ?? new Redactor();
  const store = opts.evidence ?? new EvidenceStore(opts.signal, undefined, { retrievalTimeoutMs: opts.timeoutMs ?? 60_000 });
  const preloaded = opts.evidenceCache;
  const findings: Finding[] = [];
  const checks: CheckRunInfo[] = [];
  let next = 0;
  let jobSeq = 0;

  const runOne = async (job: CheckJob): Promise<void> => {
    const { check } = job;
    const started = Date.now();
    const controller = new AbortController();
    const onOuterAbort = () => controller.abort(opts.signal?.reason);
    opts.signal?.addEventListener('abort', onOuterAbort, { once: true });
    const timeoutMs = check.timeoutMs ?? opts.timeoutMs ?? 60_000;
    const local: Finding[] = [];
    // time spent waiting on shared evidence (bounded by the stage's retrieval deadline, not this check's timeout):
    // the union of the waits, so two evidence keys awaited together count once
    let waiting = 0;
    let waited = 0;
    let waitingSince = 0;
    // replay misses are charged to this job (one check id runs once per host, per target)
    const asker = `${check.id}#${++jobSeq}`;
    opts.events?.onCheckStart?.({ checkId: check.id, stage: job.stage, target: job.targetLabel });

    const ctx: CheckContext = {
      checkId: check.id,
      target: job.target,
      probes: job.probes,
      options: job.options ?? {},
      signal: controller.signal,
      evidence(key, produce) {
        const pre = preloaded?.get(key);
        if (pre) return pre as never;
        // the retrieval runs under the stage's scope; the check only waits, and the wait is not its own time
        const p = store.get(job.stage ?? '', key, produce);
        if (waiting++ === 0) waitingSince = Date.now();
        const done = () => {
          if (--waiting === 0) waited += Date.now() - waitingSince;
        };
        p.then(done, done);
        return p;
      },
      report(input) {
        if (controller.signal.aborted) return; // late reports after a timeout are dropped, the error stands
        local.push(makeFinding(check, input, job.targetLabel));
      },
      secret(value) {
        redactor.register(value);
      },
      log() {},
    };

    let timer: NodeJS.Timeout | undefined;
    let status: CheckRunInfo['status'] = 'ok';
    let errorText: string | undefined;
    try {
      await Promise.race([
        Promise.resolve().then(() => asCheck(asker, () => check.run(ctx))),
        new Promise<never>((_, reject) => {
          // the check's own clock: wall time minus its waits on shared evidence; re-armed while it waits
          const arm = (ms: number) => {
            timer = setTimeout(() => {
              const own = Date.now() - started - waited;
              if (waiting > 0) return arm(Math.min(1000, timeoutMs));
              if (own < timeoutMs) return arm(timeoutMs - own);
              const err = new CheckTimeoutError(check.id, timeoutMs);
              controller.abort(err);
              reject(err);
            }, ms);
          };
          arm(timeoutMs);
        }),
        // the run's abort (signal, --timeout) ends the check now, whether or not it watches ctx.signal
        new Promise<never>((_, reject) => {
          const stop = () => reject(controller.signal.reason);
          if (controller.signal.aborted) stop();
          else controller.signal.addEventListener('abort', stop, { once: true });
        }),
      ]);
    } catch (err) {
      status = err instanceof CheckTimeoutError ? 'timeout' : 'error';
      errorText = describeError(err);
      local.push(errorFinding(check, errorText, job.targetLabel));
    } finally {
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onOuterAbort);
    }
    // a replay: a request of the check's own that the saved run did not send makes it an error, whatever it
    // made of the failed request (a check may read a failed request as "refused", i.e. a pass)
    const missed = store.missesOf(asker);
    if (missed.length && !local.some((f) => f.status === 'error' && f.message.includes('not in saved evidence'))) {
      status = 'error';
      errorText = new EvidenceMissError(missed.join(', ')).message;
      local.push(errorFinding(check, errorText, job.targetLabel));
    }
    // Zero coverage is not a pass: a check that ran and reported nothing at all (no pass, fail, warn or skipped
    // "n/a") proves nothing, so GO cannot rest on it (gate.failOnError). Checks say "looked, found nothing" with
    // a pass and "nothing to look at" with a skipped finding.
    if (status === 'ok' && local.length === 0) {
      status = 'error';
      errorText = NOTHING_REPORTED;
      local.push(errorFinding(check, NOTHING_REPORTED, job.targetLabel));
    }
    const info: CheckRunInfo = { checkId: check.id, durationMs: Date.now() - started, status };
    if (job.stage) info.stage = job.stage;
    if (errorText) info.error = errorText;
    const req = opts.requestsUsedBy?.(check.id);
    if (req) info.requests = req;
    checks.push(info);
    findings.push(...local);
    for (const f of local) opts.events?.onFinding?.(f);
    opts.events?.onCheckEnd?.(info, local);
  };

  const workers = Array.from({ length: Math.min(concurrency, jobs.length) }, async () => {
    // An aborted run (signal, --timeout) starts no new check; the ones in flight see their signal abort.
    while (next < jobs.length && !opts.signal?.aborted) {
      const job = jobs[next++]!;
      await runOne(job);
    }
  });
  const all = Promise.all(workers);
  if (opts.signal) {
    // After an abort, give checks in flight a short grace to record their error finding, then return what is
    // known: a check that ignores its signal must not hold the whole run (the report is marked interrupted).
    const grace = opts.abortGraceMs ?? 1500;
    await new Promise<void>((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const onAbort = () => {
        timer = setTimeout(resolve, grace);
        timer.unref?.();
      };
      if (opts.signal!.aborted) onAbort();
      else opts.signal!.addEventListener('abort', onAbort, { once: true });
      void all.then(() => {
        clearTimeout(timer);
        opts.signal!.removeEventListener('abort', onAbort);
        resolve();
      });
    });
    return { findings: [...findings], checks: [...checks] };
  }
  await all;
  return { findings, checks };
}

export function describeError(err: unknown): string {
  if (err instanceof LaunchreadyError) return err.message;
  if (err instanceof Error) {
    const cause = (err as Error & { cause?: unknown }).cause;
    const causeText = cause instanceof Error ? `: ${cause.message}` : '';
    return `${err.message}${causeText}`;
  }
  return String(err);
}
