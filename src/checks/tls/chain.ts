import { defineCheck, type ReportInput } from '../../core/check.js';
import type { TlsHandshake } from '../../probes/tls.js';
import { tlsEvidence, type EdgeProbes, type EdgeTarget } from '../edge/evidence.js';
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

export default defineCheck<EdgeTarget, EdgeProbes>({
  id: 'tls/chain',
  title: 'Certificate chain is complete and trusted',
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
    'handshake-failed': HANDSHAKE_FAILED,
    skipped: SKIPPED_MESSAGE,
  },
  remediation: 'Serve the full chain (fullchain.pem, not cert.pem) from a public CA. Check with: openssl s_client -connect host:443 -servername host -showcerts.',
  async run(ctx) {
    for (const r of judgeChain(ctx.target, await tlsEvidence(ctx))) ctx.report(r);
  },
});
