/**
 * Value generators for the third fresh-repository bench (bench/secrets/fresh3.ts).
 *
 * The machinery (deterministic streams, checksums, key builders, password habits) is the second fresh bench's
 * (bench/secrets/fresh2/gen.ts), copied so the corpora stay independent: a different seed ("fresh3-v1"), a different
 * word list for human passwords, weak and memorable password habits, and about forty more shapes of the providers a
 * small marketplace built with AI assistants uses (Supabase, Clerk, Uploadthing, Resend, PostHog, Razorpay, Paystack,
 * PayPal, Pinecone, Mistral, DeepSeek, ElevenLabs, Voyage, Fly, Render, Netlify, Cloudflare, R2, GCS HMAC, dotenvx,
 * ...), written from the providers' published token formats as we know them, without reading launchready's rules.
 * Formats with a checksum carry a valid one (GitHub and npm base62 CRC32).
 *
 * Every credential in the generated repository is made here at run time, never written as a literal in this
 * source tree.
 *
 * The machinery (streams, alphabets, checksums, key builders, password habits, the placeholder resolver) now
 * lives once in bench/secrets/fresh-gen.ts; this file keeps the corpus's own data: its seed, word lists and
 * generator table.
 */
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { ageSecretKey, ALNUM, ALPHA, B64URL, b64url, BASE32, BCRYPT, bech32, cap, checksummed, DIGITS, DJANGO, ecKey, HEX, humanPassword, jwtHS256, jwtUser, LOWERNUM, memorable, n, opensshEd25519, pgpMessage, pngBase64, randomPassword, rsaKey, SeededValues, sshEd25519Public, Stream, UPPERNUM, weakPassword, WPSALT, type Gen } from '../fresh-gen.js';

const WORDS = [
  'sofa', 'otter', 'quarry', 'velvet', 'maple', 'harbor', 'pickle', 'saffron', 'ember', 'falcon', 'granite', 'juniper',
  'kettle', 'lantern', 'meadow', 'nectar', 'orchid', 'pebble', 'quill', 'raven', 'sable', 'thistle', 'tulip', 'willow',
  'yonder', 'zephyr', 'acorn', 'bramble', 'cinder', 'dune', 'fjord', 'glacier', 'hazel', 'indigo', 'jasper', 'kiwi',
];

// what a founder types when a form asks for a password: names, the product, a year, one symbol
const WEAK_BASES = ['swapnest', 'maya', 'tom', 'brandt', 'okafor', 'berlin', 'lagos', 'biscuit', 'football', 'welcome', 'summer', 'monkey'];

const GENERATORS: Record<string, Gen> = {
  hex: (a, st) => st.pick(HEX, n(a)),
  alnum: (a, st) => st.pick(ALNUM, n(a)),
  alpha: (a, st) => st.pick(ALPHA, n(a)),
  upper: (a, st) => st.pick(UPPERNUM, n(a)),
  lower: (a, st) => st.pick(LOWERNUM, n(a)),
  digits: (a, st) => st.pick('123456789', 1) + st.pick(DIGITS, n(a) - 1),
  b64: (a, st) => st.bytes(n(a)).toString('base64'),
  b64url: (a, st) => st.pick(B64URL, n(a)),
  uuid: (_a, st) => {
    const h = st.pick(HEX, 32).split('');
    h[12] = '4';
    h[16] = '89ab'[parseInt(h[16]!, 16) % 4]!;
    const s = h.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  },
  ghp: (_a, st) => checksummed('ghp_', st),
  gho: (_a, st) => checksummed('gho_', st),
  npm: (_a, st) => checksummed('npm_', st),
  fgpat: (_a, st) => `github_pat_11${st.pick(UPPERNUM, 20)}_${st.pick(ALNUM, 59)}`,
  glpat: (_a, st) => `glpat-${st.pick(B64URL, 20)}`,
  akia: (_a, st) => `AKIA${st.pick(BASE32, 16)}`,
  awssecret: (_a, st) => st.pick(ALNUM + '/+', 40),
  sk_live: (_a, st) => `sk_live_51${st.pick(ALNUM, 97)}`,
  rk_live: (_a, st) => `rk_live_51${st.pick(ALNUM, 97)}`,
  pk_live: (_a, st) => `pk_live_51${st.pick(ALNUM, 97)}`,
  whsec: (_a, st) => `whsec_${st.pick(ALNUM, 32)}`,
  xoxb: (_a, st) => `xoxb-${st.pick('123456789', 1)}${st.pick(DIGITS, 10)}-${st.pick('123456789', 1)}${st.pick(DIGITS, 12)}-${st.pick(ALNUM, 24)}`,
  xoxp: (_a, st) => `xoxp-${st.pick('123456789', 1)}${st.pick(DIGITS, 10)}-${st.pick('123456789', 1)}${st.pick(DIGITS, 10)}-${st.pick('123456789', 1)}${st.pick(DIGITS, 12)}-${st.pick(HEX, 32)}`,
  slackhook: (_a, st) => `https://hooks.slack.com/services/T${st.pick(UPPERNUM, 8)}/B${st.pick(UPPERNUM, 10)}/${st.pick(ALNUM, 24)}`,
  discordhook: (_a, st) => `https://discord.com/api/webhooks/1${st.pick(DIGITS, 18)}/${st.pick(B64URL, 68)}`,
  sendgrid: (_a, st) => `SG.${st.pick(B64URL, 22)}.${st.pick(B64URL, 43)}`,
  openai: (_a, st) => `sk-proj-${st.pick(B64URL, 58)}T3BlbkFJ${st.pick(B64URL, 58)}`,
  anthropic: (_a, st) => `sk-ant-api03-${st.pick(B64URL, 93)}AA`,
  aiza: (_a, st) => `AIzaSy${st.pick(B64URL, 33)}`,
  telegram: (_a, st) => `${st.pick('123456789', 1)}${st.pick(DIGITS, 9)}:AA${st.pick(B64URL, 33)}`,
  mapbox_sk: (_a, st) => `sk.${b64url(JSON.stringify({ u: 'swapnest', a: `cl${st.pick(LOWERNUM, 23)}` }))}.${st.pick(B64URL, 22)}`,
  sntryu: (_a, st) => `sntryu_${st.pick(HEX, 64)}`,
  doctl: (_a, st) => `dop_v1_${st.pick(HEX, 64)}`,
  pmak: (_a, st) => `PMAK-${st.pick(HEX, 24)}-${st.pick(HEX, 34)}`,
  pypi: (_a, st) => `pypi-AgEIcHlwaS5vcmcCJD${st.pick(B64URL, 150)}`,
  glsa: (_a, st) => `glsa_${st.pick(ALNUM, 32)}_${st.pick(HEX, 8)}`,
  hvs: (_a, st) => `hvs.${st.pick(ALNUM, 24)}`,
  tfc: (_a, st) => `${st.pick(ALNUM, 14)}.atlasv1.${st.pick(ALNUM, 67)}`,
  brevo: (_a, st) => `xkeysib-${st.pick(HEX, 64)}-${st.pick(ALNUM, 16)}`,
  nrlicense: (_a, st) => `${st.pick(HEX, 36)}NRAL`,
  fcm: (_a, st) => `AAAA${st.pick(B64URL, 7)}:APA91b${st.pick(B64URL, 134)}`,
  square: (_a, st) => `EAAA${st.pick(B64URL, 60)}`,
  okta: (_a, st) => `00${st.pick(B64URL, 40)}`,
  azure_secret: (_a, st) => `${st.pick(ALNUM, 3)}${st.pick(DIGITS, 1)}Q~${st.pick(ALNUM + '_.~-', 34)}`,
  django: (_a, st) => st.pick(DJANGO, 50),
  wpsalt: (_a, st) => st.pick(WPSALT, 64),
  pwh: (_a, st) => humanPassword(st, WORDS),
  pwr: (_a, st) => randomPassword(st, '-_.!*'),
  // for URL userinfo: unreserved characters only (RFC 3986), so no percent-encoding is needed
  pwu: (_a, st) => randomPassword(st, '-_.~'),
  bcrypt: (_a, st) => st.pick(BCRYPT, 53),
  jwt_service: (_a, st) =>
    jwtHS256({ iss: 'supabase', ref: st.pick('abcdefghijklmnopqrstuvwxyz', 20), role: 'service_role', iat: 1704067200, exp: 2019643200 }, st.pick(ALNUM, 40)),
  jwt_anon: (_a, st) =>
    jwtHS256({ iss: 'supabase', ref: st.pick('abcdefghijklmnopqrstuvwxyz', 20), role: 'anon', iat: 1704067200, exp: 2019643200 }, st.pick(ALNUM, 40)),
  pem_ec: (_a, st) => (ecKey(st).export({ format: 'pem', type: 'sec1' }) as string).trimEnd(),
  // the public half of «pem_ec#same-name»: the same seed stream
  pem_ec_pub: (_a, _st, name) => (createPublicKey(ecKey(new Stream(`fresh3-v1|pem_ec|${name}`))).export({ format: 'pem', type: 'spki' }) as string).trimEnd(),
  pem_rsa: (_a, st) => (rsaKey(st).export({ format: 'pem', type: 'pkcs1' }) as string).trimEnd(),
  // a PKCS#8 RSA key as a JSON string value (Google service-account files): newlines escaped
  pem_rsa_json: (_a, st) => (rsaKey(st).export({ format: 'pem', type: 'pkcs8' }) as string).replace(/\n/g, '\\n'),
  openssh_ed: (a, st) => opensshEd25519(st, a || 'deploy@swapnest'),
  // «ssh_ed_pub:openssh_ed:comment#name»: the public half of that private key (same seed stream)
  ssh_ed_pub: (a, _st, name) => sshEd25519Public(new Stream(`fresh3-v1|${a}|${name}`)),
  // base64 of another generated value: «b64of:pwr#db» → base64(value of «pwr#db»)
  b64of: (a, _st, name, value) => Buffer.from(value(`${a}#${name}`)).toString('base64'),
  // base64 of literal text: «b64text:swapnest_app»
  b64text: (a) => Buffer.from(a).toString('base64'),
  // Docker config.json "auth": base64(user:token) with a GitHub token
  dockerauth: (a, _st, name, value) => Buffer.from(`${a}:${value(`ghp#${name}`)}`).toString('base64'),
  // HTTP Basic credentials: base64(user:password) with a chosen password
  basic: (a, _st, name, value) => Buffer.from(`${a}:${value(`pwh#${name}`)}`).toString('base64'),
  // ---- fresh2 additions -------------------------------------------------------------------------------------
  ghs: (_a, st) => checksummed('ghs_', st),
  gldt: (_a, st) => `gldt-${st.pick(B64URL, 20)}`,
  asia: (_a, st) => `ASIA${st.pick(BASE32, 16)}`,
  xapp: (_a, st) => `xapp-1-A${st.pick(UPPERNUM, 10)}-${st.pick('123456789', 1)}${st.pick(DIGITS, 12)}-${st.pick(HEX, 64)}`,
  twilio_sid: (_a, st) => `AC${st.pick(HEX, 32)}`,
  twilio_sk: (_a, st) => `SK${st.pick(HEX, 32)}`,
  mailgun2: (_a, st) => `${st.pick(HEX, 32)}-${st.pick(HEX, 8)}-${st.pick(HEX, 8)}`,
  // «mailchimp:us14#name»: the data-centre suffix the client's "server" setting must match
  mailchimp: (a, st) => `${st.pick(HEX, 32)}-${a || 'us14'}`,
  shpat: (_a, st) => `shpat_${st.pick(HEX, 32)}`,
  shpss: (_a, st) => `shpss_${st.pick(HEX, 32)}`,
  doppler: (a, st) => `dp.st.${a || 'prd'}.${st.pick(ALNUM, 40)}`,
  atlassian: (_a, st) => `ATATT3xFfGF0${st.pick(B64URL, 171)}=${st.pick(HEX.toUpperCase(), 8)}`,
  linear: (_a, st) => `lin_api_${st.pick(ALNUM, 40)}`,
  notion: (_a, st) => `ntn_${st.pick(DIGITS, 11)}${st.pick(ALNUM, 35)}`,
  airtable: (_a, st) => `pat${st.pick(ALNUM, 14)}.${st.pick(HEX, 64)}`,
  hubspot: (a, st, name, value) => `pat-${a || 'eu1'}-${value(`uuid#hubspot-${name}`)}`,
  sntrys: (_a, st) =>
    `sntrys_${b64url(JSON.stringify({ iat: 1716000000 + st.int(9000000), url: 'https://sentry.io', region_url: 'https://de.sentry.io', org: 'swapnest' })).replace(/=+$/, '')}_${st.pick(ALNUM + '+/', 43)}`,
  heroku: (_a, st) => `HRKU-AA${st.pick(B64URL, 58)}`,
  pscale: (_a, st) => `pscale_pw_${st.pick(B64URL, 43)}`,
  databricks: (_a, st) => `dapi${st.pick(HEX, 32)}`,
  hvs_long: (_a, st) => `hvs.CAESI${st.pick(B64URL, 42)}Gh4KHGh2cy5${st.pick(ALNUM, 24)}`,
  pulumi: (_a, st) => `pul-${st.pick(HEX, 40)}`,
  glc: (_a, st) => `glc_${b64url(JSON.stringify({ o: st.pick(DIGITS, 6), n: 'stack-swapnest-logs-write', k: st.pick(ALNUM, 24), m: { r: 'prod-eu-west-2' } })).replace(/=+$/, '')}`,
  nrak: (_a, st) => `NRAK-${st.pick(UPPERNUM, 27)}`,
  discord_bot: (_a, st) => `${Buffer.from(`1${st.pick(DIGITS, 18)}`).toString('base64').replace(/=+$/, '')}.${st.pick(B64URL, 6)}.${st.pick(B64URL, 38)}`,
  braintree: (_a, st) => `access_token$production$${st.pick(LOWERNUM, 16)}$${st.pick(HEX, 32)}`,
  sq0csp: (_a, st) => `sq0csp-${st.pick(B64URL, 43)}`,
  azure_storage: (_a, st) => st.bytes(64).toString('base64'),
  azdo_pat: (_a, st) => st.pick('abcdefghijklmnopqrstuvwxyz234567', 52),
  sbp: (_a, st) => `sbp_${st.pick(HEX, 40)}`,
  dropbox: (_a, st) => `sl.B${st.pick(B64URL, 136)}`,
  dckr: (_a, st) => `dckr_pat_${st.pick(B64URL, 27)}`,
  rubygems: (_a, st) => `rubygems_${st.pick(HEX, 48)}`,
  nuget: (_a, st) => `oy2${st.pick(LOWERNUM, 43)}`,
  circleci: (_a, st) => `CCIPAT_${st.pick(ALNUM, 22)}_${st.pick(HEX, 40)}`,
  bitbucket: (_a, st) => `ATBB${st.pick(ALNUM, 24)}${st.pick(HEX.toUpperCase(), 8)}`,
  jfrog: (_a, st) => `AKCp8${st.pick(ALNUM, 68)}`,
  shippo: (_a, st) => `shippo_live_${st.pick(HEX, 40)}`,
  easypost: (_a, st) => `EZAK${st.pick(LOWERNUM, 54)}`,
  gocardless: (_a, st) => `live_${st.pick(B64URL, 40)}`,
  mollie: (_a, st) => `live_${st.pick(ALNUM, 30)}`,
  groq: (_a, st) => `gsk_${st.pick(ALNUM, 52)}`,
  hf: (_a, st) => `hf_${st.pick(ALPHA, 34)}`,
  replicate: (_a, st) => `r8_${st.pick(ALNUM, 37)}`,
  intercom: (_a, _st, name, value) => Buffer.from(`tok:${value(`uuid#intercom-${name}`)}:1:0`).toString('base64').replace(/=+$/, ''),
  dd_pub: (_a, st) => `pub${st.pick(HEX, 32)}`,
  age: (_a, st) => ageSecretKey(st.bytes(32)),
  // the age recipient (public key) of «age#same-name»: X25519 public point of the same seed, Bech32 with HRP "age"
  age_pub: (_a, _st, name) => {
    const der = Buffer.concat([Buffer.from('302e020100300506032b656e04220420', 'hex'), new Stream(`fresh3-v1|age|${name}`).bytes(32)]);
    const jwk = createPublicKey(createPrivateKey({ key: der, format: 'der', type: 'pkcs8' })).export({ format: 'jwk' });
    return bech32('age', Buffer.from(jwk.x!, 'base64url'));
  },
  laravel: (_a, st) => `base64:${st.bytes(32).toString('base64')}`,
  // PKCS#8 RSA ("BEGIN PRIVATE KEY"), as openssl genpkey writes it
  pem_rsa8: (_a, st) => (rsaKey(st).export({ format: 'pem', type: 'pkcs8' }) as string).trimEnd(),
  // a JKS / PKCS#12 store password a person typed: shorter, one word and digits
  storepw: (_a, st) => `${cap(WORDS[st.int(WORDS.length)]!)}${10 + st.int(90)}${'!#%'[st.int(3)]}${WORDS[st.int(WORDS.length)]!}`,
  // HTTP Basic with a random (machine) password
  basicr: (a, _st, name, value) => Buffer.from(`${a}:${value(`pwr#${name}`)}`).toString('base64'),
  // base64 of any other generated value, for Kubernetes `data:` and docker auths: «b64any:kind#name»
  b64any: (a, _st, name, value) => Buffer.from(value(`${a}#${name}`)).toString('base64'),
  // Docker config "auth" with a Docker Hub PAT
  dockerauth_dckr: (a, _st, name, value) => Buffer.from(`${a}:${value(`dckr#${name}`)}`).toString('base64'),
  // ---- fresh3 additions -------------------------------------------------------------------------------------
  lc: (a, st) => st.pick('abcdefghijklmnopqrstuvwxyz', n(a)),
  weak: (_a, st) => weakPassword(st, WEAK_BASES),
  memorable: (_a, st) => memorable(st, WORDS),
  jwt_user: (_a, st) => jwtUser(st, 'maya@swapnest.app'),
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

/** The third corpus's values (seed fresh3-v1). */

export class Values extends SeededValues {
  constructor() {
    super('fresh3-v1', 'fresh3', GENERATORS);
  }
}
