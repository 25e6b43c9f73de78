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
    const reflectedAny = !!f && f.acao === f.origin;
    // an allowlist matched by suffix or prefix instead of exactly: anyone can register the look-alike name
    const look = reflectedAny ? undefined : (c.lookalikes ?? []).find((x) => x.acao === x.origin);
    if (look) {
      const withCreds = creds(look.acac);
      out.push({
        messageId: withCreds ? 'lookalike-credentials' : 'lookalike',
        ...(withCreds ? {} : { status: 'warn' as const }),
        severity: withCreds ? 'high' : 'low',
        data: { host: t.host, url: c.url, origin: look.origin },
        location: l,
        evidence: `Origin: ${look.origin} → Access-Control-Allow-Origin: ${look.acao}${look.acac ? `, Access-Control-Allow-Credentials: ${look.acac}` : ''}`,
      });
    }
    // (not repeated when any origin is reflected: that finding's fix, an exact allowlist plus Vary, covers it)
    // Access-Control-Allow-Origin chosen per request Origin needs Vary: Origin (Fetch standard, CORS protocol and
    // HTTP caches), else a CDN or browser cache hands one origin's answer to another: broken CORS or a cached grant
    const echoed = [...(c.siblings ?? []), ...(c.lookalikes ?? []), ...(f ? [f] : [])].find((x) => x && x.acao !== undefined && x.acao.trim() !== '*' && x.acao === x.origin);
    if (echoed && !reflectedAny && !/(^|,)\s*(origin|\*)\s*(,|$)/i.test(echoed.vary ?? '')) {
      out.push({ messageId: 'vary-missing', status: 'warn', severity: 'low', data: { host: t.host, url: c.url, origin: echoed.origin }, location: l, evidence: `Origin: ${echoed.origin} → Access-Control-Allow-Origin: ${echoed.acao}; Vary: ${echoed.vary ?? '(none)'}` });
    }
    if (out.length === before) out.push({ messageId: 'ok', status: 'pass', severity: 'info', data: { host: t.host, url: c.url }, location: l });
  }
  return out;
}

export default defineCheck<EdgeTarget, EdgeProbes>({
  id: 'edge/cors',
  title: 'CORS does not trust arbitrary origins',
  problem: 'CORS trusts arbitrary origins',
  titles: { 'reflected-credentials': 'CORS on {{host}} reflects any origin with credentials', 'null-credentials': 'CORS on {{host}} trusts Origin: null with credentials' },
  area: 'edge',
  mode: 'active',
  description: 'Sends a foreign Origin, Origin: null and look-alikes of the domain; fails when one is allowed, worst with credentials (and wildcard with credentials); warns when ACAO varies without Vary: Origin.',
  severity: 'high',
  cwe: 'CWE-942',
  messages: {
    ok: '{{host}}: {{url}} does not grant CORS to foreign or null origins.',
    'reflected-credentials': '{{host}}: {{url}} reflects any Origin ({{origin}}) with Allow-Credentials: any website a logged-in user visits can read their data through the API.',
    reflected: '{{host}}: {{url}} reflects any Origin ({{origin}}) without credentials: public data only, but confirm nothing private is served cookie-less (tokens in headers).',
    'wildcard-credentials': '{{host}}: {{url}} sends Access-Control-Allow-Origin: * with Allow-Credentials: true (browsers refuse it; the intent is dangerous and often "fixed" by reflecting the origin).',
    'null-credentials': '{{host}}: {{url}} allows Origin: null with credentials, so sandboxed iframes and data: pages on any site can read users\' data.',
    'null-origin': '{{host}}: {{url}} allows Origin: null (sandboxed iframes, local files).',
    'lookalike-credentials': '{{host}}: {{url}} allows the look-alike origin {{origin}} with credentials: the allowlist matches by suffix/prefix, so whoever registers such a name can read logged-in users\' data.',
    lookalike: '{{host}}: {{url}} allows the look-alike origin {{origin}} (the allowlist matches by suffix/prefix, not exactly).',
    'vary-missing': '{{host}}: {{url}} picks Access-Control-Allow-Origin per request Origin ({{origin}}) but does not send Vary: Origin: a CDN or browser cache can serve one origin\'s CORS answer to another.',
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
