import { defineCheck, type ReportInput } from '../../core/check.js';
import { fixText } from './providers.js';
import { parseCsp } from './parse.js';
import { hostEvidence, isHtml, loc, mainOrSkip, SKIPPED_MESSAGE, type EdgeProbes, type EdgeTarget, type HostEvidence } from './evidence.js';

export function judgeFraming(ev: HostEvidence): ReportInput[] {
  const t = ev.target;
  const m = mainOrSkip(ev);
  if ('reports' in m) return m.reports;
  const res = m.res;
  const l = loc(t, res.url);
  if (!isHtml(res)) return [{ messageId: 'skipped', status: 'skipped', severity: 'info', data: { host: t.host, reason: `${res.url} is not an HTML page` }, location: l }];
  const fa = parseCsp(res.headers['content-security-policy'] ?? '').get('frame-ancestors');
  const xfo = (res.headers['x-frame-options'] ?? '').trim().toUpperCase();
  if (fa) {
    if (fa.includes('*') || fa.some((s) => /^https?:$/i.test(s))) return [{ messageId: 'weak', data: { host: t.host, value: `frame-ancestors ${fa.join(' ')}` }, location: l }];
    return [{ messageId: 'ok', status: 'pass', severity: 'info', data: { host: t.host, value: `frame-ancestors ${fa.join(' ')}` }, location: l }];
  }
  if (xfo === 'DENY' || xfo === 'SAMEORIGIN') return [{ messageId: 'ok', status: 'pass', severity: 'info', data: { host: t.host, value: `X-Frame-Options ${xfo}` }, location: l }];
  if (xfo) return [{ messageId: 'weak', data: { host: t.host, value: `X-Frame-Options ${xfo}` }, location: l }];
  return [{ messageId: 'missing', data: { host: t.host }, location: l }];
}

export default defineCheck<EdgeTarget, EdgeProbes>({
  id: 'edge/framing',
  title: 'Pages cannot be framed by other sites (frame-ancestors / X-Frame-Options)',
  problem: 'Clickjacking protection missing or weak (frame-ancestors / X-Frame-Options)',
  titles: { missing: 'Clickjacking protection missing on {{host}}' },
  area: 'edge',
  mode: 'passive',
  description: "HTML pages forbid framing by other sites with CSP frame-ancestors or X-Frame-Options.",
  severity: 'medium',
  cwe: 'CWE-1021',
  messages: {
    ok: '{{host}} forbids framing ({{value}}).',
    missing: '{{host}} can be framed by any site (no frame-ancestors, no X-Frame-Options): clickjacking can trick logged-in users into clicking "delete" or "pay".',
    weak: '{{host}}: framing protection {{value}} is invalid or allows any site.',
    skipped: SKIPPED_MESSAGE,
  },
  remediation: fixText({ generic: "Send Content-Security-Policy: frame-ancestors 'none' (or 'self') and X-Frame-Options: DENY for old browsers.", Netlify: 'add both under [[headers]] in netlify.toml.', Vercel: 'add both under "headers" in vercel.json.' }),
  async run(ctx) {
    for (const r of judgeFraming(await hostEvidence(ctx))) ctx.report(r);
  },
});
