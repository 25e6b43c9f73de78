import { defineCheck } from '../../core/check.js';
import type { ApiProbes } from './lib/types.js';
import { jwtSubject } from './lib/jwt.js';
import { discover } from './lib/discovery.js';
import { is2xx, reportExchange } from './lib/util.js';

/**
 * A private API that reflects any Origin in Access-Control-Allow-Origin together with
 * Access-Control-Allow-Credentials: true lets every website read its users' data with their cookies (Fetch
 * standard, CORS protocol). Tested with a foreign origin, "null", and look-alike origins that catch broken
 * suffix/prefix matching. Origins in api.corsOrigins are legitimate.
 */
export default defineCheck<unknown, ApiProbes>({
  id: 'api/cors',
  title: 'CORS trusts arbitrary origins with credentials',
  area: 'api',
  mode: 'active',
  description: 'Sends a signed-in request with foreign Origin headers and inspects the CORS answer.',
  severity: 'high',
  cwe: 'CWE-942',
  owasp: 'API8:2023',
  remediation: 'Compare the Origin against an exact allowlist; never echo it. Do not allow credentials for `null`.',
  messages: {
    reflectedWithCredentials: 'Origin {{origin}} is echoed in Access-Control-Allow-Origin with Allow-Credentials: true on {{path}}: any site can read signed-in users\' data.',
    wildcardWithCredentials: 'Access-Control-Allow-Origin: * is sent with Allow-Credentials: true on {{path}} (browsers refuse it, but it shows the policy is not deliberate).',
    reflected: 'Origin {{origin}} is echoed in Access-Control-Allow-Origin (without credentials) on {{path}}.',
    strict: 'Foreign origins get no CORS grant on {{path}}.',
    noRoute: 'Not tested: no signed-in read route to test.',
  },
  async run(ctx) {
    const { client, model } = ctx.probes;
    const s = await jwtSubject(ctx);
    let path: string;
    let template: string;
    let as: string | undefined;
    if (!('reason' in s)) {
      path = s.path;
      template = s.route.path;
      as = s.identity.name;
    } else {
      const d = await discover(ctx);
      const x = d.exchanges.find((e) => is2xx(e.status) && e.identity !== 'guest');
      if (!x) return ctx.report({ messageId: 'noRoute', status: 'skipped', severity: 'info', target: model.config.baseUrl });
      path = new URL(x.url).pathname;
      template = x.path;
      as = x.identity;
    }
    const host = model.baseUrl.hostname;
    const allowed = new Set(model.config.corsOrigins);
    const origins = ['https://evil.launchready.invalid', 'null', `https://${host}.launchready.invalid`, `https://launchready${host.replace(/^[^.]*/, '')}`];
    for (const origin of origins) {
      if (allowed.has(origin)) continue;
      const x = await client.send({ as, path, template, headers: { origin } }, ctx.checkId, ctx.signal);
      const acao = x.response.headers['access-control-allow-origin'];
      const acac = /^\s*true\s*$/i.test(x.response.headers['access-control-allow-credentials'] ?? '');
      if (acao === origin && acac) {
        reportExchange(ctx, { messageId: 'reflectedWithCredentials', data: { origin, path: template }, route: { method: 'GET', path: template }, x });
        return;
      }
      if (acao === '*' && acac) {
        reportExchange(ctx, { messageId: 'wildcardWithCredentials', data: { path: template }, severity: 'low', route: { method: 'GET', path: template }, x });
        return;
      }
      if (acao === origin && origin !== 'null') {
        reportExchange(ctx, { messageId: 'reflected', data: { origin, path: template }, severity: 'low', status: 'warn', route: { method: 'GET', path: template }, x });
        return;
      }
    }
    ctx.report({ messageId: 'strict', status: 'pass', data: { path: template }, location: { method: 'GET', path: template } });
  },
});
