import type { SmokeConfig, SmokeFlowConfig } from '../../core/config/sections/ops.js';
import type { HttpRequest, HttpResponse } from '../../probes/http.js';
import type { FlowRun, runFlow } from '../../probes/http-flow.js';

/**
 * The canary: runs the configured critical flows once, in order, through the one flow engine
 * (src/probes/http-flow.ts, injected by the ops stage) over the stage's HttpProbe (allowlist, budget, timeouts).
 * One run is shared by ops/smoke-flow and ops/smoke-waf (ctx.evidence). No sockets here.
 */

export interface SmokeTarget {
  smoke: SmokeConfig;
}
export interface SmokeProbes {
  http: { request(req: HttpRequest, checkId?: string, signal?: AbortSignal): Promise<HttpResponse> };
  /** the flow executor (src/probes/http-flow.ts runFlow) */
  runFlow: typeof runFlow;
  /** filled by the run, read by the stage for the timings section */
  results?: FlowResult[];
}

export type { EdgeBlock } from '../../core/flow.js';
export type { StepResult } from '../../probes/http-flow.js';

export type FlowResult = Omit<FlowRun, 'flow'> & { flow: SmokeFlowConfig };

export interface RunHooks {
  secret(v: string | undefined): void;
  signal?: AbortSignal;
  checkId: string;
}

export async function runSmoke(target: SmokeTarget, probes: SmokeProbes, hooks: RunHooks): Promise<FlowResult[]> {
  const { smoke } = target;
  const out: FlowResult[] = [];
  for (const flow of smoke.flows) {
    hooks.signal?.throwIfAborted();
    const run = await probes.runFlow(flow, {
      transport: probes.http,
      baseUrl: smoke.baseUrl,
      variables: smoke.variables,
      secretNames: smoke.secrets,
      secret: (v) => hooks.secret(v),
      timeoutMs: smoke.timeoutMs,
      maxMs: smoke.maxMs,
      checkId: hooks.checkId,
      signal: hooks.signal,
    });
    const fr: FlowResult = { ...run, flow };
    out.push(fr);
    probes.results?.push(fr);
  }
  return out;
}
