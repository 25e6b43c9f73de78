import { setTimeout as sleep } from 'node:timers/promises';
import { defineCheck } from '../../core/check.js';
import type { DeploySection } from '../../core/config/sections/deploy.js';
import type { ProblemId } from '../../core/flow.js';
import type { HttpRequest, HttpResponse } from '../../probes/http.js';
import type { runFlow } from '../../probes/http-flow.js';

/**
 * deploy/smoke: each deploy.smoke entry is one HTTP request against the new release, with status, body and
 * latency assertions, retried while a release is still starting (deploy.retries). An unreachable release is a
 * failure (roll back), not "could not check": after a deploy it is the clearest reason to roll back.
 */

export type SmokeStep = DeploySection['smoke'][number];

export interface DeploySmokeTarget {
  steps: SmokeStep[];
  /** every step's absolute URL, resolved by the gate (relative ones against --base-url / deploy.baseUrl) */
  urls: string[];
  timeoutMs: number;
  retries: number;
  retryDelayMs: number;
}

export interface DeploySmokeProbes {
  /** the gate's allowlisted HTTP probe */
  http: { request(req: HttpRequest, checkId?: string, signal?: AbortSignal): Promise<HttpResponse> };
  /** the one HTTP flow engine (src/probes/http-flow.ts), handed in by the gate: checks do no I/O of their own */
  runFlow: typeof runFlow;
}

export interface SmokeOutcome {
  /** first failed assertion's message id, or 'ok' */
  messageId: 'ok' | ProblemId | 'unreachable';
  /** every failed assertion, in order */
  problems: string[];
  status?: number;
  ms?: number;
  evidence?: string;
}

/**
 * The smoke request execution: one deploy.smoke entry is a one-step flow through the one HTTP flow engine
 * (src/probes/http-flow.ts, judgement in src/core/flow.ts), the same one the ops canary and monitor flows use.
 * The check around it only retries and reports. A refused host, a spent budget and a stop throw (no verdict).
 */
export async function executeSmokeStep(step: SmokeStep, url: string, probes: DeploySmokeProbes, timeoutMs: number, signal?: AbortSignal): Promise<SmokeOutcome> {
  const method = step.method.toUpperCase();
  const label = step.name ?? `${method} ${new URL(url).pathname}`;
  const run = await probes.runFlow({ name: label, steps: [{ ...step, url, name: label }] }, { transport: probes.http, timeoutMs, checkId: 'deploy/smoke', ...(signal ? { signal } : {}) });
  const r = run.steps[0];
  if (!r) throw new Error(`smoke step ${label} produced no result`);
  // Unreachable after a deploy is the clearest reason to roll back: a failure, not "could not check".
  if (r.status === undefined) return { messageId: 'unreachable', problems: [r.problem ?? 'no response'] };
  const evidence = `${method} ${url}\nHTTP ${r.status} (${r.ms} ms, ${r.bodyBytes ?? 0} bytes)\n${r.excerpt ?? ''}`;
  if (!r.ok) return { messageId: r.problems[0]?.id ?? 'status', problems: r.problems.map((p) => p.text), status: r.status, ms: r.ms, evidence };
  return { messageId: 'ok', problems: [], status: r.status, ms: r.ms };
}

export default defineCheck<DeploySmokeTarget, DeploySmokeProbes>({
  id: 'deploy/smoke',
  title: 'Smoke check passes on the new release',
  problem: 'Smoke check fails on the new release: roll back',
  titles: {
    status: 'Smoke check {{label}} fails: unexpected HTTP status',
    'body-missing': 'Smoke check {{label}} fails: expected text missing from the body',
    'body-forbidden': 'Smoke check {{label}} fails: forbidden text in the body',
    slow: 'Smoke check {{label}} too slow',
    unreachable: 'Smoke check {{label}} unreachable',
    'body-mismatch': 'Smoke check {{label}} fails: body does not match',
    'header-missing': 'Smoke check {{label}} fails: expected header missing',
    'header-mismatch': 'Smoke check {{label}} fails: header value differs',
    extract: 'Smoke check {{label}} fails: a value could not be extracted',
    edge: 'Smoke check {{label}} fails: blocked by the CDN/WAF',
  },
  area: 'deploy',
  mode: 'active',
  description: 'Each deploy.smoke entry: one HTTP request to the new release (redirects not followed) with status, body and latency assertions, retried per deploy.retries.',
  severity: 'critical',
  // every entry, each attempt up to deploy.timeoutMs plus the retry delays; the run's --timeout still bounds it
  timeoutMs: 30 * 60_000,
  messages: {
    ok: '{{label}}: HTTP {{status}} in {{ms}} ms.',
    status: '{{label}}: {{problems}}.{{attempts}}',
    'body-missing': '{{label}}: {{problems}}.{{attempts}}',
    'body-forbidden': '{{label}}: {{problems}}.{{attempts}}',
    slow: '{{label}}: {{problems}}.{{attempts}}',
    unreachable: '{{label}}: {{problems}}{{attempts}}',
    'body-mismatch': '{{label}}: {{problems}}.{{attempts}}',
    'header-missing': '{{label}}: {{problems}}.{{attempts}}',
    'header-mismatch': '{{label}}: {{problems}}.{{attempts}}',
    extract: '{{label}}: {{problems}}.{{attempts}}',
    edge: '{{label}}: {{problems}}.{{attempts}}',
    none: 'deploy.smoke lists no request: nothing to check.',
  },
  remediation: 'Roll back to the last release that passed the gate, then fix and redeploy.',
  async run(ctx) {
    const { steps, urls, timeoutMs, retries, retryDelayMs } = ctx.target;
    if (steps.length === 0) {
      ctx.report({ messageId: 'none', status: 'skipped', severity: 'info', target: 'smoke' });
      return;
    }
    for (const [i, step] of steps.entries()) {
      const url = urls[i]!;
      const method = step.method.toUpperCase();
      const label = step.name ?? `${method} ${new URL(url).pathname}`;
      let out: SmokeOutcome | undefined;
      let attempts = 0;
      for (let attempt = 0; attempt <= retries; attempt++) {
        if (attempt > 0) await sleep(retryDelayMs, undefined, { signal: ctx.signal });
        attempts++;
        out = await executeSmokeStep(step, url, ctx.probes, timeoutMs, ctx.signal);
        if (out.messageId === 'ok') break;
      }
      const ok = out!.messageId === 'ok';
      ctx.report({
        messageId: out!.messageId,
        status: ok ? 'pass' : 'fail',
        severity: ok ? 'info' : 'critical',
        data: {
          label,
          status: out!.status ?? 0,
          ms: out!.ms ?? 0,
          problems: out!.problems.join('; '),
          attempts: !ok && attempts > 1 ? ` (after ${attempts} attempts)` : '',
        },
        location: { url, method, host: new URL(url).hostname },
        // as before this check existed: the step's name and request identify it, whatever the base URL
        target: `${step.name ?? ''}|${method} ${step.url}`,
        ...(ok ? { title: `Smoke check ${label} passes` } : {}),
        ...(out!.evidence && !ok ? { evidence: out!.evidence } : {}),
        meta: { attempts, ...(out!.status !== undefined ? { httpStatus: out!.status } : {}), ...(out!.ms !== undefined ? { ms: out!.ms } : {}) },
      });
    }
  },
});
