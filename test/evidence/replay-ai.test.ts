import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAudit } from '../../src/audit/run.js';
import { validateConfig } from '../../src/core/config/validate.js';
import type { Report } from '../../src/core/types.js';
import { loadEvidence } from '../../src/probes/evidence-files.js';
import { VERSION } from '../../src/version.js';
import { OTHER_EMAIL, startStubModel, stubAiConfig } from '../ai/stub-model.js';

// Round trip of the AI stage against the vulnerable loopback stub model: the transcript and the limits probes are
// saved (the planted canaries and other users' data masked), the model is stopped, and the replay reaches the same
// verdicts — a leak of a value the evidence holds masked is still recognised by its mask.

const dir = mkdtempSync(join(tmpdir(), 'lr-evidence-ai-'));
const evidence = join(dir, 'evidence');
let live: Report;
let replayed: Report;
const outcome = (r: Report) => r.findings.map((f) => `${f.id} ${f.checkId}:${f.messageId} ${f.status}`).sort();

before(async () => {
  const stub = await startStubModel('vulnerable');
  const config = validateConfig({ project: { name: 'ai-test' }, ai: stubAiConfig(stub.url) }, 'test.yml');
  try {
    live = await runAudit({ config, configDir: '.', stages: ['ai'], saveEvidence: evidence });
  } finally {
    await stub.close();
  }
  replayed = await runAudit({ config, configDir: '.', stages: ['ai'], fromEvidence: await loadEvidence(evidence, VERSION) });
});

after(() => rmSync(dir, { recursive: true, force: true }));

test('replay with the model stopped: the same findings (ids, statuses), leaks included', () => {
  assert.ok(live.findings.some((f) => f.checkId === 'ai/cross-user-data' && f.status === 'fail'));
  assert.deepEqual(outcome(replayed), outcome(live));
});

test("other users' data planted in the model is stored masked", () => {
  const text = ['retrievals', 'exchanges'].flatMap((d) => readdirSync(join(evidence, d)).map((f) => readFileSync(join(evidence, d, f), 'utf8'))).join('\n');
  assert.ok(!text.includes(OTHER_EMAIL));
});
