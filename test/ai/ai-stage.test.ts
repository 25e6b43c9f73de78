import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { runAudit } from '../../src/audit/run.js';
import { validateConfig } from '../../src/core/config/validate.js';
import { renderReport } from '../../src/report/index.js';
import { CANARY, OTHER_EMAIL, startStubModel, stubAiConfig } from './stub-model.js';
import { PAYLOADS } from '../../src/checks/ai/payloads.js';

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
  // The checks share one transcript: every payload once, 3 malformed requests, then ai/resource-limits' 20-request
  // burst and one oversized input.
  assert.equal(vulnerable.requests - before, PAYLOADS.length + 3 + 1 + 20);
  const active = report.findings.filter((f) => f.status === 'fail' || f.status === 'warn');
  assert.deepEqual(active.map((f) => `${f.checkId}:${f.messageId}`).sort(), [
    'ai/cross-user-data:leaked',
    'ai/encoding-bypass:found',
    'ai/indirect-injection:found',
    'ai/jailbreak:found',
    'ai/prompt-injection-leak:found',
    'ai/prompt-injection:found',
    'ai/resource-limits:missing',
    'ai/tool-abuse:no-outcome',
    'ai/tool-abuse:no-outcome',
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

test('ai stage against the hardened stub: every class check passes; only the missing rate/size caps remain', async () => {
  const report = await runAudit({ config: config(hardened.url), configDir: '.', stages: ['ai'] });
  // The stub has no rate or size limit (ai/resource-limits, medium) and fetches nothing; everything else passes.
  assert.deepEqual(report.findings.map((f) => `${f.checkId}:${f.status}`).sort(), [
    'ai/cross-user-data:pass',
    'ai/encoding-bypass:pass',
    'ai/error-leak:pass',
    'ai/indirect-injection:pass',
    'ai/jailbreak:pass',
    'ai/markdown-exfiltration:pass',
    'ai/prompt-injection-leak:pass',
    'ai/prompt-injection:pass',
    'ai/resource-limits:fail',
    'ai/ssrf:pass',
    'ai/tool-abuse:pass',
  ]);
});

test('ai stage: ai.checks.disable and an unreachable endpoint (status error, not a pass)', async () => {
  const raw = { project: { name: 'x' }, ai: { ...stubAiConfig('http://127.0.0.1:9/v1/chat/completions'), checks: { disable: ['ai/tool-abuse', 'ai/cross-user-data', 'ai/prompt-injection', 'ai/jailbreak', 'ai/encoding-bypass', 'ai/indirect-injection', 'ai/ssrf', 'ai/markdown-exfiltration', 'ai/error-leak', 'ai/resource-limits'] } } };
  const report = await runAudit({ config: validateConfig(raw, 'x.yml'), configDir: '.', stages: ['ai'] });
  assert.deepEqual(report.findings.map((f) => `${f.checkId}:${f.status}`), ['ai/prompt-injection-leak:error']);
  assert.match(report.findings[0]!.message, /no usable reply from AI endpoint "shopbot"/);
});
