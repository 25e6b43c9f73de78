/**
 * Value generators for the sixteenth fresh-repository bench (bench/secrets/fresh16.ts).
 *
 * The machinery (deterministic streams, checksums, key builders, password habits) and the inherited generators are
 * the sixth bench's (bench/secrets/fresh6/gen.ts), imported, not copied: a different seed ("fresh16-v1") and
 * generators for what an ed-tech start-up's school platform uses (Rails master key and secret_key_base, an LTI 1.3
 * tool key pair whose public half is published as a JWKS, Canvas/Moodle/Blackboard client and deployment ids, Zoom
 * Server-to-Server OAuth apps and webhook secret tokens, Clever and ClassLink OAuth credentials, Mux access tokens,
 * Algolia admin and search-only keys, Intercom mobile SDK keys), written from the providers' published formats as we
 * know them, without reading launchready's rules.
 *
 * Every credential in the generated repository is made here at run time, never written as a literal in this
 * source tree.
 */
import { createPublicKey } from 'node:crypto';
import { ALNUM, HEX, generators, SeededValues, Stream, type Gen } from '../fresh6/gen.js';
import { B64URL, DIGITS, LOWERNUM, rsaKey, type CorpusWords } from '../fresh-gen.js';

const SEED = 'fresh16-v1';

// what a teacher-turned-founder types: school words, pets, teams, a year
const WORDS = [
  'chalk', 'pencil', 'recess', 'algebra', 'beacon', 'compass', 'falcon', 'harbor', 'juniper', 'lantern', 'meadow', 'orchid',
  'pebble', 'quartz', 'raven', 'sparrow', 'tulip', 'violet', 'willow', 'zephyr', 'acorn', 'bramble', 'cedar', 'dahlia',
  'ember', 'fennel', 'garnet', 'hazel', 'indigo', 'jasper', 'kestrel', 'lilac', 'maple', 'nutmeg', 'otter',
];
const WEAK_BASES = ['classnote', 'teacher', 'school', 'maple', 'priya', 'hannah', 'tomas', 'falcons', 'summer', 'welcome', 'pencil', 'biscuit'];
const OWN: CorpusWords = { words: WORDS, weakBases: WEAK_BASES, userEmail: 'ms.rivera@maplegrove.demo.classnote.io' };

/** the LTI tool key pair of one name: the private key for the PEM file, its public half for the JWKS */
const ltiKeys = new Map<string, ReturnType<typeof rsaKey>>();
function ltiKey(name: string): ReturnType<typeof rsaKey> {
  let k = ltiKeys.get(name);
  if (!k) ltiKeys.set(name, (k = rsaKey(new Stream(`${SEED}|lti|${name}`))));
  return k;
}

const uuidOf = (st: Stream) => {
  const h = st.pick(HEX, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[st.int(4)]}${h.slice(17, 20)}-${h.slice(20)}`;
};

const ADDITIONS: Record<string, Gen> = {
  // Rails: config/master.key is 32 hex, secret_key_base 128 hex
  rails_master: (_a, st) => st.pick(HEX, 32),
  skb: (_a, st) => st.pick(HEX, 128),
  // Rails encrypted-credentials file body: base64 ciphertext--iv--tag (encrypted data, not a credential)
  rails_enc: (_a, st) => `${st.bytes(300).toString('base64')}--${st.bytes(12).toString('base64')}--${st.bytes(16).toString('base64')}`,
  // LTI 1.3 tool key: PKCS#8 PEM; its JWK public modulus and a kid (public by design)
  lti_priv: (a) => ltiKey(a).export({ format: 'pem', type: 'pkcs8' }).toString().trimEnd(),
  lti_n: (a) => createPublicKey(ltiKey(a)).export({ format: 'jwk' }).n!,
  lti_pub: (a) => createPublicKey(ltiKey(a)).export({ format: 'pem', type: 'spki' }).toString().trimEnd(),
  kid: (_a, st) => st.pick(B64URL, 43),
  // a P-256 coordinate in a JWK: 32 bytes, base64url
  ec_coord: (_a, st) => st.bytes(32).toString('base64url'),
  // Canvas developer key id (client id: public), deployment id "<n>:<40 hex>"
  canvas_client: (_a, st) => `1000000000${st.pick(DIGITS, 4)}`,
  canvas_deploy: (_a, st) => `${1 + st.int(400)}:${st.pick(HEX, 40)}`,
  moodle_client: (_a, st) => st.pick(ALNUM, 15),
  // Blackboard REST application: key is a UUID, secret 32 alphanumerics
  bb_secret: (_a, st) => st.pick(ALNUM, 32),
  // Zoom Server-to-Server OAuth app: account id 22, client id 22, client secret 32; webhook secret token 22
  zoom_account: (_a, st) => st.pick(B64URL, 22),
  zoom_id: (_a, st) => st.pick(ALNUM, 22),
  zoom_secret: (_a, st) => st.pick(ALNUM, 32),
  zoom_whsec: (_a, st) => st.pick(B64URL, 22),
  // Clever: client id 20 hex (public, in the login URL), client secret 40 hex, district app token 40 hex
  clever_id: (_a, st) => st.pick(HEX, 20),
  clever_secret: (_a, st) => st.pick(HEX, 40),
  clever_token: (_a, st) => st.pick(HEX, 40),
  classlink_id: (_a, st) => `c${st.pick(DIGITS, 13)}`,
  classlink_secret: (_a, st) => st.pick(HEX, 32),
  // Mux access token: id is a UUID, secret ~75 base64 characters
  mux_secret: (_a, st) => st.bytes(56).toString('base64').replace(/=+$/, ''),
  // Algolia: admin and search-only keys are both 32 hex; the search-only one ships to clients
  algolia_key: (_a, st) => st.pick(HEX, 32),
  intercom_ios: (_a, st) => `ios_sdk-${st.pick(HEX, 40)}`,
  intercom_android: (_a, st) => `android_sdk-${st.pick(HEX, 40)}`,
  intercom_app: (_a, st) => st.pick(LOWERNUM, 8),
  // Intercom identity-verification secret: 40 alphanumerics (signs user hashes)
  intercom_hmac: (_a, st) => st.pick(ALNUM, 40),
  uuid4: (_a, st) => uuidOf(st),
  // Twilio messaging service SID (an identifier)
  mg_sid: (_a, st) => `MG${st.pick(HEX, 32)}`,
  // a school's SIS student number and a fake student id of ours
  sis: (_a, st) => `${st.pick('123456789', 1)}${st.pick(DIGITS, 6)}`,
  stu: (_a, st) => `stu_${st.pick(LOWERNUM, 12)}`,
};

/** The sixteenth corpus's values (seed fresh16-v1): the sixth's generators plus its own. */
export class Values extends SeededValues {
  constructor() {
    super(SEED, 'fresh16', { ...generators(SEED, OWN), ...ADDITIONS });
  }
}
