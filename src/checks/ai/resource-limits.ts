import { defineCheck } from '../../core/check.js';
import { endpointLocation } from './judge.js';
import { runLimits, transcriptOf } from './transcript.js';
import type { AiProbes, AiTarget } from './types.js';

/**
 * Unbounded consumption (OWASP LLM10:2025; CWE-770): every request to an LLM endpoint costs money, so a
 * per-user rate limit and an input size cap are the minimum. Bounded probe, after the pack: ONE oversized
 * input and ONE burst (20 requests at once, or the declared quota + 5). Token usage read from the response
 * (config `usage`) shows cost growing with input. A declared quota that is not enforced is reported as such.
 */
export default defineCheck<AiTarget, AiProbes>({
  id: 'ai/resource-limits',
  title: 'AI endpoint has no per-user rate, size or cost limit',
  area: 'ai',
  mode: 'active',
  description: 'sends one oversized input and one burst of requests and reports missing rate and size caps (and token cost growth)',
  severity: 'medium',
  cwe: 'CWE-770',
  owasp: 'LLM10:2025',
  timeoutMs: 300_000,
  messages: {
    missing: 'AI endpoint "{{endpoint}}" has no {{missing}}: {{details}}.',
    ok: 'AI endpoint "{{endpoint}}" refused the oversized input (HTTP {{sizeStatus}}) and rate-limits requests ({{limited}} of a burst of {{sent}} refused{{advertised}}).',
    incomplete: 'AI endpoint "{{endpoint}}": the limits could not be observed ({{reason}}).',
  },
  remediation:
    'Rate-limit the endpoint per user and per IP (e.g. 20 requests a minute, 429 with Retry-After), cap the input size before it reaches ' +
    'the model (413), set max_tokens on every model call and a daily token budget per user with an alert on spend.',
  async run(ctx) {
    const e = ctx.target.endpoint;
    const location = endpointLocation(e);
    const t = await transcriptOf(ctx);
    const l = await ctx.evidence(`ai:limits:${e.name}`, (r) => runLimits(e, ctx.probes, t, { checkId: r.requester, signal: r.signal }));
    const count = (pred: (k: string) => boolean) => Object.entries(l.burst.statuses).filter(([k]) => pred(k)).reduce((a, [, n]) => a + n, 0);
    const limited = count((k) => k === '429' || k === '503');
    const answered = count((k) => /^2\d\d$/.test(k));
    const failed = count((k) => k === 'error' || k === 'budget');
    if (failed === l.burst.sent) {
      ctx.report({ messageId: 'incomplete', status: 'error', severity: 'info', data: { endpoint: e.name, reason: l.oversize.error ?? 'every burst request failed' }, location, target: e.name });
      return;
    }
    const missing: string[] = [];
    const details: string[] = [];
    // A limit the endpoint advertises (RateLimit-Policy, X-RateLimit-Limit) above the burst size is still a limit.
    if (limited === 0 && answered >= Math.ceil(l.burst.sent * 0.9) && !(l.burst.advertised && !l.burst.quota)) {
      missing.push(l.burst.quota ? 'enforced quota' : 'rate limit');
      details.push(`${answered} of ${l.burst.sent} requests sent at once were answered within ${l.burst.ms} ms${l.burst.quota ? ` although a quota of ${l.burst.quota.requests} per ${l.burst.quota.perSeconds} s is declared` : ''}`);
    }
    const sizeOk = l.oversize.status !== undefined && l.oversize.status >= 200 && l.oversize.status < 300;
    if (sizeOk) {
      missing.push('input size cap');
      details.push(`a ${l.oversize.chars.toLocaleString('en')}-character input was accepted (HTTP ${l.oversize.status})`);
      if (l.oversize.usage !== undefined) details.push(`it cost ${l.oversize.usage} tokens${l.baselineUsage ? ` against ${l.baselineUsage} for an ordinary question` : ''}`);
    }
    if (missing.length) {
      ctx.report({ messageId: 'missing', data: { endpoint: e.name, missing: missing.join(' and no '), details: details.join('; ') }, location, target: e.name, evidence: `burst: ${JSON.stringify(l.burst.statuses)} in ${l.burst.ms} ms; oversize: HTTP ${l.oversize.status ?? l.oversize.error}`, meta: { missing } });
      return;
    }
    ctx.report({ messageId: 'ok', status: 'pass', data: { endpoint: e.name, sizeStatus: l.oversize.status ?? 0, limited, sent: l.burst.sent, advertised: l.burst.advertised ? `; advertised limit ${l.burst.advertised}` : '' }, location, target: e.name });
  },
});
