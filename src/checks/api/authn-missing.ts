import { defineCheck } from '../../core/check.js';
import { concretePath, discover, readKey } from './lib/discovery.js';
import type { ApiProbes, ApiExchange } from './lib/types.js';
import { bodySimilarity, fillPath, is2xx, isErrorBody, reportExchange, sampleBody, sampleQuery } from './lib/util.js';

/**
 * Protected read routes answered without credentials. A route is protected unless OpenAPI says
 * `security: []` (or `{}`), `x-launchready-public: true`, or config `api.public` names it. Path parameters are
 * filled with ids an identity discovered, so a 404 for a made-up id is never mistaken for a denial.
 */
const PUBLICISH = /\/(health|healthz|livez|readyz|status|version|ping|products?|catalog(ue)?|categories|plans|pricing|public|openapi(\.json|\.ya?ml)?|swagger(\.json)?|docs|features|countries|currencies|locales|\.well-known)(\/|$)/i;

// Write routes anonymous visitors use by design (contact forms, newsletter, analytics, CSP reports).
const PUBLIC_WRITES = /\/(contact(-us)?|feedback|newsletter|subscribe|waitlist|leads?|track(ing)?|events?|analytics|telemetry|csp-reports?|report-uri|beacon)(\/|$)/i;

export default defineCheck<unknown, ApiProbes>({
  id: 'api/authn-missing',
  title: 'Protected route answers without authentication',
  area: 'api',
  mode: 'active',
  description: 'Calls every protected GET route as a guest (no credentials) and compares with what a signed-in identity sees.',
  severity: 'high',
  cwe: 'CWE-306',
  owasp: 'API2:2023',
  remediation: 'Put the authentication middleware in front of every route and make public routes an explicit allowlist. Mark public routes `security: []` in the OpenAPI document so the contract says what is intended.',
  messages: {
    unauthenticated: '{{method}} {{path}} answered HTTP {{status}} with data to a request without credentials (a signed-in {{owner}} gets {{similarity}}% the same body).',
    unauthenticatedNoControl: '{{method}} {{path}} answered HTTP {{status}} with data to a request without credentials.',
    likelyPublic: '{{method}} {{path}} answers without credentials although the OpenAPI document does not mark it public; it looks public by design: mark it `security: []` (or list it in api.public) if so.',
    unauthenticatedWrite: '{{method}} {{path}} accepted a request without credentials (HTTP {{status}}): anyone can call it.',
    denied: '{{routes}} protected routes refuse requests without credentials.',
    noRoutes: 'No protected GET routes to test (add an OpenAPI document or api.routes).',
  },
  async run(ctx) {
    const { client, model } = ctx.probes;
    const d = await discover(ctx);
    const routes = model.routes.filter((r) => r.method === 'GET' && !r.public && !r.skip && !r.flow);
    let tested = 0;
    let failed = 0;
    await Promise.all(
      routes.map(async (r) => {
        let path: string | undefined;
        let owner: ApiExchange | undefined;
        let ownerName = '';
        if (r.pathParams.length === 0) {
          path = fillPath(r.path);
          for (const id of d.active) {
            const x = d.reads.get(readKey(id.name, r));
            if (x && is2xx(x.status) && !isErrorBody(x)) {
              owner = x;
              ownerName = id.name;
              break;
            }
          }
        } else {
          for (const id of d.active) {
            const inst = d.objects.get(id.name)?.get(r.path)?.[0];
            if (inst) {
              path = inst.path;
              ownerName = id.name;
              break;
            }
          }
          if (!path) return; // nothing to fill the id with: a made-up id proves nothing
        }
        tested++;
        const guest = await client.send({ path, template: r.path, query: sampleQuery(r) }, ctx.checkId, ctx.signal);
        if (!is2xx(guest.status) || isErrorBody(guest)) return;
        if (!owner && ownerName) {
          owner = await client.send({ as: ownerName, path, template: r.path, query: sampleQuery(r) }, ctx.checkId, ctx.signal);
          if (!is2xx(owner.status) || isErrorBody(owner)) owner = undefined;
        }
        if (PUBLICISH.test(r.path)) {
          // Catalogues, health and docs routes are public in almost every API; say so without blocking the launch.
          reportExchange(ctx, { messageId: 'likelyPublic', data: { method: r.method, path: r.path }, severity: 'low', status: 'warn', route: r, x: guest });
          return;
        }
        if (owner) {
          const sim = bodySimilarity(owner, guest);
          // a different, tiny body (a login page, "{}") is not the protected data
          if (sim < 0.3 && guest.response.body.length < 64) return;
          failed++;
          reportExchange(ctx, { messageId: 'unauthenticated', data: { method: r.method, path: r.path, status: guest.status, owner: ownerName, similarity: Math.round(sim * 100) }, route: r, x: guest, control: [owner], note: `Control: ${ownerName} (signed in) reads the same route; the guest request carried no credentials at all.` });
        } else if (guest.response.body.length > 2) {
          failed++;
          reportExchange(ctx, { messageId: 'unauthenticatedNoControl', data: { method: r.method, path: r.path, status: guest.status }, route: r, x: guest });
        }
      }),
    );
    // State-changing routes (never DELETE) only with api.allowWrites: a guest call that succeeds really executes.
    if (model.config.allowWrites) {
      const writes = model.routes.filter((r) => !['GET', 'HEAD', 'OPTIONS', 'DELETE'].includes(r.method) && !r.public && !r.skip && !r.flow);
      await Promise.all(
        writes.map(async (r) => {
          const path = r.pathParams.length ? concretePath(d, d.active, r.path) : fillPath(r.path);
          if (!path) return;
          tested++;
          const body = sampleBody(r);
          const x = await client.send({ method: r.method, path, template: r.path, query: sampleQuery(r), ...(body !== undefined ? { json: body } : {}) }, ctx.checkId, ctx.signal);
          if (!is2xx(x.status) || isErrorBody(x)) return;
          if (PUBLICISH.test(r.path) || PUBLIC_WRITES.test(r.path)) {
            reportExchange(ctx, { messageId: 'likelyPublic', data: { method: r.method, path: r.path }, severity: 'low', status: 'warn', route: r, x });
            return;
          }
          failed++;
          reportExchange(ctx, { messageId: 'unauthenticatedWrite', data: { method: r.method, path: r.path, status: x.status }, route: r, x, note: 'The request carried no credentials at all (api.allowWrites is on, so the call may have changed data).' });
        }),
      );
    }
    if (routes.length === 0) ctx.report({ messageId: 'noRoutes', status: 'skipped', severity: 'info', target: model.config.baseUrl });
    else if (failed === 0) ctx.report({ messageId: 'denied', status: 'pass', data: { routes: tested }, target: model.config.baseUrl });
  },
});
