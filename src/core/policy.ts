import { findingFingerprint, locationKey } from './fingerprint.js';
import { Redactor } from './redact.js';
import { deriveReport } from './fixlist.js';
import { SEVERITIES, severityRank, type Finding, type Report, type Severity, type Status, type Summary, type CheckRunInfo } from './types.js';

/**
 * Policy lives once, here: waivers, the go/no-go gate, baseline diff, ordering and the final redaction pass.
 * Checks and reporters never decide any of it.
 */

export interface GateConfig {
  /** lowest severity that blocks launch (default high: any critical or high = NO-GO) */
  failOn: Severity;
  /** also block on `warn` findings at or above failOn (default false: warnings inform) */
  blockOnWarn: boolean;
  /** with a baseline: only findings that are new block */
  newOnly: boolean;
}

export const DEFAULT_GATE: GateConfig = { failOn: 'high', blockOnWarn: false, newOnly: false };

export interface Waiver {
  /** finding fingerprint */
  id?: string;
  checkId?: string;
  /** host, file, URL path or record the waiver is limited to (substring match on the location key) */
  target?: string;
  owner: string;
  reason: string;
  /** YYYY-MM-DD (inclusive); after it the waiver stops waiving and says so */
  expires?: string;
}

export interface GateResult {
  decision: 'GO' | 'NO-GO';
  blocking: Finding[];
  explanation: string;
}

function isActive(f: Finding): boolean {
  return (f.status === 'fail' || f.status === 'warn') && !f.waiver;
}

export function isBlocking(f: Finding, gate: GateConfig): boolean {
  if (!isActive(f)) return false;
  if (f.status === 'warn' && !gate.blockOnWarn) return false;
  if (severityRank(f.severity) < severityRank(gate.failOn)) return false;
  if (gate.newOnly && f.baseline === 'unchanged') return false;
  return true;
}

export function decide(findings: Finding[], gate: GateConfig = DEFAULT_GATE): GateResult {
  const blocking = findings.filter((f) => isBlocking(f, gate));
  const errors = findings.filter((f) => f.status === 'error').length;
  const waived = findings.filter((f) => f.waiver && (f.status === 'fail' || f.status === 'warn')).length;
  const scope = gate.newOnly ? 'new ' : '';
  let explanation: string;
  if (blocking.length > 0) {
    const bySev = SEVERITIES.map((s) => [s, blocking.filter((f) => f.severity === s).length] as const)
      .filter(([, n]) => n > 0)
      .map(([s, n]) => `${n} ${s}`)
      .join(', ');
    explanation =
      `NO-GO: ${blocking.length} ${scope}finding${blocking.length === 1 ? '' : 's'} at or above the gate (${gate.failOn}): ${bySev}. ` +
      `Fix them, or accept a risk explicitly with a waiver that names an owner, a reason and an expiry date.`;
  } else {
    explanation = `GO: no ${scope}finding at or above the gate (${gate.failOn}).`;
  }
  if (waived > 0) explanation += ` ${waived} accepted risk${waived === 1 ? '' : 's'} (waived) not counted.`;
  if (errors > 0) {
    explanation += ` ${errors} check${errors === 1 ? '' : 's'} could not run (status: error) and prove nothing: read them before launch.`;
  }
  return { decision: blocking.length > 0 ? 'NO-GO' : 'GO', blocking, explanation };
}

/** YYYY-MM-DD of a date, UTC. */
function day(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function waiverMatches(w: Waiver, f: Finding): 'id' | 'checkId' | 'checkId+target' | null {
  if (w.id) return w.id === f.id ? 'id' : null;
  if (!w.checkId || w.checkId !== f.checkId) return null;
  if (!w.target) return 'checkId';
  const key = [locationKey(f.location), f.location?.url ?? ''].join('|');
  return key.includes(w.target) ? 'checkId+target' : null;
}

/**
 * Apply waivers. A waived finding keeps its status (it is still true) and gains `waiver`; the gate skips it.
 * An expired waiver waives nothing and adds a `policy/waiver-expired` finding that names it; a waiver that
 * matches nothing adds an info finding so stale waivers get cleaned up.
 */
export function applyWaivers(findings: Finding[], waivers: Waiver[], now = new Date()): Finding[] {
  const today = day(now);
  const out = findings.map((f) => ({ ...f }));
  const extra: Finding[] = [];
  waivers.forEach((w, i) => {
    const label = w.id ? `id ${w.id}` : `${w.checkId}${w.target ? ` on ${w.target}` : ''}`;
    const expired = w.expires !== undefined && w.expires < today;
    let matched = 0;
    for (const f of out) {
      if (f.status !== 'fail' && f.status !== 'warn') continue;
      const how = waiverMatches(w, f);
      if (!how) continue;
      matched++;
      if (!expired) {
        f.waiver = { owner: w.owner, reason: w.reason, matchedBy: how, ...(w.expires ? { expires: w.expires } : {}) };
      }
    }
    if (expired) {
      extra.push({
        id: findingFingerprint('policy/waiver-expired', 'expired', label),
        checkId: 'policy/waiver-expired',
        status: 'warn',
        severity: 'medium',
        title: 'Waiver expired',
        message: `Waiver #${i + 1} (${label}, owner ${w.owner}) expired on ${w.expires}; the ${matched} finding${matched === 1 ? '' : 's'} it covered count again.`,
        messageId: 'expired',
        data: { index: i + 1, owner: w.owner, expires: w.expires!, matched },
        remediation: 'Fix the finding, or renew the waiver with a new expiry date after the owner reviews the risk again.',
        docsUrl: 'docs/checks/policy-waiver-expired.md',
      });
    } else if (matched === 0) {
      extra.push({
        id: findingFingerprint('policy/waiver-unused', 'unused', label),
        checkId: 'policy/waiver-unused',
        status: 'warn',
        severity: 'info',
        title: 'Waiver matches nothing',
        message: `Waiver #${i + 1} (${label}, owner ${w.owner}) matched no finding in this run; remove it if the risk is gone.`,
        messageId: 'unused',
        data: { index: i + 1, owner: w.owner },
        docsUrl: 'docs/checks/policy-waiver-unused.md',
      });
    }
  });
  return [...out, ...extra];
}

/** Mark findings new/unchanged against a previous JSON report and list the ones that were fixed. */
export function diffBaseline(findings: Finding[], baseline: Pick<Report, 'findings'>): { findings: Finding[]; fixed: Finding[] } {
  const before = new Map(baseline.findings.filter((f) => f.status === 'fail' || f.status === 'warn').map((f) => [f.id, f]));
  const nowIds = new Set<string>();
  const out = findings.map((f) => {
    if (f.status !== 'fail' && f.status !== 'warn') return f;
    nowIds.add(f.id);
    return { ...f, baseline: before.has(f.id) ? ('unchanged' as const) : ('new' as const) };
  });
  const fixed = [...before.values()].filter((f) => !nowIds.has(f.id));
  return { findings: out, fixed };
}

const STATUS_ORDER: Record<Status, number> = { fail: 0, warn: 1, error: 2, pass: 3, skipped: 4 };

export function compareFindings(a: Finding, b: Finding): number {
  return (
    STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
    Number(Boolean(a.waiver)) - Number(Boolean(b.waiver)) ||
    severityRank(b.severity) - severityRank(a.severity) ||
    a.checkId.localeCompare(b.checkId) ||
    locationKey(a.location).localeCompare(locationKey(b.location)) ||
    (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
    a.id.localeCompare(b.id)
  );
}

export function summarize(findings: Finding[]): Summary {
  const s: Summary = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
  for (const f of findings) if (isActive(f)) s[f.severity]++;
  return s;
}

/** Same id twice (two checks or two stages seeing one thing): keep the first, most severe. */
export function dedupe(findings: Finding[]): Finding[] {
  const seen = new Map<string, Finding>();
  for (const f of [...findings].sort(compareFindings)) if (!seen.has(f.id)) seen.set(f.id, f);
  return [...seen.values()];
}

export interface BuildReportInput {
  findings: Finding[];
  startedAt: Date;
  finishedAt?: Date;
  version: string;
  gate?: Partial<GateConfig>;
  waivers?: Waiver[];
  baseline?: Pick<Report, 'findings'>;
  checks?: CheckRunInfo[];
  redactor?: Redactor;
  target?: Record<string, unknown>;
  sections?: Record<string, unknown>;
  requests?: number;
  now?: Date;
  /** include pass findings in the report (default true; reporters decide what to show) */
  includePass?: boolean;
}

/** The one place a Report is assembled: redaction → dedupe → waivers → baseline → gate → order. */
export function buildReport(input: BuildReportInput): Report {
  const gate: GateConfig = { ...DEFAULT_GATE, ...input.gate };
  const redactor = input.redactor ?? new Redactor();
  let findings = input.findings.map((f) => redactor.redactFinding(f));
  if (input.includePass === false) findings = findings.filter((f) => f.status !== 'pass');
  findings = dedupe(findings);
  findings = applyWaivers(findings, input.waivers ?? [], input.now ?? new Date());
  let fixed: Finding[] | undefined;
  if (input.baseline) {
    const d = diffBaseline(findings, input.baseline);
    findings = d.findings;
    fixed = d.fixed;
  } else if (gate.newOnly) {
    gate.newOnly = false; // nothing to compare with: every finding is new
  }
  findings.sort(compareFindings);
  const result = decide(findings, gate);
  const finishedAt = input.finishedAt ?? new Date();
  const report: Report = {
    schemaVersion: 1,
    tool: { name: 'launchready', version: input.version },
    decision: result.decision,
    startedAt: input.startedAt.toISOString(),
    durationMs: Math.max(0, finishedAt.getTime() - input.startedAt.getTime()),
    summary: summarize(findings),
    findings,
    gate: { failOn: gate.failOn, newOnly: gate.newOnly, blocking: result.blocking.length, explanation: result.explanation },
    errors: findings.filter((f) => f.status === 'error').length,
    waived: findings.filter((f) => f.waiver).length,
  };
  if (fixed) report.fixed = fixed;
  if (input.checks) report.checks = input.checks;
  if (input.target) report.target = redactor.redactValue(input.target);
  if (input.sections) report.sections = redactor.redactValue(input.sections);
  if (input.requests !== undefined) report.requests = input.requests;
  // derived views, once, after the policy pass: risk register, fix list, verdict basis (docs/report.md)
  return deriveReport(report);
}
