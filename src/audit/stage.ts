import type { RequestBudget } from '../core/budget.js';
import type { Config } from '../core/config/schema.js';
import type { Redactor } from '../core/redact.js';
import type { CheckJob } from '../core/runner.js';
import type { Allowlist, ConnectToRule } from '../probes/net.js';
import type { HttpExchange } from '../probes/http.js';
import type { EvidenceProbes } from '../probes/evidence-http.js';
import type { Finding } from '../core/types.js';
import type { Baseline } from '../core/policy.js';

/**
 * A stage turns one config section into check jobs: it builds the stage target and the probes (scoped by
 * allowlist and budget) and picks checks from the registry. Stages are the only glue between config,
 * probes and checks; the CLI, monitor and dashboard call `runAudit`, never a stage's internals.
 */
export interface StageEnv {
  config: Config;
  /** folder of the config file: relative paths in the config resolve against it */
  configDir: string;
  redactor: Redactor;
  budget: RequestBudget;
  allow: Allowlist;
  connectTo: ConnectToRule[];
  resolver?: string;
  /** only checks whose id passes this filter (commands like `secrets` narrow a stage) */
  include?(checkId: string): boolean;
  /** options from the command line that a stage understands (e.g. history, baseline) */
  flags: Record<string, unknown>;
  /** every HTTP exchange, for the evidence log */
  onExchange?(x: HttpExchange): void;
  signal?: AbortSignal;
  /**
   * --save-evidence / --from-evidence: stages build their HTTP, DNS and TLS probes through this (recording every
   * exchange, or answering from the saved ones without a socket); absent = plain probes.
   */
  evidenceProbes?: EvidenceProbes;
  now(): Date;
  /** inputs a stage could not read (error findings: the run is incomplete) or chose not to read (listed) */
  inputs?: InputLedger;
}

/**
 * Nothing is skipped silently: probes and stages record here every input they could not read (permission
 * denied, corrupt git object) and every one they chose not to read (too large, binary). runAudit turns the
 * first into `policy/unreadable-input` error findings and the second into one `policy/skipped-input` list.
 */
export interface InputLedger {
  unreadable(stage: string, path: string, reason: string): void;
  skipped(stage: string, path: string, reason: string): void;
}

export interface StagePlan {
  jobs: CheckJob[];
  /** what the stage learned that the report shows (system map, inventory...) */
  sections?: Record<string, unknown>;
  target?: Record<string, unknown>;
  /**
   * The stage's retrieval deadline (ms; default network.checkTimeoutMs): each shared evidence retrieval of the
   * stage (`ctx.evidence`) runs under the run's signal and this deadline, whichever check asked first.
   */
  retrievalTimeoutMs?: number;
  /** a baseline the stage's config names (repo.baseline); runAudit merges it with --baseline for core/policy */
  baseline?: Baseline;
  /** runs after the checks: close probes, stop canary listeners, collect sections */
  finish?(): Promise<Record<string, unknown> | void>;
  /**
   * Runs after every stage's checks and finish(), with all findings of the run (raw: not yet redacted, so
   * read data/meta/fingerprints, never copy message or evidence text); returns report sections.
   */
  summarize?(findings: readonly Finding[]): Promise<Record<string, unknown> | void>;
}

export interface Stage {
  name: string;
  title: string;
  /** does the config ask for this stage? */
  enabled(config: Config): boolean;
  /** hosts this stage's config names, added to the allowlist before any stage plans */
  hosts?(config: Config): string[];
  plan(env: StageEnv): Promise<StagePlan>;
}
