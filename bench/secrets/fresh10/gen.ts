/**
 * Value generators for the tenth fresh-repository bench (bench/secrets/fresh10.ts), the final held-out corpus.
 *
 * The machinery (deterministic streams, checksums, key builders, password habits) and the inherited generators are
 * the sixth bench's (bench/secrets/fresh6/gen.ts), imported as fresh7/gen.ts does: a different seed ("fresh10-v1")
 * and generators for what a plant and garden shop's handed-over stack uses (Klaviyo private and public keys, Adyen
 * HMAC keys, Klarna API credentials, Mollie test keys, Sendcloud and ShipStation key pairs, Algolia keys, Meta
 * Conversions API and TikTok Events API tokens, Contentful and Sanity tokens, Magento crypt keys and integration
 * tokens, Odoo API keys, Apple app-specific passwords, Shopify client ids and Storefront tokens ...), written from the
 * providers' published formats as we know them, without reading launchready's rules.
 *
 * Every credential in the generated repository is made here at run time, never written as a literal in this
 * source tree.
 */
import { ALNUM, HEX, UPPERNUM, generators, SeededValues, type Gen } from '../fresh6/gen.js';

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const LOWERNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
const B64URL = ALNUM + '-_';

const ADDITIONS: Record<string, Gen> = {
  // Klaviyo private API key: pk_ + 34 hex; the public key (company / site id) is 6 alphanumerics and ships in the theme
  klaviyo_pk: (_a, st) => `pk_${st.pick(HEX, 34)}`,
  klaviyo_site: (_a, st) => st.pick(ALNUM, 6),
  // Adyen webhook HMAC key: 64 upper-case hex characters
  adyen_hmac: (_a, st) => st.pick(HEX.toUpperCase(), 64),
  // Klarna API credentials: username (merchant id + key id) and a klarna_live_api_ / klarna_test_api_ password
  klarna_user: (_a, st) => `K${st.pick('123456789', 1)}${st.pick('0123456789', 5)}_${st.pick(HEX, 12)}`,
  klarna_pw: (a, st) => `klarna_${a || 'live'}_api_${st.pick(B64URL, 48)}`,
  mollie_test: (_a, st) => `test_${st.pick(ALNUM, 30)}`,
  // Meta Conversions API system-user access token
  meta_capi: (_a, st) => `EAA${st.pick('BGIJK', 1)}${st.pick(ALNUM, 190)}`,
  meta_pixel: (_a, st) => `${st.pick('123456789', 1)}${st.pick('0123456789', 15)}`,
  // TikTok Events API access token (40 hex) and pixel code (public)
  tiktok_token: (_a, st) => st.pick(HEX, 40),
  tiktok_pixel: (_a, st) => `C${st.pick(UPPERNUM, 19)}`,
  // Contentful personal access token (management API) and Sanity API token
  cfpat: (_a, st) => `CFPAT-${st.pick(B64URL, 43)}`,
  sanity_token: (_a, st) => `sk${st.pick(ALNUM, 180)}`,
  sanity_project: (_a, st) => st.pick(LOWERNUM, 8),
  contentful_space: (_a, st) => st.pick(LOWERNUM, 12),
  // Magento integration access token: 32 lower-case alphanumerics
  magento_token: (_a, st) => st.pick(LOWERNUM, 32),
  odoo_key: (_a, st) => st.pick(HEX, 40),
  // Apple app-specific password: four groups of four lower-case letters
  app_specific: (_a, st) => [0, 1, 2, 3].map(() => st.pick(LOWER, 4)).join('-'),
  // Shopify app client id (32 hex, public: it is in every install URL) and a Storefront API token (public by design)
  shopify_client: (_a, st) => st.pick(HEX, 32),
  storefront: (_a, st) => st.pick(HEX, 32),
  // base64("<key>:<secret>") of two 32-hex halves named «hex:32#<name>-key» / «hex:32#<name>-secret»
  b64pair: (_a, _st, name, value) => Buffer.from(`${value(`hex:32#${name}-key`)}:${value(`hex:32#${name}-secret`)}`).toString('base64'),
  // a Shopify theme block id: Unix milliseconds + 8 hex
  theme_block: (_a, st) => `17${st.pick('0123456789', 11)}${st.pick(HEX, 8)}`,
  // PayPal webhook id (an identifier, not a secret)
  paypal_wh: (_a, st) => `${st.pick(UPPERNUM, 17)}`,
  gtin: (_a, st) => `37${st.pick('0123456789', 11)}`,
  // Apple key id / team id: 10 upper-case alphanumerics (identifiers)
  // Brevo SMTP key (the relay password, not the API key): xsmtpsib- + 64 hex + - + 16 alphanumerics
  brevo_smtp: (_a, st) => `xsmtpsib-${st.pick(HEX, 64)}-${st.pick(ALNUM, 16)}`,
  apple_id10: (_a, st) => st.pick(UPPERNUM, 10),
};

/** The tenth corpus's values (seed fresh10-v1): the sixth's generators plus its own. */
export class Values extends SeededValues {
  constructor() {
    super('fresh10-v1', 'fresh10', { ...generators('fresh10-v1'), ...ADDITIONS });
  }
}
