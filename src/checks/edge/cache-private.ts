import { defineCheck, type ReportInput } from '../../core/check.js';
import { detectCdn, fixText, servedFromCache } from './providers.js';
import { bodyDigest, parseCacheControl } from './parse.js';
import { hostEvidence, loc, privateEvidence, SKIPPED_MESSAGE, type EdgeProbes, type EdgeTarget, type HostEvidence, type PrivateResponse } from './evidence.js';

interface Candidate {
  url: string;
  why: string;
  headers: Record<string, string>;
  status: number;
  guessed?: boolean;
  /** a guessed path whose content is not recognisably personal: a static shell may be cached on purpose */
  soft?: boolean;
}

// RFC 9110 §15.1: only these status codes are heuristically cacheable; others (401, 403, 500...) are stored only
// when Cache-Control says so explicitly.
const HEURISTIC = new Set([200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 501]);

/**
 * A response that carries Set-Cookie, answers an authenticated request or a configured private path must not
 * be storable by a shared cache (RFC 9111 §3: `public` / `s-maxage` allow it; without `private`/`no-store` a
 * CDN configured to "cache everything" stores it and serves it to the next visitor).
 */
export function judgeCachePrivate(ev: HostEvidence, priv: PrivateResponse[] = []): ReportInput[] {
  const t = ev.target;
  const cands: Candidate[] = [];
  if (ev.main && ev.main.setCookies.length) cands.push({ url: ev.main.url, why: 'sets a cookie', headers: ev.main.headers, status: ev.main.status });
  const mainDigest = ev.main ? bodyDigest(ev.main.body) : undefined;
  for (const p of priv) {
    if (!p.headers || !p.status || p.status >= 500) continue;
    if (p.status >= 300 && p.status < 400) continue;
    const cookie = (p.setCookies?.length ?? 0) > 0;
    if (p.guessed) {
      // a guessed path that is not a 200 page (login redirect, 401, 404) says nothing about private data
      if (p.status !== 200) continue;
      // the home page again (SPA fallback, catch-all route): judged once, as the main page
      if (p.bodyDigest && p.bodyDigest === mainDigest && (!cookie || (ev.main?.setCookies.length ?? 0) > 0)) continue;
    }
    const why = p.authenticated ? 'answers an authenticated request' : cookie ? 'sets a cookie on a private path' : !p.guessed ? 'is a private path' : p.personal ? 'is a usual private path showing personal data' : 'is a usual private path (guessed: its content is not recognisably personal, so confirm with edge.privatePaths)';
    // without a cookie or personal content a guessed page may be a static shell that is cached on purpose:
    // still worth a look when a shared cache keeps it, but only as a low warning
    const soft = p.guessed === true && !cookie && !p.personal;
    cands.push({ url: p.url, why, headers: p.headers, status: p.status, ...(p.guessed ? { guessed: true } : {}), ...(soft ? { soft: true } : {}) });
  }
  if (!ev.main && !cands.length) return [{ messageId: 'skipped', status: 'skipped', severity: 'info', data: { host: t.host, reason: `no response (${ev.error ?? 'unreachable'})` }, location: loc(t) }];
  const out: ReportInput[] = [];
  for (const c of cands) {
    const cc = parseCacheControl(c.headers['cache-control']);
    const cdn = detectCdn(c.headers).map((x) => x.name).join(', ') || 'no CDN detected';
    const data = { host: t.host, url: c.url, why: c.why, cacheControl: c.headers['cache-control'] ?? '(none)', cdn };
    const l = loc(t, c.url);
    const hit = servedFromCache(c.headers);
    const evidence = `cache-control: ${c.headers['cache-control'] ?? '(none)'}${hit ? `\n${hit}` : ''}`;
    const soft = c.soft ? { status: 'warn' as const, severity: 'low' as const } : undefined;
    // A CDN that says HIT (not merely Age) on a private/no-store response ignored the origin (Cloudflare "Cache
    // Everything" with an Edge TTL, a CloudFront policy that overrides origin headers): the headers did not help.
    const providerHit = hit !== undefined && !hit.startsWith('age:');
    if (hit && (providerHit || (!cc.has('no-store') && !cc.has('private')))) out.push({ messageId: 'served-from-cache', severity: 'critical', ...soft, data: { ...data, hit }, location: l, evidence });
    else if (cc.has('public') || cc.has('s-maxage')) out.push({ messageId: 'shared-cacheable', severity: 'high', ...soft, data, location: l, evidence });
    // no-cache: a shared cache may keep it but must ask the origin every time (RFC 9111 §5.2.2.4), so it never
    // serves it on its own
    else if (c.guessed) continue; // only explicit shared cacheability counts on a path we merely guessed
    else if (!cc.has('private') && !cc.has('no-store') && !cc.has('no-cache') && (HEURISTIC.has(c.status) || cc.has('max-age'))) {
      // Nothing at all that lets a shared cache keep it (no Cache-Control, Expires or Last-Modified, the basis of
      // heuristic freshness in practice, RFC 9111 §4.2.2): only a "cache everything" override would store it, so
      // a hardening note; explicit freshness (max-age, Expires) or a Last-Modified is the real exposure.
      const bare = !c.headers['cache-control'] && !c.headers.expires && !c.headers['last-modified'];
      out.push({ messageId: 'not-private', ...(bare ? { status: 'warn' as const, severity: 'low' as const } : {}), data, location: l, evidence });
    }
    else out.push({ messageId: 'ok', status: 'pass', severity: 'info', data, location: l, evidence });
  }
  if (!out.length) out.push({ messageId: 'no-private', status: 'pass', severity: 'info', data: { host: t.host }, location: loc(t) });
  return out;
}

export default defineCheck<EdgeTarget, EdgeProbes>({
  id: 'edge/cache-private',
  title: 'Private responses are not cacheable by shared caches',
  problem: 'Private response cacheable by shared caches',
  area: 'edge',
  mode: 'active',
  description: 'Responses with Set-Cookie, to authenticated requests or on private paths carry Cache-Control private/no-store and never public/s-maxage; reports CDN cache hits on them.',
  severity: 'medium',
  cwe: 'CWE-524',
  messages: {
    ok: '{{host}}: {{url}} ({{why}}) is not storable by shared caches ({{cacheControl}}).',
    'no-private': '{{host}}: no private responses seen (configure edge.privatePaths and edge.auth to check logged-in pages).',
    'shared-cacheable': '{{host}}: {{url}} {{why}} but is marked cacheable by shared caches ({{cacheControl}}; {{cdn}}): a CDN can serve one user\'s page, cookie or data to the next visitor.',
    'not-private': '{{host}}: {{url}} {{why}} without Cache-Control private/no-store ({{cacheControl}}; {{cdn}}): a CDN "cache everything" rule would serve it to other users.',
    'served-from-cache': '{{host}}: {{url}} {{why}} and was served from a shared cache ({{hit}}; {{cdn}}): users are receiving stored copies of someone\'s private response.',
    skipped: SKIPPED_MESSAGE,
  },
  remediation: fixText({
    generic: 'Send "Cache-Control: private, no-store" on every response that sets a cookie or depends on the logged-in user; never public or s-maxage there.',
    Cloudflare: 'Caching → Cache Rules: "Bypass cache" when the request has a session cookie or Authorization header; do not "Cache Everything" on app paths.',
    Vercel: 'do not set s-maxage / CDN-Cache-Control on authenticated routes; mark them dynamic.',
    Netlify: 'do not set Netlify-CDN-Cache-Control on authenticated routes; send Cache-Control: private.',
    CloudFront: 'use a cache policy that forwards the session cookie/Authorization header or "CachingDisabled" for app paths.',
    Fastly: 'return(pass) in vcl_recv when a session cookie or Authorization header is present.',
  }),
  async run(ctx) {
    const [ev, priv] = await Promise.all([hostEvidence(ctx), privateEvidence(ctx)]);
    for (const r of judgeCachePrivate(ev, priv)) ctx.report(r);
  },
});
