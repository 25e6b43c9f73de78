import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createSocket, type Socket } from 'node:dgram';
import { DnsProbe } from '../../src/probes/dns.js';
import { TlsProbe } from '../../src/probes/tls.js';
import { Allowlist, parseConnectTo } from '../../src/probes/net.js';
import { TargetRefusedError } from '../../src/core/errors.js';
import { loadEdgeLib } from '../testbed/index.js';

// The DNS probe tells NXDOMAIN, NODATA, SERVFAIL and TIMEOUT apart, and follows truncated answers over TCP;
// the TLS probe never contacts a host the allowlist does not name.

let zone: { server: string; close(): Promise<void> };
let silent: Socket;
let silentPort = 0;

before(async () => {
  const { dns } = await loadEdgeLib();
  zone = await dns.startZoneServer({
    zone: {
      'probe.test': [{ type: 'SOA', primary: 'ns1.probe.test', admin: 'h.probe.test' }, { type: 'A', address: '127.0.0.1', ttl: 120 }, { type: 'TXT', data: `v=spf1 ${'ip4:192.0.2.1 '.repeat(60)}-all` }],
      'www.probe.test': [{ type: 'CNAME', domain: 'probe.test' }],
    },
    servfail: ['broken.probe.test'],
  });
  silent = createSocket('udp4');
  await new Promise<void>((r) => silent.bind(0, '127.0.0.1', () => r()));
  silentPort = silent.address().port;
});

after(async () => {
  await zone?.close();
  silent?.close();
});

test('answers, TTLs and CNAME chasing', async () => {
  const dns = new DnsProbe({ resolver: zone.server });
  const a = await dns.query('probe.test', 'A');
  assert.deepEqual([a.ok, a.records, a.ttl], [true, ['127.0.0.1'], 120]);
  assert.deepEqual((await dns.query('www.probe.test', 'CNAME')).records, ['probe.test']);
  assert.deepEqual((await dns.query('www.probe.test', 'A')).records, ['127.0.0.1']);
});

test('NXDOMAIN, NODATA and SERVFAIL are told apart', async () => {
  const dns = new DnsProbe({ resolver: zone.server });
  assert.equal((await dns.query('nope.probe.test', 'A')).error, 'NXDOMAIN');
  assert.equal((await dns.query('probe.test', 'AAAA')).error, 'NODATA');
  assert.equal((await dns.query('broken.probe.test', 'A')).error, 'SERVFAIL');
});

test('a resolver that never answers is a TIMEOUT, not NXDOMAIN', async () => {
  const dns = new DnsProbe({ resolver: `127.0.0.1:${silentPort}`, timeoutMs: 150, tries: 1 });
  assert.equal((await dns.query('probe.test', 'A')).error, 'TIMEOUT');
});

test('answers over 512 bytes arrive (UDP truncation → TCP retry) and are cached', async () => {
  const dns = new DnsProbe({ resolver: zone.server });
  const txt = await dns.query('probe.test', 'TXT');
  assert.ok(txt.ok && txt.records[0]!.length > 600, String(txt.error));
  await dns.query('probe.test', 'TXT');
  assert.equal(dns.queries, 1);
});

test('mailauth resolver shape: rows and node error codes', async () => {
  const r = new DnsProbe({ resolver: zone.server }).mailauthResolver();
  assert.ok(Array.isArray(((await r('probe.test', 'TXT')) as string[][])[0]));
  await assert.rejects(r('nope.probe.test', 'TXT'), (e: { code?: string }) => e.code === 'ENOTFOUND');
});

test('the TLS probe refuses hosts the allowlist does not name', async () => {
  const tls = new TlsProbe({ allow: new Allowlist(['ok.test']), connectTo: [parseConnectTo(':443:127.0.0.1:9')] });
  await assert.rejects(tls.handshake('other.test'), TargetRefusedError);
  const r = await tls.handshake('ok.test');
  assert.equal(r.ok, false);
  assert.equal(r.connectedTo, '127.0.0.1:9');
});

test('TLS probe: sentChain returns the certificates in the order the server sent them, extras included; TLS 1.3-only is an error, not a guess', async () => {
  const tlsMod = await import('node:tls');
  const { pki } = await loadEdgeLib();
  const root = pki.makeCa({ cn: 'sent-chain root' });
  const other = pki.makeCa({ cn: 'sent-chain unrelated' });
  const leaf = pki.makeLeaf(root, { names: ['chain.probe.test'] });
  const listen = async (opts: Record<string, unknown>) => {
    const s = tlsMod.createServer(opts, (sock) => sock.end());
    await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
    return { s, port: (s.address() as { port: number }).port };
  };
  const verbatim = await listen({ cert: leaf.certPem + other.certPem + root.certPem, key: leaf.keyPem });
  const only13 = await listen({ cert: leaf.certPem, key: leaf.keyPem, minVersion: 'TLSv1.3' });
  try {
    const probe = (port: number) => new TlsProbe({ allow: new Allowlist(['chain.probe.test']), connectTo: [parseConnectTo(`chain.probe.test:443:127.0.0.1:${port}`)] });
    const r = await probe(verbatim.port).sentChain('chain.probe.test', 443);
    assert.equal(r.ok, true, r.error);
    assert.deepEqual(r.certs.map((c) => /CN=([^,\n]+)/.exec(c.subject)?.[1]), ['chain.probe.test', 'sent-chain unrelated', 'sent-chain root']);
    assert.deepEqual(r.certs.map((c) => c.selfSigned), [false, true, true]);
    const e = await probe(only13.port).sentChain('chain.probe.test', 443);
    assert.equal(e.ok, false);
    assert.match(e.error ?? '', /alert|closed/);
    await assert.rejects(probe(verbatim.port).sentChain('elsewhere.test', 443), TargetRefusedError);
  } finally {
    verbatim.s.close();
    only13.s.close();
  }
});
