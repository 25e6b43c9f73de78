import { fillString } from './template.js';
import type { Retrieval } from './evidence.js';
import type { Area, Finding, Location, Severity, Status } from './types.js';

export type { Retrieval };

/**
 * A check is one small unit: an id, a messages table and a `run` over a context (secretlint's rule shape,
 * typescript-eslint's one-name-three-files habit). Checks report raw facts through `ctx.report`; ids,
 * masking, waivers, sorting and the gate happen once, centrally, in the runner and core.
 */

export interface ReportInput {
  /** key of the check's `messages` table; the message text is built from it and `data` */
  messageId: string;
  data?: Record<string, string | number | boolean>;
  /** default 'fail' */
  status?: Status;
  /** default: the check's severity */
  severity?: Severity;
  location?: Location;
  /** redacted centrally, but never pass a whole secret on purpose: pass it through ctx.secret() too */
  evidence?: string;
  remediation?: string;
  title?: string;
  cwe?: string;
  owasp?: string;
  /**
   * Extra stable component of the fingerprint beyond checkId + messageId + location key
   * (e.g. the hash of a secret so two secrets in one file are two findings).
   */
  fingerprintKey?: string;
  /** Replace the location-derived target part of the fingerprint. */
  target?: string;
  meta?: Record<string, unknown>;
}

export interface CheckContext<T = unknown, P = unknown> {
  readonly checkId: string;
  /** the stage target: repo root, host list, API config, ... */
  readonly target: T;
  /** I/O handles scoped by the runner (budget, allowlist, rate); checks never import net/fs themselves */
  readonly probes: P;
  readonly options: Record<string, unknown>;
  /** aborted when the check times out or the run is cancelled */
  readonly signal: AbortSignal;
  /**
   * Shared evidence (Observatory's retriever): `produce` runs once per key under the stage's scope, not the
   * asking check's: use `r.signal` and charge requests to `r.requester`, never `ctx.signal`/`ctx.checkId`, so one
   * check's timeout or budget never becomes another's. The time a check waits here does not count against its
   * own timeout (the stage's retrieval deadline bounds it). A failed retrieval rejects with an EvidenceError
   * naming the key and the reason (→ `status: error`). Values should be plain JSON: those are saved by
   * `--save-evidence` and replayed as seen by `--from-evidence`.
   */
  evidence<V>(key: string, produce: (r: Retrieval) => Promise<V>): Promise<V>;
  report(input: ReportInput): void;
  /** register a value that must be masked wherever it appears in output */
  secret(value: string | undefined | null): void;
  log(message: string): void;
}

export interface Check<T = any, P = any> {
  id: string;
  /** what holds when the check passes ("TLS 1.0 / 1.1 refused"); the title of pass findings and of --list */
  title: string;
  /**
   * What is wrong when it fails or warns ("Legacy TLS 1.0 / 1.1 accepted"): the title of fail/warn findings.
   * test/meta.test.ts holds that it states a problem and is not phrased as a passing condition.
   */
  problem?: string;
  /** per message id, a more precise fail/warn title ({{data}} placeholders as in messages) */
  titles?: Record<string, string>;
  area: Area;
  /** passive: pure function of evidence; active: sends requests of its own */
  mode: 'passive' | 'active';
  /** one-line description for docs and --list */
  description: string;
  severity: Severity;
  cwe?: string;
  owasp?: string;
  messages: Record<string, string>;
  remediation?: string;
  /** default per-check timeout override (ms) */
  timeoutMs?: number;
  run(ctx: CheckContext<T, P>): Promise<void> | void;
}

const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:[-.][a-z0-9]+)*$/;

export function defineCheck<T = any, P = any>(check: Check<T, P>): Check<T, P> {
  if (!ID_RE.test(check.id)) throw new Error(`check id "${check.id}" must look like area/name (lowercase, dashes)`);
  if (!check.id.startsWith(`${check.area}/`)) throw new Error(`check id "${check.id}" must start with its area "${check.area}/"`);
  if (Object.keys(check.messages).length === 0) throw new Error(`check ${check.id} has no messages`);
  return Object.freeze(check);
}

/** `{{name}}` placeholders, as in ESLint message templates (the one grammar, src/core/template.ts). */
export function formatMessage(template: string, data: Record<string, unknown> = {}): string {
  return fillString(template, data);
}

/** Path of a check's doc page, relative to the repo root. */
export function docsPath(checkId: string): string {
  // the ~290 secrets rules share one page with a row (anchor) per rule (issue 20)
  if (checkId.startsWith('secrets/')) return `docs/checks/secrets.md#${checkId.slice('secrets/'.length)}`;
  return `docs/checks/${checkId.replace('/', '-')}.md`;
}

export type { Finding };
