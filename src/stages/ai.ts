import type { Stage } from '../audit/stage.js';
import { aiChecks } from '../checks/ai/index.js';
import type { AiProbes, AiTarget } from '../checks/ai/types.js';
import type { CheckJob } from '../core/runner.js';
import { stageHttp } from './http.js';

/**
 * The ai stage: for every LLM-backed endpoint in config `ai.endpoints`, the four ai checks share one transcript
 * of the eval pack (src/checks/ai/payloads.ts). Only the endpoint hosts (and ai.allowHosts) are contacted.
 */
export const aiStage: Stage = {
  name: 'ai',
  title: 'AI features',
  enabled: (config) => config.ai !== undefined,
  hosts: (config) => [...(config.ai?.endpoints.map((e) => e.url) ?? []), ...(config.ai?.allowHosts ?? [])],
  async plan(env) {
    const ai = env.config.ai!;
    const http = stageHttp(env);
    for (const e of ai.endpoints) {
      for (const c of e.canaries) env.redactor.register(c);
      for (const v of Object.values(e.headers)) env.redactor.register(v);
      for (const v of e.otherUserData) env.redactor.register(v);
    }
    const disabled = new Set(ai.checks.disable);
    const probes: AiProbes = { http };
    const jobs: CheckJob<AiTarget, AiProbes>[] = [];
    for (const endpoint of ai.endpoints) {
      for (const check of aiChecks) {
        if (disabled.has(check.id) || (env.include && !env.include(check.id))) continue;
        jobs.push({ check, target: { endpoint }, targetLabel: endpoint.name, probes, stage: 'ai' });
      }
    }
    return {
      jobs: jobs as CheckJob[],
      target: { endpoints: ai.endpoints.map((e) => ({ name: e.name, url: e.url })) },
      async finish() {
        await http.close();
      },
    };
  },
};
