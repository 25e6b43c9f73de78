import { defineCheck } from '../../core/check.js';
import { endpointLocation } from './judge.js';
import type { Severity } from '../../core/types.js';
import { providerHeaders, providerLeaks } from './detect.js';
import { transcriptOf } from './transcript.js';
import type { AiProbes, AiTarget } from './types.js';

/**
 * Error answers that tell a stranger which provider, model, organisation or key the app uses, or show a stack
 * trace of the LLM client (OWASP LLM02:2025 Sensitive Information Disclosure; CWE-209). Judged on the malformed
 * requests of the pack (invalid JSON, wrong types, missing or empty input) and on every error the pack met.
 */
export default defineCheck<AiTarget, AiProbes>({
  id: 'ai/error-leak',
  title: 'AI endpoint errors reveal provider, model or key details',
  area: 'ai',
  mode: 'active',
  description: 'sends malformed requests and reads every error answer for provider names, model ids, key prefixes, org ids and stack traces',
  severity: 'medium',
  cwe: 'CWE-209',
  owasp: 'LLM02:2025',
  timeoutMs: 300_000,
  messages: {
    leaked: 'AI endpoint "{{endpoint}}" error answers reveal {{what}} ({{where}}).',
    ok: 'AI endpoint "{{endpoint}}" answered {{probes}} malformed requests and {{errors}} errors without provider details.',
    incomplete: 'AI endpoint "{{endpoint}}": none of the malformed requests got an answer ({{reason}}).',
  },
  remediation:
    'Catch provider errors server-side, log them with a request id, and answer the client with a generic message and that id; never ' +
    'forward the provider\'s error body, model name, organisation or headers.',
  async run(ctx) {
    const e = ctx.target.endpoint;
    const location = endpointLocation(e);
    const t = await transcriptOf(ctx);
    const answered = t.errorProbes.filter((p) => p.status !== undefined);
    if (answered.length === 0 && t.errorProbes.length) {
      ctx.report({ messageId: 'incomplete', status: 'error', severity: 'info', data: { endpoint: e.name, reason: t.errorProbes[0]!.error ?? 'no answer' }, location, target: e.name });
      return;
    }
    const what = new Set<string>();
    const where: string[] = [];
    const excerpts: string[] = [];
    for (const p of answered) {
      const isError = (p.status ?? 0) >= 400 || /error|exception/i.test(p.body.slice(0, 400));
      const found = isError ? providerLeaks(p.body) : [];
      const hdrs = providerHeaders(p.headers);
      if (hdrs.length) found.push(`provider headers (${hdrs.join(', ')})`);
      if (found.length) {
        found.forEach((f) => what.add(f));
        where.push(`${p.kind} → HTTP ${p.status}`);
        excerpts.push(`${p.kind}: HTTP ${p.status}\n${p.body.slice(0, 400)}`);
      }
    }
    for (const x of t.exchanges) {
      if (!x.errorBody) continue;
      const found = providerLeaks(x.errorBody);
      if (found.length) {
        found.forEach((f) => what.add(f));
        where.push(`payload ${x.payload.id} → HTTP ${x.status}`);
        excerpts.push(`${x.payload.id}: HTTP ${x.status}\n${x.errorBody.slice(0, 400)}`);
      }
    }
    if (what.size) {
      const serious = [...what].some((w) => /key|organisation|stack|client/.test(w));
      const severity: Severity = serious ? 'medium' : 'low';
      ctx.report({
        messageId: 'leaked',
        severity,
        ...(severity === 'low' ? { status: 'warn' as const } : {}),
        data: { endpoint: e.name, what: [...what].join(', '), where: where.slice(0, 4).join('; ') },
        location,
        target: e.name,
        evidence: excerpts.slice(0, 3).join('\n---\n'),
        meta: { what: [...what] },
      });
      return;
    }
    ctx.report({ messageId: 'ok', status: 'pass', data: { endpoint: e.name, probes: answered.length, errors: t.exchanges.filter((x) => x.errorBody).length }, location, target: e.name });
  },
});
