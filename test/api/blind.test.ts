import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding, Report } from '../../src/core/types.js';
import { auditRaw, tmpDir } from './helpers.js';
import { BLIND_FLAWS, blindConfig, blindOpenApi, startBlind, type BlindApp, type BlindFlaw } from './blind-app.js';

// Blind evaluation (issue #5): an API in a style the engine was not tuned on (test/api/blind-app.ts, "Ledgerly").
// Every planted flaw of the ground truth must be found by its checkId on its route; the fixed twin must have no
// fail/warn finding of medium or higher; the run stays under 3,000 requests and explains every error.

const tmp = tmpDir('lr-blind-');
const spec = join(tmp.dir, 'ledgerly.openapi.json');
writeFileSync(spec, JSON.stringify(blindOpenApi()));
let flawed: BlindApp;
let fixed: BlindApp;
let flawedReport: Report;
let fixedReport: Report;
const wall: Record<string, number> = {};

const SEVERE = ['critical', 'high', 'medium'];

// Flaws the engine does not find yet; every engine fix removes its entry (the list must match exactly, so a fix
// that starts finding one cannot go unnoticed). First blind run (before any fix): 8 of 24 found; every identity
// that logs in by form post (303 + cookie) failed to sign in.
const KNOWN_MISSES: string[] = [];

/** Does a finding's location name the flaw's route? (a concrete config path matches its template) */
function onRoute(f: Finding, flaw: BlindFlaw): boolean {
  if (!flaw.path) return true;
  const p = f.location?.path;
  if (!p) return false;
  if (p === flaw.path) return true;
  const re = new RegExp(`^${flaw.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+')}$`);
  return re.test(p);
}

export function found(report: Report, flaw: BlindFlaw): boolean {
  return report.findings.some((f) => f.checkId === flaw.checkId && (f.status === 'fail' || f.status === 'warn') && onRoute(f, flaw));
}

async function timed(name: string, app: BlindApp): Promise<Report> {
  const t0 = performance.now();
  const r = await auditRaw(blindConfig(app, spec, join(tmp.dir, name)), tmp.dir);
  wall[name] = performance.now() - t0;
  return r;
}

before(async () => {
  [flawed, fixed] = await Promise.all([startBlind({ fixed: false }), startBlind({ fixed: true })]);
  // One after the other: each run is timed against the 60 s target on a 2-core machine.
  flawedReport = await timed('flawed', flawed);
  fixedReport = await timed('fixed', fixed);
  if (process.env.LR_BLIND_VERBOSE) {
    for (const [name, r] of [['flawed', flawedReport], ['fixed', fixedReport]] as const) {
      console.log(`--- ${name}: ${r.requests} requests, ${(wall[name]! / 1000).toFixed(1)} s, decision ${r.decision}`);
      for (const f of r.findings.filter((x) => x.status !== 'pass')) console.log(`${f.status.padEnd(7)} ${f.severity.padEnd(8)} ${f.checkId}:${f.messageId} ${f.location?.method ?? ''} ${f.location?.path ?? f.location?.url ?? ''} — ${f.message}`);
    }
  }
});
after(async () => {
  await Promise.all([flawed?.close(), fixed?.close()]);
  tmp.cleanup();
});

test('flawed Ledgerly: every planted flaw is found by its check on its route', () => {
  const missed = BLIND_FLAWS.filter((f) => !found(flawedReport, f));
  const recall = (BLIND_FLAWS.length - missed.length) / BLIND_FLAWS.length;
  assert.deepEqual(missed.map((m) => m.id), KNOWN_MISSES, `recall ${(recall * 100).toFixed(0)}%: missed ${missed.map((m) => `${m.id} (${m.checkId} ${m.path ?? ''})`).join(', ')}`);
});

test('fixed Ledgerly: no fail or warn finding of medium or higher', () => {
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

test('the fixed twin\'s reset flow ran and left the password working', () => {
  assert.ok(fixedReport.findings.some((f) => f.checkId === 'api/reset-token' && f.messageId === 'singleUse' && f.status === 'pass'), JSON.stringify(fixedReport.findings.filter((f) => f.checkId === 'api/reset-token').map((f) => f.message)));
});

test('flows without config: the invite route under the tenant is guessed and filled; a flow path that is not there is an error, not "unlimited"', async () => {
  const app = await startBlind({ fixed: true });
  try {
    const only = (keep: string[]) => ({ disable: ['api/security-headers', 'api/cookie-flags', 'api/error-handling', 'api/exposed-debug', 'api/bundle-secrets', 'perf/latency-p95', 'api/cors', 'api/ssrf', 'api/mass-assignment', 'api/reset-token', 'api/webhook-signature', 'api/webhook-replay', 'api/jwt-signature', 'api/jwt-expired', 'api/jwt-claims', 'api/jwt-weak-secret', 'api/jwt-alg-none', 'api/bola', 'api/bfla', 'api/authn-missing', 'api/sensitive-fields', 'api/cache-private', 'api/user-enumeration', 'api/identities', 'api/rate-limit'].filter((c) => !keep.includes(c)) });
    const raw = blindConfig(app, spec, join(tmp.dir, 'guess'));
    const api = raw.api as Record<string, unknown>;
    delete api.invite;
    delete api.reset;
    api.webhooks = [];
    api.checks = only(['api/rate-limit']);
    const guessed = await auditRaw(raw, tmp.dir);
    const invite = guessed.findings.find((f) => f.checkId === 'api/rate-limit' && f.location?.path === '/v1/orgs/{orgId}/invites');
    assert.equal(invite?.status, 'pass', JSON.stringify(guessed.findings.map((f) => `${f.status} ${f.messageId} ${f.location?.path}`)));
    api.invite = { path: '/v1/teams/{teamId}/invitations', as: 'dave' };
    (raw.report as Record<string, unknown>).dir = join(tmp.dir, 'guess2');
    const missing = await auditRaw(raw, tmp.dir);
    assert.ok(missing.findings.some((f) => f.checkId === 'api/rate-limit' && f.messageId === 'unfilled' && f.status === 'error'));
    api.invite = { path: '/v1/orgs/101/invitations', as: 'dave' };
    const wrong = await auditRaw(raw, tmp.dir);
    const w = wrong.findings.find((f) => f.checkId === 'api/rate-limit' && f.location?.path === '/v1/orgs/101/invitations');
    assert.equal(w?.messageId, 'unreached');
    assert.equal(w?.status, 'error');
  } finally {
    await app.close();
  }
});

test('platform staff are neither intruders nor owners in BOLA findings', () => {
  const bola = flawedReport.findings.filter((f) => f.checkId === 'api/bola' && f.status === 'fail');
  assert.ok(bola.length > 0);
  for (const f of bola) assert.ok(f.data?.owner !== 'ops' && f.data?.intruder !== 'ops', f.message);
});
