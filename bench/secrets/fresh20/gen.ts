/**
 * Value generators for the twentieth fresh-repository bench (bench/secrets/fresh20.ts).
 *
 * The machinery and the inherited generators are the sixth bench's (bench/secrets/fresh6/gen.ts), imported with a
 * different seed ("fresh20-v1"), plus generators for what a proptech rental marketplace's Django stack uses (DocuSign
 * integration keys and user ids, CloudFront key-pair ids, Salesforce security tokens, Mapbox tokens with the
 * product's account name, RETS/FTP passwords), written from the providers' published formats as we know them,
 * without reading launchready's rules.
 *
 * Every credential in the generated repository is made here at run time, never written as a literal in this
 * source tree.
 */
import { createPublicKey } from 'node:crypto';

import { ALNUM, HEX, UPPERNUM, generators, SeededValues, type Gen } from '../fresh6/gen.js';

const LOWERNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
const b64url = (s: string) => Buffer.from(s).toString('base64url');

const ADDITIONS: Record<string, Gen> = {
  // DocuSign integration key / user id / account id: GUIDs
  guid: (_a, st) => `${st.pick(HEX, 8)}-${st.pick(HEX, 4)}-4${st.pick(HEX, 3)}-a${st.pick(HEX, 3)}-${st.pick(HEX, 12)}`,
  // CloudFront public key id (trusted key group): K + 13 upper-case alphanumerics
  cf_keyid: (_a, st) => `K${st.pick(UPPERNUM, 13)}`,
  // Salesforce security token: 24 alphanumerics
  sf_token: (_a, st) => st.pick(ALNUM, 24),
  // Mapbox tokens carrying this product's account name
  mapbox_pk_hs: (_a, st) => `pk.${b64url(JSON.stringify({ u: 'homestead-rentals', a: `cl${st.pick(LOWERNUM, 23)}` }))}.${st.pick(ALNUM + '-_', 22)}`,
  mapbox_sk_hs: (_a, st) => `sk.${b64url(JSON.stringify({ u: 'homestead-rentals', a: `cm${st.pick(LOWERNUM, 23)}` }))}.${st.pick(ALNUM + '-_', 22)}`,
  // Twilio Verify service sid
  twilio_va: (_a, st) => `VA${st.pick(HEX, 32)}`,
  // Stripe Connect account id (public identifier)
  acct: (_a, st) => `acct_1${st.pick(ALNUM, 15)}`,
  // Cloudflare zone id (public) and API token
  cf_zone: (_a, st) => st.pick(HEX, 32),
  // the public half of «pem_rsa#<name>» as an SPKI PEM (what CloudFront's key group is given)
  rsa_pub_pem: (_a, _st, name, value) => (createPublicKey(value(`pem_rsa#${name}`)).export({ format: 'pem', type: 'spki' }) as string).trimEnd(),
  // a Postgres URL with its password (base64-wrapped in the Kubernetes Secret)
  pgurl: (_a, st) => `postgres://homestead:${st.pick(ALNUM, 22)}@homestead-db.homestead.svc:5432/homestead`,
  // Django's stored password hash (a hash, not a password)
  pbkdf2: (_a, st) => `pbkdf2_sha256$600000$${st.pick(ALNUM, 22)}$${st.bytes(32).toString('base64')}`,
  // git commit id
  commit: (_a, st) => st.pick(HEX, 40),
};

/** The twentieth corpus's values (seed fresh20-v1): the sixth's generators plus its own. */
export class Values extends SeededValues {
  constructor() {
    super('fresh20-v1', 'fresh20', { ...generators('fresh20-v1'), ...ADDITIONS });
  }
}
