import { severityRank, type Finding, type Report, type Severity } from './types.js';

/**
 * Risk register: every active finding mapped to a business impact, scored likelihood × impact (1–25), split
 * into must-fix-now and can-defer. The scoring is documented in docs/risk-register.md; change both together.
 * Built once, in the report model (`buildReport`), and carried in the JSON as `riskRegister` (finding ids, not
 * copies); reporters only look entries up (src/report/risk.ts), they never rebuild it.
 */

export const IMPACTS = {
  'data-exposure': { label: 'Data exposure', weight: 5, blurb: 'customer or company data readable by people who must not see it' },
  'account-takeover': { label: 'Account takeover', weight: 5, blurb: 'someone acts as another user or as an admin' },
  'payments-fraud': { label: 'Payments or fraud', weight: 5, blurb: 'money moved, refunds or orders forged, billing keys abused' },
  'login-email-failure': { label: 'Login or email failure', weight: 3, blurb: 'sign-up, reset and notification mail lost or spoofed' },
  downtime: { label: 'Downtime', weight: 4, blurb: 'users cannot reach the product, or it is too slow to use' },
  'abuse-cost': { label: 'Abuse or cost', weight: 3, blurb: 'bots, brute force or resource abuse run up cost and support load' },
} as const;
export type Impact = keyof typeof IMPACTS;

// First match wins: specific rules before area defaults.
const IMPACT_RULES: [RegExp, Impact][] = [
  [/^secrets\/(stripe|paypal|braintree|square|adyen|razorpay|plaid|shopify|coinbase)/, 'payments-fraud'],
  [/^api\/(webhook|mass-assignment)/, 'payments-fraud'],
  [/^ai\/tool-abuse/, 'payments-fraud'],
  [/^ops\/env-key-mode/, 'payments-fraud'],
  [/^api\/(authn|bfla|jwt|reset|user-enumeration|session|cors)/, 'account-takeover'],
  [/^edge\/(cookie|cors|hsts|csp|framing|clickjack|sri|mixed)/, 'account-takeover'],
  [/^api\/(rate-limit|error-handling|input)/, 'abuse-cost'],
  // Injection, jailbreaks and missing caps cost money and reputation; leaks, SSRF and exfiltration expose data.
  [/^ai\/(prompt-injection|jailbreak|encoding-bypass|indirect-injection|resource-limits)$/, 'abuse-cost'],
  [/^(deploy\/|ops\/smoke)/, 'downtime'],
  [/^(perf|dns|tls)\//, 'downtime'],
  [/^edge\/(redirect|cdn|waf|https)/, 'downtime'],
  [/^email\//, 'login-email-failure'],
  [/^(secrets|repo|logs|ops)\//, 'data-exposure'],
  [/^api\//, 'data-exposure'],
  [/^edge\//, 'data-exposure'],
  [/^ai\//, 'data-exposure'],
];

export function impactOf(checkId: string): Impact {
  for (const [re, impact] of IMPACT_RULES) if (re.test(checkId)) return impact;
  return 'data-exposure';
}

/** Likelihood 1–5 from severity (how easy and how probable exploitation is, as the check judged it). */
const LIKELIHOOD: Record<Severity, number> = { critical: 5, high: 4, medium: 3, low: 2, info: 1 };

const EFFORT: [RegExp, string][] = [
  [/^secrets\//, 'rotate the key at the provider, move it to the secret store, redeploy: ~1 h per key'],
  [/^repo\//, 'repo or CI config change: < 1 h'],
  [/^edge\/|^dns\/|^email\//, 'DNS, CDN or server config change: < 1 h (+ propagation)'],
  [/^tls\//, 'certificate or TLS config change: < 1 h'],
  [/^api\/(bola|bfla|authn|mass-assignment)/, 'authorization code change + regression test: 0.5–2 days'],
  [/^api\/jwt/, 'auth library config change + key rotation: 2–4 h'],
  [/^api\//, 'code change + test: 2–8 h'],
  [/^perf\//, 'profiling + query/index fix: 0.5–2 days'],
  [/^ai\//, 'system prompt, tool permissions or per-user scoping change + eval rerun: 0.5–1 day'],
  [/^logs\//, 'redact at the logger, purge or re-ingest affected logs, rotate leaked values: 2–4 h'],
  [/^ops\/smoke|^deploy\//, 'roll back, fix, redeploy: < 1 h'],
  [/^ops\//, 'per-environment values in the secret store + redeploy: < 1 h per variable'],
];

export function effortOf(checkId: string): string {
  for (const [re, e] of EFFORT) if (re.test(checkId)) return e;
  return 'small change: < 1 day';
}

/** One register row as carried in the JSON report: the finding by id, its scores and group. */
export interface RiskRow {
  findingId: string;
  impact: Impact;
  likelihood: number;
  impactScore: number;
  score: number;
  effort: string;
  group: 'must-fix-now' | 'can-defer' | 'accepted';
}

export interface RiskRegisterData {
  mustFixNow: RiskRow[];
  canDefer: RiskRow[];
  accepted: RiskRow[];
  byImpact: Record<Impact, number>;
}

/** Must fix now: blocks the gate, or scores ≥ 16 (e.g. high likelihood × severe impact). */
export const MUST_FIX_SCORE = 16;

/** Would this finding block the gate if it were not waived (same rule as policy.isBlocking, warns never block here). */
function wouldBlock(f: Finding, failOn: Severity, newOnly: boolean): boolean {
  if (f.status !== 'fail') return false;
  if (severityRank(f.severity) < severityRank(failOn)) return false;
  if (newOnly && f.baseline === 'unchanged') return false;
  return true;
}

export function riskOf(f: Finding, failOn: Severity = 'high', newOnly = false): Omit<RiskRow, 'group'> & { blocking: boolean } {
  const impact = impactOf(f.checkId);
  const likelihood = LIKELIHOOD[f.severity] - (f.status === 'warn' ? 1 : 0) || 1;
  const impactScore = IMPACTS[impact].weight;
  return { findingId: f.id, impact, likelihood, impactScore, score: likelihood * impactScore, effort: effortOf(f.checkId), blocking: wouldBlock(f, failOn, newOnly) };
}

/** The register over a report's fail/warn findings (waived ones go to `accepted`). Pure; called once by buildReport. */
export function computeRiskRegister(report: Pick<Report, 'findings' | 'gate'>): RiskRegisterData {
  const failOn = report.gate?.failOn ?? 'high';
  const newOnly = report.gate?.newOnly ?? false;
  const rows: (RiskRow & { sev: number; checkId: string })[] = [];
  const accepted: (RiskRow & { sev: number; checkId: string })[] = [];
  for (const f of report.findings) {
    if (f.status !== 'fail' && f.status !== 'warn') continue;
    const { blocking, ...r } = riskOf(f, failOn, newOnly);
    const row = { ...r, group: (f.waiver ? 'accepted' : blocking || r.score >= MUST_FIX_SCORE ? 'must-fix-now' : 'can-defer') as RiskRow['group'], sev: severityRank(f.severity), checkId: f.checkId };
    (f.waiver ? accepted : rows).push(row);
  }
  const order = (a: (typeof rows)[number], b: (typeof rows)[number]) => b.score - a.score || b.sev - a.sev || a.checkId.localeCompare(b.checkId);
  rows.sort(order);
  accepted.sort(order);
  const strip = (r: (typeof rows)[number]): RiskRow => ({ findingId: r.findingId, impact: r.impact, likelihood: r.likelihood, impactScore: r.impactScore, score: r.score, effort: r.effort, group: r.group });
  const byImpact = Object.fromEntries(Object.keys(IMPACTS).map((k) => [k, 0])) as Record<Impact, number>;
  for (const r of rows) byImpact[r.impact]++;
  return {
    mustFixNow: rows.filter((r) => r.group === 'must-fix-now').map(strip),
    canDefer: rows.filter((r) => r.group === 'can-defer').map(strip),
    accepted: accepted.map(strip),
    byImpact,
  };
}

/** "where": the most specific human location of a finding. */
export function whereOf(f: Finding): string {
  const l = f.location;
  if (!l) return '';
  if (l.file) return `${l.file}${l.line ? `:${l.line}` : ''}${l.commit ? ` @${l.commit.slice(0, 8)}` : ''}`;
  if (l.method && (l.path || l.url)) return `${l.method} ${l.path ?? l.url}`;
  if (l.url) return l.url;
  if (l.record) return l.record;
  return l.host ?? '';
}
