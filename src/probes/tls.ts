import { randomBytes, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { connect as netConnect, isIP } from 'node:net';
import tls, { type ConnectionOptions, type DetailedPeerCertificate, type TLSSocket } from 'node:tls';
import type { RequestBudget } from '../core/budget.js';
import { applyConnectTo, resolverLookup, type Allowlist, type ConnectToRule } from './net.js';
import { InputError, TargetRefusedError } from '../core/errors.js';
import { WEAK_CIPHER_PROBES } from '../core/tls-ciphers.js';

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

/** The certificates exactly as the server sent them (order and extras included), from a TLS 1.2 handshake. */
export interface SentChain {
  ok: boolean;
  /** leaf first, in the order sent */
  certs: { subject: string; issuer: string; fingerprint256: string; selfSigned: boolean; pem: string }[];
  error?: string;
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

/** CA bundle = Node's roots + NODE_EXTRA_CA_CERTS + extra (only built when extra CAs are given). */
export function caBundle(extra: string[] | undefined, env: Record<string, string | undefined> = process.env, field = 'edge.ca'): string[] | undefined {
  if (!extra || extra.length === 0) return undefined;
  const out = [...tls.rootCertificates];
  const envFile = env.NODE_EXTRA_CA_CERTS;
  if (envFile) {
    try {
      out.push(readFileSync(envFile, 'utf8'));
      // eslint-disable-next-line launchready/no-swallowed-error -- node itself warns about an unreadable NODE_EXTRA_CA_CERTS at start-up; the default CAs still apply
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
  /**
   * The Certificate message as sent, order and all. node:tls rebuilds the chain it returns (issuer by issuer, extras
   * dropped), so this reads the TLS 1.2 handshake itself, where the Certificate message is still in clear (RFC 5246
   * §7.4.2: each certificate must certify the one before it). A TLS 1.3-only server yields an error (not judged).
   */
  async sentChain(host: string, port = 443, checkId = 'tls'): Promise<SentChain> {
    const t = this.target(host, port, checkId);
    const hello = clientHello12(isIP(host) ? undefined : host);
    const timeoutMs = Math.min(this.opts.timeoutMs ?? 5000, 5000);
    return new Promise<SentChain>((resolve) => {
      let buf = Buffer.alloc(0);
      let hs = Buffer.alloc(0);
      let done = false;
      const finish = (r: SentChain) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        socket.destroy();
        resolve(r);
      };
      const socket = netConnect({ host: t.host, port: t.port, ...(this.lookup && !isIP(t.host) ? { lookup: this.lookup as never } : {}) }, () => socket.write(hello));
      const timer = setTimeout(() => finish({ ok: false, certs: [], error: 'timed out' }), timeoutMs);
      socket.on('error', (e) => finish({ ok: false, certs: [], error: e.message }));
      socket.on('close', () => finish({ ok: false, certs: [], error: 'connection closed before the Certificate message' }));
      socket.on('data', (d: Buffer) => {
        buf = Buffer.concat([buf, d]);
        // TLS records: type(1) version(2) length(2)
        while (buf.length >= 5) {
          const len = buf.readUInt16BE(3);
          if (buf.length < 5 + len) break;
          const type = buf[0];
          const body = buf.subarray(5, 5 + len);
          buf = buf.subarray(5 + len);
          if (type === 21) return finish({ ok: false, certs: [], error: `alert ${body[1] ?? '?'} (no TLS 1.2 with this client hello)` });
          if (type !== 22) return finish({ ok: false, certs: [], error: `unexpected record type ${type}` });
          hs = Buffer.concat([hs, body]);
          // handshake messages: type(1) length(3)
          while (hs.length >= 4) {
            const mlen = hs.readUIntBE(1, 3);
            if (hs.length < 4 + mlen) break;
            const mtype = hs[0];
            const msg = hs.subarray(4, 4 + mlen);
            hs = hs.subarray(4 + mlen);
            if (mtype !== 11) continue;
            try {
              const certs: SentChain['certs'] = [];
              let off = 3;
              const total = 3 + msg.readUIntBE(0, 3);
              while (off + 3 <= total) {
                const clen = msg.readUIntBE(off, 3);
                const x = new X509Certificate(msg.subarray(off + 3, off + 3 + clen));
                off += 3 + clen;
                certs.push({ subject: x.subject.replace(/\n/g, ', '), issuer: x.issuer.replace(/\n/g, ', '), fingerprint256: x.fingerprint256, selfSigned: x.checkIssued(x), pem: x.toString() });
              }
              return finish({ ok: true, certs });
            } catch (e) {
              return finish({ ok: false, certs: [], error: `unreadable Certificate message: ${(e as Error).message}` });
            }
          }
        }
      });
    });
  }

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

/** A TLS 1.2 ClientHello with SNI and the usual ECDHE/RSA suites, curves and signature algorithms (RFC 5246, 8422). */
function clientHello12(servername: string | undefined): Buffer {
  const u16 = (n: number) => Buffer.from([n >> 8, n & 255]);
  const ext = (type: number, data: Buffer) => Buffer.concat([u16(type), u16(data.length), data]);
  const suites = [0xc02b, 0xc02f, 0xc02c, 0xc030, 0xcca9, 0xcca8, 0xc009, 0xc013, 0xc00a, 0xc014, 0x009c, 0x009d, 0x002f, 0x0035];
  const suiteBuf = Buffer.concat(suites.map(u16));
  const exts: Buffer[] = [];
  if (servername) {
    const name = Buffer.from(servername, 'ascii');
    const entry = Buffer.concat([Buffer.from([0]), u16(name.length), name]);
    exts.push(ext(0x0000, Buffer.concat([u16(entry.length), entry])));
  }
  const groups = Buffer.concat([0x001d, 0x0017, 0x0018].map(u16));
  exts.push(ext(0x000a, Buffer.concat([u16(groups.length), groups])));
  exts.push(ext(0x000b, Buffer.from([1, 0])));
  const sigs = Buffer.concat([0x0403, 0x0503, 0x0603, 0x0804, 0x0805, 0x0806, 0x0401, 0x0501, 0x0601, 0x0201, 0x0203].map(u16));
  exts.push(ext(0x000d, Buffer.concat([u16(sigs.length), sigs])));
  exts.push(ext(0xff01, Buffer.from([0])));
  exts.push(ext(0x0017, Buffer.alloc(0)));
  const extBuf = Buffer.concat(exts);
  const body = Buffer.concat([u16(0x0303), randomBytes(32), Buffer.from([0]), u16(suiteBuf.length), suiteBuf, Buffer.from([1, 0]), u16(extBuf.length), extBuf]);
  const hsMsg = Buffer.concat([Buffer.from([1, body.length >> 16, (body.length >> 8) & 255, body.length & 255]), body]);
  return Buffer.concat([Buffer.from([22, 3, 1]), u16(hsMsg.length), hsMsg]);
}
