import type { Check, ReportInput } from '../src/core/check.js';
import { makeFinding } from '../src/core/runner.js';

/**
 * Wraps a check's pure judge (`judgeX(evidence) → ReportInput[]`, whose output the check's `run` hands to
 * `ctx.report` unchanged) so a table test sends each report through the runner's `makeFinding`, as `ctx.report`
 * does: an unknown message id throws, and the (check, message id, status) is counted by the message-id coverage
 * measurement (test/exercise.verify.ts). The reports come back unchanged for the table's assertions.
 */
export function judged<A extends unknown[]>(check: Check, judge: (...args: A) => ReportInput[]): (...args: A) => ReportInput[] {
  return (...args: A) => {
    const reports = judge(...args);
    for (const r of reports) makeFinding(check, r);
    return reports;
  };
}
