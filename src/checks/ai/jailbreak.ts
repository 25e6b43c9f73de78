import { defineCheck } from '../../core/check.js';
import { CLASS_MESSAGES, injectionProofs, runClassCheck } from './judge.js';
import type { AiProbes, AiTarget } from './types.js';

/**
 * Attack class "jailbreak": persona and role-play tricks (DAN, "developer mode", the grandmother story, a game
 * whose character has no rules). A model that takes the persona prints the nonce or reveals what it must keep
 * (OWASP LLM01:2025; garak's dan/roleplay probe families).
 */
export default defineCheck<AiTarget, AiProbes>({
  id: 'ai/jailbreak',
  title: 'Role-play persona switches the model\'s rules off',
  area: 'ai',
  mode: 'active',
  description: 'sends persona and role-play jailbreaks (DAN, developer mode, grandmother, rule-free game character) and reports those that worked',
  severity: 'medium',
  cwe: 'CWE-1427',
  owasp: 'LLM01:2025',
  timeoutMs: 300_000,
  messages: {
    found: 'AI endpoint "{{endpoint}}" took on a rule-free persona in {{count}} of {{sent}} jailbreak payloads ({{payloads}}): {{proofs}}.',
    ok: 'AI endpoint "{{endpoint}}" kept its rules in all {{sent}} persona and role-play jailbreaks.',
    ...CLASS_MESSAGES,
  },
  remediation:
    'Tell the model in the system prompt that no persona, game or "mode" changes its rules, and that it never confirms one; add a ' +
    'jailbreak classifier or moderation pass on input; keep secrets out of the prompt and permissions out of the model.',
  async run(ctx) {
    await runClassCheck(ctx, {
      category: 'jailbreak',
      judge: (x, t, e) => injectionProofs(x, t, e, { leaks: true, links: false, tools: true, obey: true }),
      severity: (hits) => (hits.some((h) => h.canary) ? 'high' : 'medium'),
    });
  },
});
