/**
 * Value generators for the seventh fresh-repository bench (bench/secrets/fresh7.ts).
 *
 * The machinery (deterministic streams, checksums, key builders, password habits) and the inherited generators are
 * the sixth bench's (bench/secrets/fresh6/gen.ts), copied so the corpora stay independent: a different seed
 * ("fresh7-v1") and generators for what a small logistics company's Rails portal uses (Hetzner Cloud API tokens,
 * Backblaze B2 application keys, Wasabi key pairs, Rails master keys and secret_key_base), written from the
 * providers' published formats as we know them, without reading launchready's rules. Formats with a checksum carry
 * a valid one (GitHub and npm base62 CRC32).
 *
 * Every credential in the generated repository is made here at run time, never written as a literal in this
 * source tree.
 *
 * The sixth bench's generators and value cache are imported, not copied: only the seed and the additions differ.
 */
import { ALNUM, HEX, UPPERNUM, generators, jwtHS256, SeededValues, type Gen } from '../fresh6/gen.js';

const ADDITIONS: Record<string, Gen> = {
  // Hetzner Cloud API token: 64 alphanumerics
  hcloud: (_a, st) => st.pick(ALNUM, 64),
  // Backblaze B2 application key: key id "005" + 22 hex-ish, application key "K005" + 27 base64-ish characters
  b2_id: (_a, st) => `005${st.pick(HEX, 22)}`,
  b2_key: (_a, st) => `K005${st.pick(ALNUM + '/+', 27)}`,
  // Wasabi: 20 upper-case alphanumerics, 40-character secret
  wasabi_id: (_a, st) => st.pick(UPPERNUM, 20),
  wasabi_secret: (_a, st) => st.pick(ALNUM, 40),
  // an HS256 JWT the portal API signs for the shared driver account: real claims, long expiry
  jwt_driver: (_a, st) => jwtHS256({ sub: 'driver-shared', role: 'driver', scope: 'shipments:read proofs:write', iss: 'https://api.hafenlog.de', iat: 1710900000, exp: 2026000000 }, st.pick(ALNUM, 48)),
  // Rails encrypted-credentials file body: base64 ciphertext--iv--tag (encrypted data, not a credential)
  rails_enc: (_a, st) => `${st.bytes(240).toString('base64')}--${st.bytes(12).toString('base64')}--${st.bytes(16).toString('base64')}`,
};

/** The seventh corpus's values (seed fresh7-v1): the sixth's generators plus its own. */
export class Values extends SeededValues {
  constructor() {
    super('fresh7-v1', 'fresh7', { ...generators('fresh7-v1'), ...ADDITIONS });
  }
}
