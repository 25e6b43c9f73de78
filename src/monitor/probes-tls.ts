import { readFileSync } from 'node:fs';
import { connect, rootCertificates, type PeerCertificate } from 'node:tls';
import { applyConnectTo, resolverLookup, type ConnectToRule } from '../probes/net.js';
import type { ProbeOutcome } from './types.js';

/**
 * Minimal TLS expiry probe (node:tls). src/probes/tls.ts is being written in another issue; this keeps the
 * monitor independent of it: one handshake, Node's trust store (plus NODE_EXTRA_CA_CERTS), days left.
 */
export function probeTls(o: {
  host: string;
  port: number;
  minDaysLeft: number;
  timeoutMs: number;
  connectTo: ConnectToRule[];
  resolver?: string | undefined;
  now: number;
  signal?: AbortSignal;
  /** extra CA file (PEM) trusted besides Node's roots */
  caFile?: string | undefined;
}): Promise<ProbeOutcome> {
  let ca: string[] | undefined;
  if (o.caFile) {
    try {
      // NODE_EXTRA_CA_CERTS is already part of Node's default store; an explicit `ca` replaces it, so add roots back
      const extra = process.env.NODE_EXTRA_CA_CERTS ? [readFileSync(process.env.NODE_EXTRA_CA_CERTS, 'utf8')] : [];
      ca = [...rootCertificates, ...extra, readFileSync(o.caFile, 'utf8')];
    } catch (err) {
      return Promise.resolve({ ok: false, error: `cannot read CA file ${o.caFile}: ${(err as Error).message}` });
    }
  }
  const target = applyConnectTo(o.connectTo, o.host, o.port);
  const started = performance.now();
  return new Promise((resolve) => {
    let done = false;
    const finish = (r: ProbeOutcome): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      sock.destroy();
      resolve(r);
    };
    const sock = connect({
      host: target.host,
      port: target.port,
      servername: /^[0-9.]+$|:/.test(o.host) ? undefined : o.host,
      rejectUnauthorized: false,
      ...(ca ? { ca } : {}),
      ...(o.resolver && !target.rewritten ? { lookup: resolverLookup(o.resolver) as never } : {}),
    });
    const timer = setTimeout(() => finish({ ok: false, error: `TLS handshake timed out after ${o.timeoutMs} ms` }), o.timeoutMs);
    o.signal?.addEventListener('abort', () => finish({ ok: false, error: 'cancelled' }), { once: true });
    sock.once('error', (err: NodeJS.ErrnoException) => finish({ ok: false, error: `${err.code ?? 'error'}: ${err.message}` }));
    sock.once('secureConnect', () => {
      const latencyMs = Math.round(performance.now() - started);
      // getPeerCertificate before any X509 call (environment notes)
      const cert = sock.getPeerCertificate() as PeerCertificate;
      const authorized = sock.authorized;
      const authError = sock.authorizationError ? String(sock.authorizationError) : null;
      if (!cert || !cert.valid_to) return finish({ ok: false, latencyMs, error: 'no certificate presented' });
      const expires = Date.parse(cert.valid_to);
      const daysLeft = Math.floor((expires - o.now) / 86_400_000);
      const detail = { expiresAt: new Date(expires).toISOString(), daysLeft, subject: cert.subject?.CN ?? null, issuer: cert.issuer?.CN ?? null, authorized, authError };
      if (!authorized) return finish({ ok: false, latencyMs, error: `certificate not trusted: ${authError}`, detail });
      if (daysLeft < o.minDaysLeft) return finish({ ok: false, latencyMs, error: `certificate expires in ${daysLeft} days (minimum ${o.minDaysLeft})`, detail });
      finish({ ok: true, latencyMs, detail });
    });
  });
}
