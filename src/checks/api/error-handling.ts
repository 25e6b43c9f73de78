import { defineCheck } from '../../core/check.js';
import { concretePath, discover } from './lib/discovery.js';
import type { ApiExchange, ApiIdentity, ApiProbes, ApiRoute } from './lib/types.js';
import { fillPath, findStack, reportExchange, sampleBody, type ApiCtx } from './lib/util.js';

/**
 * Bad input must get a 4xx, never a 5xx or an internal error text (OWASP API8:2023; CWE-209). Sends malformed
 * JSON and an oversized body to write routes (both fail before any handler logic runs, so they are safe without
 * api.allowWrites), hostile path values to item routes, and with api.allowWrites wrongly typed fields.
 */

const OVERSIZE = 1_200_000; // above common body limits (Express/body-parser 100 kB, nginx 1 MB)

function caller(ctx: ApiCtx, r: ApiRoute, active: ApiIdentity[]): ApiIdentity | undefined {
  if (r.public) return undefined;
  return active.find((i) => !r.roles || r.roles.includes(i.role)) ?? active[0];
}

function wrongTypes(v: unknown): unknown {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return { launchready: ['unexpected'] };
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[k] = typeof x === 'number' ? 'not-a-number' : typeof x === 'string' ? { $gt: '' } : typeof x === 'boolean' ? 'maybe' : Array.isArray(x) ? 'not-a-list' : 12345;
  return out;
}

export default defineCheck<unknown, ApiProbes>({
  id: 'api/error-handling',
  title: 'Bad input causes a server error or leaks internals',
  area: 'api',
  mode: 'active',
  description: 'Sends malformed JSON, wrong types, oversized bodies and hostile path values; expects 4xx without internals.',
  severity: 'medium',
  cwe: 'CWE-209',
  owasp: 'API8:2023',
  remediation: 'Validate input at the edge (schema validation), map parse and validation errors to 400/413/422, and return a generic error body from a global error handler; log the details server-side.',
  messages: {
    stackTrace: '{{probe}} to {{method}} {{path}} returned HTTP {{status}} with a {{stack}} in the body.',
    serverError: '{{probe}} to {{method}} {{path}} returned HTTP {{status}} (a server error instead of a 4xx).',
    handled: '{{probes}} malformed, oversized or mistyped requests to {{routes}} routes got clean 4xx answers.',
    noRoutes: 'No routes with request bodies or path parameters to test.',
  },
  async run(ctx) {
    const { client, model } = ctx.probes;
    const d = await discover(ctx);
    // The application's own write routes first: documents list the auth, reset and webhook routes at the top, and
    // those are often handled by a library (or a separate parser), so eight of them could hide every handler that
    // parses its own body.
    const withBody = model.routes.filter((r) => ['POST', 'PUT', 'PATCH'].includes(r.method) && !r.skip && (r.bodySchema || r.bodyExample !== undefined || r.bodyMediaType));
    const ordinary = (r: ApiRoute) => !r.flow && !r.public && !/\/(webhooks?|hooks|callbacks?)(\/|$)/i.test(r.path);
    const bodyRoutes = [...withBody.filter(ordinary).slice(0, 6), ...withBody.filter((r) => !ordinary(r))].slice(0, 10);
    const itemRoutes = d.items.map((t) => t.route).filter((r) => !r.skip).slice(0, 4);
    if (bodyRoutes.length + itemRoutes.length === 0) return ctx.report({ messageId: 'noRoutes', status: 'skipped', severity: 'info', target: model.config.baseUrl });
    let probes = 0;
    let failed = 0;
    const reported = new Set<string>();
    const judge = (x: ApiExchange, r: ApiRoute, probe: string) => {
      probes++;
      const stack = findStack(x.response.body);
      if (!stack && x.status < 500) return;
      const key = `${r.method} ${r.path}|${stack ? 's' : 'e'}`;
      if (reported.has(key)) return;
      reported.add(key);
      failed++;
      reportExchange(ctx, {
        messageId: stack ? 'stackTrace' : 'serverError',
        data: { probe, method: r.method, path: r.path, status: x.status, ...(stack ? { stack } : {}) },
        severity: stack ? 'medium' : 'low',
        status: stack ? 'fail' : 'warn',
        route: r,
        x,
        fingerprintKey: stack ? 'stack' : '5xx',
      });
    };
    // Hostile probes go one at a time: if one takes the target down, the liveness watch can name it without doubt
    // (in parallel, several malformed requests are in flight when the process dies). A probe that fails (the target
    // went down on it) is counted and the others still run; the check then cannot pass.
    const errors: string[] = [];
    const oneByOne = async <T>(items: T[], fn: (item: T) => Promise<void>): Promise<void> => {
      for (const item of items) {
        if (ctx.signal.aborted) return;
        await fn(item).catch((err: Error) => void errors.push(err.message));
      }
    };
    await oneByOne(
      bodyRoutes, async (r) => {
        const as = caller(ctx, r, d.active);
        const path = (as ? concretePath(d, [as], r.path) : undefined) ?? fillPath(r.path);
        const base = { ...(as ? { as } : {}), method: r.method, path, template: r.path, retryOn401: false } as const;
        judge(await client.send({ ...base, body: '{"launchready": "unterminated', contentType: 'application/json' }, ctx.checkId, ctx.signal), r, 'Malformed JSON');
        if (model.config.allowWrites && r.flow !== 'webhook') {
          judge(await client.send({ ...base, json: wrongTypes(sampleBody(r)) }, ctx.checkId, ctx.signal), r, 'Wrongly typed fields');
        }
      },
    );
    // One oversized body is enough to see how the stack handles it.
    const big = bodyRoutes.find((r) => r.public) ?? bodyRoutes[0];
    if (big) {
      const as = caller(ctx, big, d.active);
      const x = await client
        .send({ ...(as ? { as } : {}), method: big.method, path: fillPath(big.path), template: big.path, body: JSON.stringify({ launchready: 'a'.repeat(OVERSIZE) }), retryOn401: false, maxBodyBytes: 64 * 1024 }, ctx.checkId, ctx.signal)
        // eslint-disable-next-line launchready/no-swallowed-error -- closing the connection on a 1.2 MB body is one way to refuse it (handled, no 5xx to judge); the other hostile probes' failures do count
        .catch(() => undefined);
      if (x) judge(x, big, 'An oversized body (1.2 MB)');
    }
    await oneByOne(itemRoutes, async (r) => {
      const as = caller(ctx, r, d.active);
      const x = await client.send({ ...(as ? { as } : {}), path: r.path.replace(`{${r.pathParams[0]}}`, "%27%22%3E%3C%7B%7D%25%00") .replace(/\{[^}]+\}/g, 'x'), template: r.path, retryOn401: false }, ctx.checkId, ctx.signal);
      judge(x, r, 'A hostile path value (quotes, brackets, %00)');
    });
    // Wrongly typed query values on list routes (?limit=abc): parsers that trust them throw.
    const typed = model.routes.filter((r) => r.method === 'GET' && r.pathParams.length === 0 && !r.skip && !r.flow && r.params.some((p) => p.in === 'query' && /integer|number|boolean/.test(String(p.schema?.type)))).slice(0, 4);
    await oneByOne(typed, async (r) => {
      const as = caller(ctx, r, d.active);
      const query = Object.fromEntries(r.params.filter((p) => p.in === 'query').map((p) => [p.name, /integer|number|boolean/.test(String(p.schema?.type)) ? "abc'\"{" : 'launchready']));
      judge(await client.send({ ...(as ? { as } : {}), path: r.path, template: r.path, query, retryOn401: false }, ctx.checkId, ctx.signal), r, 'Wrongly typed query values');
    });
    if (errors.length) throw new Error(`${errors.length} of the hostile probes got no answer (first: ${errors[0]}); see api/availability`);
    if (failed === 0) ctx.report({ messageId: 'handled', status: 'pass', data: { probes, routes: bodyRoutes.length + itemRoutes.length }, target: model.config.baseUrl });
  },
});
