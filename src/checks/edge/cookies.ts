import { defineCheck, type ReportInput } from '../../core/check.js';
import { CSRF_COOKIE, parseSetCookie, SESSION_COOKIE } from './parse.js';
import { hostEvidence, loc, privateEvidence, SKIPPED_MESSAGE, type EdgeProbes, type EdgeTarget, type HostEvidence, type PrivateResponse } from './evidence.js';

/** Every cookie the host sets on its main page and private paths. */
export function judgeCookies(ev: HostEvidence, priv: PrivateResponse[] = []): ReportInput[] {
  const t = ev.target;
  const lines: { url: string; line: string }[] = [];
  if (ev.main) for (const line of ev.main.setCookies) lines.push({ url: ev.main.url, line });
  // cookies set on this host's own redirects (e.g. the session cookie on the 302 to /login)
  for (const chain of [ev.https, ev.http]) {
    for (const h of chain?.hops ?? []) {
      let same = false;
      try {
        same = new URL(h.url).hostname.toLowerCase() === t.host.toLowerCase();
      } catch {
        /* unparsable hop URL: not this host's */
      }
      if (same) for (const line of h.setCookies ?? []) lines.push({ url: h.url, line });
    }
  }
  for (const p of priv) for (const line of p.setCookies ?? []) lines.push({ url: p.url, line });
  if (!ev.main && !priv.some((p) => p.status)) return [{ messageId: 'skipped', status: 'skipped', severity: 'info', data: { host: t.host, reason: 'no response' }, location: loc(t) }];
  const out: ReportInput[] = [];
  const seen = new Set<string>();
  for (const { url, line } of lines) {
    const c = parseSetCookie(line);
    if (!c.name || c.expired || seen.has(c.name)) continue;
    seen.add(c.name);
    const session = SESSION_COOKIE.test(c.name);
    const data = { host: t.host, cookie: c.name };
    const l = { ...loc(t, url), record: `Set-Cookie ${c.name}` };
    const before = out.length;
    if (!c.secure) out.push({ messageId: session ? 'session-no-secure' : 'no-secure', severity: session ? 'high' : 'medium', data, location: l });
    // anti-CSRF cookies are read by the page's JavaScript on purpose (double-submit), as MDN Observatory allows
    if (session && !CSRF_COOKIE.test(c.name) && !c.httpOnly) out.push({ messageId: 'session-no-httponly', data, location: l });
    if (c.sameSite === undefined) out.push({ messageId: 'no-samesite', status: 'warn', severity: 'low', data, location: l });
    else if (!['lax', 'strict', 'none'].includes(c.sameSite)) out.push({ messageId: 'samesite-invalid', severity: 'low', data: { ...data, value: c.sameSite }, location: l });
    else if (c.sameSite === 'none' && !c.secure) out.push({ messageId: 'samesite-none-insecure', data, location: l });
    if (c.name.startsWith('__Host-') && (!c.secure || c.domain !== undefined || c.path !== '/')) out.push({ messageId: 'host-prefix', data, location: l });
    if (c.name.startsWith('__Secure-') && !c.secure) out.push({ messageId: 'secure-prefix', data, location: l });
    // a session cookie with Domain= is sent to every subdomain (one taken-over subdomain reads it); __Host- forbids that
    if (out.length === before && session && !CSRF_COOKIE.test(c.name) && !c.name.startsWith('__Host-')) {
      out.push({ messageId: c.domain ? 'session-domain' : 'host-prefix-recommended', status: 'warn', severity: 'low', data: { ...data, domain: c.domain ?? '' }, location: l });
    }
    if (out.length === before) out.push({ messageId: 'ok', status: 'pass', severity: 'info', data, location: l });
  }
  if (!lines.length) out.push({ messageId: 'none', status: 'pass', severity: 'info', data: { host: t.host }, location: loc(t) });
  return out;
}

export default defineCheck<EdgeTarget, EdgeProbes>({
  id: 'edge/cookies',
  title: 'Cookies carry Secure, HttpOnly and SameSite',
  problem: 'Cookie without Secure, HttpOnly or SameSite (or a weak prefix or domain)',
  area: 'edge',
  mode: 'passive',
  description: 'Cookies are Secure; session cookies are HttpOnly; SameSite is set; __Host-/__Secure- prefixes follow their rules.',
  severity: 'medium',
  cwe: 'CWE-614',
  messages: {
    ok: '{{host}}: cookie {{cookie}} has sound flags.',
    none: '{{host}} sets no cookies on the pages checked.',
    'no-secure': '{{host}}: cookie {{cookie}} lacks Secure, so it is also sent over plain http where anyone on the network can read it.',
    'session-no-secure': '{{host}}: session cookie {{cookie}} lacks Secure: one plain-http request on public Wi-Fi leaks the login.',
    'session-no-httponly': '{{host}}: session cookie {{cookie}} lacks HttpOnly: any XSS can steal the session.',
    'no-samesite': '{{host}}: cookie {{cookie}} has no SameSite attribute (set Lax or Strict explicitly against CSRF).',
    'samesite-invalid': '{{host}}: cookie {{cookie}} has an invalid SameSite value "{{value}}".',
    'samesite-none-insecure': '{{host}}: cookie {{cookie}} is SameSite=None without Secure; browsers reject it.',
    'host-prefix': '{{host}}: cookie {{cookie}} breaks the __Host- rules (Secure, Path=/, no Domain); browsers reject it.',
    'session-domain': '{{host}}: session cookie {{cookie}} is scoped to Domain={{domain}}: every subdomain receives it, so one compromised or taken-over subdomain steals sessions. Drop Domain= and use the __Host- prefix.',
    'host-prefix-recommended': '{{host}}: session cookie {{cookie}} has sound flags; the __Host- prefix would also lock it to this host and path / (no subdomain can overwrite it).',
    'secure-prefix': '{{host}}: cookie {{cookie}} uses __Secure- without Secure; browsers reject it.',
    skipped: SKIPPED_MESSAGE,
  },
  remediation: 'Set cookies as: Set-Cookie: __Host-session=…; Path=/; Secure; HttpOnly; SameSite=Lax (use the __Host- prefix for session cookies).',
  async run(ctx) {
    const [ev, priv] = await Promise.all([hostEvidence(ctx), privateEvidence(ctx)]);
    for (const r of judgeCookies(ev, priv)) ctx.report(r);
  },
});
