// Core types shared by every layer. No I/O lives in src/core (see docs/architecture.md).
import type { FixItem, VerdictBasis } from './fixlist.js';
import type { RiskRegisterData } from './risk.js';

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const STATUSES = ['fail', 'warn', 'pass', 'error', 'skipped'] as const;
export type Status = (typeof STATUSES)[number];

export const AREAS = ['secrets', 'repo', 'logs', 'dns', 'tls', 'edge', 'email', 'api', 'perf', 'ops', 'ai', 'monitor', 'deploy'] as const;
export type Area = (typeof AREAS)[number];

/** Stages of an audit: each runs a set of checks against one kind of target. */
export const STAGES = ['repo', 'edge', 'email', 'api', 'ops'] as const;
export type StageName = (typeof STAGES)[number];

/** Rank of a severity: critical = 4 ... info = 0. */
export function severityRank(s: Severity): number {
  return 4 - SEVERITIES.indexOf(s);
}

export interface Location {
  /** files: path relative to the scanned root, POSIX separators */
  file?: string;
  line?: number;
  column?: number;
  endLine?: number;
  /** inclusive */
  endColumn?: number;
  /** the commit that introduced it (history findings only) */
  commit?: string;
  /** HTTP */
  url?: string;
  method?: string;
  /** OpenAPI template where known, else the concrete path */
  path?: string;
  /** DNS / TLS / email */
  host?: string;
  record?: string;
}

export interface WaiverInfo {
  owner: string;
  reason: string;
  expires?: string;
  /** how the waiver matched: 'id' or 'checkId+target' */
  matchedBy: 'id' | 'checkId' | 'checkId+target' | 'allowErrors';
}

export interface Finding {
  /** stable fingerprint (same finding, same id, across runs and line moves) */
  id: string;
  checkId: string;
  status: Status;
  severity: Severity;
  title: string;
  message: string;
  /** message id from the check's `messages` table (typescript-eslint habit: tests assert ids, not wording) */
  messageId?: string;
  data?: Record<string, string | number | boolean>;
  cwe?: string;
  owasp?: string;
  location?: Location;
  evidence?: string;
  remediation?: string;
  docsUrl?: string;
  /** set when a waiver accepted this risk; a waived finding stays in the report but not in the gate */
  waiver?: WaiverInfo;
  /** set by --baseline: new, unchanged (present in the baseline too) */
  baseline?: 'new' | 'unchanged';
  /** extra machine-readable facts (e.g. stillPresent for history secrets, curl for API findings) */
  meta?: Record<string, unknown>;
}

export interface Summary {
  critical: number;
  high: number;
  medium: number;
  low: number;
  info: number;
}

export interface CheckRunInfo {
  checkId: string;
  stage?: string;
  durationMs: number;
  status: 'ok' | 'error' | 'timeout' | 'skipped';
  requests?: number;
  error?: string;
}

export interface Report {
  schemaVersion: 1;
  tool: { name: 'launchready'; version: string };
  decision: 'GO' | 'NO-GO';
  startedAt: string;
  durationMs: number;
  summary: Summary;
  findings: Finding[];
  /** extensions (allowed by the contract: extend, never break) */
  gate?: { failOn: Severity; newOnly: boolean; blocking: number; explanation: string };
  errors?: number;
  /** error findings that no gate.allowErrors entry accepts; present only when there are some (decision NO-GO) */
  incomplete?: { errors: number; checks: string[] };
  /** the run was stopped before it finished (signal or --timeout); the decision is NO-GO */
  interrupted?: true;
  /** what stopped it: SIGINT, SIGTERM, --timeout 300s */
  interruptedBy?: string;
  waived?: number;
  fixed?: Finding[];
  checks?: CheckRunInfo[];
  target?: Record<string, unknown>;
  /** artefacts contributed by stages: system map, inventory, risk register inputs */
  sections?: Record<string, unknown>;
  requests?: number;
  /** API stage: route × check coverage matrix (tested / refused / n/a / error), with counts and reasons */
  coverage?: { routes: { method: string; path: string; checks: Record<string, 'tested' | 'refused' | 'n/a' | 'error'>; reasons?: Record<string, string> }[]; counts?: Record<string, number> };
  /** fix items by root cause, sorted by priority (contract `fixList`; built once by buildReport) */
  fixList?: FixItem[];
  /** risk register by finding id (built once by buildReport; reporters look it up, never rebuild it) */
  riskRegister?: RiskRegisterData;
  /** what was and was not tested, and which stages decided the verdict (the line next to GO / NO-GO) */
  basis?: VerdictBasis;
}
