import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { runAudit } from '../../src/audit/run.js';
import { validateConfig } from '../../src/core/config/validate.js';
import { renderReport } from '../../src/report/index.js';
import type { Finding } from '../../src/core/types.js';
import { AGENT_CANARY, AGENT_FLAWS, agentAiConfig, startAgentApp, VICTIM, type AgentApp } from './agent-app.js';
import { RAG_CANARY, RAG_FLAWS, RAG_VICTIM_NOTE, ragAiConfig, startRagApp, type RagApp } from './rag-app.js';

/**
 * Issue 19's two LLM apps of different shapes (written before the checks were reworked), each with a hardened
 * twin: every planted flaw must be found by the check of its attack class, and the twin must have nothing at
 * medium or above (and no check in error: a twin that rate-limits must still be judged, under its quota).
 */

type Flaw = { id: string; checkId: string; tool?: string; what: string };
const MEDIUM_UP = new Set(['critical', 'high', 'medium']);

function active(fs: Finding[]): Finding[] {
  return fs.filter((f) => f.status === 'fail' || f.status === 'warn');
}

function score(flaws: readonly Flaw[], findings: Finding[]): { found: string[]; missed: string[] } {
  const act = active(findings);
  const found: string[] = [];
  const missed: string[] = [];
  for (const f of flaws) {
    const hit = act.some((x) => x.checkId === f.checkId && (!f.tool || (x.meta as { tool?: string } | undefined)?.tool === f.tool));
    (hit ? found : missed).push(`${f.id} ${f.checkId}${f.tool ? `:${f.tool}` : ''}`);
  }
  return { found, missed };
}

async function audit(ai: Record<string, unknown>) {
  return runAudit({ config: validateConfig({ project: { name: 'ai-red-team' }, ai }, 'launchready.yml'), configDir: '.', stages: ['ai'] });
}

let agent: AgentApp;
let agentTwin: AgentApp;
let rag: RagApp;
let ragTwin: RagApp;
before(async () => {
  [agent, agentTwin, rag, ragTwin] = await Promise.all([startAgentApp('flawed'), startAgentApp('hardened'), startRagApp('flawed'), startRagApp('hardened')]);
});
after(async () => {
  await Promise.all([agent?.close(), agentTwin?.close(), rag?.close(), ragTwin?.close()]);
});

test('HelpBot (tool-calling agent): every planted flaw found by its class check; secrets masked in every format', { timeout: 120_000 }, async (t) => {
  const report = await audit(agentAiConfig(agent));
  const s = score(AGENT_FLAWS, report.findings);
  t.diagnostic(`HelpBot flawed: ${s.found.length}/${AGENT_FLAWS.length} found; missed: ${s.missed.join(', ') || 'none'}; ${agent.requests} requests`);
  for (const f of report.findings) t.diagnostic(`  ${f.checkId} ${f.status} ${f.severity} ${f.messageId}: ${f.message.slice(0, 160)}`);
  assert.deepEqual(s.missed, []);
  // one finding per attack class and endpoint (tool-abuse: per tool)
  const keys = active(report.findings).map((f) => `${f.checkId}:${(f.meta as { tool?: string } | undefined)?.tool ?? ''}`);
  assert.equal(new Set(keys).size, keys.length, `duplicate findings: ${keys.join(', ')}`);
  assert.equal(report.decision, 'NO-GO');
  for (const format of ['json', 'markdown', 'html', 'sarif', 'text', 'junit'] as const) {
    const out = renderReport(report, format, { verbose: true });
    assert.ok(!out.includes(AGENT_CANARY), `${format} leaks the canary`);
    assert.ok(!out.includes(VICTIM.address), `${format} leaks the other user's address`);
  }
});

test('HelpBot hardened twin: nothing at medium or above, no check in error, blocked and confirmation-held tools are not findings', { timeout: 120_000 }, async (t) => {
  const report = await audit(agentAiConfig(agentTwin));
  for (const f of report.findings) t.diagnostic(`  ${f.checkId} ${f.status} ${f.severity} ${f.messageId}: ${f.message.slice(0, 160)}`);
  const bad = active(report.findings).filter((f) => MEDIUM_UP.has(f.severity));
  assert.deepEqual(bad.map((f) => `${f.checkId}:${f.messageId}`), []);
  assert.deepEqual(report.findings.filter((f) => f.status === 'error').map((f) => `${f.checkId}: ${f.message}`), []);
  const tools = report.findings.find((f) => f.checkId === 'ai/tool-abuse')!;
  assert.equal(tools.status, 'pass');
  assert.match(tools.message, /blocked or held for confirmation/);
  assert.equal(report.findings.find((f) => f.checkId === 'ai/resource-limits')?.status, 'pass');
});

test('DocSearch (RAG over GET, cookie login, rendered markdown): every planted flaw found by its class check', { timeout: 120_000 }, async (t) => {
  const report = await audit(ragAiConfig(rag));
  const s = score(RAG_FLAWS, report.findings);
  t.diagnostic(`DocSearch flawed: ${s.found.length}/${RAG_FLAWS.length} found; missed: ${s.missed.join(', ') || 'none'}; ${rag.requests} requests`);
  for (const f of report.findings) t.diagnostic(`  ${f.checkId} ${f.status} ${f.severity} ${f.messageId}: ${f.message.slice(0, 160)}`);
  assert.deepEqual(s.missed, []);
  for (const format of ['json', 'html', 'text'] as const) {
    const out = renderReport(report, format, { verbose: true });
    assert.ok(!out.includes(RAG_CANARY), `${format} leaks the canary`);
    assert.ok(!out.includes('IBAN ends 4417'), `${format} leaks the other user's note`);
    assert.ok(!out.includes(RAG_VICTIM_NOTE), `${format} leaks the other user's note`);
  }
});

test('DocSearch hardened twin: nothing at medium or above, no check in error', { timeout: 120_000 }, async (t) => {
  const report = await audit(ragAiConfig(ragTwin));
  for (const f of report.findings) t.diagnostic(`  ${f.checkId} ${f.status} ${f.severity} ${f.messageId}: ${f.message.slice(0, 160)}`);
  const bad = active(report.findings).filter((f) => MEDIUM_UP.has(f.severity));
  assert.deepEqual(bad.map((f) => `${f.checkId}:${f.messageId}`), []);
  assert.deepEqual(report.findings.filter((f) => f.status === 'error').map((f) => `${f.checkId}: ${f.message}`), []);
});

test('a 429 never reads as a pass: an endpoint whose quota is not declared and that refuses most of the pack', { timeout: 120_000 }, async () => {
  const cfg = agentAiConfig(agentTwin) as { endpoints: Record<string, unknown>[] };
  // Exhaust the twin's window for alice first, then run without a declared quota.
  const report0 = await audit({ ...cfg, endpoints: [{ ...cfg.endpoints[0], quota: undefined, limits: { burst: 60, oversizeChars: 48_000 } }], checks: { disable: [] } });
  const limits = report0.findings.find((f) => f.checkId === 'ai/resource-limits');
  assert.ok(limits, 'resource-limits ran');
  const errors = report0.findings.filter((f) => f.status === 'error');
  const passes = report0.findings.filter((f) => f.status === 'pass' && f.checkId !== 'ai/resource-limits' && f.checkId !== 'ai/error-leak');
  // Whatever got through was judged; a class whose payloads met 429 is an error, never a pass.
  for (const p of passes) assert.doesNotMatch(p.message, /429/);
  assert.ok(errors.length + passes.length > 0);
});
