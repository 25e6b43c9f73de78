import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import type { ReportInput } from '../../core/check.js';
import type { DnsAnswer, DnsProbe, DnsRecordType } from '../../probes/dns.js';
import { externalReportAuth, mxMatches, parseDkimKey, walkSpf, type EmailTarget, type MtaStsFacts, type MxFacts, type SpfFacts } from './evidence.js';
import spfCheck, { judgeSpf as judgeSpfRaw } from './spf.js';
import dkimCheck, { judgeDkim as judgeDkimRaw } from './dkim.js';
import dmarcCheck, { judgeDmarc as judgeDmarcRaw } from './dmarc.js';
import mxCheck, { judgeMx as judgeMxRaw } from './mx.js';
import mtaStsCheck, { judgeMtaSts as judgeMtaStsRaw } from './mta-sts.js';
import tlsRptCheck, { judgeTlsRpt as judgeTlsRptRaw } from './tls-rpt.js';
import { judged } from '../../../test/judged.js';

// each judge's reports go through makeFinding as run() passes them to ctx.report (validated and counted; test/judged.ts)
const judgeSpf = judged(spfCheck, judgeSpfRaw);
const judgeDkim = judged(dkimCheck, judgeDkimRaw);
const judgeDmarc = judged(dmarcCheck, judgeDmarcRaw);
const judgeMx = judged(mxCheck, judgeMxRaw);
const judgeMtaSts = judged(mtaStsCheck, judgeMtaStsRaw);
const judgeTlsRpt = judged(tlsRptCheck, judgeTlsRptRaw);

// Test tables for the email judges, and the SPF walk over a fake zone.

const t: EmailTarget = { domain: 'example.com', dkimSelectors: [], sending: true, receiving: true, mtaSts: true };
const ids = (r: ReportInput[]) => r.map((x) => x.messageId).sort();

/** A DnsProbe stand-in answering from a map: "TYPE name" → records; anything else NXDOMAIN. */
function fakeDns(zone: Record<string, unknown[]>): DnsProbe {
  return {
    async query<T extends DnsRecordType>(name: string, type: T): Promise<DnsAnswer<T>> {
      const r = zone[`${type} ${name}`];
      if (!r) return { name, type, ok: false, records: [], error: 'NXDOMAIN' };
      return { name, type, ok: true, records: r as never };
    },
  } as unknown as DnsProbe;
}

function spf(over: Partial<SpfFacts> = {}): SpfFacts {
  return { domain: 'example.com', records: ['v=spf1 include:_spf.google.com -all'], lookups: 4, voidLookups: 0, all: '-', syntaxErrors: [], brokenIncludes: [], ptr: false, ...over };
}

describe('email/spf', () => {
  test('pass', () => assert.deepEqual(ids(judgeSpf(t, spf())), ['ok']));
  test('fail: missing, multiple, +all, ?all, syntax, lookups, voids, broken include', () => {
    assert.deepEqual(ids(judgeSpf(t, spf({ records: [] }))), ['missing']);
    assert.deepEqual(ids(judgeSpf(t, spf({ records: ['v=spf1 -all', 'v=spf1 ~all'] }))), ['multiple']);
    // several records: each is judged too (the merge keeps their problems), and their lookups are summed
    const a = 'v=spf1 include:a.example.com ~all';
    const b = 'v=spf1 include:b.example.com ~all';
    assert.deepEqual(ids(judgeSpf(t, spf({ records: [a, b], perRecord: [spf({ records: [a], lookups: 11, voidLookups: 3, all: '~' }), spf({ records: [b], lookups: 1, all: '~' })] }))), ['multiple', 'too-many-lookups', 'void-lookups']);
    const merged = judgeSpf(t, spf({ records: [a, b], perRecord: [spf({ records: [a], lookups: 6, all: '~' }), spf({ records: [b], lookups: 5, all: '~' })] }));
    assert.deepEqual(ids(merged), ['multiple', 'too-many-lookups']);
    assert.equal(merged.find((r) => r.messageId === 'too-many-lookups')!.data!.lookups, 11);
    assert.deepEqual(ids(judgeSpf(t, spf({ records: [a, b], perRecord: [spf({ records: [a], lookups: 1, all: '~' }), spf({ records: [b], lookups: 1, all: '~' })] }))), ['multiple']);
    assert.deepEqual(ids(judgeSpf(t, spf({ all: '+' }))), ['plus-all']);
    assert.deepEqual(ids(judgeSpf(t, spf({ all: '?' }))), ['neutral-all']);
    assert.deepEqual(ids(judgeSpf(t, spf({ all: undefined }))), ['no-all']);
    assert.deepEqual(ids(judgeSpf(t, spf({ syntaxErrors: ['example.com: "ip4:1.2.3"'] }))), ['syntax']);
    assert.deepEqual(ids(judgeSpf(t, spf({ lookups: 12, voidLookups: 3, brokenIncludes: ['gone.example.com'] }))), ['broken-include', 'too-many-lookups', 'void-lookups']);
    assert.deepEqual(ids(judgeSpf(t, spf({ mailauth: { result: 'permerror', comment: 'x' } }))), ['permerror']);
  });
  test('the walk counts nested includes, a/mx terms, void lookups and the top-level all', async () => {
    const dns = fakeDns({
      'TXT example.com': ['google-site-verification=abc', 'v=spf1 include:a.example.com mx a:gone.example.com ip4:192.0.2.0/24 ~all'],
      'TXT a.example.com': ['v=spf1 include:b.example.com include:missing.example.com -all'],
      'TXT b.example.com': ['v=spf1 exists:%{i}.x.example.com ip6:2001:db8::/32 +all'],
      'MX example.com': [{ exchange: 'mx.example.com', priority: 10 }],
    });
    const f = await walkSpf(dns, 'example.com');
    assert.equal(f.lookups, 6); // include a, mx, a:gone, include b, include missing, exists
    assert.equal(f.voidLookups, 2); // a:gone, include missing
    assert.equal(f.all, '~'); // nested +all in an include does not count as the domain's policy
    assert.deepEqual(f.brokenIncludes, ['missing.example.com']);
    assert.deepEqual(f.syntaxErrors, []);
  });
  test('an include the resolver refuses (out-of-zone on an authoritative-only server) is a resolver error, not a broken include', async () => {
    const dns = fakeDns({ 'TXT example.com': ['v=spf1 include:_spf.google.com include:gone.example.com -all'] });
    const refusing = { query: async (name: string, type: DnsRecordType) => (name.endsWith('google.com') ? { name, type, ok: false, records: [], error: 'REFUSED' } : dns.query(name, type)) } as unknown as DnsProbe;
    const f = await walkSpf(refusing, 'example.com');
    assert.deepEqual(f.brokenIncludes, ['gone.example.com']);
    assert.deepEqual(f.tempErrors, ['_spf.google.com (REFUSED)']);
    assert.equal(f.lookups, 2);
    const r = judgeSpf(t, spf({ tempErrors: f.tempErrors }));
    assert.deepEqual(ids(r), ['resolver-error']);
    assert.equal(r[0]!.status, 'error');
  });
  test('syntax errors are found', async () => {
    const f = await walkSpf(fakeDns({ 'TXT example.com': ['v=spf1 ip4:1.2.3 includes:x -all'] }), 'example.com');
    assert.equal(f.syntaxErrors.length, 2);
  });
});

describe('email/dkim', () => {
  const rsa = (bits: number) => `v=DKIM1; k=rsa; p=${generateKeyPairSync('rsa', { modulusLength: bits }).publicKey.export({ type: 'spki', format: 'der' }).toString('base64')}`;
  test('pass: 2048-bit key at a configured selector', () => assert.deepEqual(ids(judgeDkim({ ...t, dkimSelectors: ['s1'] }, { tried: ['s1'], keys: [parseDkimKey('s1', rsa(2048))], errors: [] })), ['ok']));
  test('fail: weak, configured selector missing, invalid key; warn: 1024, nothing found', () => {
    assert.deepEqual(ids(judgeDkim(t, { tried: ['s1'], keys: [parseDkimKey('s1', rsa(512))], errors: [] })), ['weak']);
    assert.deepEqual(ids(judgeDkim(t, { tried: ['s1'], keys: [parseDkimKey('s1', rsa(1024))], errors: [] })), ['short']);
    assert.deepEqual(ids(judgeDkim({ ...t, dkimSelectors: ['mail'] }, { tried: ['mail'], keys: [], errors: [] })), ['selector-missing']);
    assert.deepEqual(ids(judgeDkim(t, { tried: ['s1'], keys: [parseDkimKey('s1', 'v=DKIM1; p=bm90IGEga2V5')], errors: [] })), ['invalid']);
    assert.deepEqual(ids(judgeDkim(t, { tried: ['a', 'b'], keys: [], errors: [] })), ['not-found']);
  });
  test('revoked key is noted; non-sending domains skip', () => {
    assert.deepEqual(ids(judgeDkim(t, { tried: ['s1'], keys: [parseDkimKey('s1', 'v=DKIM1; p=')], errors: [] })), ['revoked']);
    assert.equal(judgeDkim({ ...t, sending: false }, { tried: [], keys: [], errors: [] })[0]!.status, 'skipped');
  });
});

describe('email/dmarc: external report authorisation (RFC 7489 §7.1)', () => {
  const answers: Record<string, DnsAnswer> = {
    'example.com._report._dmarc.vendor.example': { ok: true, records: ['v=DMARC1'] } as DnsAnswer,
    'example.com._report._dmarc.other.example': { ok: false, error: 'NXDOMAIN', records: [] } as unknown as DnsAnswer,
    'example.com._report._dmarc.flaky.example': { ok: false, error: 'SERVFAIL', records: [] } as unknown as DnsAnswer,
  };
  const dns = { query: async (name: string) => answers[name] ?? ({ ok: false, error: 'NXDOMAIN', records: [] } as unknown as DnsAnswer) } as unknown as DnsProbe;
  test('same organisational domain is not asked; others are, with !size suffixes and several URIs', async () => {
    const r = await externalReportAuth(dns, 'example.com', 'v=DMARC1; p=reject; rua=mailto:a@reports.example.com,mailto:b@vendor.example!10m, mailto:c@other.example; ruf=mailto:f@flaky.example');
    assert.deepEqual(r.map((x) => [x.tag, x.reportDomain, x.authorized]), [['rua', 'vendor.example', true], ['rua', 'other.example', false], ['ruf', 'flaky.example', 'unknown']]);
  });
});

describe('email/dmarc', () => {
  const rec = (r: string, parsed: Record<string, string | number>) => ({ domain: 'example.com', records: [r], parsed });
  test('pass', () => assert.deepEqual(ids(judgeDmarc(t, rec('v=DMARC1; p=reject; rua=mailto:d@example.com', { p: 'reject', rua: 'mailto:d@example.com' }), { spf: true, dkim: true })), ['ok']));
  test('fail: missing, multiple, invalid, unalignable; warn: p=none, pct, sp=none, no rua', () => {
    assert.deepEqual(ids(judgeDmarc(t, { domain: 'example.com', records: [] })), ['missing']);
    assert.deepEqual(ids(judgeDmarc(t, { domain: 'example.com', records: ['v=DMARC1; p=none', 'v=DMARC1; p=reject'] })), ['multiple']);
    assert.deepEqual(ids(judgeDmarc(t, rec('v=DMARC1; p=block', { p: 'block' }))), ['invalid']);
    assert.deepEqual(ids(judgeDmarc(t, rec('v=DMARC1; p=none', { p: 'none' }))), ['monitor-only', 'no-rua']);
    assert.deepEqual(ids(judgeDmarc(t, rec('x', { p: 'quarantine', pct: 20, sp: 'none', rua: 'mailto:x@example.com' }))), ['partial', 'subdomains-open']);
    assert.deepEqual(ids(judgeDmarc(t, rec('x', { p: 'reject', rua: 'mailto:x@example.com' }), { spf: false, dkim: false })), ['unalignable']);
    // an external report address without its authorisation record; authorised or unanswerable ones pass
    const ext = (authorized: boolean | 'unknown') => ({ ...rec('x', { p: 'reject', rua: 'mailto:d@vendor.example' }), externalReports: [{ tag: 'rua' as const, uri: 'mailto:d@vendor.example', reportDomain: 'vendor.example', authName: 'example.com._report._dmarc.vendor.example', authorized }] });
    const r = judgeDmarc(t, ext(false), { spf: true, dkim: true });
    assert.deepEqual(ids(r), ['rua-unauthorized']);
    assert.deepEqual([r[0]!.status, r[0]!.severity, r[0]!.data!.reportDomain], ['warn', 'low', 'vendor.example']);
    assert.deepEqual(ids(judgeDmarc(t, ext(true), { spf: true, dkim: true })), ['ok']);
    const u = judgeDmarc(t, ext('unknown'), { spf: true, dkim: true });
    assert.deepEqual(ids(u), ['rua-unverified']);
    assert.deepEqual([u[0]!.status, u[0]!.severity], ['warn', 'info']);
  });
});

describe('email/mx', () => {
  const mx = (over: Partial<MxFacts> = {}): MxFacts => ({ domain: 'example.com', mx: [{ exchange: 'mx.example.com', priority: 10 }], nxdomain: false, hosts: [{ exchange: 'mx.example.com', resolves: true, cname: false }], ...over });
  test('pass; null MX for a domain that does not receive', () => {
    assert.deepEqual(ids(judgeMx(t, mx())), ['ok']);
    assert.deepEqual(ids(judgeMx({ ...t, receiving: false }, mx({ mx: [{ exchange: '', priority: 0 }], hosts: [] }))), ['ok-null']);
  });
  test('fail: missing, null MX while receiving, host missing; warn: CNAME', () => {
    assert.deepEqual(ids(judgeMx(t, mx({ mx: [], hosts: [] }))), ['missing']);
    assert.deepEqual(ids(judgeMx(t, mx({ mx: [{ exchange: '', priority: 0 }], hosts: [] }))), ['null-mx']);
    assert.deepEqual(ids(judgeMx(t, mx({ hosts: [{ exchange: 'mx.example.com', resolves: false, cname: false }] }))), ['host-missing']);
    assert.deepEqual(ids(judgeMx(t, mx({ hosts: [{ exchange: 'mx.example.com', resolves: true, cname: true }] }))), ['cname']);
  });
});

describe('email/mta-sts', () => {
  const base: MtaStsFacts = { domain: 'example.com', txt: ['v=STSv1; id=1'], policyUrl: 'https://mta-sts.example.com/.well-known/mta-sts.txt', policyStatus: 200, policy: { mode: 'enforce', mx: ['*.example.com'] } };
  const mx: MxFacts = { domain: 'example.com', mx: [{ exchange: 'mx1.example.com', priority: 10 }], nxdomain: false, hosts: [] };
  test('pass', () => assert.deepEqual(ids(judgeMtaSts(t, base, mx)), ['ok']));
  test('fail: MX not covered, policy unreachable or invalid; warn: missing, testing', () => {
    assert.deepEqual(ids(judgeMtaSts(t, { ...base, policy: { mode: 'enforce', mx: ['mail.other.test'] } }, mx)), ['mx-mismatch']);
    assert.deepEqual(ids(judgeMtaSts(t, { ...base, policyStatus: 404 }, mx)), ['policy-unreachable']);
    assert.deepEqual(ids(judgeMtaSts(t, { ...base, policy: { mode: 'invalid', mx: [], error: 'bad' } }, mx)), ['policy-invalid']);
    assert.deepEqual(ids(judgeMtaSts(t, { ...base, txt: [] }, mx)), ['missing']);
    assert.deepEqual(ids(judgeMtaSts(t, { ...base, policy: { mode: 'testing', mx: ['*.example.com'] } }, mx)), ['mode-testing']);
  });
  test('RFC 8461 wildcard matches exactly one label', () => {
    assert.equal(mxMatches('*.example.com', 'mx1.example.com'), true);
    assert.equal(mxMatches('*.example.com', 'a.b.example.com'), false);
    assert.equal(mxMatches('mx.example.com.', 'MX.example.com'), true);
  });
});

describe('email/tls-rpt', () => {
  const a = (records: string[]): DnsAnswer<'TXT'> => ({ name: '_smtp._tls.example.com', type: 'TXT', ok: true, records });
  test('pass', () => assert.deepEqual(ids(judgeTlsRpt(t, a(['v=TLSRPTv1; rua=mailto:tls@example.com']))), ['ok']));
  test('warn: missing; fail: invalid', () => {
    assert.deepEqual(ids(judgeTlsRpt(t, a([]))), ['missing']);
    assert.deepEqual(ids(judgeTlsRpt(t, a(['v=TLSRPTv1; rua=tls@example.com']))), ['invalid']);
  });
});

// Cases added for message ids no test produced (issue 20, measured by test/exercise.verify.ts). A resolver that
// cannot answer is `status: error` (could not check), never a pass or a missing record.
describe('email: resolver errors are errors, not verdicts', () => {
  test('email/dkim: no key found and lookups failed → resolver-error', () => {
    const r = judgeDkim(t, { tried: ['s1', 's2'], keys: [], errors: ['s1: SERVFAIL'] });
    assert.deepEqual([ids(r), r[0]!.status, r[0]!.data?.error], [['resolver-error'], 'error', 's1: SERVFAIL']);
  });
  test('email/dmarc: _dmarc lookup failed → resolver-error', () => {
    const r = judgeDmarc(t, { domain: 'example.com', records: [], error: 'TIMEOUT' });
    assert.deepEqual([ids(r), r[0]!.status], [['resolver-error'], 'error']);
  });
  test('email/mx: MX lookup failed, or one MX host could not be resolved → resolver-error', () => {
    const r = judgeMx(t, { domain: 'example.com', mx: [], nxdomain: false, hosts: [], error: 'SERVFAIL' });
    assert.deepEqual([ids(r), r[0]!.status], [['resolver-error'], 'error']);
    const h = judgeMx(t, { domain: 'example.com', mx: [{ exchange: 'mx.example.com', priority: 10 }], nxdomain: false, hosts: [{ exchange: 'mx.example.com', resolves: false, cname: false, error: 'REFUSED' }] });
    assert.deepEqual([ids(h), h[0]!.status, h[0]!.data?.domain], [['resolver-error'], 'error', 'mx.example.com']);
  });
  test('email/mta-sts: _mta-sts lookup failed → resolver-error', () => {
    const r = judgeMtaSts(t, { domain: 'example.com', txt: [], txtError: 'SERVFAIL', policyUrl: 'https://mta-sts.example.com/.well-known/mta-sts.txt' });
    assert.deepEqual([ids(r), r[0]!.status], [['resolver-error'], 'error']);
  });
  test('email/tls-rpt: _smtp._tls lookup failed → resolver-error; NXDOMAIN is just missing', () => {
    const r = judgeTlsRpt(t, { name: '_smtp._tls.example.com', type: 'TXT', ok: false, records: [], error: 'SERVFAIL' });
    assert.deepEqual([ids(r), r[0]!.status], [['resolver-error'], 'error']);
    assert.deepEqual(ids(judgeTlsRpt(t, { name: '_smtp._tls.example.com', type: 'TXT', ok: false, records: [], error: 'NXDOMAIN' })), ['missing']);
  });
});

describe('email: what a domain that does not receive (or send) mail needs', () => {
  const none = { ...t, receiving: false, sending: false };
  test('email/mx: no MX at all is fine for a domain that neither sends nor receives (ok-none, pass)', () => {
    const r = judgeMx(none, { domain: 'example.com', mx: [], nxdomain: false, hosts: [] });
    assert.deepEqual([ids(r), r[0]!.status], [['ok-none'], 'pass']);
    assert.deepEqual(ids(judgeMx({ ...t, receiving: false }, { domain: 'example.com', mx: [], nxdomain: false, hosts: [] })), ['missing'], 'a sending domain still needs MX');
  });
  test('email/mta-sts and email/tls-rpt: skipped when the domain receives no mail, or MTA-STS fetching is off', () => {
    const mta = judgeMtaSts({ ...t, receiving: false }, { domain: 'example.com', txt: ['v=STSv1; id=1'], policyUrl: 'https://mta-sts.example.com/.well-known/mta-sts.txt' });
    assert.deepEqual([ids(mta), mta[0]!.status], [['skipped'], 'skipped']);
    const off = judgeMtaSts({ ...t, mtaSts: false }, { domain: 'example.com', txt: ['v=STSv1; id=1'], policyUrl: 'https://mta-sts.example.com/.well-known/mta-sts.txt' });
    assert.deepEqual([ids(off), off[0]!.status], [['skipped'], 'skipped']);
    const rpt = judgeTlsRpt({ ...t, receiving: false }, { name: '_smtp._tls.example.com', type: 'TXT', ok: true, records: [] });
    assert.deepEqual([ids(rpt), rpt[0]!.status], [['skipped'], 'skipped']);
  });
  test('email/mta-sts: mode none is a warning (the policy is switched off)', () => {
    const r = judgeMtaSts(t, { domain: 'example.com', txt: ['v=STSv1; id=1'], policyUrl: 'https://mta-sts.example.com/.well-known/mta-sts.txt', policyStatus: 200, policy: { mode: 'none', mx: [] } });
    assert.deepEqual([ids(r), r[0]!.status, r[0]!.severity], [['mode-none'], 'warn', 'low']);
  });
});

describe('email/spf: the ptr mechanism', () => {
  test('warn ptr (RFC 7208 §5.5: SHOULD NOT be used) next to an otherwise sound record', () => {
    const r = judgeSpf(t, spf({ records: ['v=spf1 ptr -all'], ptr: true }));
    assert.deepEqual(ids(r), ['ptr']);
    assert.deepEqual([r[0]!.status, r[0]!.severity], ['warn', 'low']);
  });
});
