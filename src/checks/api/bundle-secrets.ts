import { defineCheck } from '../../core/check.js';
import { describeError } from '../../core/runner.js';
import type { ApiExchange, ApiProbes } from './lib/types.js';
import { is2xx, reportExchange } from './lib/util.js';

/**
 * Secrets shipped to browsers: the scripts the home page loads (plus api.bundles), and their source maps, go
 * through the same secret scanner as the repo (src/checks/secrets). Publishable keys (kind "public") are not
 * findings. A publicly served source map is reported on its own: it hands out the original source.
 */

const MAX_BUNDLES = 12;

export default defineCheck<unknown, ApiProbes>({
  id: 'api/bundle-secrets',
  title: 'Secret in a served JavaScript bundle or source map',
  area: 'api',
  mode: 'active',
  description: 'Fetches the JavaScript the site serves (and source maps) and scans them with the secret scanner.',
  severity: 'critical',
  cwe: 'CWE-798',
  owasp: 'API8:2023',
  remediation: 'Keep secret keys on the server; rotate any key that shipped. Do not serve source maps publicly (upload them to your error tracker instead).',
  messages: {
    secretInBundle: '{{file}} (served to every visitor) contains a {{rule}} at line {{line}}.',
    sourceMap: '{{file}} is served publicly: it exposes the original source code{{withContent}}.',
    clean: '{{files}} served scripts and source maps contain no secrets.',
    noBundles: 'No JavaScript found (home page without <script src>, and no api.bundles).',
    scannerUnavailable: 'Could not scan bundles: {{reason}}.',
    unreachable: 'Could not fetch {{count}} of the scripts, source maps or the home page, so a secret there would go unseen: {{reasons}}.',
  },
  async run(ctx) {
    const { client, model, scanner } = ctx.probes;
    if (!scanner) return ctx.report({ messageId: 'scannerUnavailable', status: 'error', data: { reason: ctx.probes.scannerError ?? 'secret scanner unavailable' }, target: model.config.baseUrl });
    const origin = model.baseUrl.origin;
    // A request that throws, or a 5xx, is a page we could not read: it is named in an error finding, never counted
    // as "no secrets there" (a failed home page once made this check pass on 0 scripts). A 404 is an answer.
    const unread: string[] = [];
    const get = async (url: string, opts: { accept: string; maxBodyBytes?: number }): Promise<ApiExchange | undefined> => {
      try {
        const x = await client.send({ path: url, headers: { accept: opts.accept }, ...(opts.maxBodyBytes ? { maxBodyBytes: opts.maxBodyBytes } : {}) }, ctx.checkId, ctx.signal);
        if (x.status >= 500) unread.push(`${new URL(url).pathname}: HTTP ${x.status}`);
        return x;
      } catch (e) {
        if (ctx.signal.aborted) throw e;
        unread.push(`${new URL(url).pathname}: ${describeError(e)}`);
        return undefined;
      }
    };
    const home = await get(new URL('/', model.baseUrl).href, { accept: 'text/html' });
    const urls = new Set<string>();
    if (home && is2xx(home.status)) {
      for (const m of home.response.body.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']([^"']+)["']/gi)) {
        try {
          const u = new URL(m[1]!, home.url);
          if (client.http.allow.has(u.hostname)) urls.add(u.href);
        } catch {
          /* not a URL */
        }
      }
    }
    for (const b of model.config.bundles) urls.add(new URL(b, origin).href);
    if (urls.size === 0) {
      // No HTML entry point (API-only hosts often serve the SPA bundle directly): try a few conventional names.
      for (const guess of ['/app.js', '/main.js', '/bundle.js', '/index.js', '/static/js/main.js', '/assets/index.js']) {
        const x = await get(new URL(guess, origin).href, { accept: '*/*', maxBodyBytes: 64 });
        if (x && is2xx(x.status) && /javascript|ecmascript/i.test(x.response.headers['content-type'] ?? '')) urls.add(new URL(guess, origin).href);
      }
    }
    const reportUnread = () => ctx.report({ messageId: 'unreachable', status: 'error', data: { count: unread.length, reasons: unread.slice(0, 5).join('; ') }, target: model.config.baseUrl });
    if (urls.size === 0) return unread.length ? reportUnread() : ctx.report({ messageId: 'noBundles', status: 'skipped', severity: 'info', target: model.config.baseUrl });
    let files = 0;
    let failed = 0;
    const scan = async (x: ApiExchange, text: string, file: string) => {
      files++;
      const found = await scanner.scan(text, file);
      for (const f of found) {
        ctx.secret(f.value);
        failed++;
        reportExchange(ctx, {
          messageId: 'secretInBundle',
          data: { file, rule: f.ruleId, line: f.line },
          ...(f.severity === 'critical' || f.severity === 'high' || f.severity === 'medium' || f.severity === 'low' ? { severity: f.severity } : {}),
          route: { method: 'GET', path: new URL(x.url).pathname },
          x,
          fingerprintKey: `${f.ruleId}:${f.value.length}:${f.value.slice(0, 6)}`,
        });
      }
    };
    for (const url of [...urls].slice(0, MAX_BUNDLES)) {
      const js = await get(url, { accept: '*/*', maxBodyBytes: 8 * 1024 * 1024 });
      if (!js || !is2xx(js.status)) continue;
      const file = new URL(url).pathname;
      await scan(js, js.response.body, file);
      const mapRef = /\/[/*]#\s*sourceMappingURL=([^\s*'"]+)/.exec(js.response.body.slice(-4096))?.[1] ?? js.response.headers.sourcemap ?? js.response.headers['x-sourcemap'];
      const mapUrl = mapRef && !mapRef.startsWith('data:') ? new URL(mapRef, url).href : `${url}.map`;
      if (!client.http.allow.has(new URL(mapUrl).hostname)) continue;
      const map = await get(mapUrl, { accept: '*/*', maxBodyBytes: 16 * 1024 * 1024 });
      if (!map || !is2xx(map.status)) continue;
      const parsed = map.json as { version?: number; sources?: string[]; sourcesContent?: (string | null)[] } | undefined;
      if (!parsed || parsed.version !== 3 || !Array.isArray(parsed.sources)) continue;
      const mapFile = new URL(mapUrl).pathname;
      failed++;
      reportExchange(ctx, { messageId: 'sourceMap', data: { file: mapFile, withContent: parsed.sourcesContent?.length ? ` (${parsed.sourcesContent.length} files with their content)` : '' }, severity: 'low', route: { method: 'GET', path: mapFile }, x: map });
      const content = (parsed.sourcesContent ?? []).map((s, i) => `// ${parsed.sources?.[i] ?? i}\n${s ?? ''}`).join('\n');
      if (content) await scan(map, content, mapFile);
    }
    if (unread.length) reportUnread();
    else if (failed === 0) ctx.report({ messageId: 'clean', status: 'pass', data: { files }, target: model.config.baseUrl });
  },
});
