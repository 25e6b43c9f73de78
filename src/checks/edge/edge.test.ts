import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ReportInput } from '../../core/check.js';
import type { HttpResponse } from '../../probes/http.js';
import type { Chain, EdgeTarget, HostEvidence } from './evidence.js';
import { siblingOrigins } from './evidence.js';
import reachableCheck, { judgeReachable as judgeReachableRaw } from './reachable.js';
import httpsRedirectCheck, { judgeHttpsRedirect as judgeHttpsRedirectRaw } from './https-redirect.js';
import canonicalHostCheck, { judgeCanonical as judgeCanonicalRaw } from './canonical-host.js';
import hstsCheck, { judgeHsts as judgeHstsRaw } from './hsts.js';
import cspCheck, { judgeCsp as judgeCspRaw } from './csp.js';
import framingCheck, { judgeFraming as judgeFramingRaw } from './framing.js';
import nosniffCheck, { judgeNosniff as judgeNosniffRaw } from './nosniff.js';
import referrerPolicyCheck, { judgeReferrer as judgeReferrerRaw } from './referrer-policy.js';
import permissionsPolicyCheck, { judgePermissions as judgePermissionsRaw } from './permissions-policy.js';
import crossOriginCheck, { judgeCrossOrigin as judgeCrossOriginRaw } from './cross-origin.js';
import cookiesCheck, { judgeCookies as judgeCookiesRaw } from './cookies.js';
import sriCheck, { judgeSri as judgeSriRaw } from './sri.js';
import mixedContentCheck, { judgeMixed as judgeMixedRaw } from './mixed-content.js';
import versionBannerCheck, { judgeBanner as judgeBannerRaw } from './version-banner.js';
import cachePrivateCheck, { judgeCachePrivate as judgeCachePrivateRaw } from './cache-private.js';
import cdnCheck, { judgeCdn as judgeCdnRaw } from './cdn.js';
import corsCheck, { judgeCors as judgeCorsRaw } from './cors.js';
import { detectCdn } from './providers.js';
import takeoverCheck, { judgeTakeover as judgeTakeoverRaw } from './takeover.js';
import { bodyDigest, looksPersonal, parseCsp, parseHsts, parseSetCookie } from './parse.js';
import { judged } from '../../../test/judged.js';

// each judge's reports go through makeFinding as run() passes them to ctx.report (validated and counted; test/judged.ts)
const judgeReachable = judged(reachableCheck, judgeReachableRaw);
const judgeHttpsRedirect = judged(httpsRedirectCheck, judgeHttpsRedirectRaw);
const judgeCanonical = judged(canonicalHostCheck, judgeCanonicalRaw);
const judgeHsts = judged(hstsCheck, judgeHstsRaw);
const judgeCsp = judged(cspCheck, judgeCspRaw);
const judgeFraming = judged(framingCheck, judgeFramingRaw);
const judgeNosniff = judged(nosniffCheck, judgeNosniffRaw);
const judgeReferrer = judged(referrerPolicyCheck, judgeReferrerRaw);
const judgePermissions = judged(permissionsPolicyCheck, judgePermissionsRaw);
const judgeCrossOrigin = judged(crossOriginCheck, judgeCrossOriginRaw);
const judgeCookies = judged(cookiesCheck, judgeCookiesRaw);
const judgeSri = judged(sriCheck, judgeSriRaw);
const judgeMixed = judged(mixedContentCheck, judgeMixedRaw);
const judgeBanner = judged(versionBannerCheck, judgeBannerRaw);
const judgeCachePrivate = judged(cachePrivateCheck, judgeCachePrivateRaw);
const judgeCdn = judged(cdnCheck, judgeCdnRaw);
const judgeCors = judged(corsCheck, judgeCorsRaw);
const judgeTakeover = judged(takeoverCheck, judgeTakeoverRaw);

// Test tables for the edge judges: pure functions over captured evidence (assert message ids and status, never wording).

function target(host = 'www.example.com', over: Partial<EdgeTarget> = {}): EdgeTarget {
  return {
    input: host, host, url: `https://${host}/`, scheme: 'https', tlsPort: 443, isLocal: false, plainLocal: false, apex: 'example.com',
    allHosts: [host], privatePaths: [], corsOrigin: 'https://evil.launchready.invalid', tls: { warnDays: 21, failDays: 7, legacy: true }, ...over,
  };
}

function res(url: string, headers: Record<string, string> = {}, body = '<!doctype html><html></html>', status = 200, setCookies: string[] = []): HttpResponse {
  return { url, method: 'GET', status, headers: { 'content-type': 'text/html', ...headers }, setCookies, rawHeaders: [], body, bodyBytes: body.length, truncated: false, timings: { totalMs: 1, ttfbMs: 1 } };
}

function chain(start: string, hops: { url: string; status: number; location?: string; hsts?: string; setCookies?: string[] }[], final?: HttpResponse): Chain {
  return { start, hops, ...(final ? { final } : {}) };
}

/** www.example.com answering 200 on https, http → https redirect, with `headers` on the page. */
function host(headers: Record<string, string> = {}, body?: string, setCookies: string[] = [], t = target()): HostEvidence {
  const page = res(t.url, headers, body, 200, setCookies);
  return {
    target: t,
    http: chain(`http://${t.host}/`, [{ url: `http://${t.host}/`, status: 301, location: t.url }, { url: t.url, status: 200, ...(headers['strict-transport-security'] ? { hsts: headers['strict-transport-security'] } : {}) }], page),
    https: chain(t.url, [{ url: t.url, status: 200, ...(headers['strict-transport-security'] ? { hsts: headers['strict-transport-security'] } : {}) }], page),
    main: page,
    unreachable: false,
  };
}

const ids = (r: ReportInput[]) => r.map((x) => x.messageId).sort();
const statuses = (r: ReportInput[]) => [...new Set(r.map((x) => x.status ?? 'fail'))].sort();

describe('edge/reachable', () => {
  test('pass', () => assert.deepEqual(ids(judgeReachable(host())), ['ok']));
  test('unreachable is status error', () => {
    const r = judgeReachable({ target: target(), unreachable: true, error: 'connection refused' });
    assert.deepEqual(ids(r), ['unreachable']);
    assert.equal(r[0]!.status, 'error');
  });
});

describe('edge/https-redirect', () => {
  test('pass: 301 to https on the first hop', () => assert.deepEqual(ids(judgeHttpsRedirect(host())), ['ok']));
  test('fail: http serves 200', () => {
    const ev = host();
    ev.http = chain('http://www.example.com/', [{ url: 'http://www.example.com/', status: 200 }], res('http://www.example.com/'));
    assert.deepEqual(ids(judgeHttpsRedirect(ev)), ['no-redirect']);
  });
  test('fail: https → http downgrade', () => {
    const ev = host();
    ev.https = chain('https://www.example.com/', [{ url: 'https://www.example.com/', status: 302, location: 'http://www.example.com/x' }, { url: 'http://www.example.com/x', status: 200 }], res('http://www.example.com/x'));
    assert.ok(ids(judgeHttpsRedirect(ev)).includes('downgrade'));
  });
  test('warn: three redirects to reach the page (long-chain); two are fine', () => {
    const ev = host();
    const page = res('https://www.example.com/en/login');
    ev.http = chain('http://www.example.com/', [
      { url: 'http://www.example.com/', status: 301, location: 'https://www.example.com/' },
      { url: 'https://www.example.com/', status: 301, location: 'https://www.example.com/en/' },
      { url: 'https://www.example.com/en/', status: 302, location: 'https://www.example.com/en/login' },
      { url: 'https://www.example.com/en/login', status: 200 },
    ], page);
    const r = judgeHttpsRedirect(ev);
    assert.deepEqual(ids(r), ['long-chain']);
    assert.equal(r[0]!.data?.redirects, 3);
    assert.equal(r[0]!.status, 'warn');
    ev.http.hops.splice(1, 1);
    ev.http.hops[0]!.location = 'https://www.example.com/en/';
    assert.deepEqual(ids(judgeHttpsRedirect(ev)), ['ok']);
  });
  test('fail: redirect loop', () => {
    const ev = host();
    ev.https = { ...ev.https!, error: 'more than 8 redirects' };
    assert.ok(ids(judgeHttpsRedirect(ev)).includes('loop'));
  });
  test('warn: temporary redirect', () => {
    const ev = host();
    ev.http!.hops[0]!.status = 302;
    assert.deepEqual(ids(judgeHttpsRedirect(ev)), ['temporary']);
  });
  test('skipped: plain http on loopback', () => {
    const t = target('127.0.0.1', { url: 'http://127.0.0.1:4010/', scheme: 'http', isLocal: true, plainLocal: true });
    assert.deepEqual(statuses(judgeHttpsRedirect(host({}, undefined, [], t))), ['skipped']);
  });
});

describe('edge/canonical-host', () => {
  const apexT = target('example.com');
  const wwwT = target('www.example.com');
  test('pass: apex → www in one hop', () => {
    const a = host({}, undefined, [], apexT);
    a.http = chain('http://example.com/', [{ url: 'http://example.com/', status: 301, location: 'https://example.com/' }, { url: 'https://example.com/', status: 301, location: 'https://www.example.com/' }, { url: 'https://www.example.com/', status: 200 }], res('https://www.example.com/'));
    a.https = chain('https://example.com/', [{ url: 'https://example.com/', status: 301, location: 'https://www.example.com/' }, { url: 'https://www.example.com/', status: 200 }], res('https://www.example.com/'));
    assert.deepEqual(ids(judgeCanonical(a, host({}, undefined, [], wwwT))), ['ok']);
  });
  test('fail: both answer', () => assert.deepEqual(ids(judgeCanonical(host({}, undefined, [], apexT), host({}, undefined, [], wwwT))), ['both-answer']));
  test('warn: http://apex jumps straight to www (no HSTS for the apex)', () => {
    const a = host({}, undefined, [], apexT);
    a.http = chain('http://example.com/', [{ url: 'http://example.com/', status: 301, location: 'https://www.example.com/' }, { url: 'https://www.example.com/', status: 200 }], res('https://www.example.com/'));
    a.https = chain('https://example.com/', [{ url: 'https://example.com/', status: 301, location: 'https://www.example.com/' }, { url: 'https://www.example.com/', status: 200 }], res('https://www.example.com/'));
    assert.deepEqual(ids(judgeCanonical(a, host({}, undefined, [], wwwT))), ['hsts-skipped']);
  });
});

describe('edge/hsts', () => {
  test('pass', () => assert.deepEqual(ids(judgeHsts(host({ 'strict-transport-security': 'max-age=63072000; includeSubDomains' }))), ['ok']));
  test('fail: missing', () => assert.deepEqual(ids(judgeHsts(host())), ['missing']));
  test('warn: apex without includeSubDomains', () => {
    const t = target('example.com');
    assert.deepEqual(ids(judgeHsts(host({ 'strict-transport-security': 'max-age=63072000' }, undefined, [], t))), ['no-subdomains']);
  });
  test('warn: short', () => assert.deepEqual(ids(judgeHsts(host({ 'strict-transport-security': 'max-age=86400' }))), ['short']));
  test('warn: preload without includeSubDomains on a subdomain too (the preload list refuses it)', () => {
    assert.deepEqual(ids(judgeHsts(host({ 'strict-transport-security': 'max-age=63072000; preload' }))), ['preload-no-subdomains']);
    assert.deepEqual(ids(judgeHsts(host({ 'strict-transport-security': 'max-age=63072000; includeSubDomains; preload' }))), ['ok']);
    assert.deepEqual(ids(judgeHsts(host({ 'strict-transport-security': 'max-age=31536000' }))), ['ok']);
    // on the apex the existing message covers it
    assert.deepEqual(ids(judgeHsts(host({ 'strict-transport-security': 'max-age=63072000; preload' }, undefined, [], target('example.com')))), ['no-subdomains']);
  });
  test('fail: max-age=0 and invalid', () => {
    assert.deepEqual(ids(judgeHsts(host({ 'strict-transport-security': 'max-age=0' }))), ['disabled']);
    assert.deepEqual(ids(judgeHsts(host({ 'strict-transport-security': 'includeSubDomains' }))), ['invalid']);
  });
  test('warn: a redirect without HSTS in front of a page with it', () => {
    const ev = host({ 'strict-transport-security': 'max-age=63072000' });
    ev.https!.hops = [{ url: ev.target.url, status: 301, location: 'https://example.com/' }, { url: 'https://example.com/', status: 200, hsts: 'max-age=63072000' }];
    assert.deepEqual(ids(judgeHsts(ev)), ['redirect-without-hsts']);
    assert.deepEqual(statuses(judgeHsts(ev)), ['warn']);
  });
  test('parser', () => assert.deepEqual(parseHsts('max-age="31536000"; includeSubDomains; preload'), { maxAge: 31536000, includeSubDomains: true, preload: true, valid: true }));
});

describe('edge/csp', () => {
  const strict = "default-src 'self'; script-src 'self' 'nonce-abc' 'unsafe-inline'; object-src 'none'; base-uri 'none'";
  test('pass (unsafe-inline next to a nonce is ignored by CSP2+ browsers)', () => assert.deepEqual(ids(judgeCsp(host({ 'content-security-policy': strict }))), ['ok']));
  test('fail: missing', () => assert.deepEqual(ids(judgeCsp(host())), ['missing']));
  test('fail: unsafe-inline, wildcard; warn: unsafe-eval, object-src, base-uri', () =>
    assert.deepEqual(ids(judgeCsp(host({ 'content-security-policy': "script-src 'self' 'unsafe-inline' 'unsafe-eval' https:" }))), ['base-uri', 'object-src', 'unsafe-eval', 'unsafe-inline', 'unsafe-source']));
  test('a <meta http-equiv> policy counts (its value is judged), with a low note that it is not a header', () => {
    const r = judgeCsp(host({}, `<html><head><meta http-equiv="Content-Security-Policy" content="${strict}"></head><body></body></html>`));
    assert.deepEqual(ids(r), ['meta-only']);
    assert.deepEqual([r[0]!.status, r[0]!.severity], ['warn', 'low']);
    assert.deepEqual(ids(judgeCsp(host({}, `<html><head><meta http-equiv="Content-Security-Policy" content="script-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'"></head></html>`))), ['meta-only', 'unsafe-inline']);
  });
  test('warn: report-only', () => assert.deepEqual(ids(judgeCsp(host({ 'content-security-policy-report-only': strict }))), ['report-only']));
  test('skipped: JSON API', () => assert.deepEqual(statuses(judgeCsp(host({ 'content-type': 'application/json' }, '{}'))), ['skipped']));
  test('parser keeps the first directive', () => assert.deepEqual(parseCsp("script-src a; script-src b; OBJECT-SRC 'none'").get('script-src'), ['a']));
});

describe('edge/framing', () => {
  test('pass: frame-ancestors or XFO', () => {
    assert.deepEqual(ids(judgeFraming(host({ 'content-security-policy': "frame-ancestors 'none'" }))), ['ok']);
    assert.deepEqual(ids(judgeFraming(host({ 'x-frame-options': 'sameorigin' }))), ['ok']);
  });
  test('fail: missing / weak', () => {
    assert.deepEqual(ids(judgeFraming(host())), ['missing']);
    assert.deepEqual(ids(judgeFraming(host({ 'x-frame-options': 'ALLOW-FROM https://x' }))), ['weak']);
  });
});

describe('header checks on a redirect to a host the audit does not name', () => {
  test('skipped with the reason, not judged', () => {
    const ev = host();
    ev.main = res('https://www.example.com/', { location: 'https://shop.other.test/' }, '', 301);
    for (const j of [judgeNosniff, judgeCsp, judgeReferrer, judgeFraming]) assert.deepEqual(statuses(j(ev)), ['skipped']);
  });
});

describe('edge/nosniff', () => {
  test('pass', () => assert.deepEqual(ids(judgeNosniff(host({ 'x-content-type-options': 'nosniff' }))), ['ok']));
  test('fail', () => {
    assert.deepEqual(ids(judgeNosniff(host())), ['missing']);
    assert.deepEqual(ids(judgeNosniff(host({ 'x-content-type-options': 'sniff' }))), ['invalid']);
  });
});

describe('edge/referrer-policy', () => {
  test('pass: last valid token wins', () => assert.deepEqual(ids(judgeReferrer(host({ 'referrer-policy': 'unsafe-url, strict-origin-when-cross-origin' }))), ['ok']));
  test('<meta name=referrer> counts (later wins); origin-only policies are low', () => {
    assert.deepEqual(ids(judgeReferrer(host({}, '<html><head><meta name="referrer" content="no-referrer"></head><body></body></html>'))), ['ok']);
    const r = judgeReferrer(host({ 'referrer-policy': 'origin-when-cross-origin' }));
    assert.deepEqual(ids(r), ['origin-only']);
    assert.equal(r[0]!.severity, 'low');
  });
  test('fail: unsafe; warn: missing', () => {
    assert.deepEqual(ids(judgeReferrer(host({ 'referrer-policy': 'no-referrer-when-downgrade' }))), ['unsafe']);
    assert.deepEqual(statuses(judgeReferrer(host())), ['warn']);
  });
});

describe('edge/permissions-policy', () => {
  test('pass', () => assert.deepEqual(ids(judgePermissions(host({ 'permissions-policy': 'camera=()' }))), ['ok']));
  test('warn: missing or wide', () => {
    assert.deepEqual(ids(judgePermissions(host())), ['missing']);
    assert.deepEqual(ids(judgePermissions(host({ 'permissions-policy': 'camera=*' }))), ['wide']);
  });
});

describe('edge/cross-origin', () => {
  test('pass', () => assert.deepEqual(ids(judgeCrossOrigin(host({ 'cross-origin-opener-policy': 'same-origin' }))), ['ok']));
  test('warn: COOP missing; fail: invalid CORP', () => assert.deepEqual(ids(judgeCrossOrigin(host({ 'cross-origin-resource-policy': 'everyone' }))), ['coop-missing', 'corp-invalid']));
});

describe('edge/cookies', () => {
  test('cookies set on the host\'s own redirect hops are judged too (not those of another host in the chain)', () => {
    const ev = host();
    ev.https = chain('https://www.example.com/', [
      { url: 'https://www.example.com/', status: 302, location: 'https://www.example.com/login', setCookies: ['sessionid=1; Path=/'] },
      { url: 'https://www.example.com/login', status: 200 },
    ], ev.main);
    ev.http = chain('http://www.example.com/', [{ url: 'http://other.example.com/', status: 301, location: 'https://www.example.com/', setCookies: ['tracker=1'] }], ev.main);
    assert.deepEqual(ids(judgeCookies(ev)), ['no-samesite', 'session-no-httponly', 'session-no-secure']);
  });
  test('pass: __Host- session cookie', () => assert.deepEqual(ids(judgeCookies(host({}, undefined, ['__Host-sid=1; Path=/; Secure; HttpOnly; SameSite=Lax']))), ['ok']));
  test('warn: session cookie scoped to the whole domain, or without __Host-', () => {
    assert.deepEqual(ids(judgeCookies(host({}, undefined, ['sid=1; Path=/; Domain=example.com; Secure; HttpOnly; SameSite=Lax']))), ['session-domain']);
    assert.deepEqual(ids(judgeCookies(host({}, undefined, ['sid=1; Path=/; Secure; HttpOnly; SameSite=Lax']))), ['host-prefix-recommended']);
  });
  test('none', () => assert.deepEqual(ids(judgeCookies(host())), ['none']));
  test('fail: session without Secure/HttpOnly, SameSite=None without Secure, prefix rules', () => {
    assert.deepEqual(ids(judgeCookies(host({}, undefined, ['session=1; Path=/']))), ['no-samesite', 'session-no-httponly', 'session-no-secure']);
    assert.deepEqual(ids(judgeCookies(host({}, undefined, ['theme=d; SameSite=None']))), ['no-secure', 'samesite-none-insecure']);
    assert.deepEqual(ids(judgeCookies(host({}, undefined, ['__Host-a=1; Secure; Path=/app; SameSite=Lax']))), ['host-prefix']);
    assert.deepEqual(ids(judgeCookies(host({}, undefined, ['__Secure-a=1; SameSite=Strict']))), ['no-secure', 'secure-prefix']);
  });
  test('anti-CSRF cookies may be readable by JavaScript (still Secure)', () =>
    assert.deepEqual(ids(judgeCookies(host({}, undefined, ['XSRF-TOKEN=abc; Path=/; Secure; SameSite=Strict']))), ['ok']));
  test('expired (deleting) cookies are ignored', () => assert.equal(parseSetCookie('sid=; Max-Age=0').expired, true));
});

describe('edge/sri', () => {
  test('pass: first party and hashed third party', () =>
    assert.deepEqual(ids(judgeSri(host({}, '<script src="/a.js"></script><script src="https://static.example.com/b.js"></script><script src="https://cdn.other.test/c.js" integrity="sha384-x"></script>'))), ['ok']));
  test('fail: third party without integrity, script over http', () =>
    assert.deepEqual(ids(judgeSri(host({}, '<script src="https://cdn.other.test/c.js"></script><script src=http://cdn.other.test/d.js></script><link rel="stylesheet" href="https://fonts.other.test/f.css">'))), ['insecure-script', 'missing', 'missing-style']));
});

describe('edge/mixed-content', () => {
  test('pass', () => assert.deepEqual(ids(judgeMixed(host({}, '<img src="https://x.test/a.png"><a href="http://x.test/">link</a>'))), ['ok']));
  test('fail: active; warn: passive', () => assert.deepEqual(ids(judgeMixed(host({}, '<iframe src="http://x.test/"></iframe><img src="http://x.test/a.png">'))), ['active', 'passive']));
});

describe('edge/version-banner', () => {
  test('pass: product without version', () => assert.deepEqual(ids(judgeBanner(host({ server: 'cloudflare' }))), ['ok']));
  test('fail', () => assert.deepEqual(ids(judgeBanner(host({ server: 'Apache/2.4.41 (Ubuntu)', 'x-powered-by': 'PHP/7.4.3' }))), ['banner', 'banner']));
});

describe('edge/cache-private', () => {
  test('pass: cookie page with private, no-store; 401 without Cache-Control is not cacheable', () => {
    const r = judgeCachePrivate(host({ 'cache-control': 'private, no-store' }, undefined, ['sid=1; Secure; HttpOnly']), [{ url: 'https://www.example.com/me', authenticated: false, status: 401, headers: {} }]);
    assert.deepEqual(ids(r), ['ok', 'ok']);
  });
  test('no-cache is acceptable (the CDN must revalidate with the origin)', () =>
    assert.deepEqual(ids(judgeCachePrivate(host({ 'cache-control': 'no-cache' }, undefined, ['sid=1']))), ['ok']));
  test('guessed private paths (none configured): only a 200 with a cookie and explicit shared cacheability counts', () => {
    const g = (status: number, cc: string, cookies: string[] = ['sid=1; Secure; HttpOnly']) => ({ url: 'https://www.example.com/account', authenticated: false, guessed: true, status, headers: { 'cache-control': cc }, setCookies: cookies });
    assert.deepEqual(ids(judgeCachePrivate(host(), [g(200, 'public, max-age=600')])), ['shared-cacheable']);
    assert.deepEqual(ids(judgeCachePrivate(host(), [g(200, 'max-age=600')])), ['no-private']);
    assert.deepEqual(ids(judgeCachePrivate(host(), [g(404, 'public, max-age=600')])), ['no-private']);
  });
  test('guessed private paths without a cookie: the home page again is skipped; personal content counts in full, other pages as a low warning', () => {
    const page = host();
    const g = (cc: Record<string, string>, o: { digest?: string; personal?: boolean } = {}) => ({ url: 'https://www.example.com/account', authenticated: false, guessed: true, status: 200, headers: cc, setCookies: [], ...(o.digest ? { bodyDigest: o.digest } : {}), ...(o.personal ? { personal: true } : {}) });
    // an SPA fallback / catch-all serving the home page at /account, cached on purpose
    assert.deepEqual(ids(judgeCachePrivate(page, [g({ 'cache-control': 'public, max-age=600' }, { digest: bodyDigest(page.main!.body) })])), ['no-private']);
    // a different page, public, content not recognisably personal: low warning only
    const soft = judgeCachePrivate(page, [g({ 'cache-control': 'public, max-age=600' }, { digest: 'other' })]);
    assert.deepEqual(ids(soft), ['shared-cacheable']);
    assert.deepEqual([soft[0]!.status, soft[0]!.severity], ['warn', 'low']);
    // "Signed in as ..." served from a CDN cache: full severity
    const hit = judgeCachePrivate(page, [g({ 'cache-control': 'public, max-age=300', 'cf-ray': 'x', 'cf-cache-status': 'HIT', age: '37' }, { digest: 'other', personal: true })]);
    assert.deepEqual(ids(hit), ['served-from-cache']);
    assert.equal(hit[0]!.severity, 'critical');
    assert.equal(hit[0]!.status, undefined);
    // not explicitly shared-cacheable: a guess is not judged further
    assert.deepEqual(ids(judgeCachePrivate(page, [g({ 'cache-control': 'max-age=60' }, { digest: 'other', personal: true })])), ['no-private']);
  });
  test('looksPersonal: "signed in as", personal addresses; not role mailboxes, sign-out links or greetings', () => {
    const cases: [string, boolean][] = [
      ['<h1>Signed in as jane.doe@example.com</h1>', true],
      ['<a href="/logout">Log out</a>', false],
      ['<p>Logged in as <b>alice</b></p>', true],
      ['{"id":7,"email":"alice@example.org"}', true],
      ['<h1>Welcome back!</h1><form action="/login"></form>', false],
      ['<footer>Questions? support@example.com</footer>', false],
      ['<img src="logo@2x.png"><a href="/login">Sign in</a>', false],
    ];
    for (const [body, want] of cases) assert.equal(looksPersonal(body), want, body);
  });
  test('a cookie response with no caching headers at all is a low warning (no shared cache may keep it without an override)', () => {
    const r = judgeCachePrivate(host({}, undefined, ['__Host-sid=1; Path=/; Secure; HttpOnly; SameSite=Lax']));
    assert.deepEqual(ids(r), ['not-private']);
    assert.deepEqual([r[0]!.status, r[0]!.severity], ['warn', 'low']);
  });
  test('a CDN HIT on a response marked private is served-from-cache (the CDN ignored the origin); Age alone is not', () => {
    const p = (h: Record<string, string>) => [{ url: 'https://www.example.com/me', authenticated: false, status: 200, headers: { 'cache-control': 'private, no-store', ...h } }];
    assert.deepEqual(ids(judgeCachePrivate(host(), p({ 'x-cache': 'Hit from cloudfront', 'x-amz-cf-id': 'x' }))), ['served-from-cache']);
    assert.deepEqual(ids(judgeCachePrivate(host(), p({ age: '12' }))), ['ok']);
  });
  test('no private responses seen', () => assert.deepEqual(ids(judgeCachePrivate(host())), ['no-private']));
  test('fail: public with a cookie, s-maxage on an authenticated response, missing private, CDN hit', () => {
    assert.deepEqual(ids(judgeCachePrivate(host({ 'cache-control': 'public, max-age=600' }, undefined, ['sid=1']))), ['shared-cacheable']);
    assert.deepEqual(ids(judgeCachePrivate(host(), [{ url: 'https://www.example.com/me', authenticated: true, status: 200, headers: { 'cache-control': 's-maxage=60' } }])), ['shared-cacheable']);
    assert.deepEqual(ids(judgeCachePrivate(host({ 'cache-control': 'max-age=60' }, undefined, ['sid=1']))), ['not-private']);
    assert.equal(judgeCachePrivate(host({ 'cache-control': 'max-age=60' }, undefined, ['sid=1']))[0]!.status, undefined);
    assert.equal(judgeCachePrivate(host({ 'last-modified': 'Mon, 02 Feb 2026 10:00:00 GMT' }, undefined, ['sid=1']))[0]!.status, undefined);
    const hit = judgeCachePrivate(host(), [{ url: 'https://www.example.com/me', authenticated: false, status: 200, headers: { 'cf-ray': 'x', 'cf-cache-status': 'HIT', 'cache-control': 'max-age=60' } }]);
    assert.deepEqual(ids(hit), ['served-from-cache']);
    assert.equal(hit[0]!.severity, 'critical');
  });
});

describe('edge/cdn', () => {
  test('detected / none', () => {
    assert.deepEqual(ids(judgeCdn(host({ 'x-vercel-id': 'fra1::x', 'x-vercel-cache': 'MISS' }))), ['detected']);
    assert.deepEqual(ids(judgeCdn(host())), ['none']);
  });
  test('providers', () => {
    const names = (h: Record<string, string>) => detectCdn(h).map((c) => c.name);
    assert.deepEqual(names({ 'cf-ray': '1', server: 'cloudflare' }), ['Cloudflare']);
    assert.deepEqual(names({ 'x-amz-cf-id': 'x', via: '1.1 abc.cloudfront.net (CloudFront)' }), ['CloudFront']);
    assert.deepEqual(names({ 'x-served-by': 'cache-fra1', 'x-cache': 'HIT' }), ['Fastly']);
    assert.deepEqual(names({ server: 'AkamaiGHost' }), ['Akamai']);
    assert.deepEqual(names({ 'x-nf-request-id': '1', server: 'Netlify' }), ['Netlify']);
  });
});

describe('edge/cors', () => {
  const t = target();
  const url = t.url;
  test('pass', () => assert.deepEqual(ids(judgeCors(t, [{ url, foreign: { origin: t.corsOrigin, status: 200 }, nullOrigin: { status: 200 } }])), ['ok']));
  test('fail: reflected with credentials, null with credentials, wildcard with credentials', () => {
    assert.deepEqual(ids(judgeCors(t, [{ url, foreign: { origin: t.corsOrigin, status: 200, acao: t.corsOrigin, acac: 'true' }, nullOrigin: { status: 200, acao: 'null', acac: 'true' } }])), ['null-credentials', 'reflected-credentials']);
    assert.deepEqual(ids(judgeCors(t, [{ url, foreign: { origin: t.corsOrigin, status: 200, acao: '*', acac: 'true' }, nullOrigin: { status: 200, acao: 'null' } }])), ['null-origin', 'wildcard-credentials']);
  });
  test('fail: only the preflight reflects the origin with credentials', () =>
    assert.deepEqual(ids(judgeCors(t, [{ url, foreign: { origin: t.corsOrigin, status: 200 }, nullOrigin: { status: 200 }, preflight: { status: 204, acao: t.corsOrigin, acac: 'true' } }])), ['reflected-credentials']));
  test('warn: reflected without credentials', () => assert.deepEqual(statuses(judgeCors(t, [{ url, foreign: { origin: t.corsOrigin, status: 200, acao: t.corsOrigin }, nullOrigin: { status: 200 } }])), ['warn']));
  const none = { foreign: { origin: t.corsOrigin, status: 200 }, nullOrigin: { status: 200 } };
  test('fail: a look-alike of the domain (suffix/prefix match) allowed with credentials; warn without', () => {
    const suffix = { origin: 'https://evilexample.com', status: 200, acao: 'https://evilexample.com', acac: 'true', vary: 'Origin' };
    const r = judgeCors(t, [{ url, ...none, lookalikes: [suffix, { origin: 'https://example.com.evil.launchready.invalid', status: 200 }] }]);
    assert.deepEqual(ids(r), ['lookalike-credentials']);
    assert.equal(r[0]!.severity, 'high');
    assert.equal(r[0]!.data!.origin, 'https://evilexample.com');
    assert.deepEqual(ids(judgeCors(t, [{ url, ...none, lookalikes: [{ ...suffix, acac: undefined }] }])), ['lookalike']);
  });
  test('sibling origins: canonical, apex, www, app under the apex; never the host itself; at most 3', () => {
    assert.deepEqual(siblingOrigins({ ...target('api.example.com'), apex: 'example.com', canonical: 'www.example.com', allHosts: ['example.com', 'www.example.com', 'api.example.com', 'admin.example.com'] }), ['https://www.example.com', 'https://example.com', 'https://app.example.com']);
    assert.deepEqual(siblingOrigins({ ...target('www.example.com'), apex: 'example.com', allHosts: ['www.example.com', 'other.test'] }), ['https://example.com', 'https://app.example.com']);
  });
  test('warn: ACAO chosen per Origin without Vary: Origin; pass with Vary: Origin, with *, or when nothing is granted', () => {
    const sib = { origin: 'https://www.example.com', status: 200, acao: 'https://www.example.com', acac: 'true' };
    const r = judgeCors(t, [{ url, ...none, siblings: [{ origin: 'https://example.com', status: 200 }, sib] }]);
    assert.deepEqual(ids(r), ['vary-missing']);
    assert.deepEqual([r[0]!.status, r[0]!.severity], ['warn', 'low']);
    assert.deepEqual(ids(judgeCors(t, [{ url, ...none, siblings: [{ ...sib, vary: 'Accept-Encoding, Origin' }] }])), ['ok']);
    assert.deepEqual(ids(judgeCors(t, [{ url, ...none, siblings: [{ ...sib, acao: '*', acac: undefined }] }])), ['ok']);
    assert.deepEqual(ids(judgeCors(t, [{ url, ...none, siblings: [{ origin: 'https://example.com', status: 200 }, { origin: sib.origin, status: 200 }] }])), ['ok']);
    // reflecting any origin already says "allowlist exactly, add Vary": no second finding
    assert.deepEqual(ids(judgeCors(t, [{ url, foreign: { origin: t.corsOrigin, status: 200, acao: t.corsOrigin, acac: 'true' }, nullOrigin: { status: 200 }, siblings: [sib] }])), ['reflected-credentials']);
  });
});

describe('edge/takeover', () => {
  test('pass', () => assert.deepEqual(ids(judgeTakeover(host())), ['ok']));
  test('fail: unclaimed GitHub Pages / S3 page', () => {
    const r = judgeTakeover(host({}, "<html><title>Site not found</title><h1>404</h1><p>There isn't a GitHub Pages site here.</p></html>"));
    assert.deepEqual(ids(r), ['unclaimed']);
    assert.equal(r[0]!.severity, undefined); // the check default: critical
    assert.deepEqual(ids(judgeTakeover(host({ 'content-type': 'application/xml' }, '<Error><Code>NoSuchBucket</Code></Error>'))), ['unclaimed']);
  });
});

// Cases added for message ids no test produced (issue 20, measured by test/exercise.verify.ts).
describe('edge/https-redirect: late https and a closed port 80', () => {
  test('warn late-https: http:// hops over plain http before reaching https://', () => {
    const ev = host();
    ev.http = chain('http://www.example.com/', [
      { url: 'http://www.example.com/', status: 301, location: 'http://www.example.com/en/' },
      { url: 'http://www.example.com/en/', status: 301, location: 'https://www.example.com/en/' },
      { url: 'https://www.example.com/en/', status: 200 },
    ], res('https://www.example.com/en/'));
    const r = judgeHttpsRedirect(ev);
    assert.deepEqual(ids(r), ['late-https']);
    assert.deepEqual([r[0]!.status, r[0]!.severity, r[0]!.data?.hops], ['warn', 'low', 2]);
  });
  test('warn http-closed: nothing answers on port 80 while https works (refused, or unreachable)', () => {
    const ev = host();
    ev.http = { start: 'http://www.example.com/', hops: [{ url: 'http://www.example.com/', error: 'ECONNREFUSED' }], error: 'ECONNREFUSED' };
    const r = judgeHttpsRedirect(ev);
    assert.deepEqual(ids(r), ['http-closed']);
    assert.deepEqual([r[0]!.status, r[0]!.severity, r[0]!.evidence], ['warn', 'low', 'ECONNREFUSED']);
    ev.http = { start: 'http://www.example.com/', hops: [], unreachable: true };
    assert.deepEqual(ids(judgeHttpsRedirect(ev)), ['http-closed']);
  });
});

describe('edge/canonical-host: where the other host ends', () => {
  const apexT = target('example.com');
  const wwwT = target('www.example.com');
  const viaHttps = (t: EdgeTarget, hops: { url: string; status: number; location?: string }[]): HostEvidence => {
    const ev = host({}, undefined, [], t);
    const end = hops.at(-1)!.url;
    ev.https = chain(t.url, hops, res(end));
    return ev;
  };
  test('fail wrong-target: the apex redirects to a third host, not the configured canonical www', () => {
    const a = viaHttps(apexT, [{ url: 'https://example.com/', status: 301, location: 'https://shop.example.net/' }, { url: 'https://shop.example.net/', status: 200 }]);
    const r = judgeCanonical(a, host({}, undefined, [], wwwT), 'www.example.com');
    assert.deepEqual(ids(r), ['wrong-target']);
    assert.deepEqual([r[0]!.status ?? 'fail', r[0]!.data?.end, r[0]!.data?.canonical], ['fail', 'shop.example.net', 'www.example.com']);
  });
  test('warn too-many-hops: two https redirects where one is enough', () => {
    const a = viaHttps(apexT, [
      { url: 'https://example.com/', status: 301, location: 'https://example.com/en/' },
      { url: 'https://example.com/en/', status: 301, location: 'https://www.example.com/en/' },
      { url: 'https://www.example.com/en/', status: 200 },
    ]);
    const r = judgeCanonical(a, host({}, undefined, [], wwwT));
    assert.deepEqual(ids(r), ['too-many-hops']);
    assert.deepEqual([r[0]!.status, r[0]!.data?.hops], ['warn', 2]);
  });
  test('fail canonical-redirects: the configured canonical host itself redirects elsewhere', () => {
    const a = viaHttps(apexT, [{ url: 'https://example.com/', status: 301, location: 'https://www.example.com/' }, { url: 'https://www.example.com/', status: 200 }]);
    const w = viaHttps(wwwT, [{ url: 'https://www.example.com/', status: 302, location: 'https://shop.example.com/' }, { url: 'https://shop.example.com/', status: 200 }]);
    const r = judgeCanonical(a, w, 'www.example.com');
    assert.deepEqual(ids(r), ['canonical-redirects']);
    assert.deepEqual([r[0]!.data?.host, r[0]!.data?.end], ['www.example.com', 'shop.example.com']);
  });
});

describe('edge/csp: no script policy, wide style sources', () => {
  test('fail no-script-policy: a CSP without script-src or default-src', () => {
    const r = judgeCsp(host({ 'content-security-policy': "frame-ancestors 'none'; object-src 'none'; base-uri 'none'" }));
    assert.deepEqual(ids(r), ['no-script-policy']);
    assert.deepEqual([r[0]!.status, r[0]!.severity], ['fail', 'medium']);
  });
  test('warn unsafe-style-source: styles from any https host', () => {
    const r = judgeCsp(host({ 'content-security-policy': "default-src 'self'; style-src 'self' https:; object-src 'none'; base-uri 'none'" }));
    assert.deepEqual(ids(r), ['unsafe-style-source']);
    assert.deepEqual([r[0]!.status, r[0]!.severity], ['warn', 'low']);
  });
});

describe('edge/referrer-policy: a value no browser understands', () => {
  test('fail invalid (low): no known token, so the browser default applies', () => {
    const r = judgeReferrer(host({ 'referrer-policy': 'strict, nope' }));
    assert.deepEqual(ids(r), ['invalid']);
    assert.deepEqual([r[0]!.status ?? 'fail', r[0]!.severity, r[0]!.data?.value], ['fail', 'low', 'strict, nope']);
  });
});

describe('edge/cookies: an invalid SameSite value', () => {
  test('fail samesite-invalid (low), naming the value', () => {
    const r = judgeCookies(host({}, undefined, ['theme=d; Path=/; Secure; SameSite=Loose']));
    assert.deepEqual(ids(r), ['samesite-invalid']);
    assert.deepEqual([r[0]!.severity, r[0]!.data?.value, r[0]!.data?.cookie], ['low', 'loose', 'theme']);
  });
});
