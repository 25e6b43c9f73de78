import type { Report } from '../core/types.js';

/** Exactly the contract's JSON report (schemaVersion 1), plus documented extension fields. */
export function renderJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n';
}
