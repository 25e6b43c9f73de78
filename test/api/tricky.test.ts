import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from '../../src/core/types.js';
import { auditRaw, ids, tmpDir } from './helpers.js';
import { apiChecks } from '../../src/checks/api/index.js';
import { perfChecks } from '../../src/checks/perf/index.js';
import { startTricky, TRICKY_OPENAPI, trickyConfig } from './tricky-app.js';

// Tricky negatives: public-by-design routes, 200 + error body, 403 and 404 denials, opaque tokens from a nested
// JSON path, login limits per IP + account (and lockout of real accounts only). One real BOLA in the vulnerable
// variant proves the comparator still fires next to them.

const tmp = tmpDir();
const spec = join(tmp.dir, 'openapi.json');
writeFileSync(spec, JSON.stringify(TRICKY_OPENAPI));

type App = Awaited<ReturnType<typeof startTricky>>;
let hardened: App;
let vulnerable: App;
let lockout: App;
let hardenedReport: Report;
let vulnerableReport: Report;
let lockoutReport: Report;

const ONLY = ['api/identities', 'api/authn-missing', 'api/bola', 'api/bfla', 'api/jwt-alg-none', 'api/rate-limit', 'api/sensitive-fields', 'api/cache-private', 'api/user-enumeration'];
// every other check disabled (computed, so checks added later stay out of this matrix)
const enable = (extra: Record<string, unknown> = {}) => ({ checks: { disable: [...apiChecks, ...perfChecks].map((c) => c.id).filter((id) => !ONLY.includes(id)) }, ...extra });

before(async () => {
  [hardened, vulnerable, lockout] = await Promise.all([startTricky(), startTricky({ vulnerable: true }), startTricky({ lockoutOnly: true })]);
  [hardenedReport, vulnerableReport, lockoutReport] = await Promise.all([
    auditRaw(trickyConfig(hardened.url, spec, join(tmp.dir, 'h'), enable()), tmp.dir),
    auditRaw(trickyConfig(vulnerable.url, spec, join(tmp.dir, 'v'), enable()), tmp.dir),
    auditRaw(trickyConfig(lockout.url, spec, join(tmp.dir, 'l'), enable()), tmp.dir),
  ]);
});
after(async () => {
  await Promise.all([hardened?.close(), vulnerable?.close(), lockout?.close()]);
  tmp.cleanup();
});

test('hardened app: public-by-design routes, 200+error bodies, 403 and 404 denials are not findings', () => {
  assert.deepEqual(ids(hardenedReport), []);
  const passes = ids(hardenedReport, ['pass']);
  for (const p of ['api/identities:loggedIn', 'api/authn-missing:denied', 'api/bola:isolated', 'api/bfla:enforced', 'api/rate-limit:limited', 'api/user-enumeration:same']) assert.ok(passes.includes(p), `${p} in ${passes.join(', ')}`);
  // the public routes were never reported as missing authentication; the guest did read them during discovery
  assert.ok((hardened.hits.get('GET /status') ?? 0) >= 1);
  // every denial style was exercised: docs (200 + error), notes (403), files (404)
  for (const k of ['GET /docs/doc-t2-a', 'GET /notes/note-t2-a', 'GET /files/file-t2-a']) assert.ok((hardened.hits.get(k) ?? 0) >= 1, k);
});

test('opaque tokens: JWT checks say why they skipped instead of passing', () => {
  const f = hardenedReport.findings.find((x) => x.checkId === 'api/jwt-alg-none');
  assert.equal(f?.status, 'skipped');
  assert.equal(f?.messageId, 'noJwt');
});

test('login limited per IP + account: throttled on the decoy account, real accounts never touched', () => {
  const f = hardenedReport.findings.find((x) => x.checkId === 'api/rate-limit' && x.status === 'pass');
  assert.match(String(f?.data?.how), /429 on one account/);
});

test('lockout of real accounts only: the second burst on the identity\'s account counts as protection', () => {
  assert.deepEqual(ids(lockoutReport).filter((i) => i.startsWith('api/rate-limit')), []);
  const f = lockoutReport.findings.find((x) => x.checkId === 'api/rate-limit' && x.status === 'pass');
  assert.match(String(f?.data?.how), /423 on the identity's own account/);
});

test('vulnerable app: exactly the docs BOLA and the nested /orgs/{orgId}/projects/{projectId} BOLA are found, confirmed by the owner', () => {
  const fails = vulnerableReport.findings.filter((f) => f.status === 'fail');
  assert.deepEqual([...new Set(fails.map((f) => `${f.checkId}:${f.messageId}:${f.location?.path}`))].sort(), ['api/bola:crossTenant:/docs/{docId}', 'api/bola:crossTenant:/orgs/{orgId}/projects/{projectId}']);
  // the org id came from the identity's tenant, the project id from the nested list
  assert.ok(fails.some((f) => /\/orgs\/t[12]\/projects\/prj-t[12]-a/.test(f.location?.url ?? '')));
  for (const f of fails) {
    assert.match(f.evidence ?? '', /control/);
    assert.equal(f.owasp, 'API1:2023');
    assert.equal(f.cwe, 'CWE-639');
    assert.match(String(f.meta?.curl), /\$LAUNCHREADY_TOKEN_(U1|U2|A1)/);
  }
});

test('only the selected checks ran', () => {
  assert.deepEqual([...new Set(hardenedReport.checks?.map((c) => c.checkId))].sort(), [...ONLY].sort());
});

test('without api.openapi the document is found at a well-known URL and the same matrix runs', async () => {
  const app = await startTricky({ vulnerable: true });
  try {
    const raw = trickyConfig(app.url, spec, join(tmp.dir, 'auto'), enable());
    delete (raw.api as Record<string, unknown>).openapi;
    const report = await auditRaw(raw, tmp.dir);
    assert.ok(ids(report).includes('api/bola:crossTenant'), ids(report).join(', '));
    assert.ok((app.hits.get('GET /openapi.json') ?? 0) >= 1);
  } finally {
    await app.close();
  }
});
