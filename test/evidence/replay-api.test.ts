import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAudit } from '../../src/audit/run.js';
import { validateConfig } from '../../src/core/config/validate.js';
import type { Config } from '../../src/core/config/schema.js';
import type { Report } from '../../src/core/types.js';
import { loadEvidence } from '../../src/probes/evidence-files.js';
import { VERSION } from '../../src/version.js';
import { tmpDir } from '../api/helpers.js';
import { CRM_OPENAPI, CRM_USERS, crmConfig, startCrm } from '../api/crm-app.js';

// Round trip of the API stage against the flawed CRM test app (cookie sessions, tenants, webhooks, a reset flow):
// audit with --save-evidence, stop the app, audit again with --from-evidence. Every request of the replay is
// answered from the saved exchanges (random probe values included), so the findings are the same, except for the
// judgements about a secret's own content, which see it masked in the evidence files (docs/architecture.md#evidence).

/** checks that judge the content of a value the evidence stores masked: on replay they see prefix…(fp:…) */
const JUDGE_MASKED = new Set(['api/sensitive-fields', 'api/reset-token']);

const tmp = tmpDir('lr-evidence-api-');
const evidence = join(tmp.dir, 'evidence');
let config: Config;
let live: Report;
let replayed: Report;

const outcome = (r: Report, keep: (checkId: string) => boolean) =>
  r.findings
    .filter((f) => keep(f.checkId))
    .map((f) => `${f.id} ${f.checkId}:${f.messageId} ${f.status}`)
    .sort();

before(async () => {
  const spec = join(tmp.dir, 'crm.json');
  writeFileSync(spec, JSON.stringify(CRM_OPENAPI));
  const app = await startCrm(false);
  config = validateConfig(crmConfig(app.url, spec, join(tmp.dir, 'report')), join(tmp.dir, 'launchready.yml'), {});
  try {
    live = await runAudit({ config, configDir: tmp.dir, stages: ['api'], saveEvidence: evidence });
  } finally {
    await app.close();
  }
  replayed = await runAudit({ config, configDir: tmp.dir, stages: ['api'], fromEvidence: await loadEvidence(evidence, VERSION) });
});

after(() => tmp.cleanup());

test('the live audit found the CRM flaws (real evidence to replay)', () => {
  const failing = new Set(live.findings.filter((f) => f.status === 'fail').map((f) => f.checkId));
  for (const c of ['api/bola', 'api/bfla', 'api/mass-assignment', 'api/rate-limit', 'api/webhook-signature', 'api/cors']) assert.ok(failing.has(c), c);
});

test('replay with the app stopped: the same findings (ids, statuses) for every check that does not judge a masked value', () => {
  const keep = (c: string) => !JUDGE_MASKED.has(c);
  assert.deepEqual(outcome(replayed, keep), outcome(live, keep));
  assert.ok(!replayed.findings.some((f) => /not in saved evidence/.test(f.message)), 'no request of the replay was missing from the evidence');
  assert.ok(outcome(live, keep).length > 40);
});

test('the evidence files hold no password and no whole session cookie of any identity', () => {
  const files = [join(evidence, 'manifest.json'), ...['retrievals', 'exchanges'].flatMap((d) => readdirSync(join(evidence, d)).map((f) => join(evidence, d, f)))];
  const text = files.map((f) => readFileSync(f, 'utf8')).join('\n');
  for (const u of CRM_USERS) assert.ok(!text.includes(u.password), `password of ${u.id} stored`);
  const sessions = [...text.matchAll(/"set-cookie": "sid=([^;"]+)/g)].map((m) => m[1]!);
  assert.ok(sessions.length > 0, 'session cookies were recorded');
  for (const s of sessions) assert.match(s, /…\(fp:[0-9a-f]+\)$/, 'a session id is stored as prefix + fingerprint');
});

test('replay miss: a check that asks for a request the saved run did not send is status error naming the request', async () => {
  // the same evidence, replayed for another target URL: nothing matches, every check that sends is an error
  const other = validateConfig({ ...crmConfig('http://127.0.0.1:9', join(tmp.dir, 'crm.json'), join(tmp.dir, 'report2')) }, join(tmp.dir, 'launchready.yml'), {});
  const r = await runAudit({ config: other, configDir: tmp.dir, stages: ['api'], fromEvidence: await loadEvidence(evidence, VERSION) });
  const miss = r.findings.filter((f) => f.status === 'error' && /not in saved evidence: (GET|POST) http:\/\/127\.0\.0\.1:9\//.test(f.message));
  assert.ok(miss.length > 0, r.findings.map((f) => `${f.checkId} ${f.status} ${f.message}`).join('\n'));
  assert.ok(!r.findings.some((f) => f.status === 'pass' && f.checkId === 'api/bola'), 'no pass from evidence never seen');
  assert.equal(r.decision, 'NO-GO');
});
