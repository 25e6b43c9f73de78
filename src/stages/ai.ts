import type { Stage } from '../audit/stage.js';
import { aiChecks } from '../checks/ai/index.js';
import type { AiAuth, AiProbes, AiTarget } from '../checks/ai/types.js';
import { api as apiSection, type ApiIdentityConfig } from '../core/config/sections/api.js';
import type { AiEndpoint } from '../core/config/sections/ai.js';
import { ConfigError } from '../core/errors.js';
import type { CheckJob } from '../core/runner.js';
import { Canary } from '../probes/api-canary.js';
import { ApiClient } from '../probes/api-client.js';
import type { ApiIdentity } from '../probes/api-openapi.js';
import { stageHttp } from './http.js';

/**
 * The ai stage: for every LLM-backed endpoint in config `ai.endpoints`, the ai checks (one per attack class) share
 * one transcript of the red-team pack (src/checks/ai/payloads.ts). Only the endpoint hosts, seed URLs and
 * ai.allowHosts are contacted. An endpoint may log in as an identity (ai.identities, else api.identities: the
 * API engine's login code), and declares its quota so the pack paces itself under it.
 */

/** Sliding-window pacing under a declared quota, one window per endpoint (a margin of one request). */
class Pacer {
  private readonly sent = new Map<string, number[]>();
  async wait(e: AiEndpoint, signal?: AbortSignal): Promise<void> {
    if (!e.quota) return;
    const windowMs = e.quota.perSeconds * 1000;
    const max = Math.max(1, e.quota.requests - 1);
    for (;;) {
      if (signal?.aborted) return;
      const now = Date.now();
      const list = (this.sent.get(e.name) ?? []).filter((t) => now - t < windowMs);
      if (list.length < max) {
        list.push(now);
        this.sent.set(e.name, list);
        return;
      }
      await new Promise((r) => setTimeout(r, Math.max(20, windowMs - (now - list[0]!) + 10)));
    }
  }
}

export const aiStage: Stage = {
  name: 'ai',
  title: 'AI features',
  enabled: (config) => config.ai !== undefined,
  hosts: (config) => [...(config.ai?.endpoints.flatMap((e) => [e.url, ...e.seed.map((s) => s.request.url)]) ?? []), ...(config.ai?.allowHosts ?? [])],
  async plan(env) {
    const ai = env.config.ai!;
    const http = stageHttp(env);
    const identities = new Map<string, ApiIdentityConfig>();
    for (const i of env.config.api?.identities ?? []) identities.set(i.name, i);
    for (const i of ai.identities) identities.set(i.name, i);
    const problems = ai.endpoints.flatMap((e, i) => (e.identity && !identities.has(e.identity) ? [{ file: '<config>', field: `ai.endpoints[${i}].identity`, message: `no identity named "${e.identity}" in ai.identities or api.identities`, level: 'error' as const }] : []));
    if (problems.length) {
      await http.close();
      throw new ConfigError(problems);
    }
    for (const e of ai.endpoints) {
      for (const c of e.canaries) env.redactor.register(c);
      for (const v of Object.values(e.headers)) env.redactor.register(v);
      for (const v of e.otherUserData) env.redactor.register(v);
    }
    // One API client per endpoint origin: the API engine's login (JSON/form, token from body/header/cookie, CSRF).
    const clients = new Map<string, ApiClient>();
    const clientFor = (e: AiEndpoint): ApiClient => {
      const origin = new URL(e.url).origin;
      let c = clients.get(origin);
      if (!c) {
        const config = apiSection.parse({ baseUrl: origin, identities: [...identities.values()] });
        const ids: ApiIdentity[] = config.identities.map((i) => ({ name: i.name, role: i.role, guest: false, ...(i.tenant ? { tenant: i.tenant } : {}), ...(i.email ? { email: i.email } : {}), ...(i.password ? { password: i.password } : {}), config: i }));
        c = new ApiClient({ model: { baseUrl: new URL(origin), config, routes: [], identities: ids }, http, redactor: env.redactor, connectTo: env.connectTo });
        clients.set(origin, c);
      }
      return c;
    };
    const auths = new Map<string, Promise<AiAuth | undefined>>();
    const pacer = new Pacer();
    let canary: Promise<Canary> | undefined;
    const probes: AiProbes = {
      http,
      auth(e, checkId) {
        if (!e.identity) return Promise.resolve(undefined);
        let p = auths.get(e.name);
        if (!p) {
          const client = clientFor(e);
          const id = client.identity(e.identity)!;
          p = client.auth(id, checkId).then(
            (a) => ({ headers: a.headers, query: a.query }),
            (err: Error) => {
              throw new Error(`login as "${e.identity}" for AI endpoint "${e.name}" failed: ${err.message}`);
            },
          );
          auths.set(e.name, p);
        }
        return p;
      },
      canary: () => (canary ??= new Canary().start()),
      pace: (e, signal) => pacer.wait(e, signal),
    };
    const disabled = new Set(ai.checks.disable);
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
        if (canary) await (await canary).close();
      },
    };
  },
};
