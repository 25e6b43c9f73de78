import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAudit } from '../../src/audit/run.js';
import type { Report } from '../../src/core/types.js';
import { loadConfig } from '../../src/probes/config-file.js';
import { loadEvidence } from '../../src/probes/evidence-files.js';
import { VERSION } from '../../src/version.js';
import { canaryConfig, startCanaryApp } from '../ops/canary-app.js';

// Round trip of the ops stage's smoke flows against the broken canary app: the shared smoke run is a saved
// retrieval, so the replay judges the same flow results with the app stopped.

const dir = mkdtempSync(join(tmpdir(), 'lr-evidence-ops-'));
const evidence = join(dir, 'evidence');
let live: Report;
let replayed: Report;
const outcome = (r: Report) => r.findings.map((f) => `${f.id} ${f.checkId}:${f.messageId} ${f.status}`).sort();

before(async () => {
  const app = await startCanaryApp('broken');
  const file = join(dir, 'launchready.yml');
  writeFileSync(file, canaryConfig(app.url));
  const { config } = await loadConfig(file, { cwd: dir });
  try {
    live = await runAudit({ config, configDir: dir, stages: ['ops'], saveEvidence: evidence });
  } finally {
    await app.close();
  }
  replayed = await runAudit({ config, configDir: dir, stages: ['ops'], fromEvidence: await loadEvidence(evidence, VERSION) });
});

after(() => rmSync(dir, { recursive: true, force: true }));

test('replay with the app stopped: the same smoke verdicts (ids, statuses)', () => {
  assert.ok(live.findings.some((f) => f.checkId.startsWith('ops/smoke') && f.status === 'fail'), 'the broken build fails a flow');
  assert.deepEqual(outcome(replayed), outcome(live));
});
