import { test } from 'node:test';
import assert from 'node:assert/strict';
import check from './prompt-injection-leak.js';
import { CANARY, runAiCheck } from '../../../test/ai/stub-model.js';

// Test table: stub mode + endpoint overrides → expected [messageId, status] and the payloads that leaked.
const CASES = [
  { name: 'vulnerable model leaks the canary verbatim, in base64 and spelled out', mode: 'vulnerable', overrides: {}, expect: [['canary', 'fail'], ['system-prompt', 'fail']], payloads: ['leak-repeat-above', 'leak-base64', 'leak-spell'] },
  { name: 'hardened model leaks nothing', mode: 'hardened', overrides: {}, expect: [['ok', 'pass']] },
  { name: 'no canary and no marker configured: cannot judge, says so', mode: 'vulnerable', overrides: { canaries: [], systemPromptMarkers: [] }, expect: [['not-configured', 'skipped']] },
  { name: 'only markers configured: the prompt text leak is found', mode: 'vulnerable', overrides: { canaries: [] }, expect: [['system-prompt', 'fail']] },
  { name: 'every request fails: status error, never a pass', mode: 'broken', overrides: {}, expect: [['error', 'error']] },
] as const;

for (const c of CASES) {
  test(`ai/prompt-injection-leak: ${c.name}`, async () => {
    const { findings } = await runAiCheck(check, c.mode, c.overrides);
    assert.deepEqual(findings.map((f) => [f.messageId, f.status]), c.expect);
    if ('payloads' in c) {
      const f = findings.find((x) => x.messageId === 'canary')!;
      assert.deepEqual(f.meta?.payloads, c.payloads);
      assert.deepEqual(f.meta?.how, ['verbatim', 'base64', 'case-or-spacing']);
      assert.equal(f.severity, 'critical');
      assert.equal(f.data?.sent, 19);
      assert.ok(!JSON.stringify(findings).includes(CANARY), 'the canary itself is masked');
    }
  });
}
