import { defineCheck } from '../../core/check.js';
import { discover } from './lib/discovery.js';
import type { ApiExchange, ApiProbes } from './lib/types.js';

/**
 * Headers that announce the server software and its version (OWASP REST Security / Secure Headers cheat sheets,
 * CWE-497): attackers match them against known CVEs. Its own finding, one per header and value, so it is fixed and
 * waived on its own (not folded into "security headers missing"). Passive over the answers discovery already got,
 * plus one GET of the API's home.
 */
const BANNERS: { header: string; versioned: boolean }[] = [
  { header: 'server', versioned: true },
  { header: 'x-powered-by', versioned: false },
  { header: 'x-aspnet-version', versioned: false },
  { header: 'x-aspnetmvc-version', versioned: false },
  { header: 'x-generator', versioned: false },
  { header: 'x-runtime-version', versioned: false },
];

/** The banner headers of one answer: Server only when it carries a version number, the others always. */
export function banners(headers: Record<string, string>): { header: string; value: string }[] {
  const out: { header: string; value: string }[] = [];
  for (const b of BANNERS) {
    const v = headers[b.header];
    if (!v) continue;
    if (b.versioned && !/\d/.test(v)) continue;
    out.push({ header: b.header, value: v.slice(0, 120) });
  }
  return out;
}

const NICE: Record<string, string> = { server: 'Server', 'x-powered-by': 'X-Powered-By', 'x-aspnet-version': 'X-AspNet-Version', 'x-aspnetmvc-version': 'X-AspNetMvc-Version', 'x-generator': 'X-Generator', 'x-runtime-version': 'X-Runtime-Version' };

export default defineCheck<unknown, ApiProbes>({
  id: 'api/version-banner',
  title: 'Server software and version announced',
  area: 'api',
  mode: 'active',
  description: 'Looks for Server (with a version), X-Powered-By, X-AspNet-Version and similar headers on the API\'s answers.',
  severity: 'low',
  cwe: 'CWE-497',
  owasp: 'API8:2023',
  remediation: 'Drop the headers: Express `app.disable("x-powered-by")` (or helmet), nginx `server_tokens off;`, Apache `ServerTokens Prod`, ASP.NET `<httpRuntime enableVersionHeader="false"/>` and `removeServerHeader`, Kestrel `AddServerHeader = false`.',
  messages: {
    banner: '{{path}} announces its software: {{header}}: {{value}}.',
    none: '{{answers}} answer(s) of the API announce no server software or version.',
    unjudged: 'Not judged: no answer from the API ({{reason}}).',
  },
  async run(ctx) {
    const { client, model, coverage } = ctx.probes;
    const d = await discover(ctx);
    const home = await client.send({ path: new URL('/', model.baseUrl).href, headers: { accept: 'text/html,application/json' } }, ctx.checkId, ctx.signal).catch((err: Error) => err);
    const answers: ApiExchange[] = [...d.exchanges.filter((x) => x.status > 0), ...(home instanceof Error ? [] : [home])];
    if (answers.length === 0) return ctx.report({ messageId: 'unjudged', status: 'error', severity: 'info', data: { reason: home instanceof Error ? home.message : 'discovery got no answer' }, target: model.config.baseUrl });
    const seen = new Set<string>();
    for (const x of answers) {
      const route = model.routes.find((r) => r.path === x.path && r.method === x.method);
      if (route) coverage.mark(ctx.checkId, route, 'tested');
      for (const b of banners(x.response.headers)) {
        const key = `${b.header}=${b.value}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const path = new URL(x.url).pathname;
        ctx.report({ messageId: 'banner', status: 'warn', data: { path, header: NICE[b.header] ?? b.header, value: b.value }, location: { url: x.url, method: x.method, path: x.path }, evidence: x.evidence, meta: { curl: x.curl }, target: `${model.config.baseUrl}|${key}` });
      }
    }
    if (seen.size === 0) ctx.report({ messageId: 'none', status: 'pass', data: { answers: answers.length }, target: model.config.baseUrl });
  },
});
