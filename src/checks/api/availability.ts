import { defineCheck } from '../../core/check.js';
import type { ApiProbes } from './lib/types.js';

/**
 * Target liveness (issue 12): the stage's watch asks the target for a sign of life between phases and after every
 * burst of 5xx answers or dropped connections. This check runs last. Each request after which the target stopped
 * answering is a finding of its own (one request took the service down for everyone: CWE-248 / API4:2023), with a
 * curl to replay it against a test instance; a target that never came back is an error naming the checks that did
 * not run. A pass needs a health request answered after every other check.
 */
export default defineCheck<unknown, ApiProbes>({
  id: 'api/availability',
  title: 'Target taken down by a single request',
  area: 'api',
  mode: 'active',
  description: 'Health checks between phases and after 5xx bursts; the request after which the target stopped answering is a finding.',
  severity: 'high',
  cwe: 'CWE-248',
  owasp: 'API4:2023',
  remediation: 'Catch errors per request (an error handler that answers 4xx/5xx instead of letting the process exit), validate input before parsing it, and run the service under a supervisor that restarts it; replay the curl against a test instance to find the crashing code path.',
  messages: {
    crashed: '{{method}} {{path}} (sent by {{checkId}}) took the target down: it stopped answering right after this request{{recovered}}.',
    down: 'The target stopped answering during the audit and did not come back within {{seconds}} s: {{count}} checks did not run ({{checks}}).',
    unreachable: 'The target did not answer the final health request (GET {{url}}): {{reason}}.',
    up: 'The target answered {{ok}} health requests during the audit, the last one after every other check.',
  },
  async run(ctx) {
    const { model } = ctx.probes;
    const watch = ctx.probes.liveness;
    if (!watch) throw new Error('no liveness watch: this check runs inside the api stage only');
    const alive = await watch.check();
    for (const c of watch.crashes) {
      const x = c.exchange;
      const concrete = new URL(x.request.url).pathname;
      // The route template the request was for (location.path), when the model has one that matches.
      const route = model.routes.find((r) => r.method === x.request.method && new RegExp(`^${r.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+')}$`).test(concrete));
      const path = route?.path ?? concrete;
      const lines = [`${x.request.method} ${x.request.url}  (${x.checkId})`, ...Object.entries(x.request.headers).filter(([k]) => !/^(authorization|cookie|user-agent)$/i.test(k)).map(([k, v]) => `${k}: ${v}`)];
      if (x.request.bodyPreview !== undefined) lines.push('', x.request.bodyPreview);
      lines.push('', x.response ? `← HTTP ${x.response.status} (${x.response.ms} ms), then no answer` : `← no answer: ${x.error ?? 'connection dropped'}`);
      if (c.alsoInFlight.length) lines.push(`Also in flight when the connection dropped: ${c.alsoInFlight.slice(0, 5).join('; ')}.`);
      if (c.confidence === 'inferred') lines.push('Inferred: the last request the target answered before it refused connections.');
      ctx.report({
        messageId: 'crashed',
        data: { method: x.request.method, path, checkId: x.checkId, recovered: c.recoveredAfterMs !== undefined ? ` (it came back after ${Math.round(c.recoveredAfterMs / 1000)} s)` : ' (it did not come back)' },
        location: { method: x.request.method, path, url: x.request.url },
        evidence: lines.join('\n'),
        meta: { curl: c.curl, confidence: c.confidence, checkId: x.checkId },
        fingerprintKey: `${x.request.method} ${path}`,
      });
    }
    if (watch.dead) {
      const notRun = [...watch.notRun];
      ctx.report({ messageId: 'down', status: 'error', severity: 'high', data: { seconds: Math.round((model.config.recoverySeconds ?? 20)), count: notRun.length, checks: notRun.join(', ') || 'none' }, target: model.config.baseUrl });
      return;
    }
    if (!alive) {
      ctx.report({ messageId: 'unreachable', status: 'error', data: { url: model.config.baseUrl, reason: 'no answer' }, target: model.config.baseUrl });
      return;
    }
    if (watch.crashes.length === 0) ctx.report({ messageId: 'up', status: 'pass', data: { ok: watch.health.ok }, target: model.config.baseUrl });
  },
});
