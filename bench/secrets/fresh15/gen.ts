/**
 * Value generators for the fifteenth fresh-repository bench (bench/secrets/fresh15.ts).
 *
 * The machinery (deterministic streams, checksums, key builders, password habits) and the inherited generators are
 * the sixth bench's (bench/secrets/fresh6/gen.ts), imported with a different seed ("fresh15-v1"), this corpus's own
 * words, and generators for what a small payments start-up's stack uses (card-issuing and banking-as-a-service
 * partners, Plaid, KYC/KYB vendors, Vault AppRole, Confluent Kafka, Datadog, PagerDuty, Temporal Cloud, JWKs,
 * Phoenix/Guardian/Cloak secrets), written from the providers' published formats as we know them, without reading
 * launchready's rules.
 *
 * Every credential in the generated repository is made here at run time, never written as a literal in this
 * source tree.
 */
import { createPublicKey } from 'node:crypto';
import { ALNUM, HEX, generators, SeededValues, UPPERNUM, type Gen, type Stream } from '../fresh6/gen.js';
import { b64url, B64URL, ecKey, LOWERNUM, type CorpusWords } from '../fresh-gen.js';

const WORDS = [
  'ledger', 'harbor', 'copper', 'saffron', 'glacier', 'pylon', 'meadow', 'falcon', 'indigo', 'juniper', 'kestrel', 'lantern',
  'mistral', 'nutmeg', 'orchard', 'pebble', 'quartz', 'raven', 'sorrel', 'tamarind', 'velvet', 'willow', 'zephyr', 'anchor',
];
const WEAK_BASES = ['ledgerline', 'payouts', 'sofia', 'marcus', 'chelsea', 'summer', 'monkey', 'lisbon', 'tigers', 'gatsby'];
const OWN: CorpusWords = { words: WORDS, weakBases: WEAK_BASES, userEmail: 'ops@ledgerline.io' };

const uuid = (st: Stream) => {
  const h = st.pick(HEX, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[st.int(4)]}${h.slice(17, 20)}-${h.slice(20)}`;
};

const ADDITIONS: Record<string, Gen> = {
  // Lithic / Marqeta-style card-issuing credentials: UUID API keys and application tokens
  issuer_key: (_a, st) => uuid(st),
  // Plaid: client_id 24 hex (an identifier), secret 30 hex; sandbox public/link tokens are short-lived test tokens
  plaid_client: (_a, st) => st.pick(HEX, 24),
  plaid_secret: (_a, st) => st.pick(HEX, 30),
  plaid_public_sandbox: (_a, st) => `public-sandbox-${uuid(st)}`,
  plaid_link_sandbox: (_a, st) => `link-sandbox-${uuid(st)}`,
  // Persona API key, Onfido API token, Alloy workflow token/secret
  persona: (a, st) => `persona_${a || 'production'}_${uuid(st)}`,
  onfido: (a, st) => `api_${a || 'live'}.${st.pick(B64URL, 11)}.${st.pick(B64URL, 32)}`,
  alloy: (_a, st) => st.pick(ALNUM, 32),
  // Modern Treasury-style API key
  mt_key: (_a, st) => `live-${st.pick(B64URL, 48)}`,
  // Datadog API key (32 hex), application key (40 hex); PagerDuty Events v2 routing key (32 hex)
  dd_api: (_a, st) => st.pick(HEX, 32),
  dd_app: (_a, st) => st.pick(HEX, 40),
  pd_routing: (_a, st) => st.pick(HEX, 32),
  // Confluent Cloud API key/secret
  ccloud_key: (_a, st) => st.pick(UPPERNUM, 16),
  ccloud_secret: (_a, st) => st.pick(ALNUM + '+/', 64),
  // Temporal Cloud API key: a JWT (signature bytes random)
  temporal_key: (_a, st) =>
    `${b64url(JSON.stringify({ alg: 'ES256', kid: st.pick(B64URL, 8) }))}.${b64url(JSON.stringify({ account_id: st.pick(LOWERNUM, 5), aud: ['temporal.io'], exp: 1767139200, iss: 'temporal.io', jti: st.pick(B64URL, 32), key_id: st.pick(B64URL, 32), sub: uuid(st) }))}.${st.pick(B64URL, 86)}`,
  // HTTP basic credentials of Modern Treasury (organization id : API key), base64 as a client sends them
  mt_basic: (_a, _st, name, value) => Buffer.from(`${value('uuid#mt-org')}:${value(`mt_key#${name}`)}`).toString('base64'),
  // an X.509 certificate's DER, base64 on one line (as SAML metadata carries it): public material
  cert_b64: (_a, st) => Buffer.concat([Buffer.from([0x30, 0x82, 0x03, 0x9c, 0x30, 0x82, 0x02, 0x84, 0xa0, 0x03, 0x02, 0x01, 0x02]), st.bytes(900)]).toString('base64'),
  retool: (_a, st) => `retool_01${st.pick(LOWERNUM, 26)}`,
  scim: (_a, st) => st.pick(B64URL, 40),
  // Guardian (JOSE) secret, Cloak AES-GCM key (base64 of 32 bytes)
  guardian: (_a, st) => st.pick(ALNUM + '+/', 64),
  cloak: (_a, st) => st.bytes(32).toString('base64'),
  // Phoenix signing/encryption salt (public by Phoenix's design: a salt, not a key)
  salt8: (_a, st) => st.pick(ALNUM, 8),
  // a private P-256 JWK (one line) and its public half
  jwk_priv: (a, st) => JSON.stringify({ ...ecKey(st).export({ format: 'jwk' }), kid: a || 'dev-1', use: 'sig', alg: 'ES256' }),
  jwk_pub: (a, st) => {
    const { d: _d, ...pub } = createPublicKey(ecKey(st)).export({ format: 'jwk' }) as Record<string, string>;
    return JSON.stringify({ ...pub, kid: a || 'prod-1', use: 'sig', alg: 'ES256' });
  },
  kms_arn: (a, st) => `arn:aws:kms:eu-west-1:${a || '481516234200'}:key/${uuid(st)}`,
  digits: (a, st) => st.pick('0123456789', Number(a)),
};

/** The fifteenth corpus's values (seed fresh15-v1): the sixth's generators with this corpus's words, plus its own. */
export class Values extends SeededValues {
  constructor() {
    super('fresh15-v1', 'fresh15', { ...generators('fresh15-v1', OWN), ...ADDITIONS });
  }
}
