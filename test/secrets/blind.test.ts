import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { generateCorpus } from './blind-corpus.js';
import { scoreRepo, scoreSamples } from './blind-eval.js';

// Blind precision/recall evaluation (issue #9): a corpus generated from the providers' documented token formats
// (not from our rules) and a generated repository with history, bundle and source map. Seeded, so the same
// samples every run. `node dist/bench/secrets/blind.js --verbose` prints the misses and false positives.
describe('blind evaluation of the secret scanner', () => {
  it('the corpus is large and varied enough to mean something', () => {
    const c = generateCorpus();
    assert.ok(c.positives.length >= 1500, String(c.positives.length));
    assert.ok(c.negatives.length >= 1500, String(c.negatives.length));
    assert.ok(c.providers >= 120, String(c.providers));
    assert.ok(new Set(c.positives.map((s) => s.ctx)).size >= 12);
  });
  it('single-provider samples: recall >= 0.95 and precision >= 0.95 (findings of medium or above)', () => {
    const s = scoreSamples();
    const misses = s.misses.slice(0, 10).map((m) => `${m.sample.provider}[${m.sample.ctx}]`);
    const fps = s.falsePositives.slice(0, 10).map((f) => `${f.sample.provider}:${f.hits.map((h) => h.ruleId).join('+')}`);
    assert.ok(s.recall >= 0.95, `recall ${s.recall.toFixed(4)}; e.g. ${misses.join(', ')}`);
    assert.ok(s.precision >= 0.95, `precision ${s.precision.toFixed(4)}; e.g. ${fps.join(', ')}`);
  });
  it('repository with history: each secret once, at its introducing commit; recall and precision >= 0.95', async () => {
    const r = await scoreRepo();
    const detail = [...r.missed.map((m) => `missed ${m.family} ${m.file}:${m.line}`), ...r.extra.map((x) => `extra ${x.checkId} ${x.location.file}:${x.location.line}`)].join('; ');
    assert.ok(r.expected >= 20 && r.commits >= 40, `${r.expected} secrets, ${r.commits} commits`);
    assert.ok(r.recall >= 0.95, `recall ${r.recall.toFixed(4)}: ${detail}`);
    assert.ok(r.precision >= 0.95, `precision ${r.precision.toFixed(4)}: ${detail}`);
  });
});
