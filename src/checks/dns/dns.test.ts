import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ReportInput } from '../../core/check.js';
import type { DnsAnswer, DnsRecordMap, DnsRecordType } from '../../probes/dns.js';
import type { DnsTarget, NameFacts, ZoneFacts } from './evidence.js';
import resolveCheck, { judgeResolve as judgeResolveRaw } from './resolve.js';
import danglingCnameCheck, { judgeDangling as judgeDanglingRaw, judgeSweep as judgeSweepRaw, providerOf } from './dangling-cname.js';
import caaCheck, { caaIdentifiers, judgeCaa as judgeCaaRaw } from './caa.js';
import nsCheck, { judgeNs as judgeNsRaw } from './ns.js';
import ttlCheck, { judgeTtl as judgeTtlRaw } from './ttl.js';
import { judged } from '../../../test/judged.js';

// each judge's reports go through makeFinding as run() passes them to ctx.report (validated and counted; test/judged.ts)
const judgeResolve = judged(resolveCheck, judgeResolveRaw);
const judgeDangling = judged(danglingCnameCheck, judgeDanglingRaw);
const judgeSweep = judged(danglingCnameCheck, judgeSweepRaw);
const judgeCaa = judged(caaCheck, judgeCaaRaw);
const judgeNs = judged(nsCheck, judgeNsRaw);
const judgeTtl = judged(ttlCheck, judgeTtlRaw);

// Test tables for the DNS judges over typed DNS answers.

function ok<T extends DnsRecordType>(type: T, records: DnsRecordMap[T][], ttl?: number): DnsAnswer<T> {
  return { name: 'x', type, ok: true, records, ...(ttl !== undefined ? { ttl } : {}) };
}
function err<T extends DnsRecordType>(type: T, error: DnsAnswer['error']): DnsAnswer<T> {
  return { name: 'x', type, ok: false, records: [], ...(error ? { error } : {}) };
}
const t: DnsTarget = { name: 'www.example.com', apex: 'example.com', audited: true };
function facts(over: Partial<NameFacts> = {}): NameFacts {
  return { name: t.name, a: ok('A', ['203.0.113.10'], 300), aaaa: err('AAAA', 'NODATA'), cname: err('CNAME', 'NODATA'), ...over };
}
function zone(over: Partial<ZoneFacts> = {}): ZoneFacts {
  return { apex: 'example.com', ns: ok('NS', ['ns1.dns.test', 'ns2.dns.test']), caa: ok('CAA', [{ critical: 0, tag: 'issue', value: 'letsencrypt.org' }]), soa: err('SOA', 'NODATA'), ...over };
}
const ids = (r: ReportInput[]) => r.map((x) => x.messageId).sort();

describe('dns/resolve', () => {
  test('pass; absent names that are not audited', () => {
    assert.deepEqual(ids(judgeResolve(t, facts())), ['ok']);
    assert.deepEqual(ids(judgeResolve({ ...t, audited: false }, facts({ a: err('A', 'NXDOMAIN'), aaaa: err('AAAA', 'NXDOMAIN') }))), ['absent']);
  });
  test('fail: NXDOMAIN, no address, private AAAA; warn: IPv6 only', () => {
    assert.deepEqual(ids(judgeResolve(t, facts({ a: err('A', 'NXDOMAIN'), aaaa: err('AAAA', 'NXDOMAIN') }))), ['nxdomain']);
    assert.deepEqual(ids(judgeResolve(t, facts({ a: ok('A', []), aaaa: ok('AAAA', []) }))), ['no-address']);
    assert.deepEqual(ids(judgeResolve(t, facts({ aaaa: ok('AAAA', ['fd00::1']) }))), ['aaaa-private']);
    assert.deepEqual(ids(judgeResolve(t, facts({ a: err('A', 'NODATA'), aaaa: ok('AAAA', ['2001:db8::1']) }))), ['ipv6-only']);
  });
  test('warn: AAAA on the apex but not here', () => {
    const apex = facts({ name: 'example.com', aaaa: ok('AAAA', ['2001:db8::1']) });
    assert.deepEqual(ids(judgeResolve(t, facts(), apex)), ['v6-inconsistent']);
    assert.deepEqual(ids(judgeResolve(t, facts({ aaaa: ok('AAAA', ['2001:db8::2']) }), apex)), ['ok']);
  });
  test('a resolver failure is status error, never a verdict', () => {
    const r = judgeResolve(t, facts({ a: err('A', 'TIMEOUT') }));
    assert.deepEqual(ids(r), ['resolver-error']);
    assert.equal(r[0]!.status, 'error');
  });
});

describe('dns/dangling-cname: sweep of usual subdomains', () => {
  const apexT: DnsTarget = { name: 'example.com', apex: 'example.com', audited: false, sweep: ['blog', 'status', 'docs'] };
  const none = (name: string) => ({ name, cname: err('CNAME', 'NXDOMAIN') });
  test('names without a CNAME are not reported; a clean sweep is one pass', () => {
    assert.deepEqual(ids(judgeSweep(apexT, [none('blog.example.com'), none('status.example.com')])), ['sweep-clean']);
  });
  test('a forgotten CNAME to a deleted provider resource is found under a name nobody audits', () => {
    const gone = { name: 'status.example.com', cname: ok('CNAME', ['acme-status.herokuapp.com']), targetA: err('A', 'NXDOMAIN'), targetAAAA: err('AAAA', 'NXDOMAIN') };
    const r = judgeSweep(apexT, [none('blog.example.com'), gone]);
    assert.deepEqual(ids(r), ['takeover']);
    assert.equal(r[0]!.location?.host, 'status.example.com');
    assert.equal(r[0]!.severity, 'critical');
  });
  test('a wildcard CNAME is not reported once per swept label', () => {
    const w = (name: string) => ({ name, cname: ok('CNAME', ['lb.example.net']), targetA: ok('A', ['203.0.113.1']) });
    assert.deepEqual(ids(judgeSweep(apexT, [w('blog.example.com'), w('docs.example.com')], w('launchready-wildcard-probe.example.com'))), ['sweep-clean']);
  });
  test('a resolver failure is status error, not a clean sweep', () => {
    const r = judgeSweep(apexT, [{ name: 'blog.example.com', cname: err('CNAME', 'TIMEOUT') }]);
    assert.deepEqual(ids(r), ['resolver-error']);
    assert.equal(r[0]!.status, 'error');
  });
});

describe('dns/dangling-cname', () => {
  test('warn: a takeover-prone target the resolver cannot answer for (REFUSED/SERVFAIL/TIMEOUT) is unverified, not a pass', () => {
    const r = judgeDangling(t, facts({ cname: ok('CNAME', ['gone.herokuapp.com']), targetA: err('A', 'REFUSED'), targetAAAA: err('AAAA', 'REFUSED') }));
    assert.deepEqual(ids(r), ['unverified']);
    assert.deepEqual([r[0]!.status, r[0]!.severity], ['warn', 'medium']);
    assert.deepEqual(ids(judgeDangling(t, facts({ cname: ok('CNAME', ['lb.example.net']), targetA: err('A', 'SERVFAIL') }))), ['resolver-error']);
  });
  test('pass: no CNAME, CNAME that resolves, provider that resolves', () => {
    assert.deepEqual(ids(judgeDangling(t, facts())), ['no-cname']);
    assert.deepEqual(ids(judgeDangling(t, facts({ cname: ok('CNAME', ['lb.example.net']), targetA: ok('A', ['203.0.113.1']) }))), ['ok']);
    assert.deepEqual(ids(judgeDangling(t, facts({ cname: ok('CNAME', ['shop.myshopify.com']), targetA: ok('A', ['203.0.113.1']) }))), ['provider']);
  });
  test('fail: dangling; critical when takeover-prone', () => {
    assert.deepEqual(ids(judgeDangling(t, facts({ cname: ok('CNAME', ['old.example.net']), targetA: err('A', 'NXDOMAIN'), targetAAAA: err('AAAA', 'NXDOMAIN') }))), ['dangling']);
    const r = judgeDangling(t, facts({ cname: ok('CNAME', ['gone.herokuapp.com']), targetA: err('A', 'NXDOMAIN'), targetAAAA: err('AAAA', 'NXDOMAIN') }));
    assert.deepEqual(ids(r), ['takeover']);
    assert.equal(r[0]!.severity, 'critical');
  });
  test('provider patterns', () => {
    assert.equal(providerOf('bucket.s3.amazonaws.com'), 'AWS S3');
    assert.equal(providerOf('me.github.io.'), 'GitHub Pages');
    assert.equal(providerOf('lb.example.net'), undefined);
  });
});

describe('dns/caa', () => {
  test('pass', () => assert.deepEqual(ids(judgeCaa(t, zone())), ['ok']));
  test('warn: missing, only iodef; fail: unknown tag', () => {
    assert.deepEqual(ids(judgeCaa(t, zone({ caa: err('CAA', 'NODATA') }))), ['missing']);
    assert.deepEqual(ids(judgeCaa(t, zone({ caa: ok('CAA', [{ critical: 0, tag: 'iodef', value: 'mailto:x@example.com' }]) }))), ['no-issue']);
    assert.deepEqual(ids(judgeCaa(t, zone({ caa: ok('CAA', [{ critical: 0, tag: 'isue', value: 'letsencrypt.org' }]) }))), ['unknown-tag']);
  });
  test('warn (medium): a served certificate comes from a CA that CAA does not allow', () => {
    const le = { host: 'www.example.com', issuerOrg: "Let's Encrypt", wildcard: false };
    const digicertOnly = zone({ caa: ok('CAA', [{ critical: 0, tag: 'issue', value: 'digicert.com' }]) });
    const r = judgeCaa(t, digicertOnly, [le, { ...le, host: 'app.example.com' }]);
    assert.deepEqual(ids(r), ['issuer-not-allowed']);
    assert.deepEqual([r[0]!.status, r[0]!.severity, r[0]!.data!.hosts, r[0]!.data!.ca], ['warn', 'medium', 'www.example.com, app.example.com', "Let's Encrypt"]);
    // allowed (parameters after ';' ignored, several CAs), unknown/private CAs and no issuer org are not judged
    assert.deepEqual(ids(judgeCaa(t, zone({ caa: ok('CAA', [{ critical: 0, tag: 'issue', value: 'digicert.com' }, { critical: 0, tag: 'issue', value: 'letsencrypt.org; validationmethods=dns-01' }]) }), [le])), ['ok']);
    assert.deepEqual(ids(judgeCaa(t, digicertOnly, [{ host: 'x.example.com', issuerOrg: 'Acme Internal PKI', wildcard: false }, { host: 'y.example.com', wildcard: false }])), ['ok']);
    assert.deepEqual(ids(judgeCaa(t, zone({ caa: ok('CAA', [{ critical: 0, tag: 'issue', value: 'pki.goog' }]) }), [{ host: 'x.example.com', issuerOrg: 'Google Trust Services', wildcard: false }])), ['ok']);
  });
  test('CA names are matched in the issuer O and CN', () => {
    assert.deepEqual(caaIdentifiers("(STAGING) Let's Encrypt (STAGING) Artificial Apricot R3"), ['letsencrypt.org']);
    assert.equal(caaIdentifiers('DigiCert Inc DigiCert Global G2 TLS RSA SHA256 2020 CA1')![0], 'digicert.com');
    assert.equal(caaIdentifiers('ZeroSSL ZeroSSL RSA Domain Secure Site CA')![0], 'sectigo.com');
    assert.deepEqual(caaIdentifiers('Amazon Amazon RSA 2048 M02')?.[0], 'amazon.com');
    assert.equal(caaIdentifiers('northwind test bed Northwind Issuing CA'), undefined);
    assert.equal(caaIdentifiers(''), undefined);
  });
  test('issuewild governs wildcard certificates (RFC 8659 §4.3)', () => {
    const wild = { host: 'app.example.com', issuerOrg: "Let's Encrypt", wildcard: true };
    const z = (recs: { tag: string; value: string }[]) => zone({ caa: ok('CAA', recs.map((r) => ({ critical: 0, ...r }))) });
    assert.deepEqual(ids(judgeCaa(t, z([{ tag: 'issue', value: 'letsencrypt.org' }, { tag: 'issuewild', value: ';' }]), [wild])), ['issuer-not-allowed']);
    assert.deepEqual(ids(judgeCaa(t, z([{ tag: 'issue', value: 'digicert.com' }, { tag: 'issuewild', value: 'letsencrypt.org' }]), [wild])), ['ok']);
    assert.deepEqual(ids(judgeCaa(t, z([{ tag: 'issue', value: 'letsencrypt.org' }]), [wild])), ['ok']);
  });
});

describe('dns/ns', () => {
  test('pass', () => assert.deepEqual(ids(judgeNs(t, zone())), ['ok']));
  test('fail: single, missing; error on SERVFAIL', () => {
    assert.deepEqual(ids(judgeNs(t, zone({ ns: ok('NS', ['ns1.dns.test']) }))), ['single']);
    assert.deepEqual(ids(judgeNs(t, zone({ ns: err('NS', 'NODATA') }))), ['missing']);
    assert.equal(judgeNs(t, zone({ ns: err('NS', 'SERVFAIL') }))[0]!.status, 'error');
  });
  test('providers are counted by registrable domain (Public Suffix List), not by the last two labels', () => {
    const providers = (ns: string[]) => judgeNs(t, zone({ ns: ok('NS', ns) }))[0]!.data?.providers;
    assert.equal(providers(['ns1.example.co.uk', 'ns2.example.co.uk']), 1);
    assert.equal(providers(['ns1.example.co.uk', 'ns1.other.co.uk']), 2);
    assert.equal(providers(['ns-1.awsdns-01.org', 'ns-2.awsdns-02.co.uk', 'dana.ns.cloudflare.com']), 3);
  });
});

describe('dns/ttl', () => {
  test('pass', () => assert.deepEqual(ids(judgeTtl(t, facts())), ['ok']));
  test('warn: low and high', () => {
    assert.deepEqual(ids(judgeTtl(t, facts({ a: ok('A', ['203.0.113.10'], 20) }))), ['low']);
    assert.deepEqual(ids(judgeTtl(t, facts({ a: ok('A', ['203.0.113.10'], 172800) }))), ['high']);
  });
});

// Cases added for message ids no test produced (issue 20, measured by test/exercise.verify.ts).
describe('dns/caa: a resolver that cannot answer', () => {
  test('error resolver-error on SERVFAIL/TIMEOUT (not "missing"); NODATA is a missing record', () => {
    for (const e of ['SERVFAIL', 'TIMEOUT'] as const) {
      const r = judgeCaa(t, zone({ caa: err('CAA', e) }));
      assert.deepEqual([ids(r), r[0]!.status, r[0]!.data?.error, r[0]!.data?.record], [['resolver-error'], 'error', e, 'CAA']);
    }
    assert.deepEqual(ids(judgeCaa(t, zone({ caa: err('CAA', 'NODATA') }))), ['missing']);
  });
});
