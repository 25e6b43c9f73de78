import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tls from 'node:tls';
import { pathToFileURL } from 'node:url';
import { packageRoot } from '../../src/probes/package-root.js';

/**
 * A reusable loopback test bed for the domain/edge/email checks: a real DNS server (dns2, UDP and TCP on one high
 * port) serving three zones with good and bad records, an HTTPS listener that picks the certificate by SNI (valid,
 * expired, wrong host, short-lived, self-signed, 1024-bit; all made at start with node-forge and a test CA), a
 * legacy listener that still accepts TLS 1.0/1.1 and static-RSA suites, and a plain-HTTP listener. Hosts:
 *   good.test (→ www.good.test), www/app/api/mta-sts.good.test: everything right (email too)
 *   bad.test, www.bad.test: both answer, plain http, bad headers, cookies, cache, CORS; SPF +all, no DMARC
 *   app.bad.test expired · api.bad.test wrong host · short.bad.test 3 days left · self.bad.test self-signed
 *   weak.bad.test 1024-bit key · old.bad.test TLS 1.0 · admin.bad.test dangling CNAME · v6.bad.test private AAAA
 *   lookups.test: SPF over 10 lookups + void lookups, DMARC p=none without rua, MTA-STS policy missing, MX broken
 * Use `connectTo` and `resolver` with the probes, `caFile`/`caPem` for trust (NODE_EXTRA_CA_CERTS semantics).
 */

export interface TestBed {
  resolver: string;
  connectTo: string[];
  caFile: string;
  caPem: string;
  ports: { dns: number; http: number; https: number; legacy: number };
  /** every host of the bed, for allowlists */
  hosts: string[];
  close(): Promise<void>;
}

interface Pki {
  makeCa(o?: { cn?: string }): { certPem: string; keyPem: string; cert: unknown; key: unknown };
  makeLeaf(ca: unknown, o: { names: string[]; fromDays?: number; toDays?: number; bits?: number }): { certPem: string; keyPem: string };
  dkimRecord(bits?: number): string;
}
interface ZoneDns {
  startZoneServer(o: { zone: Record<string, Record<string, unknown>[]>; servfail?: string[]; port?: number }): Promise<{ port: number; server: string; close(): Promise<void> }>;
}

export async function loadEdgeLib(): Promise<{ pki: Pki; dns: ZoneDns }> {
  const dir = join(packageRoot(), 'examples', 'demo-market', 'edge');
  const pki = (await import(pathToFileURL(join(dir, 'pki.js')).href)) as Pki;
  const dns = (await import(pathToFileURL(join(dir, 'zone-dns.js')).href)) as ZoneDns;
  return { pki, dns };
}

const GOOD_HEADERS: Record<string, string> = {
  'strict-transport-security': 'max-age=63072000; includeSubDomains; preload',
  'content-security-policy': "default-src 'self'; script-src 'self' https://cdn.thirdparty.test; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-site',
};
const GOOD_HTML = '<!doctype html><html><head><script src="/app.js"></script><script src="https://cdn.thirdparty.test/lib.js" integrity="sha384-abc" crossorigin="anonymous"></script></head><body>ok</body></html>';
const BAD_HTML = '<!doctype html><html><head><script src="http://cdn.thirdparty.test/a.js"></script><script src="https://cdn.thirdparty.test/b.js"></script></head><body><img src="http://img.thirdparty.test/x.png"></body></html>';

function goodSite(req: IncomingMessage, res: ServerResponse): void {
  if (req.url?.startsWith('/account')) {
    res.writeHead(200, { ...GOOD_HEADERS, 'content-type': 'text/html', 'cache-control': 'private, no-store', 'set-cookie': '__Host-sid=s1; Path=/; Secure; HttpOnly; SameSite=Lax' });
    res.end(GOOD_HTML);
    return;
  }
  res.writeHead(200, { ...GOOD_HEADERS, 'content-type': 'text/html; charset=utf-8', 'cache-control': 'private, no-store', 'set-cookie': '__Host-sid=s1; Path=/; Secure; HttpOnly; SameSite=Lax' });
  res.end(GOOD_HTML);
}

function badSite(req: IncomingMessage, res: ServerResponse): void {
  const origin = req.headers.origin;
  const cors: Record<string, string> = origin ? { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true' } : {};
  const common = { 'cf-ray': '8abc123-FRA', 'cf-cache-status': 'DYNAMIC', server: 'nginx/1.18.0', 'x-powered-by': 'Express', 'referrer-policy': 'unsafe-url', 'content-security-policy': "script-src 'self' 'unsafe-inline' *", ...cors };
  if (req.url?.startsWith('/account')) {
    res.writeHead(200, { ...common, 'content-type': 'text/html', 'cache-control': 'public, s-maxage=300', 'x-vercel-id': 'fra1::abc', 'x-vercel-cache': 'HIT', age: '30', 'set-cookie': 'sessionid=abc123; Path=/' });
    res.end('<html>account of someone</html>');
    return;
  }
  res.writeHead(200, { ...common, 'content-type': 'text/html', 'cache-control': 'public, max-age=600', 'set-cookie': ['sessionid=abc123; Path=/', 'prefs=dark; SameSite=Lax; Secure', '__Host-x=1; Secure; Path=/; Domain=bad.test'] });
  res.end(BAD_HTML);
}

export async function startTestBed(): Promise<TestBed> {
  const { pki, dns } = await loadEdgeLib();
  const ca = pki.makeCa({ cn: 'launchready test-bed CA' });
  const goodNames = ['good.test', 'www.good.test', 'app.good.test', 'api.good.test', 'mta-sts.good.test', 'www.lookups.test', 'mta-sts.lookups.test'];
  const goodCert = pki.makeLeaf(ca, { names: goodNames, toDays: 80 });
  const badCert = pki.makeLeaf(ca, { names: ['bad.test', 'www.bad.test', 'old.bad.test', 'ancient.bad.test', 'v6.bad.test'], toDays: 80 });
  const certs: Record<string, { certPem: string; keyPem: string }> = {
    'app.bad.test': pki.makeLeaf(ca, { names: ['app.bad.test'], fromDays: -120, toDays: -10 }),
    'api.bad.test': pki.makeLeaf(ca, { names: ['other.test'], toDays: 80 }),
    'short.bad.test': pki.makeLeaf(ca, { names: ['short.bad.test'], fromDays: -1, toDays: 3 }),
    'self.bad.test': pki.makeLeaf(null, { names: ['self.bad.test'], toDays: 80 }),
    'weak.bad.test': pki.makeLeaf(ca, { names: ['weak.bad.test'], toDays: 80, bits: 1024 }),
    'warn.bad.test': pki.makeLeaf(ca, { names: ['warn.bad.test'], fromDays: -60, toDays: 15 }),
  };
  for (const n of goodNames) certs[n] = goodCert;
  for (const n of ['bad.test', 'www.bad.test', 'old.bad.test', 'v6.bad.test']) certs[n] = badCert;
  const contexts = new Map(Object.entries(certs).map(([n, c]) => [n, tls.createSecureContext({ cert: c.certPem, key: c.keyPem, ciphers: 'DEFAULT@SECLEVEL=0' })]));

  const route = (req: IncomingMessage, res: ServerResponse, secure: boolean): void => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    if (!secure) {
      if (host === 'bad.test' || host === 'www.bad.test') return badSite(req, res);
      res.writeHead(301, { location: `https://${host}${req.url ?? '/'}` });
      res.end();
      return;
    }
    if (host === 'good.test') {
      res.writeHead(301, { location: `https://www.good.test${req.url ?? '/'}`, 'strict-transport-security': GOOD_HEADERS['strict-transport-security']! });
      res.end();
      return;
    }
    if (host === 'mta-sts.good.test' && req.url === '/.well-known/mta-sts.txt') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('version: STSv1\r\nmode: enforce\r\nmx: mx.good.test\r\nmax_age: 604800\r\n');
      return;
    }
    if (host === 'blog.bad.test') {
      // a CNAME left at GitHub Pages after the site was deleted: GitHub still answers, with its "no site" page
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end("<!DOCTYPE html><html><head><title>Site not found &middot; GitHub Pages</title></head><body><h1>404</h1><p><strong>There isn't a GitHub Pages site here.</strong></p></body></html>");
      return;
    }
    if (host === 'mta-sts.lookups.test') {
      res.writeHead(404);
      res.end();
      return;
    }
    if (host.endsWith('good.test') || !host.endsWith('bad.test') || ['app.bad.test', 'api.bad.test', 'short.bad.test', 'self.bad.test', 'weak.bad.test', 'warn.bad.test', 'old.bad.test'].includes(host)) return goodSite(req, res);
    return badSite(req, res);
  };

  const https = createHttpsServer(
    {
      cert: goodCert.certPem,
      key: goodCert.keyPem,
      minVersion: 'TLSv1.2',
      // ECDHE only (forward secrecy); SECLEVEL=0 only so the 1024-bit test certificate can be served at all
      ciphers: 'ECDHE+AESGCM:ECDHE+CHACHA20:@SECLEVEL=0',
      SNICallback: (name, cb) => cb(null, contexts.get(name.toLowerCase()) ?? contexts.get('good.test')!),
    },
    (req, res) => route(req, res, true),
  );
  const legacy = createHttpsServer({ cert: badCert.certPem, key: badCert.keyPem, minVersion: 'TLSv1', ciphers: 'DEFAULT@SECLEVEL=0' }, (req, res) => route(req, res, true));
  // a server stuck on TLS 1.0/1.1 only (modern clients cannot connect at all)
  const ancient = createHttpsServer({ cert: badCert.certPem, key: badCert.keyPem, minVersion: 'TLSv1', maxVersion: 'TLSv1.1', ciphers: 'DEFAULT@SECLEVEL=0' }, (req, res) => route(req, res, true));
  const http = createHttpServer((req, res) => route(req, res, false));
  const listen = (s: Server) => new Promise<number>((r) => s.listen(0, '127.0.0.1', () => r((s.address() as { port: number }).port)));
  const [httpsPort, legacyPort, httpPort, ancientPort] = await Promise.all([listen(https), listen(legacy), listen(http), listen(ancient)]);

  const soa = (apex: string) => ({ type: 'SOA', primary: `ns1.${apex}`, admin: `hostmaster.${apex}` });
  const A = (ttl = 300) => ({ type: 'A', address: '127.0.0.1', ttl });
  const manyIncludes: Record<string, Record<string, unknown>[]> = {};
  for (let i = 0; i < 6; i++) manyIncludes[`_spf${i}.lookups.test`] = [{ type: 'TXT', data: `v=spf1 include:_n${i}.lookups.test a:host${i}.lookups.test -all` }];
  for (let i = 0; i < 6; i++) manyIncludes[`_n${i}.lookups.test`] = [{ type: 'TXT', data: `v=spf1 ip4:192.0.2.${i + 10} -all` }];
  const zone: Record<string, Record<string, unknown>[]> = {
    'good.test': [soa('good.test'), { type: 'NS', ns: 'ns1.good.test' }, { type: 'NS', ns: 'ns2.good.test' }, A(), { type: 'CAA', tag: 'issue', value: 'launchready-test-ca.invalid' }, { type: 'TXT', data: 'v=spf1 ip4:192.0.2.128/25 include:_spf.good.test -all' }, { type: 'MX', exchange: 'mx.good.test', priority: 10 }],
    '_spf.good.test': [{ type: 'TXT', data: 'v=spf1 ip4:198.51.100.0/24 -all' }],
    'www.good.test': [A()],
    'app.good.test': [A()],
    'api.good.test': [A()],
    'mta-sts.good.test': [A()],
    'mx.good.test': [A()],
    'sel1._domainkey.good.test': [{ type: 'TXT', data: pki.dkimRecord(2048) }],
    '_dmarc.good.test': [{ type: 'TXT', data: 'v=DMARC1; p=reject; rua=mailto:dmarc@good.test; adkim=s' }],
    '_mta-sts.good.test': [{ type: 'TXT', data: 'v=STSv1; id=20260101' }],
    '_smtp._tls.good.test': [{ type: 'TXT', data: 'v=TLSRPTv1; rua=mailto:tls@good.test' }],
    'bad.test': [soa('bad.test'), { type: 'NS', ns: 'ns1.bad.test' }, A(30), { type: 'TXT', data: 'v=spf1 +all' }],
    'www.bad.test': [A(172_800)],
    'app.bad.test': [A()],
    'api.bad.test': [A()],
    'short.bad.test': [A()],
    'self.bad.test': [A()],
    'weak.bad.test': [A()],
    'warn.bad.test': [A()],
    'old.bad.test': [A()],
    'ancient.bad.test': [A()],
    'admin.bad.test': [{ type: 'CNAME', domain: 'bad-test-admin.herokuapp.com' }],
    'blog.bad.test': [{ type: 'CNAME', domain: 'bad-test.github.io' }],
    'bad-test.github.io': [A()],
    'v6.bad.test': [{ type: 'A', address: '192.0.2.10' }, { type: 'AAAA', address: '::1' }],
    'sel1._domainkey.bad.test': [{ type: 'TXT', data: pki.dkimRecord(1024) }],
    'lookups.test': [soa('lookups.test'), { type: 'NS', ns: 'ns1.lookups.test' }, { type: 'NS', ns: 'ns2.lookups.test' }, A(), { type: 'CAA', tag: 'issue', value: 'letsencrypt.org' }, { type: 'TXT', data: `v=spf1 ${[0, 1, 2, 3, 4, 5].map((i) => `include:_spf${i}.lookups.test`).join(' ')} include:gone1.lookups.test include:gone2.lookups.test a:gone3.lookups.test ~all` }, { type: 'MX', exchange: 'mx.nowhere.lookups.test', priority: 10 }],
    ...manyIncludes,
    '_dmarc.lookups.test': [{ type: 'TXT', data: 'v=DMARC1; p=none' }],
    'sel1._domainkey.lookups.test': [{ type: 'TXT', data: pki.dkimRecord(512) }],
    '_mta-sts.lookups.test': [{ type: 'TXT', data: 'v=STSv1; id=1' }],
    'mta-sts.lookups.test': [A()],
    'www.lookups.test': [A()],
    'host0.lookups.test': [A()],
    'host1.lookups.test': [A()],
    'host2.lookups.test': [A()],
    'host3.lookups.test': [A()],
    'host4.lookups.test': [A()],
    'host5.lookups.test': [A()],
  };
  const dnsServer = await dns.startZoneServer({ zone, servfail: ['servfail.bad.test'] });
  const dir = mkdtempSync(join(tmpdir(), 'launchready-bed-'));
  const caFile = join(dir, 'ca.pem');
  writeFileSync(caFile, ca.certPem);
  const hosts = [...new Set([...Object.keys(zone).filter((n) => !n.startsWith('_') && !n.includes('._')), ...Object.keys(certs)])];
  return {
    resolver: dnsServer.server,
    connectTo: [`old.bad.test:443:127.0.0.1:${legacyPort}`, `ancient.bad.test:443:127.0.0.1:${ancientPort}`, `:443:127.0.0.1:${httpsPort}`, `:80:127.0.0.1:${httpPort}`],
    caFile,
    caPem: ca.certPem,
    ports: { dns: dnsServer.port, http: httpPort, https: httpsPort, legacy: legacyPort },
    hosts,
    async close() {
      const close = (s: Server) => new Promise<void>((r) => { s.closeAllConnections?.(); s.close(() => r()); });
      await Promise.all([close(https), close(legacy), close(ancient), close(http), dnsServer.close()]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
