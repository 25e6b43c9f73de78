import type { ReportInput } from '../../core/check.js';
import type { TlsHandshake } from '../../probes/tls.js';
import { skippedPlainLocal, type EdgeTarget } from '../edge/evidence.js';

export const SKIPPED_MESSAGE = '{{host}}: not checked ({{reason}}).';

/** Shared preamble of the TLS checks: plain-local targets skip; failed handshakes are `error`, never pass. */
export function preamble(t: EdgeTarget, hs: TlsHandshake | undefined): ReportInput[] | undefined {
  if (t.plainLocal) return [skippedPlainLocal(t, 'TLS')];
  if (!hs) return undefined;
  if (!hs.ok || !hs.chain.length) {
    return [{ messageId: 'handshake-failed', status: 'error', data: { host: t.host, port: t.tlsPort, reason: hs.error ?? 'no certificate' }, location: { host: t.host, url: `https://${t.host}:${t.tlsPort}/` } }];
  }
  return undefined;
}

export function tlsLoc(t: EdgeTarget): { host: string; url: string } {
  return { host: t.host, url: t.tlsPort === 443 ? `https://${t.host}/` : `https://${t.host}:${t.tlsPort}/` };
}

export const HANDSHAKE_FAILED = 'TLS handshake with {{host}}:{{port}} failed: {{reason}}.';
