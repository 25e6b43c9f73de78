/**
 * Value generators for the thirteenth fresh-repository bench (bench/secrets/fresh13.ts).
 *
 * The machinery (deterministic streams, checksums, key builders, password habits) is bench/secrets/fresh-gen.ts and
 * the inherited generators are the sixth bench's (bench/secrets/fresh6/gen.ts), imported with this corpus's words:
 * a different seed ("fresh13-v1") and generators for what a two-person hosting agency's ops repository holds
 * (Hetzner Cloud, OVH and Cloudflare API credentials, Proxmox API token secrets, k3s node tokens, WireGuard X25519 key
 * pairs, Tailscale auth keys, Cloudflare tunnel credentials, rclone-obscured passwords, GitLab runner tokens, Gitea,
 * Authelia, Nextcloud, Ghost, WooCommerce, Telegram and Slack values, Ansible Vault blocks, htpasswd/argon2 hashes),
 * written from the providers' published formats as we know them, without reading launchready's rules.
 *
 * Every credential in the generated repository is made here at run time, never written as a literal in this
 * source tree.
 */
import { createCipheriv, createPrivateKey, createPublicKey } from 'node:crypto';
import { ALPHA, b64url, B64URL, BCRYPT, DIGITS, humanPassword, LOWERNUM, memorable, n, randomPassword, rsaKey, sshEd25519Public, weakPassword, wrap, type CorpusWords } from '../fresh-gen.js';
import { ALNUM, generators, HEX, jwtHS256, SeededValues, Stream, UPPERNUM, type Gen } from '../fresh6/gen.js';

const SEED = 'fresh13-v1';

const WORDS = [
  'kettle', 'harbour', 'lantern', 'juniper', 'copper', 'meadow', 'anvil', 'thistle', 'pebble', 'orchard', 'beacon', 'heron',
  'quarry', 'saffron', 'tidal', 'bramble', 'falcon', 'granite', 'hazel', 'ivory', 'marlin', 'nutmeg', 'otter', 'puffin',
  'ridge', 'spruce', 'timber', 'walnut', 'yarrow', 'zephyr', 'cinder', 'dune', 'ember', 'fennel', 'gable',
];

// what a customer or a tired admin types: shop names, towns, pets, football clubs
const WEAK_BASES = ['sonnenschein', 'mueller', 'bremen', 'werder', 'bello', 'hausmeister', 'kettle', 'sommer', 'brot', 'heizung', 'tobi', 'mira'];

const OWN: CorpusWords = { words: WORDS, weakBases: WEAK_BASES, userEmail: 'ops@kettlebridge.net' };

const uuid = (st: Stream) => {
  const h = st.pick(HEX, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[st.int(4)]}${h.slice(17, 20)}-${h.slice(20)}`;
};

/** An X25519 key pair (WireGuard): private key clamped as `wg genkey` does, public derived from it. */
function x25519(st: Stream): { priv: string; pub: string } {
  const k = st.bytes(32);
  k[0] = k[0]! & 248;
  k[31] = (k[31]! & 127) | 64;
  const der = Buffer.concat([Buffer.from('302e020100300506032b656e04220420', 'hex'), k]);
  const jwk = createPublicKey(createPrivateKey({ key: der, format: 'der', type: 'pkcs8' })).export({ format: 'jwk' });
  return { priv: k.toString('base64'), pub: Buffer.from(jwk.x!, 'base64url').toString('base64') };
}

// rclone's `obscure`: AES-256-CTR with the key published in rclone's source, random IV, raw base64url of IV+ciphertext
// (reversible by anyone: an obscured password is a password)
const RCLONE_KEY = Buffer.from('9c935b48730a554d6bfd7c63c886a92bd390198eb8128afbf4de162b8b95f638', 'hex');
function rcloneObscure(plain: string, st: Stream): string {
  const iv = st.bytes(16);
  const c = createCipheriv('aes-256-ctr', RCLONE_KEY, iv);
  return Buffer.concat([iv, c.update(plain, 'utf8'), c.final()]).toString('base64url');
}

/** An Ansible Vault 1.1 body: hexlify(salt_hex \n hmac_hex \n ciphertext_hex), 80 columns (encrypted data). */
function ansibleVault(st: Stream, size: number, indent: string): string {
  const inner = `${st.pick(HEX, 64)}\n${st.pick(HEX, 64)}\n${st.pick(HEX, size * 2)}`;
  const hex = Buffer.from(inner, 'ascii').toString('hex');
  return ['$ANSIBLE_VAULT;1.1;AES256', ...wrap(hex, 80).split('\n')].map((l) => indent + l).join('\n').slice(indent.length);
}

// an RSA key per name, from a stream of its own so that the private key and its public half agree
const dkimKeys = new Map<string, ReturnType<typeof rsaKey>>();
function dkim(name: string): ReturnType<typeof rsaKey> {
  let k = dkimKeys.get(name);
  if (!k) dkimKeys.set(name, (k = rsaKey(new Stream(`${SEED}|dkim|${name}`))));
  return k;
}

const compose = (arg: string, v: string) => (arg === 'compose' ? v.replaceAll('$', '$$$$') : v);

const ADDITIONS: Record<string, Gen> = {
  pw: (_a, st) => randomPassword(st, '#%+=_-'),
  // for a URL's userinfo: no character that would need percent-encoding
  pwurl: (_a, st) => randomPassword(st, '-_.~'),
  human: (_a, st) => humanPassword(st, WORDS),
  weak: (_a, st) => weakPassword(st, WEAK_BASES),
  phrase: (_a, st) => memorable(st, WORDS),
  alnum: (a, st) => st.pick(ALNUM, n(a)),
  lowernum: (a, st) => st.pick(LOWERNUM, n(a)),
  hex: (a, st) => st.pick(HEX, n(a)),
  b64: (a, st) => st.bytes(n(a)).toString('base64'),
  b64url: (a, st) => st.pick(B64URL, n(a)),
  uuid: (_a, st) => uuid(st),
  digits: (a, st) => st.pick(DIGITS, n(a)),
  // Hetzner Cloud API token: 64 alphanumerics
  hcloud: (_a, st) => st.pick(ALNUM, 64),
  // Cloudflare API token: 40 characters of [A-Za-z0-9_-]
  cf_token: (_a, st) => st.pick(B64URL, 40),
  // OVH application key (16, an id), application secret and consumer key (32 each)
  ovh_ak: (_a, st) => st.pick(ALNUM, 16),
  ovh_secret: (_a, st) => st.pick(ALNUM, 32),
  // k3s server token: K10 + sha256 of the cluster CA + ::server: + 32 hex
  k3s: (_a, st) => `K10${st.pick(HEX, 64)}::server:${st.pick(HEX, 32)}`,
  // registry pull secret for k3s: .dockerconfigjson, base64 of {"auths":{host:{username,password,auth}}}
  dockercfg: (a, st, name, value) => {
    const user = 'kb-k3s-pull';
    const pass = value(`glpat#${name}`);
    return Buffer.from(JSON.stringify({ auths: { [a || 'registry.gitlab.com']: { username: user, password: pass, auth: Buffer.from(`${user}:${pass}`).toString('base64') } } })).toString('base64');
  },
  // Grafana Cloud access policy token: glc_ + base64url JSON (org id, token name, key, region)
  glc: (_a, st) => `glc_${b64url(JSON.stringify({ o: st.pick(DIGITS, 6), n: 'kb-loki-read-grafana', k: st.pick(ALNUM, 24), m: { r: 'prod-eu-west-0' } })).replace(/=+$/, '')}`,
  glpat: (_a, st) => `glpat-${st.pick(B64URL, 20)}`,
  glrt: (_a, st) => `glrt-${st.pick(B64URL, 20)}`,
  gl_reg: (_a, st) => `GR1348941${st.pick(B64URL, 20)}`,
  // Gitea's INTERNAL_TOKEN: an HS256 JWT with only nbf
  gitea_internal: (_a, st) => jwtHS256({ nbf: 1711000000 + st.int(900000) }, st.pick(ALNUM, 43)),
  woo_ck: (_a, st) => `ck_${st.pick(HEX, 40)}`,
  woo_cs: (_a, st) => `cs_${st.pick(HEX, 40)}`,
  // Ghost: Admin API key id:secret (24 hex : 64 hex), Content API key 26 hex (public: themes ship it)
  ghost_admin: (_a, st) => `${st.pick(HEX, 24)}:${st.pick(HEX, 64)}`,
  // Home Assistant long-lived access token: HS256 JWT, iss = the refresh token's id, ten years
  ha_llat: (_a, st) => jwtHS256({ iss: st.pick(HEX, 32), iat: 1741600000, exp: 2056960000 }, st.pick(HEX, 128)),
  ghost_content: (_a, st) => st.pick(HEX, 26),
  wg_priv: (_a, _st, name, value) => value(`wgpair#${name}`).split(' ')[0]!,
  wg_pub: (_a, _st, name, value) => value(`wgpair#${name}`).split(' ')[1]!,
  wgpair: (_a, st) => {
    const k = x25519(st);
    return `${k.priv} ${k.pub}`;
  },
  wg_psk: (_a, st) => st.bytes(32).toString('base64'),
  tskey: (_a, st) => `tskey-auth-k${st.pick(ALNUM, 10)}CNTRL-${st.pick(ALNUM, 33)}`,
  rclone_obscured: (_a, st, name, value) => rcloneObscure(value(`pw#${name}`), st),
  b2_id: (_a, st) => `005${st.pick(HEX, 22)}`,
  b2_key: (_a, st) => `K005${st.pick(ALNUM + '/+', 27)}`,
  wasabi_id: (_a, st) => st.pick(UPPERNUM, 20),
  wasabi_secret: (_a, st) => st.pick(ALNUM, 40),
  slack_hook: (_a, st) => `https://hooks.slack.com/services/T${st.pick(UPPERNUM, 8)}/B${st.pick(UPPERNUM, 10)}/${st.pick(ALNUM, 24)}`,
  telegram: (_a, st) => `${st.pick('123456789', 1)}${st.pick(DIGITS, 9)}:AA${st.pick(B64URL, 33)}`,
  mm_hook: (_a, st) => st.pick(LOWERNUM, 26),
  // Basic credentials for a header: base64("user:" + the password named like this value)
  basic: (a, _st, name, value) => Buffer.from(`${a}:${value(`pw#${name}`)}`).toString('base64'),
  // an RSA DKIM key: the private PEM, and the public half as the TXT record's p= value
  dkim_priv: (_a, _st, name) => dkim(name).export({ format: 'pem', type: 'pkcs1' }).toString().trim(),
  dkim_pub: (_a, _st, name) => createPublicKey(dkim(name)).export({ format: 'der', type: 'spki' }).toString('base64'),
  // decoys: hashes and encrypted data
  // `:compose` doubles every $ as docker compose files need
  bcrypt: (a, st) => compose(a, `$2y$05$${st.pick(BCRYPT, 53)}`),
  argon2: (a, st) => compose(a, `$argon2id$v=19$m=65536,t=3,p=4$${st.bytes(16).toString('base64').replace(/=+$/, '')}$${st.bytes(32).toString('base64').replace(/=+$/, '')}`),
  sha256: (_a, st) => st.pick(HEX, 64),
  digest: (_a, st) => `sha256:${st.pick(HEX, 64)}`,
  vault: (a, st) => ansibleVault(st, 48 + st.int(64), ' '.repeat(Number(a || '0'))),
  ssh_host: (_a, st) => sshEd25519Public(st),
  ssh_fp: (_a, st) => `SHA256:${st.bytes(32).toString('base64').replace(/=+$/, '')}`,
  md5fp: (_a, st) => [...st.bytes(16)].map((b) => b.toString(16).padStart(2, '0')).join(':'),
  nc_instance: (_a, st) => `oc${st.pick(LOWERNUM, 10)}`,
  ident: (a, st) => st.pick(ALPHA, n(a)),
};

/** The thirteenth corpus's values (seed fresh13-v1): the sixth's generators, with this corpus's words, plus its own. */
export class Values extends SeededValues {
  constructor() {
    super(SEED, 'fresh13', { ...generators(SEED, OWN), ...ADDITIONS });
  }
}
