/**
 * Value generators for the twenty-first fresh-repository bench (bench/secrets/fresh21.ts).
 *
 * The machinery and the inherited generators are the sixth bench's (bench/secrets/fresh6/gen.ts), imported with a
 * different seed ("fresh21-v1") and this corpus's words (a nonprofit's staff and volunteers pick passwords from
 * the organisation's name, the harbour, pets and years), plus generators for what a nonprofit's digital team uses
 * (Salesforce security tokens, Drupal hash salts, CiviCRM site keys, PayPal REST credentials, clasp OAuth tokens),
 * written from the providers' published formats as we know them, without reading launchready's rules.
 *
 * Every credential in the generated repository is made here at run time, never written as a literal in this
 * source tree.
 */
import { ALNUM, HEX, generators, SeededValues, type Gen } from '../fresh6/gen.js';

const WORDS = ['anchor', 'lighthouse', 'driftwood', 'seagull', 'mooring', 'pelican', 'kelp', 'barnacle', 'tugboat', 'compass', 'harbor', 'buoy'];
const WEAK_BASES = ['openharbor', 'harbor', 'volunteer', 'donate', 'biscuit', 'luna', 'summer', 'welcome', 'pier', 'gala'];

const B64URL = ALNUM + '-_';

const ADDITIONS: Record<string, Gen> = {
  // Salesforce security token: 24 alphanumerics appended to the password by the SOAP/simple-salesforce login
  sf_token: (_a, st) => st.pick(ALNUM, 24),
  // Drupal $settings['hash_salt']: what `drush php-eval 'echo Crypt::randomBytesBase64(55)'` prints (74 base64url)
  drupal_salt: (_a, st) => st.pick(B64URL, 74),
  // CiviCRM CIVICRM_SITE_KEY: 32+ random characters (the installer makes 32 alphanumerics)
  civi_key: (_a, st) => st.pick(ALNUM, 32),
  civi_cred: (_a, st) => `aes-cbc:hkdf-sha256:${st.bytes(32).toString('base64')}`,
  // an Airtable base/table id: public-ish identifiers, not credentials
  air_base: (_a, st) => `app${st.pick(ALNUM, 14)}`,
  air_tbl: (_a, st) => `tbl${st.pick(ALNUM, 14)}`,
  sf_id: (_a, st) => `0035e00000${st.pick(ALNUM, 8)}`,
  hex32: (_a, st) => st.pick(HEX, 32),
  // Apps Script / Drive file ids (public identifiers in URLs)
  gas_script_id: (_a, st) => `1${st.pick(B64URL, 56)}`,
  // PayPal Braintree-less REST: access token after client-credentials exchange
  paypal_access: (_a, st) => `A21AA${st.pick(B64URL, 92)}`,
};

/** The twenty-first corpus's values (seed fresh21-v1): the sixth's generators with this corpus's words, plus its own. */
export class Values extends SeededValues {
  constructor() {
    super('fresh21-v1', 'fresh21', { ...generators('fresh21-v1', { words: WORDS, weakBases: WEAK_BASES, userEmail: 'digital@openharbor.org' }), ...ADDITIONS });
  }
}
