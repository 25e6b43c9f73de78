/**
 * The one certificate-expiry judgement: the audit's `tls/expiry` check and the monitor's `type: tls` monitors
 * both call it on the same facts (the TLS probe's CertInfo), with the same thresholds (`edge.tls.warnDays` /
 * `edge.tls.failDays`), so a certificate the audit calls "expiring" is never "fine" on the dashboard.
 */

export interface ExpiryThresholds {
  /** fewer whole days left than this: warn (renewal should already have happened) */
  warnDays: number;
  /** fewer whole days left than this: fail (visitors get a browser error within days) */
  failDays: number;
}

// ACME clients (certbot, Caddy, cert-manager) renew at 30 days left, as Let's Encrypt recommends: with 21 left a
// renewal has been failing for over a week, which is when someone must look; 7 leaves a week to renew by hand.
export const EXPIRY_THRESHOLDS: Readonly<ExpiryThresholds> = Object.freeze({ warnDays: 21, failDays: 7 });

/** The message ids of tls/expiry that judge validity in time ('too-long' is judged apart). */
export type ExpiryVerdict = 'ok' | 'expiring' | 'expires-soon' | 'expired';

export interface ExpiryJudgement {
  verdict: ExpiryVerdict;
  /** the finding status tls/expiry reports for this verdict */
  status: 'pass' | 'warn' | 'fail';
  daysLeft: number;
}

/**
 * `cert.daysLeft` is whole days from the probe's clock to notAfter (negative when expired); `now` (ms epoch) only
 * decides "not yet valid". A certificate not valid yet is judged like an expired one: browsers refuse both.
 */
export function judgeCertExpiry(cert: { daysLeft: number; validFrom: string }, t: ExpiryThresholds, now: number): ExpiryJudgement {
  const daysLeft = cert.daysLeft;
  if (daysLeft < 0 || Date.parse(cert.validFrom) > now) return { verdict: 'expired', status: 'fail', daysLeft };
  if (daysLeft < t.failDays) return { verdict: 'expires-soon', status: 'fail', daysLeft };
  if (daysLeft < t.warnDays) return { verdict: 'expiring', status: 'warn', daysLeft };
  return { verdict: 'ok', status: 'pass', daysLeft };
}
