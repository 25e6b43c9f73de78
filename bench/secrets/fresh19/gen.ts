/**
 * Value generators for the nineteenth fresh-repository bench (bench/secrets/fresh19.ts).
 *
 * The machinery (deterministic streams, key builders, password habits) is bench/secrets/fresh-gen.ts, reached through
 * the sixth bench's exports like the seventh corpus does; the seed is "fresh19-v1". The additions are what a
 * 15-year-old wholesale order-management product carries: PayPal Classic API signatures, Authorize.Net API login ids
 * and transaction keys, reCAPTCHA v2 key pairs (site key public, secret key not), Mailchimp API keys with their data
 * centre suffix, UPS access license numbers, FedEx web-service keys, MD5 password hashes of an old user table, and
 * the length fields of a Subversion auth-cache file. They are written from the providers' published formats as we
 * know them, without reading launchready's rules.
 *
 * Every credential in the generated repository is made here at run time, never written as a literal in this
 * source tree.
 */
import { createHash, createPublicKey } from 'node:crypto';
import { ALNUM, HEX, SeededValues, UPPERNUM, generators, type Gen } from '../fresh6/gen.js';
import { B64URL, DIGITS, humanPassword, n, opensshEd25519, pngBase64, randomPassword, rsaKey, sshEd25519Public, sshString, weakPassword } from '../fresh-gen.js';

/** an SSH mpint: big-endian, a leading zero byte when the top bit is set */
const mpint = (b64u: string) => {
  const b = Buffer.from(b64u, 'base64url');
  return sshString(b[0]! & 0x80 ? Buffer.concat([Buffer.alloc(1), b]) : b);
};

// what wholesalers' office staff and a long-serving admin type when asked for a password
const WORDS = ['lager', 'palette', 'spedition', 'kontor', 'hafen', 'rechnung', 'kiste', 'anker', 'falke', 'birke', 'kompass', 'wagen', 'tresen', 'mühle'];
const WEAK = ['ordertrail', 'grosshandel', 'lager', 'sommer', 'klaus', 'werder', 'schalke', 'bayern', 'passwort', 'hamburg', 'admin'];

const ADDITIONS: Record<string, Gen> = {
  hpw: (_a, st) => humanPassword(st, WORDS).replaceAll('ü', 'ue'),
  weak: (_a, st) => weakPassword(st, WEAK),
  rpw: (_a, st) => randomPassword(st, '#%+-_'),
  hexs: (a, st) => st.pick(HEX, n(a)),
  alnum: (a, st) => st.pick(ALNUM, n(a)),
  upnum: (a, st) => st.pick(UPPERNUM, n(a)),
  digits: (a, st) => st.pick(DIGITS, n(a)),
  uphex: (a, st) => st.pick('0123456789ABCDEF', n(a)),
  // PayPal Classic (NVP/SOAP) API signature: 56 characters, starts with "A", letters, digits, '-' and '.'
  paypal_sig: (_a, st) => `A${st.pick(ALNUM, 27)}-${st.pick(ALNUM + '.', 27)}`,
  // PayPal Classic API password: 16 upper-case alphanumerics
  paypal_pw: (_a, st) => st.pick(UPPERNUM, 16),
  // Authorize.Net: API login id 8–12 alphanumerics, transaction key 16 alphanumerics
  anet_login: (_a, st) => st.pick(ALNUM, 10),
  anet_key: (_a, st) => st.pick(ALNUM, 16),
  // reCAPTCHA v2 keys: 40 characters starting "6L"; site key public, secret key private
  recaptcha: (_a, st) => `6L${st.pick(B64URL, 6)}AAAAA${st.pick(B64URL, 27)}`,
  // Mailchimp API key: 32 hex + "-us" + data centre number
  mailchimp: (_a, st) => `${st.pick(HEX, 32)}-us${2 + st.int(19)}`,
  // UPS access license number: 16 upper-case hex (older accounts); FedEx web-services key 16 alnum, password 25 alnum
  ups_lic: (_a, st) => st.pick('0123456789ABCDEF', 16),
  fedex_key: (_a, st) => st.pick(ALNUM, 16),
  fedex_pw: (_a, st) => st.pick(ALNUM, 25),
  // MD5 of a password, as the 2009 user table stored them (a hash, not a credential itself)
  md5: (_a, st) => createHash('md5').update(st.bytes(12)).digest('hex'),
  sha1: (_a, st) => createHash('sha1').update(st.bytes(12)).digest('hex'),
  uuid: (_a, st) => {
    const h = st.pick(HEX, 32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
  },
  // the "V <length>" line of an svn.simple auth-cache entry: len:<kind>#<name> is the length of «<kind>#<name>»
  len: (a, _st, name, value) => String(Buffer.byteLength(value(`${a}#${name}`), 'utf8')),
  rsa_pem: (_a, st) => rsaKey(st).export({ type: 'pkcs1', format: 'pem' }).toString().trimEnd(),
  // the OpenSSH public line of «rsa_pem#<name>» (rsa_pub:<comment>#<name>), as ssh-keygen -y prints it
  rsa_pub: (a, _st, name, value) => {
    const jwk = createPublicKey(value(`rsa_pem#${name}`)).export({ format: 'jwk' });
    return `ssh-rsa ${Buffer.concat([sshString('ssh-rsa'), mpint(jwk.e!), mpint(jwk.n!)]).toString('base64')} ${a}`;
  },
  openssh: (a, st) => opensshEd25519(st, a || 'ordertrail@ftp'),
  ssh_pub: (a, st) => (a === '-' ? sshEd25519Public(st) : `${sshEd25519Public(st)} ${a || 'ordertrail@backup'}`),
  b64: (a, st) => st.bytes(n(a)).toString('base64'),
  png: (a, st) => pngBase64(st, n(a)),
  sri: (_a, st) => `sha384-${st.bytes(48).toString('base64')}`,
};

/** The nineteenth corpus's values (seed fresh19-v1): the sixth's generators plus its own. */
export class Values extends SeededValues {
  constructor() {
    super('fresh19-v1', 'fresh19', { ...generators('fresh19-v1'), ...ADDITIONS });
  }
}
