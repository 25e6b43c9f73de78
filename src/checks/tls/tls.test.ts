import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ReportInput } from '../../core/check.js';
import type { CertInfo, TlsHandshake, TlsLegacyResult } from '../../probes/tls.js';
import type { EdgeTarget } from '../edge/evidence.js';
import expiryCheck, { judgeExpiry as judgeExpiryRaw } from './expiry.js';
import hostnameCheck, { judgeHostname as judgeHostnameRaw } from './hostname.js';
import { X509Certificate } from 'node:crypto';
import forge from 'node-forge';
import type { SentChain } from '../../probes/tls.js';
import chainCheck, { judgeChain as judgeChainRaw, judgeSentChain as judgeSentChainRaw } from './chain.js';
import keySizeCheck, { judgeKeySize as judgeKeySizeRaw } from './key-size.js';
import legacyProtocolsCheck, { judgeLegacy as judgeLegacyRaw } from './legacy-protocols.js';
import weakCiphersCheck, { judgeWeakCiphers as judgeWeakCiphersRaw } from './weak-ciphers.js';
import { judged } from '../../../test/judged.js';

// each judge's reports go through makeFinding as run() passes them to ctx.report (validated and counted; test/judged.ts)
const judgeExpiry = judged(expiryCheck, judgeExpiryRaw);
const judgeHostname = judged(hostnameCheck, judgeHostnameRaw);
const judgeChain = judged(chainCheck, judgeChainRaw);
const judgeSentChain = judged(chainCheck, judgeSentChainRaw);
const judgeKeySize = judged(keySizeCheck, judgeKeySizeRaw);
const judgeLegacy = judged(legacyProtocolsCheck, judgeLegacyRaw);
const judgeWeakCiphers = judged(weakCiphersCheck, judgeWeakCiphersRaw);

// Test tables for the TLS judges over one handshake's facts.

const t: EdgeTarget = {
  input: 'www.example.com', host: 'www.example.com', url: 'https://www.example.com/', scheme: 'https', tlsPort: 443, isLocal: false, plainLocal: false, apex: 'example.com',
  allHosts: ['www.example.com'], privatePaths: [], corsOrigin: 'https://evil.launchready.invalid', tls: { warnDays: 21, failDays: 7, legacy: true },
};

function cert(over: Partial<CertInfo> = {}): CertInfo {
  const to = new Date(Date.now() + 60 * 86_400_000);
  return { subject: 'www.example.com', issuer: 'R3', san: ['www.example.com'], validFrom: new Date(Date.now() - 86_400_000).toISOString(), validTo: to.toISOString(), daysLeft: 60, keyType: 'RSA', bits: 2048, selfSigned: false, fingerprint256: 'AA', serialNumber: '01', ...over };
}

function hs(over: Partial<TlsHandshake> = {}, leaf: Partial<CertInfo> = {}): TlsHandshake {
  return { host: t.host, port: 443, connectedTo: 'x:443', ok: true, protocol: 'TLSv1.3', cipher: 'TLS_AES_128_GCM_SHA256', authorized: true, chain: [cert(leaf), cert({ subject: 'R3', issuer: 'ISRG Root X1' })], ...over };
}

const ids = (r: ReportInput[]) => r.map((x) => x.messageId).sort();
const legacy = (over: Partial<TlsLegacyResult> = {}): TlsLegacyResult => ({ host: t.host, port: 443, protocols: { TLSv1: false, 'TLSv1.1': false }, weakCiphers: [], untested: ['RC4'], ...over });

describe('tls/expiry', () => {
  test('pass', () => assert.deepEqual(ids(judgeExpiry(t, hs())), ['ok']));
  test('warn under 21 days, fail under 7, expired', () => {
    assert.deepEqual(ids(judgeExpiry(t, hs({}, { daysLeft: 15 }))), ['expiring']);
    assert.deepEqual(ids(judgeExpiry(t, hs({}, { daysLeft: 3 }))), ['expires-soon']);
    const r = judgeExpiry(t, hs({}, { daysLeft: -2 }));
    assert.deepEqual(ids(r), ['expired']);
    assert.equal(r[0]!.severity, 'critical');
  });
  test('warn (low): valid for more than 398 days; 90-day and 397-day certificates pass', () => {
    const span = (days: number) => ({ validFrom: new Date(Date.now() - 30 * 86_400_000).toISOString(), validTo: new Date(Date.now() + (days - 30) * 86_400_000).toISOString(), daysLeft: days - 30 });
    const r = judgeExpiry(t, hs({}, span(825)));
    assert.deepEqual(ids(r), ['ok', 'too-long']);
    assert.equal(r.find((x) => x.messageId === 'too-long')!.severity, 'low');
    assert.equal(r.find((x) => x.messageId === 'too-long')!.data!.lifetime, 825);
    assert.deepEqual(ids(judgeExpiry(t, hs({}, span(90)))), ['ok']);
    assert.deepEqual(ids(judgeExpiry(t, hs({}, span(397)))), ['ok']);
    // issued before the 398-day rule (2020-09-01): not judged
    assert.deepEqual(ids(judgeExpiry(t, hs({}, { validFrom: '2020-01-01T00:00:00.000Z', validTo: new Date(Date.now() + 60 * 86_400_000).toISOString() }))), ['ok']);
  });
  test('handshake failure is status error; plain-local is skipped', () => {
    assert.equal(judgeExpiry(t, { ...hs(), ok: false, error: 'ECONNREFUSED', chain: [] })[0]!.status, 'error');
    assert.equal(judgeExpiry({ ...t, plainLocal: true }, hs())[0]!.status, 'skipped');
  });
});

describe('tls/hostname', () => {
  test('pass', () => assert.deepEqual(ids(judgeHostname(t, hs())), ['ok']));
  test('fail', () => assert.deepEqual(ids(judgeHostname(t, hs({ hostnameError: "Host: www.example.com. is not in the cert's altnames" }))), ['mismatch']));
});

describe('tls/chain', () => {
  test('pass (expiry and name problems belong to their own checks)', () => {
    assert.deepEqual(ids(judgeChain(t, hs())), ['ok']);
    assert.deepEqual(ids(judgeChain(t, hs({ authorized: false, authorizationError: 'CERT_HAS_EXPIRED' }))), ['ok']);
  });
  test('fail: self-signed, incomplete, other', () => {
    assert.deepEqual(ids(judgeChain(t, hs({ authorized: false, authorizationError: 'DEPTH_ZERO_SELF_SIGNED_CERT' }))), ['self-signed']);
    assert.deepEqual(ids(judgeChain(t, hs({ authorized: false, authorizationError: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' }))), ['incomplete']);
    assert.deepEqual(ids(judgeChain(t, hs({ authorized: false, authorizationError: 'CERT_REVOKED' }))), ['untrusted']);
  });
});

describe('tls/chain: the chain as sent (order, extras)', async () => {
  // real certificates (checkIssued and signatures are verified): root → intermediate → leaf, made with node-forge
  const make = (cn: string, issuer?: { cert: forge.pki.Certificate; key: forge.pki.rsa.PrivateKey }, ca = true) => {
    const keys = forge.pki.rsa.generateKeyPair({ bits: 1024, e: 0x10001 }); // small: speed only, never judged here
    const cert = forge.pki.createCertificate();
    cert.publicKey = keys.publicKey;
    cert.serialNumber = '0' + Math.floor(Math.random() * 1e9).toString(16);
    cert.validity.notBefore = new Date(Date.now() - 86_400_000);
    cert.validity.notAfter = new Date(Date.now() + 90 * 86_400_000);
    cert.setSubject([{ name: 'commonName', value: cn }]);
    cert.setIssuer(issuer ? issuer.cert.subject.attributes : [{ name: 'commonName', value: cn }]);
    cert.setExtensions([{ name: 'basicConstraints', cA: ca }, { name: 'keyUsage', keyCertSign: ca, digitalSignature: true }]);
    cert.sign(issuer ? issuer.key : keys.privateKey, forge.md.sha256.create());
    return { cert, key: keys.privateKey, pem: forge.pki.certificateToPem(cert) };
  };
  const root = make('Root X');
  const inter = make('Issuing CA 1', root);
  const leaf = make('www.example.com', inter, false);
  const other = make('Unrelated CA');
  const sent = (...pems: string[]): SentChain => ({
    ok: true,
    certs: pems.map((pem) => {
      const x = new X509Certificate(pem);
      return { subject: x.subject, issuer: x.issuer, fingerprint256: x.fingerprint256, selfSigned: x.checkIssued(x), pem };
    }),
  });
  test('pass: leaf, intermediate (and root); nothing to judge for a lone leaf, a failed read or plain-local', () => {
    assert.deepEqual(ids(judgeSentChain(t, sent(leaf.pem, inter.pem))), []);
    assert.deepEqual(ids(judgeSentChain(t, sent(leaf.pem, inter.pem, root.pem))), []);
    assert.deepEqual(ids(judgeSentChain(t, sent(leaf.pem))), []);
    assert.deepEqual(ids(judgeSentChain(t, { ok: false, certs: [], error: 'alert 70' })), []);
    assert.deepEqual(ids(judgeSentChain({ ...t, plainLocal: true }, sent(leaf.pem, other.pem, inter.pem))), []);
  });
  test('warn (low): an unrelated certificate sent along; the path sent in the wrong order', () => {
    const extra = judgeSentChain(t, sent(leaf.pem, other.pem, inter.pem));
    assert.deepEqual(ids(extra), ['extra-cert']);
    assert.deepEqual([extra[0]!.status, extra[0]!.severity, extra[0]!.data!.count], ['warn', 'low', 1]);
    const order = judgeSentChain(t, sent(leaf.pem, root.pem, inter.pem));
    assert.deepEqual(ids(order), ['misordered']);
    assert.equal(order[0]!.data!.order, '0 → 2 → 1');
  });
});

describe('tls/key-size', () => {
  test('pass: RSA 2048, EC 256', () => {
    assert.deepEqual(ids(judgeKeySize(t, hs())), ['ok']);
    assert.deepEqual(ids(judgeKeySize(t, hs({}, { keyType: 'EC', bits: 256 }))), ['ok']);
  });
  test('fail: RSA 1024', () => assert.deepEqual(ids(judgeKeySize(t, hs({}, { bits: 1024 }))), ['weak']));
});

describe('tls/legacy-protocols', () => {
  test('pass', () => assert.deepEqual(ids(judgeLegacy(t, hs(), legacy())), ['ok']));
  test('fail', () => assert.deepEqual(ids(judgeLegacy(t, hs(), legacy({ protocols: { TLSv1: true, 'TLSv1.1': false } }))), ['legacy']));
  test('a server that only speaks TLS 1.0', () => {
    const failed: TlsHandshake = { host: t.host, port: 443, connectedTo: 'x:443', ok: false, error: 'unsupported protocol', chain: [] };
    assert.deepEqual(ids(judgeLegacy(t, failed, legacy({ protocols: { TLSv1: true, 'TLSv1.1': false } }))), ['legacy', 'modern-refused']);
  });
  test('untested when OpenSSL cannot offer them', () => assert.deepEqual(ids(judgeLegacy(t, hs(), legacy({ protocols: {}, untested: ['TLSv1', 'TLSv1.1'] }))), ['ok', 'untested']));
});

describe('tls/weak-ciphers', () => {
  test('pass', () => assert.deepEqual(ids(judgeWeakCiphers(t, hs(), legacy())), ['ok']));
  test('fail: broken suites; warn: static RSA', () => {
    assert.deepEqual(ids(judgeWeakCiphers(t, hs(), legacy({ weakCiphers: ['3DES', 'static-RSA'] }))), ['broken', 'no-forward-secrecy']);
  });
});

// Cases added for message ids no test produced (issue 20, measured by test/exercise.verify.ts).
describe('tls/legacy-protocols: no handshake at all', () => {
  test('error handshake-failed when neither a modern nor an old protocol answers (not a pass)', () => {
    const failed: TlsHandshake = { host: t.host, port: 443, connectedTo: 'x:443', ok: false, error: 'ECONNRESET', chain: [] };
    const r = judgeLegacy(t, failed, legacy());
    assert.deepEqual([ids(r), r[0]!.status, r[0]!.data?.reason], [['handshake-failed'], 'error', 'ECONNRESET']);
  });
});
