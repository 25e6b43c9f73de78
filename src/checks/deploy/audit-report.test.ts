import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runChecks } from '../../core/runner.js';
import type { Finding, Report } from '../../core/types.js';
import check from './audit-report.js';

let n = 0;
function f(status: Finding['status'], severity: Finding['severity'], extra: Partial<Finding> = {}): Finding {
  n++;
  return { id: n.toString(16).padStart(16, '0'), checkId: 'api/bola', status, severity, title: `t${n}`, message: 'm', ...extra };
}
function audit(findings: Finding[], failOn: 'high' | 'medium' = 'high'): Report {
  return {
    schemaVersion: 1, tool: { name: 'launchready', version: 't' }, decision: 'NO-GO', startedAt: '2026-01-02T03:04:05.000Z', durationMs: 1,
    summary: { critical: 0, high: 0, medium: 0, low: 0, info: 0 }, findings, gate: { failOn, newOnly: false, blocking: 0, explanation: '' },
  } as Report;
}
async function run(report: Report) {
  return (await runChecks([{ check, target: { report, source: 'last.json' }, probes: {} }])).findings;
}

// every message id, passing and failing
const TABLE: { name: string; findings: Finding[]; failOn?: 'high' | 'medium'; expect: [string, string] }[] = [
  { name: 'no finding at all', findings: [], expect: ['clear', 'pass'] },
  { name: 'only passes and findings below failOn', findings: [f('pass', 'info'), f('fail', 'medium'), f('warn', 'low')], expect: ['clear', 'pass'] },
  { name: 'a waived high fail and an accepted error', findings: [f('fail', 'high', { waiver: { owner: 'a', reason: 'b', matchedBy: 'id' } }), f('error', 'high', { waiver: { owner: 'a', reason: 'b', matchedBy: 'allowErrors' } })], expect: ['clear', 'pass'] },
  { name: 'an open high fail', findings: [f('fail', 'high')], expect: ['must-fix', 'fail'] },
  { name: 'a medium warn under failOn medium', findings: [f('warn', 'medium')], failOn: 'medium', expect: ['must-fix', 'fail'] },
  { name: 'a check that could not run', findings: [f('error', 'info', { checkId: 'tls/expiry' })], expect: ['incomplete', 'fail'] },
];

for (const c of TABLE) {
  test(`deploy/audit-report: ${c.name} → ${c.expect.join(' ')}`, async () => {
    const out = await run(audit(c.findings, c.failOn));
    assert.deepEqual(out.map((x) => [x.messageId, x.status]), [c.expect]);
    assert.deepEqual(out[0]!.location, { file: 'last.json' });
    assert.match(out[0]!.message, /The audit of 2026-01-02 03:04 \(last\.json\)/);
  });
}

test('deploy/audit-report: must-fix names the first five items and keeps every id; its id does not depend on them', async () => {
  const many = Array.from({ length: 7 }, () => f('fail', 'critical'));
  const [a] = await run(audit(many));
  assert.match(a!.message, /has 7 open must-fix item\(s\) at or above high: critical api\/bola: t\d+;.*; …\.$/);
  assert.equal((a!.meta!.findingIds as string[]).length, 7);
  assert.match(a!.title, /7 open must-fix item/);
  const [b] = await run(audit([f('fail', 'high')]));
  assert.equal(a!.id, b!.id);
  const [inc] = await run(audit([f('error', 'high', { checkId: 'a/x' }), f('error', 'high', { checkId: 'b/x' }), f('error', 'high', { checkId: 'c/x' }), f('error', 'high', { checkId: 'd/x' })]));
  assert.match(inc!.message, /4 check\(s\) could not run \(a\/x, b\/x, c\/x, …\)/);
});
