import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tls from 'node:tls';
import forge from 'node-forge';
import { loadEdgeLib } from '../testbed/index.js';

/**
 * The second blind test bed for `launchready edge` (issue #4), built in another style than test/testbed and
 * test/edge/blind-bed.ts: a B2B SaaS zone (northwind-b2b.test) whose canonical host is www (the apex redirects),
 * app on a CloudFront-style CDN, api on a Fastly-style CDN, admin behind a WAF, a status page, wildcard certificates
 * (`*.northwind-b2b.test` + apex SAN) with ECDSA P-256 keys on app and api, AAAA records, and email sent through
 * Google Workspace-style DKIM and an external DMARC report vendor.
 *
 *   flawed: apex http:// goes straight to www (skipping https on the apex) and the https apex redirect has no
 *   HSTS; www's HSTS has preload without includeSubDomains, its CSP is only a <meta> (so its frame-ancestors does
 *   nothing and nothing else stops framing), no Permissions-Policy, no COOP, an http:// image, an X-Generator
 *   banner; app sends its ECDSA leaf with an unrelated certificate before the intermediate, sets a session cookie
 *   SameSite=None without Secure, loads an http:// script, an invalid CORP value, and grants CORS to its own
 *   origins without Vary: Origin; api accepts TLS 1.1, allows any origin that ends with the zone name
 *   (evilnorthwind-b2b.test) with credentials, and lets a CDN keep /api/me (personal JSON) for 5 minutes
 *   (s-maxage=300); admin (WAF) sends X-AspNet-Version, ACAO * with credentials, and an 825-day certificate;
 *   status has an expired certificate; one NS, 30 s TTLs on the apex, CAA naming a CA that did not issue the
 *   certificates; two SPF records, one needing 11 lookups with 3 void ones; DMARC quarantine at pct=10 reporting
 *   to an external domain that never authorised it; DKIM `google` 1024-bit; MX pointing at a CNAME; an MTA-STS
 *   policy whose mx: does not match the MX.
 *
 *   fixed: all of the above corrected, with the choices a hardened launch makes that a checker must not punish:
 *   a nonce + 'strict-dynamic' CSP with the 'unsafe-inline' https: fallbacks for old browsers, frame-ancestors
 *   without X-Frame-Options, HSTS one year + includeSubDomains, 90-day ECDSA certificates, SPF ~all under an
 *   enforced DMARC, a CDN HIT on the public home page, a SameSite=None; Secure embed cookie, a private route done
 *   right (Cache-Control: private), CDN/WAF headers without versions.
 */

export const ZONE2 = 'northwind-b2b.test';
const APEX = ZONE2;
const WWW = `www.${ZONE2}`;
const APP = `app.${ZONE2}`;
const API = `api.${ZONE2}`;
const ADMIN = `admin.${ZONE2}`;
const STATUS = `status.${ZONE2}`;
const MTA_STS = `mta-sts.${ZONE2}`;
export const BLIND2_HOSTS = [APEX, WWW, APP, API, ADMIN, STATUS];
/** the external DMARC report receiver (another zone) */
const DMARC_VENDOR = 'reports.dmarc-vendor.test';

export interface PlantedFlaw2 {
  id: string;
  what: string;
  checkId: string;
  /** the messageIds that name this flaw (the first is the one we expect) */
  messageIds: string[];
  /** acceptable location hosts (first = the one we expect) */
  hosts: string[];
}

export const GROUND_TRUTH2: PlantedFlaw2[] = [
  { id: 'apex-http-to-www', what: 'http://apex/ redirects straight to https://www/ (the apex never gets HSTS)', checkId: 'edge/canonical-host', messageIds: ['hsts-skipped'], hosts: [APEX] },
  { id: 'apex-redirect-no-hsts', what: 'https://apex/ redirects to www without Strict-Transport-Security', checkId: 'edge/hsts', messageIds: ['redirect-without-hsts', 'missing'], hosts: [APEX] },
  { id: 'hsts-preload-no-subdomains', what: 'www HSTS max-age=63072000; preload without includeSubDomains', checkId: 'edge/hsts', messageIds: ['no-subdomains', 'preload-no-subdomains'], hosts: [WWW] },
  { id: 'meta-csp-framing', what: "www: CSP only in <meta> (its frame-ancestors is ignored there), no X-Frame-Options", checkId: 'edge/framing', messageIds: ['missing'], hosts: [WWW] },
  { id: 'meta-csp-only', what: 'www: CSP delivered only in <meta>', checkId: 'edge/csp', messageIds: ['meta-only'], hosts: [WWW] },
  { id: 'permissions-policy', what: 'www: no Permissions-Policy', checkId: 'edge/permissions-policy', messageIds: ['missing'], hosts: [WWW] },
  { id: 'coop-missing', what: 'www: no Cross-Origin-Opener-Policy', checkId: 'edge/cross-origin', messageIds: ['coop-missing'], hosts: [WWW] },
  { id: 'corp-invalid', what: 'app: Cross-Origin-Resource-Policy: same-domain (not a valid value)', checkId: 'edge/cross-origin', messageIds: ['corp-invalid'], hosts: [APP] },
  { id: 'passive-mixed', what: 'www: <img src=http://...>', checkId: 'edge/mixed-content', messageIds: ['passive'], hosts: [WWW] },
  { id: 'active-mixed', what: 'app: <script src=http://...>', checkId: 'edge/mixed-content', messageIds: ['active'], hosts: [APP] },
  { id: 'banner-generator', what: 'www: X-Generator: Drupal 10.1.5', checkId: 'edge/version-banner', messageIds: ['banner'], hosts: [WWW] },
  { id: 'banner-aspnet', what: 'admin: X-AspNet-Version: 4.0.30319', checkId: 'edge/version-banner', messageIds: ['banner'], hosts: [ADMIN] },
  { id: 'samesite-none-insecure', what: 'app: session cookie SameSite=None without Secure', checkId: 'edge/cookies', messageIds: ['samesite-none-insecure', 'session-no-secure'], hosts: [APP] },
  { id: 's-maxage-private', what: 'api: /api/me (personal JSON) with Cache-Control: s-maxage=300', checkId: 'edge/cache-private', messageIds: ['shared-cacheable', 'not-private'], hosts: [API] },
  { id: 'cors-vary', what: 'app: Access-Control-Allow-Origin chosen per Origin without Vary: Origin', checkId: 'edge/cors', messageIds: ['vary-missing'], hosts: [APP] },
  { id: 'cors-suffix', what: 'api: any origin ending in the zone name (https://evilnorthwind-b2b.test) allowed with credentials', checkId: 'edge/cors', messageIds: ['lookalike-credentials', 'reflected-credentials'], hosts: [API] },
  { id: 'cors-wildcard-creds', what: 'admin: Access-Control-Allow-Origin: * with Allow-Credentials: true', checkId: 'edge/cors', messageIds: ['wildcard-credentials'], hosts: [ADMIN] },
  { id: 'tls11', what: 'api accepts TLS 1.1', checkId: 'tls/legacy-protocols', messageIds: ['legacy'], hosts: [API] },
  { id: 'chain-order', what: 'app sends leaf, an unrelated CA certificate, then the intermediate', checkId: 'tls/chain', messageIds: ['misordered', 'extra-cert'], hosts: [APP] },
  { id: 'cert-expired', what: 'status has an expired certificate', checkId: 'tls/expiry', messageIds: ['expired'], hosts: [STATUS] },
  { id: 'cert-825-days', what: 'admin certificate valid 825 days (CA/B Forum and browsers: at most 398)', checkId: 'tls/expiry', messageIds: ['too-long'], hosts: [ADMIN] },
  { id: 'single-ns', what: 'one NS record', checkId: 'dns/ns', messageIds: ['single'], hosts: [APEX] },
  { id: 'ttl-30', what: 'apex A/AAAA TTL 30 s', checkId: 'dns/ttl', messageIds: ['low'], hosts: [APEX] },
  { id: 'caa-other-ca', what: 'CAA allows only digicert.com; the certificates come from Let\'s Encrypt', checkId: 'dns/caa', messageIds: ['issuer-not-allowed'], hosts: [APEX] },
  { id: 'spf-two-records', what: 'two v=spf1 TXT records', checkId: 'email/spf', messageIds: ['multiple'], hosts: [APEX] },
  { id: 'spf-11-lookups', what: 'SPF needs 11 DNS lookups via nested includes', checkId: 'email/spf', messageIds: ['too-many-lookups'], hosts: [APEX] },
  { id: 'spf-void', what: 'SPF has 3 void lookups (limit 2)', checkId: 'email/spf', messageIds: ['void-lookups'], hosts: [APEX] },
  { id: 'dmarc-pct', what: 'DMARC p=quarantine; pct=10', checkId: 'email/dmarc', messageIds: ['partial'], hosts: [APEX] },
  { id: 'dmarc-rua-unauthorized', what: 'DMARC rua at an external domain without its _report._dmarc authorisation', checkId: 'email/dmarc', messageIds: ['rua-unauthorized'], hosts: [APEX] },
  { id: 'dkim-google-1024', what: 'DKIM selector google is 1024-bit', checkId: 'email/dkim', messageIds: ['short', 'weak'], hosts: [APEX] },
  { id: 'mx-cname', what: 'MX points at a CNAME', checkId: 'email/mx', messageIds: ['cname'], hosts: [APEX] },
  { id: 'mta-sts-mx', what: 'MTA-STS mx: does not cover the MX host', checkId: 'email/mta-sts', messageIds: ['mx-mismatch'], hosts: [APEX, MTA_STS] },
];

export interface Blind2Bed {
  fixed: boolean;
  resolver: string;
  connectTo: string[];
  caFile: string;
  hosts: string[];
  close(): Promise<void>;
}

type Pem = { certPem: string; keyPem: string };
type Ca = Pem & { cert: unknown; key: unknown };
const DAY = 86_400_000;

/** An intermediate CA signed by `root`, named like a public issuer (so CAA can be compared with it). */
function makeIntermediate(root: Ca, subject: { name: string; value: string }[]): Ca {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs1', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
  const priv = forge.pki.privateKeyFromPem(privateKey) as forge.pki.rsa.PrivateKey;
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.setRsaPublicKey(priv.n, priv.e);
  const sn = randomBytes(16);
  sn[0]! &= 0x7f;
  cert.serialNumber = sn.toString('hex');
  cert.validity.notBefore = new Date(Date.now() - DAY);
  cert.validity.notAfter = new Date(Date.now() + 1000 * DAY);
  cert.setSubject(subject);
  cert.setIssuer((root.cert as forge.pki.Certificate).subject.attributes);
  cert.setExtensions([{ name: 'basicConstraints', cA: true, critical: true }, { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true }, { name: 'subjectKeyIdentifier' }]);
  cert.sign(root.key as forge.pki.rsa.PrivateKey, forge.md.sha256.create());
  return { cert, key: priv, certPem: forge.pki.certificateToPem(cert), keyPem: privateKey };
}

/** An ECDSA P-256 leaf signed by `ca` (node-forge has no EC keys: the openssl CLI signs it; notBefore = now). */
function ecLeaf(dir: string, ca: Ca, names: string[], days: number): Pem {
  const id = randomBytes(4).toString('hex');
  const f = (n: string) => join(dir, `${id}.${n}`);
  writeFileSync(f('ca.pem'), ca.certPem);
  writeFileSync(f('ca.key'), ca.keyPem);
  writeFileSync(f('ext'), `[v3]\nbasicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\nsubjectAltName=${names.map((n) => `DNS:${n}`).join(',')}\n`);
  execFileSync('openssl', ['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', f('key')]);
  execFileSync('openssl', ['req', '-new', '-key', f('key'), '-subj', `/CN=${names[0]}`, '-out', f('csr')]);
  execFileSync('openssl', ['x509', '-req', '-in', f('csr'), '-CA', f('ca.pem'), '-CAkey', f('ca.key'), '-set_serial', `0x${randomBytes(12).toString('hex')}`, '-days', String(days), '-sha256', '-extfile', f('ext'), '-extensions', 'v3', '-out', f('crt')], { stdio: 'ignore' });
  return { certPem: readFileSync(f('crt'), 'utf8'), keyPem: readFileSync(f('key'), 'utf8') };
}

const NONCE = 'rAnd0mN0nce4b2b';
// Google's "strict CSP": nonce + 'strict-dynamic'; https: and 'unsafe-inline' are ignored by CSP3 browsers and
// only keep old browsers working (https://csp.withgoogle.com/docs/strict-csp.html)
const STRICT_CSP = `script-src 'nonce-${NONCE}' 'strict-dynamic' https: 'unsafe-inline'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'`;
const HARDENED: Record<string, string> = {
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'content-security-policy': STRICT_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-site',
};
const HTML = 'text/html; charset=utf-8';
const JSON_T = 'application/json; charset=utf-8';
const FASTLY = { 'x-served-by': 'cache-fra-eddf8230061-FRA', 'x-cache-hits': '0', via: '1.1 varnish' };
const CLOUDFRONT = { via: '1.1 5f3a1c0e9b2d7a4c.cloudfront.net (CloudFront)', 'x-amz-cf-pop': 'FRA56-P5', 'x-amz-cf-id': 'hY1Jm3nLq8cXcQ2vV0aKp9N4s7zWfTb6eGdRuOiMk5lYxAwSo3Pj_A==' };
const WAF = { 'akamai-grn': '0.1f2e3d4c.1733570000.5a6b7c8d', server: 'AkamaiGHost' };

const wwwPage = (fixed: boolean) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>Northwind B2B · Procurement for teams</title>${
    fixed ? '' : `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; img-src 'self' http:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'">`
  }<script${fixed ? ` nonce="${NONCE}"` : ''} src="/assets/site.7f3a.js"></script></head><body><h1>Procurement for teams</h1><img src="${
    fixed ? 'https' : 'http'
  }://images.${ZONE2}/hero.jpg" alt=""><a href="https://${APP}/login">Sign in</a></body></html>`;
const loginPage = (fixed: boolean) =>
  `<!doctype html><html><head><title>Sign in · Northwind</title><script nonce="${NONCE}" src="/static/login.js"></script>${
    fixed ? '' : `<script src="http://cdn.${ZONE2}/legacy/jquery-1.12.4.min.js"></script>`
  }</head><body><form method="post" action="/session"><input name="email"><input name="password" type="password"></form></body></html>`;
const SETTINGS = '<!doctype html><html><head><title>Settings · Northwind</title></head><body><p>Signed in as jane.doe@northwind-b2b.test</p></body></html>';
const ADMIN_PAGE = `<!doctype html><html><head><title>Northwind admin</title><script nonce="${NONCE}" src="/static/admin.js"></script></head><body>Admin sign in</body></html>`;
const STATUS_PAGE = `<!doctype html><html><head><title>Northwind status</title><script nonce="${NONCE}" src="/static/status.js"></script></head><body>All systems operational</body></html>`;

function send(res: ServerResponse, status: number, headers: Record<string, string | string[]>, body = ''): void {
  res.writeHead(status, headers);
  res.end(body);
}

function site(fixed: boolean) {
  return (req: IncomingMessage, res: ServerResponse, secure: boolean): void => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const path = req.url ?? '/';
    const origin = typeof req.headers.origin === 'string' ? req.headers.origin : undefined;
    if (!secure) {
      // http: everything goes to https, on the same host (fixed) or, for the apex, straight to www (flawed)
      const to = !fixed && host === APEX ? `https://${WWW}${path}` : `https://${host}${path}`;
      return send(res, 301, { location: to, 'content-type': 'text/html' }, '<a href="' + to + '">moved</a>');
    }
    if (host === MTA_STS && path === '/.well-known/mta-sts.txt') {
      return send(res, 200, { 'content-type': 'text/plain' }, `version: STSv1\r\nmode: enforce\r\nmx: ${fixed ? `mx1.${ZONE2}` : `mx.northwind-mail.test`}\r\nmax_age: 604800\r\n`);
    }
    switch (host) {
      case APEX:
        return send(res, 301, { location: `https://${WWW}${path}`, ...(fixed ? { 'strict-transport-security': 'max-age=63072000; includeSubDomains; preload' } : {}) });
      case WWW: {
        if (fixed) {
          // a public marketing page served from the CDN cache: a HIT on a cookie-less public page is the point of a CDN
          return send(res, 200, { ...HARDENED, ...FASTLY, 'x-cache': 'HIT, HIT', age: '112', 'cache-control': 'public, max-age=300, s-maxage=3600', 'content-type': HTML }, wwwPage(true));
        }
        return send(
          res,
          200,
          {
            'strict-transport-security': 'max-age=63072000; preload',
            'x-content-type-options': 'nosniff',
            'referrer-policy': 'strict-origin-when-cross-origin',
            'cross-origin-resource-policy': 'same-site',
            'x-generator': 'Drupal 10.1.5 (https://www.drupal.org)',
            ...FASTLY,
            'x-cache': 'HIT, MISS',
            'cache-control': 'public, max-age=300',
            'content-type': HTML,
          },
          wwwPage(false),
        );
      }
      case APP: {
        const allowed = [`https://${WWW}`, `https://${APEX}`].includes(origin ?? '');
        const cors: Record<string, string> = allowed ? { 'access-control-allow-origin': origin!, 'access-control-allow-credentials': 'true', ...(fixed ? { vary: 'Origin' } : {}) } : fixed ? { vary: 'Origin' } : {};
        const base = { ...HARDENED, ...CLOUDFRONT, 'x-cache': 'Miss from cloudfront', ...(fixed ? {} : { 'cross-origin-resource-policy': 'same-domain' }), ...cors };
        if (path === '/') return send(res, 302, { ...base, location: '/login', 'cache-control': 'no-store' });
        if (path.startsWith('/login')) {
          const cookies = fixed
            ? [`__Host-nw_session=3c9d0f7b1e2a4c5d8e9f0a1b2c3d4e5f; Path=/; Secure; HttpOnly; SameSite=Lax`, 'nw_embed=1; Path=/; Secure; SameSite=None; Partitioned']
            : ['nw_session=3c9d0f7b1e2a4c5d8e9f0a1b2c3d4e5f; Path=/; HttpOnly; SameSite=None'];
          return send(res, 200, { ...base, 'cache-control': 'no-store', 'content-type': HTML, 'set-cookie': cookies }, loginPage(fixed));
        }
        // a private page done right (both variants)
        if (path.startsWith('/settings')) return send(res, 200, { ...base, 'cache-control': 'private, no-cache', 'content-type': HTML }, SETTINGS);
        if (['/account', '/dashboard', '/profile', '/me'].some((p) => path.startsWith(p))) return send(res, 302, { ...base, location: '/login', 'cache-control': 'no-store' });
        return send(res, 404, { ...base, 'content-type': HTML }, '<!doctype html><html><body>not found</body></html>');
      }
      case API: {
        // flawed: "allow our own origins" written as endsWith(zone) — evilnorthwind-b2b.test passes too
        const ok = origin ? (fixed ? [`https://${WWW}`, `https://${APP}`].includes(origin) : origin.endsWith(ZONE2)) : false;
        const cors: Record<string, string> = { ...(ok ? { 'access-control-allow-origin': origin!, 'access-control-allow-credentials': 'true' } : {}), vary: 'Origin' };
        const base = { ...HARDENED, ...FASTLY, ...cors };
        if (path.startsWith('/api/me')) {
          if (fixed) return send(res, 401, { ...base, 'x-cache': 'MISS', 'cache-control': 'no-store', 'content-type': JSON_T }, '{"error":"unauthorized"}');
          return send(res, 200, { ...base, 'x-cache': 'MISS', 'cache-control': 's-maxage=300', 'content-type': JSON_T }, '{"id":"usr_8412","email":"jane.doe@northwind-b2b.test","org":"Northwind Trading"}');
        }
        if (path === '/' || path.startsWith('/v2')) return send(res, 200, { ...base, 'x-cache': 'MISS', 'cache-control': 'no-cache', 'content-type': JSON_T }, '{"name":"northwind api","version":"v2","docs":"https://www.northwind-b2b.test/docs/api"}');
        return send(res, 404, { ...base, 'content-type': JSON_T }, '{"error":"not_found"}');
      }
      case ADMIN: {
        const extra: Record<string, string> = fixed ? {} : { 'x-aspnet-version': '4.0.30319', 'x-powered-by': 'ASP.NET', 'access-control-allow-origin': '*', 'access-control-allow-credentials': 'true' };
        return send(res, 200, { ...HARDENED, ...WAF, ...extra, 'cache-control': 'no-store', 'content-type': HTML }, ADMIN_PAGE);
      }
      case STATUS:
        return send(res, 200, { ...HARDENED, 'cache-control': 'public, max-age=60', 'content-type': HTML }, STATUS_PAGE);
      default:
        return send(res, 421, { 'content-type': 'text/plain' }, 'misdirected');
    }
  };
}

export async function startBlind2Bed({ fixed }: { fixed: boolean }): Promise<Blind2Bed> {
  const { pki, dns } = await loadEdgeLib();
  const dir = mkdtempSync(join(tmpdir(), 'launchready-blind2-'));
  const root = pki.makeCa({ cn: 'northwind test root' }) as Ca;
  // named like Let's Encrypt's issuing CA so that the CAA record can be compared with the real issuer
  const inter = makeIntermediate(root, [{ name: 'countryName', value: 'US' }, { name: 'organizationName', value: "Let's Encrypt" }, { name: 'commonName', value: 'R11' }]);
  const unrelated = pki.makeCa({ cn: 'Old Internal Proxy CA' }) as Ca;
  const WILD = [`*.${ZONE2}`, APEX];
  const rsa = (names: string[], o: { toDays?: number; fromDays?: number } = {}): Pem => {
    const l = pki.makeLeaf(inter, { names, toDays: o.toDays ?? 89, fromDays: o.fromDays ?? -1 });
    return { certPem: l.certPem + inter.certPem, keyPem: l.keyPem };
  };
  const ec = (names: string[], days = 90): Pem => {
    const l = ecLeaf(dir, inter, names, days);
    return { certPem: l.certPem + inter.certPem, keyPem: l.keyPem };
  };
  const wildRsa = rsa(WILD);
  const wildEc = ec(WILD);
  const certs: Record<string, Pem> = fixed
    ? { [APEX]: wildRsa, [WWW]: wildRsa, [APP]: wildEc, [API]: wildEc, [ADMIN]: rsa(WILD), [STATUS]: ec([STATUS]), [MTA_STS]: wildRsa }
    : {
        [APEX]: wildRsa,
        [WWW]: wildRsa,
        // the ECDSA leaf, then a certificate that has nothing to do with it, then its intermediate
        [APP]: (() => { const l = ecLeaf(dir, inter, WILD, 90); return { certPem: l.certPem + unrelated.certPem + inter.certPem, keyPem: l.keyPem }; })(),
        [API]: wildEc,
        [ADMIN]: rsa(WILD, { fromDays: -30, toDays: 795 }),
        [STATUS]: rsa([STATUS], { fromDays: -95, toDays: -6 }),
        [MTA_STS]: wildRsa,
      };
  // the fixed twin's TLS is hardened like Mozilla's "intermediate" profile (ECDHE suites only); the flawed one keeps
  // Node's defaults, plus what the TLS 1.1 listener needs
  const ciphers = fixed ? 'ECDHE+AESGCM:ECDHE+CHACHA20' : 'DEFAULT@SECLEVEL=0';
  const contexts = new Map(Object.entries(certs).map(([n, c]) => [n, tls.createSecureContext({ cert: c.certPem, key: c.keyPem, ciphers })]));
  const sni = (name: string, cb: (e: Error | null, ctx?: tls.SecureContext) => void) => cb(null, contexts.get(name.toLowerCase()) ?? contexts.get(WWW)!);
  const route = site(fixed);
  const def = wildRsa;
  const https = createHttpsServer({ cert: def.certPem, key: def.keyPem, minVersion: 'TLSv1.2', ...(fixed ? { ciphers } : {}), SNICallback: sni }, (q, s) => route(q, s, true));
  // api's Fastly-style edge still terminates TLS 1.1 (flawed variant only)
  const legacy = createHttpsServer({ cert: def.certPem, key: def.keyPem, minVersion: 'TLSv1.1', ciphers: 'DEFAULT@SECLEVEL=0', SNICallback: sni }, (q, s) => route(q, s, true));
  const http = createHttpServer((q, s) => route(q, s, false));
  const listen = (s: Server) => new Promise<number>((r) => s.listen(0, '127.0.0.1', () => r((s.address() as { port: number }).port)));
  // app's CDN edge has its own listener: with SNICallback, Node sends only the leaf and its issuer, so a chain sent
  // verbatim (order and extras) needs a listener whose default certificate is that chain
  const appEdge = createHttpsServer({ cert: certs[APP]!.certPem, key: certs[APP]!.keyPem, minVersion: 'TLSv1.2', ...(fixed ? { ciphers } : {}) }, (q, s) => route(q, s, true));
  const [httpsPort, legacyPort, httpPort, appPort] = await Promise.all([listen(https), listen(legacy), listen(http), listen(appEdge)]);

  const apexTtl = fixed ? 3600 : 30;
  const A = (ttl = 300) => ({ type: 'A', address: '127.0.0.1', ttl });
  const AAAA = (ttl = 300) => ({ type: 'AAAA', address: '::1', ttl });
  const zone: Record<string, Record<string, unknown>[]> = {
    [APEX]: [
      { type: 'SOA', primary: `ns-1.dnsprovider.test`, admin: `hostmaster.${ZONE2}` },
      { type: 'NS', ns: 'ns-1.dnsprovider.test', ttl: apexTtl },
      ...(fixed ? [{ type: 'NS', ns: 'ns-2.dnsprovider.test', ttl: apexTtl }] : []),
      A(apexTtl),
      AAAA(apexTtl),
      { type: 'CAA', flags: 0, tag: 'issue', value: fixed ? 'letsencrypt.org' : 'digicert.com' },
      { type: 'CAA', flags: 0, tag: 'iodef', value: `mailto:security@${ZONE2}` },
      { type: 'MX', exchange: fixed ? `mx1.${ZONE2}` : `mail.${ZONE2}`, priority: 10 },
      { type: 'TXT', data: 'google-site-verification=q8Wm1nR2xT5vY7zA3bC6dE9fG0hJ4kL' },
    ],
    'ns-1.dnsprovider.test': [A()],
    'ns-2.dnsprovider.test': [A()],
    [WWW]: [A(), AAAA()],
    // CDN hostnames live in the providers' zones; the bed's server answers for them too
    [APP]: [{ type: 'CNAME', domain: 'd3k9x2n7q1w5e8.cloudfront.net' }],
    'd3k9x2n7q1w5e8.cloudfront.net': [A(60)],
    [API]: [{ type: 'CNAME', domain: 'northwind-b2b.map.fastly.net' }],
    'northwind-b2b.map.fastly.net': [A(60)],
    [ADMIN]: [{ type: 'CNAME', domain: 'admin.northwind-b2b.test.edgekey.net' }],
    'admin.northwind-b2b.test.edgekey.net': [A(60)],
    [STATUS]: [A()],
    [MTA_STS]: [A()],
    [`mx1.${ZONE2}`]: [A()],
    [`_mta-sts.${ZONE2}`]: [{ type: 'TXT', data: 'v=STSv1; id=20261201T000000' }],
    [`_smtp._tls.${ZONE2}`]: [{ type: 'TXT', data: `v=TLSRPTv1; rua=mailto:tlsrpt@${DMARC_VENDOR}` }],
    [`_spf.${ZONE2}`]: [{ type: 'TXT', data: 'v=spf1 ip4:198.51.100.0/24 ip6:2001:db8:b2b::/48 ~all' }],
    [`_spf.google.${ZONE2}`]: [{ type: 'TXT', data: 'v=spf1 ip4:203.0.113.0/24 ~all' }],
  };
  if (fixed) {
    zone[APEX]!.push({ type: 'TXT', data: `v=spf1 include:_spf.${ZONE2} include:_spf.google.${ZONE2} mx ~all` });
    zone[`google._domainkey.${ZONE2}`] = [{ type: 'TXT', data: pki.dkimRecord(2048) }];
    zone[`_dmarc.${ZONE2}`] = [{ type: 'TXT', data: `v=DMARC1; p=quarantine; rua=mailto:dmarc@${DMARC_VENDOR}; ruf=mailto:dmarc@${ZONE2}; fo=1` }];
    // RFC 7489 §7.1: the external receiver says it accepts this domain's reports
    zone[`${ZONE2}._report._dmarc.${DMARC_VENDOR}`] = [{ type: 'TXT', data: 'v=DMARC1' }];
  } else {
    // two SPF records (permerror); the first needs 11 lookups, 3 of them void (RFC 7208 §4.6.4: 10 and 2)
    zone[APEX]!.push(
      { type: 'TXT', data: `v=spf1 mx include:_spf.${ZONE2} include:_sales.${ZONE2} include:_ops.${ZONE2} a:relay-old1.${ZONE2} a:relay-old2.${ZONE2} a:relay-old3.${ZONE2} ~all` },
      { type: 'TXT', data: `v=spf1 include:_spf.google.${ZONE2} ~all` },
    );
    zone[`_sales.${ZONE2}`] = [{ type: 'TXT', data: `v=spf1 include:_crm.${ZONE2} a:mkt.${ZONE2} ~all` }];
    zone[`_crm.${ZONE2}`] = [{ type: 'TXT', data: `v=spf1 a:crm1.${ZONE2} ~all` }];
    zone[`_ops.${ZONE2}`] = [{ type: 'TXT', data: `v=spf1 a:ops1.${ZONE2} ~all` }];
    for (const n of ['mkt', 'crm1', 'ops1']) zone[`${n}.${ZONE2}`] = [A()];
    zone[`google._domainkey.${ZONE2}`] = [{ type: 'TXT', data: pki.dkimRecord(1024) }];
    zone[`_dmarc.${ZONE2}`] = [{ type: 'TXT', data: `v=DMARC1; p=quarantine; pct=10; rua=mailto:dmarc@${DMARC_VENDOR}` }];
    // the MX name is an alias (RFC 5321 §5.1 / RFC 2181 §10.3: it must not be)
    zone[`mail.${ZONE2}`] = [{ type: 'CNAME', domain: `mx1.${ZONE2}` }];
  }
  const dnsServer = await dns.startZoneServer({ zone });
  const caFile = join(dir, 'ca.pem');
  writeFileSync(caFile, root.certPem);
  const connectTo = [`${APP}:443:127.0.0.1:${appPort}`, ...(fixed ? [] : [`${API}:443:127.0.0.1:${legacyPort}`]), `:443:127.0.0.1:${httpsPort}`, `:80:127.0.0.1:${httpPort}`];
  return {
    fixed,
    resolver: dnsServer.server,
    connectTo,
    caFile,
    hosts: BLIND2_HOSTS,
    async close() {
      const close = (s: Server) => new Promise<void>((r) => { s.closeAllConnections?.(); s.close(() => r()); });
      await Promise.all([close(https), close(legacy), close(http), close(appEdge), dnsServer.close()]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
