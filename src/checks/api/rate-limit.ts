import { defineCheck } from '../../core/check.js';
import { csrfRefused } from '../../core/http-facts.js';
import type { Severity } from '../../core/types.js';
import type { ApiExchange, ApiProbes } from './lib/types.js';
import { findFlow, flowBody, flowHeaders, flowIdentity, isThrottled, resolveFlow, type Flow } from './lib/flows.js';
import { budgetLeft, reportExchange, type ApiCtx } from './lib/util.js';
import { createHmac } from 'node:crypto';

/**
 * Brute-force surfaces must push back (OWASP Authentication and Forgot Password cheat sheets; ASVS V2.2.1):
 * bounded bursts of api.rateLimit.burst requests go to login, password reset, signup, invite and webhooks, and
 * the first 429 / 423 / Retry-After / "too many attempts" / lockout answer ends the burst as a pass. Limits per
 * IP + account are honoured: login and reset first burst on one unknown account (no real account is locked),
 * and only if that is not throttled on the identity's own account, where a lockout also counts.
 * Runs last (phase 4) because a lockout could disturb other checks.
 */

interface Target {
  kind: string;
  severity: Severity;
  cwe: string;
  send(i: number, account: 'decoy' | 'real'): Promise<ApiExchange>;
  twoStage: boolean;
  path: string;
  method: string;
}

// A burst whose first answer says the route is not there (or not for this method) proves nothing about limits.
const UNREACHED = new Set([404, 405, 501]);

/** A refusal by a CSRF check: the handler never ran. */
export const csrfRefusal = csrfRefused;

async function burst(ctx: ApiCtx, t: Target, account: 'decoy' | 'real', n: number): Promise<{ throttledAt?: number; last?: ApiExchange; first?: ApiExchange; sent: number; unreached?: boolean }> {
  let first: ApiExchange | undefined;
  let last: ApiExchange | undefined;
  for (let i = 0; i < n; i++) {
    if (ctx.signal.aborted) break;
    const x = await t.send(i, account);
    first ??= x;
    last = x;
    if (i === 0 && (UNREACHED.has(x.status) || csrfRefusal(x.status, x.response.body))) return { last, first, sent: 1, unreached: true };
    // A change of status class mid-burst (401 → 403 "locked") is a lockout even without the words.
    if (isThrottled(x.status, x.response.headers, x.response.body) || (i > 1 && first.status !== x.status && x.status >= 400 && x.status !== 401 && x.status !== 400 && x.status !== 404)) return { throttledAt: i + 1, last, first, sent: i + 1 };
  }
  return { ...(last ? { last } : {}), ...(first ? { first } : {}), sent: n };
}

export default defineCheck<unknown, ApiProbes>({
  id: 'api/rate-limit',
  title: 'No rate limit on a brute-force surface',
  area: 'api',
  mode: 'active',
  description: 'Sends bounded bursts to login, password reset, signup, invite and webhooks and looks for 429, lockout or Retry-After.',
  severity: 'high',
  cwe: 'CWE-307',
  owasp: 'API4:2023',
  remediation: 'Throttle per account and per IP (e.g. 5 failed logins per account per 15 minutes, with exponential backoff), answer 429 with `Retry-After`, and alert on bursts.',
  timeoutMs: 90_000,
  messages: {
    unlimited: '{{count}} {{kind}} requests in a burst to {{method}} {{path}} were all answered without throttling (last: HTTP {{status}}).',
    limited: '{{kind}} at {{path}} throttles after {{after}} requests ({{how}}).',
    writesSkipped: '{{kind}} was not burst-tested because api.allowWrites is false (each request creates data).',
    unreached: '{{kind}} at {{method}} {{path}} answered HTTP {{status}}: the route was not reached, so its rate limit was not judged (check the flow\'s path and method, or set login.csrf when a CSRF check refused it).',
    unfilled: '{{kind}} at {{method}} {{path}} was not burst-tested: no discovered object fills its path parameters (write the concrete path in the config).',
    budget: 'Not tested: {{needed}} requests needed, {{left}} left in the budget.',
    noSurfaces: 'No login, reset, signup, invite or webhook endpoint is known (identities[].login, api.reset, api.signup, api.invite, api.webhooks or x-launchready-flow).',
  },
  async run(ctx) {
    const { client, model } = ctx.probes;
    const n = model.config.rateLimit.burst;
    const who = flowIdentity(ctx);
    const targets: Target[] = [];
    const decoy = () => `launchready-rl-${client.nonce()}@example.invalid`;
    const unfilled: Flow[] = [];
    const mk = (f: Flow & { template?: string }, severity: Severity, cwe: string, twoStage: boolean, vars: (i: number, account: 'decoy' | 'real', decoyEmail: string) => Record<string, string | undefined>): Target => {
      const decoyEmail = decoy();
      return {
        kind: f.kind,
        severity,
        cwe,
        twoStage,
        path: f.template ?? f.path,
        method: f.method,
        send: async (i, account) => client.send({ ...(f.as ? { as: f.as } : {}), method: f.method, path: f.path, ...flowBody(f, vars(i, account, decoyEmail)), headers: await flowHeaders(ctx, f), retryOn401: false }, ctx.checkId, ctx.signal),
      };
    };
    const resolve = async (f: Flow | undefined) => {
      if (!f) return undefined;
      const r = await resolveFlow(ctx, f);
      if (!r) unfilled.push(f);
      return r;
    };
    const login = await resolve(findFlow(ctx, 'login'));
    if (login) targets.push(mk(login, 'high', 'CWE-307', !!who?.email, (i, a, d) => ({ email: a === 'real' ? who?.email : d, password: `wrong-password-${i}-launchready`, nonce: client.nonce() })));
    const reset = await resolve(findFlow(ctx, 'reset-request'));
    if (reset) targets.push(mk(reset, 'medium', 'CWE-770', !!who?.email, (_i, a, d) => ({ email: a === 'real' ? who?.email : d, nonce: client.nonce() })));
    const writes = model.config.allowWrites;
    for (const kind of ['signup', 'invite'] as const) {
      const found = findFlow(ctx, kind);
      if (!found) continue;
      if (!writes) {
        const f = found;
        ctx.report({ messageId: 'writesSkipped', status: 'skipped', severity: 'info', data: { kind }, target: `${kind}:${f.path}` });
        continue;
      }
      const f = await resolve(found);
      if (!f) continue;
      // signup bursts reuse one existing address (no accounts pile up); invites need fresh addresses.
      targets.push(mk(f, 'medium', 'CWE-770', false, () => ({ email: kind === 'signup' && who?.email ? who.email : decoy(), password: `Launchready-${client.nonce()}-Pw1`, nonce: client.nonce() })));
    }
    for (const w of model.config.webhooks) {
      targets.push({
        kind: 'webhook',
        severity: 'low',
        cwe: 'CWE-770',
        twoStage: false,
        path: w.path,
        method: 'POST',
        send: (i) => {
          const body = JSON.stringify({ id: `evt_launchready_rl_${i}_${client.nonce()}`, type: 'launchready.test', data: { object: {} } });
          const bad = createHmac('sha256', 'launchready-wrong-secret').update(body).digest('hex');
          const header = w.header ?? (w.scheme === 'stripe' ? 'stripe-signature' : w.scheme === 'github' ? 'x-hub-signature-256' : 'x-signature');
          const value = w.scheme === 'stripe' ? `t=${Math.floor(Date.now() / 1000)},v1=${bad}` : w.scheme === 'github' ? `sha256=${bad}` : bad;
          return client.send({ method: 'POST', path: w.path, body, headers: { [header]: value } }, ctx.checkId, ctx.signal);
        },
      });
    }
    for (const f of unfilled) ctx.report({ messageId: 'unfilled', status: 'error', data: { kind: f.kind, method: f.method, path: f.path }, location: { method: f.method, path: f.path } });
    if (targets.length === 0 && unfilled.length) return;
    if (targets.length === 0) return ctx.report({ messageId: 'noSurfaces', status: 'skipped', severity: 'info', target: model.config.baseUrl });
    for (const t of targets) {
      const needed = t.twoStage ? 2 * n : n;
      if (budgetLeft(ctx) < n + 5) {
        ctx.report({ messageId: 'budget', status: 'error', data: { needed, left: budgetLeft(ctx) }, target: `${t.kind}:${t.path}` });
        continue;
      }
      let r = await burst(ctx, t, 'decoy', n);
      let how = 'one account';
      if (r.throttledAt === undefined && t.twoStage && budgetLeft(ctx) >= n + 5) {
        r = await burst(ctx, t, 'real', n);
        how = "the identity's own account (lockout)";
      }
      const loc = { method: t.method, path: t.path };
      if (r.unreached && r.first) {
        ctx.report({ messageId: 'unreached', status: 'error', data: { kind: t.kind, method: t.method, path: t.path, status: r.first.status }, location: loc, evidence: r.first.evidence });
        continue;
      }
      // A throttle (429, Retry-After, lockout) is the answer this check looks for, and a burst that got none is a
      // verdict too: either way the route was tested, whatever the client's automatic mark made of the 429s.
      if (r.throttledAt !== undefined || r.last) ctx.probes.coverage.mark(ctx.checkId, loc, 'tested');
      if (r.throttledAt !== undefined) {
        ctx.report({ messageId: 'limited', status: 'pass', data: { kind: t.kind, path: t.path, after: r.throttledAt, how: `HTTP ${r.last?.status} on ${how}` }, location: loc });
      } else if (r.last) {
        reportExchange(ctx, {
          messageId: 'unlimited',
          data: { count: r.sent * (t.twoStage ? 2 : 1), kind: t.kind, method: t.method, path: t.path, status: r.last.status },
          severity: t.severity,
          route: loc,
          x: r.last,
          control: r.first ? [r.first] : [],
          note: `Burst of ${r.sent} ${t.kind} requests${t.twoStage ? ` on an unknown account and ${r.sent} more on ${who?.name ?? 'a real identity'}'s account` : ''}; no 429, Retry-After, lockout or captcha. First and last exchanges shown.`,
          cwe: t.cwe,
        });
      }
    }
  },
});
