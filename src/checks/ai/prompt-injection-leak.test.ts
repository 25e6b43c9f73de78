import { test } from 'node:test';
import assert from 'node:assert/strict';
import check from './prompt-injection-leak.js';
import { CANARY, runAiCheck } from '../../../test/ai/stub-model.js';

// Test table: stub mode + endpoint overrides → expected [messageId, status, severity] and the payloads that leaked.
// The stub repeats its prompt to "repeat everything above" only; its base64 and spelling leaks belong to ai/encoding-bypass.
const CASES = [
  { name: 'vulnerable model repeats its prompt (canary and marker) to a direct ask', mode: 'vulnerable', overrides: {}, expect: [['found', 'fail', 'critical']], payloads: ['leak-repeat-above'], proofs: ['returned a canary secret (verbatim)', 'repeated system prompt text'] },
  { name: 'hardened model leaks nothing', mode: 'hardened', overrides: {}, expect: [['ok', 'pass', 'high']] },
  { name: 'no canary and no marker configured: cannot judge, says so', mode: 'vulnerable', overrides: { canaries: [], systemPromptMarkers: [] }, expect: [['not-configured', 'skipped', 'high']] },
  { name: 'only markers configured: the prompt text leak is found, high', mode: 'vulnerable', overrides: { canaries: [] }, expect: [['found', 'fail', 'high']] },
  { name: 'every leak payload skipped: nothing sent, skipped (not a pass)', mode: 'vulnerable', overrides: { payloads: { skip: ['leak-repeat-above', 'leak-system-prompt', 'leak-secrets-debug', 'leak-config-json'], extra: [] } }, expect: [['none', 'skipped', 'info']] },
  { name: 'every request fails: status error, never a pass', mode: 'broken', overrides: {}, expect: [['error', 'error', 'high']] },
] as const;

for (const c of CASES) {
  test(`ai/prompt-injection-leak: ${c.name}`, async () => {
    const { findings } = await runAiCheck(check, c.mode, c.overrides);
    assert.deepEqual(findings.map((f) => [f.messageId, f.status, f.severity]), c.expect);
    if ('payloads' in c) {
      assert.deepEqual(findings[0]!.meta?.payloads, c.payloads);
      assert.deepEqual(findings[0]!.meta?.proofs, c.proofs);
      assert.ok(!JSON.stringify(findings).includes(CANARY), 'the canary itself is masked');
    }
  });
}
