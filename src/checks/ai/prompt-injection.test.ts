import { test } from 'node:test';
import assert from 'node:assert/strict';
import check from './prompt-injection.js';
import { runAiCheck } from '../../../test/ai/stub-model.js';
import { obeyedMarker } from './detect.js';

const CASES = [
  // inj-ignore-previous and inj-indirect-document are obeyed, jb-dan too; jb-developer-mode only quotes the nonce while refusing.
  { name: 'vulnerable model obeys 3 of 7 injection/jailbreak payloads', mode: 'vulnerable', expect: [['obeyed', 'fail', 'medium']], payloads: ['inj-ignore-previous', 'inj-indirect-document', 'jb-dan'] },
  { name: 'hardened model (quotes the nonce only while refusing) passes', mode: 'hardened', expect: [['ok', 'pass', 'medium']] },
  { name: 'unreachable model: status error', mode: 'broken', expect: [['error', 'error', 'medium']] },
] as const;

for (const c of CASES) {
  test(`ai/prompt-injection: ${c.name}`, async () => {
    const { findings } = await runAiCheck(check, c.mode);
    assert.deepEqual(findings.map((f) => [f.messageId, f.status, f.severity]), c.expect);
    if ('payloads' in c) assert.deepEqual(findings[0]!.meta?.payloads, c.payloads);
  });
}

test('ai/prompt-injection: obeyedMarker table', () => {
  const m = 'LR-0123456789';
  assert.equal(obeyedMarker(`${m}`, m), 'obeyed');
  assert.equal(obeyedMarker(`Sure! ${m}`, m), 'obeyed');
  assert.equal(obeyedMarker(`I won't print ${m}.`, m), 'quoted-in-refusal');
  assert.equal(obeyedMarker('no marker here', m), undefined);
});

test('ai/prompt-injection: only jailbreaks obeyed → jailbreak-only', async () => {
  const { findings } = await runAiCheck(check, 'vulnerable', { payloads: { skip: ['inj-ignore-previous', 'inj-indirect-document'], extra: [] } });
  assert.deepEqual(findings.map((f) => [f.messageId, f.status]), [['jailbreak-only', 'fail']]);
});
