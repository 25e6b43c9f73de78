/**
 * Value generators for the second fresh-repository bench (bench/secrets/fresh2.ts).
 *
 * The machinery (deterministic streams, key builders, password habits) is the first fresh bench's
 * (bench/secrets/fresh/gen.ts), with a different seed ("fresh2-v1"), a
 * different word list for human passwords, and about forty more provider shapes written from the providers'
 * published token formats as we know them, without reading launchready's rules. Formats with a checksum carry a
 * valid one: GitHub (`ghp_`/`ghs_`/`gho_`) and npm (`npm_`) base62 CRC32, and the age secret key's Bech32.
 *
 * Every credential in the generated repository is made here at run time, never written as a literal in this
 * source tree.
 *
 * The machinery (streams, alphabets, checksums, key builders, password habits, the placeholder resolver) lives once
 * in bench/secrets/fresh-gen.ts, and the inherited generators are not copied: generators() spreads the first
 * corpus's and overrides only those whose values carry that corpus's names (product, e-mail, organisation). This file
 * holds the corpus's own data: seed, word lists, those overrides and its additions.
 */
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { ageSecretKey, ALNUM, ALPHA, b64url, B64URL, BASE32, bech32, cap, checksummed, DIGITS, HEX, LOWERNUM, rsaKey, SeededValues, Stream, UPPERNUM, type CorpusWords, type Gen } from '../fresh-gen.js';
import { generators as firstGenerators } from '../fresh/gen.js';

const WORDS = [
  'ledger', 'biscuit', 'pelican', 'mango', 'tundra', 'cobalt', 'sparrow', 'walnut', 'puffin', 'lagoon', 'cricket', 'nimbus',
  'oyster', 'paprika', 'rhubarb', 'sequoia', 'tangerine', 'umber', 'violet', 'badger', 'cashew', 'dolphin', 'espresso', 'ferret',
  'gecko', 'hollow', 'iguana', 'jigsaw', 'koala', 'lobster', 'mustard', 'nutmeg', 'olive', 'parsnip', 'quokka', 'radish',
]

/** This corpus's words; a later corpus that builds on these generators passes its own. */
const OWN: Pick<CorpusWords, 'words'> = { words: WORDS };

/**
 * The second corpus's generators: the first corpus's (bench/secrets/fresh/gen.ts) with this corpus's names,
 * plus its own. `seed` names the streams of the generators that draw a key from a stream of their own (a public half
 * matching a private one); `d` gives the words human, weak and memorable passwords are made of.
 */
export function generators(seed: string, d: Pick<CorpusWords, 'words'> = OWN): Record<string, Gen> {
  return {
    ...firstGenerators(seed, d),
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
      `sntrys_${b64url(JSON.stringify({ iat: 1716000000 + st.int(9000000), url: 'https://sentry.io', region_url: 'https://de.sentry.io', org: 'ledgerly' })).replace(/=+$/, '')}_${st.pick(ALNUM + '+/', 43)}`,
    heroku: (_a, st) => `HRKU-AA${st.pick(B64URL, 58)}`,
    pscale: (_a, st) => `pscale_pw_${st.pick(B64URL, 43)}`,
    databricks: (_a, st) => `dapi${st.pick(HEX, 32)}`,
    hvs_long: (_a, st) => `hvs.CAESI${st.pick(B64URL, 42)}Gh4KHGh2cy5${st.pick(ALNUM, 24)}`,
    pulumi: (_a, st) => `pul-${st.pick(HEX, 40)}`,
    glc: (_a, st) => `glc_${b64url(JSON.stringify({ o: st.pick(DIGITS, 6), n: 'stack-ledgerly-logs-write', k: st.pick(ALNUM, 24), m: { r: 'prod-eu-west-2' } })).replace(/=+$/, '')}`,
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
      const der = Buffer.concat([Buffer.from('302e020100300506032b656e04220420', 'hex'), new Stream(`${seed}|age|${name}`).bytes(32)]);
      const jwk = createPublicKey(createPrivateKey({ key: der, format: 'der', type: 'pkcs8' })).export({ format: 'jwk' });
      return bech32('age', Buffer.from(jwk.x!, 'base64url'));
    },
    laravel: (_a, st) => `base64:${st.bytes(32).toString('base64')}`,
    // PKCS#8 RSA ("BEGIN PRIVATE KEY"), as openssl genpkey writes it
    pem_rsa8: (_a, st) => (rsaKey(st).export({ format: 'pem', type: 'pkcs8' }) as string).trimEnd(),
    // a JKS / PKCS#12 store password a person typed: shorter, one word and digits
    storepw: (_a, st) => `${cap(d.words[st.int(d.words.length)]!)}${10 + st.int(90)}${'!#%'[st.int(3)]}${d.words[st.int(d.words.length)]!}`,
    // HTTP Basic with a random (machine) password
    basicr: (a, _st, name, value) => Buffer.from(`${a}:${value(`pwr#${name}`)}`).toString('base64'),
    // base64 of any other generated value, for Kubernetes `data:` and docker auths: «b64any:kind#name»
    b64any: (a, _st, name, value) => Buffer.from(value(`${a}#${name}`)).toString('base64'),
    // Docker config "auth" with a Docker Hub PAT
    dockerauth_dckr: (a, _st, name, value) => Buffer.from(`${a}:${value(`dckr#${name}`)}`).toString('base64'),
  };
}

/** The second corpus's values (seed fresh2-v1). */
export class Values extends SeededValues {
  constructor() {
    super('fresh2-v1', 'fresh2', generators('fresh2-v1'));
  }
}
