import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from '../../src/core/types.js';
import { auditRaw, ids, tmpDir } from './helpers.js';
import { CRM_OPENAPI, crmConfig, startCrm } from './crm-app.js';

// Generalisation: a differently built API (cookie sessions, username login, tenant-in-path routes, admin routes
// known only by their path, snake_case, Python tracebacks, GitHub webhooks). The flawed build's known flaws are
// (nearly) all found; the fixed build has no medium-or-higher finding.

const FLAWS = [
  'api/bola:crossTenant', // /v1/orgs/{orgId}/contacts/{contactId}
  'api/bola:crossTenantFilter', // /v1/deals?org_id=
  'api/bfla:roleBypass', // /v1/admin/audit-log, not marked in OpenAPI
  'api/mass-assignment:assigned', // PATCH /v1/me is_admin / role
  'api/authn-missing:unauthenticated', // /v1/export
  'api/error-handling:stackTrace', // Python traceback
  'api/rate-limit:unlimited', // login
  'api/user-enumeration:differs', // login
  'api/webhook-signature:unsigned', // GitHub hook
  'api/cors:reflectedWithCredentials',
  'api/cache-private:publicCache',
  'api/exposed-debug:exposed', // /actuator/env
  'api/sensitive-fields:passwordHash',
  'api/cookie-flags:noHttpOnly',
  'api/reset-token:reusable', // the API refuses the current password: temporary-password path
];

const tmp = tmpDir();
const spec = join(tmp.dir, 'crm.json');
writeFileSync(spec, JSON.stringify(CRM_OPENAPI));
let flawed: Awaited<ReturnType<typeof startCrm>>;
let fixed: Awaited<ReturnType<typeof startCrm>>;
let flawedReport: Report;
let fixedReport: Report;

before(async () => {
  [flawed, fixed] = await Promise.all([startCrm(false), startCrm(true)]);
  [flawedReport, fixedReport] = await Promise.all([auditRaw(crmConfig(flawed.url, spec, join(tmp.dir, 'f')), tmp.dir), auditRaw({ ...crmConfig(fixed.url, spec, join(tmp.dir, 'x')) }, tmp.dir)]);
});
after(async () => {
  await Promise.all([flawed?.close(), fixed?.close()]);
  tmp.cleanup();
});

test('flawed CRM: every known flaw is found', () => {
  const found = ids(flawedReport);
  const missed = FLAWS.filter((f) => !found.includes(f));
  assert.deepEqual(missed, [], `found: ${found.join(', ')}`);
});

test('fixed CRM: zero medium-or-higher findings, and the reset flow restored the password', () => {
  assert.ok(fixedReport.findings.some((f) => f.checkId === 'api/reset-token' && f.messageId === 'singleUse' && f.status === 'pass'), JSON.stringify(fixedReport.findings.filter((f) => f.checkId === 'api/reset-token')));
  const bad = fixedReport.findings.filter((f) => ['fail', 'warn'].includes(f.status) && ['critical', 'high', 'medium'].includes(f.severity));
  assert.deepEqual(bad.map((f) => `${f.checkId}:${f.messageId}: ${f.message}`), []);
  assert.equal(fixedReport.decision, 'GO');
});
