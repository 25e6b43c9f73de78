import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanText } from '../../src/checks/secrets/engine.js';
import { generateCorpus } from './blind-corpus.js';

/**
 * The engine's fast paths (issue 14: rule regexes tried only at the starts their keywords allow, sticky tries in
 * narrow windows, rules analysed on first use) change where regexes run, never what they find. Over the blind
 * corpus (written from vendors' token formats, not from our rules), every file and one keyword-dense file of all
 * of them give the same matches, lines and ids as running every unlocked rule over the whole text.
 */
test('blind corpus: scanning near keywords finds exactly what whole-text scanning finds', () => {
  const { positives, negatives } = generateCorpus();
  const samples = [...positives, ...negatives];
  assert.ok(samples.length > 1000, `a corpus of ${samples.length} files`);
  let found = 0;
  for (const s of samples) {
    const near = scanText(s.text, { file: s.file });
    found += near.length;
    assert.deepEqual(near, scanText(s.text, { file: s.file, fullScan: true }), s.file);
  }
  assert.ok(found > positives.length / 2, `the corpus has findings (${found} in ${positives.length} positive files)`);
  // every sample in one text: many rules unlocked at once, windows that merge and overlap
  const all = samples.map((s) => s.text).join('\n');
  for (const file of ['src/config.ts', 'config/settings.yaml', 'README.md']) assert.deepEqual(scanText(all, { file }), scanText(all, { file, fullScan: true }), file);
});
