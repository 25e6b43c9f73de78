/**
 * Value generators for the fourth fresh-repository bench (bench/secrets/fresh4.ts).
 *
 * The machinery (deterministic streams, checksums, key builders, password habits) is the third fresh bench's
 * (bench/secrets/fresh3/gen.ts), with a different seed ("fresh4-v1"), other
 * word lists for human passwords, and generators for the providers a healthcare scheduling agency's stack uses
 * (Vonage, Plivo, MessageBird, Pusher, Ably, Mailjet, SparkPost, OneLogin, PagerDuty, Opsgenie, Datadog,
 * Honeycomb, LaunchDarkly, Infisical, 1Password, Consul, Nomad, HCP, Linode, Hetzner, Scaleway, OVH, Alibaba,
 * Azure, AWS session tokens, Asana, Zendesk, Salesforce, Adyen, Plaid, Coinbase, Zapier, Make, PGP, SOPS, Ansible
 * Vault, Sealed Secrets...), written from the providers' published formats as we know them. The third bench's
 * header follows, for the inherited generators:
 *
 * (third bench) a different seed, a different
 * word list for human passwords, weak and memorable password habits, and about forty more shapes of the providers a
 * small marketplace built with AI assistants uses (Supabase, Clerk, Uploadthing, Resend, PostHog, Razorpay, Paystack,
 * PayPal, Pinecone, Mistral, DeepSeek, ElevenLabs, Voyage, Fly, Render, Netlify, Cloudflare, R2, GCS HMAC, dotenvx,
 * ...), written from the providers' published token formats as we know them, without reading launchready's rules.
 * Formats with a checksum carry a valid one (GitHub and npm base62 CRC32).
 *
 * Every credential in the generated repository is made here at run time, never written as a literal in this
 * source tree.
 *
 * The machinery (streams, alphabets, checksums, key builders, password habits, the placeholder resolver) lives once
 * in bench/secrets/fresh-gen.ts, and the inherited generators are not copied: generators() spreads the third
 * corpus's and overrides only those whose values carry that corpus's names (product, e-mail, organisation). This file
 * holds the corpus's own data: seed, word lists, those overrides and its additions.
 */
import { ALNUM, b64url, B64URL, BCRYPT, DIGITS, HEX, LOWERNUM, n, opensshEd25519, SeededValues, UPPERNUM, wrap, type CorpusWords, type Gen } from '../fresh-gen.js';
import { generators as thirdGenerators } from '../fresh3/gen.js';

const WORDS = [
  'walrus', 'copper', 'lagoon', 'pepper', 'tundra', 'marble', 'cactus', 'puffin', 'clover', 'mango', 'basalt', 'nimbus',
  'ferret', 'rhubarb', 'sprocket', 'cobalt', 'lychee', 'gazebo', 'wombat', 'parsnip', 'trellis', 'anchor', 'biscotti',
  'crayon', 'dynamo', 'eclipse', 'fennel', 'goblet', 'hammock', 'igloo', 'jigsaw', 'kayak', 'lobster', 'mosaic', 'oregano',
];

// what a founder types when a form asks for a password: names, the product, a year, one symbol
const WEAK_BASES = ['carelane', 'priya', 'jonas', 'femi', 'northbeam', 'leeds', 'porto', 'arsenal', 'sunshine', 'qwerty', 'dragon', 'winter'];

/** This corpus's words; a later corpus that builds on these generators passes its own. */
const OWN: CorpusWords = { words: WORDS, weakBases: WEAK_BASES, userEmail: 'scheduler@carelane.health' };

/**
 * The fourth corpus's generators: the third corpus's (bench/secrets/fresh3/gen.ts) with this corpus's names,
 * plus its own. `seed` names the streams of the generators that draw a key from a stream of their own (a public half
 * matching a private one); `d` gives the words human, weak and memorable passwords are made of.
 */
export function generators(seed: string, d: CorpusWords = OWN): Record<string, Gen> {
  return {
    ...thirdGenerators(seed, d),
    // the inherited generators whose values carry this corpus's names
    mapbox_sk: (_a, st) => `sk.${b64url(JSON.stringify({ u: 'carelane', a: `cl${st.pick(LOWERNUM, 23)}` }))}.${st.pick(B64URL, 22)}`,
    openssh_ed: (a, st) => opensshEd25519(st, a || 'deploy@carelane'),
    sntrys: (_a, st) =>
      `sntrys_${b64url(JSON.stringify({ iat: 1716000000 + st.int(9000000), url: 'https://sentry.io', region_url: 'https://de.sentry.io', org: 'northbeam' })).replace(/=+$/, '')}_${st.pick(ALNUM + '+/', 43)}`,
    glc: (_a, st) => `glc_${b64url(JSON.stringify({ o: st.pick(DIGITS, 6), n: 'stack-carelane-logs-write', k: st.pick(ALNUM, 24), m: { r: 'prod-eu-west-2' } })).replace(/=+$/, '')}`,
    // Clerk publishable key: pk_live_ + base64 of the frontend API host and "$" (public by design)
    clerk_pk: (a) => `pk_live_${Buffer.from(`${a || 'clerk.carelane.health'}$`).toString('base64').replace(/=+$/, '')}`,
    mapbox_pk: (_a, st) => `pk.${b64url(JSON.stringify({ u: 'carelane', a: `cm${st.pick(LOWERNUM, 23)}` }))}.${st.pick(B64URL, 22)}`,
    cloudinary: (_a, st) => `cloudinary://${st.pick('123456789', 1)}${st.pick(DIGITS, 14)}:${st.pick(B64URL, 27)}@carelane`,
    md5fp: (_a, st) => st.pick(HEX, 32).match(/../g)!.join(':'),
    // ---- fresh4 additions -------------------------------------------------------------------------------------
    vonage_key: (_a, st) => st.pick(HEX, 8),
    vonage_secret: (_a, st) => st.pick(ALNUM, 16),
    plivo_id: (_a, st) => `MA${st.pick(UPPERNUM, 18)}`,
    messagebird: (_a, st) => st.pick(ALNUM, 25),
    ably: (_a, st) => `${st.pick(ALNUM, 6)}.${st.pick(ALNUM, 6)}:${st.pick(B64URL, 43)}`,
    pagerduty: (_a, st) => `u+${st.pick(B64URL, 18)}`,
    // Honeycomb ingest key: hcaik_ + 01 + ULID-like id + secret part
    honeycomb: (_a, st) => `hcaik_01${st.pick('0123456789abcdefghjkmnpqrstvwxyz', 24)}${st.pick(LOWERNUM, 32)}`,
    ld_sdk: (_a, st, name, value) => `sdk-${value(`uuid#ld-${name}`)}`,
    infisical: (_a, st, name, value) => `st.${value(`uuid#inf-${name}`)}.${st.pick(HEX, 32)}.${st.pick(HEX, 32)}`,
    // 1Password service account token: ops_ + base64url JSON (sign-in address, user auth, email, SRP-x, MUK)
    op_sa: (_a, st) =>
      `ops_${b64url(JSON.stringify({ signInAddress: 'northbeam.1password.eu', userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: st.pick(B64URL, 22) }, email: `${st.pick(LOWERNUM, 26)}@1passwordserviceaccounts.eu`, srpX: st.pick(HEX, 64), muk: { alg: 'A256GCM', ext: true, k: st.pick(B64URL, 43), key_ops: ['encrypt', 'decrypt'], kty: 'oct', kid: 'mp' }, secretKey: `A3-${st.pick(UPPERNUM, 6)}-${st.pick(UPPERNUM, 6)}-${st.pick(UPPERNUM, 5)}-${st.pick(UPPERNUM, 5)}-${st.pick(UPPERNUM, 5)}-${st.pick(UPPERNUM, 5)}`, throttleSecret: { seed: st.pick(HEX, 64), deviceUuid: st.pick(LOWERNUM, 26) }, deviceUuid: st.pick(LOWERNUM, 26) }))}`,
    hvb: (_a, st) => `hvb.AAAAAQ${st.pick(B64URL, 130)}`,
    doo: (_a, st) => `doo_v1_${st.pick(HEX, 64)}`,
    do_spaces: (_a, st) => `DO00${st.pick(UPPERNUM, 16)}`,
    b64std: (a, st) => st.pick(ALNUM + '+/', n(a)),
    scw_ak: (_a, st) => `SCW${st.pick(UPPERNUM, 17)}`,
    ltai: (_a, st) => `LTAI5t${st.pick(ALNUM, 18)}`,
    // Azure SAS signature, URL-encoded base64 of an HMAC-SHA256
    sas_sig: (_a, st) => encodeURIComponent(st.bytes(32).toString('base64')),
    // AWS STS session token (IQoJb3JpZ2luX2Vj… = base64 of the "origin_ec" envelope), one long line
    aws_session: (_a, st) => `IQoJb3JpZ2luX2VjE${st.pick(ALNUM, 3)}aCWV1LXdlc3QtMSJHMEUCI${st.pick(ALNUM + '+/', 360)}`,
    asana: (_a, st) => `2/${st.pick('123456789', 1)}${st.pick(DIGITS, 15)}/${st.pick('123456789', 1)}${st.pick(DIGITS, 15)}:${st.pick(HEX, 32)}`,
    notion_secret: (_a, st) => `secret_${st.pick(ALNUM, 43)}`,
    sf_refresh: (_a, st) => `5Aep861${st.pick(ALNUM + '._', 80)}`,
    sf_consumer: (_a, st) => `3MVG9${st.pick(ALNUM + '._', 80)}`,
    sq0atp: (_a, st) => `sq0atp-${st.pick(B64URL, 22)}`,
    sq0idp: (_a, st) => `sq0idp-${st.pick(B64URL, 22)}`,
    adyen: (_a, st) => `AQEyhmfxK${st.pick(ALNUM + '+/', 72)}==-${st.pick(ALNUM + '+/', 43)}=-${st.pick(ALNUM + '<>;:%{}', 16)}`,
    adyen_client: (_a, st) => `live_${st.pick(UPPERNUM, 32)}`,
    bt_tokenization: (_a, st) => `production_${st.pick(LOWERNUM, 8)}_${st.pick(LOWERNUM, 16)}`,
    plaid_access: (_a, _st, name, value) => `access-production-${value(`uuid#plaid-${name}`)}`,
    coinbase_name: (_a, _st, name, value) => `organizations/${value(`uuid#cb-org-${name}`)}/apiKeys/${value(`uuid#cb-key-${name}`)}`,
    shpca: (_a, st) => `shpca_${st.pick(HEX, 32)}`,
    zapier: (_a, st) => `https://hooks.zapier.com/hooks/catch/${st.pick('123456789', 1)}${st.pick(DIGITS, 7)}/${st.pick(LOWERNUM, 6)}/`,
    make_hook: (_a, st) => `https://hook.eu2.make.com/${st.pick(LOWERNUM, 32)}`,
    // Phoenix secret_key_base (mix phx.gen.secret: 64 random base64 characters)
    phx_secret: (_a, st) => st.pick(ALNUM + '+/', 64),
    ios_sdk: (_a, st) => `ios_sdk-${st.pick(HEX, 40)}`,
    nrjs: (_a, st) => `NRJS-${st.pick(HEX, 19)}`,
    appinsights: (_a, _st, name, value) =>
      `InstrumentationKey=${value(`uuid#ai-${name}`)};IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/;LiveEndpoint=https://westeurope.livediagnostics.monitor.azure.com/`,
    // armoured PGP blocks of random packet bytes: a secret-key packet (tag 5) and a public-key packet (tag 6)
    pgp_priv: (_a, st) =>
      `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${wrap(Buffer.concat([Buffer.from([0x95, 0x03, 0xc6, 0x04]), st.bytes(900)]).toString('base64'), 64)}\n=${st.bytes(3).toString('base64')}\n-----END PGP PRIVATE KEY BLOCK-----`,
    pgp_pub: (_a, st) =>
      `-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n${wrap(Buffer.concat([Buffer.from([0x99, 0x01, 0x0d, 0x04]), st.bytes(500)]).toString('base64'), 64)}\n=${st.bytes(3).toString('base64')}\n-----END PGP PUBLIC KEY BLOCK-----`,
    // an X.509 certificate's armour (DER SEQUENCE header + bytes): public material
    cert: (_a, st) => `-----BEGIN CERTIFICATE-----\n${wrap(Buffer.concat([Buffer.from([0x30, 0x82, 0x03, 0x5d, 0x30, 0x82, 0x02, 0x45, 0xa0, 0x03, 0x02, 0x01, 0x02]), st.bytes(850)]).toString('base64'), 64)}\n-----END CERTIFICATE-----`,
    sops: (_a, st) => `ENC[AES256_GCM,data:${st.bytes(18).toString('base64')},iv:${st.bytes(32).toString('base64')},tag:${st.bytes(16).toString('base64')},type:str]`,
    // ansible-vault body: hex of hex, 80 columns
    ansible_vault: (_a, st) => `$ANSIBLE_VAULT;1.1;AES256\n${wrap(Buffer.from(st.pick(HEX, 400)).toString('hex'), 80)}`,
    sealed: (_a, st) => `AgB${st.bytes(520).toString('base64')}`,
    pulumi_secure: (_a, st) => `v1:${st.bytes(12).toString('base64')}:${st.bytes(40).toString('base64')}`,
    jenkins_enc: (_a, st) => `{AQAAABAAAAAQ${st.bytes(48).toString('base64')}}`,
    bcrypt_hash: (_a, st) => `$2b$12$${st.pick(BCRYPT, 53)}`,
    sha512crypt: (_a, st) => `$6$${st.pick(BCRYPT, 16)}$${st.pick(BCRYPT, 86)}`,
    apr1: (_a, st) => `$apr1$${st.pick(BCRYPT, 8)}$${st.pick(BCRYPT, 22)}`,
    gohash: (_a, st) => `h1:${st.bytes(32).toString('base64')}`,
    ec2id: (_a, st) => `i-0${st.pick(HEX, 16)}`,
    sgid: (_a, st) => `sg-0${st.pick(HEX, 16)}`,
    consul_gossip: (_a, st) => st.bytes(32).toString('base64'),
    vault_unseal: (_a, st) => st.bytes(33).toString('base64'),
    segment: (_a, st) => st.pick(ALNUM, 32),
    basic_weak: (a, _st, name, value) => Buffer.from(`${a}:${value(`weak#${name}`)}`).toString('base64'),
  };
}

/** The fourth corpus's values (seed fresh4-v1). */
export class Values extends SeededValues {
  constructor() {
    super('fresh4-v1', 'fresh4', generators('fresh4-v1'));
  }
}
