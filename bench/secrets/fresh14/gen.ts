/**
 * Value generators for the fourteenth fresh-repository bench (bench/secrets/fresh14.ts).
 *
 * The machinery and the inherited generators are the sixth bench's (bench/secrets/fresh6/gen.ts), imported, not
 * copied: a different seed ("fresh14-v1") and generators for what a small game studio's live-service back end uses
 * (PlayFab title secret keys, Epic Online Services client credentials, a Steamworks Web API publisher key, Perforce
 * tickets, Unity Gaming Services service-account keys, Nakama keys, Xsolla and Twitch extension secrets, Jenkins agent
 * secrets, MediaWiki keys), written from the providers' published formats as we know them, without reading
 * launchready's rules. Decoys too: Unity .meta guids, Addressables bundle hashes, Photon app ids, Steam app ids,
 * Discord application public keys.
 *
 * Every credential in the generated repository is made here at run time, never written as a literal in this
 * source tree.
 */
import { ALNUM, HEX, UPPERNUM, generators, SeededValues, type Gen } from '../fresh6/gen.js';
import type { CorpusWords } from '../fresh-gen.js';

const b64url = (s: string) => Buffer.from(s).toString('base64url');

const LOWERNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
const DIGITS = '0123456789';
const B64URL = ALNUM + '-_';

// what a game studio's people pick: ship and raid names, the game, pets, a year
const WORDS = [
  'kestrel', 'falcon', 'tempest', 'warden', 'ember', 'skyhook', 'gantry', 'zeppelin', 'nimbus', 'cinder', 'rivet',
  'propeller', 'harbor', 'lantern', 'comet', 'anvil', 'glider', 'thunder', 'copper', 'meadow', 'sprocket', 'voyage',
  'whistle', 'barrel', 'cobble', 'drizzle', 'fathom', 'gusty', 'mango', 'pepper',
];
const WEAK_BASES = ['skyraid', 'pixelforge', 'kestrel', 'dragon', 'falcon', 'summer', 'gamer', 'mika', 'sofia', 'biscuit', 'ninja', 'monkey'];
const OWN: CorpusWords = { words: WORDS, weakBases: WEAK_BASES, userEmail: 'pilot.4471@skyraid.gg' };

const ADDITIONS: Record<string, Gen> = {
  // PlayFab: title id 5 upper hex (public, ships in the client), developer secret key 52 upper alphanumerics
  playfab_title: (_a, st) => st.pick('0123456789ABCDEF', 5),
  playfab_secret: (_a, st) => st.pick(UPPERNUM, 52),
  // Epic Online Services: client id "xyza7891" + 24, client secret 43 base64-ish; product/sandbox/deployment ids 32 hex
  eos_client: (_a, st) => `xyza7891${st.pick(ALNUM, 24)}`,
  eos_secret: (_a, st) => st.pick(ALNUM + '+/', 43),
  eos_id: (_a, st) => st.pick(HEX, 32),
  // Steamworks Web API publisher key: 32 upper hex; app ids are 6-7 digits (public)
  steam_key: (_a, st) => st.pick('0123456789ABCDEF', 32),
  steam_app: (_a, st) => `${1 + st.int(9)}${st.pick(DIGITS, 6)}`,
  // Perforce ticket (p4 login -p): 32 upper hex
  p4ticket: (_a, st) => st.pick('0123456789ABCDEF', 32),
  // Unity: .meta guid and Addressables Hash128 (32 hex, not credentials); UGS service-account secret
  unity_guid: (_a, st) => st.pick(HEX, 32),
  ugs_secret: (_a, st) => st.pick(B64URL, 32),
  ucb_key: (_a, st) => st.pick(HEX, 32),
  // Nakama: server key (ships in the client), encryption/signing keys and the runtime http key
  nakama_key: (_a, st) => st.pick(ALNUM, 32),
  // Xsolla: merchant/project ids (public numbers), API key 40 hex, webhook secret 32 alphanumerics
  xsolla_id: (_a, st) => `${1 + st.int(8)}${st.pick(DIGITS, 5)}`,
  xsolla_key: (_a, st) => st.pick(HEX, 40),
  // Twitch: client id / secret 30 lower alphanumerics; extension secret is base64 of 32 bytes
  twitch_id: (_a, st) => st.pick(LOWERNUM, 30),
  twitch_secret: (_a, st) => st.pick(LOWERNUM, 30),
  twitch_ext: (_a, st) => st.bytes(32).toString('base64'),
  // Discord application public key (Ed25519, 64 hex): verifies interaction signatures, public by design
  discord_pub: (_a, st) => st.pick(HEX, 64),
  // Auth0: client id 32 alphanumerics (public), client secret 64 base64url
  auth0_id: (_a, st) => st.pick(ALNUM, 32),
  auth0_secret: (_a, st) => st.pick(B64URL, 64),
  // Jenkins inbound agent secret: 64 hex
  jnlp: (_a, st) => st.pick(HEX, 64),
  // Backtrace API token (symbol upload): 64 hex
  bt_token: (_a, st) => st.pick(HEX, 64),
  // Apple: app-specific password xxxx-xxxx-xxxx-xxxx; API key id 10 upper alphanumerics
  apple_asp: (_a, st) => `${st.pick('abcdefghijklmnopqrstuvwxyz', 4)}-${st.pick('abcdefghijklmnopqrstuvwxyz', 4)}-${st.pick('abcdefghijklmnopqrstuvwxyz', 4)}-${st.pick('abcdefghijklmnopqrstuvwxyz', 4)}`,
  asc_kid: (_a, st) => st.pick(UPPERNUM, 10),
  // a build number the way the CI stamps it
  build_no: (_a, st) => `${1 + st.int(3)}.${st.int(20)}.${st.pick(DIGITS, 4)}`,
  // a multi-line value (PEM, certificate) indented by four spaces, as it sits in a YAML block scalar
  ind4: (a, _st, name, value) => value(name ? `${a}#${name}` : a).split('\n').join('\n    '),
  // Auth0 Management API token: RS256 JWT with real claims (signature bytes random)
  auth0_mgmt: (_a, st) =>
    `${b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: st.pick(B64URL, 22) }))}.${b64url(JSON.stringify({ iss: 'https://pixelforge-dev.eu.auth0.com/', sub: `${st.pick(ALNUM, 32)}@clients`, aud: 'https://pixelforge-dev.eu.auth0.com/api/v2/', iat: 1709200000, exp: 1740736000, scope: 'read:users update:users create:user_tickets', gty: 'client-credentials' }))}.${st.pick(B64URL, 342)}`,
  // a Photon app id is a UUID (public: it ships in every client build)
  photon: (_a, st) => {
    const h = st.pick(HEX, 32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  },
};

/** The fourteenth corpus's values (seed fresh14-v1): the sixth's generators plus its own. */
export class Values extends SeededValues {
  constructor() {
    super('fresh14-v1', 'fresh14', { ...generators('fresh14-v1', OWN), ...ADDITIONS });
  }
}
