/**
 * Value generators for the third fresh-repository bench (bench/secrets/fresh3.ts).
 *
 * The machinery (deterministic streams, checksums, key builders, password habits) is the second fresh bench's
 * (bench/secrets/fresh2/gen.ts), with a different seed ("fresh3-v1"), a different
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
 * in bench/secrets/fresh-gen.ts, and the inherited generators are not copied: generators() spreads the second
 * corpus's and overrides only those whose values carry that corpus's names (product, e-mail, organisation). This file
 * holds the corpus's own data: seed, word lists, those overrides and its additions.
 */
import { createPublicKey } from 'node:crypto';
import { ALNUM, b64url, B64URL, DIGITS, ecKey, HEX, jwtHS256, jwtUser, LOWERNUM, memorable, n, opensshEd25519, pgpMessage, pngBase64, rsaKey, SeededValues, UPPERNUM, weakPassword, type CorpusWords, type Gen } from '../fresh-gen.js';
import { generators as secondGenerators } from '../fresh2/gen.js';

const WORDS = [
  'sofa', 'otter', 'quarry', 'velvet', 'maple', 'harbor', 'pickle', 'saffron', 'ember', 'falcon', 'granite', 'juniper',
  'kettle', 'lantern', 'meadow', 'nectar', 'orchid', 'pebble', 'quill', 'raven', 'sable', 'thistle', 'tulip', 'willow',
  'yonder', 'zephyr', 'acorn', 'bramble', 'cinder', 'dune', 'fjord', 'glacier', 'hazel', 'indigo', 'jasper', 'kiwi',
];

// what a founder types when a form asks for a password: names, the product, a year, one symbol
const WEAK_BASES = ['swapnest', 'maya', 'tom', 'brandt', 'okafor', 'berlin', 'lagos', 'biscuit', 'football', 'welcome', 'summer', 'monkey'];

/** This corpus's words; a later corpus that builds on these generators passes its own. */
const OWN: CorpusWords = { words: WORDS, weakBases: WEAK_BASES, userEmail: 'maya@swapnest.app' };

/**
 * The third corpus's generators: the second corpus's (bench/secrets/fresh2/gen.ts) with this corpus's names,
 * plus its own. `seed` names the streams of the generators that draw a key from a stream of their own (a public half
 * matching a private one); `d` gives the words human, weak and memorable passwords are made of.
 */
export function generators(seed: string, d: CorpusWords = OWN): Record<string, Gen> {
  return {
    ...secondGenerators(seed, d),
    // the inherited generators whose values carry this corpus's names
    mapbox_sk: (_a, st) => `sk.${b64url(JSON.stringify({ u: 'swapnest', a: `cl${st.pick(LOWERNUM, 23)}` }))}.${st.pick(B64URL, 22)}`,
    openssh_ed: (a, st) => opensshEd25519(st, a || 'deploy@swapnest'),
    sntrys: (_a, st) =>
      `sntrys_${b64url(JSON.stringify({ iat: 1716000000 + st.int(9000000), url: 'https://sentry.io', region_url: 'https://de.sentry.io', org: 'swapnest' })).replace(/=+$/, '')}_${st.pick(ALNUM + '+/', 43)}`,
    glc: (_a, st) => `glc_${b64url(JSON.stringify({ o: st.pick(DIGITS, 6), n: 'stack-swapnest-logs-write', k: st.pick(ALNUM, 24), m: { r: 'prod-eu-west-2' } })).replace(/=+$/, '')}`,
    // ---- fresh3 additions -------------------------------------------------------------------------------------
    lc: (a, st) => st.pick('abcdefghijklmnopqrstuvwxyz', n(a)),
    weak: (_a, st) => weakPassword(st, d.weakBases),
    memorable: (_a, st) => memorable(st, d.words),
    jwt_user: (_a, st) => jwtUser(st, d.userEmail),
    // the jwt.io debugger's sample token (HS256 with the secret "your-256-bit-secret"): public documentation
    jwt_io: () => jwtHS256({ sub: '1234567890', name: 'John Doe', iat: 1516239022 }, 'your-256-bit-secret'),
    clerk_sk: (_a, st) => `sk_live_${st.pick(ALNUM, 42)}`,
    // Clerk publishable key: pk_live_ + base64 of the frontend API host and "$" (public by design)
    clerk_pk: (a) => `pk_live_${Buffer.from(`${a || 'clerk.swapnest.app'}$`).toString('base64').replace(/=+$/, '')}`,
    openai_legacy: (_a, st) => `sk-${st.pick(ALNUM, 20)}T3BlbkFJ${st.pick(ALNUM, 20)}`,
    openai_svc: (_a, st) => `sk-svcacct-${st.pick(B64URL, 74)}T3BlbkFJ${st.pick(B64URL, 74)}`,
    anthropic_admin: (_a, st) => `sk-ant-admin01-${st.pick(B64URL, 93)}AA`,
    pinecone: (_a, st) => `pcsk_${st.pick(ALNUM, 6)}_${st.pick('123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz', 63)}`,
    voyage: (_a, st) => `pa-${st.pick(B64URL, 43)}`,
    elevenlabs: (_a, st) => `sk_${st.pick(HEX, 48)}`,
    resend: (_a, st) => `re_${st.pick(ALNUM, 8)}_${st.pick(ALNUM, 24)}`,
    mailgun_key: (_a, st) => `key-${st.pick(HEX, 32)}`,
    paypal_id: (_a, st) => `A${st.pick(B64URL, 79)}`,
    paypal_secret: (_a, st) => `E${st.pick(B64URL, 79)}`,
    rzp_id: (_a, st) => `rzp_live_${st.pick(ALNUM, 14)}`,
    paystack_sk: (_a, st) => `sk_live_${st.pick(HEX, 40)}`,
    paystack_pk: (_a, st) => `pk_live_${st.pick(HEX, 40)}`,
    mapbox_pk: (_a, st) => `pk.${b64url(JSON.stringify({ u: 'swapnest', a: `cm${st.pick(LOWERNUM, 23)}` }))}.${st.pick(B64URL, 22)}`,
    phc: (_a, st) => `phc_${st.pick(ALNUM, 43)}`,
    phx: (_a, st) => `phx_${st.pick(ALNUM, 43)}`,
    cloudinary: (_a, st) => `cloudinary://${st.pick('123456789', 1)}${st.pick(DIGITS, 14)}:${st.pick(B64URL, 27)}@swapnest`,
    uploadthing: (_a, st) =>
      Buffer.from(JSON.stringify({ apiKey: `sk_live_${st.pick(HEX, 64)}`, appId: st.pick('abcdefghijklmnopqrstuvwxyz0123456789', 10), regions: ['sea1'] })).toString('base64'),
    sentry_dsn: (_a, st) => `https://${st.pick(HEX, 32)}@o${st.pick('123456789', 1)}${st.pick(DIGITS, 5)}.ingest.de.sentry.io/${st.pick('123456789', 1)}${st.pick(DIGITS, 15)}`,
    fly: (_a, st) => `FlyV1 fm2_${st.bytes(150).toString('base64').replace(/=+$/, '')},fm2_${st.bytes(96).toString('base64').replace(/=+$/, '')}`,
    render: (_a, st) => `rnd_${st.pick(ALNUM, 32)}`,
    netlify: (_a, st) => `nfp_${st.pick(ALNUM, 36)}${st.pick(HEX, 4)}`,
    gocspx: (_a, st) => `GOCSPX-${st.pick(B64URL, 28)}`,
    gclient: (_a, st) => `${st.pick('123456789', 1)}${st.pick(DIGITS, 11)}-${st.pick(LOWERNUM, 32)}.apps.googleusercontent.com`,
    goog_hmac: (_a, st) => `GOOG1E${st.pick(UPPERNUM, 55)}`,
    gmail_app: (_a, st) => [0, 1, 2, 3].map(() => st.pick('abcdefghijklmnopqrstuvwxyz', 4)).join(' '),
    elastic_key: (_a, st) => Buffer.from(`${st.pick(B64URL, 20)}:${st.pick(B64URL, 22)}`).toString('base64'),
    sb_secret: (_a, st) => `sb_secret_${st.pick(B64URL, 22)}_${st.pick(B64URL, 8)}`,
    sb_publishable: (_a, st) => `sb_publishable_${st.pick(B64URL, 22)}_${st.pick(B64URL, 8)}`,
    upstash: (_a, st) => `A${st.pick(ALNUM, 3)}AAIjcDE${st.pick(HEX, 32)}cDEx${st.pick(ALNUM, 8)}`,
    vercel_blob: (_a, st) => `vercel_blob_rw_${st.pick(ALNUM, 16)}_${st.pick(ALNUM, 30)}`,
    neon_pw: (_a, st) => `npg_${st.pick(ALNUM, 12)}`,
    // SHA-512 subresource integrity / lockfile integrity of some package: public digests
    sri512: (_a, st) => `sha512-${st.bytes(64).toString('base64')}`,
    sri384: (_a, st) => `sha384-${st.bytes(48).toString('base64')}`,
    pgp_msg: (_a, st) => pgpMessage(st),
    png_b64: (a, st) => pngBase64(st, n(a || '90')),
    // PKCS#8 EC key (an APNs / Apple "AuthKey_XXXX.p8"), as Apple hands it out
    pem_ec8: (_a, st) => (ecKey(st).export({ format: 'pem', type: 'pkcs8' }) as string).trimEnd(),
    // the Chrome extension manifest "key": base64 DER of an RSA public key (public by design)
    rsa_spki_b64: (_a, st) => (createPublicKey(rsaKey(st)).export({ format: 'der', type: 'spki' }) as Buffer).toString('base64'),
    // colon-separated SHA-256 certificate fingerprint (Android assetlinks.json)
    // Lemon Squeezy API key: an RS256 JWT issued by the dashboard (signature bytes random here)
    ls_key: (_a, st) =>
      `${b64url(JSON.stringify({ typ: 'JWT', alg: 'RS256' }))}.${b64url(JSON.stringify({ aud: '94d59cef-dbb8-4ea5-b178-d2540fcd6919', jti: st.pick(HEX, 80), iat: 1725300000, nbf: 1725300000, exp: 2040919200, sub: st.pick(DIGITS, 6), scopes: [] }))}.${st.pick(B64URL, 342)}`,
    certfp: (_a, st) => st.pick(HEX.toUpperCase(), 64).match(/../g)!.join(':'),
  };
}

/** The third corpus's values (seed fresh3-v1). */
export class Values extends SeededValues {
  constructor() {
    super('fresh3-v1', 'fresh3', generators('fresh3-v1'));
  }
}
