import type { StageEnv } from '../audit/stage.js';
import { HttpProbe, type HttpProbeOptions } from '../probes/http.js';

/**
 * The HTTP probe a stage uses: the run's allowlist, budget, --connect-to and --resolver, the config's rate and
 * timeout, and the evidence hook. `overrides` wins (a stage's own rate, timeout, CA or exchange log).
 */
export function stageHttp(env: StageEnv, overrides: Partial<HttpProbeOptions> = {}): HttpProbe {
  const opts: HttpProbeOptions = {
    allow: env.allow,
    budget: env.budget,
    rate: env.config.network.rate,
    timeoutMs: env.config.network.timeoutMs,
    connectTo: env.connectTo,
    ...(env.resolver ? { resolver: env.resolver } : {}),
    ...(env.onExchange ? { onExchange: env.onExchange } : {}),
    ...overrides,
  };
  return env.evidenceProbes ? env.evidenceProbes.http(opts) : new HttpProbe(opts);
}
