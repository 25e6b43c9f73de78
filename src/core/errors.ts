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

