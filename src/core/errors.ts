// Typed errors with a stable `code` and an optional `cause` (conventions: "Errors are typed classes").
// The CLI maps UsageError/ConfigError/TargetRefusedError/InputError to exit code 2.

export class LaunchreadyError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

/** A bad flag or argument on the command line. */
export class UsageError extends LaunchreadyError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('E_USAGE', message, options);
  }
}

export interface ConfigProblem {
  /** file the problem is in (or "<flags>") */
  file: string;
  /** dotted field path, e.g. api.identities[1].login.url */
  field: string;
  message: string;
  level: 'error' | 'warning';
}

/** Config validation collects every problem (checkly habit) and throws them together. */
export class ConfigError extends LaunchreadyError {
  readonly problems: ConfigProblem[];
  constructor(problems: ConfigProblem[], options?: { cause?: unknown }) {
    const errors = problems.filter((p) => p.level === 'error');
    super(
      'E_CONFIG',
      `invalid configuration (${errors.length} problem${errors.length === 1 ? '' : 's'}):\n` +
        errors.map((p) => `  ${p.file}: ${p.field || '(root)'}: ${p.message}`).join('\n'),
      options,
    );
    this.problems = problems;
  }
}

/** A target (host, URL) that the allowlist does not name. Never contacted. */
export class TargetRefusedError extends LaunchreadyError {
  readonly target: string;
  constructor(target: string, reason: string) {
    super('E_TARGET_REFUSED', `refused to contact ${target}: ${reason}`);
    this.target = target;
  }
}

/** An input that cannot be read or parsed (path, log file, OpenAPI document). */
export class InputError extends LaunchreadyError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('E_INPUT', message, options);
  }
}

/** The run's request budget is used up; the check that hit it reports status: error. */
export class BudgetExceededError extends LaunchreadyError {
  constructor(limit: number) {
    super('E_BUDGET', `request budget of ${limit} requests is used up`);
  }
}

export class CheckTimeoutError extends LaunchreadyError {
  constructor(checkId: string, ms: number) {
    super('E_TIMEOUT', `check ${checkId} timed out after ${ms} ms`);
  }
}


/**
 * The run was stopped from outside: SIGINT/SIGTERM or the total --timeout. Used as the abort reason of the run's
 * signal, so every layer can tell "stopped" from "failed" and the report can say what stopped it.
 */
export class InterruptedError extends LaunchreadyError {
  /** what stopped the run: "SIGINT", "SIGTERM", "--timeout 30m" */
  readonly by: string;
  constructor(by: string) {
    super('E_INTERRUPTED', `interrupted by ${by}`);
    this.by = by;
  }
}

/** What stopped an aborted signal, for the report: the InterruptedError's `by`, else the reason's message. */
export function interruptedBy(signal: AbortSignal | undefined): string | undefined {
  if (!signal?.aborted) return undefined;
  const r = signal.reason as unknown;
  // the bin aborts with a plain Error carrying `by` (it installs its handlers before this module loads)
  if (r instanceof InterruptedError || (r instanceof Error && typeof (r as { by?: unknown }).by === 'string')) return (r as InterruptedError).by;
  if (r instanceof Error) return r.message;
  return String(r ?? 'abort');
}

/** Settle with `p`, or reject with the signal's reason as soon as it aborts (the work itself may go on). */
export function raceAbort<T>(p: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return p;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

/** A file or folder that is not there (ENOENT, ENOTDIR): the one failed read that means "absent", not "broken". */
export function isMissing(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
