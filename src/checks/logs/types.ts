import type { Severity } from '../../core/types.js';

/**
 * What the log scanner finds. One scan per file feeds every logs check (MDN Observatory's retriever pattern):
 * the checks only turn a `LogScan` into findings.
 */

/** Kinds, one per logs check (`logs/<kind>`). */
export const LOG_KINDS = ['secret', 'auth-token', 'session-id', 'password', 'card-number', 'bank-account', 'national-id', 'personal-data', 'webhook-payload', 'stack-trace'] as const;
export type LogKind = (typeof LOG_KINDS)[number];

/** Kinds whose findings are per distinct value (a credential to rotate); the others aggregate per file. */
export const PER_VALUE_KINDS: ReadonlySet<LogKind> = new Set(['secret', 'auth-token', 'session-id', 'password', 'card-number']);

/** One raw hit inside a chunk of text, before dedupe. */
export interface Hit {
  kind: LogKind;
  /** messageId of the check that reports it (bearer, jwt, url-userinfo, email-bulk, ...) */
  messageId: string;
  /** offset of the reported span in the chunk */
  index: number;
  length: number;
  /** the sensitive value (never output: masked, fingerprinted, registered with ctx.secret) */
  value: string;
  /** dedupe key (default: the value) */
  key?: string;
  /** rule id / provider / sub-kind, shown in the finding */
  label: string;
  severity?: Severity;
  /** extra facts for the finding (provider, rule, expired, categories...) */
  data?: Record<string, string | number | boolean>;
  /** overlap priority override (lower wins); default by kind */
  priority?: number;
}

export interface Loc {
  line: number;
  column: number;
  endColumn: number;
}

/** A distinct value (per-value kinds) or a messageId bucket (aggregate kinds). */
export interface Item {
  kind: LogKind;
  messageId: string;
  label: string;
  severity?: Severity;
  /** sha256 prefix of the value: stable id across runs, matches the redactor's (fp:...) */
  fp: string;
  /** masked value: prefix…(fp:xxxxxxxx) */
  masked: string;
  /** the raw value, kept only for the first `maxFindingsPerKind` items so checks can register it for masking */
  raw?: string;
  /** aggregate kinds: the first `maxFindingsPerKind` distinct raw values, registered for masking by the checks */
  raws?: string[];
  count: number;
  first: Loc;
  locations: Loc[];
  /** masked excerpt of the first line */
  excerpt: string;
  data?: Record<string, string | number | boolean>;
}

export interface KindResult {
  /** exact number of occurrences */
  count: number;
  /** distinct values (exact up to `distinctCap`, then a lower bound) */
  distinct: number;
  distinctCapped: boolean;
  /** per-value kinds: the first `maxFindingsPerKind` distinct values; aggregate kinds: one item per messageId */
  items: Item[];
  /** occurrences of values beyond the items cap */
  overflowCount: number;
  overflowDistinct: number;
  /** first line with an overflow value */
  overflowFirst?: Loc;
}

export interface LogScan {
  file: string;
  bytes: number;
  decompressedBytes: number;
  lines: number;
  gzip: boolean;
  /** how many lines parsed as JSON objects (JSON lines logs) */
  jsonLines: number;
  longLines: number;
  kinds: Record<LogKind, KindResult>;
  /** how provider secrets were looked for: the secrets engine's name, or why not */
  secretsEngine: { available: boolean; name: string; reason?: string };
  durationMs: number;
}

export interface ScanOptions {
  /** distinct values reported per kind per file (the rest is counted) */
  maxFindingsPerKind: number;
  /** locations kept per finding */
  maxLocations: number;
  /** distinct emails / phone numbers in one file before it counts as personal data in bulk */
  bulkEmails: number;
  bulkPhones: number;
  /** distinct values counted exactly per kind before the count becomes a lower bound (memory bound) */
  distinctCap: number;
  /** regular expressions of values that are not leaks (allowlist) */
  allow: RegExp[];
  /** JWTs whose exp is in the past are reported at low severity */
  now: Date;
  /** kinds to look for (default all) */
  kinds?: ReadonlySet<LogKind>;
}

export const DEFAULT_SCAN_OPTIONS: ScanOptions = {
  maxFindingsPerKind: 25,
  maxLocations: 10,
  bulkEmails: 5,
  bulkPhones: 5,
  distinctCap: 100_000,
  allow: [],
  now: new Date(0),
};
