/**
 * Value generators for the twenty-second fresh-repository bench (bench/secrets/fresh22.ts, "Bidstream").
 *
 * The machinery (deterministic streams, checksums, key builders, password habits) is the shared one in
 * bench/secrets/fresh-gen.ts; the generators here are this corpus's own, written from the providers' published formats
 * as we know them (AWS access key ids, Confluent Cloud API key pairs, HashiCorp Vault service tokens, Google OAuth
 * client secrets, GitHub classic tokens with their base62 CRC32, Slack incoming webhooks), without reading
 * launchready's rules. Seed "fresh22-v1".
 *
 * Every credential in the generated repository is made here at run time, never written as a literal in this source.
 */
import {
  ALNUM,
  B64URL,
  BASE32,
  checksummed,
  DIGITS,
  HEX,
  humanPassword,
  jwtHS256,
  LOWERNUM,
  memorable,
  n,
  randomPassword,
  rsaKey,
  SeededValues,
  UPPERNUM,
  weakPassword,
  type Gen,
} from '../fresh-gen.js';

const WORDS = ['auction', 'floor', 'pacing', 'cookie', 'banner', 'kestrel', 'harbor', 'saffron', 'quokka', 'lantern', 'tamarind', 'gazelle', 'ripple', 'copper'];
const WEAK = ['bidstream', 'adserver', 'summer', 'kafka', 'scala', 'monkey', 'letmein', 'spark', 'berlin', 'hamster'];

const GENS: Record<string, Gen> = {
  pw: (_a, st) => randomPassword(st, '#%+=_-'),
  weak: (_a, st) => weakPassword(st, WEAK),
  hpw: (_a, st) => humanPassword(st, WORDS),
  mem: (_a, st) => memorable(st, WORDS),
  alnum: (a, st) => st.pick(ALNUM, n(a)),
  hex: (a, st) => st.pick(HEX, n(a)),
  b64: (a, st) => st.bytes(n(a)).toString('base64'),
  digits: (a, st) => st.pick(DIGITS, n(a)),
  // AWS access key id (AKIA + 16 base32) and its 40-character secret
  akia: (_a, st) => `AKIA${st.pick(BASE32, 16)}`,
  aws_secret: (_a, st) => st.pick(ALNUM + '/+', 40),
  // GitHub classic token: ghp_ + 30 base62 + 6 base62 CRC32
  ghp: (_a, st) => checksummed('ghp_', st),
  slack: (_a, st) => `https://hooks.slack.com/services/T${st.pick(UPPERNUM, 8)}/B${st.pick(UPPERNUM, 10)}/${st.pick(ALNUM, 24)}`,
  // Confluent Cloud API key (16 upper-case alphanumerics) and secret (64 base64-ish)
  ccloud_key: (_a, st) => st.pick(UPPERNUM, 16),
  ccloud_secret: (_a, st) => st.pick(ALNUM + '+/', 64),
  // HashiCorp Vault service token
  hvs: (_a, st) => `hvs.CAESI${st.pick(B64URL, 86)}`,
  // Google OAuth client: id is public, secret GOCSPX- + 28
  gclient: (_a, st) => `${st.pick(DIGITS, 12)}-${st.pick(LOWERNUM, 32)}.apps.googleusercontent.com`,
  gocspx: (_a, st) => `GOCSPX-${st.pick(B64URL, 28)}`,
  pem_rsa: (_a, st) => (rsaKey(st).export({ format: 'pem', type: 'pkcs8' }) as string).trimEnd(),
  pem_rsa_json: (a, _st, _name, value) => JSON.stringify(value(`pem_rsa#${a}`) + '\n').slice(1, -1),
  // Elasticsearch API key: base64 of "id:api_key"
  es_key: (_a, st) => Buffer.from(`${st.pick(B64URL, 20)}:${st.pick(B64URL, 22)}`).toString('base64'),
  // reporting API token the dashboard uses: HS256 JWT with real claims
  jwt_report: (_a, st) =>
    jwtHS256({ sub: 'svc-reporting-ui', scope: 'reports:read campaigns:read', iss: 'https://auth.bidstream.io', iat: 1711000000, exp: 2042536000 }, st.pick(ALNUM, 48)),
  uuid: (_a, st) => `${st.pick(HEX, 8)}-${st.pick(HEX, 4)}-4${st.pick(HEX, 3)}-a${st.pick(HEX, 3)}-${st.pick(HEX, 12)}`,
  sha1: (_a, st) => st.pick(HEX, 40),
  sha256: (_a, st) => st.pick(HEX, 64),
  // PagerDuty Events v2 routing key: 32 hex
  pd: (_a, st) => st.pick(HEX, 32),
  // Sonatype/Artifactory style user token password
  nexus_tok: (_a, st) => st.pick(ALNUM, 44),
};

/** The twenty-second corpus's values (seed fresh22-v1). */
export class Values extends SeededValues {
  constructor() {
    super('fresh22-v1', 'fresh22', GENS);
  }
}
