import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding, Report } from '../../src/core/types.js';
import { auditRaw, tmpDir } from './helpers.js';
import { BLIND3_FLAWS, blind3Config, startBlind3, type Blind3App, type Blind3Flaw } from './blind3-app.js';
import { apiChecks } from '../../src/checks/api/index.js';

// Third blind evaluation (issue #5): "Billdesk" (test/api/blind3-app.ts), a Django REST Framework-style API with
// sequential integer ids and trailing slashes, DRF pagination and a JSON:API endpoint, session logins behind CSRF
// and DRF token auth, an OpenAPI 3.0 YAML document found by api.discoverOpenapi at /api/schema/, a 6-digit reset code,
// a Bearer shared-secret webhook and a base64 HMAC one, and Django's debug pages. Every planted flaw must be found by
// its checkId on its route; the fixed twin must have no fail/warn finding of medium or higher; each run stays under
// 3,000 requests and 60 s and explains every error. BLIND3_UNOBSERVABLE (a per-account login lockout) is planted but
// not counted: from one source address it behaves like the fixed per-address lockout.

const tmp = tmpDir('lr-blind3-');
let flawed: Blind3App;
let fixed: Blind3App;
let flawedReport: Report;
let fixedReport: Report;
const wall: Record<string, number> = {};
const SEVERE = ['critical', 'high', 'medium'];

// Flaws the engine does not find yet; every engine fix removes its entry (the list must match exactly, so a fix
// that starts finding one cannot go unnoticed). First blind run, before any fix (with the config docs/api.md allowed
// then: no login.csrf, no bearer webhook scheme): 2 of 23 found, 272 requests, 1.4 s; the three session identities
// could not sign in (403 CSRF), the YAML document at /api/schema/ was not found, and the fixed twin had two medium+
// false positives (login "unlimited" on 403 CSRF answers, weakToken on a 6-digit code with an attempt limit).
// After the engine fixes: 23 of 23, about 720 requests and 15 s (flawed), 660 requests and 9 s (fixed), no medium+
// finding on the fixed twin.
const KNOWN_MISSES: string[] = [];

function onRoute(f: Finding, flaw: Blind3Flaw): boolean {
  if (!flaw.paths) return true;
  const p = f.location?.path;
  if (!p) return false;
  return flaw.paths.some((t) => p === t || new RegExp(`^${t.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+')}$`).test(p));
}

function found(report: Report, flaw: Blind3Flaw): boolean {
  return report.findings.some(
    (f) =>
      f.checkId === flaw.checkId &&
      (f.status === 'fail' || f.status === 'warn') &&
      onRoute(f, flaw) &&
      (!flaw.messageId || f.messageId === flaw.messageId) &&
      (!flaw.field || f.data?.field === flaw.field),
  );
}

async function timed(name: string, app: Blind3App): Promise<Report> {
  const t0 = performance.now();
  const r = await auditRaw(blind3Config(app, `${tmp.dir}/${name}`), tmp.dir);
  wall[name] = performance.now() - t0;
  return r;
}

before(async () => {
  [flawed, fixed] = await Promise.all([startBlind3({ fixed: false }), startBlind3({ fixed: true })]);
  flawedReport = await timed('flawed', flawed);
  fixedReport = await timed('fixed', fixed);
  if (process.env.LR_BLIND_VERBOSE) {
    for (const [name, r] of [['flawed', flawedReport], ['fixed', fixedReport]] as const) {
      console.log(`--- ${name}: ${r.requests} requests, ${(wall[name]! / 1000).toFixed(1)} s, decision ${r.decision}`);
      for (const f of r.findings.filter((x) => x.status !== 'pass')) console.log(`${f.status.padEnd(7)} ${f.severity.padEnd(8)} ${f.checkId}:${f.messageId} ${f.location?.method ?? ''} ${f.location?.path ?? f.location?.url ?? ''} — ${f.message}`);
    }
    const missed = BLIND3_FLAWS.filter((f) => !found(flawedReport, f));
    console.log(`recall ${BLIND3_FLAWS.length - missed.length}/${BLIND3_FLAWS.length}; missed: ${missed.map((m) => m.id).join(', ')}`);
  }
});
after(async () => {
  await Promise.all([flawed?.close(), fixed?.close()]);
  tmp.cleanup();
});

test('flawed Billdesk: every planted flaw is found by its check on its route', () => {
  const missed = BLIND3_FLAWS.filter((f) => !found(flawedReport, f));
  const recall = (BLIND3_FLAWS.length - missed.length) / BLIND3_FLAWS.length;
  assert.deepEqual(missed.map((m) => m.id), KNOWN_MISSES, `recall ${(recall * 100).toFixed(0)}%: missed ${missed.map((m) => `${m.id} (${m.checkId} ${m.paths?.[0] ?? ''})`).join(', ')}`);
});

test('fixed Billdesk: no fail or warn finding of medium or higher', () => {
  const bad = fixedReport.findings.filter((f) => ['fail', 'warn'].includes(f.status) && SEVERE.includes(f.severity));
  assert.deepEqual(bad.map((f) => `${f.checkId}:${f.messageId} ${f.location?.path ?? ''}: ${f.message}`), []);
  assert.equal(fixedReport.decision, 'GO');
});

test('both runs: under 3,000 requests and 60 s, and every status:error finding says why', () => {
  for (const [name, r] of [['flawed', flawedReport], ['fixed', fixedReport]] as const) {
    assert.ok((r.requests ?? 0) < 3000, `${name}: ${r.requests} requests`);
    assert.ok(wall[name]! < 60_000, `${name}: ${wall[name]} ms`);
    for (const f of r.findings.filter((x) => x.status === 'error')) assert.ok(f.message && f.message.length > 10 && !/undefined/.test(f.message), `${name}: ${f.checkId}:${f.messageId} ${f.message}`);
  }
});

test('the reset flow ran: single-use codes on both twins, brute-forceable only on the flawed one; every identity signed in', () => {
  const reset = (r: Report) => r.findings.filter((f) => f.checkId === 'api/reset-token').map((f) => `${f.status}:${f.messageId}`).sort();
  assert.deepEqual(reset(fixedReport), ['pass:attemptLimited', 'pass:singleUse']);
  assert.deepEqual(reset(flawedReport), ['fail:bruteForceable', 'pass:singleUse']);
  for (const r of [flawedReport, fixedReport]) assert.deepEqual(r.findings.filter((f) => f.checkId === 'api/identities' && f.status !== 'pass').map((f) => f.message), []);
});

test('without login.csrf the CSRF endpoint is found: every session identity signs in and the login flow is judged', async () => {
  // The config docs/api.md allowed before this evaluation (no login.csrf); only logins and the enumeration check run.
  const raw = blind3Config(flawed, `${tmp.dir}/nocsrf`, { csrf: false, bearerWebhook: false });
  const api = raw.api as Record<string, unknown>;
  api.checks = { disable: apiChecks.map((c) => c.id).filter((id) => id !== 'api/identities' && id !== 'api/user-enumeration') };
  const r = await auditRaw(raw, tmp.dir);
  assert.deepEqual(r.findings.filter((f) => f.checkId === 'api/identities' && f.status !== 'pass').map((f) => f.message), []);
  assert.ok(r.findings.some((f) => f.checkId === 'api/user-enumeration' && f.status === 'fail' && f.location?.path === '/api/auth/login/'), JSON.stringify(r.findings.map((f) => `${f.checkId}:${f.messageId}:${f.status}`)));
  assert.ok((r.requests ?? 0) < 400, `${r.requests} requests`); // discovery reads everything once
});
