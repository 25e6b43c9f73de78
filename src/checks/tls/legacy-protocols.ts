import { defineCheck, type ReportInput } from '../../core/check.js';
import type { TlsHandshake, TlsLegacyResult } from '../../probes/tls.js';
import { tlsEvidence, tlsLegacyEvidence, type EdgeProbes, type EdgeTarget } from '../edge/evidence.js';
import { fixText } from '../edge/providers.js';
import { HANDSHAKE_FAILED, preamble, SKIPPED_MESSAGE, tlsLoc } from './common.js';

/** RFC 8996: TLS 1.0 and 1.1 are deprecated; PCI DSS forbids them since 2018. */
export function judgeLegacy(t: EdgeTarget, hs: TlsHandshake, legacy: TlsLegacyResult | undefined): ReportInput[] {
  const l = tlsLoc(t);
  const old = legacy ? Object.entries(legacy.protocols).filter(([, ok]) => ok).map(([p]) => p) : [];
  if (!t.plainLocal && !hs.ok && old.length) {
    // the modern handshake failed but an old protocol works: a server stuck on TLS 1.0/1.1
    return [
      { messageId: 'legacy', data: { host: t.host, protocols: old.join(', ') }, location: l },
      { messageId: 'modern-refused', severity: 'high', data: { host: t.host, reason: hs.error ?? '' }, location: l },
    ];
  }
  const pre = preamble(t, hs);
  if (pre) return pre;
  if (!legacy) return [{ messageId: 'skipped', status: 'skipped', severity: 'info', data: { host: t.host, reason: 'edge.tls.legacy is off' }, location: l }];
  const accepted = Object.entries(legacy.protocols).filter(([, ok]) => ok).map(([p]) => p);
  const out: ReportInput[] = [];
  if (accepted.length) out.push({ messageId: 'legacy', data: { host: t.host, protocols: accepted.join(', ') }, location: l });
  if (legacy.untested.some((u) => u.startsWith('TLS'))) out.push({ messageId: 'untested', status: 'skipped', severity: 'info', data: { host: t.host, protocols: legacy.untested.filter((u) => u.startsWith('TLS')).join(', ') }, location: l });
  if (!accepted.length) out.push({ messageId: 'ok', status: 'pass', severity: 'info', data: { host: t.host, protocol: hs.protocol ?? '' }, location: l });
  return out;
}

export default defineCheck<EdgeTarget, EdgeProbes>({
  id: 'tls/legacy-protocols',
  title: 'TLS 1.0 / 1.1 refused',
  problem: 'Legacy TLS 1.0 / 1.1 accepted (or modern TLS unavailable)',
  titles: { legacy: 'Legacy {{protocols}} accepted on {{host}}' },
  area: 'tls',
  mode: 'active',
  description: 'The server refuses TLS 1.0 and TLS 1.1 handshakes (RFC 8996).',
  severity: 'medium',
  cwe: 'CWE-327',
  messages: {
    ok: '{{host}} refuses TLS 1.0/1.1 (negotiated {{protocol}}).',
    legacy: '{{host}} still accepts {{protocols}} (deprecated by RFC 8996, forbidden by PCI DSS): fails compliance scans that payment providers and enterprise customers run.',
    'modern-refused': '{{host}} completes no TLS 1.2/1.3 handshake ({{reason}}) but does speak TLS 1.0/1.1: current browsers refuse to connect at all.',
    untested: '{{host}}: {{protocols}} could not be tested (this machine\'s OpenSSL cannot offer them).',
    'handshake-failed': HANDSHAKE_FAILED,
    skipped: SKIPPED_MESSAGE,
  },
  remediation: fixText({
    generic: 'Set the minimum protocol to TLS 1.2 (nginx: ssl_protocols TLSv1.2 TLSv1.3; Node: minVersion "TLSv1.2").',
    Cloudflare: 'SSL/TLS → Edge Certificates → Minimum TLS Version: TLS 1.2.',
    CloudFront: 'Security policy TLSv1.2_2021 on the distribution.',
  }),
  async run(ctx) {
    const hs = await tlsEvidence(ctx);
    // probed even when the modern handshake failed: a TLS 1.0-only server fails that one
    const legacy = ctx.target.tls.legacy && !ctx.target.plainLocal && (hs.ok || /handshake|protocol|version|cipher|alert|SSL/i.test(hs.error ?? '')) ? await tlsLegacyEvidence(ctx) : undefined;
    for (const r of judgeLegacy(ctx.target, hs, legacy)) ctx.report(r);
  },
});
