import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tls from 'node:tls';
import forge from 'node-forge';
import { loadEdgeLib } from '../testbed/index.js';

/**
 * A second, independent loopback test bed for the domain/edge/email audit, built to evaluate it "blind": a zone it
 * was not developed against (acme-shop.test: apex, www, app, api, admin, mta-sts, plus mail records and one
 * forgotten name), in a flawed variant with the mistakes real launches make and a fixed twin where each of them
 * is corrected. `GROUND_TRUTH` lists every planted flaw with the check and host expected to report it.
 *
 *   flawed: apex and www both serve the shop (200), apex has a 1024-bit key, short HSTS, CSP with
 *   'unsafe-inline' and no object-src, no framing protection, version banners, a public-cached page that sets
 *   cookies, a __Host- cookie with Domain, an http:// script and a third-party script without SRI; www accepts
 *   TLS 1.0 and only sends CSP-Report-Only; app needs 3 redirects, sends HSTS only on the redirect target, serves a
 *   leaf without its intermediate, sets a flagless session cookie, allows Origin: null with credentials and
 *   has /account served from the CDN cache; api downgrades https→http in a redirect, reflects any Origin with
 *   credentials and has a certificate expiring in 5 days; admin gets a certificate without its name;
 *   status.acme-shop.test is a CNAME to a deleted Heroku app; no CAA; SPF over 10 lookups through nested
 *   includes; DMARC p=none without rua; DKIM s1 1024-bit; no MX; MTA-STS in testing mode.
 */

export const ZONE = 'acme-shop.test';
const APEX = ZONE;
const WWW = `www.${ZONE}`;
const APP = `app.${ZONE}`;
const API = `api.${ZONE}`;
const ADMIN = `admin.${ZONE}`;
const MTA_STS = `mta-sts.${ZONE}`;
export const BLIND_HOSTS = [APEX, WWW, APP, API, ADMIN];

export interface PlantedFlaw {
  id: string;
  what: string;
  checkId: string;
  /** the finding's messageId that names this flaw (the evaluation also accepts any fail/warn of checkId on host) */
  messageId: string;
  /** acceptable location hosts (first = the one we expect) */
  hosts: string[];
}

export const GROUND_TRUTH: PlantedFlaw[] = [
  { id: 'no-canonical', what: 'apex and www both answer 200', checkId: 'edge/canonical-host', messageId: 'both-answer', hosts: [WWW, APEX] },
  { id: 'redirect-chain', what: 'http://app/ needs 3 redirects', checkId: 'edge/https-redirect', messageId: 'long-chain', hosts: [APP] },
  { id: 'downgrade', what: 'https://api/ redirects to http://api/v1/', checkId: 'edge/https-redirect', messageId: 'downgrade', hosts: [API] },
  { id: 'hsts-target-only', what: 'app sends HSTS only on the redirect target', checkId: 'edge/hsts', messageId: 'redirect-without-hsts', hosts: [APP] },
  { id: 'hsts-short', what: 'HSTS max-age=300', checkId: 'edge/hsts', messageId: 'short', hosts: [APEX] },
  { id: 'csp-unsafe-inline', what: "script-src 'unsafe-inline'", checkId: 'edge/csp', messageId: 'unsafe-inline', hosts: [APEX] },
  { id: 'csp-object-src', what: 'CSP without object-src', checkId: 'edge/csp', messageId: 'object-src', hosts: [APEX] },
  { id: 'csp-report-only', what: 'CSP only as Report-Only', checkId: 'edge/csp', messageId: 'report-only', hosts: [WWW] },
  { id: 'no-framing', what: 'no X-Frame-Options, no frame-ancestors', checkId: 'edge/framing', messageId: 'missing', hosts: [APEX] },
  { id: 'session-cookie', what: 'session cookie without HttpOnly/Secure/SameSite', checkId: 'edge/cookies', messageId: 'session-no-httponly', hosts: [APP] },
  { id: 'host-prefix-domain', what: '__Host- cookie with Domain', checkId: 'edge/cookies', messageId: 'host-prefix', hosts: [APEX] },
  { id: 'public-cache-cookie', what: 'Cache-Control public, max-age=600 on a response that sets a cookie', checkId: 'edge/cache-private', messageId: 'shared-cacheable', hosts: [APEX] },
  { id: 'cdn-cached-private', what: '/account served from the CDN cache (cf-cache-status HIT, Age)', checkId: 'edge/cache-private', messageId: 'served-from-cache', hosts: [APP] },
  { id: 'cors-reflect', what: 'any Origin reflected with credentials', checkId: 'edge/cors', messageId: 'reflected-credentials', hosts: [API] },
  { id: 'cors-null', what: 'Access-Control-Allow-Origin: null with credentials', checkId: 'edge/cors', messageId: 'null-credentials', hosts: [APP] },
  { id: 'banner', what: 'Server: nginx/1.18.0, X-Powered-By: Express', checkId: 'edge/version-banner', messageId: 'banner', hosts: [APEX] },
  { id: 'cert-name', what: 'certificate does not cover admin.', checkId: 'tls/hostname', messageId: 'mismatch', hosts: [ADMIN] },
  { id: 'cert-expiring', what: 'certificate of api. expires in 5 days', checkId: 'tls/expiry', messageId: 'expires-soon', hosts: [API] },
  { id: 'chain-incomplete', what: 'leaf served without its intermediate', checkId: 'tls/chain', messageId: 'incomplete', hosts: [APP] },
  { id: 'rsa-1024', what: 'RSA 1024-bit certificate key', checkId: 'tls/key-size', messageId: 'weak', hosts: [APEX] },
  { id: 'tls10', what: 'TLS 1.0 accepted', checkId: 'tls/legacy-protocols', messageId: 'legacy', hosts: [WWW] },
  { id: 'dangling-cname', what: 'status. CNAME to a deleted *.herokuapp.com app (NXDOMAIN)', checkId: 'dns/dangling-cname', messageId: 'takeover', hosts: [`status.${ZONE}`] },
  { id: 'no-caa', what: 'no CAA record', checkId: 'dns/caa', messageId: 'missing', hosts: [APEX] },
  { id: 'spf-lookups', what: 'SPF needs more than 10 lookups via nested includes', checkId: 'email/spf', messageId: 'too-many-lookups', hosts: [APEX] },
  { id: 'dmarc-none', what: 'DMARC p=none without rua', checkId: 'email/dmarc', messageId: 'monitor-only', hosts: [APEX] },
  { id: 'dkim-1024', what: 'DKIM selector s1 is a 1024-bit key', checkId: 'email/dkim', messageId: 'short', hosts: [APEX] },
  { id: 'mx-missing', what: 'no MX while SPF says the domain sends', checkId: 'email/mx', messageId: 'missing', hosts: [APEX] },
  { id: 'mta-sts-testing', what: 'MTA-STS policy in testing mode', checkId: 'email/mta-sts', messageId: 'mode-testing', hosts: [MTA_STS, APEX] },
  { id: 'mixed-content', what: 'http:// script on the https page', checkId: 'edge/mixed-content', messageId: 'active', hosts: [APEX] },
  { id: 'sri-missing', what: 'third-party script without integrity=', checkId: 'edge/sri', messageId: 'missing', hosts: [APEX] },
];

export interface BlindBed {
  fixed: boolean;
  resolver: string;
  connectTo: string[];
  caFile: string;
  hosts: string[];
  close(): Promise<void>;
}

type Pem = { certPem: string; keyPem: string };
type Ca = Pem & { cert: unknown; key: unknown };

/** An intermediate CA signed by `root` (the PKI helper only makes roots and leaves). */
function makeIntermediate(root: Ca, cn: string): Ca {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs1', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
  const priv = forge.pki.privateKeyFromPem(privateKey) as forge.pki.rsa.PrivateKey;
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.setRsaPublicKey(priv.n, priv.e);
  const sn = randomBytes(16);
  sn[0]! &= 0x7f;
  cert.serialNumber = sn.toString('hex');
  cert.validity.notBefore = new Date(Date.now() - 86_400_000);
  cert.validity.notAfter = new Date(Date.now() + 1000 * 86_400_000);
  cert.setSubject([{ name: 'commonName', value: cn }, { name: 'organizationName', value: 'acme-shop test bed' }]);
  cert.setIssuer((root.cert as forge.pki.Certificate).subject.attributes);
  cert.setExtensions([{ name: 'basicConstraints', cA: true, critical: true }, { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true }, { name: 'subjectKeyIdentifier' }]);
  cert.sign(root.key as forge.pki.rsa.PrivateKey, forge.md.sha256.create());
  return { cert, key: priv, certPem: forge.pki.certificateToPem(cert), keyPem: privateKey };
}

const STRICT_CSP = "default-src 'self'; script-src 'self' https://cdn.widgets.test; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
const GOOD: Record<string, string> = {
  'strict-transport-security': 'max-age=63072000; includeSubDomains; preload',
  'content-security-policy': STRICT_CSP,
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(self)',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-site',
  'cache-control': 'private, no-store',
};
const SHOP_GOOD = '<!doctype html><html><head><title>Acme Shop</title><script src="/static/app.js"></script><script src="https://cdn.widgets.test/widget.js" integrity="sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC" crossorigin="anonymous"></script></head><body><h1>Acme Shop</h1></body></html>';
const SHOP_BAD = '<!doctype html><html><head><title>Acme Shop</title><script src="/static/app.js"></script><script src="http://cdn.widgets.test/analytics.js"></script><script src="https://cdn.widgets.test/widget.js"></script></head><body><h1>Acme Shop</h1><a href="/account">Your account</a></body></html>';
const LOGIN = '<!doctype html><html><head><title>Sign in · Acme</title><script src="/static/login.js"></script></head><body><form method="post" action="/session"><input name="email"><input name="password" type="password"></form></body></html>';
const ACCOUNT = '<!doctype html><html><head><title>Your account · Acme</title></head><body><h1>Signed in as jane.doe@acme-shop.test</h1><p>Orders: #1042, #1043</p><p>Card ending 4242</p></body></html>';
const ADMIN_PAGE = '<!doctype html><html><head><title>Acme admin</title><script src="/static/admin.js"></script></head><body>Admin sign in</body></html>';

function send(res: ServerResponse, status: number, headers: Record<string, string | string[]>, body = ''): void {
  res.writeHead(status, headers);
  res.end(body);
}

function site(fixed: boolean) {
  return (req: IncomingMessage, res: ServerResponse, secure: boolean): void => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const path = req.url ?? '/';
    const origin = req.headers.origin;
    if (!secure) {
      // plain http: every host redirects to its own https origin first (same in both variants)
      if (!fixed && host === API && path.startsWith('/v1/')) return send(res, 301, { location: `https://${API}${path}` });
      return send(res, 301, { location: `https://${host}${path}` });
    }
    if (host === MTA_STS) {
      if (path !== '/.well-known/mta-sts.txt') return send(res, 404, { 'content-type': 'text/plain' }, 'not found');
      const mode = fixed ? 'enforce' : 'testing';
      return send(res, 200, { 'content-type': 'text/plain' }, `version: STSv1\r\nmode: ${mode}\r\nmx: mx1.${ZONE}\r\nmax_age: 604800\r\n`);
    }
    if (fixed) return fixedSite(host, path, origin, res);
    return flawedSite(host, path, origin, res);
  };
}

function fixedSite(host: string, path: string, origin: string | undefined, res: ServerResponse): void {
  const allowed = origin === `https://${WWW}` || origin === `https://${APP}`;
  const cors: Record<string, string> = allowed ? { 'access-control-allow-origin': origin!, 'access-control-allow-credentials': 'true', vary: 'Origin' } : { vary: 'Origin' };
  switch (host) {
    case APEX:
      return send(res, 301, { location: `https://${WWW}${path}`, 'strict-transport-security': GOOD['strict-transport-security']! });
    case WWW:
      if (path.startsWith('/account')) return send(res, 302, { ...GOOD, location: `https://${APP}/login` });
      return send(res, 200, { ...GOOD, 'content-type': 'text/html; charset=utf-8', 'set-cookie': '__Host-cart=c1; Path=/; Secure; HttpOnly; SameSite=Lax', server: 'nginx' }, SHOP_GOOD);
    case APP:
      if (path === '/') return send(res, 302, { ...GOOD, location: '/login' });
      if (path.startsWith('/login')) return send(res, 200, { ...GOOD, ...cors, 'content-type': 'text/html; charset=utf-8', 'set-cookie': '__Host-session=s1; Path=/; Secure; HttpOnly; SameSite=Lax' }, LOGIN);
      if (['/account', '/dashboard', '/profile', '/settings', '/api/me'].some((p) => path.startsWith(p))) return send(res, 302, { ...GOOD, ...cors, location: '/login' });
      return send(res, 404, { ...GOOD, 'content-type': 'text/html' }, '<!doctype html><html><body>not found</body></html>');
    case API:
      if (path.startsWith('/api/me') || path.startsWith('/account')) return send(res, 401, { ...GOOD, ...cors, 'content-type': 'application/json' }, '{"error":"unauthorized"}');
      return send(res, 200, { ...GOOD, ...cors, 'content-type': 'application/json' }, '{"status":"ok","version":"2.3.1"}');
    case ADMIN:
      return send(res, 200, { ...GOOD, 'content-type': 'text/html; charset=utf-8' }, ADMIN_PAGE);
    default:
      return send(res, 421, { 'content-type': 'text/plain' }, 'misdirected');
  }
}

function flawedSite(host: string, path: string, origin: string | undefined, res: ServerResponse): void {
  switch (host) {
    case APEX:
    case WWW: {
      if (host === WWW) {
        // www: sound headers, but the CSP is only Report-Only
        const { 'content-security-policy': csp, ...rest } = GOOD;
        return send(res, 200, { ...rest, 'content-security-policy-report-only': csp!, 'content-type': 'text/html; charset=utf-8' }, SHOP_BAD.replace('http://cdn.widgets.test/analytics.js', '/static/analytics.js').replace('widget.js"', 'widget.js" integrity="sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC" crossorigin="anonymous"'));
      }
      if (path.startsWith('/account')) return send(res, 302, { location: `https://${APP}/account` });
      return send(
        res,
        200,
        {
          'strict-transport-security': 'max-age=300',
          'content-security-policy': "default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.widgets.test http://cdn.widgets.test; base-uri 'self'",
          'x-content-type-options': 'nosniff',
          'referrer-policy': 'strict-origin-when-cross-origin',
          'permissions-policy': 'camera=()',
          'cross-origin-opener-policy': 'same-origin',
          server: 'nginx/1.18.0',
          'x-powered-by': 'Express',
          'cache-control': 'public, max-age=600',
          'content-type': 'text/html; charset=utf-8',
          'set-cookie': [`__Host-cart=c1; Path=/; Secure; HttpOnly; SameSite=Lax; Domain=${ZONE}`, 'currency=EUR; Path=/; Secure; SameSite=Lax'],
        },
        SHOP_BAD,
      );
    }
    case APP: {
      // Origin: null is on the allowlist (a "local file" debugging leftover); other origins are not
      const cors: Record<string, string> = origin === 'null' || origin === `https://${WWW}` ? { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true' } : {};
      if (path === '/') return send(res, 301, { ...cors, location: '/en/' });
      if (path === '/en/') return send(res, 302, { ...cors, location: '/en/login' });
      if (path.startsWith('/en/login')) return send(res, 200, { ...GOOD, ...cors, 'content-type': 'text/html; charset=utf-8', 'set-cookie': 'sessionid=8f14e45fceea167a5a36dedd4bea2543; Path=/' }, LOGIN);
      if (path.startsWith('/account')) {
        return send(res, 200, { ...GOOD, ...cors, 'cache-control': 'public, max-age=300', 'cf-ray': '8c1f2a3b4d5e6f70-AMS', 'cf-cache-status': 'HIT', age: '37', 'content-type': 'text/html; charset=utf-8' }, ACCOUNT);
      }
      return send(res, 404, { ...GOOD, ...cors, 'content-type': 'text/html' }, '<!doctype html><html><body>not found</body></html>');
    }
    case API: {
      const cors: Record<string, string> = origin ? { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true' } : {};
      if (path === '/') return send(res, 301, { 'strict-transport-security': GOOD['strict-transport-security']!, location: `http://${API}/v1/` });
      return send(res, 200, { ...GOOD, ...cors, 'content-type': 'application/json' }, '{"status":"ok","version":"2.3.1"}');
    }
    case ADMIN:
      return send(res, 200, { ...GOOD, 'content-type': 'text/html; charset=utf-8' }, ADMIN_PAGE);
    default:
      return send(res, 421, { 'content-type': 'text/plain' }, 'misdirected');
  }
}

export async function startBlindBed({ fixed }: { fixed: boolean }): Promise<BlindBed> {
  const { pki, dns } = await loadEdgeLib();
  const root = pki.makeCa({ cn: 'acme-shop test root' }) as Ca;
  const inter = makeIntermediate(root, 'acme-shop test issuing CA');
  const leaf = (names: string[], o: { toDays?: number; fromDays?: number; bits?: number } = {}): Pem => {
    const l = pki.makeLeaf(inter, { names, toDays: o.toDays ?? 80, ...(o.fromDays !== undefined ? { fromDays: o.fromDays } : {}), ...(o.bits ? { bits: o.bits } : {}) });
    // the full chain is leaf + intermediate; an incomplete one is the leaf alone
    return { certPem: l.certPem + inter.certPem, keyPem: l.keyPem };
  };
  const leafOnly = (names: string[]): Pem => pki.makeLeaf(inter, { names, toDays: 80 });

  const certs: Record<string, Pem> = fixed
    ? {
        [APEX]: leaf([APEX, WWW]),
        [WWW]: leaf([APEX, WWW]),
        [APP]: leaf([APP]),
        [API]: leaf([API], { toDays: 60 }),
        [ADMIN]: leaf([ADMIN]),
        [MTA_STS]: leaf([MTA_STS]),
      }
    : {
        [APEX]: leaf([APEX], { bits: 1024 }),
        [WWW]: leaf([WWW]),
        [APP]: leafOnly([APP]),
        [API]: leaf([API], { fromDays: -85, toDays: 5 }),
        [ADMIN]: leaf([APEX, WWW]),
        [MTA_STS]: leaf([MTA_STS]),
      };
  const contexts = new Map(Object.entries(certs).map(([n, c]) => [n, tls.createSecureContext({ cert: c.certPem, key: c.keyPem, ciphers: 'DEFAULT@SECLEVEL=0' })]));
  const sni = (name: string, cb: (e: Error | null, ctx?: tls.SecureContext) => void) => cb(null, contexts.get(name.toLowerCase()) ?? contexts.get(APEX)!);
  const route = site(fixed);
  // Node's SNICallback swaps only the leaf and key into the connection and sets the chain only when the chosen
  // context has one: a leaf-only context would inherit the listener's default chain. So the default certificate
  // is leaf-only too (an "incomplete chain" then really goes out as the leaf alone).
  const def = leafOnly([`default.${ZONE}`]);
  // SECLEVEL=0 only so the 1024-bit certificate can be served at all; ECDHE suites only on the modern listener
  const https = createHttpsServer({ cert: def.certPem, key: def.keyPem, minVersion: 'TLSv1.2', ciphers: 'ECDHE+AESGCM:ECDHE+CHACHA20:@SECLEVEL=0', SNICallback: sni }, (q, s) => route(q, s, true));
  // an old load balancer in front of www that still accepts TLS 1.0/1.1 (flawed variant only)
  const legacy = createHttpsServer({ cert: def.certPem, key: def.keyPem, minVersion: 'TLSv1', ciphers: 'DEFAULT@SECLEVEL=0', SNICallback: sni }, (q, s) => route(q, s, true));
  const http = createHttpServer((q, s) => route(q, s, false));
  const listen = (s: Server) => new Promise<number>((r) => s.listen(0, '127.0.0.1', () => r((s.address() as { port: number }).port)));
  const [httpsPort, legacyPort, httpPort] = await Promise.all([listen(https), listen(legacy), listen(http)]);

  const A = (ttl = 300) => ({ type: 'A', address: '127.0.0.1', ttl });
  const zone: Record<string, Record<string, unknown>[]> = {
    [APEX]: [
      { type: 'SOA', primary: `ns1.${ZONE}`, admin: `hostmaster.${ZONE}` },
      { type: 'NS', ns: `ns1.${ZONE}` },
      { type: 'NS', ns: `ns2.${ZONE}` },
      A(),
    ],
    [WWW]: [A()],
    [APP]: [A()],
    [API]: [A()],
    [ADMIN]: [A()],
    [MTA_STS]: [A()],
    [`ns1.${ZONE}`]: [A()],
    [`ns2.${ZONE}`]: [A()],
    [`_mta-sts.${ZONE}`]: [{ type: 'TXT', data: `v=STSv1; id=${fixed ? '20260301' : '20240101'}` }],
    [`_smtp._tls.${ZONE}`]: [{ type: 'TXT', data: `v=TLSRPTv1; rua=mailto:tls-reports@${ZONE}` }],
  };
  if (fixed) {
    zone[APEX]!.push(
      { type: 'CAA', tag: 'issue', value: 'letsencrypt.org' },
      { type: 'CAA', tag: 'iodef', value: `mailto:security@${ZONE}` },
      { type: 'TXT', data: `v=spf1 include:_spf.${ZONE} include:_mkt.${ZONE} -all` },
      { type: 'MX', exchange: `mx1.${ZONE}`, priority: 10 },
    );
    zone[`_spf.${ZONE}`] = [{ type: 'TXT', data: 'v=spf1 ip4:198.51.100.0/24 ip6:2001:db8::/32 -all' }];
    zone[`_mkt.${ZONE}`] = [{ type: 'TXT', data: 'v=spf1 ip4:203.0.113.0/24 -all' }];
    zone[`mx1.${ZONE}`] = [A()];
    zone[`s1._domainkey.${ZONE}`] = [{ type: 'TXT', data: pki.dkimRecord(2048) }];
    zone[`_dmarc.${ZONE}`] = [{ type: 'TXT', data: `v=DMARC1; p=reject; rua=mailto:dmarc@${ZONE}; adkim=s; aspf=s` }];
    zone[`status.${ZONE}`] = [{ type: 'CNAME', domain: `stats.${ZONE}` }];
    zone[`stats.${ZONE}`] = [A()];
  } else {
    // SPF: 2 includes at the top, each pulling in more; 12 DNS-querying terms in all (RFC 7208 limit: 10)
    zone[APEX]!.push({ type: 'TXT', data: `v=spf1 include:_spf.${ZONE} include:_mkt.${ZONE} ~all` });
    zone[`_spf.${ZONE}`] = [{ type: 'TXT', data: `v=spf1 include:_gw.${ZONE} include:_crm.${ZONE} a:smtp.${ZONE} ~all` }];
    zone[`_gw.${ZONE}`] = [{ type: 'TXT', data: `v=spf1 include:_gw1.${ZONE} include:_gw2.${ZONE} -all` }];
    zone[`_gw1.${ZONE}`] = [{ type: 'TXT', data: 'v=spf1 ip4:198.51.100.0/25 -all' }];
    zone[`_gw2.${ZONE}`] = [{ type: 'TXT', data: 'v=spf1 ip4:198.51.100.128/25 -all' }];
    zone[`_crm.${ZONE}`] = [{ type: 'TXT', data: `v=spf1 a:crm1.${ZONE} a:crm2.${ZONE} -all` }];
    zone[`_mkt.${ZONE}`] = [{ type: 'TXT', data: `v=spf1 include:_mkt1.${ZONE} include:_mkt2.${ZONE} -all` }];
    zone[`_mkt1.${ZONE}`] = [{ type: 'TXT', data: 'v=spf1 ip4:203.0.113.0/25 -all' }];
    zone[`_mkt2.${ZONE}`] = [{ type: 'TXT', data: 'v=spf1 ip4:203.0.113.128/25 -all' }];
    zone[`smtp.${ZONE}`] = [A()];
    zone[`crm1.${ZONE}`] = [A()];
    zone[`crm2.${ZONE}`] = [A()];
    zone[`s1._domainkey.${ZONE}`] = [{ type: 'TXT', data: pki.dkimRecord(1024) }];
    zone[`_dmarc.${ZONE}`] = [{ type: 'TXT', data: 'v=DMARC1; p=none' }];
    // the status page moved away from Heroku; the app was deleted, the record stayed
    zone[`status.${ZONE}`] = [{ type: 'CNAME', domain: 'acme-shop-status.herokuapp.com' }];
  }
  const dnsServer = await dns.startZoneServer({ zone });
  const dir = mkdtempSync(join(tmpdir(), 'launchready-blind-'));
  const caFile = join(dir, 'ca.pem');
  writeFileSync(caFile, root.certPem);
  const connectTo = [...(fixed ? [] : [`${WWW}:443:127.0.0.1:${legacyPort}`]), `:443:127.0.0.1:${httpsPort}`, `:80:127.0.0.1:${httpPort}`];
  return {
    fixed,
    resolver: dnsServer.server,
    connectTo,
    caFile,
    hosts: BLIND_HOSTS,
    async close() {
      const close = (s: Server) => new Promise<void>((r) => { s.closeAllConnections?.(); s.close(() => r()); });
      await Promise.all([close(https), close(legacy), close(http), dnsServer.close()]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
