import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding, Report } from '../../src/core/types.js';
import { auditRaw, tmpDir } from './helpers.js';
import { BLIND2_FLAWS, blind2Config, startBlind2, type Blind2App, type Blind2Flaw } from './blind2-app.js';

// Second blind evaluation (issue #5): "Taskforge" (test/api/blind2-app.ts), a Fastify-style JSON API with header
// tenancy, short-lived JWTs with role claims, prefixed ULID ids, nested resources, a CSV export, generic HMAC
// webhooks and a Swagger 3.0.3 JSON document. Every planted flaw must be found by its checkId on its route; the
// fixed twin must have no fail/warn finding of medium or higher; each run stays under 3,000 requests and 60 s and
// explains every error.

const tmp = tmpDir('lr-blind2-');
let flawed: Blind2App;
let fixed: Blind2App;
let flawedReport: Report;
let fixedReport: Report;
const wall: Record<string, number> = {};
const SEVERE = ['critical', 'high', 'medium'];

// Flaws the engine does not find yet; every engine fix removes its entry (the list must match exactly, so a fix
// that starts finding one cannot go unnoticed). First blind run, before any fix: 23 of 30 found, 711 requests,
// 15 s; the fixed twin had one medium false positive (a lone 5 s sample made GET /api/me's p95 5101 ms).
const KNOWN_MISSES: string[] = [];

function onRoute(f: Finding, flaw: Blind2Flaw): boolean {
  if (!flaw.paths) return true;
  const p = f.location?.path;
  if (!p) return false;
  return flaw.paths.some((t) => p === t || new RegExp(`^${t.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+')}$`).test(p));
}

function found(report: Report, flaw: Blind2Flaw): boolean {
  return report.findings.some(
    (f) =>
      f.checkId === flaw.checkId &&
      (f.status === 'fail' || f.status === 'warn') &&
      onRoute(f, flaw) &&
      (!flaw.messageId || f.messageId === flaw.messageId) &&
      (!flaw.field || f.data?.field === flaw.field),
  );
}

async function timed(name: string, app: Blind2App): Promise<Report> {
  const t0 = performance.now();
  const r = await auditRaw(blind2Config(app, `${tmp.dir}/${name}`), tmp.dir);
  wall[name] = performance.now() - t0;
  return r;
}

before(async () => {
  [flawed, fixed] = await Promise.all([startBlind2({ fixed: false }), startBlind2({ fixed: true })]);
  flawedReport = await timed('flawed', flawed);
  fixedReport = await timed('fixed', fixed);
  if (process.env.LR_BLIND_VERBOSE) {
    for (const [name, r] of [['flawed', flawedReport], ['fixed', fixedReport]] as const) {
      console.log(`--- ${name}: ${r.requests} requests, ${(wall[name]! / 1000).toFixed(1)} s, decision ${r.decision}`);
      for (const f of r.findings.filter((x) => x.status !== 'pass')) console.log(`${f.status.padEnd(7)} ${f.severity.padEnd(8)} ${f.checkId}:${f.messageId} ${f.location?.method ?? ''} ${f.location?.path ?? f.location?.url ?? ''} — ${f.message}`);
    }
    const missed = BLIND2_FLAWS.filter((f) => !found(flawedReport, f));
    console.log(`recall ${BLIND2_FLAWS.length - missed.length}/${BLIND2_FLAWS.length}; missed: ${missed.map((m) => m.id).join(', ')}`);
  }
});
after(async () => {
  await Promise.all([flawed?.close(), fixed?.close()]);
  tmp.cleanup();
});

test('flawed Taskforge: every planted flaw is found by its check on its route', () => {
  const missed = BLIND2_FLAWS.filter((f) => !found(flawedReport, f));
  const recall = (BLIND2_FLAWS.length - missed.length) / BLIND2_FLAWS.length;
  assert.deepEqual(missed.map((m) => m.id), KNOWN_MISSES, `recall ${(recall * 100).toFixed(0)}%: missed ${missed.map((m) => `${m.id} (${m.checkId} ${m.paths?.[0] ?? ''})`).join(', ')}`);
});

test('fixed Taskforge: no fail or warn finding of medium or higher', () => {
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

test('the fixed twin\'s reset flow ran (single-use tokens) and every identity stayed signed in', () => {
  assert.ok(fixedReport.findings.some((f) => f.checkId === 'api/reset-token' && f.messageId === 'singleUse' && f.status === 'pass'), JSON.stringify(fixedReport.findings.filter((f) => f.checkId === 'api/reset-token').map((f) => f.message)));
  for (const r of [flawedReport, fixedReport]) assert.deepEqual(r.findings.filter((f) => f.checkId === 'api/identities' && f.status !== 'pass').map((f) => f.message), []);
});
