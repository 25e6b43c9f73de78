import { defineCheck, type ReportInput } from '../../core/check.js';
import type { TlsHandshake } from '../../probes/tls.js';
import { tlsEvidence, type EdgeProbes, type EdgeTarget } from '../edge/evidence.js';
import { HANDSHAKE_FAILED, preamble, SKIPPED_MESSAGE, tlsLoc } from './common.js';

export function judgeHostname(t: EdgeTarget, hs: TlsHandshake): ReportInput[] {
  const pre = preamble(t, hs);
  if (pre) return pre;
  const leaf = hs.chain[0]!;
  const data = { host: t.host, names: leaf.san.join(', ') || leaf.subject };
  if (t.isLocal) return [{ messageId: 'skipped', status: 'skipped', severity: 'info', data: { host: t.host, reason: 'an IP address has no hostname to match' }, location: tlsLoc(t) }];
  if (hs.hostnameError) return [{ messageId: 'mismatch', data, location: tlsLoc(t), evidence: hs.hostnameError }];
  return [{ messageId: 'ok', status: 'pass', severity: 'info', data, location: tlsLoc(t) }];
}

export default defineCheck<EdgeTarget, EdgeProbes>({
  id: 'tls/hostname',
  title: 'Certificate covers the host name',
  problem: 'Certificate does not cover the host name',
  area: 'tls',
  mode: 'active',
  description: 'The certificate served for the host (with SNI) names it in subjectAltName.',
  severity: 'high',
  cwe: 'CWE-297',
  messages: {
    ok: '{{host}} is covered by the certificate ({{names}}).',
    mismatch: '{{host}} is not covered by the certificate it serves (names: {{names}}): visitors get a full-page "not private" error.',
    'handshake-failed': HANDSHAKE_FAILED,
    skipped: SKIPPED_MESSAGE,
  },
  remediation: 'Issue a certificate that lists every host (apex, www, app, api, admin) in subjectAltName, or a wildcard for *.domain plus the apex, and serve it for each SNI name.',
  async run(ctx) {
    for (const r of judgeHostname(ctx.target, await tlsEvidence(ctx))) ctx.report(r);
  },
});
