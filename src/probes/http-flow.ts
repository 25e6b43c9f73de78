import type { FlowStep } from '../core/config/flow.js';
import {
  buildRequest,
  detectEdgeBlock,
  extractVars,
  FlowStepError,
  isWrite,
  judgeResponse,
  SECRET_VAR_NAME,
  stepNeedsBody,
  undoUnresolved,
  updateJar,
  type EdgeBlock,
  type FlowProblem,
  type Vars,
} from '../core/flow.js';
import type { HttpRequest, HttpResponse } from './http.js';

/**
 * The one HTTP flow executor (issue 20): runs a flow's steps in order, carrying `{{var}}` values and cookies from
 * step to step, then its undo steps when it wrote. Every request goes through a {@link FlowTransport}: the
 * audit's HttpProbe (allowlist, budget, per-host rate, timeouts, capped bodies) for `launchready gate` and the
 * ops canary, the monitor's keep-alive pool (src/monitor/probes.ts) for monitors. Judgement is src/core/flow.ts.
 */

/** What sends one request; HttpProbe is one. A refused host throws an error with code E_TARGET_REFUSED. */
export interface FlowTransport {
  request(req: HttpRequest, checkId?: string, signal?: AbortSignal): Promise<HttpResponse>;
}

export interface FlowDefinition {
  name: string;
  steps: readonly FlowStep[];
  /** run after the steps when any step wrote (and every variable they name was extracted), even after a failure */
  undo?: readonly FlowStep[];
}

export interface FlowRunOptions {
  transport: FlowTransport;
  /** relative step URLs are appended to it */
  baseUrl?: string | undefined;
  /** initial `{{var}}` values */
  variables?: Record<string, string>;
  /** variable names whose values are secrets (masked), besides names like token/password */
  secretNames?: readonly string[];
  /** registers a value to mask everywhere (extracted secrets, cookie values) */
  secret?(value: string): void;
  timeoutMs: number;
  /** default soft latency budget of a step (its maxMs wins) */
  maxMs?: number | undefined;
  /** charged to this check in the request budget */
  checkId?: string;
  signal?: AbortSignal | undefined;
  /** keep this many characters of a failed step's body as evidence (default 300) */
  excerptChars?: number;
  /**
   * body bytes kept when no assertion or extraction reads the body (default 64 KiB: evidence excerpts and the edge
   * signatures that live in block pages); the monitor passes 0 and its transport then drains the body unread
   */
  unjudgedBodyBytes?: number;
}

export interface StepResult {
  flow: string;
  step: string;
  phase: 'step' | 'undo';
  method: string;
  /** path of the URL, for locations and timing tables */
  path: string;
  url: string;
  status?: number;
  /** whole milliseconds, for reports */
  ms: number;
  /** one decimal, for the monitor's latency series */
  latencyMs: number;
  ok: boolean;
  /** every assertion the response broke (empty when ok or unreachable) */
  problems: FlowProblem[];
  /** the first problem, one line (a transport error when nothing came back) */
  problem?: string;
  /** the soft budget (maxMs) was exceeded; the step still passed */
  slow?: boolean;
  maxMs?: number;
  edge?: EdgeBlock;
  bodyBytes?: number;
  /** the first characters of the body of a failed step */
  excerpt?: string;
}

export interface FlowRun {
  flow: string;
  ok: boolean;
  /** the first failing step and why */
  failedStep?: string;
  reason?: string;
  /** no response at the failing step (connection refused, timeout, DNS, budget) */
  unreachable?: boolean;
  undoFailed?: boolean;
  steps: StepResult[];
  totalMs: number;
  /** sum of the steps' one-decimal latencies */
  latencyMs: number;
}

async function runStep(step: FlowStep, idx: number, phase: 'step' | 'undo', flow: FlowDefinition, vars: Vars, jar: Vars, o: FlowRunOptions): Promise<StepResult> {
  const name = step.name ?? `${phase} ${idx + 1}`;
  const maxMs = step.maxMs ?? o.maxMs;
  const base: StepResult = { flow: flow.name, step: name, phase, method: step.method.toUpperCase(), path: '', url: step.url, ms: 0, latencyMs: 0, ok: false, problems: [], ...(maxMs !== undefined ? { maxMs } : {}) };
  let req;
  try {
    req = buildRequest(step, vars, jar, o.baseUrl);
  } catch (err) {
    if (!(err instanceof FlowStepError)) throw err;
    return { ...base, problem: err.message };
  }
  const result: StepResult = { ...base, url: req.url, path: new URL(req.url).pathname };
  const started = performance.now();
  let res: HttpResponse;
  try {
    // a body nobody judges is only kept for evidence (the monitor's hot path keeps none); edge headers are always seen
    const keep = stepNeedsBody(step) || req.expectJson;
    res = await o.transport.request(
      { url: req.url, method: req.method, headers: req.headers, ...(req.body !== undefined ? { body: req.body } : {}), timeoutMs: o.timeoutMs, ...(keep ? {} : { maxBodyBytes: o.unjudgedBodyBytes ?? 65_536 }) },
      o.checkId,
      o.signal,
    );
  } catch (err) {
    // a host the config does not name (exit 2) or a spent request budget is "could not check", never a failed step
    const code = (err as { code?: string }).code;
    if (code === 'E_TARGET_REFUSED' || code === 'E_BUDGET') throw err;
    const elapsed = performance.now() - started;
    result.ms = Math.round(elapsed);
    result.latencyMs = Math.round(elapsed * 10) / 10;
    result.problem = (err as Error).message;
    return result;
  }
  result.latencyMs = Math.round(res.timings.totalMs * 10) / 10;
  result.ms = Math.round(res.timings.totalMs);
  result.status = res.status;
  result.bodyBytes = res.bodyBytes;
  for (const v of updateJar(jar, res.setCookies)) o.secret?.(v);
  const edge = detectEdgeBlock(res, req.expectJson);
  if (edge) result.edge = edge;
  result.problems = judgeResponse(step, res, result.latencyMs, vars);
  if (!result.problems.length) {
    const ex = extractVars(step, res, jar);
    for (const [k, v] of ex.values) {
      if (SECRET_VAR_NAME.test(k) || o.secretNames?.includes(k)) o.secret?.(v);
      vars.set(k, v);
    }
    if (ex.problem) result.problems.push(ex.problem);
  }
  if (edge && !result.problems.length) result.problems.push({ id: 'edge', text: `${edge.vendor} ${edge.kind} (${edge.evidence})` });
  result.ok = result.problems.length === 0;
  if (!result.ok) {
    result.problem = result.problems[0]!.text;
    result.excerpt = res.body.slice(0, o.excerptChars ?? 300);
  }
  result.slow = result.ok && maxMs !== undefined && result.ms > maxMs;
  return result;
}

/**
 * Runs one flow: steps in order until the first failure, then (when a step wrote) the undo steps. A host the
 * allowlist refuses and a spent request budget throw (the caller's exit 2 / status error); every other failure
 * (no answer, a broken assertion, a failed extraction) is in the result.
 */
export async function runFlow(flow: FlowDefinition, o: FlowRunOptions): Promise<FlowRun> {
  for (const [k, v] of Object.entries(o.variables ?? {})) if (SECRET_VAR_NAME.test(k) || o.secretNames?.includes(k)) o.secret?.(v);
  const vars: Vars = new Map(Object.entries(o.variables ?? {}));
  const jar: Vars = new Map();
  const fr: FlowRun = { flow: flow.name, ok: true, steps: [], totalMs: 0, latencyMs: 0 };
  const add = (r: StepResult) => {
    fr.steps.push(r);
    fr.totalMs += r.ms;
    fr.latencyMs = Math.round((fr.latencyMs + r.latencyMs) * 10) / 10;
  };
  let wrote = false;
  for (let i = 0; i < flow.steps.length; i++) {
    o.signal?.throwIfAborted();
    const step = flow.steps[i]!;
    if (isWrite(step.method)) wrote = true;
    const r = await runStep(step, i, 'step', flow, vars, jar, o);
    add(r);
    if (!r.ok) {
      fr.ok = false;
      fr.failedStep = r.step;
      fr.reason = r.problem ?? 'failed';
      fr.unreachable = r.status === undefined;
      break;
    }
  }
  const undo = flow.undo ?? [];
  // undo whatever a write flow did, even when a later step failed; a write that never happened (its id was never
  // extracted) has nothing to undo
  if (undo.length && wrote && !undoUnresolved(undo, vars)) {
    for (let i = 0; i < undo.length; i++) {
      const r = await runStep(undo[i]!, i, 'undo', flow, vars, jar, o);
      add(r);
      if (!r.ok) {
        fr.ok = false;
        fr.undoFailed = true;
        fr.failedStep ??= r.step;
        fr.reason ??= `undo failed: ${r.problem ?? 'failed'}`;
        break;
      }
    }
  }
  return fr;
}
