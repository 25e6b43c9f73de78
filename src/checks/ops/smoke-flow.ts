import { defineCheck } from '../../core/check.js';
import { runSmoke, type FlowResult, type SmokeProbes, type SmokeTarget } from './smoke-runner.js';
import type { CheckContext } from '../../core/check.js';

export function sharedSmokeRun(ctx: CheckContext<SmokeTarget, SmokeProbes>): Promise<FlowResult[]> {
  return ctx.evidence(`smoke:${ctx.target.smoke.baseUrl}`, (r) => runSmoke(ctx.target, ctx.probes, { secret: (v) => ctx.secret(v), signal: r.signal, checkId: 'ops/smoke' }));
}

/** Post-deploy canary: each critical flow must work (go) or the deploy rolls back. */
export default defineCheck<SmokeTarget, SmokeProbes>({
  id: 'ops/smoke-flow',
  title: 'Canary: critical flow works after deploy',
  problem: 'Canary: critical flow fails after deploy',
  area: 'ops',
  mode: 'active',
  description: 'Runs the configured critical flows (home, sign-in, private read, undone write, password reset request) and fails when one breaks',
  severity: 'critical',
  timeoutMs: 30 * 60_000, // every flow, step and undo, each up to smoke.timeoutMs
  messages: {
    passed: 'Flow "{{flow}}" passed in {{ms}} ms ({{steps}} step(s)).',
    failed: 'Flow "{{flow}}" failed at step "{{step}}": {{reason}} (after {{ms}} ms).',
    unreachable: 'Flow "{{flow}}" could not reach the app at step "{{step}}": {{reason}}.',
    'undo-failed': 'Flow "{{flow}}": the write was not undone at step "{{step}}": {{reason}}. Clean up the test data by hand.',
    slow: 'Flow "{{flow}}" step "{{step}}" took {{ms}} ms (budget {{maxMs}} ms).',
    'edge-blocked': 'Flow "{{flow}}" was answered by the CDN/WAF at step "{{step}}", not by the app: judged by ops/smoke-waf.',
  },
  remediation: 'Roll back the deploy (or fix forward at once): a critical flow is broken for real users. Re-run `launchready smoke` after the rollback to confirm.',
  async run(ctx) {
    const results = await sharedSmokeRun(ctx);
    for (const fr of results) {
      const sev = fr.flow.critical ? 'critical' : 'high';
      const last = fr.steps.find((s) => s.step === fr.failedStep) ?? fr.steps[fr.steps.length - 1];
      const loc = last ? { url: last.url, method: last.method, path: last.path } : { url: ctx.target.smoke.baseUrl };
      const meta = { kind: fr.flow.kind, timings: fr.steps.map((s) => ({ step: s.step, phase: s.phase, method: s.method, path: s.path, status: s.status ?? null, ms: s.ms })) };
      if (fr.undoFailed) ctx.report({ messageId: 'undo-failed', severity: 'high', data: { flow: fr.flow.name, step: fr.failedStep ?? '', reason: fr.reason ?? '' }, location: loc, target: `flow:${fr.flow.name}`, meta });
      if (!fr.ok && !fr.undoFailed) {
        if (last?.edge) {
          // the block is ops/smoke-waf's finding (same fact, once); here an explicit n/a, never silence
          ctx.report({ messageId: 'edge-blocked', status: 'skipped', severity: 'info', data: { flow: fr.flow.name, step: fr.failedStep ?? '' }, location: loc, target: `flow:${fr.flow.name}` });
          continue;
        }
        ctx.report({ messageId: fr.unreachable ? 'unreachable' : 'failed', severity: sev, data: { flow: fr.flow.name, step: fr.failedStep ?? '', reason: fr.reason ?? '', ms: fr.totalMs }, location: loc, target: `flow:${fr.flow.name}`, meta });
        continue;
      }
      if (fr.ok) ctx.report({ messageId: 'passed', status: 'pass', severity: 'info', data: { flow: fr.flow.name, ms: fr.totalMs, steps: fr.steps.length }, location: loc, target: `flow:${fr.flow.name}`, meta });
      for (const s of fr.steps) {
        if (s.slow) ctx.report({ messageId: 'slow', status: 'warn', severity: 'medium', data: { flow: fr.flow.name, step: s.step, ms: s.ms, maxMs: s.maxMs ?? 0 }, location: { url: s.url, method: s.method, path: s.path }, target: `flow:${fr.flow.name}:${s.step}` });
      }
    }
  },
});
