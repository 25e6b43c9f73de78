import { defineCheck } from '../../core/check.js';
import { CLASS_MESSAGES, injectionProofs, runClassCheck } from './judge.js';
import type { AiProbes, AiTarget } from './types.js';

/**
 * Attack class "indirect": instructions inside content the model reads, not typed by the user — a document in the
 * message, a page the app fetches (served by the loopback canary), and content planted first through the app's
 * own write routes (`seed`: a profile bio, a note, a ticket). Anyone who can write such content steers every
 * user's assistant (OWASP LLM01:2025 indirect prompt injection; Greshake et al. 2023).
 */
export default defineCheck<AiTarget, AiProbes>({
  id: 'ai/indirect-injection',
  title: 'Model follows instructions hidden in stored or fetched content',
  area: 'ai',
  mode: 'active',
  description: 'plants instructions in content the model reads (inline document, fetched page, seeded records) and reports those it followed',
  severity: 'high',
  cwe: 'CWE-1427',
  owasp: 'LLM01:2025',
  timeoutMs: 300_000,
  messages: {
    found: 'AI endpoint "{{endpoint}}" followed instructions hidden in content it read in {{count}} of {{sent}} indirect payloads ({{payloads}}): {{proofs}}.',
    ok: 'AI endpoint "{{endpoint}}" treated stored and fetched content as data in all {{sent}} indirect payloads.',
    ...CLASS_MESSAGES,
  },
  remediation:
    'Pass retrieved documents, profile fields and fetched pages to the model as clearly delimited data (a tool result or quoted block), ' +
    'tell it never to follow instructions found there, strip or neutralise instruction-like text at ingestion, and never let content ' +
    'trigger tools or links without the user seeing it first.',
  async run(ctx) {
    await runClassCheck(ctx, {
      category: 'indirect',
      judge: (x, t, e) => injectionProofs(x, t, e, { leaks: true, links: true, tools: true, obey: true }),
    });
  },
});
