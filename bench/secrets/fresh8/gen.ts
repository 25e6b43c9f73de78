/**
 * Value generators for the eighth fresh-repository bench (bench/secrets/fresh8.ts).
 *
 * The machinery (deterministic streams, checksums, key builders, password habits) and the inherited generators are
 * the sixth bench's (bench/secrets/fresh6/gen.ts), imported like the seventh's: a different seed ("fresh8-v1") and
 * generators for what a German machine-parts manufacturer's Java/Spring shop uses (Microsoft Teams incoming
 * webhooks, WireGuard keys, OpenVPN static keys, Jenkins API tokens, Elasticsearch service tokens, Keycloak realm
 * keys, and the encrypted or hashed forms that are not credentials: jasypt ENC(...), Spring Cloud Config {cipher},
 * Maven's encrypted passwords, Mosquitto and RabbitMQ password hashes, DPAPI SecureStrings, Liquibase checksums),
 * written from the published formats as we know them, without reading launchready's rules.
 *
 * Every credential in the generated repository is made here at run time, never written as a literal in this
 * source tree.
 */
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { ALNUM, HEX, UPPERNUM, generators, SeededValues, Stream, type Gen } from '../fresh6/gen.js';

const SEED = 'fresh8-v1';
const B64URL = ALNUM + '-_';

/** The body of a PEM block on one line (Keycloak stores keys and certificates that way). */
const pemBody = (pem: string) =>
  pem
    .split('\n')
    .filter((l) => !l.startsWith('-----'))
    .join('');

/** A clamped X25519 private key from the stream, as `wg genkey` prints it (base64 of 32 bytes). */
function x25519Priv(st: Stream): Buffer {
  const k = st.bytes(32);
  k[0] = k[0]! & 248;
  k[31] = (k[31]! & 127) | 64;
  return k;
}
function x25519Pub(priv: Buffer): string {
  const der = Buffer.concat([Buffer.from('302e020100300506032b656e04220420', 'hex'), priv]);
  const jwk = createPublicKey(createPrivateKey({ key: der, format: 'der', type: 'pkcs8' })).export({ format: 'jwk' });
  return Buffer.from(jwk.x!, 'base64url').toString('base64');
}

// what people on the shop floor and in the office type when a service account needs a password
const WEAK_DE = ['werkbank', 'drehbank', 'fraese', 'schalke', 'sommer', 'kaffee', 'lager', 'versand', 'plauen', 'hannover', 'zebra', 'etikett'];
const capDe = (w: string) => w[0]!.toUpperCase() + w.slice(1);

/** A weak password: a word, maybe capitalised, a year or short number, maybe a symbol (German habits). */
function weakDe(st: Stream): string {
  const w = WEAK_DE[st.int(WEAK_DE.length)]!;
  const year = String(1985 + st.int(40));
  switch (st.int(4)) {
    case 0: return `${capDe(w)}${year}!`;
    case 1: return `${w}${year.slice(2)}`;
    case 2: return `${capDe(w)}#${10 + st.int(90)}`;
    default: return `${capDe(w)}${capDe(WEAK_DE[st.int(WEAK_DE.length)]!)}${1 + st.int(9)}`;
  }
}

const ADDITIONS: Record<string, Gen> = {
  weak: (_a, st) => weakDe(st),
  // Microsoft Teams incoming webhook (Office 365 connector, tenant-specific host, V2 signature part)
  teams: (_a, st, name, value) =>
    `https://werkbankgmbh.webhook.office.com/webhookb2/${value(`uuid#teams-grp-${name}`)}@${value('uuid#tenant')}/IncomingWebhook/${st.pick(HEX, 32)}/${value(`uuid#teams-user-${name}`)}/V2${st.pick(B64URL, 43)}`,
  // WireGuard: `wg genkey` private key, its public key (`wg pubkey`, same stream), `wg genpsk` preshared key
  wg_priv: (_a, st) => x25519Priv(st).toString('base64'),
  wg_pub: (_a, _st, name) => x25519Pub(x25519Priv(new Stream(`${SEED}|wg_priv|${name}`))),
  // OpenVPN static key (tls-auth / tls-crypt): 2048 bits as 16 lines of 32 hex digits
  ovpn_static: (_a, st) =>
    `-----BEGIN OpenVPN Static key V1-----\n${Array.from({ length: 16 }, () => st.pick(HEX, 32)).join('\n')}\n-----END OpenVPN Static key V1-----`,
  // Jenkins user API token: "11" + 32 hex
  jenkins_token: (_a, st) => `11${st.pick(HEX, 32)}`,
  // Elasticsearch service-account token (elastic/kibana): base64 of 00 01 00 01 + "elastic/kibana/<name>:<secret>"
  es_service_token: (a, st) =>
    Buffer.concat([Buffer.from([0, 1, 0, 1]), Buffer.from(`elastic/kibana/${a || 'kibana-token'}:${st.pick(B64URL, 22)}`)])
      .toString('base64')
      .replace(/=+$/, ''),
  // Keycloak realm keys: RSA private key as one-line base64 PKCS#1 DER, and the realm's public key (SPKI), both of «pem_rsa#name»
  kc_priv: (_a, _st, name, value) => pemBody(value(`pem_rsa#${name}`)),
  kc_pub: (_a, _st, name, value) => (createPublicKey(value(`pem_rsa#${name}`)).export({ format: 'der', type: 'spki' }) as Buffer).toString('base64'),
  kc_cert: (_a, _st, name, value) => pemBody(value(`cert#${name}`)),
  // Keycloak pbkdf2-sha256 credential: hashed value and salt (not a password)
  kc_hash: (_a, st) => st.bytes(64).toString('base64'),
  kc_salt: (_a, st) => st.bytes(16).toString('base64'),
  // jasypt-spring-boot encrypted property: ENC(base64 of salt+iv+ciphertext)
  jasypt: (_a, st) => `ENC(${st.bytes(48).toString('base64')})`,
  // Spring Cloud Config server encrypted value: {cipher} + hex
  cfg_cipher: (_a, st) => `{cipher}${st.pick(HEX, 128)}`,
  // Maven settings-security encrypted password: {base64}
  mvn_enc: (_a, st) => `{${st.bytes(32).toString('base64')}}`,
  // Mosquitto password file entry hash (mosquitto_passwd, PBKDF2-SHA512): $7$101$salt$hash
  mosq_hash: (_a, st) => `$7$101$${st.bytes(12).toString('base64')}$${st.bytes(64).toString('base64')}`,
  // RabbitMQ definitions export password_hash: base64(4-byte salt + SHA-256)
  rabbit_hash: (_a, st) => st.bytes(36).toString('base64'),
  // PowerShell ConvertFrom-SecureString output (DPAPI blob as hex): bound to one Windows user and machine
  dpapi: (_a, st) => `01000000d08c9ddf0115d1118c7a00c04fc297eb01000000${st.pick(HEX, 312)}`,
  // Liquibase changeset checksum
  lb_md5: (_a, st) => `9:${st.pick(HEX, 32)}`,
  // X.509 thumbprint as Windows shows it
  thumb: (_a, st) => st.pick(HEX.toUpperCase(), 40),
  // SAP-style system password (upper case, digits, one symbol, 12 characters)
  sap_pw: (_a, st) => `${st.pick(UPPERNUM, 5)}${'#$!%'[st.int(4)]}${st.pick(ALNUM, 6)}`,
};

/** The eighth corpus's values (seed fresh8-v1): the sixth's generators plus its own. */
export class Values extends SeededValues {
  constructor() {
    super(SEED, 'fresh8', { ...generators(SEED), ...ADDITIONS });
  }
}
