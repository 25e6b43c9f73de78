import { defineCheck } from '../../core/check.js';
import type { ApiProbes } from './lib/types.js';

/**
 * GET routes that change state (issue 12: GET /rest/user/change-password?new=... let discovery's invented query
 * values change every test user's password). A GET is safe by definition (RFC 9110 §9.2.1): browsers prefetch it,
 * proxies cache and log its URL (with the new password in it), and any page can trigger it with an <img> tag,
 * without a CSRF token. launchready never calls such a route with invented values (the model marks it skipped);
 * this check reports each one from its name or document, with no request.
 */
export default defineCheck<unknown, ApiProbes>({
  id: 'api/state-changing-get',
  title: 'State-changing GET route',
  area: 'api',
  mode: 'passive',
  description: 'GET routes whose path, operationId, query or description says they change state; never called with invented values.',
  severity: 'medium',
  cwe: 'CWE-650',
  owasp: 'API8:2023',
  remediation: 'Make state changes POST/PUT/PATCH/DELETE with a CSRF defence (or a bearer token), keep secrets out of URLs, and let GET only read.',
  messages: {
    stateChangingGet: 'GET {{path}} looks like it changes state ({{why}}): a link or <img> on any site can trigger it, and its query lands in logs and caches. launchready did not call it.',
    none: 'No GET route among {{count}} has a name or description that says it changes state.',
  },
  run(ctx) {
    const { model, coverage } = ctx.probes;
    const gets = model.routes.filter((r) => r.method === 'GET' && !r.flow);
    let found = 0;
    for (const r of gets) {
      if (!r.stateChanging) continue;
      found++;
      coverage.mark(ctx.checkId, r, 'tested');
      for (const other of ['api/authn-missing', 'api/bola', 'api/bfla']) coverage.mark(other, r, 'n/a', `state-changing GET (${r.stateChanging}): not called with invented values`);
      ctx.report({
        messageId: 'stateChangingGet',
        data: { path: r.path, why: r.stateChanging },
        location: { method: 'GET', path: r.path, url: ctx.probes.client.url(r.path) },
        meta: { reason: r.stateChanging },
      });
    }
    if (found === 0) ctx.report({ messageId: 'none', status: 'pass', data: { count: gets.length }, target: model.config.baseUrl });
  },
});
