import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyWaivers, buildReport, decide, diffBaseline, DEFAULT_GATE, mergeBaselines, parseBaseline } from './policy.js';
import type { Finding, Severity, Status } from './types.js';

let n = 0;
function f(severity: Severity, status: Status = 'fail', extra: Partial<Finding> = {}): Finding {
  n++;
  return {
    id: (n.toString(16) + '0'.repeat(16)).slice(0, 16),
    checkId: extra.checkId ?? 'api/bola',
    status,
    severity,
    title: 't',
    message: 'm',
    location: { host: 'api.example.test', path: `/orders/${n}` },
    ...extra,
  };
}

const table: { name: string; findings: Finding[]; gate?: Partial<typeof DEFAULT_GATE>; expect: 'GO' | 'NO-GO' }[] = [
  { name: 'no findings', findings: [], expect: 'GO' },
  { name: 'one high fail', findings: [f('high')], expect: 'NO-GO' },
  { name: 'one critical fail', findings: [f('critical')], expect: 'NO-GO' },
  { name: 'medium fail under default gate', findings: [f('medium')], expect: 'GO' },
  { name: 'medium fail with failOn medium', findings: [f('medium')], gate: { failOn: 'medium' }, expect: 'NO-GO' },
  { name: 'high warn does not block by default', findings: [f('high', 'warn')], expect: 'GO' },
  { name: 'high warn blocks with blockOnWarn', findings: [f('high', 'warn')], gate: { blockOnWarn: true }, expect: 'NO-GO' },
  { name: 'an error finding makes the run incomplete', findings: [f('high', 'error')], expect: 'NO-GO' },
  { name: 'an info-severity error is incomplete too (the check proved nothing)', findings: [f('info', 'error')], expect: 'NO-GO' },
  { name: 'an error accepted by gate.allowErrors', findings: [f('high', 'error', { waiver: { owner: 'a', reason: 'b', matchedBy: 'allowErrors' } })], expect: 'GO' },
  { name: 'high pass', findings: [f('high', 'pass')], expect: 'GO' },
  { name: 'waived high', findings: [f('high', 'fail', { waiver: { owner: 'a', reason: 'b', matchedBy: 'id' } })], expect: 'GO' },
  { name: 'unchanged high with newOnly', findings: [f('high', 'fail', { baseline: 'unchanged' })], gate: { newOnly: true }, expect: 'GO' },
  { name: 'new high with newOnly', findings: [f('high', 'fail', { baseline: 'new' })], gate: { newOnly: true }, expect: 'NO-GO' },
  { name: 'unchanged high without newOnly still blocks (a baseline marks, it does not hide)', findings: [f('high', 'fail', { baseline: 'unchanged' })], expect: 'NO-GO' },
  { name: 'an error with gate.failOnError false does not block', findings: [f('high', 'error')], gate: { failOnError: false }, expect: 'GO' },
  { name: 'an error with gate.failOnError true (the default) blocks', findings: [f('info', 'error')], gate: { failOnError: true }, expect: 'NO-GO' },
  { name: 'gate.failOnError false still blocks on a high fail', findings: [f('high', 'error'), f('high')], gate: { failOnError: false }, expect: 'NO-GO' },
];

for (const c of table) {
  test(`gate: ${c.name} → ${c.expect}`, () => {
    const r = decide(c.findings, { ...DEFAULT_GATE, ...c.gate });
    assert.equal(r.decision, c.expect);
  });
}

test('gate explanation names errors so they are never read as a pass', () => {
  const r = decide([f('high', 'error')]);
  assert.match(r.explanation, /incomplete: 1 check could not run/);
  assert.equal(r.incomplete.length, 1);
});

test('an interrupted run is never GO and says what stopped it', () => {
  const r = decide([f('high', 'pass')], DEFAULT_GATE, { interrupted: 'SIGTERM' });
  assert.equal(r.decision, 'NO-GO');
  assert.match(r.explanation, /interrupted by SIGTERM/);
  const report = buildReport({ findings: [f('low', 'pass')], startedAt: new Date(), version: 't', interrupted: 'SIGINT' });
  assert.equal(report.decision, 'NO-GO');
  assert.equal(report.interrupted, true);
  assert.equal(report.interruptedBy, 'SIGINT');
});

test('gate.allowErrors accepts matching errors (checkId, area wildcard, target) until it expires', () => {
  const now = new Date('2026-06-01T00:00:00Z');
  const errs = () => [f('high', 'error', { checkId: 'api/bola' }), f('medium', 'error', { checkId: 'edge/hsts', location: { host: 'www.example.test' } })];
  const build = (allowErrors: NonNullable<typeof DEFAULT_GATE.allowErrors>) => buildReport({ findings: errs(), startedAt: now, now, version: 't', gate: { allowErrors } });
  const none = build([]);
  assert.equal(none.decision, 'NO-GO');
  assert.deepEqual(none.incomplete, { errors: 2, checks: ['api/bola', 'edge/hsts'] });
  const area = build([{ checkId: 'api/*', owner: 'dana', reason: 'staging api down', expires: '2026-06-30' }]);
  assert.deepEqual(area.incomplete, { errors: 1, checks: ['edge/hsts'] });
  const both = build([{ owner: 'dana', reason: 'known outage', expires: '2026-06-30' }]);
  assert.equal(both.decision, 'GO');
  assert.equal(both.incomplete, undefined);
  assert.match(both.gate!.explanation, /2 check errors accepted by gate\.allowErrors/);
  const target = build([{ checkId: 'edge/hsts', target: 'api.example.test', owner: 'dana', reason: 'other host', expires: '2026-06-30' }]);
  assert.equal(target.incomplete?.errors, 2);
  const expired = build([{ owner: 'dana', reason: 'old outage', expires: '2026-05-01' }]);
  assert.equal(expired.decision, 'NO-GO');
  assert.equal(expired.incomplete?.errors, 2);
  assert.ok(expired.findings.some((x) => x.checkId === 'policy/waiver-expired' && /allowErrors/.test(x.message)));
});

test('waiver by id accepts the finding; by checkId+target only the matching target', () => {
  const a = f('high', 'fail', { checkId: 'edge/hsts', location: { host: 'www.example.test' } });
  const b = f('high', 'fail', { checkId: 'edge/hsts', location: { host: 'api.example.test' } });
  const c = f('high', 'fail', { checkId: 'api/bfla' });
  const out = applyWaivers([a, b, c], [
    { checkId: 'edge/hsts', target: 'www.example.test', owner: 'ops@x', reason: 'legacy host until Q3', expires: '2099-01-01' },
    { id: c.id, owner: 'cto@x', reason: 'admin API behind VPN' },
  ]);
  assert.equal(out[0]!.waiver?.matchedBy, 'checkId+target');
  assert.equal(out[0]!.waiver?.owner, 'ops@x');
  assert.equal(out[1]!.waiver, undefined);
  assert.equal(out[2]!.waiver?.matchedBy, 'id');
  assert.equal(decide(out).decision, 'NO-GO'); // b still blocks
});

test('an expired waiver stops waiving and says so', () => {
  const a = f('critical', 'fail', { checkId: 'secrets/stripe-secret-key' });
  const now = new Date('2026-06-02T10:00:00Z');
  const out = applyWaivers([a], [{ checkId: 'secrets/stripe-secret-key', owner: 'dev@x', reason: 'rotating', expires: '2026-06-01' }], now);
  assert.equal(out[0]!.waiver, undefined);
  const expired = out.find((x) => x.checkId === 'policy/waiver-expired')!;
  assert.equal(expired.status, 'warn');
  assert.equal(expired.messageId, 'expired');
  assert.equal(expired.data?.expires, '2026-06-01');
  assert.equal(expired.data?.matched, 1);
  assert.equal(decide(out).decision, 'NO-GO');
  // the expiry day itself still counts as valid
  const sameDay = applyWaivers([a], [{ checkId: 'secrets/stripe-secret-key', owner: 'dev@x', reason: 'rotating', expires: '2026-06-02' }], now);
  assert.ok(sameDay[0]!.waiver);
});

test('a waiver that matches nothing is reported so it gets cleaned up', () => {
  const out = applyWaivers([f('low')], [{ checkId: 'api/ssrf', owner: 'x', reason: 'old' }]);
  assert.ok(out.some((x) => x.checkId === 'policy/waiver-unused' && x.severity === 'info'));
});

test('baseline diff marks new and unchanged and lists fixed', () => {
  const kept = f('high');
  const gone = f('medium');
  const added = f('high');
  const d = diffBaseline([kept, added], { findings: [kept, gone] });
  assert.equal(d.findings.find((x) => x.id === kept.id)!.baseline, 'unchanged');
  assert.equal(d.findings.find((x) => x.id === added.id)!.baseline, 'new');
  assert.deepEqual(d.fixed.map((x) => x.id), [gone.id]);
});

test('buildReport: summary counts only active findings, sorted by status then severity, dedupes ids', () => {
  const a = f('low');
  const b = f('critical');
  const c = f('high', 'pass');
  const d = f('medium', 'error');
  const r = buildReport({ findings: [a, b, c, d, { ...b }], startedAt: new Date('2026-01-01T00:00:00Z'), finishedAt: new Date('2026-01-01T00:00:01.5Z'), version: '0.1.0' });
  assert.deepEqual(r.summary, { critical: 1, high: 0, medium: 0, low: 1, info: 0 });
  assert.deepEqual(r.findings.map((x) => x.id), [b.id, a.id, d.id, c.id]);
  assert.equal(r.durationMs, 1500);
  assert.equal(r.decision, 'NO-GO');
  assert.equal(r.errors, 1);
  assert.equal(r.schemaVersion, 1);
});

test('gate.failOnError false: the explanation still names the checks that could not run', () => {
  const r = decide([f('high', 'error')], { ...DEFAULT_GATE, failOnError: false });
  assert.equal(r.decision, 'GO');
  assert.equal(r.incomplete.length, 1);
  assert.match(r.explanation, /^GO: .*Incomplete: 1 check could not run \(status: error\): gate\.failOnError is off/);
});

test('unchanged findings that block: the explanation points at --new-only', () => {
  const r = decide([f('high', 'fail', { baseline: 'unchanged' }), f('high', 'fail', { baseline: 'new' })], DEFAULT_GATE);
  assert.equal(r.decision, 'NO-GO');
  assert.match(r.explanation, /1 of them is unchanged since the baseline: --new-only \(gate\.newOnly\) blocks on new findings only/);
  assert.doesNotMatch(decide([f('high', 'fail', { baseline: 'new' })], DEFAULT_GATE).explanation, /unchanged/);
});

test('parseBaseline reads a JSON report, a --baseline-write file and the older id list; anything else is refused by name', () => {
  const full = f('high');
  assert.deepEqual(parseBaseline({ schemaVersion: 1, findings: [full] }, 'r.json').findings, [full]);
  const b = parseBaseline({ kind: 'launchready-baseline', schemaVersion: 1, findings: [{ id: 'aaaaaaaaaaaaaaaa', checkId: 'secrets/stripe-secret-key', file: 'pay.ts', commit: 'c'.repeat(40) }] }, 'b.json');
  assert.deepEqual(
    b.findings.map((x) => [x.id, x.checkId, x.status, x.location]),
    [['aaaaaaaaaaaaaaaa', 'secrets/stripe-secret-key', 'fail', { file: 'pay.ts', commit: 'c'.repeat(40) }]],
  );
  assert.deepEqual(parseBaseline({ findings: ['bbbbbbbbbbbbbbbb', ''] }, 'old.json').findings.map((x) => [x.id, x.checkId, x.status]), [['bbbbbbbbbbbbbbbb', 'baseline/entry', 'fail']]);
  assert.throws(() => parseBaseline([{ id: 'x' }], 'gitleaks.json'), /gitleaks\.json: not a launchready JSON report or baseline file/);
  assert.throws(() => parseBaseline({ findings: [{ checkId: 'a/b' }] }, 'x.json'), /x\.json: findings\[0\] has no "id"/);
});

test('a baseline marks and never hides: known secrets are listed unchanged, block without newOnly, not with it', () => {
  const known = f('critical', 'fail', { checkId: 'secrets/stripe-secret-key' });
  const fresh = f('high', 'fail', { checkId: 'secrets/aws-access-key' });
  const baseline = parseBaseline({ kind: 'launchready-baseline', findings: [{ id: known.id, checkId: known.checkId }] }, 'b.json');
  const all = buildReport({ findings: [known, fresh], startedAt: new Date(0), version: 't', baseline });
  assert.deepEqual(all.findings.map((x) => [x.checkId, x.baseline]), [['secrets/stripe-secret-key', 'unchanged'], ['secrets/aws-access-key', 'new']]);
  assert.equal(all.decision, 'NO-GO');
  const onlyKnown = buildReport({ findings: [known], startedAt: new Date(0), version: 't', baseline, gate: { newOnly: true } });
  assert.equal(onlyKnown.decision, 'GO');
  assert.equal(onlyKnown.findings.length, 1);
  assert.equal(onlyKnown.findings[0]!.baseline, 'unchanged');
  const withNew = buildReport({ findings: [known, fresh], startedAt: new Date(0), version: 't', baseline, gate: { newOnly: true } });
  assert.equal(withNew.decision, 'NO-GO');
  assert.deepEqual(withNew.findings.filter((x) => x.baseline === 'new').map((x) => x.checkId), ['secrets/aws-access-key']);
});

test('fixed lists only findings of checks that ran; merged baselines know every id once', () => {
  const gone = f('high', 'fail', { checkId: 'secrets/stripe-secret-key' });
  const elsewhere = f('high', 'fail', { checkId: 'api/bola' });
  const baseline = mergeBaselines({ findings: [gone] }, undefined, { findings: [elsewhere, gone] })!;
  assert.equal(baseline.findings.length, 2);
  const r = buildReport({ findings: [], startedAt: new Date(0), version: 't', baseline, checks: [{ checkId: 'secrets/stripe-secret-key', durationMs: 1, status: 'ok' }] });
  assert.deepEqual(r.fixed!.map((x) => x.checkId), ['secrets/stripe-secret-key']);
  assert.equal(mergeBaselines(undefined, undefined), undefined);
});
