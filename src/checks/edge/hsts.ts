import { defineCheck, type ReportInput } from '../../core/check.js';
import { fixText } from './providers.js';
import { parseHsts } from './parse.js';
import { hostEvidence, loc, SKIPPED_MESSAGE, skippedPlainLocal, skippedUnreachable, type EdgeProbes, type EdgeTarget, type HostEvidence } from './evidence.js';

// Six months: MDN Observatory's threshold and the minimum the HSTS preload list accepts is one year.
const SIX_MONTHS = 15_552_000;

/** Judged on this host's own first https response (a redirecting host must send HSTS too). */
export function judgeHsts(ev: HostEvidence): ReportInput[] {
  const t = ev.target;
  if (t.plainLocal) return [skippedPlainLocal(t, 'HSTS')];
  const first = ev.https?.hops[0];
  if (!first || first.status === undefined) return [skippedUnreachable(t, ev.https?.error ?? ev.error)];
  const l = loc(t, first.url);
  if (!first.hsts) {
    // A redirect without HSTS in front of a final page that has it: browsers learn HSTS only for the final host,
    // so the first visit to this host stays strippable; a weakness (and a preload blocker), not a missing policy.
    const finalHsts = ev.https?.final?.headers['strict-transport-security'];
    if (first.location && finalHsts && parseHsts(finalHsts).valid) return [{ messageId: 'redirect-without-hsts', status: 'warn', severity: 'low', data: { host: t.host, to: first.location }, location: l }];
    return [{ messageId: 'missing', data: { host: t.host }, location: l }];
  }
  const h = parseHsts(first.hsts);
  const evidence = `strict-transport-security: ${first.hsts}`;
  if (!h.valid) return [{ messageId: 'invalid', data: { host: t.host, value: first.hsts }, location: l, evidence }];
  if (h.maxAge === 0) return [{ messageId: 'disabled', data: { host: t.host }, location: l, evidence }];
  if ((h.maxAge ?? 0) < SIX_MONTHS) return [{ messageId: 'short', status: 'warn', severity: 'low', data: { host: t.host, maxAge: h.maxAge ?? 0 }, location: l, evidence }];
  // includeSubDomains on the registered domain protects every subdomain (and cookies scoped to it) at once
  // `preload` is a request to be put on the browsers' preload list, which refuses a header without
  // includeSubDomains (hstspreload.org submission requirements): the token then does nothing; on a subdomain too
  if (h.preload && !h.includeSubDomains && t.host !== t.apex) return [{ messageId: 'preload-no-subdomains', status: 'warn', severity: 'low', data: { host: t.host, maxAge: h.maxAge ?? 0 }, location: l, evidence }];
  if (t.host === t.apex && !h.includeSubDomains) return [{ messageId: 'no-subdomains', status: 'warn', severity: 'low', data: { host: t.host, maxAge: h.maxAge ?? 0 }, location: l, evidence }];
  return [{ messageId: 'ok', status: 'pass', severity: 'info', data: { host: t.host, maxAge: h.maxAge ?? 0, includeSubDomains: h.includeSubDomains, preload: h.preload }, location: l, evidence }];
}

export default defineCheck<EdgeTarget, EdgeProbes>({
  id: 'edge/hsts',
  title: 'Strict-Transport-Security (HSTS) is set',
  problem: 'HSTS header missing or too weak',
  titles: { missing: 'HSTS header missing on {{host}}' },
  area: 'edge',
  mode: 'passive',
  description: 'The host sends Strict-Transport-Security with max-age of at least six months on its https responses.',
  severity: 'medium',
  cwe: 'CWE-319',
  messages: {
    ok: '{{host}} sends HSTS (max-age {{maxAge}}, includeSubDomains {{includeSubDomains}}, preload {{preload}}).',
    missing: '{{host}} sends no Strict-Transport-Security header: a visitor on hostile Wi-Fi can be kept on plain http (SSL stripping) and have the session stolen.',
    invalid: '{{host}}: Strict-Transport-Security "{{value}}" is not valid (needs max-age=<seconds>); browsers ignore it.',
    disabled: '{{host}}: Strict-Transport-Security max-age=0 switches HSTS off.',
    short: '{{host}}: HSTS max-age {{maxAge}} s is under six months; protection lapses for returning visitors.',
    'no-subdomains': '{{host}}: HSTS (max-age {{maxAge}}) lacks includeSubDomains on the apex: subdomains (and cookies scoped to the whole domain) stay strippable.',
    'preload-no-subdomains': '{{host}}: HSTS asks for preload but lacks includeSubDomains: the preload list refuses such a header, so the first visit to {{host}} and its subdomains stays strippable.',
    'redirect-without-hsts': '{{host}} redirects to {{to}} without its own Strict-Transport-Security header: {{host}} itself is never pinned to https (and cannot be HSTS-preloaded).',
    skipped: SKIPPED_MESSAGE,
  },
  remediation: fixText({
    generic: 'Send "Strict-Transport-Security: max-age=63072000; includeSubDomains" on every https response (add "preload" once every subdomain is https-only).',
    Cloudflare: 'SSL/TLS → Edge Certificates → HTTP Strict Transport Security (HSTS) → enable, max-age 12 months, include subdomains.',
    Vercel: 'sent by default on *.vercel.app; for custom domains add the header in vercel.json "headers".',
    Netlify: 'add it under [[headers]] in netlify.toml (or _headers).',
  }),
  async run(ctx) {
    for (const r of judgeHsts(await hostEvidence(ctx))) ctx.report(r);
  },
});
