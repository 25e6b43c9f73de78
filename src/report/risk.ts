import { isBlocking, type GateConfig } from '../core/policy.js';
import { severityRank, type Finding, type Report, type Severity } from '../core/types.js';

/**
 * Risk register: every active finding mapped to a business impact, scored likelihood × impact (1–25), split
 * into must-fix-now and can-defer. The scoring is documented in docs/risk-register.md; change both together.
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

export interface RiskEntry {
  finding: Finding;
  impact: Impact;
  likelihood: number;
  impactScore: number;
  score: number;
  effort: string;
  group: 'must-fix-now' | 'can-defer';
}

export interface RiskRegister {
  mustFixNow: RiskEntry[];
  canDefer: RiskEntry[];
  accepted: RiskEntry[];
  byImpact: Record<Impact, number>;
}

/** Must fix now: blocks the gate, or scores ≥ 16 (e.g. high likelihood × severe impact). */
export const MUST_FIX_SCORE = 16;

export function buildRiskRegister(report: Report): RiskRegister {
  const gate: GateConfig = {
    failOn: report.gate?.failOn ?? 'high',
    newOnly: report.gate?.newOnly ?? false,
    blockOnWarn: false,
  };
  const entries: RiskEntry[] = [];
  const accepted: RiskEntry[] = [];
  for (const f of report.findings) {
    if (f.status !== 'fail' && f.status !== 'warn') continue;
    const impact = impactOf(f.checkId);
    const likelihood = LIKELIHOOD[f.severity] - (f.status === 'warn' ? 1 : 0) || 1;
    const impactScore = IMPACTS[impact].weight;
    const score = likelihood * impactScore;
    const blocking = isBlocking({ ...f, waiver: undefined }, gate);
    const entry: RiskEntry = {
      finding: f,
      impact,
      likelihood,
      impactScore,
      score,
      effort: effortOf(f.checkId),
      group: blocking || score >= MUST_FIX_SCORE ? 'must-fix-now' : 'can-defer',
    };
    if (f.waiver) accepted.push(entry);
    else entries.push(entry);
  }
  const order = (a: RiskEntry, b: RiskEntry) => b.score - a.score || severityRank(b.finding.severity) - severityRank(a.finding.severity) || a.finding.checkId.localeCompare(b.finding.checkId);
  entries.sort(order);
  accepted.sort(order);
  const byImpact = Object.fromEntries(Object.keys(IMPACTS).map((k) => [k, 0])) as Record<Impact, number>;
  for (const e of entries) byImpact[e.impact]++;
  return {
    mustFixNow: entries.filter((e) => e.group === 'must-fix-now'),
    canDefer: entries.filter((e) => e.group === 'can-defer'),
    accepted,
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
