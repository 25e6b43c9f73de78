/**
 * The value-generator machinery every fresh-repository corpus shares (bench/secrets/fresh<N>/gen.ts): deterministic
 * byte streams, alphabets, checksums (CRC32 base62, Bech32), key builders (Ed25519/OpenSSH, P-256, RSA derived from
 * a stream), JWTs, password habits and the placeholder resolver. Each corpus keeps only its own data: its seed, its
 * word lists and its table of generators (bench/secrets/fresh<N>/gen.ts).
 *
 * It was first written for the first corpus and copied, unchanged, into each later one; it lives once here so the
 * corpora cannot drift apart by accident. Changing anything here changes every generated repository: the fresh
 * benches' commit ids (`node dist/bench/secrets/fresh<N>.js --build-only --keep`) must stay identical.
 */
import { createHash, createHmac, createPrivateKey, createPublicKey } from 'node:crypto';

export const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const ALPHA = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const UPPERNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
export const LOWERNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
export const HEX = '0123456789abcdef';
export const DIGITS = '0123456789';
export const B64URL = ALNUM + '-_';
export const BCRYPT = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
// Django's get_random_secret_key() alphabet
export const DJANGO = 'abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)';
// WordPress salt generator alphabet without quote and backslash (the values sit in single-quoted PHP strings)
export const WPSALT = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*()-_[]{}<>~+=,.;:/?|';

/** A deterministic byte stream for one (kind, name). */
export class Stream {
  private buf = Buffer.alloc(0);
  private counter = 0;
  constructor(private readonly seed: string) {}
  bytes(n: number): Buffer {
    while (this.buf.length < n) {
      this.buf = Buffer.concat([this.buf, createHash('sha256').update(`${this.seed}|${this.counter++}`).digest()]);
    }
    const out = this.buf.subarray(0, n);
    this.buf = this.buf.subarray(n);
    return Buffer.from(out);
  }
  pick(alphabet: string, n: number): string {
    let s = '';
    for (const b of this.bytes(n)) s += alphabet[b % alphabet.length];
    return s;
  }
  int(max: number): number {
    return this.bytes(4).readUInt32BE(0) % max;
  }
}

export const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(s: string): number {
  let c = 0xffffffff;
  for (const b of Buffer.from(s, 'utf8')) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function base62(n: number, width: number): string {
  let s = '';
  while (n > 0) {
    s = B62[n % 62] + s;
    n = Math.floor(n / 62);
  }
  return s.padStart(width, '0');
}

/** GitHub / npm token: prefix + 30 base62 + base62(CRC32(the 30)) padded to 6. */
export function checksummed(prefix: string, st: Stream): string {
  const body = st.pick(B62, 30);
  return `${prefix}${body}${base62(crc32(body), 6)}`;
}

export const b64url = (b: Buffer | string) => Buffer.from(b).toString('base64url');

export function sshString(b: Buffer | string): Buffer {
  const data = Buffer.from(b);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  return Buffer.concat([len, data]);
}

export function wrap(b64: string, width: number): string {
  return b64.match(new RegExp(`.{1,${width}}`, 'g'))!.join('\n');
}

/** An Ed25519 key pair from a 32-byte seed (PKCS#8 prefix + seed is a complete private key). */
export function ed25519(seed: Buffer): { priv: ReturnType<typeof createPrivateKey>; pub: Buffer } {
  const der = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]);
  const priv = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  const jwk = createPublicKey(priv).export({ format: 'jwk' });
  return { priv, pub: Buffer.from(jwk.x!, 'base64url') };
}

/** OpenSSH private key file (openssh-key-v1, unencrypted), the format ssh-keygen writes by default. */
export function opensshEd25519(st: Stream, comment: string): string {
  const seed = st.bytes(32);
  const { pub } = ed25519(seed);
  const pubBlob = Buffer.concat([sshString('ssh-ed25519'), sshString(pub)]);
  const check = st.bytes(4);
  let priv = Buffer.concat([check, check, sshString('ssh-ed25519'), sshString(pub), sshString(Buffer.concat([seed, pub])), sshString(comment)]);
  const pad: number[] = [];
  for (let i = 1; (priv.length + pad.length) % 8 !== 0; i++) pad.push(i);
  priv = Buffer.concat([priv, Buffer.from(pad)]);
  const one = Buffer.alloc(4);
  one.writeUInt32BE(1);
  const blob = Buffer.concat([Buffer.from('openssh-key-v1\0', 'latin1'), sshString('none'), sshString('none'), sshString(''), one, sshString(pubBlob), sshString(priv)]);
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${wrap(blob.toString('base64'), 70)}\n-----END OPENSSH PRIVATE KEY-----`;
}

export function sshEd25519Public(st: Stream): string {
  const { pub } = ed25519(st.bytes(32));
  return `ssh-ed25519 ${Buffer.concat([sshString('ssh-ed25519'), sshString(pub)]).toString('base64')}`;
}

/** A P-256 key in SEC1 form ("BEGIN EC PRIVATE KEY"), as `openssl ecparam -genkey` writes it. */
export function ecKey(st: Stream): ReturnType<typeof createPrivateKey> {
  const d = st.bytes(32);
  d[0] = d[0]! & 0x7f; // stays below the group order
  const der = Buffer.concat([Buffer.from('30310201010420', 'hex'), d, Buffer.from('a00a06082a8648ce3d030107', 'hex')]);
  // a round trip through JWK (which carries x and y) so the exported key includes its public point, as openssl's does
  const jwk = createPrivateKey({ key: der, format: 'der', type: 'sec1' }).export({ format: 'jwk' });
  return createPrivateKey({ key: jwk, format: 'jwk' });
}

// Miller-Rabin with fixed bases: enough for generated candidates (a false "prime" would only give an invalid key,
// which openssl's `rsa -check` in the bench's review would have shown).
export function modPow(b: bigint, e: bigint, m: bigint): bigint {
  let r = 1n;
  b %= m;
  while (e > 0n) {
    if (e & 1n) r = (r * b) % m;
    b = (b * b) % m;
    e >>= 1n;
  }
  return r;
}
export const SMALL_PRIMES = [3n, 5n, 7n, 11n, 13n, 17n, 19n, 23n, 29n, 31n, 37n, 41n, 43n, 47n, 53n, 59n, 61n, 67n, 71n, 73n, 79n, 83n, 89n, 97n];
export function probablePrime(n: bigint): boolean {
  for (const p of SMALL_PRIMES) if (n % p === 0n) return n === p;
  let d = n - 1n;
  let s = 0;
  while ((d & 1n) === 0n) (d >>= 1n, s++);
  for (const a of [2n, 3n, 5n, 7n, 11n, 13n, 17n, 19n, 23n, 29n, 31n, 37n]) {
    let x = modPow(a, d, n);
    if (x === 1n || x === n - 1n) continue;
    let composite = true;
    for (let i = 1; i < s; i++) {
      x = (x * x) % n;
      if (x === n - 1n) {
        composite = false;
        break;
      }
    }
    if (composite) return false;
  }
  return true;
}
export const big = (b: Buffer) => BigInt(`0x${b.toString('hex')}`);
export function primeFrom(st: Stream, bits: number, e: bigint): bigint {
  for (;;) {
    const b = st.bytes(bits / 8);
    b[0] = b[0]! | 0xc0; // top two bits set: p·q has exactly 2·bits bits
    b[b.length - 1] = b[b.length - 1]! | 1;
    const p = big(b);
    if ((p - 1n) % e !== 0n && probablePrime(p)) return p;
  }
}
export function modInv(a: bigint, m: bigint): bigint {
  let [r0, r1, t0, t1] = [m, a % m, 0n, 1n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [t0, t1] = [t1, t0 - q * t1];
  }
  return ((t0 % m) + m) % m;
}
export const b64u = (n: bigint) => {
  let h = n.toString(16);
  if (h.length % 2) h = `0${h}`;
  return Buffer.from(h, 'hex').toString('base64url');
};
/** A 2048-bit RSA key derived from the stream (Node cannot seed its own generator), e = 65537. */
export function rsaKey(st: Stream): ReturnType<typeof createPrivateKey> {
  const e = 65537n;
  const p = primeFrom(st, 1024, e);
  let q = primeFrom(st, 1024, e);
  while (q === p) q = primeFrom(st, 1024, e);
  const n = p * q;
  const d = modInv(e, (p - 1n) * (q - 1n));
  const jwk = { kty: 'RSA', n: b64u(n), e: b64u(e), d: b64u(d), p: b64u(p), q: b64u(q), dp: b64u(d % (p - 1n)), dq: b64u(d % (q - 1n)), qi: b64u(modInv(q, p)) };
  return createPrivateKey({ key: jwk, format: 'jwk' });
}

export function jwtHS256(payload: object, secret: string): string {
  const head = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const body = b64url(JSON.stringify(payload));
  const sig = createHmac('sha256', secret).update(`${head}.${body}`).digest('base64url');
  return `${head}.${body}.${sig}`;
}

export const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);

/** A password a person chose: two words, digits and a symbol, in one of a few habits. */
export function humanPassword(st: Stream, words: readonly string[]): string {
  const w1 = words[st.int(words.length)]!;
  const w2 = words[st.int(words.length)]!;
  const d = String(10 + st.int(9990));
  const sym = '!*-_.'[st.int(5)]!;
  switch (st.int(4)) {
    case 0: return `${cap(w1)}${sym}${w2}${d}`;
    case 1: return `${cap(w1)}${cap(w2)}${d}${sym}`;
    case 2: return `${w1}${sym}${cap(w2)}${sym}${d}`;
    default: return `${d}${cap(w1)}${sym}${w2}`;
  }
}

/** A password-manager password: 20 characters, letters, digits and a few URL- and shell-safe symbols. */
export function randomPassword(st: Stream, symbols: string): string {
  let s = st.pick(ALNUM, 18);
  const at = 3 + st.int(12);
  s = s.slice(0, at) + symbols[st.int(symbols.length)] + s.slice(at) + st.pick(DIGITS, 1);
  return s;
}

export const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
export function bech32Polymod(values: number[]): number {
  const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= G[i]!;
  }
  return chk >>> 0;
}
/** age's X25519 identity file line: Bech32 (BIP 173, constant 1) of 32 bytes with HRP "age-secret-key-", upper-cased. */
export function ageSecretKey(key: Buffer): string {
  return bech32('age-secret-key-', key).toUpperCase();
}
export function bech32(hrp: string, key: Buffer): string {
  const data: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const b of key) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      data.push((acc >>> bits) & 31);
    }
  }
  if (bits > 0) data.push((acc << (5 - bits)) & 31);
  const expand = [...[...hrp].map((c) => c.charCodeAt(0) >> 5), 0, ...[...hrp].map((c) => c.charCodeAt(0) & 31)];
  const mod = bech32Polymod([...expand, ...data, 0, 0, 0, 0, 0, 0]) ^ 1;
  const check = [0, 1, 2, 3, 4, 5].map((i) => (mod >>> (5 * (5 - i))) & 31);
  return `${hrp}1${[...data, ...check].map((d) => BECH32[d]).join('')}`;
}

/** A weak password a person chose: a name or word, maybe capitalised, a year or a short number, maybe a symbol. */
export function weakPassword(st: Stream, bases: readonly string[]): string {
  const w = bases[st.int(bases.length)]!;
  const year = String(1985 + st.int(40));
  switch (st.int(4)) {
    case 0: return `${cap(w)}${year}!`;
    case 1: return `${w}${year.slice(2)}`;
    case 2: return `${cap(w)}@${10 + st.int(90)}`;
    default: return `${w}${cap(bases[st.int(bases.length)]!)}${1 + st.int(9)}`;
  }
}

/** A memorable passphrase: three or four words and a number, joined as a password manager's "memorable" mode does. */
export function memorable(st: Stream, words: readonly string[]): string {
  const k = 3 + st.int(2);
  const parts: string[] = [];
  for (let i = 0; i < k; i++) parts.push(words[st.int(words.length)]!);
  parts.splice(st.int(k + 1), 0, String(st.int(100)));
  return parts.join(['-', '.', '_'][st.int(3)]!);
}

/** A Supabase-style user access token (HS256, role authenticated, far expiry) for `email`. */
export function jwtUser(st: Stream, email: string): string {
  const h = st.pick(HEX, 32);
  const sub = `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
  return jwtHS256({ aud: 'authenticated', exp: 2051222400, sub, email, role: 'authenticated', session_id: st.pick(HEX, 32) }, st.pick(ALNUM, 40));
}

/** An ASCII-armoured PGP message (random ciphertext): encrypted data, not a credential. */
export function pgpMessage(st: Stream): string {
  return `-----BEGIN PGP MESSAGE-----\n\n${wrap(Buffer.concat([Buffer.from([0x84, 0x5e, 0x03]), st.bytes(330)]).toString('base64'), 64)}\n=${st.bytes(3).toString('base64')}\n-----END PGP MESSAGE-----`;
}

/** The start of a real PNG (signature, IHDR for a 16×16 RGBA image) and compressed-looking bytes, as data URIs hold. */
export function pngBase64(st: Stream, n: number): string {
  const ihdr = Buffer.from('0000000d49484452000000100000001008060000001ff3ff61', 'hex');
  return Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), ihdr, Buffer.from('00000100494441547801', 'hex'), st.bytes(n)]).toString('base64');
}

/**
 * A corpus's own words. A corpus builds on the one before by calling its generators with these, so the inherited
 * password generators draw from the new corpus's words, not the old one's.
 */
export interface CorpusWords {
  /** human and memorable passwords are made of these */
  words: readonly string[];
  /** weak passwords start with one of these (from the third corpus on) */
  weakBases: readonly string[];
  /** the e-mail in Supabase-style user access tokens (from the third corpus on) */
  userEmail: string;
}

export type Gen = (arg: string, st: Stream, name: string, value: (spec: string) => string) => string;

export const n = (arg: string) => {
  const v = Number(arg);
  if (!Number.isInteger(v) || v <= 0) throw new Error(`generator length '${arg}' is not a positive integer`);
  return v;
};

/** Values by placeholder, stable for one run: each drawn from a stream named by the seed, the spec and its name. */
export class SeededValues {
  private cache = new Map<string, string>();

  constructor(
    private readonly seed: string,
    private readonly corpus: string,
    private readonly gens: Record<string, Gen>,
  ) {}

  /** `spec` is `kind`, `kind:arg`, optionally followed by `#name`. */
  value(spec: string): string {
    const hit = this.cache.get(spec);
    if (hit !== undefined) return hit;
    const hash = spec.lastIndexOf('#');
    const head = hash >= 0 ? spec.slice(0, hash) : spec;
    const name = hash >= 0 ? spec.slice(hash + 1) : '';
    const colon = head.indexOf(':');
    const kind = colon >= 0 ? head.slice(0, colon) : head;
    const arg = colon >= 0 ? head.slice(colon + 1) : '';
    const gen = this.gens[kind];
    if (!gen) throw new Error(`${this.corpus} corpus: unknown generator '${kind}' in «${spec}»`);
    const v = gen(arg, new Stream(`${this.seed}|${head}|${name}`), name, (s) => this.value(s));
    this.cache.set(spec, v);
    return v;
  }
}
