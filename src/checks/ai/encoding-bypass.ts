import { defineCheck } from '../../core/check.js';
import { CLASS_MESSAGES, injectionProofs, runClassCheck } from './judge.js';
import type { AiProbes, AiTarget } from './types.js';

/**
 * Attack class "encoding": obfuscated asks and answers (base64, hex, leetspeak, letter by letter, translation,
 * a base64-encoded instruction). Keyword filters on input and verbatim filters on output miss them; the canary
 * is recognised in any of those forms (OWASP LLM01:2025 / LLM07:2025).
 */
export default defineCheck<AiTarget, AiProbes>({
  id: 'ai/encoding-bypass',
  title: 'Encoded or translated asks get past the model\'s guards',
  area: 'ai',
  mode: 'active',
  description: 'asks for the prompt in base64, hex, leetspeak, spelled out or translated, and sends a base64-encoded instruction',
  severity: 'high',
  cwe: 'CWE-1427',
  owasp: 'LLM01:2025',
  timeoutMs: 300_000,
  messages: {
    found: 'AI endpoint "{{endpoint}}" was fooled by {{count}} of {{sent}} encoding and obfuscation payloads ({{payloads}}): {{proofs}}.',
    ok: 'AI endpoint "{{endpoint}}" resisted all {{sent}} encoding and obfuscation payloads.',
    ...CLASS_MESSAGES,
  },
  remediation:
    'Do not rely on keyword filters: an output filter must decode (base64, hex, spacing, leetspeak) before matching secrets, and the ' +
    'prompt must hold nothing secret in the first place. Treat decoded instructions as data.',
  async run(ctx) {
    await runClassCheck(ctx, {
      category: 'encoding',
      judge: (x, t, e) => injectionProofs(x, t, e, { leaks: true, links: false, tools: true, obey: true }),
      severity: (hits) => (hits.some((h) => h.canary) ? 'critical' : 'high'),
    });
  },
});
