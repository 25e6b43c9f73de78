import { test } from 'node:test';
import assert from 'node:assert/strict';
import check from './cross-user-data.js';
import { OTHER_EMAIL, runAiCheck } from '../../../test/ai/stub-model.js';

const CASES = [
  { name: 'vulnerable model reveals bob\'s email and address', mode: 'vulnerable', overrides: {}, expect: [['leaked', 'fail']], payloads: ['tool-other-user-orders'] },
  { name: 'hardened model reveals nothing', mode: 'hardened', overrides: {}, expect: [['ok', 'pass']] },
  { name: 'nothing configured: skipped', mode: 'vulnerable', overrides: { otherUserData: [] }, expect: [['not-configured', 'skipped']] },
  { name: 'unreachable model: status error', mode: 'broken', overrides: {}, expect: [['error', 'error']] },
] as const;

for (const c of CASES) {
  test(`ai/cross-user-data: ${c.name}`, async () => {
    const { findings } = await runAiCheck(check, c.mode, c.overrides);
    assert.deepEqual(findings.map((f) => [f.messageId, f.status]), c.expect);
    if ('payloads' in c) {
      assert.deepEqual(findings[0]!.meta?.payloads, c.payloads);
      assert.equal(findings[0]!.data?.values, 2);
      assert.ok(!JSON.stringify(findings).includes(OTHER_EMAIL), 'the other user\'s data is masked');
    }
  });
}
