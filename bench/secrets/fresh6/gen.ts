/**
 * Value generators for the sixth fresh-repository bench (bench/secrets/fresh6.ts).
 *
 * The machinery (deterministic streams, checksums, key builders, password habits) and the inherited generators are
 * the fifth bench's (bench/secrets/fresh5/gen.ts), with a different seed
 * ("fresh6-v1"), other word lists for human passwords, and generators for what a solo founder's AI-built SaaS uses
 * (Cloudflare R2 key pairs, Vercel tokens, GitHub and Discord OAuth app secrets, Svix-style webhook secrets, Upstash
 * Redis, Resend, NextAuth/JWT secrets, Stripe price ids, Next.js build ids ...), written from the providers'
 * published formats as we know them, without reading launchready's rules. Formats with a checksum carry a valid one
 * (GitHub and npm base62 CRC32).
 *
 * Every credential in the generated repository is made here at run time, never written as a literal in this
 * source tree.
 *
 * The machinery (streams, alphabets, checksums, key builders, password habits, the placeholder resolver) lives once
 * in bench/secrets/fresh-gen.ts, and the inherited generators are not copied: generators() spreads the fifth
 * corpus's and overrides only those whose values carry that corpus's names (product, e-mail, organisation). This file
 * holds the corpus's own data: seed, word lists, those overrides and its additions.
 */
import { ALNUM, b64url, B64URL, DIGITS, HEX, jwtHS256, LOWERNUM, n, opensshEd25519, SeededValues, UPPERNUM, type CorpusWords, type Gen } from '../fresh-gen.js';
import { generators as fifthGenerators } from '../fresh5/gen.js';

// what the seventh corpus (and any that builds on the sixth) imports from here
export { ALNUM, crc32, HEX, jwtHS256, SeededValues, Stream, UPPERNUM, type Gen } from '../fresh-gen.js';

const WORDS = [
  'walrus', 'cobalt', 'thimble', 'marigold', 'tundra', 'biscuit', 'quasar', 'lagoon', 'pumice', 'saddle', 'trellis', 'umber',
  'vortex', 'wombat', 'yonder', 'acorn', 'brisket', 'cactus', 'dynamo', 'ember', 'fjord', 'gravel', 'hickory', 'inkwell',
  'jigsaw', 'kayak', 'lichen', 'mosaic', 'nectar', 'oyster', 'parsnip', 'quiver', 'rhubarb', 'sextant', 'tinsel',
];

// what a founder types when a form asks for a password: names, the product, a year, one symbol
const WEAK_BASES = ['quillmate', 'maya', 'rafael', 'porto', 'arsenal', 'sunshine', 'dragon', 'welcome', 'coffee', 'bella', 'oliver', 'ramen'];

/** This corpus's words; a later corpus that builds on these generators passes its own. */
const OWN: CorpusWords = { words: WORDS, weakBases: WEAK_BASES, userEmail: 'dispatch@quillmate.app' };

/**
 * The sixth corpus's generators: the fifth corpus's (bench/secrets/fresh5/gen.ts) with this corpus's names,
 * plus its own. `seed` names the streams of the generators that draw a key from a stream of their own (a public half
 * matching a private one); `d` gives the words human, weak and memorable passwords are made of.
 */
export function generators(seed: string, d: CorpusWords = OWN): Record<string, Gen> {
  return {
    ...fifthGenerators(seed, d),
    // the inherited generators whose values carry this corpus's names
    mapbox_sk: (_a, st) => `sk.${b64url(JSON.stringify({ u: 'quillmate', a: `cl${st.pick(LOWERNUM, 23)}` }))}.${st.pick(B64URL, 22)}`,
    openssh_ed: (a, st) => opensshEd25519(st, a || 'deploy@quillmate'),
    sntrys: (_a, st) =>
      `sntrys_${b64url(JSON.stringify({ iat: 1716000000 + st.int(9000000), url: 'https://sentry.io', region_url: 'https://de.sentry.io', org: 'quillmate' })).replace(/=+$/, '')}_${st.pick(ALNUM + '+/', 43)}`,
    glc: (_a, st) => `glc_${b64url(JSON.stringify({ o: st.pick(DIGITS, 6), n: 'stack-quillmate-logs-write', k: st.pick(ALNUM, 24), m: { r: 'prod-eu-west-2' } })).replace(/=+$/, '')}`,
    // Clerk publishable key: pk_live_ + base64 of the frontend API host and "$" (public by design)
    clerk_pk: (a) => `pk_live_${Buffer.from(`${a || 'clerk.quillmate.app'}$`).toString('base64').replace(/=+$/, '')}`,
    mapbox_pk: (_a, st) => `pk.${b64url(JSON.stringify({ u: 'quillmate', a: `cm${st.pick(LOWERNUM, 23)}` }))}.${st.pick(B64URL, 22)}`,
    cloudinary: (_a, st) => `cloudinary://${st.pick('123456789', 1)}${st.pick(DIGITS, 14)}:${st.pick(B64URL, 27)}@quillmate`,
    // 1Password service account token: ops_ + base64url JSON (sign-in address, user auth, email, SRP-x, MUK)
    op_sa: (_a, st) =>
      `ops_${b64url(JSON.stringify({ signInAddress: 'quillmate.1password.com', userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: st.pick(B64URL, 22) }, email: `${st.pick(LOWERNUM, 26)}@1passwordserviceaccounts.eu`, srpX: st.pick(HEX, 64), muk: { alg: 'A256GCM', ext: true, k: st.pick(B64URL, 43), key_ops: ['encrypt', 'decrypt'], kty: 'oct', kid: 'mp' }, secretKey: `A3-${st.pick(UPPERNUM, 6)}-${st.pick(UPPERNUM, 6)}-${st.pick(UPPERNUM, 5)}-${st.pick(UPPERNUM, 5)}-${st.pick(UPPERNUM, 5)}-${st.pick(UPPERNUM, 5)}`, throttleSecret: { seed: st.pick(HEX, 64), deviceUuid: st.pick(LOWERNUM, 26) }, deviceUuid: st.pick(LOWERNUM, 26) }))}`,
    // Kubernetes service-account token: RS256 JWT with the usual claims (signature bytes random)
    k8s_sa: (a, st) =>
      `${b64url(JSON.stringify({ alg: 'RS256', kid: st.pick(B64URL, 43) }))}.${b64url(JSON.stringify({ iss: 'kubernetes/serviceaccount', 'kubernetes.io/serviceaccount/namespace': 'quillmate', 'kubernetes.io/serviceaccount/secret.name': `${a || 'ci-deployer'}-token`, 'kubernetes.io/serviceaccount/service-account.name': a || 'ci-deployer', 'kubernetes.io/serviceaccount/service-account.uid': st.pick(HEX, 8) + '-' + st.pick(HEX, 4) + '-4' + st.pick(HEX, 3) + '-a' + st.pick(HEX, 3) + '-' + st.pick(HEX, 12), sub: `system:serviceaccount:quillmate:${a || 'ci-deployer'}` }))}.${st.pick(B64URL, 342)}`,
    // an HS256 JWT the API signs for couriers: real claims, long expiry
    jwt_courier: (_a, st) => jwtHS256({ sub: `drv_${st.pick(LOWERNUM, 12)}`, role: 'courier', scope: 'orders:read orders:update location:write', iss: 'https://api.quillmate.app', iat: 1712000000, exp: 2027360000 }, st.pick(ALNUM, 48)),
    // an admin JWT (RS256-looking, signature random): Retool's API calls carry it
    jwt_admin: (_a, st) =>
      `${b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: st.pick(HEX, 16) }))}.${b64url(JSON.stringify({ sub: 'usr_ops_01', email: 'ops@quillmate.app', roles: ['admin', 'refunds'], iss: 'https://auth.quillmate.app/', aud: 'quillmate-admin', iat: 1714000000, exp: 2029360000 }))}.${st.pick(B64URL, 342)}`,
    azure_sas_url: (_a, st) =>
      `https://quillmatemenus.blob.core.windows.net/menu-images?sv=2022-11-02&ss=b&srt=sco&sp=rwdlacupiytfx&se=2031-01-01T00:00:00Z&st=2024-03-01T00:00:00Z&spr=https&sig=${encodeURIComponent(st.bytes(32).toString('base64'))}`,
    gsa_email: (a) => `${a}@quillmate-prod.iam.gserviceaccount.com`,
    // ---- fresh6 additions -------------------------------------------------------------------------------------
    // Cloudflare R2 S3-compatible key pair: 32-hex access key id, 64-hex secret; the account id is 32 hex too (public)
    r2_id: (_a, st) => st.pick(HEX, 32),
    r2_secret: (_a, st) => st.pick(HEX, 64),
    cf_account: (_a, st) => st.pick(HEX, 32),
    cf_token: (_a, st) => st.pick(B64URL, 40),
    vercel_token: (_a, st) => st.pick(ALNUM, 24),
    vercel_prj: (_a, st) => `prj_${st.pick(ALNUM, 28)}`,
    vercel_team: (_a, st) => `team_${st.pick(ALNUM, 24)}`,
    // GitHub OAuth app: client id Ov23li + 14 (public), client secret 40 hex
    gh_client_id: (_a, st) => `Ov23li${st.pick(ALNUM, 14)}`,
    gh_client_secret: (_a, st) => st.pick(HEX, 40),
    discord_client_id: (_a, st) => `1${st.pick(DIGITS, 18)}`,
    discord_client_secret: (_a, st) => st.pick(B64URL, 32),
    // Svix / Resend / Clerk webhook signing secret: whsec_ + base64 of 24 bytes
    svix: (_a, st) => `whsec_${st.bytes(24).toString('base64')}`,
    nextauth: (_a, st) => st.bytes(32).toString('base64'),
    stripe_price: (_a, st) => `price_1${st.pick(ALNUM, 23)}`,
    stripe_prod: (_a, st) => `prod_${st.pick(ALNUM, 14)}`,
    next_build: (_a, st) => st.pick(B64URL, 21),
    sb_ref: (_a, st) => st.pick('abcdefghijklmnopqrstuvwxyz', 20),
    // Supabase anon key for a given project ref (a JWT with role anon: public by design)
    sb_anon: (a, st, _name, value) =>
      jwtHS256({ iss: 'supabase', ref: value(`sb_ref#${a}`), role: 'anon', iat: 1714521600, exp: 2030097600 }, st.pick(ALNUM, 40)),
    sb_service: (a, st, _name, value) =>
      jwtHS256({ iss: 'supabase', ref: value(`sb_ref#${a}`), role: 'service_role', iat: 1714521600, exp: 2030097600 }, st.pick(ALNUM, 40)),
    posthog_host: () => 'https://eu.i.posthog.com',
    sentry_org_token: (_a, st) => `sntrys_${b64url(JSON.stringify({ iat: 1719000000, url: 'https://sentry.io', region_url: 'https://de.sentry.io', org: 'quillmate' })).replace(/=+$/, '')}_${st.pick(ALNUM + '+/', 43)}`,
    hexsecret: (a, st) => st.pick(HEX, n(a)),
    b64bytes: (a, st) => st.bytes(n(a)).toString('base64'),
    prisma_mig: (_a, st) => `2024${st.pick('01', 1)}${st.pick('12345678', 1)}${st.pick('12', 1)}${st.pick(DIGITS, 7)}`,
    sha256b: (_a, st) => `sha256:${st.pick(HEX, 64)}`,
  };
}

/** The sixth corpus's values (seed fresh6-v1). */
export class Values extends SeededValues {
  constructor() {
    super('fresh6-v1', 'fresh6', generators('fresh6-v1'));
  }
}
