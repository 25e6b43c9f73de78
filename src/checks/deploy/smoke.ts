import { setTimeout as sleep } from 'node:timers/promises';
import { defineCheck } from '../../core/check.js';
import type { DeploySection } from '../../core/config/sections/deploy.js';
import { statusMatches } from '../../core/template.js';
import type { HttpRequest, HttpResponse } from '../../probes/http.js';

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
}

export interface SmokeOutcome {
  /** first failed assertion's message id, or 'ok' */
  messageId: 'ok' | 'status' | 'body-missing' | 'body-forbidden' | 'slow' | 'unreachable';
  /** every failed assertion, in order */
  problems: string[];
  status?: number;
  ms?: number;
  evidence?: string;
}

/**
 * The smoke request execution, in one function: one request and its assertions. The http-flow engine (issue 20)
 * replaces this body; the check around it only retries and reports.
 */
export async function executeSmokeStep(step: SmokeStep, url: string, http: DeploySmokeProbes['http'], timeoutMs: number, signal?: AbortSignal): Promise<SmokeOutcome> {
  const method = step.method.toUpperCase();
  let res: HttpResponse;
  try {
    res = await http.request({ url, method: step.method, headers: step.headers, ...(step.body !== undefined ? { body: step.body } : {}), timeoutMs }, 'deploy/smoke', signal);
  } catch (err) {
    if (signal?.aborted) throw err; // the run was stopped: the runner reports it, this is no verdict on the release
    if ((err as { code?: string }).code === 'E_TARGET_REFUSED') throw err; // never a verdict: the gate could not look
    return { messageId: 'unreachable', problems: [(err as Error).message] };
  }
  const problems: { id: SmokeOutcome['messageId']; text: string }[] = [];
  if (!statusMatches(res.status, step.expectStatus)) problems.push({ id: 'status', text: `status ${res.status}, expected ${step.expectStatus.join(' or ')}` });
  for (const c of step.bodyContains) if (!res.body.includes(c)) problems.push({ id: 'body-missing', text: `body does not contain "${c}"` });
  for (const c of step.bodyNotContains) if (res.body.includes(c)) problems.push({ id: 'body-forbidden', text: `body contains "${c}"` });
  const ms = Math.round(res.timings.totalMs);
  if (step.maxLatencyMs !== undefined && ms > step.maxLatencyMs) problems.push({ id: 'slow', text: `took ${ms} ms, budget ${step.maxLatencyMs} ms` });
  const evidence = `${method} ${url}\nHTTP ${res.status} (${ms} ms, ${res.bodyBytes} bytes)\n${res.body.slice(0, 300)}`;
  return { messageId: problems[0]?.id ?? 'ok', problems: problems.map((p) => p.text), status: res.status, ms, evidence };
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
        out = await executeSmokeStep(step, url, ctx.probes.http, timeoutMs, ctx.signal);
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
