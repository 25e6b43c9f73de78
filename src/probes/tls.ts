import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import tls, { type ConnectionOptions, type DetailedPeerCertificate, type TLSSocket } from 'node:tls';
import type { RequestBudget } from '../core/budget.js';
import { applyConnectTo, resolverLookup, type Allowlist, type ConnectToRule } from './net.js';
import { InputError, TargetRefusedError } from '../core/errors.js';

/**
 * The TLS probe: one handshake per host:port yields every fact the TLS checks judge (chain, protocol, cipher,
 * key size, validity, trust and hostname coverage); separate short handshakes ask whether the server still
 * accepts TLS 1.0 / 1.1 and weak cipher suites. Connections honour the allowlist, --connect-to (connect to
 * H2:P2, SNI and hostname checks use H1) and --resolver. The probe never rejects a certificate itself: an
 * untrusted chain is a fact for a check, not a crash. Trust is Node's (bundled roots + NODE_EXTRA_CA_CERTS)
 * plus any `ca` files given (for in-process test beds: NODE_EXTRA_CA_CERTS is only read at process start).
 */

export interface CertInfo {
  subject: string;
  issuer: string;
  /** the issuer's organisation (O), which names the CA company (CN is often just "R11" or "E6") */
  issuerOrg?: string;
  san: string[];
  validFrom: string;
  validTo: string;
  /** whole days from `now` to validTo (negative when expired) */
  daysLeft: number;
  keyType: 'RSA' | 'EC' | 'other';
  bits: number;
  curve?: string;
  selfSigned: boolean;
  fingerprint256: string;
  serialNumber: string;
}

export interface TlsHandshake {
  host: string;
  port: number;
  /** where the connection really went (after --connect-to / --resolver) */
  connectedTo: string;
  ok: boolean;
  error?: string;
  errorCode?: string;
  protocol?: string;
  cipher?: string;
  authorized?: boolean;
  authorizationError?: string;
  /** set when the certificate does not cover the host (tls.checkServerIdentity) */
  hostnameError?: string;
  /** leaf first */
  chain: CertInfo[];
  ms?: number;
}

export interface TlsLegacyResult {
  host: string;
  port: number;
  /** protocol → accepted (true), refused (false); absent when this OpenSSL cannot offer it */
  protocols: Record<string, boolean>;
  /** weak suites the server agreed to */
  weakCiphers: string[];
  /** suites this client could not even offer (OpenSSL build), so they were not tested */
  untested: string[];
}

export interface TlsProbeOptions {
  allow: Allowlist;
  connectTo?: ConnectToRule[];
  resolver?: string;
  budget?: RequestBudget;
  timeoutMs?: number;
  /** extra trusted CA certificates (PEM text or file paths) on top of Node's roots and NODE_EXTRA_CA_CERTS */
  ca?: string[];
  now?: () => Date;
}

/**
 * Weak suites asked for one at a time (OpenSSL names). 3DES (SWEET32), RC4 (RFC 7465), NULL/EXPORT/anonymous
 * are broken; static-RSA key exchange (kRSA) has no forward secrecy (RFC 9325 §4.1 "SHOULD NOT").
 */
export const WEAK_CIPHER_PROBES: { name: string; spec: string; grade: 'broken' | 'no-forward-secrecy' }[] = [
  { name: '3DES', spec: '3DES', grade: 'broken' },
  { name: 'RC4', spec: 'RC4', grade: 'broken' },
  { name: 'NULL', spec: 'eNULL', grade: 'broken' },
  { name: 'EXPORT', spec: 'EXP', grade: 'broken' },
  { name: 'anonymous', spec: 'aNULL', grade: 'broken' },
  { name: 'static-RSA', spec: 'kRSA', grade: 'no-forward-secrecy' },
];

/** CA bundle = Node's roots + NODE_EXTRA_CA_CERTS + extra (only built when extra CAs are given). */
export function caBundle(extra: string[] | undefined, env: Record<string, string | undefined> = process.env, field = 'edge.ca'): string[] | undefined {
  if (!extra || extra.length === 0) return undefined;
  const out = [...tls.rootCertificates];
  const envFile = env.NODE_EXTRA_CA_CERTS;
  if (envFile) {
    try {
      out.push(readFileSync(envFile, 'utf8'));
    } catch {
      /* node itself warns about an unreadable NODE_EXTRA_CA_CERTS */
    }
  }
  for (const c of extra) {
    if (c.includes('-----BEGIN')) {
      out.push(c);
      continue;
    }
    try {
      out.push(readFileSync(c, 'utf8'));
    } catch (err) {
      throw new InputError(`${field}: cannot read the CA file ${c} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, { cause: err });
    }
  }
  return out;
}

function cn(o: Record<string, string | string[]> | undefined): string {
  if (!o) return '';
  const v = o.CN ?? o.O ?? '';
  return Array.isArray(v) ? v.join(', ') : v;
}

export function certInfo(c: DetailedPeerCertificate, now: Date): CertInfo {
  const san = (c.subjectaltname ?? '')
    .split(/,\s*/)
    .filter((s) => s.startsWith('DNS:') || s.startsWith('IP Address:'))
    .map((s) => s.replace(/^DNS:|^IP Address:/, ''));
  const validTo = new Date(c.valid_to);
  const info: CertInfo = {
    subject: cn(c.subject as never),
    issuer: cn(c.issuer as never),
    san,
    validFrom: new Date(c.valid_from).toISOString(),
    validTo: validTo.toISOString(),
    daysLeft: Math.floor((validTo.getTime() - now.getTime()) / 86_400_000),
    keyType: c.modulus ? 'RSA' : (c as { asn1Curve?: string }).asn1Curve || (c as { nistCurve?: string }).nistCurve ? 'EC' : 'other',
    bits: c.bits ?? 0,
    selfSigned: c.issuerCertificate === c || JSON.stringify(c.subject) === JSON.stringify(c.issuer),
    fingerprint256: c.fingerprint256,
    serialNumber: c.serialNumber,
  };
  const curve = (c as { nistCurve?: string; asn1Curve?: string }).nistCurve ?? (c as { asn1Curve?: string }).asn1Curve;
  if (curve) info.curve = curve;
  const org = (c.issuer as unknown as Record<string, string | string[]> | undefined)?.O;
  if (org) info.issuerOrg = Array.isArray(org) ? org.join(', ') : org;
  return info;
}

export class TlsProbe {
  private readonly ca: string[] | undefined;
  private readonly lookup;
  /** one SecureContext per option set: building one parses every root CA (~tens of ms), so never per connection */
  private readonly contexts = new Map<string, tls.SecureContext | null>();

  constructor(private readonly opts: TlsProbeOptions) {
    this.ca = caBundle(opts.ca);
    this.lookup = opts.resolver ? resolverLookup(opts.resolver) : undefined;
  }

  private target(host: string, port: number, checkId: string): { host: string; port: number; servername?: string } {
    if (!this.opts.allow.has(host)) {
      throw new TargetRefusedError(`${host}:${port}`, `host ${host} is not named in the config or on the command line`);
    }
    this.opts.budget?.take(checkId);
    const t = applyConnectTo(this.opts.connectTo ?? [], host, port);
    return { host: t.host, port: t.port, ...(isIP(host) ? {} : { servername: host }) };
  }

  /** The context for these protocol/cipher options, or null when this OpenSSL cannot offer them. */
  context(extra: Pick<ConnectionOptions, 'minVersion' | 'maxVersion' | 'ciphers'> = {}): tls.SecureContext | null {
    const key = JSON.stringify(extra);
    if (!this.contexts.has(key)) {
      try {
        // only the full handshake verifies the chain; protocol/cipher probes skip the CA bundle (cheaper context)
        const verify = !extra.minVersion && !extra.maxVersion && !extra.ciphers;
        this.contexts.set(key, tls.createSecureContext({ ...(this.ca && verify ? { ca: this.ca } : {}), ...extra }));
      } catch {
        this.contexts.set(key, null);
      }
    }
    return this.contexts.get(key)!;
  }

  private connect(host: string, port: number, extra: Pick<ConnectionOptions, 'minVersion' | 'maxVersion' | 'ciphers'>, checkId: string): Promise<{ socket: TLSSocket; ms: number; connectedTo: string }> {
    const secureContext = this.context(extra);
    if (!secureContext) return Promise.reject(new Error(`this OpenSSL cannot offer ${JSON.stringify(extra)}`));
    const t = this.target(host, port, checkId);
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const socket = tls.connect({
        host: t.host,
        port: t.port,
        ...(t.servername ? { servername: t.servername } : {}),
        rejectUnauthorized: false,
        secureContext,
        ...(extra.minVersion ? { minVersion: extra.minVersion } : {}),
        ...(extra.maxVersion ? { maxVersion: extra.maxVersion } : {}),
        ...(this.lookup && !isIP(t.host) ? { lookup: this.lookup as never } : {}),
      });
      const timer = setTimeout(() => {
        socket.destroy();
        reject(Object.assign(new Error(`TLS handshake with ${host}:${port} timed out`), { code: 'ETIMEDOUT' }));
      }, this.opts.timeoutMs ?? 5000);
      socket.once('secureConnect', () => {
        clearTimeout(timer);
        resolve({ socket, ms: performance.now() - started, connectedTo: `${t.host}:${t.port}` });
      });
      socket.once('error', (err) => {
        clearTimeout(timer);
        socket.destroy();
        reject(err);
      });
    });
  }

  /** One full handshake: every certificate and session fact. Never throws for TLS problems. */
  async handshake(host: string, port = 443, checkId = 'tls'): Promise<TlsHandshake> {
    const now = (this.opts.now ?? (() => new Date()))();
    const connectedTo = (() => {
      const t = applyConnectTo(this.opts.connectTo ?? [], host, port);
      return `${t.host}:${t.port}`;
    })();
    try {
      const { socket, ms } = await this.connect(host, port, {}, checkId);
      try {
        // getPeerCertificate(true) FIRST: calling the X509 variant before it makes it return {} (environment notes).
        const peer = socket.getPeerCertificate(true);
        const chain: CertInfo[] = [];
        const seen = new Set<string>();
        let c: DetailedPeerCertificate | undefined = peer && Object.keys(peer).length ? peer : undefined;
        while (c && !seen.has(c.fingerprint256)) {
          seen.add(c.fingerprint256);
          chain.push(certInfo(c, now));
          c = c.issuerCertificate && c.issuerCertificate !== c ? c.issuerCertificate : undefined;
        }
        const out: TlsHandshake = {
          host,
          port,
          connectedTo,
          ok: true,
          protocol: socket.getProtocol() ?? '',
          cipher: socket.getCipher()?.standardName ?? socket.getCipher()?.name ?? '',
          authorized: socket.authorized,
          chain,
          ms: Math.round(ms * 10) / 10,
        };
        if (socket.authorizationError) out.authorizationError = String((socket.authorizationError as unknown as { code?: string }).code ?? socket.authorizationError);
        if (peer && Object.keys(peer).length && !isIP(host)) {
          const e = tls.checkServerIdentity(host, peer);
          if (e) out.hostnameError = e.message;
        }
        return out;
      } finally {
        socket.destroy();
      }
    } catch (err) {
      if (err instanceof TargetRefusedError) throw err;
      const e = err as { code?: string; message?: string };
      return { host, port, connectedTo, ok: false, error: e.message ?? String(err), ...(e.code ? { errorCode: e.code } : {}), chain: [] };
    }
  }

  /** Does the server still accept TLS 1.0 / 1.1 (RFC 8996 deprecates both) and weak suites? */
  async legacy(host: string, port = 443, checkId = 'tls'): Promise<TlsLegacyResult> {
    const out: TlsLegacyResult = { host, port, protocols: {}, weakCiphers: [], untested: [] };
    const attempt = async (o: Pick<ConnectionOptions, 'minVersion' | 'maxVersion' | 'ciphers'>): Promise<boolean | undefined> => {
      // The client side must allow these too: SECLEVEL=0 is what OpenSSL 3 needs to even offer them.
      if (!this.context(o)) return undefined;
      try {
        const { socket } = await this.connect(host, port, o, checkId);
        socket.destroy();
        return true;
      } catch (err) {
        if (err instanceof TargetRefusedError) throw err;
        return false;
      }
    };
    const tasks: Promise<void>[] = [];
    for (const v of ['TLSv1', 'TLSv1.1'] as const) {
      tasks.push(
        attempt({ minVersion: v, maxVersion: v, ciphers: 'DEFAULT@SECLEVEL=0' }).then((r) => {
          if (r === undefined) out.untested.push(v);
          else out.protocols[v] = r;
        }),
      );
    }
    for (const w of WEAK_CIPHER_PROBES) {
      tasks.push(
        attempt({ maxVersion: 'TLSv1.2', ciphers: `${w.spec}:@SECLEVEL=0` }).then((r) => {
          if (r === undefined) out.untested.push(w.name);
          else if (r) out.weakCiphers.push(w.name);
        }),
      );
    }
    await Promise.all(tasks);
    out.weakCiphers.sort();
    out.untested.sort();
    return out;
  }
}
