/**
 * Value generators for the twelfth fresh-repository bench (bench/secrets/fresh12.ts).
 *
 * The machinery (deterministic streams, checksums, key builders, password habits) is the shared one
 * (bench/secrets/fresh-gen.ts, re-exported by bench/secrets/fresh6/gen.ts) and the sixth corpus's generators are
 * spread underneath, as the seventh corpus does. Everything this corpus's templates use is defined here, with a seed
 * of its own ("fresh12-v1"): the formats of what an AI customer-support start-up uses (OpenAI project and service
 * account keys, Anthropic, Cohere, Mistral, Groq, Together, Azure OpenAI, LangSmith, Langfuse, Hugging Face, Modal,
 * Replicate, Pinecone, Qdrant, Weaviate, Zendesk, Shopify, Stripe, Google OAuth, Clerk, Supabase, PostHog, Sentry,
 * Resend, Upstash, Inngest, Slack, Discord, Twilio, Deepgram, ElevenLabs, Fly.io, GitHub, Linear, Notion), written
 * from the providers' published formats as we know them, without reading launchready's rules (none of the formats
 * used here carries a checksum).
 *
 * Every credential in the generated repository is made here at run time, never written as a literal in this
 * source tree.
 */
import { createHmac } from 'node:crypto';
import { ALNUM, ALPHA, B64URL, DIGITS, HEX, humanPassword, jwtHS256, LOWERNUM, memorable, n, pngBase64, randomPassword, rsaKey, SeededValues, Stream, UPPERNUM, weakPassword, type CorpusWords, type Gen } from '../fresh-gen.js';
import { generators as sixthGenerators } from '../fresh6/gen.js';

const WORDS = [
  'harbor', 'lantern', 'pepper', 'gecko', 'saffron', 'tandem', 'orbit', 'meadow', 'kettle', 'cinder', 'falcon', 'juniper',
  'marble', 'nimbus', 'pelican', 'quartz', 'ripple', 'sprocket', 'tulip', 'velvet', 'willow', 'yarrow', 'zephyr', 'anchor',
  'bramble', 'comet', 'dune', 'ember', 'fennel', 'granite', 'hazel', 'indigo', 'jasper', 'koala', 'lupin',
];

// what a founder types when a form asks for a password: the product, names, a football club, a year
const WEAK_BASES = ['relaydesk', 'priya', 'tomasz', 'noah', 'lisbon', 'chelsea', 'mango', 'rocket', 'summer', 'biscuit', 'luna', 'support'];

const OWN: CorpusWords = { words: WORDS, weakBases: WEAK_BASES, userEmail: 'priya@relaydesk.ai' };

const uuid = (st: Stream) => {
  const h = st.pick(HEX, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[st.int(4)]}${h.slice(17, 20)}-${h.slice(20)}`;
};

/** A service-account JSON's private_key value as it sits in the file: PEM with "\n" escapes, one line. */
const pemEscaped = (st: Stream) => {
  const pem = rsaKey(st).export({ format: 'pem', type: 'pkcs8' }).toString().trimEnd();
  return pem.split('\n').join('\\n') + '\\n';
};

const ADDITIONS: Record<string, Gen> = {
  // ---- model providers -------------------------------------------------------------------------------------------
  // OpenAI project key: sk-proj- + base64url with the T3BlbkFJ marker in the middle; service-account and legacy keys
  openai_proj: (_a, st) => `sk-proj-${st.pick(B64URL, 74)}T3BlbkFJ${st.pick(B64URL, 74)}`,
  openai_svc: (_a, st) => `sk-svcacct-${st.pick(B64URL, 74)}T3BlbkFJ${st.pick(B64URL, 74)}`,
  openai_org: (_a, st) => `org-${st.pick(ALNUM, 24)}`,
  anthropic: (_a, st) => `sk-ant-api03-${st.pick(B64URL, 93)}AA`,
  anthropic_admin: (_a, st) => `sk-ant-admin01-${st.pick(B64URL, 93)}AA`,
  cohere: (_a, st) => st.pick(ALNUM, 40),
  groq: (_a, st) => `gsk_${st.pick(ALNUM, 52)}`,
  together: (_a, st) => st.pick(HEX, 64),
  azure_oai: (_a, st) => st.pick(HEX, 32),
  // LangSmith personal / service keys; Langfuse key pair (the public half ships to browsers)
  lsv2: (a, st) => `lsv2_${a || 'pt'}_${st.pick(HEX, 32)}_${st.pick(HEX, 10)}`,
  lf_pk: (_a, st) => `pk-lf-${uuid(st)}`,
  lf_sk: (_a, st) => `sk-lf-${uuid(st)}`,
  hf: (_a, st) => `hf_${st.pick(ALPHA, 34)}`,
  modal_id: (_a, st) => `ak-${st.pick(ALNUM, 22)}`,
  modal_secret: (_a, st) => `as-${st.pick(ALNUM, 22)}`,
  replicate: (_a, st) => `r8_${st.pick(ALNUM, 37)}`,
  // ---- vector stores ---------------------------------------------------------------------------------------------
  pinecone: (_a, st) => `pcsk_${st.pick(ALNUM, 6)}_${st.pick(ALNUM, 63)}`,
  // Qdrant Cloud database key: an HS256 JWT with a manage claim
  qdrant: (_a, st) => jwtHS256({ access: 'm', exp: 2051222400 }, st.pick(ALNUM, 40)),
  weaviate: (_a, st) => st.pick(ALNUM, 40),
  // ---- helpdesk / commerce / payments ----------------------------------------------------------------------------
  zendesk: (_a, st) => st.pick(ALNUM, 40),
  // the Authorization: Basic value Zendesk's API takes: base64 of "email/token:TOKEN"
  zd_basic: (_a, _st, name, value) => Buffer.from(`priya@relaydesk.ai/token:${value(`zendesk#${name}`)}`).toString('base64'),
  shpat: (_a, st) => `shpat_${st.pick(HEX, 32)}`,
  shopify_client_id: (_a, st) => st.pick(HEX, 32),
  stripe_sk_test: (_a, st) => `sk_test_51${st.pick(ALNUM, 97)}`,
  stripe_rk_live: (_a, st) => `rk_live_51${st.pick(ALNUM, 97)}`,
  stripe_pk_live: (_a, st) => `pk_live_51${st.pick(ALNUM, 97)}`,
  whsec: (_a, st) => `whsec_${st.pick(ALNUM, 32)}`,
  stripe_price: (_a, st) => `price_1${st.pick(ALNUM, 23)}`,
  stripe_evt: (_a, st) => `evt_1${st.pick(ALNUM, 23)}`,
  stripe_ch: (_a, st) => `ch_3${st.pick(ALNUM, 23)}`,
  stripe_re: (_a, st) => `re_3${st.pick(ALNUM, 23)}`,
  // ---- Google ----------------------------------------------------------------------------------------------------
  gocspx: (_a, st) => `GOCSPX-${st.pick(B64URL, 28)}`,
  g_client_id: (_a, st) => `${st.pick('123456789', 1)}${st.pick(DIGITS, 11)}-${st.pick(LOWERNUM, 32)}.apps.googleusercontent.com`,
  g_refresh: (_a, st) => `1//0${st.pick('cdefg', 1)}${st.pick(B64URL, 98)}`,
  g_sa_key: (_a, st) => pemEscaped(st),
  g_key_id: (_a, st) => st.pick(HEX, 40),
  // ---- dashboard SaaS --------------------------------------------------------------------------------------------
  clerk_sk: (a, st) => `sk_${a || 'live'}_${st.pick(ALNUM, 42)}`,
  clerk_pk: (a) => `pk_live_${Buffer.from(`${a || 'clerk.relaydesk.ai'}$`).toString('base64').replace(/=+$/, '')}`,
  sb_ref: (_a, st) => st.pick('abcdefghijklmnopqrstuvwxyz', 20),
  sb_anon: (a, st, _name, value) => jwtHS256({ iss: 'supabase', ref: value(`sb_ref#${a}`), role: 'anon', iat: 1716200000, exp: 2031776000 }, st.pick(ALNUM, 40)),
  sb_service: (a, st, _name, value) => jwtHS256({ iss: 'supabase', ref: value(`sb_ref#${a}`), role: 'service_role', iat: 1716200000, exp: 2031776000 }, st.pick(ALNUM, 40)),
  phc: (_a, st) => `phc_${st.pick(ALNUM, 43)}`,
  phx: (_a, st) => `phx_${st.pick(ALNUM, 43)}`,
  sentry_dsn: (_a, st) => `https://${st.pick(HEX, 32)}@o${st.pick('123456789', 1)}${st.pick(DIGITS, 6)}.ingest.de.sentry.io/${st.pick('45', 1)}${st.pick(DIGITS, 15)}`,
  sntryu: (_a, st) => `sntryu_${st.pick(HEX, 64)}`,
  resend: (_a, st) => `re_${st.pick(ALNUM, 8)}_${st.pick(ALNUM, 24)}`,
  upstash_token: (_a, st) => `A${st.pick('XYZ', 1)}${st.pick(ALNUM, 2)}ASQg${st.bytes(57).toString('base64').replace(/[+/]/g, 'x')}`,
  upstash_pw: (_a, st) => `A${st.pick('XYZ', 1)}${st.pick(ALNUM, 2)}AAIjcDE${st.pick(HEX, 32)}`,
  inngest_signing: (_a, st) => `signkey-prod-${st.pick(HEX, 64)}`,
  vercel_token: (_a, st) => st.pick(ALNUM, 24),
  // ---- developer tools (MCP servers) -----------------------------------------------------------------------------
  gh_fine: (_a, st) => `github_pat_11${st.pick(UPPERNUM, 20)}_${st.pick(ALNUM, 59)}`,
  linear: (_a, st) => `lin_api_${st.pick(ALNUM, 40)}`,
  notion: (_a, st) => `ntn_${st.pick(DIGITS, 12)}${st.pick(ALNUM, 34)}`,
  brave: (_a, st) => `BSA${st.pick(ALNUM, 28)}`,
  // ---- chat / voice ----------------------------------------------------------------------------------------------
  slack_bot: (_a, st) => `xoxb-${st.pick('123456789', 1)}${st.pick(DIGITS, 12)}-${st.pick('123456789', 1)}${st.pick(DIGITS, 12)}-${st.pick(ALNUM, 24)}`,
  slack_hook: (_a, st) => `https://hooks.slack.com/services/T${st.pick(UPPERNUM, 10)}/B${st.pick(UPPERNUM, 10)}/${st.pick(ALNUM, 24)}`,
  slack_client_id: (_a, st) => `${st.pick(DIGITS, 13)}.${st.pick(DIGITS, 13)}`,
  discord_app_id: (_a, st) => `12${st.pick(DIGITS, 17)}`,
  discord_token: (_a, st, name, value) => `${Buffer.from(value(`discord_app_id#${name}`)).toString('base64').replace(/=+$/, '')}.${st.pick(B64URL, 6)}.${st.pick(B64URL, 38)}`,
  twilio_sid: (_a, st) => `AC${st.pick(HEX, 32)}`,
  deepgram: (_a, st) => st.pick(HEX, 40),
  elevenlabs: (_a, st) => `sk_${st.pick(HEX, 48)}`,
  el_voice: (_a, st) => st.pick(ALNUM, 20),
  fly_token: (_a, st) => `FlyV1 fm2_lJPECAAAAAAAA${st.pick(DIGITS, 3)}xBD${st.bytes(168).toString('base64').replace(/[+/=]/g, 'Q')}`,
  // ---- the product's own -----------------------------------------------------------------------------------------
  // Relaydesk's keys for its customers' widget (public) and server API (secret)
  rd_pub: (_a, st) => `rdpk_${st.pick(ALNUM, 24)}`,
  rd_secret: (_a, st) => `rdsk_live_${st.pick(ALNUM, 40)}`,
  // ---- passwords -------------------------------------------------------------------------------------------------
  pw_human: (_a, st) => humanPassword(st, WORDS),
  pw_weak: (_a, st) => weakPassword(st, WEAK_BASES),
  pw_random: (_a, st) => randomPassword(st, '-_.~'),
  pw_memorable: (_a, st) => memorable(st, WORDS),
  // ---- harmless random-looking data (decoys) ---------------------------------------------------------------------
  uuid: (_a, st) => uuid(st),
  hex: (a, st) => st.pick(HEX, n(a)),
  alnum: (a, st) => st.pick(ALNUM, n(a)),
  digits: (a, st) => `${st.pick('123456789', 1)}${st.pick(DIGITS, n(a) - 1)}`,
  b64: (a, st) => st.bytes(n(a)).toString('base64'),
  png: (a, st) => pngBase64(st, n(a)),
  // the widget docs' HMAC test vector: HMAC-SHA256 of the e-mail with the documented test secret (arg "secret/email")
  hmac_vector: (a) => createHmac('sha256', a.split('/')[0]!).update(a.split('/')[1]!).digest('hex'),
};

/** The twelfth corpus's generators: the sixth corpus's with this corpus's words, and its own. */
export function generators(seed: string): Record<string, Gen> {
  return { ...sixthGenerators(seed, OWN), ...ADDITIONS };
}

/** The twelfth corpus's values (seed fresh12-v1). */
export class Values extends SeededValues {
  constructor() {
    super('fresh12-v1', 'fresh12', generators('fresh12-v1'));
  }
}
