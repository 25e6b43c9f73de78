/**
 * Value generators for the eighteenth fresh-repository bench (bench/secrets/fresh18.ts, "Coldchain Sense").
 *
 * The machinery (deterministic streams, key builders, password habits) is bench/secrets/fresh-gen.ts, reached through
 * the sixth bench's generators (bench/secrets/fresh6/gen.ts) as the seventh does; the seed is "fresh18-v1". The
 * additions are what an IoT start-up's firmware and fleet back end hold: LoRaWAN keys and EUIs, The Things Network
 * v3 API keys, AWS IoT device keys (PKCS#1 RSA, as the console hands them out), an ECDSA P-256 OTA signing key and an
 * RSA secure-boot key, ESP32 flash-encryption keys, InfluxDB tokens, balena API keys, Grafana service-account tokens,
 * Twilio and SendGrid keys, and the decoys such a repository is full of (MAC addresses, firmware digests, X.509
 * certificate bodies, Firebase web API keys, Mapbox public tokens). Written from the published formats as we know
 * them, without reading launchready's rules.
 *
 * Every credential in the generated repository is made here at run time, never written as a literal in this source
 * tree.
 */
import { createPublicKey } from 'node:crypto';
import { ALNUM, BASE32, B64URL, checksummed, DIGITS, ecKey, HEX, humanPassword, LOWERNUM, memorable, randomPassword, rsaKey, SeededValues, UPPERNUM, weakPassword, wrap, type Gen } from '../fresh-gen.js';
import { generators } from '../fresh6/gen.js';

const WORDS = ['reefer', 'glacier', 'pallet', 'tundra', 'frost', 'harbor', 'cobalt', 'lantern', 'pepper', 'walnut', 'kestrel', 'meadow', 'orbit', 'quartz', 'saffron', 'timber'];
const WEAK = ['coldchain', 'frosty', 'lukas', 'sensor', 'reefer', 'esp32', 'hamburg', 'penguin'];

const HEXU = HEX.toUpperCase();
const uuid = (h: string) => `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;

const ADDITIONS: Record<string, Gen> = {
  human: (_a, st) => humanPassword(st, WORDS),
  weak: (_a, st) => weakPassword(st, WEAK),
  mem: (_a, st) => memorable(st, WORDS),
  rand: (a, st) => randomPassword(st, a || '!-_.'),
  // LoRaWAN 1.0.x: AppKey / NwkSKey / AppSKey are AES-128 keys (32 hex), EUIs are 64-bit identifiers (16 hex)
  aes128: (_a, st) => st.pick(HEXU, 32),
  aes128_c: (_a, st) => [...st.bytes(16)].map((b) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`).join(', '),
  eui: (a, st) => `${a || '70B3D57ED0'}${st.pick(HEXU, 16 - (a || '70B3D57ED0').length)}`,
  eui_c: (_a, st) => ['0x70', '0xB3', '0xD5', '0x7E', '0xD0', ...[...st.bytes(3)].map((b) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`)].join(', '),
  // STM32WL LoRaWAN middleware (se-identity.h) writes keys as bare comma-separated hex bytes
  aes128_st: (_a, st) => [...st.bytes(16)].map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(','),
  // LMIC wants EUIs least-significant byte first
  eui_lsb: (_a, st) => [...[...st.bytes(3)].map((b) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`), '0xD0', '0x7E', '0xD5', '0xB3', '0x70'].join(', '),
  devaddr: (_a, st) => `26${st.pick(HEXU, 6)}`,
  // The Things Stack v3 API key: NNSXS.<39 base32 key id>.<52 base32 secret>
  ttn: (_a, st) => `NNSXS.${st.pick(BASE32, 39)}.${st.pick(BASE32, 52)}`,
  aws_akid: (_a, st) => `AKIA${st.pick('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
  aws_secret: (_a, st) => st.pick(ALNUM + '/+', 40),
  aws_iot_ep: (_a, st) => `${st.pick(LOWERNUM, 14)}-ats.iot.eu-central-1.amazonaws.com`,
  rsa_pem: (_a, st) => (rsaKey(st).export({ type: 'pkcs1', format: 'pem' }) as string).trim(),
  ec_pem: (_a, st) => (ecKey(st).export({ type: 'sec1', format: 'pem' }) as string).trim(),
  // the public half of ec_pem#<name> (PEM public key: fine to ship in firmware)
  ec_pub: (a, _st, _n, value) => (createPublicKey(value(`ec_pem#${a}`)).export({ type: 'spki', format: 'pem' }) as string).trim(),
  // an X.509 certificate body (random DER-looking bytes): a public certificate
  cert: (_a, st) => `-----BEGIN CERTIFICATE-----\n${wrap(Buffer.concat([Buffer.from('308203', 'hex'), st.bytes(2), Buffer.from('308202', 'hex'), st.bytes(700)]).toString('base64'), 64)}\n-----END CERTIFICATE-----`,
  influx: (_a, st) => `${st.bytes(64).toString('base64url')}==`,
  balena: (_a, st) => st.pick(ALNUM, 32),
  glsa: (_a, st) => `glsa_${st.pick(ALNUM, 32)}_${st.pick(HEX, 8)}`,
  twilio_sid: (_a, st) => `AC${st.pick(HEX, 32)}`,
  twilio_tok: (_a, st) => st.pick(HEX, 32),
  sendgrid: (_a, st) => `SG.${st.pick(B64URL, 22)}.${st.pick(B64URL, 43)}`,
  ghp: (_a, st) => checksummed('ghp_', st),
  pio: (_a, st) => st.pick(ALNUM, 40),
  slack: (_a, st) => `https://hooks.slack.com/services/T${st.pick(UPPERNUM, 8)}/B${st.pick(UPPERNUM, 10)}/${st.pick(ALNUM, 24)}`,
  firebase: (_a, st) => `AIza${st.pick(B64URL, 35)}`,
  mapbox_pub: (_a, st) => `pk.${Buffer.from(JSON.stringify({ u: 'coldchainsense', a: `cl${st.pick(LOWERNUM, 23)}` })).toString('base64url')}.${st.pick(B64URL, 22)}`,
  sentry_dsn: (_a, st) => `https://${st.pick(HEX, 32)}@o${st.pick(DIGITS, 6)}.ingest.de.sentry.io/${st.pick(DIGITS, 7)}`,
  mac: (_a, st) => ['24', '6F', '28', ...[...st.bytes(3)].map((b) => b.toString(16).toUpperCase().padStart(2, '0'))].join(':'),
  sha256: (_a, st) => st.pick(HEX, 64),
  sha1: (_a, st) => st.pick(HEX, 40),
  uuid: (_a, st) => uuid(st.pick(HEX, 32)),
  hex: (a, st) => st.pick(HEX, Number(a)),
  num: (a, st) => `${1 + st.int(9)}${st.pick(DIGITS, Number(a) - 1)}`,
  b64: (a, st) => st.bytes(Number(a)).toString('base64'),
  bcrypt: (_a, st) => `$2b$08$${st.pick('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53)}`,
  // mosquitto_passwd (2.x) line body: $7$<iterations>$<b64 salt>$<b64 hash>
  mosq_hash: (_a, st) => `$7$101$${st.bytes(12).toString('base64')}$${st.bytes(64).toString('base64')}`,
  vault: (_a, st) => `$ANSIBLE_VAULT;1.1;AES256\n${wrap(st.pick(HEX, 560), 80)}`,
  // Node-RED flows_cred.json: {"$": "<32 hex iv><base64 ciphertext>"}
  nodered_enc: (_a, st) => `${st.pick(HEX, 32)}${st.bytes(180).toString('base64')}`,
  expo: (_a, st) => st.pick(B64URL, 40),
};

/** The eighteenth corpus's values (seed fresh18-v1): the sixth's generators plus its own. */
export class Values extends SeededValues {
  constructor() {
    super('fresh18-v1', 'fresh18', { ...generators('fresh18-v1'), ...ADDITIONS });
  }
}
