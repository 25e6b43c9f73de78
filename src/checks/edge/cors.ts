import { defineCheck, type ReportInput } from '../../core/check.js';
import { corsEvidence, hostEvidence, loc, SKIPPED_MESSAGE, type CorsEvidence, type EdgeProbes, type EdgeTarget } from './evidence.js';

export function judgeCors(t: EdgeTarget, list: CorsEvidence[]): ReportInput[] {
  const out: ReportInput[] = [];
  for (const c of list) {
    const l = loc(t, c.url);
    if (c.error) {
      out.push({ messageId: 'skipped', status: 'skipped', severity: 'info', data: { host: t.host, reason: c.error }, location: l });
      continue;
    }
    // a preflight that grants the foreign origin is as good as a GET that does (the browser then sends the request)
    const pf = c.preflight;
    const f = c.foreign && c.foreign.acao !== c.foreign.origin && pf && pf.acao === c.foreign.origin ? { ...c.foreign, acao: pf.acao, ...(pf.acac ? { acac: pf.acac } : {}) } : c.foreign;
    const n = c.nullOrigin;
    const before = out.length;
    const creds = (v?: string) => v?.trim().toLowerCase() === 'true';
    if (f && f.acao === f.origin) {
      if (creds(f.acac)) out.push({ messageId: 'reflected-credentials', severity: 'high', data: { host: t.host, url: c.url, origin: f.origin }, location: l, evidence: `Origin: ${f.origin} → Access-Control-Allow-Origin: ${f.acao}, Access-Control-Allow-Credentials: ${f.acac}` });
      else out.push({ messageId: 'reflected', status: 'warn', severity: 'low', data: { host: t.host, url: c.url, origin: f.origin }, location: l });
    } else if (f && f.acao?.trim() === '*' && creds(f.acac)) {
      out.push({ messageId: 'wildcard-credentials', severity: 'medium', data: { host: t.host, url: c.url }, location: l });
    }
    if (n && n.acao?.trim().toLowerCase() === 'null') {
      out.push({ messageId: creds(n.acac) ? 'null-credentials' : 'null-origin', severity: creds(n.acac) ? 'high' : 'medium', data: { host: t.host, url: c.url }, location: l });
    }
    if (out.length === before) out.push({ messageId: 'ok', status: 'pass', severity: 'info', data: { host: t.host, url: c.url }, location: l });
  }
  return out;
}

export default defineCheck<EdgeTarget, EdgeProbes>({
  id: 'edge/cors',
  title: 'CORS does not trust arbitrary origins',
  area: 'edge',
  mode: 'active',
  description: 'Sends a foreign Origin and Origin: null; fails when either is allowed, worst with credentials (and wildcard with credentials).',
  severity: 'high',
  cwe: 'CWE-942',
  messages: {
    ok: '{{host}}: {{url}} does not grant CORS to foreign or null origins.',
    'reflected-credentials': '{{host}}: {{url}} reflects any Origin ({{origin}}) with Allow-Credentials: any website a logged-in user visits can read their data through the API.',
    reflected: '{{host}}: {{url}} reflects any Origin ({{origin}}) without credentials: public data only, but confirm nothing private is served cookie-less (tokens in headers).',
    'wildcard-credentials': '{{host}}: {{url}} sends Access-Control-Allow-Origin: * with Allow-Credentials: true (browsers refuse it; the intent is dangerous and often "fixed" by reflecting the origin).',
    'null-credentials': '{{host}}: {{url}} allows Origin: null with credentials, so sandboxed iframes and data: pages on any site can read users\' data.',
    'null-origin': '{{host}}: {{url}} allows Origin: null (sandboxed iframes, local files).',
    skipped: SKIPPED_MESSAGE,
  },
  remediation: 'Allow only an explicit list of your own origins (compare exactly, never by suffix/regex on the raw header); never allow "null"; add Vary: Origin.',
  async run(ctx) {
    const ev = await hostEvidence(ctx);
    if (!ev.main) {
      ctx.report({ messageId: 'skipped', status: 'skipped', severity: 'info', data: { host: ctx.target.host, reason: ev.error ?? 'unreachable' }, location: loc(ctx.target) });
      return;
    }
    const urls = [ev.main.url, ...ctx.target.privatePaths.map((p) => new URL(p, ev.main!.url).href)];
    const all: CorsEvidence[] = [];
    for (const u of urls) all.push(...(await corsEvidence(ctx, u)));
    for (const r of judgeCors(ctx.target, all)) ctx.report(r);
  },
});
