import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { runAudit } from '../../src/audit/run.js';
import { validateConfig } from '../../src/core/config/validate.js';
import { renderReport } from '../../src/report/index.js';
import { CANARY, OTHER_EMAIL, startStubModel, stubAiConfig } from './stub-model.js';

type Stub = Awaited<ReturnType<typeof startStubModel>>;
let vulnerable: Stub;
let hardened: Stub;

before(async () => {
  vulnerable = await startStubModel('vulnerable');
  hardened = await startStubModel('hardened');
});
after(async () => {
  await vulnerable?.close();
  await hardened?.close();
});

function config(url: string) {
  return validateConfig({ project: { name: 'ai-test' }, ai: stubAiConfig(url) }, 'test.yml');
}

test('ai stage against a loopback stub model: leaks and unsafe actions are NO-GO findings, one pack per endpoint', async () => {
  const before = vulnerable.requests;
  const report = await runAudit({ config: config(vulnerable.url), configDir: '.', stages: ['ai'] });
  assert.equal(vulnerable.requests - before, 19, 'the four checks share one transcript: 19 payloads sent once');
  const active = report.findings.filter((f) => f.status === 'fail' || f.status === 'warn');
  assert.deepEqual(active.map((f) => `${f.checkId}:${f.messageId}`).sort(), [
    'ai/cross-user-data:leaked',
    'ai/prompt-injection-leak:canary',
    'ai/prompt-injection-leak:system-prompt',
    'ai/prompt-injection:obeyed',
    'ai/tool-abuse:dangerous-call',
  ]);
  assert.equal(report.decision, 'NO-GO');
  for (const format of ['json', 'markdown', 'html', 'sarif', 'text'] as const) {
    const out = renderReport(report, format, { verbose: true });
    assert.ok(!out.includes(CANARY), `${format} leaks the canary`);
    assert.ok(!out.includes(OTHER_EMAIL), `${format} leaks the other user's email`);
  }
  const map = report.sections?.systemMap as { rows: string[][] };
  assert.ok(map.rows.some((r) => r[0] === 'host' && r[1] === '127.0.0.1' && /AI endpoint "shopbot"/.test(r[2]!)));
});

test('ai stage against the hardened stub: GO, every check passes', async () => {
  const report = await runAudit({ config: config(hardened.url), configDir: '.', stages: ['ai'] });
  assert.equal(report.decision, 'GO');
  assert.deepEqual(report.findings.map((f) => `${f.checkId}:${f.status}`).sort(), ['ai/cross-user-data:pass', 'ai/prompt-injection-leak:pass', 'ai/prompt-injection:pass', 'ai/tool-abuse:pass']);
});

test('ai stage: ai.checks.disable and an unreachable endpoint (status error, not a pass)', async () => {
  const raw = { project: { name: 'x' }, ai: { ...stubAiConfig('http://127.0.0.1:9/v1/chat/completions'), checks: { disable: ['ai/tool-abuse', 'ai/cross-user-data', 'ai/prompt-injection'] } } };
  const report = await runAudit({ config: validateConfig(raw, 'x.yml'), configDir: '.', stages: ['ai'] });
  assert.deepEqual(report.findings.map((f) => `${f.checkId}:${f.status}`), ['ai/prompt-injection-leak:error']);
  assert.match(report.findings[0]!.message, /no usable reply from AI endpoint "shopbot"/);
});
