import { defineCheck } from '../../core/check.js';
import { discover } from './lib/discovery.js';
import type { ApiProbes } from './lib/types.js';
import { attempt, reportGaps, UNREACHABLE } from './lib/util.js';

/**
 * Session cookies must be HttpOnly (no script access, so an XSS cannot steal them), Secure (never sent over plain
 * HTTP) and SameSite (CSRF); RFC 6265bis and the OWASP Session Management cheat sheet. Passive: judges the
 * Set-Cookie headers of the identities' login answers and of every answer discovery saw.
 */

const SESSIONISH = /sess|sid|auth|token|jwt|login|remember|refresh|access/i;

export default defineCheck<unknown, ApiProbes>({
  id: 'api/cookie-flags',
  title: 'Session cookie without HttpOnly, Secure or SameSite',
  area: 'api',
  mode: 'passive',
  description: 'Reads the flags of the cookies the API sets at login and on other answers.',
  severity: 'medium',
  cwe: 'CWE-1004',
  owasp: 'API8:2023',
  remediation: 'Set session cookies with `HttpOnly; Secure; SameSite=Lax` (or Strict), a Path and a bounded Max-Age.',
  messages: {
    noHttpOnly: 'Cookie {{cookie}} set by {{path}} carries the session but has no HttpOnly flag: any script on the site can read it.',
    noSecure: 'Cookie {{cookie}} set by {{path}} has no Secure flag: it is also sent over plain HTTP.',
    noSameSite: 'Cookie {{cookie}} set by {{path}} has no SameSite attribute.',
    sameSiteNoneInsecure: 'Cookie {{cookie}} set by {{path}} is SameSite=None without Secure (browsers reject it, or send it cross-site).',
    ok: '{{count}} session cookies carry HttpOnly, Secure and SameSite.',
    noCookies: 'The API sets no cookies (token-only authentication).',
    unreachable: UNREACHABLE,
  },
  async run(ctx) {
    const { client, model } = ctx.probes;
    const d = await discover(ctx);
    const https = model.baseUrl.protocol === 'https:';
    const sources: { path: string; url: string; method: string; status: number; setCookies: string[]; curl: string }[] = [];
    for (const [name, res] of client.loginResponses) {
      const email = client.identity(name)?.email ?? '';
      const env = `LAUNCHREADY_PASSWORD_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
      const curl = `curl -sS -i -X ${res.method} '${res.url}' -H 'content-type: application/json' --data-raw '{"email":"${email}","password":"'"$${env}"'"}'`;
      sources.push({ path: new URL(res.url).pathname, url: res.url, method: res.method, status: res.status, setCookies: res.setCookies, curl });
    }
    for (const x of d.exchanges) if (x.response.setCookies.length) sources.push({ path: x.path, url: x.url, method: x.method, status: x.status, setCookies: x.response.setCookies, curl: x.curl });
    const seen = new Set<string>();
    const tokens = new Set<string>();
    // a token we could not get is a cookie we cannot recognise as the session's: owned below, not a pass
    const gaps: string[] = [];
    for (const id of d.active) {
      const t = await attempt(ctx, gaps, `${id.name}'s token`, client.token(id));
      if (t) tokens.add(t);
    }
    let count = 0;
    let failed = 0;
    for (const s of sources) {
      for (const sc of s.setCookies) {
        const [pair, ...attrs] = sc.split(';').map((p) => p.trim());
        const name = pair!.split('=')[0]!;
        const value = pair!.slice(name.length + 1);
        if (seen.has(name)) continue;
        // Only session-like cookies (by name, or carrying the identity's token): analytics and preference cookies
        // are not judged.
        if (!SESSIONISH.test(name) && !tokens.has(decodeURIComponent(value))) continue;
        if (/csrf|xsrf/i.test(name)) continue; // double-submit CSRF cookies must be readable by scripts
        seen.add(name);
        count++;
        const a = attrs.map((x) => x.toLowerCase());
        const has = (k: string) => a.some((x) => x === k || x.startsWith(`${k}=`));
        const samesite = a.find((x) => x.startsWith('samesite='))?.slice(9);
        const loc = { url: s.url, method: s.method, path: s.path };
        const data = { cookie: name, path: s.path };
        const evidence = `> ${s.method} ${s.url}\n< HTTP ${s.status}\n< set-cookie: ${name}=…; ${attrs.join('; ')}`;
        if (!has('httponly')) {
          failed++;
          ctx.report({ messageId: 'noHttpOnly', data, location: loc, evidence, meta: { curl: s.curl }, fingerprintKey: name });
        }
        if (!has('secure')) {
          failed++;
          ctx.report({ messageId: samesite === 'none' ? 'sameSiteNoneInsecure' : 'noSecure', data, severity: https || samesite === 'none' ? 'medium' : 'low', location: loc, evidence, meta: { curl: s.curl }, fingerprintKey: name });
        }
        if (!samesite) {
          failed++;
          ctx.report({ messageId: 'noSameSite', data, severity: 'low', status: 'warn', location: loc, evidence, meta: { curl: s.curl }, fingerprintKey: name });
        }
      }
    }
    if (failed === 0 && gaps.length) reportGaps(ctx, gaps);
    else if (count === 0) ctx.report({ messageId: 'noCookies', status: 'pass', target: model.config.baseUrl });
    else if (failed === 0) ctx.report({ messageId: 'ok', status: 'pass', data: { count }, target: model.config.baseUrl });
  },
});
