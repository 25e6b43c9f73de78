/**
 * Blind evaluation corpus for the secret scanner (issue #9).
 *
 * Written from the providers' documented token formats (vendor docs, announcement posts), NOT from our rules:
 * the point is to measure the scanner against an independent idea of what a token looks like. Every token is
 * built at run time from a seeded PRNG, so no literal secret is committed (push protection stays quiet) and the
 * corpus is the same on every run.
 *
 * A sample is a small file: a positive embeds one live-looking credential in a realistic context (code
 * assignment, YAML, JSON, .env, Dockerfile ENV, curl header, connection URL, notebook output, Kubernetes Secret,
 * Terraform, .npmrc, private key block, minified bundle); a negative embeds a look-alike that must not be
 * reported at medium or above (placeholders, documented examples, variable references, hashes, UUIDs, SRI,
 * ciphertexts, public-by-design keys, test keys, local default passwords, ids, SHAs, colours...).
 */

export interface Sample {
  /** provider (positives) or look-alike category (negatives) */
  provider: string;
  positive: boolean;
  file: string;
  text: string;
  /** 1-based line range the credential (or look-alike) occupies */
  line: number;
  endLine: number;
  /** context kind, for the report */
  ctx: string;
}

// ------------------------------------------------------------------------------------------------ random parts

export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  /** mulberry32 */
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(a: readonly T[]): T {
    return a[Math.floor(this.next() * a.length)]!;
  }
  str(chars: string, n: number): string {
    let o = '';
    for (let i = 0; i < n; i++) o += chars[Math.floor(this.next() * chars.length)];
    return o;
  }
}

const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LO = 'abcdefghijklmnopqrstuvwxyz';
const DG = '0123456789';
export const C = {
  hex: '0123456789abcdef',
  HEX: '0123456789ABCDEF',
  alnum: UP + LO + DG,
  lalnum: LO + DG,
  ualnum: UP + DG,
  b64: UP + LO + DG + '+/',
  b64url: UP + LO + DG + '-_',
  digits: DG,
  lower: LO,
  upper: UP,
  alpha: UP + LO,
  b32: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567',
  bech32: 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L',
};

/** a random string that has at least one digit, one upper and one lower letter where the class allows it */
function mixed(r: Rng, chars: string, n: number): string {
  for (;;) {
    const s = r.str(chars, n);
    const needs = [/[0-9]/, /[A-Z]/, /[a-z]/].filter((re) => re.test(chars));
    if (n < 8 || needs.every((re) => re.test(s))) return s;
  }
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
function crc32(s: string): number {
  let c = 0xffffffff;
  for (let i = 0; i < s.length; i++) c = CRC_TABLE[(c ^ s.charCodeAt(i)) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
const B62 = DG + UP + LO;
function base62(n: number, width: number): string {
  let o = '';
  while (n > 0) {
    o = B62[n % 62] + o;
    n = Math.floor(n / 62);
  }
  return o.padStart(width, '0');
}
/**
 * GitHub's 2021 token format (github.blog "Behind GitHub's new authentication token formats"): prefix, 30
 * random base62 characters, then a CRC32 of those 30 characters in 6 base62 digits. npm adopted the same layout.
 */
export function checksummed(prefix: string, r: Rng): string {
  const body = mixed(r, C.alnum, 30);
  return prefix + body + base62(crc32(body), 6);
}

const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64');
const b64u = (s: string | Buffer) => Buffer.from(s).toString('base64url');
export function jwt(r: Rng, payload: object, alg = 'HS256'): string {
  return `${b64u(JSON.stringify({ alg, typ: 'JWT' }))}.${b64u(JSON.stringify(payload))}.${r.str(C.b64url, 43)}`;
}
const uuid = (r: Rng) => `${r.str(C.hex, 8)}-${r.str(C.hex, 4)}-4${r.str(C.hex, 3)}-${r.pick(['8', '9', 'a', 'b'])}${r.str(C.hex, 3)}-${r.str(C.hex, 12)}`;

function pemBody(r: Rng, lines: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines; i++) out.push(r.str(C.b64, 64));
  out.push(r.str(C.b64, 40) + '==');
  return out;
}

// ------------------------------------------------------------------------------------------------ providers

type Gen = (r: Rng) => string;
type Ctx = 'env' | 'ts' | 'py' | 'yaml' | 'json' | 'docker' | 'curl' | 'k8s' | 'k8sb64' | 'tf' | 'notebook' | 'gha' | 'jsmin' | 'npmrc' | 'go' | 'rb';

interface Provider {
  p: string;
  /** conventional variable name */
  name: string;
  gen: Gen;
  /** the token is recognisable only next to its name (no distinctive prefix) */
  kw?: boolean;
  /** HTTP header used with curl (default Authorization: Bearer) */
  header?: string;
  /** restrict contexts */
  ctx?: Ctx[];
  /** distinctive prefix (for prefix look-alike negatives) */
  prefix?: string;
  /** a prefix too common to identify the token bare (live_, fw_, md-, api-): recognisable only with its name */
  weak?: boolean;
}

const P: Provider[] = [];
const tok = (p: string, name: string, prefix: string, gen: Gen, o: Partial<Provider> = {}) => P.push({ p, name, prefix, gen: (r) => prefix + gen(r), ...o });
const key = (p: string, name: string, gen: Gen, o: Partial<Provider> = {}) => P.push({ p, name, gen, kw: true, ...o });
const s = (chars: string, n: number): Gen => (r) => mixed(r, chars, n);
const seq = (...g: (Gen | string)[]): Gen => (r) => g.map((x) => (typeof x === 'string' ? x : x(r))).join('');

// cloud
tok('aws-access-key', 'AWS_ACCESS_KEY_ID', 'AKIA', s(C.b32, 16));
tok('aws-sts-key', 'AWS_ACCESS_KEY_ID', 'ASIA', s(C.b32, 16));
key('aws-secret-key', 'AWS_SECRET_ACCESS_KEY', s(C.alnum + '/+', 40));
tok('gcp-api-key-server', 'GEMINI_API_KEY', 'AIza', s(C.b64url, 35), { header: 'x-goog-api-key' });
key('azure-storage-key', 'AZURE_STORAGE_CONNECTION_STRING', (r) => `DefaultEndpointsProtocol=https;AccountName=acme${r.str(C.lalnum, 6)};AccountKey=${r.str(C.b64, 86)}==;EndpointSuffix=core.windows.net`, { kw: false, ctx: ['env', 'ts', 'yaml', 'json', 'docker', 'k8s', 'tf', 'py'] });
key('azure-ad-client-secret', 'AZURE_CLIENT_SECRET', seq(s(C.alnum, 3), (r) => String(r.int(7, 8)), 'Q~', s(C.alnum + '_~.-', 34)));
tok('alibaba-access-key', 'ALIBABA_CLOUD_ACCESS_KEY_ID', 'LTAI', s(C.alnum, 20));
key('alibaba-secret', 'ALIBABA_CLOUD_ACCESS_KEY_SECRET', s(C.alnum, 30));
key('ibm-cloud-api-key', 'IBMCLOUD_API_KEY', s(C.alnum + '_-', 44));
tok('digitalocean-pat', 'DIGITALOCEAN_TOKEN', 'dop_v1_', s(C.hex, 64));
tok('digitalocean-oauth', 'DO_OAUTH_TOKEN', 'doo_v1_', s(C.hex, 64));
key('linode-token', 'LINODE_TOKEN', s(C.hex, 64));
key('hetzner-token', 'HCLOUD_TOKEN', s(C.alnum, 64));
key('vultr-api-key', 'VULTR_API_KEY', s(C.ualnum, 36));
key('scaleway-secret', 'SCW_SECRET_KEY', (r) => uuid(r));
tok('databricks-token', 'DATABRICKS_TOKEN', 'dapi', s(C.hex, 32));
tok('flyio-token', 'FLY_API_TOKEN', 'fo1_', s(C.b64url, 43));
key('vercel-token', 'VERCEL_TOKEN', s(C.alnum, 24));
tok('netlify-pat', 'NETLIFY_AUTH_TOKEN', 'nfp_', s(C.alnum, 36));
tok('render-api-key', 'RENDER_API_KEY', 'rnd_', s(C.alnum, 32));
key('railway-token', 'RAILWAY_TOKEN', (r) => uuid(r));
key('heroku-api-key', 'HEROKU_API_KEY', (r) => uuid(r));
tok('heroku-api-key-v2', 'HEROKU_API_KEY', 'HRKU-AA', s(C.b64url, 58));
tok('deno-deploy-token', 'DENO_DEPLOY_TOKEN', 'ddp_', s(C.alnum, 36));
tok('cloudflare-origin-ca', 'CF_ORIGIN_CA_KEY', 'v1.0-', seq(s(C.hex, 24), '-', s(C.hex, 146)));
key('cloudflare-api-token', 'CLOUDFLARE_API_TOKEN', s(C.alnum + '_-', 40));
key('cloudflare-global-key', 'CLOUDFLARE_API_KEY', s(C.hex, 37), { header: 'X-Auth-Key' });
key('fastly-api-token', 'FASTLY_API_TOKEN', s(C.alnum + '_-', 32), { header: 'Fastly-Key' });
tok('tailscale-auth-key', 'TS_AUTHKEY', 'tskey-auth-', seq(s(C.alnum, 17), '-', s(C.alnum, 33)));
tok('tailscale-api-key', 'TAILSCALE_API_KEY', 'tskey-api-', seq(s(C.alnum, 17), '-', s(C.alnum, 33)));
tok('terraform-cloud-token', 'TFE_TOKEN', '', seq(s(C.alnum, 14), '.atlasv1.', s(C.alnum, 67)));
tok('vault-service-token', 'VAULT_TOKEN', 'hvs.', s(C.b64url, 91), { header: 'X-Vault-Token' });
tok('doppler-token', 'DOPPLER_TOKEN', 'dp.st.', seq('prd.', s(C.alnum, 40)));
tok('doppler-pat', 'DOPPLER_TOKEN', 'dp.pt.', s(C.alnum, 43));
tok('pulumi-token', 'PULUMI_ACCESS_TOKEN', 'pul-', s(C.hex, 40));
tok('infracost-key', 'INFRACOST_API_KEY', 'ico-', s(C.alnum, 32));
tok('planetscale-token', 'PLANETSCALE_SERVICE_TOKEN', 'pscale_tkn_', s(C.alnum + '_', 43));
tok('planetscale-password', 'DATABASE_PASSWORD', 'pscale_pw_', s(C.alnum + '_', 43));
tok('supabase-pat', 'SUPABASE_ACCESS_TOKEN', 'sbp_', s(C.hex, 40));
tok('supabase-secret-key', 'SUPABASE_SECRET_KEY', 'sb_secret_', s(C.b64url, 31));
P.push({ p: 'supabase-service-role', name: 'SUPABASE_SERVICE_ROLE_KEY', gen: (r) => jwt(r, { iss: 'supabase', ref: r.str(C.lower, 20), role: 'service_role', iat: 1700000000 + r.int(0, 9e6), exp: 2000000000 + r.int(0, 9e6) }) });
tok('neon-api-key', 'NEON_API_KEY', 'napi_', s(C.lalnum, 64));
key('upstash-redis-token', 'UPSTASH_REDIS_REST_TOKEN', seq('A', s(C.alnum, 3), 'ASQgY', s(C.b64url, 60)));
tok('age-secret-key', 'SOPS_AGE_KEY', 'AGE-SECRET-KEY-1', s(C.bech32, 58));
tok('1password-sa-token', 'OP_SERVICE_ACCOUNT_TOKEN', 'ops_', (r) => b64u(JSON.stringify({ signInAddress: 'my.1password.com', userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: r.str(C.b64url, 22) }, email: `${r.str(C.lower, 10)}@1passwordserviceaccounts.com`, srpX: r.str(C.hex, 64), muk: { alg: 'A256GCM', ext: true, k: r.str(C.b64url, 43), key_ops: ['encrypt', 'decrypt'], kty: 'oct', kid: 'mp' }, secretKey: `A3-${r.str(C.ualnum, 6)}-${r.str(C.ualnum, 6)}`, throttleSecret: { seed: r.str(C.hex, 64), deviceUuid: r.str(C.lalnum, 26) }, deviceUuid: r.str(C.lalnum, 26) })));
tok('1password-secret-key', 'OP_SECRET_KEY', 'A3-', seq(s(C.ualnum, 6), '-', s(C.ualnum, 6), '-', s(C.ualnum, 5), '-', s(C.ualnum, 5), '-', s(C.ualnum, 5), '-', s(C.ualnum, 5)));

// version control, CI, registries
P.push({ p: 'github-pat', name: 'GITHUB_TOKEN', prefix: 'ghp_', gen: (r) => checksummed('ghp_', r) });
P.push({ p: 'github-oauth', name: 'GH_OAUTH_TOKEN', prefix: 'gho_', gen: (r) => checksummed('gho_', r) });
P.push({ p: 'github-app-user', name: 'GH_USER_TOKEN', prefix: 'ghu_', gen: (r) => checksummed('ghu_', r) });
P.push({ p: 'github-app-install', name: 'GH_APP_TOKEN', prefix: 'ghs_', gen: (r) => checksummed('ghs_', r) });
tok('github-fine-grained', 'GITHUB_PAT', 'github_pat_', seq(s(C.alnum, 22), '_', s(C.alnum, 59)));
tok('gitlab-pat', 'GITLAB_TOKEN', 'glpat-', s(C.alnum + '_-', 20), { header: 'PRIVATE-TOKEN' });
tok('gitlab-deploy-token', 'GITLAB_DEPLOY_TOKEN', 'gldt-', s(C.alnum + '_-', 20));
tok('gitlab-trigger-token', 'CI_TRIGGER_TOKEN', 'glptt-', s(C.hex, 40));
tok('gitlab-runner-token', 'RUNNER_TOKEN', 'glrt-', s(C.alnum + '_-', 20));
tok('gitlab-runner-registration', 'REGISTRATION_TOKEN', 'GR1348941', s(C.alnum + '_-', 20));
tok('gitlab-oauth-secret', 'GITLAB_APP_SECRET', 'gloas-', s(C.hex, 64));
tok('bitbucket-app-password', 'BITBUCKET_APP_PASSWORD', 'ATBB', s(C.alnum, 32));
// 192 characters in all: ATATT3 + 186 (the tail is '=' and an 8-hex-digit CRC)
tok('atlassian-api-token', 'JIRA_API_TOKEN', 'ATATT3xFfGF0', seq(s(C.b64url, 171), '=', s(C.HEX, 8)));
key('jira-token-legacy', 'JIRA_API_TOKEN', s(C.alnum, 24));
tok('sourcegraph-token', 'SRC_ACCESS_TOKEN', 'sgp_', seq(s(C.hex, 16), '_', s(C.hex, 40)));
key('gitea-token', 'GITEA_TOKEN', s(C.hex, 40));
tok('npm-token', 'NPM_TOKEN', '', (r) => checksummed('npm_', r), { prefix: 'npm_' });
tok('pypi-token', 'PYPI_API_TOKEN', 'pypi-AgEIcHlwaS5vcmc', s(C.b64url, 120));
tok('rubygems-key', 'GEM_HOST_API_KEY', 'rubygems_', s(C.hex, 48));
tok('nuget-key', 'NUGET_API_KEY', 'oy2', s(C.lalnum, 43));
tok('cratesio-token', 'CARGO_REGISTRY_TOKEN', 'cio', s(C.alnum, 32), { weak: true });
tok('clojars-token', 'CLOJARS_TOKEN', 'CLOJARS_', s(C.lalnum, 60));
tok('dockerhub-pat', 'DOCKERHUB_TOKEN', 'dckr_pat_', s(C.b64url, 27));
tok('jfrog-api-key', 'ARTIFACTORY_API_KEY', 'AKCp', s(C.alnum, 69), { header: 'X-JFrog-Art-Api' });
tok('jfrog-reference-token', 'JFROG_ACCESS_TOKEN', 'cmVmdGtuOjAxOj', s(C.alnum, 50));
tok('buildkite-token', 'BUILDKITE_API_TOKEN', 'bkua_', s(C.hex, 40));
key('circleci-token', 'CIRCLE_TOKEN', s(C.hex, 40), { header: 'Circle-Token' });
tok('circleci-pat', 'CIRCLECI_TOKEN', 'CCIPAT_', seq(s(C.alnum, 22), '_', s(C.hex, 40)), { header: 'Circle-Token' });
tok('sonar-token', 'SONAR_TOKEN', 'squ_', s(C.hex, 40));
key('snyk-token', 'SNYK_TOKEN', (r) => uuid(r));
key('codecov-token', 'CODECOV_TOKEN', (r) => uuid(r));
tok('postman-key', 'POSTMAN_API_KEY', 'PMAK-', seq(s(C.hex, 24), '-', s(C.hex, 34)), { header: 'X-Api-Key' });
tok('readme-key', 'README_API_KEY', 'rdme_', s(C.lalnum, 70));
tok('prefect-key', 'PREFECT_API_KEY', 'pnu_', s(C.alnum, 36));

// payments and commerce
tok('stripe-secret', 'STRIPE_SECRET_KEY', 'sk_live_', (r) => mixed(r, C.alnum, r.pick([24, 99])));
tok('stripe-restricted', 'STRIPE_RESTRICTED_KEY', 'rk_live_', (r) => mixed(r, C.alnum, r.pick([24, 99])));
tok('stripe-webhook-secret', 'STRIPE_WEBHOOK_SECRET', 'whsec_', s(C.alnum, 32));
tok('square-access-token', 'SQUARE_ACCESS_TOKEN', 'EAAA', s(C.b64url, 60));
tok('square-oauth-secret', 'SQUARE_APP_SECRET', 'sq0csp-', s(C.b64url, 43));
tok('braintree-token', 'BRAINTREE_ACCESS_TOKEN', 'access_token$production$', seq(s(C.lalnum, 16), '$', s(C.hex, 32)));
tok('shopify-admin-token', 'SHOPIFY_ADMIN_TOKEN', 'shpat_', s(C.hex, 32), { header: 'X-Shopify-Access-Token' });
tok('shopify-shared-secret', 'SHOPIFY_API_SECRET', 'shpss_', s(C.hex, 32));
tok('shopify-custom-app', 'SHOPIFY_TOKEN', 'shpca_', s(C.hex, 32));
tok('paystack-secret', 'PAYSTACK_SECRET_KEY', 'sk_live_', s(C.hex, 40));
tok('flutterwave-secret', 'FLW_SECRET_KEY', 'FLWSECK-', seq(s(C.hex, 32), '-X'));
tok('mollie-live', 'MOLLIE_API_KEY', 'live_', s(C.alnum, 30), { weak: true });
tok('gocardless-live', 'GOCARDLESS_ACCESS_TOKEN', 'live_', s(C.b64url, 40), { weak: true });
tok('shippo-live', 'SHIPPO_API_TOKEN', 'shippo_live_', s(C.hex, 40), { header: 'Authorization: ShippoToken' });
tok('easypost-live', 'EASYPOST_API_KEY', 'EZAK', s(C.alnum, 54));
tok('duffel-live', 'DUFFEL_ACCESS_TOKEN', 'duffel_live_', s(C.b64url, 43));
tok('woocommerce-secret', 'WC_CONSUMER_SECRET', 'cs_', s(C.hex, 40), { weak: true });
key('plaid-secret', 'PLAID_SECRET', s(C.hex, 30));
tok('plaid-access-token', 'PLAID_ACCESS_TOKEN', 'access-production-', (r) => uuid(r));
key('razorpay-secret', 'RAZORPAY_KEY_SECRET', s(C.alnum, 24));
key('adyen-api-key', 'ADYEN_API_KEY', seq('AQE', s(C.alnum, 2), 'mfxK', s(C.b64, 120)), { header: 'X-API-Key' });
tok('paddle-api-key', 'PADDLE_API_KEY', 'pdl_live_apikey_', seq('01', s(C.lalnum, 24), '_', s(C.alnum, 27), '_', s(C.alnum, 3)));
key('coinbase-secret', 'COINBASE_API_SECRET', s(C.alnum, 32));
key('lemonsqueezy-key', 'LEMONSQUEEZY_API_KEY', (r) => jwt(r, { aud: '94d59cef-dbb8-4ea5-b178-d2540fcd6919', jti: r.str(C.hex, 80), iat: 1700000000, sub: String(r.int(100000, 999999)), scopes: [] }, 'RS256'));

// messaging, email, chat
tok('slack-bot-token', 'SLACK_BOT_TOKEN', 'xoxb-', seq((r) => r.str(C.digits, r.int(10, 13)), '-', (r) => r.str(C.digits, r.int(10, 13)), '-', s(C.alnum, 24)));
tok('slack-user-token', 'SLACK_USER_TOKEN', 'xoxp-', seq((r) => r.str(C.digits, 12), '-', (r) => r.str(C.digits, 12), '-', (r) => r.str(C.digits, 13), '-', s(C.hex, 32)));
tok('slack-app-token', 'SLACK_APP_TOKEN', 'xapp-1-', seq('A', s(C.ualnum, 10), '-', s(C.digits, 13), '-', s(C.hex, 64)));
tok('slack-webhook', 'SLACK_WEBHOOK_URL', 'https://hooks.slack.com/services/', seq('T', s(C.ualnum, 10), '/B', s(C.ualnum, 10), '/', s(C.alnum, 24)));
tok('discord-webhook', 'DISCORD_WEBHOOK_URL', 'https://discord.com/api/webhooks/', seq((r) => String(r.int(1, 9)) + r.str(C.digits, 18), '/', s(C.b64url, 68)));
// base64 of the bot's snowflake id, a 6-character timestamp, then the HMAC (27, newer tokens 38 characters)
tok('discord-bot-token', 'DISCORD_TOKEN', '', seq((r) => b64(String(r.int(1, 9)) + r.str(C.digits, r.int(16, 18))).replace(/=+$/, ''), '.', s(C.b64url, 6), '.', (r) => mixed(r, C.b64url, r.pick([27, 38]))), { header: 'Authorization: Bot' });
tok('telegram-bot-token', 'TELEGRAM_BOT_TOKEN', '', seq((r) => String(r.int(1e8, 8e9)), ':AA', s(C.b64url, 33)));
tok('teams-webhook', 'TEAMS_WEBHOOK_URL', 'https://', seq(s(C.lower, 8), '.webhook.office.com/webhookb2/', (r) => uuid(r), '@', (r) => uuid(r), '/IncomingWebhook/', s(C.hex, 32), '/', (r) => uuid(r)));
tok('sendgrid-key', 'SENDGRID_API_KEY', 'SG.', seq(s(C.b64url, 22), '.', s(C.b64url, 43)));
tok('mailgun-key', 'MAILGUN_API_KEY', 'key-', s(C.hex, 32));
key('mailgun-key-v2', 'MAILGUN_API_KEY', seq(s(C.hex, 32), '-', s(C.hex, 8), '-', s(C.hex, 8)));
tok('mailchimp-key', 'MAILCHIMP_API_KEY', '', seq(s(C.hex, 32), '-us', (r) => String(r.int(1, 21))));
tok('mandrill-key', 'MANDRILL_API_KEY', 'md-', s(C.b64url, 22), { weak: true });
key('postmark-token', 'POSTMARK_SERVER_TOKEN', (r) => uuid(r), { header: 'X-Postmark-Server-Token' });
tok('brevo-key', 'BREVO_API_KEY', 'xkeysib-', seq(s(C.hex, 64), '-', s(C.alnum, 16)), { header: 'api-key' });
tok('resend-key', 'RESEND_API_KEY', 're_', seq(s(C.alnum, 8), '_', s(C.alnum, 24)));
key('mailjet-secret', 'MAILJET_API_SECRET', s(C.hex, 32));
key('sparkpost-key', 'SPARKPOST_API_KEY', s(C.hex, 40));
key('twilio-auth-token', 'TWILIO_AUTH_TOKEN', s(C.hex, 32));
tok('twilio-api-key', 'TWILIO_API_KEY', 'SK', s(C.hex, 32));
key('vonage-secret', 'VONAGE_API_SECRET', s(C.alnum, 16));
key('messagebird-key', 'MESSAGEBIRD_API_KEY', s(C.alnum, 25));
key('intercom-token', 'INTERCOM_ACCESS_TOKEN', seq('dG9rOj', s(C.b64, 54), '='));
key('zendesk-token', 'ZENDESK_API_TOKEN', s(C.alnum, 40));
key('twitch-token', 'TWITCH_CLIENT_SECRET', s(C.lalnum, 30));
key('mattermost-token', 'MATTERMOST_TOKEN', s(C.lalnum, 26));
tok('loops-key', 'LOOPS_API_KEY', '', s(C.hex, 32), { kw: true });

// AI
tok('openai-legacy', 'OPENAI_API_KEY', 'sk-', seq(s(C.alnum, 20), 'T3BlbkFJ', s(C.alnum, 20)));
tok('openai-project', 'OPENAI_API_KEY', 'sk-proj-', seq(s(C.b64url, 74), 'T3BlbkFJ', s(C.b64url, 74)));
tok('openai-svcacct', 'OPENAI_API_KEY', 'sk-svcacct-', seq(s(C.b64url, 74), 'T3BlbkFJ', s(C.b64url, 74)));
tok('anthropic-key', 'ANTHROPIC_API_KEY', 'sk-ant-api03-', seq(s(C.b64url, 93), 'AA'), { header: 'x-api-key' });
tok('anthropic-admin-key', 'ANTHROPIC_ADMIN_KEY', 'sk-ant-admin01-', seq(s(C.b64url, 93), 'AA'), { header: 'x-api-key' });
tok('huggingface-token', 'HF_TOKEN', 'hf_', s(C.alpha, 34));
tok('huggingface-org', 'HF_ORG_TOKEN', 'api_org_', s(C.alpha, 34));
tok('replicate-token', 'REPLICATE_API_TOKEN', 'r8_', s(C.alnum, 37));
tok('groq-key', 'GROQ_API_KEY', 'gsk_', s(C.alnum, 52));
tok('perplexity-key', 'PERPLEXITY_API_KEY', 'pplx-', s(C.alnum, 48));
tok('xai-key', 'XAI_API_KEY', 'xai-', s(C.alnum, 80));
tok('openrouter-key', 'OPENROUTER_API_KEY', 'sk-or-v1-', s(C.hex, 64));
tok('langsmith-key', 'LANGSMITH_API_KEY', 'lsv2_pt_', seq(s(C.hex, 32), '_', s(C.hex, 10)), { header: 'x-api-key' });
tok('pinecone-key', 'PINECONE_API_KEY', 'pcsk_', seq(s(C.alnum, 6), '_', s(C.alnum, 63)), { header: 'Api-Key' });
key('mistral-key', 'MISTRAL_API_KEY', s(C.alnum, 32));
key('deepseek-key', 'DEEPSEEK_API_KEY', seq('sk-', s(C.hex, 32)));
key('cohere-key', 'COHERE_API_KEY', s(C.alnum, 40));
tok('elevenlabs-key', 'ELEVENLABS_API_KEY', 'sk_', s(C.hex, 48), { header: 'xi-api-key', weak: true });
tok('together-key', 'TOGETHER_API_KEY', 'tgp_v1_', s(C.b64url, 43));
tok('fireworks-key', 'FIREWORKS_API_KEY', 'fw_', s(C.alnum, 24), { weak: true });
key('gemini-key', 'GOOGLE_API_KEY', seq('AIza', s(C.b64url, 35)));

// observability and SaaS
key('datadog-api-key', 'DD_API_KEY', s(C.hex, 32), { header: 'DD-API-KEY' });
key('datadog-app-key', 'DD_APP_KEY', s(C.hex, 40), { header: 'DD-APPLICATION-KEY' });
tok('newrelic-user-key', 'NEW_RELIC_API_KEY', 'NRAK-', s(C.ualnum, 27), { header: 'Api-Key' });
tok('newrelic-insert-key', 'NEW_RELIC_INSERT_KEY', 'NRII-', s(C.b64url, 32));
tok('sentry-org-token', 'SENTRY_AUTH_TOKEN', 'sntrys_', (r) => b64(JSON.stringify({ iat: 1700000000 + r.int(0, 1e7), url: 'https://sentry.io', region_url: 'https://us.sentry.io', org: 'acme' })).replace(/=+$/, '') + '_' + r.str(C.b64, 43));
tok('sentry-user-token', 'SENTRY_AUTH_TOKEN', 'sntryu_', s(C.hex, 64));
tok('grafana-sa-token', 'GRAFANA_TOKEN', 'glsa_', seq(s(C.alnum, 32), '_', s(C.hex, 8)));
tok('grafana-cloud-token', 'GRAFANA_CLOUD_TOKEN', 'glc_', (r) => b64(JSON.stringify({ o: String(r.int(100000, 999999)), n: 'stack-token', k: r.str(C.alnum, 24), m: { r: 'prod-us-east-0' } })));
tok('dynatrace-token', 'DT_API_TOKEN', 'dt0c01.', seq(s(C.ualnum, 24), '.', s(C.ualnum, 64)));
tok('honeycomb-key', 'HONEYCOMB_API_KEY', 'hcaik_', s(C.lalnum, 58), { header: 'X-Honeycomb-Team' });
tok('axiom-token', 'AXIOM_TOKEN', 'xaat-', (r) => uuid(r));
tok('posthog-personal-key', 'POSTHOG_PERSONAL_API_KEY', 'phx_', s(C.alnum, 43));
tok('launchdarkly-sdk-key', 'LAUNCHDARKLY_SDK_KEY', 'sdk-', (r) => uuid(r));
tok('launchdarkly-api-token', 'LD_API_TOKEN', 'api-', (r) => uuid(r), { weak: true });
key('pagerduty-key', 'PAGERDUTY_TOKEN', seq('u+', s(C.alnum + '_-', 18)));
key('bugsnag-key', 'BUGSNAG_API_KEY', s(C.hex, 32));
tok('linear-key', 'LINEAR_API_KEY', 'lin_api_', s(C.alnum, 40));
tok('notion-token', 'NOTION_TOKEN', 'ntn_', seq(s(C.digits, 11), s(C.alnum, 35)));
tok('notion-legacy', 'NOTION_API_KEY', 'secret_', s(C.alnum, 43));
tok('airtable-pat', 'AIRTABLE_TOKEN', 'pat', seq(s(C.alnum, 14), '.', s(C.hex, 64)));
tok('figma-pat', 'FIGMA_TOKEN', 'figd_', s(C.b64url, 40), { header: 'X-Figma-Token' });
tok('hubspot-pat', 'HUBSPOT_ACCESS_TOKEN', 'pat-na1-', (r) => uuid(r));
tok('contentful-cma', 'CONTENTFUL_MANAGEMENT_TOKEN', 'CFPAT-', s(C.b64url, 43));
key('sanity-token', 'SANITY_API_TOKEN', seq('sk', s(C.alnum, 180)));
tok('typeform-token', 'TYPEFORM_TOKEN', 'tfp_', seq(s(C.alnum, 44), '_', s(C.alnum, 14)));
tok('frameio-token', 'FRAMEIO_TOKEN', 'fio-u-', s(C.b64url, 64));
tok('asana-pat', 'ASANA_ACCESS_TOKEN', '2/', seq(s(C.digits, 16), '/', s(C.digits, 16), ':', s(C.hex, 32)));
key('trello-token', 'TRELLO_TOKEN', s(C.hex, 64));
tok('dropbox-token', 'DROPBOX_ACCESS_TOKEN', 'sl.', s(C.b64url, 136));
tok('mapbox-secret', 'MAPBOX_SECRET_TOKEN', 'sk.', (r) => b64u(JSON.stringify({ u: r.str(C.lower, 8), a: r.str(C.lalnum, 25) })) + '.' + r.str(C.b64url, 22));
key('algolia-admin-key', 'ALGOLIA_ADMIN_KEY', s(C.hex, 32), { header: 'X-Algolia-API-Key' });
key('facebook-app-secret', 'FACEBOOK_APP_SECRET', s(C.hex, 32));
tok('facebook-access-token', 'FB_ACCESS_TOKEN', 'EAA', s(C.alnum, 160));
// app-only bearer tokens: a run of 22 'A' then ~90 URL-encoded base64 characters (about 112 in all)
key('twitter-bearer', 'TWITTER_BEARER_TOKEN', seq('A'.repeat(22), s(C.alnum, 20), '%2B', s(C.alnum, 30), '%3D', s(C.alnum, 34)));
key('google-oauth-secret', 'GOOGLE_CLIENT_SECRET', seq('GOCSPX-', s(C.b64url, 28)), { kw: false, prefix: 'GOCSPX-' });
key('okta-token', 'OKTA_API_TOKEN', seq('00', s(C.b64url, 40)), { header: 'Authorization: SSWS' });
key('auth0-client-secret', 'AUTH0_CLIENT_SECRET', s(C.b64url, 64));
key('clerk-secret', 'CLERK_SECRET_KEY', seq('sk_live_', s(C.alnum, 40)), { kw: false, prefix: 'sk_live_' });
key('cloudinary-url', 'CLOUDINARY_URL', (r) => `cloudinary://${r.str(C.digits, 15)}:${mixed(r, C.b64url, 27)}@${r.str(C.lower, 8)}`, { kw: false, ctx: ['env', 'ts', 'yaml', 'json', 'docker', 'k8s', 'py'] });
key('salesforce-token', 'SF_ACCESS_TOKEN', seq('00D', s(C.alnum, 15), '!AQ', s(C.alnum, 4), '.', s(C.b64url, 90)));
key('yandex-key', 'YANDEX_API_KEY', seq('AQVN', s(C.b64url, 35)));
tok('ngrok-token', 'NGROK_AUTHTOKEN', '', seq('2', s(C.alnum, 26), '_', s(C.alnum, 21)), { kw: true });
tok('scalingo-token', 'SCALINGO_API_TOKEN', 'tk-us-', s(C.b64url, 48));

// databases (connection URLs) and app secrets
P.push({ p: 'postgres-url', name: 'DATABASE_URL', gen: (r) => `postgres://${r.pick(['app', 'api', 'svc_orders'])}:${mixed(r, C.alnum, r.int(16, 32))}@${r.pick(['db.acme-prod.io', 'prod-db.c9x2k.eu-west-1.rds.amazonaws.com', 'pg.internal.acme.net'])}:5432/${r.pick(['app', 'orders'])}`, ctx: ['env', 'ts', 'yaml', 'json', 'docker', 'k8s', 'tf', 'py', 'notebook', 'gha'] });
P.push({ p: 'mysql-url', name: 'MYSQL_URL', gen: (r) => `mysql://admin:${mixed(r, C.alnum + '-_', r.int(16, 28))}@mysql.acme-prod.io:3306/shop`, ctx: ['env', 'ts', 'yaml', 'json', 'docker', 'k8s', 'py'] });
P.push({ p: 'mongodb-url', name: 'MONGODB_URI', gen: (r) => `mongodb+srv://${r.pick(['app', 'admin'])}:${mixed(r, C.alnum, r.int(16, 24))}@cluster0.${r.str(C.lalnum, 5)}.mongodb.net/prod?retryWrites=true&w=majority`, ctx: ['env', 'ts', 'yaml', 'json', 'docker', 'k8s', 'py', 'notebook'] });
P.push({ p: 'redis-url', name: 'REDIS_URL', gen: (r) => `rediss://default:${mixed(r, C.alnum, 32)}@${r.str(C.lower, 6)}-${r.str(C.lower, 6)}-${r.int(10000, 99999)}.upstash.io:6379`, ctx: ['env', 'ts', 'yaml', 'json', 'docker', 'k8s', 'py'] });
P.push({ p: 'amqp-url', name: 'AMQP_URL', gen: (r) => `amqps://${r.str(C.lower, 8)}:${mixed(r, C.b64url, 32)}@${r.pick(['rattlesnake', 'sparrow', 'kangaroo'])}.rmq.cloudamqp.com/${r.str(C.lower, 8)}`, ctx: ['env', 'ts', 'yaml', 'json', 'docker', 'k8s'] });
key('db-password', 'DB_PASSWORD', (r) => mixed(r, C.alnum + '!#%^*-_', r.int(14, 28)));
key('postgres-password', 'POSTGRES_PASSWORD', (r) => mixed(r, C.alnum, r.int(20, 32)));
key('jwt-secret', 'JWT_SECRET', (r) => mixed(r, C.alnum, r.pick([32, 48, 64])));
key('session-secret', 'SESSION_SECRET', (r) => mixed(r, C.b64url, r.int(32, 64)));
// `openssl rand -base64 32`: 32 random bytes
key('nextauth-secret', 'NEXTAUTH_SECRET', (r) => b64(Buffer.from(r.str(C.HEX, 64), 'hex')));
key('rails-secret-key-base', 'SECRET_KEY_BASE', s(C.hex, 128));
// django.core.management.utils.get_random_secret_key(): 50 characters of a-z0-9!@#$%^&*(-_=+)
key('django-secret-key', 'DJANGO_SECRET_KEY', s(C.lalnum + '!@#$%^&*(-_=+)', 50));
key('laravel-app-key', 'APP_KEY', (r) => 'base64:' + b64(Buffer.from(r.str(C.HEX, 64), 'hex')));
key('encryption-key', 'ENCRYPTION_KEY', s(C.hex, 64));
key('webhook-secret', 'WEBHOOK_SIGNING_SECRET', s(C.alnum, 40));
key('oauth-client-secret', 'OAUTH_CLIENT_SECRET', s(C.b64url, 40));
key('smtp-password', 'SMTP_PASSWORD', (r) => mixed(r, C.alnum, r.int(16, 24)));

// private keys are their own family (multi-line blocks)
const PEM_KINDS = ['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY', 'DSA PRIVATE KEY', 'PGP PRIVATE KEY BLOCK'];
function pem(r: Rng): string {
  const kind = r.pick(PEM_KINDS);
  const body = kind === 'OPENSSH PRIVATE KEY' ? ['b3BlbnNzaC1rZXktdjEAAAAA' + r.str(C.b64, 46), ...pemBody(r, 6).map((l) => l.slice(0, 70))] : pemBody(r, r.int(8, 24));
  const head = kind.startsWith('PGP') ? [`-----BEGIN ${kind}-----`, '', ...body] : [`-----BEGIN ${kind}-----`, ...body];
  return [...head, `-----END ${kind}-----`].join('\n');
}

// --------------------------------------------------------------------------------------------------- contexts

const camel = (name: string) => name.toLowerCase().replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
const snake = (name: string) => name.toLowerCase();

interface Placed {
  file: string;
  text: string;
  needle: string;
}

function place(ctx: Ctx, name: string, value: string, r: Rng, header?: string, named = false): Placed {
  const v = value;
  switch (ctx) {
    case 'env': {
      const q = r.pick(['', '"']);
      return { file: r.pick(['.env', '.env.production', 'config/.env.prod', 'deploy/prod.env']), text: `# ${r.pick(['production', 'shared', 'api'])} settings\nNODE_ENV=production\n${name}=${q}${v}${q}\nPORT=8080\n`, needle: v };
    }
    case 'ts': {
      const q = r.pick(['"', "'", '`']);
      return { file: `src/${r.pick(['config', 'lib', 'services'])}/${r.pick(['client', 'index', 'keys'])}.ts`, text: `import { Client } from './client';\n\nexport const ${camel(name)} = ${q}${v}${q};\nexport const client = new Client({ timeout: 5000 });\n`, needle: v };
    }
    case 'py':
      return { file: r.pick(['settings.py', 'app/config.py', 'scripts/sync.py']), text: `import os\n\nDEBUG = False\n${name} = "${v}"\nTIMEOUT = 30\n`, needle: v };
    case 'go':
      return { file: 'internal/config/keys.go', text: `package config\n\nconst ${camel(name)} = "${v}"\n`, needle: v };
    case 'rb':
      return { file: 'config/initializers/keys.rb', text: `# frozen_string_literal: true\n\nENV["${name}"] ||= "${v}"\n`, needle: v };
    case 'yaml': {
      const q = r.pick(['', '"']);
      return { file: r.pick(['config/production.yml', 'app.yaml', 'helm/values.yaml']), text: `service:\n  name: api\n  replicas: 3\ncredentials:\n  ${snake(name)}: ${q}${v}${q}\n  region: eu-west-1\n`, needle: v };
    }
    case 'json':
      return { file: r.pick(['config/production.json', 'appsettings.json', 'secrets.json']), text: JSON.stringify({ env: 'production', [camel(name)]: v, retries: 3 }, null, 2) + '\n', needle: JSON.stringify(v).slice(1, -1) };
    case 'docker':
      return { file: r.pick(['Dockerfile', 'docker/api.Dockerfile']), text: `FROM node:20-alpine\nWORKDIR /app\nENV ${name}=${v}\nCOPY . .\nCMD ["node", "server.js"]\n`, needle: v };
    case 'curl': {
      const h = header ?? 'Authorization: Bearer';
      const line = h.includes(':') ? `${h} ${v}` : `${h}: ${v}`;
      return { file: r.pick(['scripts/call-api.sh', 'README.md', 'docs/api.md', 'Makefile']), text: `#!/bin/sh\nset -eu\ncurl -sS -X POST https://api.${r.pick(['vendor', 'service', 'provider'])}.com/v1/items \\\n  -H "${line}" \\\n  -H "Content-Type: application/json" -d '{}'\n`, needle: v };
    }
    case 'k8s':
      return { file: 'k8s/secret.yaml', text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-secrets\ntype: Opaque\nstringData:\n  ${name}: "${v}"\n`, needle: v };
    case 'k8sb64': {
      const e = b64(v);
      return { file: 'k8s/secret.yaml', text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-secrets\ntype: Opaque\ndata:\n  ${name}: ${e}\n`, needle: e };
    }
    case 'tf':
      return r.pick([
        { file: 'infra/variables.tf', text: `variable "${snake(name)}" {\n  type      = string\n  default   = "${v}"\n  sensitive = true\n}\n`, needle: v },
        { file: r.pick(['terraform.tfvars', 'env/prod.auto.tfvars']), text: `region = "eu-west-1"\n${snake(name)} = "${v}"\n`, needle: v },
        { file: 'infra/main.tf', text: `resource "kubernetes_secret" "api" {\n  metadata { name = "api" }\n  data = {\n    ${name} = "${v}"\n  }\n}\n`, needle: v },
      ]);
    case 'notebook': {
      // a token with a distinctive prefix leaks bare in an output cell; a name-only one is unrecognisable bare,
      // so it appears the way such notebooks leak it: assigned in a code cell
      const cell = named
        ? { cell_type: 'code', execution_count: 1, metadata: {}, source: ['import os\n', `os.environ["${name}"] = "${v}"\n`], outputs: [] }
        : { cell_type: 'code', execution_count: 3, metadata: {}, source: [`print(os.environ["${name}"])`], outputs: [{ name: 'stdout', output_type: 'stream', text: [`${v}\n`] }] };
      const nb = { cells: [cell], metadata: { kernelspec: { name: 'python3' } }, nbformat: 4, nbformat_minor: 5 };
      return { file: 'notebooks/explore.ipynb', text: JSON.stringify(nb, null, 1) + '\n', needle: JSON.stringify(v).slice(1, -1) };
    }
    case 'gha':
      return { file: '.github/workflows/deploy.yml', text: `name: deploy\non: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      ${name}: ${v}\n    steps:\n      - run: ./deploy.sh\n`, needle: v };
    case 'jsmin': {
      const pad = r.str(C.alnum, 20);
      return { file: `dist/assets/index-${r.str(C.hex, 8)}.js`, text: `import{r as ${pad.slice(0, 2)}}from"./vendor.js";const Ye={env:"production",${camel(name)}:"${v}",retries:3};function Qt(e){return fetch(e,{headers:{"x-app":"web"}})}export{Ye as c,Qt as f};\n`, needle: v };
    }
    case 'npmrc':
      return { file: '.npmrc', text: `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${v}\nalways-auth=true\n`, needle: v };
  }
}

const ALL_CTX: Ctx[] = ['env', 'ts', 'py', 'yaml', 'json', 'docker', 'curl', 'k8s', 'k8sb64', 'tf', 'notebook', 'gha', 'jsmin', 'go', 'rb'];

function lineSpan(text: string, needle: string): [number, number] {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`needle not in text: ${needle.slice(0, 20)}`);
  const line = text.slice(0, i).split('\n').length;
  return [line, line + needle.split('\n').length - 1];
}

function sample(provider: string, positive: boolean, ctx: string, pl: Placed): Sample {
  const [line, endLine] = lineSpan(pl.text, pl.needle);
  return { provider, positive, file: pl.file, text: pl.text, line, endLine, ctx };
}

// -------------------------------------------------------------------------------------------------- positives

function positives(r: Rng, perProvider: number): Sample[] {
  const out: Sample[] = [];
  for (const pv of P) {
    let ctxs = pv.ctx ?? ALL_CTX;
    // a bare value with no name is unrecognisable by design: give name-only tokens a header or leave curl out
    if (pv.kw && !pv.header) ctxs = ctxs.filter((c) => c !== 'curl');
    for (let i = 0; i < perProvider; i++) {
      const ctx = ctxs[(i + out.length) % ctxs.length]!;
      const v = pv.gen(r);
      out.push(sample(pv.p, true, ctx, place(ctx, pv.name, v, r, pv.header, !!pv.kw || !!pv.weak)));
    }
  }
  // npm tokens in .npmrc
  for (let i = 0; i < 6; i++) out.push(sample('npm-token', true, 'npmrc', place('npmrc', 'NPM_TOKEN', checksummed('npm_', r), r)));
  // private key blocks: PEM files, JSON service-account files, YAML block scalars, .env with \n escapes, terraform heredoc
  for (let i = 0; i < 30; i++) {
    const k = pem(r);
    const mode = i % 5;
    if (mode === 0) out.push(sample('private-key', true, 'pem', { file: r.pick(['deploy/id_rsa', 'certs/server.key', 'keys/signing.pem']), text: k + '\n', needle: k }));
    else if (mode === 1) {
      const text = JSON.stringify({ type: 'service_account', project_id: 'acme-prod', private_key_id: r.str(C.hex, 40), private_key: k + '\n', client_email: 'deploy@acme-prod.iam.gserviceaccount.com' }, null, 2) + '\n';
      out.push(sample('private-key', true, 'json', { file: 'config/gcp-sa.json', text, needle: JSON.stringify(k).slice(1, -1) }));
    } else if (mode === 2) out.push(sample('private-key', true, 'yaml', { file: 'config/tls.yml', text: `tls:\n  key: |\n    ${k.split('\n').join('\n    ')}\n`, needle: k.split('\n').join('\n    ') }));
    else if (mode === 3) {
      const e = k.split('\n').join('\\n');
      out.push(sample('private-key', true, 'env', { file: '.env.production', text: `JWT_PRIVATE_KEY="${e}"\n`, needle: e }));
    } else out.push(sample('private-key', true, 'tf', { file: 'infra/keys.tf', text: `resource "tls_x" "k" {\n  private_key_pem = <<EOT\n${k}\nEOT\n}\n`, needle: k }));
  }
  return out;
}

// -------------------------------------------------------------------------------------------------- negatives

const PLACEHOLDERS = ['<YOUR_KEY>', '<your-api-key>', 'your-api-key-here', 'YOUR_API_KEY', 'changeme', 'CHANGE_ME', 'REPLACE_ME', 'xxxxxxxxxxxxxxxxxxxxxxxx', '********', 'TODO', 'dummy', 'example', '...', '<redacted>', 'REDACTED', 'insert-key-here', '${API_KEY}', '__API_KEY__', 'null', 'none', 'secret', 'password', 'your_secret_here', 'sample-token-value'];

function refsFor(name: string): [string, string, string][] {
  // [file, text, needle]
  return [
    ['.github/workflows/ci.yml', `jobs:\n  test:\n    env:\n      ${name}: \${{ secrets.${name} }}\n`, `\${{ secrets.${name} }}`],
    ['src/config.ts', `export const ${camel(name)} = process.env.${name};\n`, `process.env.${name}`],
    ['src/config.ts', `export const ${camel(name)} = process.env.${name} ?? '';\n`, `process.env.${name}`],
    ['app/settings.py', `${name} = os.environ["${name}"]\n`, `os.environ["${name}"]`],
    ['app/settings.py', `${name} = os.getenv("${name}", "")\n`, `os.getenv("${name}", "")`],
    ['docker-compose.yml', `services:\n  api:\n    environment:\n      ${name}: \${${name}}\n`, `\${${name}}`],
    ['docker-compose.yml', `services:\n  api:\n    environment:\n      - ${name}=\${${name}:?set it}\n`, `\${${name}:?set it}`],
    ['helm/templates/secret.yaml', `stringData:\n  ${name}: {{ .Values.secrets.${camel(name)} | quote }}\n`, `{{ .Values.secrets.${camel(name)} | quote }}`],
    ['src/env.ts', `const ${camel(name)} = import.meta.env.VITE_${name};\n`, `import.meta.env.VITE_${name}`],
    ['config/app.rb', `${snake(name)} = ENV.fetch("${name}")\n`, `ENV.fetch("${name}")`],
    ['main.go', `${camel(name)} := os.Getenv("${name}")\n`, `os.Getenv("${name}")`],
    ['deploy.sh', `export ${name}="$(vault kv get -field=value secret/${snake(name)})"\n`, `$(vault kv get -field=value secret/${snake(name)})`],
    ['infra/main.tf', `  ${snake(name)} = var.${snake(name)}\n`, `var.${snake(name)}`],
    ['.env.example', `${name}=\n`, `${name}=`],
    ['src/Config.java', `String ${camel(name)} = System.getenv("${name}");\n`, `System.getenv("${name}")`],
    ['ansible/vars.yml', `${snake(name)}: "{{ vault_${snake(name)} }}"\n`, `{{ vault_${snake(name)} }}`],
    ['k8s/deploy.yaml', `        - name: ${name}\n          valueFrom:\n            secretKeyRef: { name: api, key: ${snake(name)} }\n`, `secretKeyRef: { name: api, key: ${snake(name)} }`],
  ];
}

function neg(provider: string, ctx: string, file: string, text: string, needle: string): Sample {
  return sample(provider, false, ctx, { file, text, needle });
}

function negatives(r: Rng): Sample[] {
  const out: Sample[] = [];
  // per provider: references, placeholders, and prefix look-alikes that are too short or obviously fake
  for (const pv of P) {
    const refs = refsFor(pv.name);
    for (let i = 0; i < 3; i++) {
      const [file, text, needle] = r.pick(refs);
      out.push(neg('ref', 'ref', file, text, needle));
    }
    const ph = r.pick(PLACEHOLDERS);
    out.push(neg('placeholder', 'placeholder', r.pick(['.env.example', 'README.md', 'config/app.yml']), `${pv.name}=${ph}\n`, `${pv.name}=${ph}`));
    if (pv.prefix && pv.prefix.length >= 3) {
      const px = pv.prefix;
      out.push(neg('prefix-short', 'prefix', 'src/check.ts', `const sample = "${px}${r.str(C.lalnum, r.int(3, 6))}";\n`, px));
      out.push(neg('prefix-xxx', 'prefix', r.pick(['README.md', 'docs/setup.md', '.env.example']), `${pv.name}=${px}${'x'.repeat(r.int(16, 32))}\n`, px));
      out.push(neg('prefix-doc', 'prefix', 'docs/setup.md', `Paste your token (it starts with \`${px}\`) into ${pv.name}, e.g. \`${pv.name}=${px}...\`.\n`, px));
      out.push(neg('prefix-code', 'prefix', 'src/detect.ts', `if (value.startsWith("${px}")) return "${pv.p}";\n`, px));
      out.push(neg('prefix-ellipsis', 'prefix', 'docs/api.md', `Authorization: Bearer ${px}${r.str(C.alnum, 4)}...${r.str(C.alnum, 4)}\n`, px));
    }
  }
  // documented examples
  const docs = [
    'AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE',
    'AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    'aws_access_key_id = AKIAI44QH8DHBEXAMPLE',
    'aws_secret_access_key = je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY',
    'STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx',
    'STRIPE_SECRET_KEY=sk_live_XXXXXXXXXXXXXXXXXXXXXXXX',
    'OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'OPENAI_API_KEY=sk-...',
    'GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'SLACK_BOT_TOKEN=xoxb-your-token',
    'SLACK_BOT_TOKEN=xoxb-0000000000-0000000000-xxxxxxxxxxxxxxxxxxxxxxxx',
    'SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'ANTHROPIC_API_KEY=sk-ant-api03-...',
    'api_key: "<YOUR_API_KEY>"',
    'password: "<password>"',
    'DATABASE_URL=postgresql://USER:PASSWORD@HOST:5432/DATABASE',
    'DATABASE_URL=postgres://user:password@localhost:5432/mydb',
    'MONGODB_URI=mongodb+srv://<username>:<password>@cluster0.example.mongodb.net/',
    'REDIS_URL=redis://:your-redis-password@your-host:6379',
    'JWT_SECRET=your-super-secret-jwt-key-change-this',
    'SECRET_KEY=replace-with-a-long-random-string',
    'client_secret: "YOUR_CLIENT_SECRET"',
    'token = "INSERT_TOKEN_HERE"',
    'HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'NPM_TOKEN=npm_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
  ];
  for (const d of docs) for (const file of ['README.md', '.env.example', 'docs/getting-started.md']) out.push(neg('documented-example', 'doc', file, `${d}\n`, d));

  const add = (cat: string, n: number, f: () => [string, string, string]) => {
    for (let i = 0; i < n; i++) {
      const [file, text, needle] = f();
      out.push(neg(cat, cat, file, text, needle));
    }
  };
  const HASH_NAMES = ['checksum', 'sha256', 'hash', 'digest', 'etag', 'fingerprint', 'contentHash', 'api_key_hash', 'token_sha256', 'password_hash', 'secret_digest'];
  add('hash-sha256', 60, () => {
    const h = r.str(C.hex, 64);
    const n = r.pick(HASH_NAMES);
    return [r.pick(['manifest.json', 'src/release.ts', 'checksums.yml']), r.pick([`"${n}": "${h}"\n`, `const ${n} = '${h}';\n`, `${n}: ${h}\n`, `${h}  dist/app.tar.gz\n`]), h];
  });
  add('hash-sha1', 40, () => {
    const h = r.str(C.hex, 40);
    const n = r.pick(['sha', 'commit', 'rev', 'ref', 'hash', 'GIT_SHA', 'token_hash']);
    return [r.pick(['deps.json', '.gitmodules.lock', 'ci/build.yml']), r.pick([`"${n}": "${h}"\n`, `${n}: ${h}\n`, `${n.toUpperCase()}=${h}\n`, `uses: actions/checkout@${h} # v4\n`]), h];
  });
  add('hash-md5', 30, () => {
    const h = r.str(C.hex, 32);
    return [r.pick(['assets.json', 'src/cache.ts']), r.pick([`"md5": "${h}",\n`, `const etag = "${h}";\n`, `cacheKey: ${h}\n`, `"hash": "${h}"\n`]), h];
  });
  add('hash-bcrypt', 30, () => {
    const h = `$2${r.pick(['a', 'b', 'y'])}$${r.pick(['10', '12'])}$${r.str(C.alnum + './', 53)}`;
    return [r.pick(['seed.sql', 'fixtures/users.json', 'db/seeds.rb', '.htpasswd']), r.pick([`INSERT INTO users (email, password_hash) VALUES ('a@b.c', '${h}');\n`, `{ "email": "a@b.c", "password": "${h}" }\n`, `password_digest: "${h}"\n`, `admin:${h}\n`]), h];
  });
  add('hash-argon2', 20, () => {
    const h = `$argon2id$v=19$m=65536,t=3,p=4$${r.str(C.b64.slice(0, 62), 22)}$${r.str(C.b64.slice(0, 62), 43)}`;
    return ['fixtures/users.yml', `  password: "${h}"\n`, h];
  });
  add('hash-django', 15, () => {
    const h = `pbkdf2_sha256$600000$${r.str(C.alnum, 22)}$${r.str(C.b64, 43)}=`;
    return ['fixtures/users.json', `{"model": "auth.user", "fields": {"password": "${h}"}}\n`, h];
  });
  add('uuid', 70, () => {
    const u = uuid(r);
    const n = r.pick(['id', 'requestId', 'tenant_id', 'client_id', 'AZURE_CLIENT_ID', 'AZURE_TENANT_ID', 'idempotency_key', 'session_id', 'trace_id', 'correlationId', 'subscription_id', 'appId']);
    return [r.pick(['src/fixtures.ts', 'config.json', '.env', 'test/data.yml']), r.pick([`"${n}": "${u}",\n`, `${n.toUpperCase()}=${u}\n`, `const ${camel(n)} = "${u}";\n`, `${n}: ${u}\n`]), u];
  });
  add('base64-image', 25, () => {
    const d = `data:image/${r.pick(['png', 'jpeg', 'webp'])};base64,${r.pick(['iVBORw0KGgoAAAANSUhEUgAA', '/9j/4AAQSkZJRgABAQ', 'UklGR'])}${r.str(C.b64, r.int(200, 600))}`;
    return [r.pick(['src/assets/logo.ts', 'public/styles.css', 'dist/assets/index.js']), r.pick([`export const logo = "${d}";\n`, `.logo { background: url(${d}); }\n`, `const icon="${d}";\n`]), d];
  });
  add('sri-integrity', 50, () => {
    const a = r.pick(['sha512', 'sha384', 'sha256', 'sha1']);
    const len = { sha512: 86, sha384: 64, sha256: 43, sha1: 27 }[a]!;
    const v = `${a}-${r.str(C.b64, len)}${len % 4 === 2 ? '==' : len % 4 === 3 ? '=' : ''}`;
    return [r.pick(['package-lock.json', 'yarn.lock', 'public/index.html', 'pnpm-lock.yaml']), r.pick([`      "integrity": "${v}",\n`, `  integrity ${v}\n`, `<script src="https://cdn.x.com/a.js" integrity="${v}" crossorigin="anonymous"></script>\n`, `    resolution: {integrity: ${v}}\n`]), v];
  });
  add('sops', 30, () => {
    const v = `ENC[AES256_GCM,data:${r.str(C.b64, r.int(16, 60))}=,iv:${r.str(C.b64, 43)}=,tag:${r.str(C.b64, 22)}==,type:str]`;
    return [r.pick(['secrets.enc.yaml', 'secrets/prod.yaml', 'secrets.enc.json']), r.pick([`db_password: ${v}\napi_token: ${v.replace('data:', 'data:A')}\nsops:\n    kms: []\n    version: 3.8.1\n`, `{\n  "api_key": "${v}",\n  "sops": { "version": "3.8.1" }\n}\n`]), v];
  });
  add('ansible-vault', 20, () => {
    const lines = Array.from({ length: 5 }, () => r.str(C.digits + 'abcdef', 80));
    return ['group_vars/all.yml', `db_password: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n          ${lines.join('\n          ')}\n`, lines[0]!];
  });
  add('other-ciphertext', 30, () => {
    const v = r.pick([`vault:v1:${r.str(C.b64, 64)}=`, `ENC(${r.str(C.b64, 44)})`, `AQICAHh${r.str(C.b64, 180)}==`]);
    return ['config/app.yml', `encrypted_password: "${v}"\n`, v];
  });
  add('sealed-secret', 15, () => {
    const v = `AgB${r.str(C.b64, 400)}==`;
    return ['k8s/sealed.yaml', `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api\nspec:\n  encryptedData:\n    API_TOKEN: ${v}\n`, v];
  });
  add('pgp-message', 10, () => {
    const body = pemBody(r, 6).join('\n');
    return ['secrets/prod.env.asc', `-----BEGIN PGP MESSAGE-----\n\n${body}\n-----END PGP MESSAGE-----\n`, body];
  });
  add('public-key', 40, () => {
    const k = r.pick([
      `ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${r.str(C.b64, 500)} deploy@ci`,
      `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.str(C.b64, 43)} me@laptop`,
      `-----BEGIN PUBLIC KEY-----\n${pemBody(r, 5).join('\n')}\n-----END PUBLIC KEY-----`,
      `-----BEGIN CERTIFICATE-----\n${pemBody(r, 12).join('\n')}\n-----END CERTIFICATE-----`,
      `-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n${pemBody(r, 8).join('\n')}\n-----END PGP PUBLIC KEY BLOCK-----`,
    ]);
    return [r.pick(['deploy/authorized_keys', 'certs/ca.pem', 'keys/signing.pub', 'config/jwt-public.pem']), k + '\n', k];
  });
  add('public-key-in-config', 15, () => {
    const k = `-----BEGIN PUBLIC KEY-----\\n${pemBody(r, 5).join('\\n')}\\n-----END PUBLIC KEY-----`;
    return ['config/auth.json', `{\n  "jwtPublicKey": "${k}"\n}\n`, k];
  });
  add('stripe-publishable', 40, () => {
    const v = `pk_${r.pick(['live', 'test'])}_${mixed(r, C.alnum, r.pick([24, 99]))}`;
    return [r.pick(['src/checkout.ts', '.env', 'dist/assets/app.js', 'public/config.js']), r.pick([`const stripe = Stripe("${v}");\n`, `NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=${v}\n`, `STRIPE_PUBLISHABLE_KEY=${v}\n`, `window.cfg={stripeKey:"${v}"};\n`]), v];
  });
  add('clerk-publishable', 15, () => {
    const v = `pk_live_${b64(`clerk.${r.str(C.lower, 8)}.com$`).replace(/=+$/, '')}`;
    return ['.env', `NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY=${v}\n`, v];
  });
  add('supabase-anon', 40, () => {
    const v = jwt(r, { iss: 'supabase', ref: r.str(C.lower, 20), role: 'anon', iat: 1700000000 + r.int(0, 9e6), exp: 2000000000 + r.int(0, 9e6) });
    return [r.pick(['.env', 'src/lib/supabase.ts', 'dist/assets/index.js']), r.pick([`NEXT_PUBLIC_SUPABASE_ANON_KEY=${v}\n`, `SUPABASE_ANON_KEY=${v}\n`, `export const supabase = createClient("https://${r.str(C.lower, 20)}.supabase.co", "${v}");\n`, `const supabaseAnonKey = '${v}';\n`]), v];
  });
  add('supabase-publishable', 10, () => {
    const v = `sb_publishable_${r.str(C.b64url, 31)}`;
    return ['.env', `NEXT_PUBLIC_SUPABASE_PUBLISHABLE_KEY=${v}\n`, v];
  });
  add('firebase-web-key', 40, () => {
    const v = `AIza${r.str(C.b64url, 35)}`;
    return [r.pick(['src/firebase.ts', 'src/firebase.js', 'public/index.html', 'dist/assets/app.js']), r.pick([
      `const firebaseConfig = {\n  apiKey: "${v}",\n  authDomain: "acme-${r.str(C.lalnum, 5)}.firebaseapp.com",\n  projectId: "acme",\n  storageBucket: "acme.appspot.com",\n  appId: "1:${r.str(C.digits, 12)}:web:${r.str(C.hex, 22)}"\n};\n`,
      `firebase.initializeApp({ apiKey: "${v}", authDomain: "acme.firebaseapp.com", projectId: "acme" });\n`,
      `NEXT_PUBLIC_FIREBASE_API_KEY=${v}\n`,
      `VITE_FIREBASE_API_KEY=${v}\n`,
    ]), v];
  });
  add('other-public-keys', 40, () => {
    const v = r.pick([
      `pk.${b64u(JSON.stringify({ u: r.str(C.lower, 8), a: r.str(C.lalnum, 25) }))}.${r.str(C.b64url, 22)}`,
      `phc_${r.str(C.alnum, 43)}`,
      `NRJS-${r.str(C.hex, 19)}`,
      `https://${r.str(C.hex, 32)}@o${r.str(C.digits, 6)}.ingest.sentry.io/${r.str(C.digits, 7)}`,
      `6L${r.str(C.b64url, 38)}`,
      `${r.str(C.digits, 12)}-${r.str(C.lalnum, 32)}.apps.googleusercontent.com`,
      `FLWPUBK-${r.str(C.hex, 32)}-X`,
      `B${r.str(C.b64url, 86)}`,
    ]);
    const name = v.startsWith('pk.') ? 'NEXT_PUBLIC_MAPBOX_TOKEN' : v.startsWith('phc_') ? 'NEXT_PUBLIC_POSTHOG_KEY' : v.startsWith('NRJS') ? 'licenseKey' : v.includes('sentry') ? 'SENTRY_DSN' : v.startsWith('6L') ? 'RECAPTCHA_SITE_KEY' : v.includes('googleusercontent') ? 'GOOGLE_CLIENT_ID' : v.startsWith('FLWPUBK') ? 'FLW_PUBLIC_KEY' : 'VAPID_PUBLIC_KEY';
    return [r.pick(['.env', 'src/analytics.ts', 'dist/assets/index.js']), r.pick([`${name}=${v}\n`, `const ${camel(name)} = "${v}";\n`]), v];
  });
  add('test-key', 60, () => {
    const v = r.pick([
      `sk_test_${mixed(r, C.alnum, r.pick([24, 99]))}`,
      `rk_test_${mixed(r, C.alnum, 24)}`,
      `EZTK${mixed(r, C.alnum, 54)}`,
      `FLWSECK_TEST-${r.str(C.hex, 32)}-X`,
      `shippo_test_${r.str(C.hex, 40)}`,
      `duffel_test_${r.str(C.b64url, 43)}`,
      `test_${mixed(r, C.alnum, 30)}`,
      `django-insecure-${r.str(C.lalnum + '!@#%^&*(-_=+)', 50)}`,
      `access_token$sandbox$${r.str(C.lalnum, 16)}$${r.str(C.hex, 32)}`,
      `sk_test_${r.str(C.hex, 40)}`,
    ]);
    const name = v.startsWith('django') ? 'SECRET_KEY' : v.startsWith('test_') ? 'MOLLIE_API_KEY' : 'PAYMENT_SECRET_KEY';
    return [r.pick(['.env.test', 'tests/payments.test.ts', '.env', 'config/test.yml']), r.pick([`${name}=${v}\n`, `const ${camel(name)} = "${v}";\n`, `${snake(name)}: ${v}\n`]), v];
  });
  add('local-default-password', 50, () => {
    const v = r.pick([
      'postgres://postgres:postgres@localhost:5432/app_dev',
      'postgresql://postgres:password@127.0.0.1:5432/test',
      'mysql://root:root@localhost:3306/app',
      'mongodb://root:example@localhost:27017/admin',
      'redis://:redis@localhost:6379/0',
      'amqp://guest:guest@localhost:5672/',
      'postgres://app:app@db:5432/app',
      'POSTGRES_PASSWORD: postgres',
      'MYSQL_ROOT_PASSWORD: root',
      'DB_PASSWORD=secret',
      'spring.datasource.password=sa',
      'MINIO_ROOT_PASSWORD: minioadmin',
      'RABBITMQ_DEFAULT_PASS: guest',
    ]);
    return [r.pick(['docker-compose.yml', '.env.development', 'config/database.yml', '.env.test']), `${v.includes('://') ? 'DATABASE_URL=' : ''}${v}\n`, v];
  });
  add('stripe-object-id', 40, () => {
    const v = `${r.pick(['cus', 'pi', 'ch', 'price', 'prod', 'sub', 'evt', 'acct', 'in', 'seti', 'cs_test', 'txn', 'po', 'src', 'tok', 'card', 'pm'])}_${mixed(r, C.alnum, r.pick([14, 24]))}`;
    return [r.pick(['fixtures/stripe.json', 'src/billing.ts', 'test/data.json']), r.pick([`"id": "${v}",\n`, `const priceId = "${v}";\n`, `customer: ${v}\n`]), v];
  });
  add('order-number', 30, () => {
    const v = r.pick([`ORD-${r.int(2019, 2026)}-${r.str(C.digits, 6)}`, `INV${r.str(C.ualnum, 10)}`, `${r.str(C.ualnum, 3)}-${r.str(C.ualnum, 4)}-${r.str(C.ualnum, 4)}`, r.str(C.digits, 16)]);
    return ['fixtures/orders.json', `{"orderNumber": "${v}", "status": "paid"}\n`, v];
  });
  add('docker-digest', 20, () => {
    const v = `sha256:${r.str(C.hex, 64)}`;
    return [r.pick(['Dockerfile', 'k8s/deploy.yaml']), r.pick([`FROM node:20-alpine@${v}\n`, `        image: ghcr.io/acme/api@${v}\n`]), v];
  });
  add('css-color', 25, () => {
    const v = `#${r.str(C.hex, r.pick([3, 6, 8]))}`;
    return [r.pick(['src/theme.ts', 'styles/main.css', 'tailwind.config.js']), r.pick([`  primaryKey: "${v}",\n`, `.btn { color: ${v}; }\n`, `  tokenColor: '${v}',\n`]), v];
  });
  add('misc-ids', 50, () => {
    const v = r.pick([
      `G-${r.str(C.ualnum, 10)}`,
      `UA-${r.str(C.digits, 8)}-1`,
      `arn:aws:iam::${r.str(C.digits, 12)}:role/${r.pick(['deploy', 'lambda-exec'])}`,
      `AC${r.str(C.hex, 32)}`,
      `${r.str(C.digits, 12)}`,
      `${r.str(C.lalnum, 8)}-${r.str(C.lalnum, 4)}`,
      `main.${r.str(C.hex, 8)}.js`,
      `${r.str(C.hex, 2)}:${r.str(C.hex, 2)}:${r.str(C.hex, 2)}:${r.str(C.hex, 2)}:${r.str(C.hex, 2)}:${r.str(C.hex, 2)}`,
      `1:${r.str(C.digits, 12)}:web:${r.str(C.hex, 22)}`,
      `pub${r.str(C.hex, 32)}`,
    ]);
    const n = v.startsWith('AC') ? 'TWILIO_ACCOUNT_SID' : r.pick(['measurementId', 'trackingId', 'roleArn', 'accountId', 'buildId', 'chunk', 'appId', 'mac']);
    return [r.pick(['src/analytics.ts', '.env', 'config.json']), r.pick([`${n}=${v}\n`, `"${n}": "${v}",\n`]), v];
  });
  add('prose-and-code', 90, () => {
    const v = r.pick([
      `password: "Password"`,
      `"passwordHint": "At least 8 characters, one number"`,
      `"token_expired": "Your session token has expired, please sign in again"`,
      `const token = req.headers.authorization?.split(" ")[1];`,
      `const apiKey = config.get("stripe.secretKey");`,
      `secret_key = Fernet.generate_key()`,
      `password = getpass.getpass("Password: ")`,
      `const secret = crypto.randomBytes(32).toString("hex");`,
      `apiKey: options.apiKey ?? defaultApiKey,`,
      `TOKEN_STORAGE_KEY = "auth_token_v2"`,
      `export const PASSWORD_RESET_TOKEN_TTL = 3600;`,
      `passwordField: "input[name=password]"`,
      `token: ${'${'}{ github.token }}`,
      `password: ""`,
      `password: null`,
      `api_key = None`,
      `export const SECRET_HEADER = "x-webhook-signature";`,
      `private_key_path = "/etc/ssl/private/server.key"`,
      `SECRET_KEY_FILE=/run/secrets/django_secret_key`,
      `"password": { "type": "string", "minLength": 12, "writeOnly": true }`,
      `keyPrefix: "rate-limit:login:"`,
      `const tokenEndpoint = "https://oauth2.googleapis.com/token";`,
      `authorization: Bearer {{access_token}}`,
      `-H "Authorization: Bearer $TOKEN"`,
      `curl -u "$USER:$PASSWORD" https://api.example.com`,
      `export const secretsManagerArn = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/api-AbCdEf";`,
      `password_min_length: 12`,
      `token_type: "Bearer"`,
      `  "secret_name": "prod/database/credentials",`,
      `  <input type="password" name="password" autocomplete="current-password" />`,
      `GITHUB_TOKEN: ${'${'}{ secrets.GITHUB_TOKEN }}`,
      `api_key = settings.STRIPE_SECRET_KEY`,
      `const key = \`\${prefix}:\${userId}:\${Date.now()}\`;`,
      `cacheKey: "user-profile-v3-by-id"`,
      `sessionKey = "connect.sid"`,
      `password: !secret mqtt_password`,
      `"publicKey": "BEl62iUYgUivxIkv69yViEuiBIa-Ib9-SkvMeAtA3LFgDzkrxZJjSgSnfckjBJuBkr3qBUYIHBQFLXYp5Nksh8U",`,
      `lorem_ipsum_dolor_sit_amet_consectetur_adipiscing_elit_sed_do`,
      `translationKey: "checkout.payment.errors.cardDeclinedTitle"`,
      `"secretsPath": "/var/run/secrets/kubernetes.io/serviceaccount/token"`,
    ]);
    return [r.pick(['src/app.ts', 'src/i18n/en.json', 'app/views.py', 'config/app.yml', '.github/workflows/ci.yml', 'README.md']), `${v}\n`, v];
  });
  add('random-words-and-hex-in-code', 40, () => {
    const v = r.pick([
      `const nonce = "${r.str(C.b64, 22)}==";`,
      `<meta name="csrf-param" content="authenticity_token" />`,
      `style-src 'self' 'nonce-${r.str(C.b64, 22)}=='`,
      `"__v": 0, "_id": "${r.str(C.hex, 24)}"`,
      `const objectId = new ObjectId("${r.str(C.hex, 24)}");`,
      `"mappings": "AAAA,SAASA,EAAE,${r.str(C.alpha, 40)};AACA"`,
      `const wasm = "${r.str(C.b64, 200)}";`,
      `"version": "1.${r.int(0, 40)}.${r.int(0, 40)}", "resolved": "https://registry.npmjs.org/x/-/x-1.0.0.tgz"`,
    ]);
    return [r.pick(['src/app.ts', 'dist/assets/app.js', 'package-lock.json']), `${v}\n`, v];
  });
  // bad-checksum look-alikes of checksummed formats (GitHub, npm): right shape, invalid CRC
  add('bad-checksum', 30, () => {
    const px = r.pick(['ghp_', 'gho_', 'npm_']);
    const good = checksummed(px, r);
    const bad = good.slice(0, -6) + (good.endsWith('000000') ? '000001' : '000000');
    return [r.pick(['test/fixtures/tokens.ts', 'src/fake.ts']), `const sample = "${bad}";\n`, bad];
  });
  return out;
}

export interface Corpus {
  positives: Sample[];
  negatives: Sample[];
  providers: number;
}

export function generateCorpus(seed = 20260109, perProvider = 8): Corpus {
  const r = new Rng(seed);
  const pos = positives(r, perProvider);
  const negs = negatives(r);
  return { positives: pos, negatives: negs, providers: new Set(pos.map((x) => x.provider)).size };
}

/** one credential of a provider of the corpus (for the repo generator) */
export function makeToken(provider: string, r: Rng): string {
  if (provider === 'private-key') return pem(r);
  const pv = P.find((x) => x.p === provider);
  if (!pv) throw new Error(`unknown provider ${provider}`);
  return pv.gen(r);
}

export function providerNames(): string[] {
  return P.map((x) => x.p);
}
