import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyWaivers, buildReport, decide, diffBaseline, DEFAULT_GATE } from './policy.js';
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
  { name: 'high error does not block (but is reported)', findings: [f('high', 'error')], expect: 'GO' },
  { name: 'high pass', findings: [f('high', 'pass')], expect: 'GO' },
  { name: 'waived high', findings: [f('high', 'fail', { waiver: { owner: 'a', reason: 'b', matchedBy: 'id' } })], expect: 'GO' },
  { name: 'unchanged high with newOnly', findings: [f('high', 'fail', { baseline: 'unchanged' })], gate: { newOnly: true }, expect: 'GO' },
  { name: 'new high with newOnly', findings: [f('high', 'fail', { baseline: 'new' })], gate: { newOnly: true }, expect: 'NO-GO' },
];

for (const c of table) {
  test(`gate: ${c.name} → ${c.expect}`, () => {
    const r = decide(c.findings, { ...DEFAULT_GATE, ...c.gate });
    assert.equal(r.decision, c.expect);
  });
}

test('gate explanation names errors so they are never read as a pass', () => {
  const r = decide([f('high', 'error')]);
  assert.match(r.explanation, /1 check could not run/);
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
