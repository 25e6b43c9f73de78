import { defineCheck } from '../../core/check.js';
import { discover } from './lib/discovery.js';
import type { ApiProbes } from './lib/types.js';
import { is2xx, reportExchange } from './lib/util.js';

/**
 * A signed-in answer marked `public` (or with s-maxage) may be stored by a CDN or proxy and served to the next
 * visitor (RFC 9111 §3.5: `public` overrides the Authorization-header protection of shared caches). Without
 * any Cache-Control, cookie-authenticated answers may be stored heuristically too (RFC 9111 §4.2.2). Passive over
 * discovery's signed-in reads of non-public routes.
 */
export default defineCheck<unknown, ApiProbes>({
  id: 'api/cache-private',
  title: 'Private response cacheable by shared caches',
  area: 'api',
  mode: 'passive',
  description: 'Inspects Cache-Control on signed-in answers of private routes.',
  severity: 'medium',
  cwe: 'CWE-524',
  owasp: 'API8:2023',
  remediation: 'Send `Cache-Control: no-store` (or `private, no-cache`) on every authenticated answer, e.g. from one middleware.',
  messages: {
    publicCache: '{{path}} answers signed-in users with "Cache-Control: {{cacheControl}}": a shared cache may serve one user\'s data to another.',
    noCacheControl: '{{path}} answers signed-in users without Cache-Control; caches may store it heuristically.',
    private: '{{routes}} private routes answer with no-store/private.',
  },
  async run(ctx) {
    const { model } = ctx.probes;
    const d = await discover(ctx);
    // By method and path: a public GET /products beside a private POST /products is public.
    const privatePaths = new Set(model.routes.filter((r) => !r.public && r.method === 'GET').map((r) => r.path));
    const seen = new Set<string>();
    let failed = 0;
    for (const x of d.exchanges) {
      if (x.identity === 'guest' || x.method !== 'GET' || !is2xx(x.status) || !privatePaths.has(x.path) || seen.has(x.path)) continue;
      seen.add(x.path);
      ctx.probes.coverage.mark(ctx.checkId, { method: x.method, path: x.path }, 'tested');
      const cc = (x.response.headers['cache-control'] ?? '').toLowerCase();
      if (/\bno-store\b|\bprivate\b/.test(cc)) continue;
      if (/\bpublic\b|\bs-maxage\s*=\s*[1-9]/.test(cc)) {
        failed++;
        reportExchange(ctx, { messageId: 'publicCache', data: { path: x.path, cacheControl: cc }, route: { method: 'GET', path: x.path }, x });
      } else if (!cc && !x.response.headers.expires) {
        failed++;
        reportExchange(ctx, { messageId: 'noCacheControl', data: { path: x.path }, severity: 'low', status: 'warn', route: { method: 'GET', path: x.path }, x });
      }
    }
    if (failed === 0) ctx.report({ messageId: 'private', status: 'pass', data: { routes: seen.size }, target: model.config.baseUrl });
  },
});
