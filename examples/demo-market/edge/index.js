// The demo's edge: a DNS server for the zone demo-market.test and an HTTPS + HTTP front (SNI certificates from a
// demo CA) that forwards to the demo API server on loopback. `npm start` audits it by name through
// network.resolver / network.connectTo, so the checks see a realistic multi-host domain:
//   demo-market.test, www., app., api. (web), admin. (DNS only), mta-sts. (MTA-STS policy when fixed)
// Flawed: http never redirects, apex and www both answer, app. serves an expired certificate, TLS 1.0/1.1 and
// static-RSA suites accepted, admin. is a dangling CNAME to Heroku, no CAA, one NS, SPF +all, no DMARC, no DKIM,
// no MTA-STS/TLS-RPT. Fixed: all of that done right.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tls from 'node:tls';
import { dkimRecord, makeCa, makeLeaf } from './pki.js';
import { startZoneServer } from './zone-dns.js';

export const DEMO_DOMAIN = 'demo-market.test';

function zoneFor(fixed) {
  const D = DEMO_DOMAIN;
  const A = (ttl = 300) => ({ type: 'A', address: '127.0.0.1', ttl });
  const zone = {
    [D]: [{ type: 'SOA', primary: `ns1.${D}`, admin: `hostmaster.${D}` }, { type: 'NS', ns: `ns1.${D}` }, A(), { type: 'MX', exchange: `mx.${D}`, priority: 10 }],
    [`www.${D}`]: [A()],
    [`app.${D}`]: [A()],
    [`api.${D}`]: [A()],
    [`mx.${D}`]: [A()],
  };
  if (fixed) {
    zone[D].push({ type: 'NS', ns: `ns2.${D}` }, { type: 'CAA', tag: 'issue', value: 'demo-market-ca.invalid' }, { type: 'CAA', tag: 'iodef', value: `mailto:security@${D}` });
    zone[D].push({ type: 'TXT', data: 'v=spf1 ip4:192.0.2.0/26 include:_spf.mail.demo-market.test -all' });
    zone[`_spf.mail.${D}`] = [{ type: 'TXT', data: 'v=spf1 ip4:198.51.100.0/26 -all' }];
    zone[`admin.${D}`] = [A()];
    zone[`mta-sts.${D}`] = [A()];
    zone[`mail._domainkey.${D}`] = [{ type: 'TXT', data: dkimRecord(2048) }];
    zone[`_dmarc.${D}`] = [{ type: 'TXT', data: `v=DMARC1; p=reject; rua=mailto:dmarc@${D}; adkim=s; aspf=s` }];
    zone[`_mta-sts.${D}`] = [{ type: 'TXT', data: 'v=STSv1; id=20261101' }];
    zone[`_smtp._tls.${D}`] = [{ type: 'TXT', data: `v=TLSRPTv1; rua=mailto:tls-reports@${D}` }];
  } else {
    zone[D].push({ type: 'TXT', data: 'v=spf1 +all' }); // FLAW: anyone may send as demo-market.test
    zone[`admin.${D}`] = [{ type: 'CNAME', domain: 'demo-market-admin.herokuapp.com' }]; // FLAW: dangling, takeover-prone
  }
  return zone;
}

const MTA_STS_POLICY = `version: STSv1\r\nmode: enforce\r\nmx: mx.${DEMO_DOMAIN}\r\nmax_age: 604800\r\n`;
const HSTS = 'max-age=63072000; includeSubDomains';

export async function startDemoEdge({ fixed = false, httpPort, dnsPort = 0, httpsPort = 0, edgeHttpPort = 0 } = {}) {
  if (!httpPort) throw new Error('startDemoEdge: httpPort (the demo API server port) is required');
  const D = DEMO_DOMAIN;
  const ca = makeCa({ cn: 'demo-market demo CA' });
  const names = [D, `www.${D}`, `app.${D}`, `api.${D}`, `admin.${D}`, `mta-sts.${D}`];
  const main = makeLeaf(ca, { names, toDays: 90 });
  const contexts = new Map();
  const opts = fixed ? { minVersion: 'TLSv1.2', ciphers: 'ECDHE+AESGCM:ECDHE+CHACHA20' } : { minVersion: 'TLSv1', ciphers: 'DEFAULT@SECLEVEL=0' };
  for (const n of names) contexts.set(n, tls.createSecureContext({ cert: main.certPem, key: main.keyPem, ...opts }));
  if (!fixed) {
    // FLAW: app. still serves last quarter's certificate (renewal job broken)
    const expired = makeLeaf(ca, { names: [`app.${D}`], fromDays: -100, toDays: -3 });
    contexts.set(`app.${D}`, tls.createSecureContext({ cert: expired.certPem, key: expired.keyPem, ...opts }));
  }

  const forward = (req, res, proto) => {
    const up = httpRequest(
      { host: '127.0.0.1', port: httpPort, method: req.method, path: req.url, headers: { ...req.headers, 'x-forwarded-proto': proto, 'x-forwarded-host': req.headers.host ?? '' } },
      (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      },
    );
    up.on('error', () => {
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end('bad gateway');
    });
    req.pipe(up);
  };
  const hostOf = (req) => String(req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();

  const https = createHttpsServer({ cert: main.certPem, key: main.keyPem, ...opts, SNICallback: (n, cb) => cb(null, contexts.get(n.toLowerCase()) ?? contexts.get(D)) }, (req, res) => {
    const host = hostOf(req);
    if (fixed && host === `mta-sts.${D}`) {
      if (req.url === '/.well-known/mta-sts.txt') {
        res.writeHead(200, { 'content-type': 'text/plain', 'strict-transport-security': HSTS });
        return res.end(MTA_STS_POLICY);
      }
      res.writeHead(404, { 'strict-transport-security': HSTS });
      return res.end();
    }
    if (fixed && host === `www.${D}`) {
      // one canonical host (the apex), reached in one hop, HSTS on the redirect too
      res.writeHead(301, { location: `https://${D}${req.url ?? '/'}`, 'strict-transport-security': HSTS });
      return res.end();
    }
    forward(req, res, 'https');
  });
  const http = createHttpServer((req, res) => {
    if (fixed) {
      res.writeHead(301, { location: `https://${hostOf(req)}${req.url ?? '/'}` });
      return res.end();
    }
    forward(req, res, 'http'); // FLAW: plain http serves the app instead of redirecting
  });
  // every raw TCP connection, so close() can end them all: closeAllConnections() only knows HTTP connections, not a
  // TLS socket still in (or stuck after) its handshake, which would keep server.close() waiting forever
  const sockets = new Set();
  for (const s of [https, http]) s.on('connection', (c) => { sockets.add(c); c.once('close', () => sockets.delete(c)); });
  const listen = (s, port) => new Promise((resolve, reject) => {
    s.once('error', reject);
    s.listen(port, '127.0.0.1', () => resolve(s.address().port));
  });
  const [tlsPort, plainPort] = await Promise.all([listen(https, httpsPort), listen(http, edgeHttpPort)]);
  const dns = await startZoneServer({ zone: zoneFor(fixed), port: dnsPort });
  const dir = mkdtempSync(join(tmpdir(), 'demo-market-ca-'));
  const caFile = join(dir, 'demo-ca.pem');
  writeFileSync(caFile, ca.certPem);
  const connectTo = [`:443:127.0.0.1:${tlsPort}`, `:80:127.0.0.1:${plainPort}`];
  return {
    resolver: dns.server,
    connectTo,
    caFile,
    env: { DEMO_RESOLVER: dns.server, DEMO_CONNECT_HTTPS: connectTo[0], DEMO_CONNECT_HTTP: connectTo[1], DEMO_CA_FILE: caFile },
    urls: { 'edge (https, via --connect-to)': `https://${D}/ → 127.0.0.1:${tlsPort}`, 'edge (http)': `http://${D}/ → 127.0.0.1:${plainPort}`, dns: dns.server },
    async close() {
      const stop = (s) => new Promise((r) => {
        s.close(() => r());
        s.closeAllConnections?.();
        for (const c of sockets) c.destroy();
      });
      await Promise.all([stop(https), stop(http), dns.close()]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
