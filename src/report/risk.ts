import { deriveReport } from '../core/fixlist.js';
import { type RiskRegisterData, type RiskRow, type Impact } from '../core/risk.js';
import type { Finding, Report } from '../core/types.js';

/**
 * Reporter-side view of the risk register: the register itself is computed once in core (buildReport →
 * report.riskRegister); this only resolves its finding ids to the findings for rendering.
 */
export { IMPACTS, impactOf, effortOf, MUST_FIX_SCORE, whereOf, type Impact, type RiskRow, type RiskRegisterData } from '../core/risk.js';

export interface RiskEntry extends Omit<RiskRow, 'findingId'> {
  finding: Finding;
}

export interface RiskRegister {
  mustFixNow: RiskEntry[];
  canDefer: RiskEntry[];
  accepted: RiskEntry[];
  byImpact: Record<Impact, number>;
}

/** The report's register with findings resolved (a report without one, e.g. an old JSON file, yields an empty register). */
export function registerOf(report: Report): RiskRegister {
  const data: RiskRegisterData | undefined = report.riskRegister;
  const byId = new Map(report.findings.map((f) => [f.id, f]));
  const resolve = (rows: RiskRow[] | undefined): RiskEntry[] =>
    (rows ?? []).flatMap(({ findingId, ...r }) => {
      const finding = byId.get(findingId);
      return finding ? [{ ...r, finding }] : [];
    });
  return {
    mustFixNow: resolve(data?.mustFixNow),
    canDefer: resolve(data?.canDefer),
    accepted: resolve(data?.accepted),
    byImpact: data?.byImpact ?? ({} as Record<Impact, number>),
  };
}

/**
 * For callers outside the reporters that hold a report not built by buildReport (hand-made in a test, or read
 * from an older JSON file): derive its views once, then render. Kept for API compatibility.
 */
export function buildRiskRegister(report: Report): RiskRegister {
  return registerOf(report.riskRegister ? report : deriveReport({ ...report }));
}
