import { X509Certificate } from 'node:crypto';
import { defineCheck, type ReportInput } from '../../core/check.js';
import type { SentChain, TlsHandshake } from '../../probes/tls.js';
import { sentChainEvidence, tlsEvidence, type EdgeProbes, type EdgeTarget } from '../edge/evidence.js';
import { HANDSHAKE_FAILED, preamble, SKIPPED_MESSAGE, tlsLoc } from './common.js';

// OpenSSL verify errors that mean "no path to a trusted root" (X509_V_ERR_*), as node reports them.
const SELF_SIGNED = new Set(['DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN']);
const INCOMPLETE = new Set(['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'UNABLE_TO_GET_ISSUER_CERT', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY']);
// time and name problems are judged by tls/expiry and tls/hostname; the chain itself is fine then
const NOT_CHAIN = new Set(['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID', 'ERR_TLS_CERT_ALTNAME_INVALID']);

export function judgeChain(t: EdgeTarget, hs: TlsHandshake): ReportInput[] {
  const pre = preamble(t, hs);
  if (pre) return pre;
  const l = tlsLoc(t);
  const chainText = hs.chain.map((c) => `${c.subject} ← ${c.issuer}`).join('\n');
  const err = hs.authorizationError;
  const data = { host: t.host, error: err ?? '', issuer: hs.chain[0]!.issuer, length: hs.chain.length };
  if (hs.authorized || (err && NOT_CHAIN.has(err))) return [{ messageId: 'ok', status: 'pass', severity: 'info', data, location: l, evidence: chainText }];
  if (err && SELF_SIGNED.has(err)) return [{ messageId: 'self-signed', data, location: l, evidence: chainText }];
  if (err && INCOMPLETE.has(err)) return [{ messageId: 'incomplete', data, location: l, evidence: chainText }];
  return [{ messageId: 'untrusted', data, location: l, evidence: chainText }];
}

/**
 * The certificates as sent (RFC 5246 §7.4.2: the leaf first, then each certificate certifying the one before it; RFC
 * 8446 §4.4.2 tolerates other orders but still calls it a SHOULD). SSL Labs lists "Incorrect order" and "Extra certs"
 * as chain issues: strict clients (older Java, embedded TLS stacks, some mail servers) fail on them, and every
 * client downloads certificates it does not need. Low: browsers cope.
 */
export function judgeSentChain(t: EdgeTarget, sent: SentChain | undefined): ReportInput[] {
  if (t.plainLocal || !sent?.ok || sent.certs.length < 2) return [];
  let certs: X509Certificate[];
  try {
    certs = sent.certs.map((c) => new X509Certificate(c.pem));
  } catch {
    return [];
  }
  // the certification path through the sent certificates, from the leaf
  const path = [0];
  for (let cur = 0; ; ) {
    if (sent.certs[cur]!.selfSigned) break;
    const next = certs.findIndex((c, i) => !path.includes(i) && certs[cur]!.checkIssued(c) && certs[cur]!.verify(c.publicKey));
    if (next < 0) break;
    path.push(next);
    cur = next;
  }
  const l = tlsLoc(t);
  const evidence = sent.certs.map((c, i) => `${i}: ${c.subject} ← ${c.issuer}`).join('\n');
  const out: ReportInput[] = [];
  if (path.some((idx, k) => k > 0 && idx < path[k - 1]!)) {
    out.push({ messageId: 'misordered', status: 'warn', severity: 'low', data: { host: t.host, order: path.join(' → ') }, location: l, evidence });
  }
  const extras = sent.certs.map((c, i) => ({ c, i })).filter(({ i }) => !path.includes(i));
  if (extras.length) {
    out.push({ messageId: 'extra-cert', status: 'warn', severity: 'low', data: { host: t.host, count: extras.length, subjects: extras.map(({ c }) => c.subject).join('; ') }, location: l, evidence });
  }
  return out;
}

export default defineCheck<EdgeTarget, EdgeProbes>({
  id: 'tls/chain',
  title: 'Certificate chain is complete and trusted',
  problem: 'Certificate chain incomplete, misordered or untrusted',
  area: 'tls',
  mode: 'active',
  description: "The server sends its intermediates and the chain ends at a root Node trusts (bundled roots + NODE_EXTRA_CA_CERTS).",
  severity: 'high',
  cwe: 'CWE-295',
  messages: {
    ok: '{{host}}: certificate chain verifies ({{length}} certificates, issuer {{issuer}}).',
    'self-signed': '{{host}}: the certificate is self-signed or chains to an unknown root ({{error}}): browsers and API clients refuse the connection.',
    incomplete: '{{host}}: the chain cannot be verified ({{error}}, issuer {{issuer}}): usually a missing intermediate; some browsers and most API clients (curl, mobile apps, webhooks) fail.',
    untrusted: '{{host}}: the certificate is not trusted ({{error}}).',
    misordered: '{{host}}: the server sends its chain out of order (path {{order}} in sending order): strict TLS clients (older Java, embedded stacks, some mail servers) fail to build it.',
    'extra-cert': '{{host}}: the server sends {{count}} certificate(s) that are not part of its chain ({{subjects}}): strict clients may pick the wrong path, and every handshake carries the extra bytes.',
    'handshake-failed': HANDSHAKE_FAILED,
    skipped: SKIPPED_MESSAGE,
  },
  remediation: 'Serve the full chain (fullchain.pem, not cert.pem) from a public CA. Check with: openssl s_client -connect host:443 -servername host -showcerts.',
  async run(ctx) {
    const hs = await tlsEvidence(ctx);
    for (const r of judgeChain(ctx.target, hs)) ctx.report(r);
    if (hs.ok) for (const r of judgeSentChain(ctx.target, await sentChainEvidence(ctx))) ctx.report(r);
  },
});
