import { defineCheck } from '../../core/check.js';
import { discover } from './lib/discovery.js';
import type { ApiExchange, ApiProbes } from './lib/types.js';
import { attempt, is2xx, reportGaps, UNREACHABLE } from './lib/util.js';

/**
 * The response headers the OWASP REST Security and Secure Headers cheat sheets ask every API answer to carry:
 * nosniff, framing protection (CSP frame-ancestors or X-Frame-Options), HSTS on HTTPS, a CSP on HTML pages, and
 * no version banners. Passive over answers discovery and the home page already gave; findings are low severity
 * (defence in depth), never a launch blocker on their own.
 */
export default defineCheck<unknown, ApiProbes>({
  id: 'api/security-headers',
  title: 'Security headers missing on API answers',
  area: 'api',
  mode: 'active',
  description: 'Checks nosniff, framing protection, HSTS (HTTPS), CSP (HTML) and version banners on the API\'s answers.',
  severity: 'low',
  cwe: 'CWE-693',
  owasp: 'API8:2023',
  remediation: 'Send `X-Content-Type-Options: nosniff`, `Content-Security-Policy: frame-ancestors \'none\'` (plus a full CSP on HTML), `Strict-Transport-Security` on HTTPS, and drop `X-Powered-By` / versioned `Server` headers.',
  messages: {
    noNosniff: '{{path}} answers without X-Content-Type-Options: nosniff.',
    noFrameProtection: '{{path}} answers without Content-Security-Policy frame-ancestors or X-Frame-Options.',
    noHsts: '{{path}} is served over HTTPS without Strict-Transport-Security.',
    noCsp: 'The HTML page {{path}} has no Content-Security-Policy.',
    banner: '{{path}} announces its software: {{header}}: {{value}}.',
    ok: 'API answers carry nosniff and framing protection{{hsts}}.',
    unreachable: UNREACHABLE,
    'no-sample': 'No 2xx answer from the API or its home page to read headers from: security headers were not checked.',
  },
  async run(ctx) {
    const { client, model } = ctx.probes;
    const d = await discover(ctx);
    const api = d.exchanges.find((x) => x.identity !== 'guest' && is2xx(x.status) && x.json !== undefined) ?? d.exchanges.find((x) => is2xx(x.status));
    const gaps: string[] = [];
    const home = await attempt(ctx, gaps, 'the home page', client.send({ path: new URL('/', model.baseUrl).href, headers: { accept: 'text/html' } }, ctx.checkId, ctx.signal));
    const samples: ApiExchange[] = [api, home && is2xx(home.status) ? home : undefined].filter((x): x is ApiExchange => !!x);
    let failed = 0;
    const report = (x: ApiExchange, messageId: string, data: Record<string, string> = {}) => {
      failed++;
      ctx.report({ messageId, status: 'warn', data: { path: new URL(x.url).pathname, ...data }, location: { url: x.url, method: 'GET', path: new URL(x.url).pathname }, evidence: x.evidence, meta: { curl: x.curl } });
    };
    const https = model.baseUrl.protocol === 'https:';
    for (const x of samples) {
      const h = x.response.headers;
      const isHtml = /text\/html/i.test(h['content-type'] ?? '');
      if (!/nosniff/i.test(h['x-content-type-options'] ?? '')) report(x, 'noNosniff');
      if (!/frame-ancestors/i.test(h['content-security-policy'] ?? '') && !h['x-frame-options']) report(x, 'noFrameProtection');
      if (https && !h['strict-transport-security']) report(x, 'noHsts');
      if (isHtml && !h['content-security-policy']) report(x, 'noCsp');
      if (h['x-powered-by']) report(x, 'banner', { header: 'X-Powered-By', value: h['x-powered-by'] });
      else if (/\d/.test(h.server ?? '')) report(x, 'banner', { header: 'Server', value: h.server! });
    }
    if (failed === 0 && gaps.length) reportGaps(ctx, gaps);
    // nothing to read is a check that could not look (error), never silence: a silent check is an error anyway (core/runner)
    else if (samples.length === 0) ctx.report({ messageId: 'no-sample', status: 'error', severity: 'info', target: model.config.baseUrl, location: { url: model.config.baseUrl } });
    else if (failed === 0) ctx.report({ messageId: 'ok', status: 'pass', data: { hsts: https ? ' and HSTS' : '' }, target: model.config.baseUrl });
  },
});
