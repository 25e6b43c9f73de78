import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from '../../src/core/types.js';
import { apiChecks } from '../../src/checks/api/index.js';
import { perfChecks } from '../../src/checks/perf/index.js';
import { auditDemoConfig, ids, startDemo, tmpDir, type DemoServer } from './helpers.js';

// The test table of every API check against the demo: the flawed server (each check's fail case) and its fixed
// twin (each check's pass case). One audit per variant, shared by the assertions below.

const FLAWED_EXPECT: Record<string, string[]> = {
  'api/authn-missing': ['unauthenticated'],
  'api/bola': ['crossTenant', 'crossTenantWrite'],
  'api/bfla': ['roleBypass'],
  'api/jwt-alg-none': ['accepted'],
  'api/jwt-signature': ['stripped'],
  'api/jwt-expired': ['accepted'],
  'api/jwt-claims': ['wrongAudience', 'wrongIssuer'],
  'api/jwt-weak-secret': ['cracked'],
  'api/jwt-alg-confusion': [], // HS256 demo: nothing to confuse (test/api/jwt-family.test.ts)
  'api/jwt-sensitive-claims': [],
  'api/version-banner': ['banner'],
  'api/password-policy': ['commonAccepted'],
  'api/regex-dos': [],
  'api/injection': [], // the demo binds its values (test/api/injection.test.ts has flawed apps)
  'api/cors': ['reflectedWithCredentials'],
  'api/user-enumeration': ['differs'],
  'api/error-handling': ['stackTrace'],
  'api/sensitive-fields': ['passwordHash'],
  'api/exposed-debug': ['exposed'],
  'api/cache-private': ['publicCache'],
  'api/bundle-secrets': ['secretInBundle', 'sourceMap'],
  'api/cookie-flags': ['noHttpOnly', 'noSameSite'],
  'api/security-headers': ['noNosniff', 'noFrameProtection', 'noCsp', 'banner'],
  'api/mass-assignment': ['assigned', 'assignedOnCreate'],
  'api/ssrf': ['fetched'],
  'api/webhook-signature': ['unsigned', 'badSignature'],
  'api/webhook-replay': ['stale'],
  'api/reset-token': ['reusable', 'olderStillValid'],
  'api/rate-limit': ['unlimited'],
  // The demo has no state-changing GET and no request that crashes it (test/api/liveness.test.ts has both).
  'api/state-changing-get': [],
  'api/availability': [],
  'perf/latency-p95': ['slow'],
};

const FIXED_PASS: Record<string, string> = {
  'api/identities': 'loggedIn',
  'api/authn-missing': 'denied',
  'api/bola': 'isolated',
  'api/bfla': 'enforced',
  'api/jwt-alg-none': 'rejected',
  'api/jwt-signature': 'verified',
  'api/jwt-expired': 'rejected',
  'api/jwt-claims': 'enforced',
  'api/jwt-weak-secret': 'strong',
  'api/jwt-alg-confusion': 'notAsymmetric',
  'api/jwt-sensitive-claims': 'clean',
  'api/injection': 'clean',
  'api/version-banner': 'none',
  'api/password-policy': 'commonRefused', // the fixed demo refuses common passwords too (it accepted "password" before issue 12's check)
  'api/regex-dos': 'fast',
  'api/cors': 'strict',
  'api/user-enumeration': 'same',
  'api/error-handling': 'handled',
  'api/sensitive-fields': 'clean',
  'api/exposed-debug': 'clean',
  'api/cache-private': 'private',
  'api/bundle-secrets': 'clean',
  'api/cookie-flags': 'ok',
  'api/security-headers': 'ok',
  'api/mass-assignment': 'protected',
  'api/ssrf': 'noFetch',
  'api/webhook-signature': 'verified',
  'api/webhook-replay': 'protected',
  'api/reset-token': 'singleUse',
  'api/rate-limit': 'limited',
  'api/state-changing-get': 'none',
  'api/availability': 'up',
  'perf/latency-p95': 'fast',
};

let flawed: DemoServer;
let fixed: DemoServer;
let flawedReport: Report;
let fixedReport: Report;
const tmp = tmpDir();

before(async () => {
  [flawed, fixed] = await Promise.all([startDemo(false), startDemo(true)]);
  [flawedReport, fixedReport] = await Promise.all([
    auditDemoConfig('launchready.yml', flawed.url, join(tmp.dir, 'flawed')),
    auditDemoConfig('launchready.fixed.yml', fixed.url, join(tmp.dir, 'fixed'), undefined, 10_000),
  ]);
});
after(async () => {
  await flawed?.close();
  await fixed?.close();
  tmp.cleanup();
});

test('the tables cover every registered API and perf check', () => {
  const all = [...apiChecks, ...perfChecks].map((c) => c.id).sort();
  assert.deepEqual(Object.keys(FIXED_PASS).sort(), all);
  assert.deepEqual(Object.keys(FLAWED_EXPECT).sort(), all.filter((id) => id !== 'api/identities'));
});

test('flawed demo: every API check finds its flaw; NO-GO', () => {
  const found = ids(flawedReport);
  const missing: string[] = [];
  for (const [check, messages] of Object.entries(FLAWED_EXPECT)) for (const m of messages) if (!found.includes(`${check}:${m}`)) missing.push(`${check}:${m}`);
  assert.deepEqual(missing, [], `found: ${found.join(', ')}`);
  assert.equal(flawedReport.decision, 'NO-GO');
  assert.deepEqual(flawedReport.findings.filter((f) => f.status === 'error').map((f) => `${f.checkId}: ${f.message}`), []);
});

test('fixed twin: zero medium-or-higher API findings, a pass from every check, GO', () => {
  const bad = fixedReport.findings.filter((f) => (f.status === 'fail' || f.status === 'warn' || f.status === 'error') && ['critical', 'high', 'medium'].includes(f.severity));
  assert.deepEqual(bad.map((f) => `${f.checkId}:${f.messageId}: ${f.message}`), []);
  const passes = ids(fixedReport, ['pass']);
  const missing = Object.entries(FIXED_PASS).filter(([c, m]) => !passes.includes(`${c}:${m}`)).map(([c, m]) => `${c}:${m}`);
  assert.deepEqual(missing, [], `passes: ${passes.join(', ')}`);
  assert.equal(fixedReport.decision, 'GO');
});

test('every API finding carries OWASP + CWE, an HTTP location, evidence and a curl command', () => {
  for (const f of flawedReport.findings.filter((x) => x.status === 'fail')) {
    assert.match(f.owasp ?? '', /^API\d+:2023$/, f.checkId);
    assert.match(f.cwe ?? '', /^CWE-\d+$/, f.checkId);
    assert.ok(f.location?.method && f.location.path, `${f.checkId} location`);
    if (f.checkId !== 'api/reset-token' || f.messageId !== 'weakToken') {
      assert.ok(f.evidence && f.evidence.includes('HTTP'), `${f.checkId} evidence`);
      assert.match(String(f.meta?.curl ?? ''), /^(LR_FORGED="[^"]+"\."[^"]+"\.[^;]*; )?(head -c \d+ .*\| )?curl /, `${f.checkId} curl`);
    }
  }
  const bola = flawedReport.findings.find((f) => f.checkId === 'api/bola' && f.status === 'fail')!;
  assert.match(bola.evidence!, /control/i);
  assert.equal(bola.location?.path, '/api/invoices/{invoiceId}');
  assert.ok(Array.isArray(bola.meta?.confirmedBy));
});

test('no password, token or webhook secret survives in findings or the evidence log', () => {
  const text = JSON.stringify(flawedReport) + readFileSync(join(tmp.dir, 'flawed', 'api-evidence.jsonl'), 'utf8');
  for (const secret of ['alice-Pass-2026', 'bob-Pass-2026', 'demo-market-webhook-signing-secret-5b8e', ['change', 'me'].join('')]) {
    assert.equal(text.includes(secret), false, `${secret} leaked`);
  }
  assert.equal(/eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{20,}/.test(text), false, 'a whole JWT leaked');
  // every line of the log is valid JSON and names its check
  const lines = readFileSync(join(tmp.dir, 'fixed', 'api-evidence.jsonl'), 'utf8').trim().split('\n');
  assert.ok(lines.length > 100);
  for (const l of lines) assert.ok(typeof (JSON.parse(l) as { checkId: string }).checkId === 'string');
});

test('budget: both audits stay far under 3,000 requests; report.checks has requests per check', () => {
  assert.ok((flawedReport.requests ?? 0) < 1500, `flawed used ${flawedReport.requests}`);
  assert.ok((fixedReport.requests ?? 0) < 1500, `fixed used ${fixedReport.requests}`);
  assert.ok(flawedReport.checks?.some((c) => c.checkId === 'api/rate-limit' && (c.requests ?? 0) > 0));
});
