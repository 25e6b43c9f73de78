/**
 * Value generators for the fresh23 bench (bench/secrets/fresh23.ts): "Belegwerk", a German SaaS for accounting
 * offices. Seed "fresh23-v1". Formats written from the providers' published shapes as we know them (Postmark server
 * tokens are UUIDs, Paddle Billing API keys pdl_live_apikey_…, age X25519 identities in Bech32, Hetzner Cloud tokens
 * 64 alphanumerics, S3-compatible key pairs 20/40), without reading launchready's rules. Every credential is made
 * here at run time, never written as a literal in this source tree.
 */
import { ALNUM, HEX, UPPERNUM, SeededValues, type Gen } from '../fresh6/gen.js';
import { humanPassword, memorable, opensshEd25519, weakPassword, n } from '../fresh-gen.js';

const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const ULID = '0123456789abcdefghjkmnpqrstvwxyz';
const WORDS = ['beleg', 'kontor', 'ahorn', 'wattenmeer', 'brezel', 'zollamt', 'fahrrad', 'leuchtturm', 'kiefer', 'mandel', 'salbei', 'tintenfass'];
const WEAK = ['belegwerk', 'steuer', 'hamburg', 'schalke', 'sommer', 'hallo', 'mausi', 'bremen'];

const uuid = (st: { pick(a: string, n: number): string }) =>
  `${st.pick(HEX, 8)}-${st.pick(HEX, 4)}-4${st.pick(HEX, 3)}-${st.pick('89ab', 1)}${st.pick(HEX, 3)}-${st.pick(HEX, 12)}`;

const GENS: Record<string, Gen> = {
  hex: (a, st) => st.pick(HEX, n(a)),
  alnum: (a, st) => st.pick(ALNUM, n(a)),
  upper: (a, st) => st.pick(UPPERNUM, n(a)),
  digits: (a, st) => st.pick('0123456789', n(a)),
  b64: (a, st) => st.bytes(n(a)).toString('base64'),
  uuid: (_a, st) => uuid(st),
  weak: (_a, st) => weakPassword(st, WEAK),
  human: (_a, st) => humanPassword(st, WORDS),
  memorable: (_a, st) => memorable(st, WORDS),
  pin: (_a, st) => st.pick('0123456789', 6),
  hcloud: (_a, st) => st.pick(ALNUM, 64),
  s3_id: (_a, st) => st.pick(UPPERNUM, 20),
  s3_secret: (_a, st) => st.pick(ALNUM + '/+', 40),
  postmark: (_a, st) => uuid(st),
  paddle_key: (a, st) => `pdl_${a || 'live'}_apikey_01${st.pick(ULID, 24)}_${st.pick(B62, 22)}_${st.pick(B62, 3)}`,
  paddle_client: (a, st) => `${a || 'live'}_${st.pick(HEX, 27)}`,
  paddle_whsec: (_a, st) => `pdl_ntfset_01${st.pick(ULID, 24)}_${st.pick(B62, 32)}`,
  age_id: (_a, st) => `AGE-SECRET-KEY-1${st.pick(BECH32, 58).toUpperCase()}`,
  age_pub: (_a, st) => `age1${st.pick(BECH32, 58)}`,
  ssh_ed: (a, st) => opensshEd25519(st, a || 'deploy@belegwerk'),
  sha256: (_a, st) => st.pick(HEX, 64),
  gosum: (_a, st) => `h1:${st.bytes(32).toString('base64')}`,
};

/** The fresh23 corpus's values (seed fresh23-v1). */
export class Values extends SeededValues {
  constructor() {
    super('fresh23-v1', 'fresh23', GENS);
  }
}
