import { defineCheck, type ReportInput } from '../../core/check.js';
import { judgeCertExpiry } from '../../core/cert-expiry.js';
import type { TlsHandshake } from '../../probes/tls.js';
import { tlsEvidence, type EdgeProbes, type EdgeTarget } from '../edge/evidence.js';
import { fixText } from '../edge/providers.js';
import { HANDSHAKE_FAILED, preamble, SKIPPED_MESSAGE, tlsLoc } from './common.js';

/**
 * Warn at 21 days, fail at 7 (config edge.tls; the same judgement and thresholds drive the monitor's tls monitors:
 * src/core/cert-expiry.ts). `now` decides "not yet valid"; days left come from the handshake's clock.
 */
export function judgeExpiry(t: EdgeTarget, hs: TlsHandshake, now = Date.now()): ReportInput[] {
  const pre = preamble(t, hs);
  if (pre) return pre;
  const leaf = hs.chain[0]!;
  const data = { host: t.host, days: leaf.daysLeft, validTo: leaf.validTo.slice(0, 10), subject: leaf.subject };
  const l = tlsLoc(t);
  const evidence = `subject ${leaf.subject}; issuer ${leaf.issuer}; valid ${leaf.validFrom} → ${leaf.validTo}`;
  const j = judgeCertExpiry(leaf, t.tls, now);
  if (j.verdict === 'expired') return [{ messageId: 'expired', severity: 'critical', data, location: l, evidence }];
  const out: ReportInput[] = [];
  if (j.verdict === 'expires-soon') out.push({ messageId: 'expires-soon', severity: 'high', data, location: l, evidence });
  else if (j.verdict === 'expiring') out.push({ messageId: 'expiring', status: 'warn', severity: 'medium', data, location: l, evidence });
  else out.push({ messageId: 'ok', status: 'pass', severity: 'info', data, location: l, evidence });
  const lifetime = lifetimeDays(leaf.validFrom, leaf.validTo);
  if (lifetime > MAX_LIFETIME_DAYS && Date.parse(leaf.validFrom) >= Date.parse(LIFETIME_RULE_FROM)) {
    out.push({ messageId: 'too-long', status: 'warn', severity: 'low', data: { ...data, lifetime }, location: l, evidence });
  }
  return out;
}

// CA/Browser Forum Baseline Requirements §6.3.2 (ballot SC31) and Apple/Chrome/Mozilla root policies: a publicly
// trusted TLS certificate issued on or after 2020-09-01 may be valid for at most 398 days; Safari refuses longer
// ones. testssl.sh flags the same (cert_validityPeriod). Longer lifetimes today mean a private CA or a hand-made
// certificate whose renewal nobody practises; low, because a private CA may choose so.
const MAX_LIFETIME_DAYS = 398;
const LIFETIME_RULE_FROM = '2020-09-01T00:00:00Z';

function lifetimeDays(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

export default defineCheck<EdgeTarget, EdgeProbes>({
  id: 'tls/expiry',
  title: 'Certificate is valid and not close to expiry',
  problem: 'Certificate expired, expiring soon or too long-lived',
  titles: { expired: 'Certificate expired on {{host}}' },
  area: 'tls',
  mode: 'active',
  description: 'The served certificate is valid now and for at least 21 days (warn) / 7 days (fail).',
  severity: 'high',
  cwe: 'CWE-298',
  messages: {
    ok: '{{host}}: certificate valid for {{days}} more days (until {{validTo}}).',
    expiring: '{{host}}: certificate expires in {{days}} days ({{validTo}}); renewal should already have happened — check the renewal job.',
    'expires-soon': '{{host}}: certificate expires in {{days}} days ({{validTo}}): after that every visitor gets a full-page browser error and API clients stop.',
    'too-long': '{{host}}: certificate is valid for {{lifetime}} days (until {{validTo}}): browsers refuse publicly trusted certificates valid over 398 days, and a renewal done every few years is a renewal nobody remembers how to do.',
    expired: '{{host}}: certificate is expired or not yet valid (until {{validTo}}): every visitor gets a full-page security error.',
    'handshake-failed': HANDSHAKE_FAILED,
    skipped: SKIPPED_MESSAGE,
  },
  remediation: fixText({
    generic: 'Renew now and automate renewal (ACME / certbot renew timer) with an alert at 21 days left.',
    Cloudflare: 'Edge certificates renew automatically; an expiring one usually means a custom certificate upload or a blocked DCV (check SSL/TLS → Edge Certificates).',
    Vercel: 'certificates renew automatically once DNS points at Vercel; check the domain shows "Valid Configuration".',
    Netlify: 'Domain management → HTTPS → "Renew certificate"; renewal fails while DNS does not point at Netlify.',
  }),
  async run(ctx) {
    for (const r of judgeExpiry(ctx.target, await tlsEvidence(ctx))) ctx.report(r);
  },
});
