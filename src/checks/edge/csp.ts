import { defineCheck, type ReportInput } from '../../core/check.js';
import { fixText } from './providers.js';
import { metaPolicies, parseCsp } from './parse.js';
import { hostEvidence, isHtml, loc, mainOrSkip, SKIPPED_MESSAGE, type EdgeProbes, type EdgeTarget, type HostEvidence } from './evidence.js';

const NONCE_OR_HASH = /^'(nonce-|sha256-|sha384-|sha512-)/i;
const UNSAFE_SOURCE = /^(\*|https?:|data:|blob:|http:\/\/\*|https:\/\/\*)$/i;

export function judgeCspValue(value: string): { messageId: string; status: 'fail' | 'warn' | 'pass'; severity: 'medium' | 'low' | 'info'; detail: string }[] {
  const csp = parseCsp(value);
  const out: { messageId: string; status: 'fail' | 'warn' | 'pass'; severity: 'medium' | 'low' | 'info'; detail: string }[] = [];
  const script = csp.get('script-src') ?? csp.get('default-src');
  if (!script) out.push({ messageId: 'no-script-policy', status: 'fail', severity: 'medium', detail: 'neither script-src nor default-src' });
  else {
    const hasNonce = script.some((s) => NONCE_OR_HASH.test(s)) || script.includes("'strict-dynamic'");
    // CSP2+: 'unsafe-inline' is ignored when a nonce or hash is present (CSP Level 3 §6.7.3.3)
    if (script.some((s) => s.toLowerCase() === "'unsafe-inline'") && !hasNonce) out.push({ messageId: 'unsafe-inline', status: 'fail', severity: 'medium', detail: script.join(' ') });
    const wild = script.filter((s) => UNSAFE_SOURCE.test(s));
    if (wild.length && !script.includes("'strict-dynamic'")) out.push({ messageId: 'unsafe-source', status: 'fail', severity: 'medium', detail: wild.join(' ') });
    if (script.some((s) => s.toLowerCase() === "'unsafe-eval'")) out.push({ messageId: 'unsafe-eval', status: 'warn', severity: 'low', detail: script.join(' ') });
  }
  const style = csp.get('style-src') ?? csp.get('default-src');
  if (style?.some((s) => UNSAFE_SOURCE.test(s))) out.push({ messageId: 'unsafe-style-source', status: 'warn', severity: 'low', detail: style.join(' ') });
  const object = csp.get('object-src') ?? csp.get('default-src');
  if (!object || !(object.length === 1 && object[0] === "'none'")) out.push({ messageId: 'object-src', status: 'warn', severity: 'low', detail: object?.join(' ') ?? '(unset)' });
  if (!csp.has('base-uri')) out.push({ messageId: 'base-uri', status: 'warn', severity: 'low', detail: '(unset)' });
  return out;
}

export function judgeCsp(ev: HostEvidence): ReportInput[] {
  const t = ev.target;
  const m = mainOrSkip(ev);
  if ('reports' in m) return m.reports;
  const res = m.res;
  const l = loc(t, res.url);
  if (!isHtml(res)) return [{ messageId: 'skipped', status: 'skipped', severity: 'info', data: { host: t.host, reason: `${res.url} is not an HTML page (${res.headers['content-type'] ?? 'no content-type'})` }, location: l }];
  const header = res.headers['content-security-policy'];
  const meta = metaPolicies(res.body).csp;
  // a <meta> policy is enforced too (without frame-ancestors, which edge/framing judges from the header)
  const value = header ?? (meta.length ? meta.join(', ') : undefined);
  if (!value) {
    if (res.headers['content-security-policy-report-only']) return [{ messageId: 'report-only', status: 'warn', severity: 'medium', data: { host: t.host }, location: l, evidence: `content-security-policy-report-only: ${res.headers['content-security-policy-report-only']}` }];
    return [{ messageId: 'missing', data: { host: t.host }, location: l }];
  }
  const evidence = header ? `content-security-policy: ${value}` : `<meta http-equiv="Content-Security-Policy" content="${value}">`;
  const problems = judgeCspValue(value);
  const out: ReportInput[] = problems.map((p) => ({ messageId: p.messageId, status: p.status, severity: p.severity, data: { host: t.host, detail: p.detail }, location: l, evidence }));
  // CSP3 §3.3 / §6.1: a <meta> policy ignores frame-ancestors, report-uri/report-to and sandbox, and guards only the
  // markup after it; the policy itself is judged above (as MDN Observatory does), the delivery is a low note
  if (!header) out.push({ messageId: 'meta-only', status: 'warn', severity: 'low', data: { host: t.host }, location: l, evidence });
  if (!out.length) out.push({ messageId: 'ok', status: 'pass', severity: 'info', data: { host: t.host }, location: l, evidence });
  return out;
}

export default defineCheck<EdgeTarget, EdgeProbes>({
  id: 'edge/csp',
  title: 'Content-Security-Policy restricts scripts',
  problem: 'Content-Security-Policy missing or unsafe',
  titles: { missing: 'Content-Security-Policy missing on {{host}}' },
  area: 'edge',
  mode: 'passive',
  description: 'HTML pages send a Content-Security-Policy that blocks inline and foreign scripts (parsed and judged as MDN Observatory does).',
  severity: 'medium',
  cwe: 'CWE-1021',
  messages: {
    ok: '{{host}} sends a Content-Security-Policy without unsafe sources.',
    missing: '{{host}} sends no Content-Security-Policy: one injected script (XSS) can read every session and page your users see.',
    'report-only': '{{host}} only sends Content-Security-Policy-Report-Only: nothing is enforced.',
    'meta-only': '{{host}} sets its CSP only in a <meta> tag: frame-ancestors, report-to/report-uri and sandbox are ignored there and markup before the tag is unprotected; send it as a header.',
    'no-script-policy': '{{host}}: the CSP restricts no scripts ({{detail}}).',
    'unsafe-inline': "{{host}}: the CSP allows 'unsafe-inline' scripts without a nonce or hash ({{detail}}): XSS is not mitigated.",
    'unsafe-source': '{{host}}: the CSP allows scripts from any host or scheme ({{detail}}).',
    'unsafe-eval': "{{host}}: the CSP allows 'unsafe-eval' ({{detail}}).",
    'unsafe-style-source': '{{host}}: the CSP allows styles from any host or scheme ({{detail}}).',
    'object-src': "{{host}}: the CSP does not set object-src 'none' (plugins) — object-src: {{detail}}.",
    'base-uri': '{{host}}: the CSP has no base-uri directive: an injected <base> tag can redirect relative script URLs.',
    skipped: SKIPPED_MESSAGE,
  },
  remediation: fixText({
    generic: "Send e.g. Content-Security-Policy: default-src 'self'; script-src 'self' 'nonce-{random}'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'. Start with Report-Only, then enforce.",
    Cloudflare: 'set it in the app or with a Transform Rule → Modify Response Header.',
    Vercel: 'add it under "headers" in vercel.json or in next.config.js headers().',
    Netlify: 'add it under [[headers]] in netlify.toml.',
  }),
  async run(ctx) {
    for (const r of judgeCsp(await hostEvidence(ctx))) ctx.report(r);
  },
});
