/**
 * Value generators for the fresh-repository bench (bench/secrets/fresh.ts).
 *
 * Every credential in the generated repository is made here at run time, never written as a literal in this source
 * tree (conventions, habit 3: a push-protection scanner must have nothing to object to in our own files). The shapes
 * follow the providers' published formats as we know them, written without reading launchready's rules:
 * GitHub (`ghp_`/`gho_` + 30 base62 + a 6-character base62 CRC32 of those 30, per GitHub's 2021 token-format post)
 * and npm (`npm_` + the same scheme, npm's 2021 announcement) carry a valid checksum.
 *
 * Values are deterministic: each is derived from SHA-256 of (kind, name), so the same `«kind#name»` placeholder gives
 * the same value in every file version that mentions it, and with fixed authors and dates every run builds the same
 * commits (RSA keys too: their primes are searched from the same stream).
 *
 * The machinery (streams, alphabets, checksums, key builders, password habits, the placeholder resolver) lives once
 * in bench/secrets/fresh-gen.ts, shared with the later corpora; this file holds the corpus's own data: seed, word
 * list and generators (the second corpus's generators build on these).
 */
import { createPublicKey } from 'node:crypto';
import { ALNUM, ALPHA, b64url, B64URL, BASE32, BCRYPT, checksummed, DIGITS, DJANGO, ecKey, HEX, humanPassword, jwtHS256, LOWERNUM, n, opensshEd25519, randomPassword, rsaKey, SeededValues, sshEd25519Public, Stream, UPPERNUM, WPSALT, type CorpusWords, type Gen } from '../fresh-gen.js';

const WORDS = [
  'harbor', 'tulip', 'kestrel', 'granite', 'saffron', 'lantern', 'meadow', 'copper', 'falcon', 'juniper', 'orchid', 'pebble',
  'quartz', 'raven', 'summit', 'thistle', 'velvet', 'willow', 'zephyr', 'anchor', 'bramble', 'cinder', 'drift', 'ember',
  'fjord', 'glacier', 'hazel', 'indigo', 'jasper', 'kettle', 'lumen', 'marble', 'nectar', 'otter', 'pepper', 'quill',
];

/** This corpus's words; a later corpus that builds on these generators passes its own. */
const OWN: Pick<CorpusWords, 'words'> = { words: WORDS };

/**
 * The first corpus's generators. `seed` names the streams of the generators that draw a key from a stream of their
 * own (a public half matching a private one); `d` gives the words human passwords are made of.
 */
export function generators(seed: string, d: Pick<CorpusWords, 'words'> = OWN): Record<string, Gen> {
  return {
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
    mapbox_sk: (_a, st) => `sk.${b64url(JSON.stringify({ u: 'parcelo', a: `cl${st.pick(LOWERNUM, 23)}` }))}.${st.pick(B64URL, 22)}`,
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
    pwh: (_a, st) => humanPassword(st, d.words),
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
    pem_ec_pub: (_a, _st, name) => (createPublicKey(ecKey(new Stream(`${seed}|pem_ec|${name}`))).export({ format: 'pem', type: 'spki' }) as string).trimEnd(),
    pem_rsa: (_a, st) => (rsaKey(st).export({ format: 'pem', type: 'pkcs1' }) as string).trimEnd(),
    // a PKCS#8 RSA key as a JSON string value (Google service-account files): newlines escaped
    pem_rsa_json: (_a, st) => (rsaKey(st).export({ format: 'pem', type: 'pkcs8' }) as string).replace(/\n/g, '\\n'),
    openssh_ed: (a, st) => opensshEd25519(st, a || 'deploy@parcelo'),
    // «ssh_ed_pub:openssh_ed:comment#name»: the public half of that private key (same seed stream)
    ssh_ed_pub: (a, _st, name) => sshEd25519Public(new Stream(`${seed}|${a}|${name}`)),
    // base64 of another generated value: «b64of:pwr#db» → base64(value of «pwr#db»)
    b64of: (a, _st, name, value) => Buffer.from(value(`${a}#${name}`)).toString('base64'),
    // base64 of literal text: «b64text:parcelo_app»
    b64text: (a) => Buffer.from(a).toString('base64'),
    // Docker config.json "auth": base64(user:token) with a GitHub token
    dockerauth: (a, _st, name, value) => Buffer.from(`${a}:${value(`ghp#${name}`)}`).toString('base64'),
    // HTTP Basic credentials: base64(user:password) with a chosen password
    basic: (a, _st, name, value) => Buffer.from(`${a}:${value(`pwh#${name}`)}`).toString('base64'),
  };
}

/** The first corpus's values (seed fresh-v1). */
export class Values extends SeededValues {
  constructor() {
    super('fresh-v1', 'fresh', generators('fresh-v1'));
  }
}
