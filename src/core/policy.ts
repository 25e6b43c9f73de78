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
  /**
   * Checks that could not run (`status: error`) make the decision NO-GO ("incomplete") unless an entry here
   * accepts them, with an owner, a reason and an expiry, like a waiver: a gate that looked at nothing must
   * never say GO by default.
   */
  allowErrors?: ErrorAllowance[];
  /**
   * Default true: an error finding no allowErrors entry accepts makes the decision NO-GO, since GO means every
   * enabled check actually looked. False: errors are still reported and named in the explanation ("incomplete"),
   * but only fail/warn findings decide (for a team that knowingly gates on what could be checked).
   */
  failOnError?: boolean;
}

export interface ErrorAllowance {
  /** check id (`api/bola`) or an area wildcard (`api/*`); omitted = any check */
  checkId?: string;
  /** substring of the location key (host, file, URL path) the acceptance is limited to */
  target?: string;
  owner: string;
  reason: string;
  /** YYYY-MM-DD (inclusive); after it the entry accepts nothing and says so */
  expires?: string;
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
  /** error findings no `gate.allowErrors` entry accepts: each one alone makes the decision NO-GO (unless gate.failOnError is false) */
  incomplete: Finding[];
}

/** An error finding accepted by gate.allowErrors carries a waiver matched by 'allowErrors'. */
export function isUnacceptedError(f: Finding): boolean {
  return f.status === 'error' && !f.waiver;
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

export function decide(findings: Finding[], gate: GateConfig = DEFAULT_GATE, opts: { interrupted?: string } = {}): GateResult {
  const blocking = findings.filter((f) => isBlocking(f, gate));
  const incomplete = findings.filter(isUnacceptedError);
  const errorsBlock = gate.failOnError !== false;
  const accepted = findings.filter((f) => f.status === 'error' && f.waiver).length;
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
    // a baseline marks, it does not hide: say how to block on new findings only when known ones are blocking
    const known = blocking.filter((f) => f.baseline === 'unchanged').length;
    if (known > 0) explanation += ` ${known} of them ${known === 1 ? 'is' : 'are'} unchanged since the baseline: --new-only (gate.newOnly) blocks on new findings only.`;
  } else {
    explanation = `GO: no ${scope}finding at or above the gate (${gate.failOn}).`;
  }
  if (waived > 0) explanation += ` ${waived} accepted risk${waived === 1 ? '' : 's'} (waived) not counted.`;
  if (incomplete.length > 0) {
    const n = incomplete.length;
    const head = `incomplete: ${n} check${n === 1 ? '' : 's'} could not run`;
    explanation =
      !errorsBlock
        ? `${explanation} ${head[0]!.toUpperCase()}${head.slice(1)} (status: error): gate.failOnError is off, so ${n === 1 ? 'it does' : 'they do'} not block, but what ${n === 1 ? 'it' : 'they'} did not look at is unknown.`
        : blocking.length > 0
          ? `${explanation} Also ${head} (status: error) and prove nothing.`
          : `NO-GO (${head}): a check that could not look proves nothing, so the gate cannot say GO. ` +
            `Fix what stopped ${n === 1 ? 'it' : 'them'} (see the error findings), or accept it explicitly in gate.allowErrors with an owner, a reason and an expiry date.`;
  }
  if (accepted > 0) explanation += ` ${accepted} check error${accepted === 1 ? '' : 's'} accepted by gate.allowErrors.`;
  if (opts.interrupted) {
    const ran = blocking.length > 0 || (errorsBlock && incomplete.length > 0) ? explanation : `Of what ran, no ${scope}finding is at or above the gate (${gate.failOn}).`;
    explanation = `NO-GO (interrupted by ${opts.interrupted}): the run was stopped before it finished, so what it did not reach is unknown. ${ran}`;
  }
  const decision = blocking.length > 0 || (errorsBlock && incomplete.length > 0) || opts.interrupted ? 'NO-GO' : 'GO';
  return { decision, blocking, explanation, incomplete };
}

function allowanceMatches(a: ErrorAllowance, f: Finding): boolean {
  if (a.checkId) {
    const ok = a.checkId.endsWith('/*') ? f.checkId.startsWith(a.checkId.slice(0, -1)) : a.checkId === f.checkId;
    if (!ok) return false;
  }
  if (!a.target) return true;
  const key = [locationKey(f.location), f.location?.url ?? '', f.message].join('|');
  return key.includes(a.target);
}

/**
 * gate.allowErrors: accept error findings explicitly (owner, reason, expiry). An accepted error keeps its status
 * and gains `waiver` (matchedBy 'allowErrors'); an expired entry accepts nothing and adds a finding naming it.
 */
export function applyErrorAllowances(findings: Finding[], allowances: ErrorAllowance[], now = new Date()): Finding[] {
  if (allowances.length === 0) return findings;
  const today = day(now);
  const out = findings.map((f) => ({ ...f }));
  allowances.forEach((a, i) => {
    const label = `gate.allowErrors[${i}] ${a.checkId ?? '*'}${a.target ? ` on ${a.target}` : ''}`;
    const matches = out.filter((f) => f.status === 'error' && allowanceMatches(a, f));
    if (a.expires !== undefined && a.expires < today) {
      out.push({
        id: findingFingerprint('policy/waiver-expired', 'expired', label),
        checkId: 'policy/waiver-expired',
        status: 'warn',
        severity: 'medium',
        title: 'Accepted check errors expired',
        message: `${label} (owner ${a.owner}) expired on ${a.expires}; the ${matches.length} check error${matches.length === 1 ? '' : 's'} it covered count again.`,
        messageId: 'expired',
        data: { index: i + 1, owner: a.owner, expires: a.expires, matched: matches.length },
        remediation: 'Make the checks run again, or renew the entry with a new expiry date after the owner reviews it.',
        docsUrl: 'docs/checks/policy-waiver-expired.md',
      });
      return;
    }
    for (const f of matches) f.waiver ??= { owner: a.owner, reason: a.reason, matchedBy: 'allowErrors', ...(a.expires ? { expires: a.expires } : {}) };
  });
  return out;
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

/**
 * A baseline, whatever file it came from: the findings known before. `--baseline` has one meaning everywhere
 * (every command, every check): findings in it are marked `unchanged`, the others `new`; `gate.newOnly` decides
 * whether unchanged ones block. No check filters on it.
 */
export type Baseline = Pick<Report, 'findings'>;

/**
 * Read any baseline file launchready accepts into a Baseline (pure: the caller read and JSON-parsed it):
 * - a launchready JSON report (`--format json`): its fail/warn findings;
 * - a `secrets --baseline-write` file (`{ kind: 'launchready-baseline', findings: [{ id, checkId, file, commit }] }`);
 * - the older form of it, `{ findings: ['id', ...] }`.
 * Entries that carry only an id become minimal `fail` findings, so they can be listed as fixed when they are gone.
 * Throws a message naming `source` when the data is none of these.
 */
export function parseBaseline(data: unknown, source: string): Baseline {
  const findings = data && typeof data === 'object' && !Array.isArray(data) ? (data as { findings?: unknown }).findings : undefined;
  if (!Array.isArray(findings)) throw new Error(`${source}: not a launchready JSON report or baseline file (no "findings" array)`);
  const out: Finding[] = [];
  findings.forEach((raw, i) => {
    if (typeof raw === 'string') {
      if (raw) out.push(knownFinding({ id: raw }));
      return;
    }
    const e = raw as Partial<Finding> & { file?: unknown; commit?: unknown };
    if (!e || typeof e !== 'object' || typeof e.id !== 'string' || !e.id) throw new Error(`${source}: findings[${i}] has no "id"`);
    // a full report finding (title, status): kept as it is; a baseline-file entry: made into a minimal one
    if (typeof e.status === 'string' && typeof e.title === 'string' && typeof e.checkId === 'string') out.push(e as Finding);
    else out.push(knownFinding({ id: e.id, ...(typeof e.checkId === 'string' ? { checkId: e.checkId } : {}), ...(typeof e.file === 'string' ? { file: e.file } : {}), ...(typeof e.commit === 'string' ? { commit: e.commit } : {}) }));
  });
  return { findings: out };
}

function knownFinding(e: { id: string; checkId?: string; file?: string; commit?: string }): Finding {
  const f: Finding = {
    id: e.id,
    checkId: e.checkId ?? 'baseline/entry',
    status: 'fail',
    // the file does not say: info keeps it from weighing in anything derived from `fixed`
    severity: 'info',
    title: `Finding ${e.id} of the baseline`,
    message: 'Known from the baseline file (ids only).',
  };
  if (e.file) f.location = { file: e.file, ...(e.commit ? { commit: e.commit } : {}) };
  return f;
}

/** Several baselines (a `--baseline` report and `repo.baseline`) as one: a finding known to any is known. */
export function mergeBaselines(...baselines: (Baseline | undefined)[]): Baseline | undefined {
  const present = baselines.filter((b): b is Baseline => b !== undefined);
  if (present.length <= 1) return present[0];
  const seen = new Map<string, Finding>();
  for (const b of present) for (const f of b.findings) if (!seen.has(f.id)) seen.set(f.id, f);
  return { findings: [...seen.values()] };
}

/** Mark findings new/unchanged against a previous JSON report and list the ones that were fixed. */
export function diffBaseline(findings: Finding[], baseline: Baseline): { findings: Finding[]; fixed: Finding[] } {
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
  baseline?: Baseline;
  checks?: CheckRunInfo[];
  redactor?: Redactor;
  target?: Record<string, unknown>;
  sections?: Record<string, unknown>;
  requests?: number;
  now?: Date;
  /** include pass findings in the report (default true; reporters decide what to show) */
  includePass?: boolean;
  /** the run was stopped (SIGINT/SIGTERM, --timeout): the decision is never GO and the report says so */
  interrupted?: string;
}

/** The one place a Report is assembled: redaction → dedupe → waivers → baseline → gate → order. */
export function buildReport(input: BuildReportInput): Report {
  const gate: GateConfig = { ...DEFAULT_GATE, ...input.gate };
  const redactor = input.redactor ?? new Redactor();
  let findings = input.findings.map((f) => redactor.redactFinding(f));
  if (input.includePass === false) findings = findings.filter((f) => f.status !== 'pass');
  findings = dedupe(findings);
  findings = applyWaivers(findings, input.waivers ?? [], input.now ?? new Date());
  findings = applyErrorAllowances(findings, gate.allowErrors ?? [], input.now ?? new Date());
  let fixed: Finding[] | undefined;
  if (input.baseline) {
    const d = diffBaseline(findings, input.baseline);
    findings = d.findings;
    // "fixed" only where this run looked: a check that did not run (another stage, --stage, `secrets` narrowing
    // `repo`) proves nothing about what it found before
    const ran = input.checks ? new Set(input.checks.map((c) => c.checkId)) : undefined;
    fixed = ran ? d.fixed.filter((f) => ran.has(f.checkId)) : d.fixed;
  } else if (gate.newOnly) {
    gate.newOnly = false; // nothing to compare with: every finding is new
  }
  findings.sort(compareFindings);
  const result = decide(findings, gate, input.interrupted ? { interrupted: input.interrupted } : {});
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
  if (result.incomplete.length > 0) {
    report.incomplete = { errors: result.incomplete.length, checks: [...new Set(result.incomplete.map((f) => f.checkId))].sort() };
  }
  if (input.interrupted) report.interrupted = true;
  if (input.interrupted) report.interruptedBy = input.interrupted;
  if (fixed) report.fixed = fixed;
  if (input.checks) report.checks = input.checks;
  if (input.target) report.target = redactor.redactValue(input.target);
  if (input.sections) report.sections = redactor.redactValue(input.sections);
  if (input.requests !== undefined) report.requests = input.requests;
  // derived views, once, after the policy pass: risk register, fix list, verdict basis (docs/report.md)
  return deriveReport(report);
}
