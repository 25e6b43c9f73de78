/**
 * Value generators for the seventeenth fresh-repository bench (bench/secrets/fresh17.ts).
 *
 * The machinery (deterministic streams, checksums, key builders, password habits) is the shared one
 * (bench/secrets/fresh-gen.ts); the generators here are this corpus's own, for what a telemedicine start-up's stack
 * uses (Stripe, Twilio Video, Vonage, AWS and Cognito, Epic/Cerner backend-services keys, Redox, Health Gorilla,
 * Datadog, PagerDuty, SOPS with age, Firebase), written from the providers' published formats as we know them,
 * without reading launchready's rules. Formats with a checksum carry a valid one (GitHub base62 CRC32, NPI Luhn).
 *
 * Every credential in the generated repository is made here at run time, never written as a literal in this
 * source tree.
 */
import { createPublicKey } from 'node:crypto';
import {
  ageSecretKey, ALNUM, ecKey, jwtHS256, bech32, B64URL, BCRYPT, checksummed, DIGITS, HEX, humanPassword, LOWERNUM, memorable, n,
  randomPassword, rsaKey, SeededValues, Stream, UPPERNUM, weakPassword, type Gen,
} from '../fresh-gen.js';

const SEED = 'fresh17-v1';
const WORDS = ['harbor', 'maple', 'stethoscope', 'lantern', 'orchid', 'granite', 'pelican', 'saffron', 'tidal', 'meadow', 'copper', 'juniper', 'falcon', 'basalt', 'clover', 'ember', 'willow', 'summit', 'ferry', 'quartz'];
const WEAK = ['carebridge', 'welcome', 'doctor', 'nurse', 'summer', 'bridge', 'boston', 'patriots', 'clinic', 'health'];

const uuid = (st: Stream) => {
  const h = st.pick(HEX, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[st.int(4)]}${h.slice(17, 20)}-${h.slice(20)}`;
};

/** RSA key of a name, drawn from a stream of its own so its public half can be derived elsewhere */
const RSA = new Map<string, ReturnType<typeof rsaKey>>();
const rsaOf = (name: string) => {
  if (!RSA.has(name)) RSA.set(name, rsaKey(new Stream(`${SEED}|rsa|${name}`)));
  return RSA.get(name)!;
};

/** NPI: 9 digits + Luhn check digit computed over the "80840" prefix, as CMS specifies */
function npi(st: Stream): string {
  const body = `1${st.pick(DIGITS, 8)}`;
  const digits = `80840${body}`;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return `${body}${(10 - (sum % 10)) % 10}`;
}

const GENS: Record<string, Gen> = {
  // Stripe: secret and restricted keys (live/test), publishable key (public), webhook signing secret
  stripe_sk: (a, st) => `sk_${a || 'live'}_51${st.pick(ALNUM, 14)}${st.pick(ALNUM, 84)}`,
  stripe_rk: (a, st) => `rk_${a || 'live'}_51${st.pick(ALNUM, 98)}`,
  stripe_pk: (a, st) => `pk_${a || 'live'}_51${st.pick(ALNUM, 98)}`,
  whsec: (_a, st) => `whsec_${st.pick(ALNUM, 32)}`,
  // Twilio: account SID and API key SID are ids; auth token is 32 hex; API key secret 32 alphanumerics
  twilio_ac: (_a, st) => `AC${st.pick(HEX, 32)}`,
  twilio_sk: (_a, st) => `SK${st.pick(HEX, 32)}`,
  twilio_token: (_a, st) => st.pick(HEX, 32),
  twilio_secret: (_a, st) => st.pick(ALNUM, 32),
  // HTTP Basic credentials of the account (SID:auth token), as a debug transport would log them
  twilio_basic: (_a, _st, name, value) => Buffer.from(`${value(`twilio_ac#${name}`)}:${value(`twilio_token#${name}`)}`).toString('base64'),
  // Vonage: API key 8 hex, API secret 16 alphanumerics, application id a UUID
  vonage_key: (_a, st) => st.pick(HEX, 8),
  vonage_secret: (_a, st) => st.pick(ALNUM, 16),
  // AWS access key pair, account id, KMS key ARN (an id), Cognito ids and app client secret
  aws_id: (a, st) => `${a || 'AKIA'}${st.pick('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
  aws_secret: (_a, st) => st.pick(ALNUM + '/+', 40),
  aws_account: (_a, st) => `4${st.pick(DIGITS, 11)}`,
  kms_arn: (_a, st, _n, value) => `arn:aws:kms:us-east-1:${value('aws_account#main')}:key/${uuid(st)}`,
  cognito_pool: (_a, st) => `us-east-1_${st.pick(ALNUM, 9)}`,
  cognito_client: (_a, st) => st.pick(LOWERNUM, 26),
  cognito_secret: (_a, st) => st.pick(LOWERNUM, 52),
  // EHR: Epic/Cerner backend-services private key (PKCS#8) and its public JWK; Redox and Health Gorilla secrets
  rsa_pkcs8: (_a, _st, name) => (rsaOf(name).export({ format: 'pem', type: 'pkcs8' }) as string).trim(),
  rsa_pkcs1: (_a, _st, name) => (rsaOf(name).export({ format: 'pem', type: 'pkcs1' }) as string).trim(),
  rsa_jwk_n: (_a, _st, name) => createPublicKey(rsaOf(name)).export({ format: 'jwk' }).n!,
  rsa_pub: (_a, _st, name) => (createPublicKey(rsaOf(name)).export({ format: 'pem', type: 'spki' }) as string).trim(),
  redox_secret: (_a, st) => st.pick(ALNUM, 40),
  hg_secret: (_a, st) => st.pick(ALNUM + '-_', 48),
  // Datadog API key (32 hex), application key (40 hex), RUM client token (pub + 32 hex: shipped to browsers)
  dd_api: (_a, st) => st.pick(HEX, 32),
  dd_app: (_a, st) => st.pick(HEX, 40),
  dd_pub: (_a, st) => `pub${st.pick(HEX, 32)}`,
  // PagerDuty: Events v2 routing key (32 hex), REST API token (20 characters)
  pd_routing: (_a, st) => st.pick(HEX, 32),
  pd_token: (_a, st) => `u+${st.pick(ALNUM + '_-', 18)}`,
  pd_service: (_a, st) => `P${st.pick(UPPERNUM, 6)}`,
  // GitHub fine-grained-era classic token with a valid checksum
  ghp: (_a, st) => checksummed('ghp_', st),
  // age identity (secret) and recipient (public), SOPS encrypted value (ciphertext)
  age_secret: (_a, st) => ageSecretKey(st.bytes(32)),
  age_pub: (_a, st) => bech32('age', st.bytes(32)),
  sops_enc: (a, st) => `ENC[AES256_GCM,data:${st.bytes(n(a || '24')).toString('base64')},iv:${st.bytes(32).toString('base64')},tag:${st.bytes(16).toString('base64')},type:str]`,
  // Firebase / Google API key (restricted by bundle id; ships in the app)
  firebase: (_a, st) => `AIza${st.pick(B64URL, 35)}`,
  gcm_sender: (_a, st) => `1${st.pick(DIGITS, 11)}`,
  sentry_dsn: (a, st) => `https://${st.pick(HEX, 32)}@o${st.pick(DIGITS, 6)}.ingest.us.sentry.io/${a || st.pick(DIGITS, 7)}`,
  slack_hook: (_a, st) => `https://hooks.slack.com/services/T${st.pick(UPPERNUM, 8)}/B${st.pick(UPPERNUM, 10)}/${st.pick(ALNUM, 24)}`,
  // passwords as people and password managers make them
  pw_human: (_a, st) => humanPassword(st, WORDS),
  pw_weak: (_a, st) => weakPassword(st, WEAK),
  pw_random: (_a, st) => randomPassword(st, '-_.~'),
  pw_memorable: (_a, st) => memorable(st, WORDS),
  bcrypt: (_a, st) => `$2b$12$${st.pick(BCRYPT, 53)}`,
  // App Store Connect API key (.p8): a P-256 key in PKCS#8, as Apple hands it out once
  p8: (_a, st) => (ecKey(st).export({ format: 'pem', type: 'pkcs8' }) as string).trim(),
  // a clinic-staff access token the API issued (HS256, admin scope, expiry years ahead)
  jwt_staff: (_a, st) =>
    jwtHS256({ sub: uuid(st), 'cognito:groups': ['clinic-admin'], scope: 'admin patients:read audit:export', iss: 'https://api.carebridge.health', iat: 1713300000, exp: 2028900000 }, st.pick(ALNUM, 48)),
  // generic random material
  hex: (a, st) => st.pick(HEX, n(a)),
  alnum: (a, st) => st.pick(ALNUM, n(a)),
  b64: (a, st) => st.bytes(n(a)).toString('base64'),
  b64of: (a, _st, name, value) => Buffer.from(value(`${a}#${name}`)).toString('base64'),
  uuid: (_a, st) => uuid(st),
  npi: (_a, st) => npi(st),
  gitsha: (_a, st) => st.pick(HEX, 40),
  sha256: (_a, st) => st.pick(HEX, 64),
  digits: (a, st) => st.pick(DIGITS, n(a)),
};

/** The seventeenth corpus's values (seed fresh17-v1). */
export class Values extends SeededValues {
  constructor() {
    super(SEED, 'fresh17', GENS);
  }
}
