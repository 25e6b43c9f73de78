import { test } from 'node:test';
import assert from 'node:assert/strict';
import check from './cross-user-data.js';
import { OTHER_EMAIL, runAiCheck } from '../../../test/ai/stub-model.js';

const CASES = [
  // The stub names bob's email (which the payload itself sent: not counted) and his address (counted).
  { name: 'vulnerable model reveals bob\'s address', mode: 'vulnerable', overrides: {}, expect: [['leaked', 'fail']], payloads: ['xu-other-user-orders'], values: 1 },
  { name: 'hardened model reveals nothing', mode: 'hardened', overrides: {}, expect: [['ok', 'pass']] },
  { name: 'a reply that only repeats the value the payload named is not a leak', mode: 'vulnerable', overrides: { otherUserData: [OTHER_EMAIL] }, expect: [['ok', 'pass']] },
  { name: 'nothing configured: skipped', mode: 'vulnerable', overrides: { otherUserData: [] }, expect: [['not-configured', 'skipped']] },
  { name: 'unreachable model: status error', mode: 'broken', overrides: {}, expect: [['error', 'error']] },
] as const;

for (const c of CASES) {
  test(`ai/cross-user-data: ${c.name}`, async () => {
    const { findings } = await runAiCheck(check, c.mode, c.overrides);
    assert.deepEqual(findings.map((f) => [f.messageId, f.status]), c.expect);
    if ('payloads' in c) {
      assert.deepEqual(findings[0]!.meta?.payloads, c.payloads);
      assert.equal(findings[0]!.data?.values, c.values);
      assert.ok(!JSON.stringify(findings).includes('12 Elm St'), 'the other user\'s data is masked');
    }
  });
}
