import { defineCheck } from '../../core/check.js';
import { concretePath, discover } from './lib/discovery.js';
import type { ApiExchange, ApiProbes, ApiRoute } from './lib/types.js';
import { attempt, fillPath, reportExchange, reportGaps, sampleBody, sampleQuery, UNREACHABLE } from './lib/util.js';

/**
 * Server-side request forgery (API7:2023): URL fields the server fetches. Every URL-like body field (format uri or a
 * name such as url, callback, webhook, avatar, image) and query parameter gets the URL of a loopback canary that
 * launchready starts for this run, with a unique token per field; a hit on the canary proves the server fetched it.
 * Body fields are only sent with api.allowWrites (the request may store the URL); query parameters of GET routes
 * always. The canary only records, and only listens on loopback.
 */

const URLISH = /^(url|uri|link|href|src|callback|callback_?url|webhook|webhook_?url|endpoint|target|redirect|redirect_?(url|uri)|return_?url|next|avatar|avatar_?url|image|image_?url|picture|photo_?url|icon|icon_?url|logo|logo_?url|feed|feed_?url|import_?url|fetch_?url|source|source_?url|remote_?url|website|homepage)$/i;

interface Site {
  route: ApiRoute;
  field: string;
  where: 'body' | 'query';
}

function sites(routes: ApiRoute[], writes: boolean): Site[] {
  const out: Site[] = [];
  for (const r of routes) {
    if (r.skip || r.flow) continue;
    for (const p of r.params) if (p.in === 'query' && (URLISH.test(p.name) || p.schema?.format === 'uri')) out.push({ route: r, field: p.name, where: 'query' });
    if (!writes || r.method === 'GET' || r.method === 'DELETE') continue;
    const props = (r.bodySchema?.properties ?? {}) as Record<string, { format?: string; type?: unknown }>;
    for (const [name, s] of Object.entries(props)) {
      if (s?.format === 'uri' || s?.format === 'url' || URLISH.test(name)) out.push({ route: r, field: name, where: 'body' });
    }
  }
  return out.slice(0, 12);
}

export default defineCheck<unknown, ApiProbes>({
  id: 'api/ssrf',
  title: 'Server fetches attacker-supplied URLs (SSRF)',
  area: 'api',
  mode: 'active',
  description: 'Puts a loopback canary URL in URL-like fields and watches for the server fetching it.',
  severity: 'high',
  cwe: 'CWE-918',
  owasp: 'API7:2023',
  remediation: 'Fetch user-supplied URLs only through an egress proxy or an allowlist of hosts; resolve and refuse private, loopback and link-local addresses (re-check after redirects).',
  timeoutMs: 60_000,
  messages: {
    fetched: 'The server fetched the canary URL given in {{where}} field "{{field}}" of {{method}} {{path}} ({{hitMethod}} from {{remote}}): it can be made to call internal addresses.',
    noFetch: '{{count}} URL fields were given a canary URL; the server fetched none.',
    writesSkipped: '{{count}} URL fields in request bodies were not tested because api.allowWrites is false.',
    noFields: 'No URL-like request fields found in the OpenAPI document.',
    unreachable: UNREACHABLE,
  },
  async run(ctx) {
    const { client, model } = ctx.probes;
    const d = await discover(ctx);
    const all = sites(model.routes, true);
    const list = sites(model.routes, model.config.allowWrites);
    if (!model.config.allowWrites && all.length > list.length) ctx.report({ messageId: 'writesSkipped', status: 'skipped', severity: 'info', data: { count: all.length - list.length }, target: model.config.baseUrl });
    if (list.length === 0) {
      if (all.length === 0) ctx.report({ messageId: 'noFields', status: 'skipped', severity: 'info', target: model.config.baseUrl });
      return;
    }
    const canary = await ctx.probes.canary();
    const sent: { site: Site; token: string; x: ApiExchange }[] = [];
    const gaps: string[] = [];
    await Promise.all(
      list.map(async (site) => {
        const r = site.route;
        const as = r.public ? undefined : d.active.find((i) => !r.roles || r.roles.includes(i.role));
        if (!r.public && !as) return;
        const token = canary.newToken();
        const url = canary.url(token);
        const path = (as ? concretePath(d, [as], r.path) : undefined) ?? fillPath(r.path);
        const query = { ...sampleQuery(r), ...(site.where === 'query' ? { [site.field]: url } : {}) };
        const base = sampleBody(r);
        const body = site.where === 'body' ? { ...(base && typeof base === 'object' && !Array.isArray(base) ? base : {}), [site.field]: url } : undefined;
        const x = await attempt(ctx, gaps, `${r.method} ${r.path} (${site.where} ${site.field})`, client.send({ ...(as ? { as } : {}), method: r.method, path, template: r.path, query, ...(body ? { json: body } : {}) }, ctx.checkId, ctx.signal));
        if (x) sent.push({ site, token, x });
      }),
    );
    let failed = 0;
    await Promise.all(
      sent.map(async ({ site, token, x }) => {
        const hit = await canary.waitFor(token, 2000);
        if (!hit) return;
        failed++;
        reportExchange(ctx, {
          messageId: 'fetched',
          data: { where: site.where, field: site.field, method: site.route.method, path: site.route.path, hitMethod: hit.method, remote: hit.remote ?? '?' },
          route: site.route,
          x,
          note: `Canary hit: ${hit.method} ${hit.path}${hit.userAgent ? ` (User-Agent: ${hit.userAgent})` : ''} ${Date.now() - hit.at < 0 ? '' : ''}— the request launchready sent carried that URL and nothing else pointed at the canary.`,
          fingerprintKey: site.field,
        });
      }),
    );
    if (failed === 0 && gaps.length) reportGaps(ctx, gaps);
    else if (failed === 0) ctx.report({ messageId: 'noFetch', status: 'pass', data: { count: sent.length }, target: model.config.baseUrl });
  },
});
