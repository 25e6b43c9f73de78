/**
 * Value generators for the fifth fresh-repository bench (bench/secrets/fresh5.ts).
 *
 * The machinery (deterministic streams, checksums, key builders, password habits) and the inherited generators are
 * the fourth bench's (bench/secrets/fresh4/gen.ts), with a different seed
 * ("fresh5-v1"), other word lists for human passwords, and generators for what a food-delivery start-up's stack
 * uses (Stripe Connect, Twilio, Firebase/FCM, Google OAuth refresh and access tokens, OneSignal, Algolia,
 * RevenueCat, Onfleet, Postmark, Expo, Render deploy hooks, Kubernetes service-account tokens, encrypted PKCS#8 keys,
 * HAR session cookies, Stripe object ids, trace and request ids, ETags ...), written from the providers' published
 * formats as we know them, without reading launchready's rules. Formats with a checksum carry a valid one (GitHub
 * and npm base62 CRC32).
 *
 * Every credential in the generated repository is made here at run time, never written as a literal in this
 * source tree.
 *
 * The machinery (streams, alphabets, checksums, key builders, password habits, the placeholder resolver) lives once
 * in bench/secrets/fresh-gen.ts, and the inherited generators are not copied: generators() spreads the fourth
 * corpus's and overrides only those whose values carry that corpus's names (product, e-mail, organisation). This file
 * holds the corpus's own data: seed, word lists, those overrides and its additions.
 */
import { ALNUM, b64url, B64URL, DIGITS, ecKey, HEX, jwtHS256, LOWERNUM, opensshEd25519, rsaKey, SeededValues, UPPERNUM, wrap, type CorpusWords, type Gen } from '../fresh-gen.js';
import { generators as fourthGenerators } from '../fresh4/gen.js';

const WORDS = [
  'saffron', 'harbor', 'falcon', 'noodle', 'glacier', 'violet', 'pretzel', 'orbit', 'meadow', 'papaya', 'granite', 'zephyr',
  'otter', 'quince', 'gadget', 'indigo', 'kumquat', 'pagoda', 'badger', 'turnip', 'lantern', 'compass', 'cannoli',
  'pastel', 'turbine', 'sunset', 'ginger', 'chalice', 'hatchet', 'iceberg', 'juniper', 'kettle', 'lemur', 'nutmeg', 'paprika',
];

// what a founder types when a form asks for a password: names, the product, a year, one symbol
const WEAK_BASES = ['munchly', 'tomasz', 'ines', 'kwame', 'biryani', 'lisbon', 'chelsea', 'tacos', 'summer', 'letmein', 'monkey', 'pizza'];

/** This corpus's words; a later corpus that builds on these generators passes its own. */
const OWN: CorpusWords = { words: WORDS, weakBases: WEAK_BASES, userEmail: 'dispatch@munchly.app' };

/**
 * The fifth corpus's generators: the fourth corpus's (bench/secrets/fresh4/gen.ts) with this corpus's names,
 * plus its own. `seed` names the streams of the generators that draw a key from a stream of their own (a public half
 * matching a private one); `d` gives the words human, weak and memorable passwords are made of.
 */
export function generators(seed: string, d: CorpusWords = OWN): Record<string, Gen> {
  return {
    ...fourthGenerators(seed, d),
    // the inherited generators whose values carry this corpus's names
    mapbox_sk: (_a, st) => `sk.${b64url(JSON.stringify({ u: 'munchly', a: `cl${st.pick(LOWERNUM, 23)}` }))}.${st.pick(B64URL, 22)}`,
    openssh_ed: (a, st) => opensshEd25519(st, a || 'deploy@munchly'),
    sntrys: (_a, st) =>
      `sntrys_${b64url(JSON.stringify({ iat: 1716000000 + st.int(9000000), url: 'https://sentry.io', region_url: 'https://de.sentry.io', org: 'munchly' })).replace(/=+$/, '')}_${st.pick(ALNUM + '+/', 43)}`,
    glc: (_a, st) => `glc_${b64url(JSON.stringify({ o: st.pick(DIGITS, 6), n: 'stack-munchly-logs-write', k: st.pick(ALNUM, 24), m: { r: 'prod-eu-west-2' } })).replace(/=+$/, '')}`,
    // Clerk publishable key: pk_live_ + base64 of the frontend API host and "$" (public by design)
    clerk_pk: (a) => `pk_live_${Buffer.from(`${a || 'clerk.munchly.app'}$`).toString('base64').replace(/=+$/, '')}`,
    mapbox_pk: (_a, st) => `pk.${b64url(JSON.stringify({ u: 'munchly', a: `cm${st.pick(LOWERNUM, 23)}` }))}.${st.pick(B64URL, 22)}`,
    cloudinary: (_a, st) => `cloudinary://${st.pick('123456789', 1)}${st.pick(DIGITS, 14)}:${st.pick(B64URL, 27)}@munchly`,
    // 1Password service account token: ops_ + base64url JSON (sign-in address, user auth, email, SRP-x, MUK)
    op_sa: (_a, st) =>
      `ops_${b64url(JSON.stringify({ signInAddress: 'munchly.1password.com', userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: st.pick(B64URL, 22) }, email: `${st.pick(LOWERNUM, 26)}@1passwordserviceaccounts.eu`, srpX: st.pick(HEX, 64), muk: { alg: 'A256GCM', ext: true, k: st.pick(B64URL, 43), key_ops: ['encrypt', 'decrypt'], kty: 'oct', kid: 'mp' }, secretKey: `A3-${st.pick(UPPERNUM, 6)}-${st.pick(UPPERNUM, 6)}-${st.pick(UPPERNUM, 5)}-${st.pick(UPPERNUM, 5)}-${st.pick(UPPERNUM, 5)}-${st.pick(UPPERNUM, 5)}`, throttleSecret: { seed: st.pick(HEX, 64), deviceUuid: st.pick(LOWERNUM, 26) }, deviceUuid: st.pick(LOWERNUM, 26) }))}`,
    // ---- fresh5 additions -------------------------------------------------------------------------------------
    twilio_token: (_a, st) => st.pick(HEX, 32),
    google_refresh: (_a, st) => `1//0${st.pick('cdefg', 1)}${st.pick(B64URL, 98)}`,
    google_access: (_a, st) => `ya29.a0${st.pick(B64URL, 160)}`,
    onesignal: (_a, st) => `os_v2_app_${st.pick('abcdefghijklmnopqrstuvwxyz234567', 112)}`,
    rc_secret: (_a, st) => `sk_${st.pick(ALNUM, 32)}`,
    rc_public: (_a, st) => `appl_${st.pick(ALNUM, 23)}`,
    rc_public_android: (_a, st) => `goog_${st.pick(ALNUM, 23)}`,
    branch_key: (_a, st) => `key_live_${st.pick(ALNUM, 32)}`,
    stripe_ca: (_a, st) => `ca_${st.pick(ALNUM, 32)}`,
    stripe_obj: (a, st) => `${a}_${a === 'pi' || a === 'ch' || a === 'evt' || a === 'pm' || a === 're' || a === 'tr' ? `3${st.pick(ALNUM, 23)}` : st.pick(ALNUM, 14)}`,
    acct: (_a, st) => `acct_1${st.pick(ALNUM, 15)}`,
    sk_test: (_a, st) => `sk_test_51${st.pick(ALNUM, 97)}`,
    pk_test: (_a, st) => `pk_test_51${st.pick(ALNUM, 97)}`,
    twilio_other: (a, st) => `${a}${st.pick(HEX, 32)}`,
    slack_channel: (_a, st) => `C0${st.pick(UPPERNUM, 9)}`,
    expo_push: (_a, st) => `ExponentPushToken[${st.pick(ALNUM + '-_', 22)}]`,
    traceparent: (_a, st) => `00-${st.pick(HEX, 32)}-${st.pick(HEX, 16)}-01`,
    ulid: (_a, st) => `01${st.pick('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 24)}`,
    etag: (_a, st) => `W/"${st.pick(HEX, 2)}-${st.pick(B64URL, 27)}"`,
    sha1: (_a, st) => st.pick(HEX, 40),
    sha256: (_a, st) => st.pick(HEX, 64),
    // Kubernetes service-account token: RS256 JWT with the usual claims (signature bytes random)
    k8s_sa: (a, st) =>
      `${b64url(JSON.stringify({ alg: 'RS256', kid: st.pick(B64URL, 43) }))}.${b64url(JSON.stringify({ iss: 'kubernetes/serviceaccount', 'kubernetes.io/serviceaccount/namespace': 'munchly', 'kubernetes.io/serviceaccount/secret.name': `${a || 'ci-deployer'}-token`, 'kubernetes.io/serviceaccount/service-account.name': a || 'ci-deployer', 'kubernetes.io/serviceaccount/service-account.uid': st.pick(HEX, 8) + '-' + st.pick(HEX, 4) + '-4' + st.pick(HEX, 3) + '-a' + st.pick(HEX, 3) + '-' + st.pick(HEX, 12), sub: `system:serviceaccount:munchly:${a || 'ci-deployer'}` }))}.${st.pick(B64URL, 342)}`,
    // an HS256 JWT the API signs for couriers: real claims, long expiry
    jwt_courier: (_a, st) => jwtHS256({ sub: `drv_${st.pick(LOWERNUM, 12)}`, role: 'courier', scope: 'orders:read orders:update location:write', iss: 'https://api.munchly.app', iat: 1712000000, exp: 2027360000 }, st.pick(ALNUM, 48)),
    // an admin JWT (RS256-looking, signature random): Retool's API calls carry it
    jwt_admin: (_a, st) =>
      `${b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: st.pick(HEX, 16) }))}.${b64url(JSON.stringify({ sub: 'usr_ops_01', email: 'ops@munchly.app', roles: ['admin', 'refunds'], iss: 'https://auth.munchly.app/', aud: 'munchly-admin', iat: 1714000000, exp: 2029360000 }))}.${st.pick(B64URL, 342)}`,
    // unsigned (alg none) test token: no signature, accepted by nothing in production
    jwt_none: (_a, st) => `${b64url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${b64url(JSON.stringify({ sub: `test-user-${st.pick(DIGITS, 3)}`, role: 'customer' }))}.`,
    // an expired Firebase ID token shape in a recorded fixture (signature random, exp in 2023)
    // express-session cookie: s%3A<id>.<HMAC base64 without padding>
    connect_sid: (_a, st) => `s%3A${st.pick(B64URL, 32)}.${encodeURIComponent(st.bytes(32).toString('base64').replace(/=+$/, ''))}`,
    // encrypted PKCS#8 private key (openssl pkcs8 -topk8 -v2 aes-256-cbc); the passphrase is «pwh#same-name»
    pem_rsa_enc: (_a, st, name, value) =>
      (rsaKey(st).export({ format: 'pem', type: 'pkcs8', cipher: 'aes-256-cbc', passphrase: value(`pwh#${name}`) }) as string).trimEnd(),
    // base64 of a PEM EC key (kubeconfig client-key-data)
    b64_pem_ec: (_a, st) => Buffer.from(`${(ecKey(st).export({ format: 'pem', type: 'sec1' }) as string)}`).toString('base64'),
    b64_cert: (_a, st) =>
      Buffer.from(`-----BEGIN CERTIFICATE-----\n${wrap(Buffer.concat([Buffer.from([0x30, 0x82, 0x03, 0x1d, 0x30, 0x82, 0x02, 0x05, 0xa0, 0x03, 0x02, 0x01, 0x02]), st.bytes(780)]).toString('base64'), 64)}\n-----END CERTIFICATE-----\n`).toString('base64'),
    aes_hex: (_a, st) => st.pick(HEX, 64),
    render_hook: (_a, st) => `https://api.render.com/deploy/srv-${st.pick(LOWERNUM, 20)}?key=${st.pick(ALNUM, 11)}`,
    azure_sas_url: (_a, st) =>
      `https://munchlymenus.blob.core.windows.net/menu-images?sv=2022-11-02&ss=b&srt=sco&sp=rwdlacupiytfx&se=2031-01-01T00:00:00Z&st=2024-03-01T00:00:00Z&spr=https&sig=${encodeURIComponent(st.bytes(32).toString('base64'))}`,
    gsa_email: (a) => `${a}@munchly-prod.iam.gserviceaccount.com`,
    s3key: (_a, st) => `menus/${st.pick(LOWERNUM, 8)}/${st.pick(HEX, 32)}.webp`,
    mixpanel: (_a, st) => st.pick(HEX, 32),
    meili: (_a, st) => st.pick(B64URL, 43),
    shopify_like_hmac: (_a, st) => st.bytes(32).toString('base64'),
    argon2: (_a, st) => `$argon2id$v=19$m=65536,t=3,p=4$${st.bytes(16).toString('base64').replace(/=+$/, '')}$${st.bytes(32).toString('base64').replace(/=+$/, '')}`,
    gh_run: (_a, st) => `${st.pick('123456789', 1)}${st.pick(DIGITS, 9)}`,
    docker_digest: (_a, st) => `sha256:${st.pick(HEX, 64)}`,
    ntlm: (_a, st) => st.pick(HEX.toUpperCase(), 32),
    idem: (_a, st, name, value) => `order-${st.pick(DIGITS, 6)}-${value(`uuid#idem-${name}`)}`,
    github_app_id: (_a, st) => `Iv1.${st.pick(HEX, 16)}`,
    npm_legacy_uuid: (_a, _st, name, value) => value(`uuid#npmlegacy-${name}`),
    heroku_uuid: (_a, _st, name, value) => value(`uuid#heroku-${name}`),
    postmark: (_a, _st, name, value) => value(`uuid#postmark-${name}`),
    algolia_app: (_a, st) => st.pick('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10),
    fb_web_key: (_a, st) => `AIzaSy${st.pick(B64URL, 33)}`,
    eas_token: (_a, st) => st.pick(ALNUM + '_-', 40),
  };
}

/** The fifth corpus's values (seed fresh5-v1). */
export class Values extends SeededValues {
  constructor() {
    super('fresh5-v1', 'fresh5', generators('fresh5-v1'));
  }
}
