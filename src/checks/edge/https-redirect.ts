import { defineCheck, type ReportInput } from '../../core/check.js';
import { fixText } from './providers.js';
import { hostEvidence, loc, SKIPPED_MESSAGE, skippedPlainLocal, skippedUnreachable, type Chain, type EdgeProbes, type EdgeTarget, type HostEvidence } from './evidence.js';

// http→https plus one canonical-host hop is the usual worst case of a sound setup; a third redirect is waste
// (Lighthouse "Avoid multiple page redirects" already flags two: each costs a round trip before the first byte).
const MAX_REDIRECTS = 2;

/** Redirects a chain took before its final response (or before it stopped at a host the audit does not name). */
export function redirectCount(chain: Chain | undefined): number {
  return chain ? chain.hops.filter((h) => h.location !== undefined).length : 0;
}

/** Every hop of both chains: http→https on the first hop, never an https→http downgrade, at most two redirects. */
export function judgeHttpsRedirect(ev: HostEvidence): ReportInput[] {
  const t = ev.target;
  if (t.plainLocal) return [skippedPlainLocal(t, 'the http→https redirect')];
  const out: ReportInput[] = [];
  for (const chain of [ev.http, ev.https]) {
    if (!chain) continue;
    if (chain.error?.startsWith('more than')) out.push({ messageId: 'loop', data: { host: t.host, url: chain.start }, location: loc(t, chain.start), evidence: hopsText(chain) });
    const down = downgradeHop(chain);
    if (down) out.push({ messageId: 'downgrade', data: { host: t.host, from: down.from, to: down.to }, location: loc(t, down.from), evidence: hopsText(chain) });
  }
  const http = ev.http;
  if (!http || http.unreachable) {
    if (ev.https?.final) out.push({ messageId: 'http-closed', status: 'warn', severity: 'low', data: { host: t.host }, location: loc(t, http?.start) });
    else if (!out.length) out.push(skippedUnreachable(t, ev.error));
    return out;
  }
  if (!http.final && http.error && http.hops.length <= 1) {
    out.push({ messageId: 'http-closed', status: 'warn', severity: 'low', data: { host: t.host }, location: loc(t, http.start), evidence: http.error });
    return out;
  }
  const first = http.hops[0]!;
  if (!first.location) {
    out.push({ messageId: 'no-redirect', data: { host: t.host, status: first.status ?? 0 }, location: loc(t, first.url), evidence: hopsText(http) });
  } else if (!first.location.startsWith('https://')) {
    const end = http.hops[http.hops.length - 1]!;
    if (end.url.startsWith('http://')) out.push({ messageId: 'no-redirect', data: { host: t.host, status: end.status ?? 0 }, location: loc(t, first.url), evidence: hopsText(http) });
    else out.push({ messageId: 'late-https', status: 'warn', severity: 'low', data: { host: t.host, hops: http.hops.length - 1 }, location: loc(t, first.url), evidence: hopsText(http) });
  } else if (first.status === 302 || first.status === 303 || first.status === 307) {
    out.push({ messageId: 'temporary', status: 'warn', severity: 'info', data: { host: t.host, status: first.status }, location: loc(t, first.url), evidence: hopsText(http) });
  }
  // judged on the longer of the two chains (a loop is already reported as such)
  const longest = [http, ev.https].filter((c): c is Chain => c !== undefined && !c.error?.startsWith('more than')).sort((a, b) => redirectCount(b) - redirectCount(a))[0];
  if (longest && redirectCount(longest) > MAX_REDIRECTS) {
    out.push({ messageId: 'long-chain', status: 'warn', severity: 'low', data: { host: t.host, url: longest.start, redirects: redirectCount(longest) }, location: loc(t, longest.start), evidence: hopsText(longest) });
  }
  if (!out.length) out.push({ messageId: 'ok', status: 'pass', severity: 'info', data: { host: t.host }, location: loc(t, http.start), evidence: hopsText(http) });
  return out;
}

function downgradeHop(chain: Chain): { from: string; to: string } | undefined {
  for (const h of chain.hops) if (h.url.startsWith('https://') && h.location?.startsWith('http://')) return { from: h.url, to: h.location };
  return undefined;
}

export function hopsText(chain: Chain): string {
  return chain.hops.map((h) => `${h.url} → ${h.status ?? h.error ?? '?'}${h.location ? ` → ${h.location}` : ''}`).join('\n');
}

export default defineCheck<EdgeTarget, EdgeProbes>({
  id: 'edge/https-redirect',
  title: 'http:// redirects to https://',
  problem: 'http:// not redirected to https:// correctly',
  titles: { 'no-redirect': 'Plain http:// served on {{host}} without a redirect to https://' },
  area: 'edge',
  mode: 'active',
  description: 'http://host/ must answer with a permanent redirect to https:// on the first hop; no hop may downgrade https to http; at most two redirects to the page.',
  severity: 'high',
  cwe: 'CWE-319',
  messages: {
    ok: '{{host}}: http:// redirects to https:// on the first hop.',
    'no-redirect': '{{host}} serves pages over plain http (HTTP {{status}}) instead of redirecting to https: logins and session cookies travel readable on public Wi-Fi, and browsers mark the site "Not secure".',
    'late-https': '{{host}}: http:// reaches https:// only after {{hops}} plain-http redirects; every extra plain hop can be tampered with.',
    downgrade: '{{host}}: a redirect downgrades {{from}} to {{to}} (plain http): the next request leaks cookies and can be tampered with.',
    temporary: '{{host}}: http:// → https:// uses a temporary redirect ({{status}}); use 301/308 so browsers and search engines remember it.',
    'long-chain': '{{host}}: {{url}} takes {{redirects}} redirects to reach the page (two at most: http→https, then the canonical host): every extra hop is a round trip before anything renders, and each is one more place to get a downgrade or an open redirect wrong.',
    loop: '{{host}}: {{url}} redirects more than 8 times (a redirect loop): browsers show "too many redirects" instead of the site.',
    'http-closed': '{{host}}: nothing answers on http:// (port 80); visitors who type the bare domain get an error unless the host is HSTS-preloaded.',
    skipped: SKIPPED_MESSAGE,
  },
  remediation: fixText({
    generic: 'Redirect every http:// request with 301/308 to the same host on https:// before anything else, and never redirect https to http.',
    Cloudflare: 'SSL/TLS → Edge Certificates → "Always Use HTTPS" on.',
    Vercel: 'automatic for domains added to the project; remove any custom http redirects in vercel.json.',
    Netlify: 'Domain management → HTTPS → "Force HTTPS" (on by default once the certificate is issued).',
    CloudFront: 'Viewer protocol policy "Redirect HTTP to HTTPS" on every behaviour.',
  }),
  async run(ctx) {
    for (const r of judgeHttpsRedirect(await hostEvidence(ctx))) ctx.report(r);
  },
});
