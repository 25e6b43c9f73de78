import { custom, kv, randomFrom, sampleParts, tok, type Part, type SecretRule, type Verdict } from './rule-dsl.js';
import { bech32Valid, decodeBase64Url, NPM_LEGACY_NOTE, npmLegacyToken, shannon, decodeJwt, checksum62Valid, githubTokenVerdict, jwtVerdict, unverified, withChecksum62 } from './validators.js';

/**
 * The provider rules table. Formats come from each provider's documentation of its token layout (prefixes,
 * lengths, alphabets) and were cross-checked against the provider list that gitleaks' default config covers.
 * Every regex uses bounded quantifiers only (linear time on long minified lines) and is reached only when the
 * keyword prefilter saw one of its keywords in the file.
 *
 * Severity: critical = money or whole-cloud control (live payment keys, cloud root/admin credentials, private
 * keys of services); high = account or data access; medium = limited scope or usually low-impact keys.
 */

const AN = 'A-Za-z0-9';
const LAN = 'a-z0-9';
const UAN = 'A-Z0-9';
const HEX = 'a-f0-9';
const MHEX = 'a-fA-F0-9';
const UHEX = 'A-F0-9';
const B64 = 'A-Za-z0-9+/';
const B64U = 'A-Za-z0-9_-';
const W = 'A-Za-z0-9_';

const h = (id: string, provider: string, family: string, grants: string) => ({ id, provider, family, grants });
const UUID: Part[] = [[HEX, 8], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 12]];
/** A UUID in either case (some dashboards show them upper-case). */
const MUUID: Part[] = [[MHEX, 8], '-', [MHEX, 4], '-', [MHEX, 4], '-', [MHEX, 4], '-', [MHEX, 12]];

const b62 = (n: number) => randomFrom(AN, n);

function ghSample(prefix: string): () => string {
  return () => withChecksum62(prefix, b62(30));
}
function ghNegative(prefix: string): () => string {
  // truncated: too short for the format (a wrong checksum is reported as an `unverified` warning instead)
  return () => {
    const t = withChecksum62(prefix, b62(30));
    return `const key = "${t.slice(0, 30)}";`;
  };
}

/** Decode a Kubernetes Secret data value; only real-looking credentials count (not certificates, not placeholders). */
function k8sSecretVerdict(value: string, m: RegExpExecArray): Verdict | null {
  const text = m.input;
  // must sit under a data:/stringData: block of a kind: Secret document
  const before = text.slice(Math.max(0, m.index - 4000), m.index);
  const doc = before.slice(before.lastIndexOf('\n---') + 1);
  if (!/kind:\s*["']?Secret["']?\s*$/m.test(doc) || !/^(?:data|stringData):\s*$/m.test(doc)) return { kind: 'reject' };
  const key = m[1] ?? '';
  if (/^(?:type|name|namespace|kind|apiVersion)$/.test(key)) return { kind: 'reject' };
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  // random bytes (a JWT or session secret drawn from /dev/urandom) under a secret's key: the secret itself
  const blocks = [...doc.matchAll(/^(data|stringData):\s*$/gm)];
  if (/[^\x09\x0a\x0d\x20-\x7e]/.test(decoded) && blocks[blocks.length - 1]?.[1] === 'data' && Buffer.from(value, 'base64').length >= 16 && /secret|token|key|pass|pwd|credential|salt|pepper|cookie/i.test(key)) return null;
  if (/[^\x09\x0a\x0d\x20-\x7e]/.test(decoded) || decoded.length < 6) return { kind: 'reject' };
  if (/^-----BEGIN CERTIFICATE/.test(decoded)) return { kind: 'reject' };
  if (/^(?:changeme|password|secret|admin|root|test|example|xxx+|placeholder|<.*>|\$\{.*\})$/i.test(decoded.trim())) return { kind: 'reject' };
  // Secrets also carry plain configuration next to the credential (DB_HOST, DB_USER, PORT, REGION): a host
  // name, e-mail, URL without credentials, number or word list is not a secret, whatever the file is
  const d = decoded.trim();
  if (/(?:^|[_.-])(?:host|hostname|port|user|username|database|db|name|namespace|region|email|domain|bucket|schema)$/i.test(key) && !/:\/\/[^/\s:@]*:[^@\s]+@/.test(d)) return { kind: 'reject' };
  // words (db.internal, api-secrets, eu-west-1), numbers, e-mails, URLs with neither credentials nor a long random part
  if (/^\d+$/.test(d) || /^[a-z]+\d{0,3}(?:[._-][a-z]+\d{0,3})*$/.test(d) || /^[^\s@:/]+@[a-z0-9.-]+\.[a-z]{2,}$/i.test(d)) return { kind: 'reject' };
  if (/^[a-z][a-z0-9+.-]*:\/\/[^\s:@/]+(?::\d+)?(?:\/\S*)?$/i.test(d) && !/[A-Za-z0-9_-]{24,}/.test(d)) return { kind: 'reject' };
  return null;
}

function jwtOf(payload: Record<string, unknown>): string {
  const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${enc({ alg: 'HS256', typ: 'JWT' })}.${enc(payload)}.${randomFrom(B64U, 43)}`;
}

/**
 * Google API keys embedded in Google's own public SDKs and tools (gcloud, Chromium, Firebase samples) and the
 * documentation sample; gitleaks keeps the same list as an allowlist (cmd/generate/config/rules/gcp.go).
 */
const GOOGLE_PUBLIC_KEYS = new Set(
  [
    'AIzaSyabcdefghijklmnopqrstuvwxyz1234567', 'AIzaSyAnLA7NfeLquW1tJFpx_eQCxoX-oo6YyIs', 'AIzaSyCkEhVjf3pduRDt6d1yKOMitrUEke8agEM',
    'AIzaSyDMAScliyLx7F0NPDEJi1QmyCgHIAODrlU', 'AIzaSyD3asb-2pEZVqMkmL6M9N6nHZRR_znhrh0', 'AIzayDNSXIbFmlXbIE6mCzDLQAqITYefhixbX4A',
    'AIzaSyAdOS2zB6NCsk1pCdZ4-P6GBdi_UUPwX7c', 'AIzaSyASWm6HmTMdYWpgMnjRBjxcQ9CKctWmLd4', 'AIzaSyANUvH9H9BsUccjsu2pCmEkOPjjaXeDQgY',
    'AIzaSyA5_iVawFQ8ABuTZNUdcwERLJv_a_p4wtM', 'AIzaSyA4UrcGxgwQFTfaI3no3t7Lt1sjmdnP5sQ', 'AIzaSyDSb51JiIcB6OJpwwMicseKRhhrOq1cS7g',
    'AIzaSyBF2RrAIm4a0mO64EShQfqfd2AFnzAvvuU', 'AIzaSyBcE-OOIbhjyR83gm4r2MFCu4MJmprNXsw', 'AIzaSyB8qGxt4ec15vitgn44duC5ucxaOi4FmqE',
    'AIzaSyA8vmApnrHNFE0bApF4hoZ11srVL_n0nvY',
  ],
);

/** A command-line password that is a reference, prompt or documented placeholder. */
/** The first accounts of Hardhat's and Anvil's default mnemonic ("test test … junk"): in every tutorial. */
const HARDHAT_KEYS = new Set([
  '0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80',
  '0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d',
  '0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a',
]);

/** Files whose content ships to browsers or apps: front-end sources and configs, Firebase and Google mobile configs. */
const BROWSER_FILE = /(?:^|\/)(?:firebase(?:\.json|rc)?|google-services\.json|GoogleService-Info\.plist|app\.json|app\.config\.[cm]?[jt]s)$|(?:^|\/)(?:mobile|ios|android)\/|(?:^|\/)firebase\/|\.(?:vue|svelte|jsx|tsx|html?|astro)$|(?:^|\/)(?:nuxt|next|vite|astro|svelte|remix|gatsby-config)\.config\.[cm]?[jt]s$|(?:^|\/)(?:frontend|web|public|static|client)\//i;

function cliPlaceholder(v: string): boolean {
  // letters only and naming itself a password (newpassword, mypassword, REPLACE_WITH_PASSWORD, db_secret)
  if (/^[A-Za-z_]+$/.test(v) && /pass|secret|pwd|token/i.test(v)) return true;
  // a documentation sample that starts by addressing the reader (yourStrong(!)Password, your_token_here)
  if (/^your(?=[A-Z_-])/i.test(v)) return true;
  return /^(?:\$|%|<|\{|\*|`)|[<>{}]/.test(v) || /^(?:password|passwd|pass|secret|changeme|change_me|changeit|root|admin|test|example|x+|your_?password|mypassword|yourpass|pwd|stdin|prompt|file:.*|env:.*)$/i.test(v);
}

export const RULES: SecretRule[] = [
  // ---------------------------------------------------------------- cloud
  // Amazon Bedrock API keys (2025): long-lived ones are ABSK + base64 of "BedrockAPIKey-<id>:<secret>"; short-lived
  // ones are bedrock-api-key- + base64 of a presigned bedrock.amazonaws.com URL (valid up to 12 h)
  custom(h('aws-bedrock-api-key', 'AWS', 'cloud', 'Amazon Bedrock model calls billed to the AWS account'), {
    title: 'Amazon Bedrock API key',
    re: /(ABSK(?<![A-Za-z0-9+/]ABSK)QmVkcm9ja0FQSUtleS[A-Za-z0-9+/]{90,250}={0,2})(?![A-Za-z0-9+/=])/g,
    keywords: ['absk'],
    entropy: 3,
    sample: () => `AWS_BEARER_TOKEN_BEDROCK=ABSK${Buffer.from(`BedrockAPIKey-${randomFrom(LAN, 4)}-at-${randomFrom('0-9', 12)}:${randomFrom(B64, 60)}`).toString('base64')}`,
    negative: () => 'AWS_BEARER_TOKEN_BEDROCK=ABSKQmVkcm9ja0FQSUtleS1EXAMPLE',
  }),
  custom(h('aws-bedrock-short-lived-api-key', 'AWS', 'cloud', 'Amazon Bedrock model calls (for up to 12 hours)'), {
    title: 'Amazon Bedrock short-lived API key',
    re: /(bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/]{0,4000}={0,2})(?![A-Za-z0-9+/=])/g,
    keywords: ['bedrock-api-key-'],
    entropy: 2.5,
    severity: 'medium',
    sample: () => `AWS_BEARER_TOKEN_BEDROCK=bedrock-api-key-${Buffer.from(`bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Credential=${randomFrom('A-Z0-9', 20)}&X-Amz-Signature=${randomFrom(HEX, 64)}`).toString('base64')}`,
    negative: () => 'see bedrock-api-key-<token> in the docs',
  }),
  custom(h('aws-access-key', 'AWS', 'cloud', 'AWS API access as the IAM user or role (with its secret key)'), {
    title: 'AWS access key ID',
    // key ids are base32 in practice, but AWS documents no alphabet: accept [A-Z0-9] like most scanners do
    re: /(?<![A-Za-z0-9])((?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16})(?![A-Za-z0-9])/g,
    keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
    entropy: 3,
    severity: 'critical',
    validate: (s) => (/EXAMPLE$/.test(s) ? { kind: 'reject' } : s.startsWith('ASIA') ? { kind: 'secret', severity: 'high', note: 'temporary (STS) credentials' } : null),
    sample: () => `aws_access_key_id = AKIA${randomFrom('A-Z2-7', 16)}`,
    negative: () => 'aws_access_key_id = AKIAIOSFODNN7EXAMPLE',
  }),
  kv(h('aws-secret-access-key', 'AWS', 'cloud', 'signing AWS API requests as the key owner'), ['aws_secret_access_key', 'aws_secret_key', 'aws_secret', 'secretaccesskey', 'secret_access_key', 'aws-secret', 'awssecret'], [[B64, 40]], {
    title: 'AWS secret access key',
    severity: 'critical',
    entropy: 4,
    negative: () => 'AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  }),
  tok(h('gcp-api-key', 'Google Cloud', 'cloud', 'calls to the Google APIs enabled for the key (billing on the project)'), ['AIza', [B64U, 35]], {
    title: 'Google API key',
    severity: 'medium',
    entropy: 3.5,
    // Firebase web config and Maps JavaScript keys are meant for browsers (restricted by referrer), not secrets;
    // so are the keys of the Firebase mobile configs (Android google-services.json `current_key`, iOS
    // GoogleService-Info.plist next to GOOGLE_APP_ID / GCM_SENDER_ID), restricted by app signature or bundle id
    validate: (s, m, file = '') => GOOGLE_PUBLIC_KEYS.has(s) ? { kind: 'public', note: 'a key Google ships in its own public SDKs and tools' } : BROWSER_FILE.test(file) ? { kind: 'public', note: 'browser or mobile app key (Firebase/Maps): restrict it by HTTP referrer or app' } : (/authDomain|messagingSenderId|firebase|google\.maps|NEXT_PUBLIC_|VITE_|REACT_APP_|EXPO_PUBLIC_|current_key|mobilesdk_app_id|GOOGLE_APP_ID|GCM_SENDER_ID/i.test(m.input.slice(Math.max(0, m.index - 400), m.index + 400)) || /maps\.googleapis\.com\/maps\/api\/js|<script/i.test(m.input.slice(Math.max(0, m.index - 400), m.index + 400)) ? { kind: 'public', note: 'browser key (Firebase/Maps): restrict it by HTTP referrer' } : null),
    negative: () => `const firebaseConfig = { apiKey: "AIza${randomFrom(B64U, 35)}", authDomain: "demo.firebaseapp.com", projectId: "demo" };`,
  }),
  tok(h('google-oauth-client-secret', 'Google', 'cloud', 'impersonating the OAuth app (token exchange)'), ['GOCSPX-', [B64U, 28]], { title: 'Google OAuth client secret' }),
  tok(h('google-oauth-access-token', 'Google', 'cloud', 'Google APIs as the user who granted it'), ['ya29.', [B64U, 60, 300]], { title: 'Google OAuth access token', entropy: 3.5 }),
  tok(h('firebase-cloud-messaging-key', 'Firebase', 'cloud', 'sending push notifications to every app user'), ['AAAA', [B64U, 7], ':', [B64U, 140]], { title: 'Firebase Cloud Messaging server key', entropy: 3.5 }),
  custom(h('azure-ad-client-secret', 'Azure', 'cloud', 'acting as the Entra ID (Azure AD) application'), {
    title: 'Azure AD client secret',
    re: /(?<![A-Za-z0-9_~.-])([A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])/g,
    keywords: ['q~'],
    entropy: 3,
    sample: () => `AZURE_CLIENT_SECRET=${randomFrom(AN, 3)}8Q~${randomFrom(AN + '_~.-', 31)}`,
    negative: () => `AZURE_CLIENT_SECRET=${randomFrom(AN, 3)}8Q~${randomFrom(AN, 12)}`,
  }),
  // the client (application) id and tenant id name an Entra ID app; they are identifiers, not secrets (Microsoft
  // documents them as safe to share), but with a client secret nearby they complete a credential: reported as
  // public info so the inventory shows them, never a failure
  custom(h('azure-ad-identifier', 'Azure', 'cloud', 'nothing alone: it names the Entra ID app or tenant a client secret belongs to'), {
    title: 'Azure AD client or tenant ID',
    re: /(?<![A-Za-z0-9])(?:azure|aad|ad|arm|entra|ms)[_.-]?(?:client|tenant|app(?:lication)?)[_.-]?id["']?[ \t]{0,3}[:=][ \t]{0,3}["']?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?![0-9a-fA-F-])/gi,
    keywords: ['client_id', 'clientid', 'client-id', 'tenant_id', 'tenantid', 'tenant-id', 'app_id', 'appid', 'app-id', 'application_id', 'applicationid'],
    kind: 'public',
    severity: 'info',
    entropy: 2.5,
    sample: () => `AZURE_TENANT_ID=${randomFrom(HEX, 8)}-${randomFrom(HEX, 4)}-4${randomFrom(HEX, 3)}-a${randomFrom(HEX, 3)}-${randomFrom(HEX, 12)}`,
    negative: () => 'AZURE_TENANT_ID=${TENANT}',
  }),
  custom(h('azure-storage-account-key', 'Azure', 'cloud', 'full read/write of the storage account'), {
    title: 'Azure storage account key',
    // also Hadoop/Spark's `fs.azure.account.key.<account>.dfs.core.windows.net` setting (`conf.set(name, key)`,
    // core-site.xml `<name>` then `<value>`)
    re: /(?:AccountKey|account_key|storage_key|STORAGE_KEY|AZURE_STORAGE_KEY|fs\.azure\.account\.key\.[a-z0-9.-]{3,120})[A-Za-z0-9_]{0,20}["']?(?:\s{0,3}[=:]|["']?\s{0,3},|<\/name>)\s{0,40}(?:<value>)?["']?([A-Za-z0-9+/]{86}==)/g,
    keywords: ['accountkey', 'account_key', 'storage_key', 'fs.azure.account.key'],
    entropy: 4,
    severity: 'critical',
    sample: () => `DefaultEndpointsProtocol=https;AccountName=demo;AccountKey=${randomFrom(B64, 86)}==;EndpointSuffix=core.windows.net`,
    negative: () => 'DefaultEndpointsProtocol=https;AccountName=devstoreaccount1;AccountKey=<your-account-key>;',
  }),
  tok(h('alibaba-access-key-id', 'Alibaba Cloud', 'cloud', 'Alibaba Cloud API access (with its secret)'), ['LTAI', [AN, 20]], { title: 'Alibaba Cloud AccessKey ID', severity: 'high', entropy: 3 }),
  kv(h('alibaba-secret-key', 'Alibaba Cloud', 'cloud', 'signing Alibaba Cloud API requests'), ['alibaba', 'aliyun'], [[AN, 30]], { title: 'Alibaba Cloud AccessKey secret', severity: 'critical' }),
  tok(h('digitalocean-pat', 'DigitalOcean', 'cloud', 'full control of the DigitalOcean team (droplets, databases, DNS)'), ['dop_v1_', [HEX, 64]], { title: 'DigitalOcean personal access token', severity: 'critical' }),
  // Spaces access key ids: DO + 18 upper-case characters, the id half of the Spaces (S3) key pair
  kv(h('digitalocean-spaces-key-id', 'DigitalOcean', 'cloud', 'the Spaces buckets of the team (with its secret)'), ['spaces', 'do_spaces', 'digitalocean'], ['DO', ['0-9A-Z', 18]], { title: 'DigitalOcean Spaces access key id', severity: 'medium', entropy: 3 }),
  tok(h('digitalocean-access-token', 'DigitalOcean', 'cloud', 'DigitalOcean API as the user'), ['doo_v1_', [HEX, 64]], { title: 'DigitalOcean OAuth access token' }),
  tok(h('digitalocean-refresh-token', 'DigitalOcean', 'cloud', 'minting new DigitalOcean access tokens'), ['dor_v1_', [HEX, 64]], { title: 'DigitalOcean OAuth refresh token' }),
  kv(h('heroku-api-key', 'Heroku', 'cloud', 'full control of the Heroku account and its apps'), ['heroku'], MUUID, { severity: 'high' }),
  // Opsgenie API and heartbeat keys are UUIDs: the provider's name next to the value says which
  kv(h('opsgenie-api-key', 'Opsgenie', 'observability', 'alerts, schedules and heartbeats of the Opsgenie account'), ['opsgenie', 'ops_genie'], MUUID, { title: 'Opsgenie API key' }),
  tok(h('heroku-api-key-v2', 'Heroku', 'cloud', 'full control of the Heroku account and its apps'), ['HRKU-AA', [B64U, 58]], { title: 'Heroku API key (v2)' }),
  kv(h('cloudflare-api-token', 'Cloudflare', 'cloud', 'the zones and settings the token is scoped to'), ['cloudflare', 'cf_api_token', 'cf_token'], [[B64U, 40]], { title: 'Cloudflare API token' }),
  kv(h('cloudflare-global-api-key', 'Cloudflare', 'cloud', 'everything in the Cloudflare account'), ['cloudflare', 'cf_api_key'], [[HEX, 37]], { title: 'Cloudflare global API key', severity: 'critical' }),
  tok(h('cloudflare-origin-ca-key', 'Cloudflare', 'cloud', 'issuing origin certificates for the account'), ['v1.0-', [HEX, 24], '-', [HEX, 146]], { title: 'Cloudflare Origin CA key' }),
  custom(h('flyio-access-token', 'Fly.io', 'cloud', 'deploying and reading secrets of Fly.io apps'), {
    title: 'Fly.io access token',
    re: /(?<![A-Za-z0-9_])(fo1_[A-Za-z0-9_-]{43}|fm[12][ar]?_[A-Za-z0-9+/]{100,3000}={0,3})(?![A-Za-z0-9_+/=-])/g,
    keywords: ['fo1_', 'fm1', 'fm2_'],
    entropy: 4,
    sample: () => `FLY_API_TOKEN=fo1_${randomFrom(B64U, 43)}`,
    negative: () => `FLY_API_TOKEN=fo1_${randomFrom(B64U, 20)}`,
  }),
  kv(h('netlify-access-token', 'Netlify', 'cloud', 'deploying and configuring Netlify sites'), ['netlify'], [[B64U, 40, 46]], { title: 'Netlify access token' }),
  kv(h('vercel-access-token', 'Vercel', 'cloud', 'deploying, env vars and domains of the Vercel team'), ['vercel'], [[AN, 24]], { title: 'Vercel access token', entropy: 3.5 }),
  tok(h('vercel-token', 'Vercel', 'cloud', 'deploying, env vars and domains of the Vercel team'), ['vcp_', [AN, 40, 60]], { title: 'Vercel token (vcp_)', entropy: 3.5 }),
  tok(h('render-api-key', 'Render', 'cloud', 'managing Render services and their env vars'), ['rnd_', [AN, 32]], { title: 'Render API key', entropy: 3.5 }),
  tok(h('scalingo-api-token', 'Scalingo', 'cloud', 'managing Scalingo apps'), ['tk-us-', [B64U, 48]], { title: 'Scalingo API token' }),
  kv(h('yandex-api-key', 'Yandex', 'cloud', 'Yandex Cloud APIs'), ['yandex'], ['AQVN', [B64U, 35, 38]], { title: 'Yandex API key' }),
  kv(h('yandex-aws-access-token', 'Yandex', 'cloud', 'Yandex Object Storage (S3 API)'), ['yandex'], ['YC', [B64U, 38]], { title: 'Yandex static access key' }),
  kv(h('yandex-access-token', 'Yandex', 'cloud', 'Yandex services as the user'), ['yandex'], ['t1.', [B64U, 1, 60], '.', [B64U, 86]], { title: 'Yandex IAM/OAuth token' }),
  kv(h('ibm-cloud-api-key', 'IBM Cloud', 'cloud', 'IBM Cloud resources of the account'), ['ibm_cloud', 'ibmcloud', 'ibm_api', 'ibm-api'], [[B64U, 44]], { title: 'IBM Cloud API key' }),
  tok(h('openshift-user-token', 'OpenShift', 'cloud', 'the OpenShift/Kubernetes cluster as the user'), ['sha256~', [B64U, 43]], { title: 'OpenShift user token', entropy: 3.5 }),
  custom(h('hashicorp-tf-api-token', 'HashiCorp', 'cloud', 'Terraform Cloud workspaces, state and variables'), {
    title: 'Terraform Cloud API token',
    re: /(?<![A-Za-z0-9])([A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70})(?![A-Za-z0-9_=-])/g,
    keywords: ['atlasv1'],
    entropy: 3.5,
    sample: () => `token = "${randomFrom(AN, 14)}.atlasv1.${randomFrom(AN, 67)}"`,
    // a truncated token whose tail is a placeholder (a random tail would be a fair generic finding)
    negative: () => `token = "${randomFrom(AN, 14)}.atlasv1.xxxxxxxxxxxx"`,
  }),
  // open-source Vault prints hvs. + 24 characters (`vault server -dev`: "Root Token: hvs.…"); namespaced and
  // Enterprise service tokens carry a longer protobuf body (hvs.CAES…, 90+)
  tok(h('vault-service-token', 'HashiCorp Vault', 'cloud', 'reading secrets from Vault with the token policies'), ['hvs.', [B64U, 24, 120]], { title: 'Vault service token', entropy: 3.5 }),
  // tokens issued before Vault 1.10: "s." + 24 base62, far too short and common a prefix to find bare, so the
  // name must say vault or token (VAULT_TOKEN=, token: s.…); issued ones mix upper case, lower case and digits
  // (s.THISSTRINGISALLUPPERCASE, s.AcceptanceTimeoutSeconds are not tokens)
  kv(h('vault-legacy-service-token', 'HashiCorp Vault', 'cloud', 'reading secrets from Vault with the token policies'), ['vault', 'token'], ['s.', [AN, 24]], {
    title: 'Vault service token (legacy s. format)',
    entropy: 3.5,
    validate: (s) => (/[0-9]/.test(s) && /[a-z]/.test(s.slice(2)) && /[A-Z]/.test(s.slice(2)) ? null : { kind: 'reject' }),
    sample: () => `s.${b62(20)}${randomFrom('0-9', 4)}`,
  }),
  // CAST AI console API keys: castai_v1_ + 64 + '_' + 8 (checksum part)
  tok(h('castai-api-key', 'CAST AI', 'cloud', 'the Kubernetes clusters connected to CAST AI'), ['castai_v1_', [AN, 64], '_', [AN, 8]], { title: 'CAST AI API key', entropy: 3.5 }),
  tok(h('vault-batch-token', 'HashiCorp Vault', 'cloud', 'reading secrets from Vault with the token policies'), ['hvb.', [B64U, 138, 300]], { title: 'Vault batch token', entropy: 3.5 }),
  tok(h('pulumi-api-token', 'Pulumi', 'cloud', 'Pulumi stacks, state and secrets'), ['pul-', [HEX, 40]], { title: 'Pulumi access token' }),
  tok(h('doppler-api-token', 'Doppler', 'cloud', 'every secret stored in Doppler for the scope'), ['dp.pt.', [AN, 43]], { title: 'Doppler token', severity: 'critical' }),
  // Doppler's token formats: dp.st.<config slug>.<40> (service), dp.sa. (service account), dp.ct. (CLI),
  // dp.scim., dp.audit.; the config slug is optional in older service tokens
  custom(h('doppler-service-token', 'Doppler', 'cloud', 'the secrets of the Doppler config the token is scoped to'), {
    title: 'Doppler service/CLI/service-account token',
    re: /(?<![A-Za-z0-9_.])(dp\.(?:st|sa|ct|scim|audit)\.(?:[a-z0-9_-]{1,40}\.)?[A-Za-z0-9]{40,44})(?![A-Za-z0-9])/g,
    keywords: ['dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.'],
    entropy: 3.5,
    severity: 'high',
    sample: () => `DOPPLER_TOKEN=dp.st.prd.${b62(40)}`,
    negative: () => 'DOPPLER_TOKEN=dp.st.prd.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  }),
  // not after a dot: `favicon.ico-<hash>.png` is a fingerprinted asset name
  custom(h('infracost-api-token', 'Infracost', 'cloud', 'the Infracost organisation'), {
    title: 'Infracost API key',
    re: /(ico-(?<![A-Za-z0-9_.]ico-)[A-Za-z0-9]{32})(?![A-Za-z0-9])/g,
    keywords: ['ico-'],
    entropy: 3,
    sample: () => `INFRACOST_API_KEY=ico-${b62(32)}`,
    negative: () => `<img src="/assets/favicon.ico-${randomFrom(HEX, 32)}.png">`,
  }),
  kv(h('linode-api-token', 'Linode', 'cloud', 'Linode/Akamai cloud resources'), ['linode'], [[HEX, 64]], { title: 'Linode API token' }),
  kv(h('vultr-api-key', 'Vultr', 'cloud', 'Vultr cloud resources'), ['vultr'], [[UAN, 36]], { title: 'Vultr API key' }),
  tok(h('supabase-access-token', 'Supabase', 'database', 'the Supabase management API for every project of the user'), ['sbp_', [HEX, 40]], { title: 'Supabase personal access token', severity: 'critical' }),
  tok(h('supabase-secret-key', 'Supabase', 'database', 'the Supabase project with row-level security bypassed'), ['sb_secret_', [B64U, 30, 64]], { title: 'Supabase secret API key', severity: 'critical', entropy: 3.5 }),
  tok(h('supabase-publishable-key', 'Supabase', 'database', 'nothing beyond what row-level security allows (public by design)'), ['sb_publishable_', [B64U, 30, 64]], { title: 'Supabase publishable key', kind: 'public', severity: 'info', entropy: 3 }),
  tok(h('planetscale-api-token', 'PlanetScale', 'database', 'PlanetScale databases of the organisation'), ['pscale_tkn_', ['A-Za-z0-9_=.-', 32, 64]], { title: 'PlanetScale service token' }),
  tok(h('planetscale-oauth-token', 'PlanetScale', 'database', 'PlanetScale as the user'), ['pscale_oauth_', ['A-Za-z0-9_=.-', 32, 64]], { title: 'PlanetScale OAuth token' }),
  tok(h('planetscale-password', 'PlanetScale', 'database', 'the database branch'), ['pscale_pw_', ['A-Za-z0-9_=.-', 32, 64]], { title: 'PlanetScale database password', severity: 'critical' }),
  // dapi + 32 hex (either case), optionally -<digit> (the token's workspace-region suffix)
  custom(h('databricks-api-token', 'Databricks', 'database', 'the Databricks workspace'), {
    title: 'Databricks access token',
    re: /(dapi(?<![A-Za-z0-9_]dapi)[a-fA-F0-9]{32}(?:-\d)?)(?![A-Za-z0-9])/g,
    keywords: ['dapi'],
    entropy: 3,
    sample: () => `DATABRICKS_TOKEN=dapi${randomFrom(HEX, 32)}`,
    negative: () => `DATABRICKS_TOKEN=dapi${randomFrom(HEX, 4)}`,
  }),
  tok(h('clickhouse-cloud-api-secret-key', 'ClickHouse', 'database', 'ClickHouse Cloud services'), ['4b1d', [AN, 38]], { title: 'ClickHouse Cloud API secret', entropy: 3.5 }),
  kv(h('confluent-secret-key', 'Confluent', 'database', 'Kafka clusters in Confluent Cloud'), ['confluent'], [[AN, 64]], { title: 'Confluent secret key' }),
  kv(h('mongodb-atlas-api-key', 'MongoDB Atlas', 'database', 'MongoDB Atlas projects and clusters'), ['atlas_private_key', 'mongodb_atlas_private', 'atlas-private-key'], UUID, { title: 'MongoDB Atlas private API key', severity: 'critical' }),
  // age identities are Bech32 (BIP 173) with a 6-character checksum: a failing checksum is a placeholder or a
  // corrupted copy (low `unverified`), so a run like QQQQ… is judged by the checksum, not the run filter
  tok(h('age-secret-key', 'age', 'crypto', 'decrypting everything encrypted to this age identity'), ['AGE-SECRET-KEY-1', ['QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58]], {
    title: 'age secret key',
    severity: 'critical',
    allowRuns: true,
    entropy: 0,
    validate: (s) => (bech32Valid(s) ? null : unverified('an age secret key')),
  }),
  // an Ethereum/secp256k1 private key is 32 bytes of hex, exactly the shape of a transaction hash, block hash or
  // storage slot: only words around it (wallet, private key, signer, mnemonic) say which one it is
  custom(h('ethereum-private-key', 'Ethereum', 'crypto', 'every asset the wallet holds, on every chain'), {
    title: 'Ethereum private key',
    re: /(?<![A-Za-z0-9_])(0x[0-9a-fA-F]{64})(?![A-Za-z0-9_])/g,
    keywords: ['0x'],
    entropy: 3,
    severity: 'critical',
    validate: (s, m) => {
      if (HARDHAT_KEYS.has(s.toLowerCase())) return { kind: 'test', severity: 'info', note: 'a default Hardhat/Anvil development account: publicly known, never fund it' };
      const before = m.input.slice(Math.max(0, m.index - 120), m.index);
      const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 120);
      const near = before + ' ' + after;
      if (/tx|transaction|hash|block|address|contract|topic|slot|salt|root|digest|nonce|commit|sha|keccak|signature|sig\b|event|receipt/i.test(before.slice(-60))) return { kind: 'reject' };
      return /wallet|priv(?:ate)?[ _-]?key|privkey|secret|signer|mnemonic|seed phrase|deployer[ _-]?key|pk\s*[:=]/i.test(near) ? null : { kind: 'reject' };
    },
    sample: () => `const wallet = new ethers.Wallet("0x${randomFrom(HEX, 64)}", provider);`,
    negative: () => `const receipt = await provider.getTransactionReceipt("0x${randomFrom(HEX, 64)}");`,
  }),
  custom(h('1password-secret-key', '1Password', 'crypto', 'half of the 1Password account unlock (with the password)'), {
    title: '1Password secret key',
    re: /(?<![A-Za-z0-9])(A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5})(?![A-Za-z0-9])/g,
    keywords: ['a3-'],
    entropy: 3.5,
    severity: 'critical',
    sample: () => `secret: A3-${randomFrom(UAN, 6)}-${randomFrom(UAN, 11)}-${randomFrom(UAN, 5)}-${randomFrom(UAN, 5)}-${randomFrom(UAN, 5)}`,
    negative: () => `secret: A3-${randomFrom(UAN, 6)}-${randomFrom(UAN, 5)}`,
  }),
  tok(h('1password-service-account-token', '1Password', 'crypto', 'every vault the service account can read'), ['ops_eyJ', [B64, 250, 2000]], { title: '1Password service account token', severity: 'critical', entropy: 4 }),
  // a key may follow `_` or a digit (MY_tskey-…, written into an identifier), not a letter (xtskey- is a word)
  custom(h('tailscale-api-key', 'Tailscale', 'cloud', 'joining devices to or administering the tailnet'), {
    title: 'Tailscale key',
    re: /(tskey-(?<![A-Za-z]tskey-)[a-z]{3,8}-[A-Za-z0-9]{8,20}-[A-Za-z0-9]{20,40})(?![A-Za-z0-9])/g,
    keywords: ['tskey-'],
    entropy: 3.5,
    sample: () => `TS_AUTHKEY=tskey-auth-${randomFrom(AN, 12)}-${randomFrom(AN, 24)}`,
    negative: () => `TS_AUTHKEY=tskey-auth-${randomFrom(AN, 6)}`,
  }),
  kv(h('ngrok-authtoken', 'ngrok', 'cloud', 'opening tunnels on the ngrok account'), ['ngrok'], [[W, 43, 52]], { title: 'ngrok authtoken', entropy: 3.5 }),

  // ---------------------------------------------------------------- payment
  tok(h('stripe-secret-key', 'Stripe', 'payment', 'charges, refunds, payouts and customer data of the Stripe account'), ['sk_live_', [AN, 24, 247]], { title: 'Stripe live secret key', severity: 'critical', entropy: 3 }),
  tok(h('stripe-restricted-key', 'Stripe', 'payment', 'the Stripe resources the restricted key allows'), ['rk_live_', [AN, 24, 247]], { title: 'Stripe live restricted key', severity: 'high', entropy: 3 }),
  custom(h('stripe-test-key', 'Stripe', 'payment', 'test-mode data only (no real money)'), {
    title: 'Stripe test secret key',
    re: /(?<![A-Za-z0-9_])((?:sk|rk)_test_[A-Za-z0-9]{24,247})(?![A-Za-z0-9])/g,
    keywords: ['sk_test_', 'rk_test_'],
    kind: 'test',
    severity: 'low',
    entropy: 3,
    sample: () => `STRIPE_SECRET_KEY=sk_test_${randomFrom(AN, 99)}`,
    negative: () => 'STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  }),
  custom(h('stripe-publishable-key', 'Stripe', 'payment', 'nothing secret: publishable keys are meant for browsers'), {
    title: 'Stripe publishable key',
    re: /(?<![A-Za-z0-9_])(pk_(?:live|test)_[A-Za-z0-9]{24,247})(?![A-Za-z0-9])/g,
    keywords: ['pk_live_', 'pk_test_'],
    kind: 'public',
    severity: 'info',
    entropy: 3,
    sample: () => `NEXT_PUBLIC_STRIPE_KEY=pk_live_${randomFrom(AN, 99)}`,
    negative: () => 'NEXT_PUBLIC_STRIPE_KEY=pk_live_xxxxxxxxxxxxxxxxxxxxxxxx',
  }),
  tok(h('stripe-webhook-secret', 'Stripe', 'payment', 'forging Stripe webhook events (fake payments marked as paid)'), ['whsec_', [AN, 32, 64]], { title: 'Stripe webhook signing secret', severity: 'high', entropy: 3 }),
  custom(h('braintree-access-token', 'PayPal Braintree', 'payment', 'payments of the Braintree merchant account'), {
    title: 'PayPal Braintree access token',
    re: /(access_token\$(?:production|sandbox)\$[0-9a-z]{16}\$[0-9a-f]{32})/g,
    keywords: ['access_token$'],
    severity: 'critical',
    validate: (s) => (s.includes('$sandbox$') ? { kind: 'test', severity: 'low' } : null),
    sample: () => `BT_TOKEN=access_token$production$${randomFrom(LAN, 16)}$${randomFrom(HEX, 32)}`,
    negative: () => 'BT_TOKEN=access_token$production$<merchant>$<token>',
  }),
  tok(h('square-access-token', 'Square', 'payment', 'payments and customer data of the Square seller'), ['sq0atp-', [B64U, 22, 60]], { title: 'Square access token', severity: 'critical' }),
  custom(h('square-production-token', 'Square', 'payment', 'payments and customer data of the Square seller'), {
    title: 'Square production access token',
    // EAAA + 60 today; older and sandbox tokens are shorter (gitleaks accepts 22-60)
    re: /(?<![A-Za-z0-9_])(EAAA[A-Za-z0-9_-]{22,60})(?![A-Za-z0-9_-])/g,
    keywords: ['eaaa'],
    entropy: 3.5,
    severity: 'critical',
    sample: () => `SQUARE_ACCESS_TOKEN=EAAA${randomFrom(B64U, 60)}`,
    negative: () => `SQUARE_ACCESS_TOKEN=EAAA${randomFrom(B64U, 20)}`,
  }),
  tok(h('square-oauth-secret', 'Square', 'payment', 'impersonating the Square OAuth application'), ['sq0csp-', [B64U, 43]], { title: 'Square OAuth secret', severity: 'high' }),
  custom(h('flutterwave-secret-key', 'Flutterwave', 'payment', 'payments of the Flutterwave account'), {
    title: 'Flutterwave secret key',
    re: /(?<![A-Za-z0-9_])(FLWSECK(?:_TEST)?-[a-hA-H0-9]{32}-X)(?![A-Za-z0-9])/g,
    keywords: ['flwseck'],
    severity: 'critical',
    validate: (s) => (s.includes('_TEST') ? { kind: 'test', severity: 'low' } : null),
    sample: () => `FLW_SECRET=FLWSECK-${randomFrom('a-h0-9', 32)}-X`,
    negative: () => `FLW_SECRET=FLWSECK-${randomFrom('a-h0-9', 12)}-X`,
  }),
  tok(h('flutterwave-encryption-key', 'Flutterwave', 'payment', 'decrypting Flutterwave payloads'), ['FLWSECK_TEST-', [MHEX, 12]], { title: 'Flutterwave encryption key', kind: 'test', severity: 'low' }),
  custom(h('flutterwave-public-key', 'Flutterwave', 'payment', 'nothing secret: public keys are meant for the client'), {
    title: 'Flutterwave public key',
    re: /(FLWPUBK(?:_TEST)?-[a-hA-H0-9]{32}-X)/g,
    keywords: ['flwpubk'],
    kind: 'public',
    severity: 'info',
    sample: () => `FLW_PUBLIC=FLWPUBK-${randomFrom('a-h0-9', 32)}-X`,
    negative: () => 'FLW_PUBLIC=FLWPUBK-xxxxxxxx-X',
  }),
  // Shopify widened its tokens from 32 hex to 32-64 base62 characters (shopify.dev changelog, 2024)
  tok(h('shopify-access-token', 'Shopify', 'payment', 'the Shopify store admin API (orders, customers)'), ['shpat_', [AN, 32, 64]], { title: 'Shopify access token', severity: 'critical' }),
  tok(h('shopify-custom-access-token', 'Shopify', 'payment', 'the Shopify store admin API'), ['shpca_', [AN, 32, 64]], { title: 'Shopify custom app access token', severity: 'critical' }),
  tok(h('shopify-private-app-access-token', 'Shopify', 'payment', 'the Shopify store admin API'), ['shppa_', [AN, 32, 64]], { title: 'Shopify private app password', severity: 'critical' }),
  tok(h('shopify-shared-secret', 'Shopify', 'payment', 'forging Shopify webhooks and app sessions'), ['shpss_', [AN, 32, 64]], { title: 'Shopify shared secret' }),
  // Plaid access tokens are access-<environment>-<uuid> (environment: production, development, sandbox): the
  // environment names the mode, so no "plaid" keyword is needed and sandbox tokens are test keys
  // Adyen API keys start with AQE, a short base62 id, a dot, then the key body (web-service user credentials);
  // the dot keeps base64 blobs that happen to contain "AQE" out
  custom(h('adyen-api-key', 'Adyen', 'payment', 'payments, refunds and payouts of the Adyen merchant account'), {
    title: 'Adyen API key',
    // two layouts: AQE<id>.<key>, and the one Adyen's docs show (AQE + base64 ==-base64 =-suffix)
    re: /(?<![A-Za-z0-9+/_-])(AQE[A-Za-z0-9]{5,20}\.[A-Za-z0-9+/=_-]{50,250}(?![A-Za-z0-9+/=_-])|AQE[A-Za-z0-9+/]{40,250}={0,2}-[A-Za-z0-9+/]{20,100}={0,2}(?:-[!#-&(-~]{1,24})?)/g,
    keywords: ['aqe'],
    severity: 'critical',
    entropy: 3.8,
    sample: () => `ADYEN_API_KEY=AQE${randomFrom(LAN, 5)}.${randomFrom(B64U, 60)}`,
    negative: () => `ADYEN_API_KEY=AQE${randomFrom(LAN, 5)}.${'x'.repeat(60)}`,
  }),
  // Chargebee site API keys: live_/test_ + 32-34 base62, a prefix other providers share, so the name must say chargebee
  kv(h('chargebee-access-token', 'Chargebee', 'payment', 'subscriptions, invoices and customers of the Chargebee site'), ['chargebee'], ['live_', [AN, 32, 34]], { title: 'Chargebee live API key', entropy: 3.5 }),
  custom(h('plaid-api-token', 'Plaid', 'payment', 'bank account data of the linked users'), {
    title: 'Plaid access token',
    re: /(?<![A-Za-z0-9_-])(access-(?:production|development|sandbox)-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})(?![A-Za-z0-9-])/g,
    keywords: ['access-production-', 'access-development-', 'access-sandbox-'],
    entropy: 3,
    severity: 'critical',
    validate: (s) => (s.startsWith('access-sandbox-') ? { kind: 'test', severity: 'low', note: 'Plaid sandbox' } : null),
    sample: () => `PLAID_ACCESS_TOKEN=access-production-${sampleParts(UUID)}`,
    negative: () => 'const prefix = "access-production-";',
  }),
  kv(h('plaid-secret-key', 'Plaid', 'payment', 'the Plaid API for the client'), ['plaid_secret', 'plaid-secret', 'plaidsecret'], [[LAN, 30]], { title: 'Plaid secret', severity: 'critical' }),
  kv(h('gocardless-api-token', 'GoCardless', 'payment', 'direct debit payments of the account'), ['gocardless'], ['live_', ['A-Za-z0-9_=-', 40]], { title: 'GoCardless live access token', severity: 'critical' }),
  kv(h('coinbase-access-token', 'Coinbase', 'payment', 'crypto funds of the Coinbase account'), ['coinbase'], [[B64U, 64]], { title: 'Coinbase access token', severity: 'critical' }),
  kv(h('kraken-access-token', 'Kraken', 'payment', 'crypto funds of the Kraken account'), ['kraken'], [['A-Za-z0-9/=_+-', 80, 90]], { title: 'Kraken API key', severity: 'critical' }),
  kv(h('kucoin-secret-key', 'KuCoin', 'payment', 'crypto funds of the KuCoin account'), ['kucoin'], UUID, { title: 'KuCoin API secret', severity: 'critical' }),
  kv(h('bittrex-secret-key', 'Bittrex', 'payment', 'crypto funds of the Bittrex account'), ['bittrex'], [[AN, 32]], { title: 'Bittrex API secret', severity: 'critical' }),
  kv(h('finicity-client-secret', 'Finicity', 'payment', 'financial data of Finicity customers'), ['finicity'], [[AN, 20]], { title: 'Finicity client secret' }),
  custom(h('duffel-api-token', 'Duffel', 'payment', 'booking and paying for travel'), {
    title: 'Duffel API token',
    re: /(?<![A-Za-z0-9_])(duffel_(?:test|live)_[A-Za-z0-9_=-]{43})(?![A-Za-z0-9_=-])/g,
    keywords: ['duffel_'],
    severity: 'high',
    validate: (s) => (s.startsWith('duffel_test_') ? { kind: 'test', severity: 'low' } : null),
    sample: () => `DUFFEL=duffel_live_${randomFrom(B64U, 43)}`,
    negative: () => 'DUFFEL=duffel_live_your_token',
  }),
  tok(h('easypost-api-token', 'EasyPost', 'payment', 'buying shipping labels on the account'), ['EZAK', [AN, 54]], { title: 'EasyPost production API key' }),
  tok(h('easypost-test-api-token', 'EasyPost', 'payment', 'test-mode shipments only'), ['EZTK', [AN, 54]], { title: 'EasyPost test API key', kind: 'test', severity: 'low' }),
  custom(h('shippo-api-token', 'Shippo', 'payment', 'buying shipping labels on the account'), {
    title: 'Shippo API token',
    re: /(?<![A-Za-z0-9_])(shippo_(?:live|test)_[a-fA-F0-9]{40})(?![A-Za-z0-9])/g,
    keywords: ['shippo_'],
    validate: (s) => (s.startsWith('shippo_test_') ? { kind: 'test', severity: 'low' } : null),
    sample: () => `SHIPPO=shippo_live_${randomFrom(HEX, 40)}`,
    negative: () => `SHIPPO=shippo_live_${randomFrom(HEX, 10)}`,
  }),
  kv(h('lob-api-key', 'Lob', 'payment', 'sending paid mail through Lob'), ['lob'], ['live_', [HEX, 35]], { title: 'Lob live API key' }),
  custom(h('razorpay-key-secret', 'Razorpay', 'payment', 'payments of the Razorpay account'), {
    title: 'Razorpay key secret',
    re: /(?:razorpay|RAZORPAY)[A-Za-z0-9_]{0,20}(?:secret|SECRET)[A-Za-z0-9_]{0,10}["']?\s{0,3}[=:]\s{0,3}["']?([A-Za-z0-9]{24})(?![A-Za-z0-9])/g,
    keywords: ['razorpay'],
    entropy: 3.5,
    severity: 'critical',
    sample: () => `RAZORPAY_KEY_SECRET=${randomFrom(AN, 24)}`,
    negative: () => 'RAZORPAY_KEY_SECRET=${RAZORPAY_KEY_SECRET}',
  }),
  kv(h('mollie-api-key', 'Mollie', 'payment', 'payments of the Mollie account'), ['mollie'], ['live_', [AN, 30]], { title: 'Mollie live API key', severity: 'critical' }),
  // Paddle Billing API keys: pdl_<live|sdbx>_apikey_<26-char ULID>_<27>_<3> (the prefix alone is unambiguous)
  custom(h('paddle-api-key', 'Paddle', 'payment', 'billing of the Paddle account'), {
    title: 'Paddle API key',
    // (Paddle's documented keys carry 22 characters in the second part; 27 was seen too)
    re: /(?<![A-Za-z0-9_])(pdl_(?:live|sdbx)_apikey_[a-z0-9]{26}_[A-Za-z0-9]{20,30}_[A-Za-z0-9]{3})(?![A-Za-z0-9_])/g,
    keywords: ['pdl_live_apikey_', 'pdl_sdbx_apikey_'],
    entropy: 3.5,
    severity: 'critical',
    validate: (s) => (s.startsWith('pdl_sdbx_') ? { kind: 'test', severity: 'low', note: 'Paddle sandbox' } : null),
    sample: () => `PADDLE_API_KEY=pdl_live_apikey_01${randomFrom(LAN, 24)}_${b62(27)}_${b62(3)}`,
    negative: () => 'PADDLE_API_KEY=pdl_live_apikey_...',
  }),
  kv(h('lemonsqueezy-api-key', 'Lemon Squeezy', 'payment', 'store, orders and customers'), ['lemonsqueezy', 'lemon_squeezy', 'lemon-squeezy', 'lmsqueezy'], ['eyJ', [B64U, 200, 1200]], { title: 'Lemon Squeezy API key', entropy: 4 }),

  // ---------------------------------------------------------------- version control
  tok(h('github-pat', 'GitHub', 'vcs', 'the repositories and org settings the user can reach'), ['ghp_', [AN, 36]], { title: 'GitHub personal access token', validate: githubTokenVerdict, sample: ghSample('ghp_'), negative: ghNegative('ghp_') }),
  tok(h('github-oauth', 'GitHub', 'vcs', 'GitHub as the user who authorised the app'), ['gho_', [AN, 36]], { title: 'GitHub OAuth access token', validate: githubTokenVerdict, sample: ghSample('gho_'), negative: ghNegative('gho_') }),
  custom(h('github-app-token', 'GitHub', 'vcs', 'the repositories the GitHub App installation can reach'), {
    title: 'GitHub App token',
    // also the installation-token format GitHub announced on 2026-04-24: ghs_<app id>_<JWT> (about 520 characters)
    re: /(?<![A-Za-z0-9_])((?:ghu|ghs)_[A-Za-z0-9]{36}(?![A-Za-z0-9_])|ghs_[0-9]{1,20}_eyJ[A-Za-z0-9_-]{10,1000}\.[A-Za-z0-9_-]{10,4000}\.[A-Za-z0-9_-]{10,1000}(?![A-Za-z0-9_-]))/g,
    keywords: ['ghu_', 'ghs_'],
    validate: (s) => {
      if (s.length <= 40) return githubTokenVerdict(s);
      const jwt = decodeJwt(s.slice(s.indexOf('_', 4) + 1));
      return jwt && typeof jwt.header.alg === 'string' ? null : unverified('GitHub App installation token', 'its JWT part does not decode');
    },
    sample: () => `token: ${ghSample('ghs_')()}`,
    negative: ghNegative('ghs_'),
  }),
  tok(h('github-refresh-token', 'GitHub', 'vcs', 'minting new GitHub user tokens'), ['ghr_', [AN, 36]], { title: 'GitHub refresh token', validate: githubTokenVerdict, sample: ghSample('ghr_'), negative: ghNegative('ghr_') }),
  tok(h('github-fine-grained-pat', 'GitHub', 'vcs', 'the repositories the fine-grained token is scoped to'), ['github_pat_', [W, 82]], {
    title: 'GitHub fine-grained personal access token',
    entropy: 3.5,
    // documented layout is 22 + '_' + 59, but the body is one 82-character [A-Za-z0-9_] run either way and the
    // prefix alone is distinctive: accepting the whole run also finds tokens whose inner '_' moved
    sample: () => `github_pat_${b62(22)}_${b62(59)}`,
  }),
  tok(h('gitlab-pat', 'GitLab', 'vcs', 'GitLab as the user (API, repositories, registry)'), ['glpat-', [B64U, 20, 300]], { title: 'GitLab personal access token', entropy: 3 }),
  tok(h('gitlab-deploy-token', 'GitLab', 'vcs', 'repositories, packages and registry of the project'), ['gldt-', [B64U, 20]], { title: 'GitLab deploy token' }),
  // issued trigger tokens are 40 hex; 40 other token characters after glptt- is the format with a made-up body
  tok(h('gitlab-ptt', 'GitLab', 'vcs', 'triggering pipelines (with their CI secrets)'), ['glptt-', [B64U, 40]], {
    title: 'GitLab pipeline trigger token',
    validate: (s) => (/^glptt-[a-f0-9]{40}$/.test(s) ? null : unverified('a GitLab pipeline trigger token', 'the body is not hex')),
    sample: () => `glptt-${randomFrom(HEX, 40)}`,
  }),
  tok(h('gitlab-rrt', 'GitLab', 'vcs', 'registering runners that receive CI jobs and secrets'), ['GR1348941', [B64U, 20]], { title: 'GitLab runner registration token' }),
  tok(h('gitlab-runner-authentication-token', 'GitLab', 'vcs', 'picking up CI jobs and their secrets'), ['glrt-', [B64U, 20, 300]], { title: 'GitLab runner authentication token' }),
  // the partition prefix (`64_`) is absent from older job tokens
  custom(h('gitlab-cicd-job-token', 'GitLab', 'vcs', 'the project while the job runs'), {
    title: 'GitLab CI/CD job token',
    re: /(glcbt-(?<![A-Za-z0-9_]glcbt-)(?:[A-Za-z0-9]{1,5}_)?[A-Za-z0-9_-]{20})(?![A-Za-z0-9_-])/g,
    keywords: ['glcbt-'],
    sample: () => `CI_JOB_TOKEN=glcbt-${randomFrom(HEX, 2)}_${randomFrom(B64U, 20)}`,
    negative: () => 'CI_JOB_TOKEN=glcbt-abc',
  }),
  tok(h('gitlab-incoming-mail-token', 'GitLab', 'vcs', 'creating issues by mail'), ['glimt-', [B64U, 25]], { title: 'GitLab incoming mail token', severity: 'medium' }),
  tok(h('gitlab-kubernetes-agent-token', 'GitLab', 'vcs', 'the Kubernetes agent of the project'), ['glagent-', [B64U, 50, 64]], { title: 'GitLab Kubernetes agent token' }),
  tok(h('gitlab-oauth-app-secret', 'GitLab', 'vcs', 'impersonating the GitLab OAuth application'), ['gloas-', [B64U, 64]], { title: 'GitLab OAuth application secret' }),
  tok(h('gitlab-scim-token', 'GitLab', 'vcs', 'provisioning users of the group'), ['glsoat-', [B64U, 20]], { title: 'GitLab SCIM token' }),
  tok(h('gitlab-feature-flag-client-token', 'GitLab', 'vcs', 'reading feature flags of the project'), ['glffct-', [B64U, 20]], { title: 'GitLab feature flag client token', severity: 'medium' }),
  tok(h('gitlab-feed-token', 'GitLab', 'vcs', 'reading activity feeds of the user'), ['glft-', [B64U, 20]], { title: 'GitLab feed token', severity: 'medium' }),
  custom(h('gitlab-session-cookie', 'GitLab', 'vcs', 'the GitLab session of the user'), {
    title: 'GitLab session cookie',
    re: /_gitlab_session=([0-9a-z]{32})(?![0-9a-z])/g,
    keywords: ['_gitlab_session='],
    sample: () => `Cookie: _gitlab_session=${randomFrom(LAN, 32)}`,
    negative: () => 'Cookie: _gitlab_session=<session>',
  }),
  kv(h('bitbucket-client-secret', 'Bitbucket', 'vcs', 'impersonating the Bitbucket OAuth consumer'), ['bitbucket'], [[B64U, 64]], { title: 'Bitbucket client secret' }),
  tok(h('bitbucket-app-password', 'Bitbucket', 'vcs', 'repositories of the Bitbucket user'), ['ATBB', [AN, 32]], { title: 'Bitbucket app password', entropy: 3.5 }),
  tok(h('atlassian-api-token', 'Atlassian', 'vcs', 'Jira and Confluence as the user'), ['ATATT3', ['A-Za-z0-9_=-', 186]], { title: 'Atlassian API token' }),
  kv(h('atlassian-api-token-legacy', 'Atlassian', 'vcs', 'Jira and Confluence as the user'), ['atlassian', 'confluence', 'jira'], [[AN, 24]], { title: 'Atlassian API token (legacy)', entropy: 3.5 }),
  custom(h('sourcegraph-access-token', 'Sourcegraph', 'vcs', 'code search over private repositories'), {
    title: 'Sourcegraph access token',
    re: /(?<![A-Za-z0-9_])(sgp_(?:[a-fA-F0-9]{16}_|local_)?[a-fA-F0-9]{40})(?![A-Za-z0-9])/g,
    keywords: ['sgp_'],
    sample: () => `SRC_ACCESS_TOKEN=sgp_${randomFrom(HEX, 16)}_${randomFrom(HEX, 40)}`,
    negative: () => `SRC_ACCESS_TOKEN=sgp_${randomFrom(HEX, 10)}`,
  }),
  // before the sgp_ prefix (Sourcegraph 4.x) access tokens were 40 bare hex characters: only the provider's name
  // next to the value says Sourcegraph
  kv(h('sourcegraph-access-token-legacy', 'Sourcegraph', 'vcs', 'code search over private repositories'), ['sourcegraph'], [['a-fA-F0-9', 40]], { title: 'Sourcegraph access token (legacy)' }),
  tok(h('gitea-access-token', 'Gitea', 'vcs', 'repositories of the Gitea user'), ['gta_', [HEX, 40]], { title: 'Gitea access token' }),

  // ---------------------------------------------------------------- chat and messaging
  custom(h('slack-bot-token', 'Slack', 'chat', 'reading and posting in every channel the bot is in'), {
    title: 'Slack bot token',
    // current bot tokens carry two numeric ids; legacy ones (xoxb-<id>-<secret>) only one
    re: /(xoxb-[0-9]{8,14}-(?:[0-9]{8,14}-?)?[a-zA-Z0-9]{18,34})(?![A-Za-z0-9])/g,
    keywords: ['xoxb-'],
    entropy: 3,
    sample: () => `SLACK_BOT_TOKEN=xoxb-${randomFrom('0-9', 12)}-${randomFrom('0-9', 13)}-${randomFrom(AN, 24)}`,
    negative: () => 'SLACK_BOT_TOKEN=xoxb-000000000000-0000000000000-xxxxxxxxxxxxxxxxxxxxxxxx',
  }),
  custom(h('slack-user-token', 'Slack', 'chat', 'Slack as the user: every message they can read'), {
    title: 'Slack user token',
    re: /(xox[pe](?:-[0-9]{10,13}){3}-[a-zA-Z0-9-]{28,34})(?![A-Za-z0-9-])/g,
    keywords: ['xoxp-', 'xoxe-'],
    severity: 'critical',
    sample: () => `token = "xoxp-${randomFrom('0-9', 12)}-${randomFrom('0-9', 12)}-${randomFrom('0-9', 13)}-${randomFrom(HEX, 32)}"`,
    negative: () => 'token = "xoxp-your-token-here"',
  }),
  custom(h('slack-app-token', 'Slack', 'chat', 'the Slack app (socket mode)'), {
    title: 'Slack app-level token',
    re: /(xapp-\d-[A-Z0-9]{9,12}-\d{10,14}-[a-z0-9]{40,70})(?![a-z0-9])/g,
    keywords: ['xapp-'],
    sample: () => `SLACK_APP_TOKEN=xapp-1-${randomFrom(UAN, 11)}-${randomFrom('0-9', 13)}-${randomFrom(HEX, 64)}`,
    negative: () => 'SLACK_APP_TOKEN=xapp-1-XXXXXXXX',
  }),
  custom(h('slack-legacy-token', 'Slack', 'chat', 'Slack workspace access (legacy token)'), {
    title: 'Slack legacy token',
    // workspace (xoxa-/xoxr-) tokens may have no numeric group at all
    // not inside a hyphenated word (`2018-250-xoxo-indieweb-1.jpg`), and a real token has digits
    re: /(?<![A-Za-z0-9-])(xox[osar]-(?:\d{1,14}-){0,3}(?=[0-9a-zA-Z]{0,47}\d)[0-9a-zA-Z]{8,48})(?![A-Za-z0-9])/g,
    keywords: ['xoxo-', 'xoxs-', 'xoxa-', 'xoxr-'],
    entropy: 3,
    sample: () => `token: xoxs-${randomFrom('0-9', 10)}-${randomFrom('0-9', 11)}-${randomFrom(MHEX, 40)}`,
    negative: () => 'token: xoxs-0000-example',
  }),
  custom(h('slack-config-token', 'Slack', 'chat', 'configuring Slack apps of the workspace'), {
    title: 'Slack configuration token',
    re: /(xoxe(?:\.xox[bp])?-\d-[A-Za-z0-9]{146,166})(?![A-Za-z0-9])/g,
    keywords: ['xoxe.xox', 'xoxe-'],
    sample: () => `SLACK_CONFIG=xoxe.xoxp-1-${randomFrom(AN, 164)}`,
    negative: () => 'SLACK_CONFIG=xoxe.xoxp-1-short',
  }),
  custom(h('slack-webhook-url', 'Slack', 'chat', 'posting messages (phishing) into the Slack channel'), {
    title: 'Slack incoming webhook URL',
    re: /((?:https?:\/\/)?hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9+/]{43,120})(?![A-Za-z0-9+/])/g,
    keywords: ['hooks.slack.com'],
    severity: 'medium',
    sample: () => `SLACK_WEBHOOK=https://hooks.slack.com/services/T${randomFrom(UAN, 8)}/B${randomFrom(UAN, 10)}/${randomFrom(AN, 24)}`,
    negative: () => 'SLACK_WEBHOOK=https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
  }),
  custom(h('discord-webhook-url', 'Discord', 'chat', 'posting into the Discord channel'), {
    title: 'Discord webhook URL',
    re: /(https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/\d{17,20}\/[A-Za-z0-9_-]{60,70})(?![A-Za-z0-9_-])/g,
    keywords: ['/api/webhooks/'],
    severity: 'medium',
    sample: () => `DISCORD_WEBHOOK=https://discord.com/api/webhooks/${randomFrom('0-9', 18)}/${randomFrom(B64U, 68)}`,
    negative: () => 'DISCORD_WEBHOOK=https://discord.com/api/webhooks/123/abc',
  }),
  kv(h('discord-bot-token', 'Discord', 'chat', 'controlling the Discord bot in every server it joined'), ['discord'], [['MNO', 1], [B64U, 22, 26], '.', [B64U, 6], '.', [B64U, 27, 38]], { title: 'Discord bot token' }),
  // a client secret may be all digits (32 random digits: 2.9-3.3 bits/char); exactly 32 characters, so no
  // snowflake id (17-20 digits) can match
  kv(h('discord-client-secret', 'Discord', 'chat', 'impersonating the Discord OAuth application'), ['discord'], [[B64U, 32]], { title: 'Discord client secret', entropy: 2.5 }),
  // the application (client) id is in every OAuth invite link: reported as public, never a failure
  kv(h('discord-client-id', 'Discord', 'chat', 'nothing secret: the application id is in every invite link'), ['discord'], [['0-9', 17, 20]], { title: 'Discord client ID', kind: 'public', severity: 'info', entropy: 2.5 }),
  // a bot token outside a discord-named variable: base64 of the bot's snowflake id, a 6-character timestamp and an
  // HMAC. The first part must decode to the id (17-20 digits)
  custom(h('discord-bot-token-bare', 'Discord', 'chat', 'controlling the Discord bot in every server it joined'), {
    title: 'Discord bot token',
    // anchored on the literal dots and checked backwards (a leading class would be tried at every position); the
    // keyword is the dot, so the regex meets most files, but it only starts work at a `.`
    re: /\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38}(?![A-Za-z0-9_.-])(?<=(?<![A-Za-z0-9_.-])([A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38}))/g,
    keywords: ['.'],
    entropy: 3.5,
    validate: (s) => {
      const id = decodeBase64Url(s.slice(0, s.indexOf('.')));
      if (id !== null && /^\d{17,20}$/.test(id)) return { kind: 'secret' };
      // Discord's own layout (id part of 24-26 characters starting M/N/O, as base64 of a 17-20 digit id always
      // does) whose id does not decode: a stand-in or a corrupted copy, like a token whose checksum fails
      if (/^[MNO][A-Za-z0-9_-]{23,25}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38}$/.test(s)) return unverified('Discord bot token', 'the id part does not decode to a Discord id');
      // otherwise the shape alone is too common (dotted base64 triples) to say Discord
      return { kind: 'reject' };
    },
    sample: () => `${Buffer.from(randomFrom('1-9', 1) + randomFrom('0-9', 17)).toString('base64').replace(/=+$/, '')}.${randomFrom(B64U, 6)}.${randomFrom(B64U, 27)}`,
    negative: () => 'see docs/readme.install.md.',
  }),
  custom(h('telegram-bot-api-token', 'Telegram', 'chat', 'controlling the Telegram bot and reading its chats'), {
    title: 'Telegram bot token',
    // bot id (5-16 digits), `:A`, 34 characters (issued tokens read `:AA…`; the bot API checks only the shape)
    re: /(?<![0-9A-Za-z])(\d{5,16}:A[A-Za-z0-9_-]{34})(?![A-Za-z0-9_-])/g,
    keywords: [':a'],
    entropy: 3.5,
    sample: () => `TELEGRAM_BOT_TOKEN=${randomFrom('1-9', 1)}${randomFrom('0-9', 9)}:AA${randomFrom(B64U, 33)}`,
    negative: () => 'TELEGRAM_BOT_TOKEN=123456789:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  }),
  custom(h('microsoft-teams-webhook', 'Microsoft Teams', 'chat', 'posting into the Teams channel'), {
    title: 'Microsoft Teams webhook URL',
    re: /(https:\/\/[a-z0-9-]{1,60}\.webhook\.office\.com\/webhookb2\/[a-z0-9-]{36}@[a-z0-9-]{36}\/IncomingWebhook\/[a-z0-9]{32}\/[a-z0-9-]{36}(?:\/[A-Za-z0-9_-]{1,80})?)/g,
    keywords: ['webhook.office.com'],
    severity: 'medium',
    sample: () => {
      const u = () => `${randomFrom(HEX, 8)}-${randomFrom(HEX, 4)}-${randomFrom(HEX, 4)}-${randomFrom(HEX, 4)}-${randomFrom(HEX, 12)}`;
      return `TEAMS=https://acme.webhook.office.com/webhookb2/${u()}@${u()}/IncomingWebhook/${randomFrom(HEX, 32)}/${u()}`;
    },
    negative: () => 'TEAMS=https://acme.webhook.office.com/webhookb2/<id>@<tenant>/IncomingWebhook/<x>/<y>',
  }),
  kv(h('mattermost-access-token', 'Mattermost', 'chat', 'Mattermost as the user or bot'), ['mattermost'], [[LAN, 26]], { title: 'Mattermost access token' }),
  kv(h('gitter-access-token', 'Gitter', 'chat', 'Gitter as the user'), ['gitter'], [[B64U, 40]], { title: 'Gitter access token' }),
  kv(h('twitch-api-token', 'Twitch', 'chat', 'the Twitch application'), ['twitch'], [[LAN, 30]], { title: 'Twitch API token' }),
  kv(h('sendbird-access-token', 'Sendbird', 'chat', 'every chat of the Sendbird application'), ['sendbird'], [[HEX, 40]], { title: 'Sendbird API token' }),
  kv(h('intercom-api-key', 'Intercom', 'chat', 'customer conversations and contacts'), ['intercom'], [['A-Za-z0-9_=-', 60]], { title: 'Intercom access token' }),
  kv(h('zendesk-secret-key', 'Zendesk', 'chat', 'support tickets and customer data'), ['zendesk'], [[AN, 40]], { title: 'Zendesk API token' }),
  kv(h('messagebird-client-id', 'MessageBird', 'chat', 'the MessageBird OAuth client (with its secret)'), ['messagebird', 'message_bird', 'message-bird'], MUUID, { title: 'MessageBird client ID', severity: 'medium' }),
  kv(h('messagebird-api-token', 'MessageBird', 'chat', 'sending SMS on the account'), ['messagebird', 'message_bird', 'message-bird'], [[AN, 25]], { title: 'MessageBird API key' }),
  kv(h('twilio-auth-token', 'Twilio', 'chat', 'sending SMS and calls billed to the Twilio account'), ['twilio'], [[HEX, 32]], { title: 'Twilio auth token', severity: 'high' }),
  tok(h('twilio-api-key', 'Twilio', 'chat', 'the Twilio account (with the key secret)'), ['SK', [MHEX, 32]], { title: 'Twilio API key SID', severity: 'medium', entropy: 3.2, keywords: ['sk'], sample: () => `SK${randomFrom(HEX, 32)}` }),
  kv(h('vonage-api-secret', 'Vonage', 'chat', 'SMS and voice on the Vonage/Nexmo account'), ['vonage', 'nexmo'], [[AN, 16]], { title: 'Vonage API secret', entropy: 3.2 }),

  // ---------------------------------------------------------------- email
  tok(h('sendgrid-api-token', 'SendGrid', 'email', 'sending mail as your domain (phishing that passes SPF/DKIM)'), ['SG.', ['A-Za-z0-9_=-', 22], '.', ['A-Za-z0-9_=-', 43]], { title: 'SendGrid API key' }),
  // the same 66 characters after "SG." with the inner dot elsewhere (or absent), as some key exports and
  // generators show them; high entropy required since the shape is looser
  custom(h('sendgrid-api-token-loose', 'SendGrid', 'email', 'sending mail as your domain (phishing that passes SPF/DKIM)'), {
    title: 'SendGrid API key (non-standard layout)',
    re: /(SG\.(?<![A-Za-z0-9_]SG\.)[A-Za-z0-9_=-][A-Za-z0-9_=.-]{65})(?![A-Za-z0-9_=-])/g,
    keywords: ['sg.'],
    entropy: 4,
    sample: () => `SENDGRID_API_KEY=SG.${b62(30)}.${b62(35)}`,
    negative: () => `SENDGRID_API_KEY=SG.${'x'.repeat(22)}.${'x'.repeat(43)}`,
  }),
  // key-<32 hex>: Mailgun's private key format. Mailgun must be named nearby (the client constructor, an import,
  // the variable), not necessarily right before the value: `new Mailgun(FormData).client({ key: 'key-...' })`
  custom(h('mailgun-private-api-token', 'Mailgun', 'email', 'sending mail as your domain'), {
    title: 'Mailgun private API key',
    re: /(?<![A-Za-z0-9_-])(key-[a-f0-9]{32})(?![A-Za-z0-9_-])/g,
    keywords: ['key-'],
    entropy: 3,
    validate: (_s, m) => (/mailgun|\bmg[._-]/i.test(m.input.slice(Math.max(0, m.index - 300), m.index + 300)) ? null : { kind: 'reject' }),
    sample: () => `const mg = mailgun.client({ username: 'api', key: 'key-${randomFrom(HEX, 32)}' });`,
    negative: () => `const cacheKey = "key-${randomFrom(HEX, 32)}";`,
  }),
  kv(h('mailgun-signing-key', 'Mailgun', 'email', 'forging Mailgun webhooks / sending mail'), ['mailgun'], [[HEX, 32], '-', [HEX, 8], '-', [HEX, 8]], { title: 'Mailgun API key' }),
  custom(h('mailchimp-api-key', 'Mailchimp', 'email', 'audiences (personal data) and campaigns'), {
    title: 'Mailchimp API key',
    // anchored on the literal "-us<dc>" and checked backwards: a leading hex class would be tried everywhere
    re: /-us\d{1,2}(?![A-Za-z0-9])(?<=(?<![A-Za-z0-9])([a-f0-9]{32}-us\d{1,2}))/g,
    keywords: ['-us'],
    entropy: 3,
    sample: () => `MAILCHIMP_API_KEY=${randomFrom(HEX, 32)}-us21`,
    negative: () => 'MAILCHIMP_API_KEY=00000000000000000000000000000000-us1',
  }),
  // keyed: a bare md- prefix collides with CSS class names (md-button-toggle-group)
  kv(h('mandrill-api-key', 'Mailchimp Transactional', 'email', 'sending mail as your domain'), ['mandrill', 'mailchimp_transactional'], ['md-', [B64U, 22]], { title: 'Mandrill API key', entropy: 3.5 }),
  kv(h('postmark-server-token', 'Postmark', 'email', 'sending mail as your domain'), ['postmark'], UUID, { title: 'Postmark server token' }),
  custom(h('sendinblue-api-token', 'Brevo', 'email', 'sending mail and reading contacts'), {
    title: 'Brevo (Sendinblue) API key',
    re: /(?<![A-Za-z0-9_])(x(?:keysib|smtpsib)-[a-f0-9]{64}-[A-Za-z0-9]{16})(?![A-Za-z0-9])/g,
    keywords: ['xkeysib-', 'xsmtpsib-'],
    sample: () => `BREVO_KEY=xkeysib-${randomFrom(HEX, 64)}-${randomFrom(AN, 16)}`,
    negative: () => `BREVO_KEY=xkeysib-${randomFrom(HEX, 20)}`,
  }),
  tok(h('resend-api-key', 'Resend', 'email', 'sending mail as your domain'), ['re_', [AN, 8], '_', [AN, 24]], { title: 'Resend API key', entropy: 3.5 }),
  // the Mailjet API key is the public half of the pair: only a value named as the secret (MJ_APIKEY_PRIVATE, MAILJET_SECRET…)
  kv(h('mailjet-api-secret', 'Mailjet', 'email', 'sending mail as your domain'), ['mailjet_secret', 'mailjet_api_secret', 'mailjetsecret', 'mailjet_private', 'mj_apikey_private', 'mj_secret', 'mailjet-secret', 'mailjet_secret_key'], [[HEX, 32]], { title: 'Mailjet API secret' }),
  kv(h('sparkpost-api-key', 'SparkPost', 'email', 'sending mail as your domain'), ['sparkpost'], [[HEX, 40]], { title: 'SparkPost API key' }),
  kv(h('loops-api-key', 'Loops', 'email', 'contacts and mail of the Loops account'), ['loops_api', 'loops-api', 'loopsapi'], [[HEX, 32]], { title: 'Loops API key' }),

  // ---------------------------------------------------------------- AI providers
  custom(h('openai-api-key', 'OpenAI', 'ai', 'OpenAI API usage billed to you, your files and assistants'), {
    title: 'OpenAI API key',
    re: /(?<![A-Za-z0-9_-])(sk-(?:(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,250}|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}|[A-Za-z0-9]{48}))(?![A-Za-z0-9_-])/g,
    keywords: ['sk-proj-', 'sk-svcacct-', 'sk-admin-', 't3blbkfj', 'sk-'],
    entropy: 3.5,
    severity: 'high',
    // OpenAI keys carry `T3BlbkFJ` (base64 of "OpenAI") in the middle; without it the value is not OpenAI's
    // format (gitleaks and secretlint require it too), and a near miss (T4BlbkFJ) is a deliberately broken sample
    validate: (s) => (s.includes('T3BlbkFJ') ? null : { kind: 'reject' }),
    sample: () => `OPENAI_API_KEY=sk-proj-${randomFrom(B64U, 74)}T3BlbkFJ${randomFrom(B64U, 74)}`,
    negative: () => 'OPENAI_API_KEY=sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  }),
  custom(h('anthropic-api-key', 'Anthropic', 'ai', 'Claude API usage billed to you'), {
    title: 'Anthropic API key',
    // issued keys end in AA (gitleaks and secretlint check it too): a key ending otherwise is a made-up sample
    re: /(?<![A-Za-z0-9_-])(sk-ant-(?:api|admin)\d\d-[A-Za-z0-9_-]{78,108}AA)(?![A-Za-z0-9_-])/g,
    keywords: ['sk-ant-'],
    entropy: 3.5,
    validate: (s) => (s.includes('-admin') ? { kind: 'secret', severity: 'critical', note: 'admin key' } : null),
    sample: () => `ANTHROPIC_API_KEY=sk-ant-api03-${randomFrom(B64U, 93)}AA`,
    negative: () => 'ANTHROPIC_API_KEY=sk-ant-api03-xxxxxxxxxxxxxxxx',
  }),
  tok(h('huggingface-access-token', 'Hugging Face', 'ai', 'private models, datasets and inference on the account'), ['hf_', ['A-Za-z', 34]], { title: 'Hugging Face access token', entropy: 3.5 }),
  tok(h('huggingface-organization-api-token', 'Hugging Face', 'ai', 'the Hugging Face organisation'), ['api_org_', ['A-Za-z', 34]], { title: 'Hugging Face organisation token', entropy: 3.5 }),
  kv(h('cohere-api-token', 'Cohere', 'ai', 'Cohere API usage billed to you'), ['cohere', 'co_api_key'], [[AN, 40]], { title: 'Cohere API key', entropy: 4 }),
  tok(h('perplexity-api-key', 'Perplexity', 'ai', 'Perplexity API usage billed to you'), ['pplx-', [AN, 48]], { title: 'Perplexity API key', entropy: 4 }),
  // 48-52 characters after gsk_; a following - or _ means a longer identifier, not a key
  custom(h('groq-api-key', 'Groq', 'ai', 'Groq API usage billed to you'), {
    title: 'Groq API key',
    re: /(gsk_(?<![A-Za-z0-9_]gsk_)[A-Za-z0-9]{48,52})(?![A-Za-z0-9_-])/g,
    keywords: ['gsk_'],
    entropy: 4,
    sample: () => `GROQ_API_KEY=gsk_${b62(52)}`,
    negative: () => `GROQ_API_KEY=gsk_${b62(50)}-uv`,
  }),
  tok(h('replicate-api-token', 'Replicate', 'ai', 'Replicate predictions billed to you'), ['r8_', [AN, 37]], { title: 'Replicate API token', entropy: 3.5 }),
  tok(h('xai-api-key', 'xAI', 'ai', 'Grok API usage billed to you'), ['xai-', [AN, 80]], { title: 'xAI API key', entropy: 4 }),
  tok(h('openrouter-api-key', 'OpenRouter', 'ai', 'model usage billed to your OpenRouter credits'), ['sk-or-v1-', [HEX, 64]], { title: 'OpenRouter API key' }),
  // a Claude Code remote session link: whoever has it can drive the running session (and its repository access)
  custom(h('claude-code-session-url', 'Anthropic', 'ai', 'remote control of a running Claude Code session'), {
    title: 'Claude Code session URL',
    re: /(https?:\/\/claude\.ai\/code\/session_[A-Za-z0-9]{16,64})(?![A-Za-z0-9])/gi,
    keywords: ['claude.ai/code/session_'],
    severity: 'medium',
    entropy: 3,
    sample: () => `see https://claude.ai/code/session_${b62(24)} for the run`,
    negative: () => 'see https://claude.ai/code/session_short for the run',
  }),
  custom(h('langsmith-api-key', 'LangSmith', 'ai', 'traces (prompts, user data) in LangSmith'), {
    title: 'LangSmith API key',
    // documented bodies are hex; lowercase alphanumerics are accepted too (the prefix carries the precision)
    re: /(?<![A-Za-z0-9_])(lsv2_(?:pt|sk)_[a-z0-9]{32}_[a-z0-9]{10})(?![A-Za-z0-9])/g,
    keywords: ['lsv2_'],
    sample: () => `LANGSMITH_API_KEY=lsv2_pt_${randomFrom(HEX, 32)}_${randomFrom(HEX, 10)}`,
    negative: () => 'LANGSMITH_API_KEY=lsv2_pt_<key>',
  }),
  tok(h('pinecone-api-key', 'Pinecone', 'ai', 'vector indexes (embedded user data)'), ['pcsk_', [AN, 5, 6], '_', [AN, 60, 70]], { title: 'Pinecone API key', entropy: 4 }),
  kv(h('mistral-api-key', 'Mistral', 'ai', 'Mistral API usage billed to you'), ['mistral'], [[AN, 32]], { title: 'Mistral API key', entropy: 3.8 }),
  kv(h('deepseek-api-key', 'DeepSeek', 'ai', 'DeepSeek API usage billed to you'), ['deepseek'], ['sk-', [HEX, 32]], { title: 'DeepSeek API key' }),
  kv(h('together-api-key', 'Together AI', 'ai', 'Together API usage billed to you'), ['together'], [[HEX, 64]], { title: 'Together AI API key' }),
  kv(h('elevenlabs-api-key', 'ElevenLabs', 'ai', 'voice generation billed to you'), ['elevenlabs', 'eleven_labs', 'xi_api_key', 'xi-api-key'], [['a-z0-9_', 32, 51]], { title: 'ElevenLabs API key' }),
  kv(h('privateai-api-token', 'Private AI', 'ai', 'the Private AI account'), ['private_ai', 'privateai', 'private-ai'], [[LAN, 32]], { title: 'Private AI API key' }),

  // ---------------------------------------------------------------- observability
  kv(h('datadog-api-key', 'Datadog', 'observability', 'sending (and with app keys, reading) monitoring data'), ['datadog', 'dd_api_key', 'dd-api-key', 'dd_app_key', 'dd_application_key'], [[HEX, 32, 40]], { title: 'Datadog API/application key' }),
  tok(h('new-relic-user-api-key', 'New Relic', 'observability', 'NerdGraph as the user (account data, alerts)'), ['NRAK-', [AN, 27]], { title: 'New Relic user API key' }),
  tok(h('new-relic-insert-key', 'New Relic', 'observability', 'writing events into the account'), ['NRII-', [B64U, 32]], { title: 'New Relic insert key', severity: 'medium' }),
  tok(h('new-relic-browser-api-token', 'New Relic', 'observability', 'browser ingest (public by design)'), ['NRJS-', [HEX, 19]], { title: 'New Relic browser key', kind: 'public', severity: 'info' }),
  kv(h('new-relic-license-key', 'New Relic', 'observability', 'writing telemetry into the account'), ['new_relic_license', 'newrelic_license', 'new-relic-license', 'nr_license'], [[MHEX, 36, 40]], { title: 'New Relic license key', severity: 'medium' }),
  tok(h('sentry-user-token', 'Sentry', 'observability', 'Sentry as the user (issues, source, PII in events)'), ['sntryu_', [HEX, 64]], { title: 'Sentry user auth token' }),
  tok(h('sentry-org-token', 'Sentry', 'observability', 'uploading releases and source maps for the org'), ['sntrys_eyJ', ['A-Za-z0-9+/=_', 60, 400]], { title: 'Sentry organisation token', entropy: 4 }),
  kv(h('sentry-access-token', 'Sentry', 'observability', 'Sentry as the user'), ['sentry_auth_token', 'sentry-auth-token', 'sentry_token'], [[HEX, 64]], { title: 'Sentry auth token (legacy)' }),
  tok(h('grafana-cloud-api-token', 'Grafana', 'observability', 'Grafana Cloud stacks'), ['glc_', [B64, 32, 400]], { title: 'Grafana Cloud API token', entropy: 3.5 }),
  tok(h('grafana-service-account-token', 'Grafana', 'observability', 'the Grafana instance as the service account'), ['glsa_', [AN, 32], '_', [MHEX, 8]], { title: 'Grafana service account token' }),
  tok(h('grafana-api-key', 'Grafana', 'observability', 'the Grafana instance'), ['eyJrIjoi', [AN, 70, 400]], { title: 'Grafana API key', entropy: 3.5 }),
  tok(h('dynatrace-api-token', 'Dynatrace', 'observability', 'the Dynatrace environment'), ['dt0c01.', [AN, 24], '.', [AN, 64]], {
    title: 'Dynatrace API token',
    entropy: 3.5,
    // issued tokens are upper case; lower-case copies (case-folded configs) are still the same token
    sample: () => `dt0c01.${randomFrom(UAN, 24)}.${randomFrom(UAN, 64)}`,
  }),
  kv(h('sumologic-access-token', 'Sumo Logic', 'observability', 'logs in Sumo Logic'), ['sumo'], [[AN, 64]], { title: 'Sumo Logic access key', entropy: 3.5 }),
  // the access id is the user half of the pair (su + 12): medium, the key above is the secret half
  kv(h('sumologic-access-id', 'Sumo Logic', 'observability', 'logs in Sumo Logic (with the access key)'), ['sumo'], ['su', [AN, 12]], { title: 'Sumo Logic access ID', severity: 'medium', entropy: 2.5, sample: () => `su${randomFrom('0-9', 2)}${b62(10)}` }),
  kv(h('launchdarkly-access-token', 'LaunchDarkly', 'observability', 'feature flags (turning features on for everyone)'), ['launchdarkly', 'launch_darkly', 'ld_sdk_key', 'ld_api_key'], [['apisdk', 3], '-', ...UUID], { title: 'LaunchDarkly access token' }),
  tok(h('posthog-personal-api-key', 'PostHog', 'observability', 'analytics data (events, persons) of the project'), ['phx_', [AN, 40, 50]], { title: 'PostHog personal API key', entropy: 3.5 }),
  tok(h('posthog-project-key', 'PostHog', 'observability', 'sending events only (public by design)'), ['phc_', [AN, 40, 50]], { title: 'PostHog project key', kind: 'public', severity: 'info', entropy: 3.5 }),
  tok(h('axiom-token', 'Axiom', 'observability', 'logs in Axiom'), ['xaat-', ...UUID], { title: 'Axiom API token' }),
  // Segment documents write keys as safe in client code (analytics.js ships them): reported as public, never a failure
  kv(h('segment-write-key', 'Segment', 'observability', 'writing analytics events (public by design in client sources)'), ['segment_write', 'segment-write', 'segment_key'], [[AN, 32]], { title: 'Segment write key', kind: 'public', severity: 'info', entropy: 3.5 }),
  kv(h('bugsnag-api-key', 'Bugsnag', 'observability', 'Bugsnag projects'), ['bugsnag'], [[HEX, 32]], { title: 'Bugsnag API key', severity: 'medium' }),
  kv(h('rollbar-access-token', 'Rollbar', 'observability', 'Rollbar projects'), ['rollbar'], [[HEX, 32]], { title: 'Rollbar access token', severity: 'medium' }),
  kv(h('honeycomb-api-key', 'Honeycomb', 'observability', 'Honeycomb datasets'), ['honeycomb'], [[AN, 22, 32]], { title: 'Honeycomb API key', entropy: 3.5 }),
  // Honeycomb's 64-character ingest/management keys: hcaik_/hcxik_ (ingest), hcamk_/hcxmk_ (management) + 58
  custom(h('honeycomb-ingest-key', 'Honeycomb', 'observability', 'sending events to (or managing) the Honeycomb environment'), {
    title: 'Honeycomb ingest/management key',
    re: /(?<![A-Za-z0-9_])(hc[ax][im]k_[A-Za-z0-9]{58})(?![A-Za-z0-9_])/g,
    keywords: ['hcaik_', 'hcxik_', 'hcamk_', 'hcxmk_'],
    entropy: 3.5,
    sample: () => `HONEYCOMB_API_KEY=hcaik_${randomFrom(LAN, 58)}`,
    negative: () => `HONEYCOMB_API_KEY=hcaik_${randomFrom(LAN, 20)}`,
  }),
  tok(h('neon-api-key', 'Neon', 'database', 'the Neon projects, branches and databases of the account'), ['napi_', [LAN, 64]], { title: 'Neon API key', entropy: 3.5 }),

  // ---------------------------------------------------------------- CI/CD and developer tools
  kv(h('travisci-access-token', 'Travis CI', 'ci', 'builds and their secrets'), ['travis'], [[AN, 22]], { title: 'Travis CI token', entropy: 3.5 }),
  kv(h('circleci-token', 'CircleCI', 'ci', 'pipelines and project env vars'), ['circleci', 'circle_token', 'circle-token'], [[HEX, 40]], { title: 'CircleCI token' }),
  // CircleCI's prefixed tokens: CCIPAT_ (personal) and CCIPRJ_ (project), then an id and 40 hex digits
  custom(h('circleci-personal-token', 'CircleCI', 'ci', 'pipelines, project env vars and SSH keys as the user or project'), {
    title: 'CircleCI personal/project API token',
    re: /(?<![A-Za-z0-9_])(CCIP(?:AT|RJ)_[A-Za-z0-9]{20,26}_[a-f0-9]{40})(?![A-Za-z0-9_])/g,
    keywords: ['ccipat_', 'cciprj_'],
    entropy: 3.5,
    sample: () => `CIRCLECI_TOKEN=CCIPAT_${b62(22)}_${randomFrom(HEX, 40)}`,
    negative: () => 'CIRCLECI_TOKEN=CCIPAT_...',
  }),
  kv(h('droneci-access-token', 'Drone', 'ci', 'builds and their secrets'), ['droneci', 'drone_token'], [[AN, 32]], { title: 'Drone CI token' }),
  kv(h('codecov-access-token', 'Codecov', 'ci', 'coverage uploads and reports'), ['codecov'], [[AN, 32]], { title: 'Codecov token', severity: 'medium', entropy: 3.3 }),
  kv(h('snyk-api-token', 'Snyk', 'ci', 'Snyk organisations and their vulnerability data'), ['snyk_token', 'snyk-token', 'snyk_api', 'snyk_oauth', 'snyk_key', 'snyktoken', 'snyk.token', 'snykkey', 'snyk-key', 'snyk.api', 'snyk-api', 'snykapi', 'snykoauth', 'snyk-oauth', 'snyk.oauth'], MUUID, { title: 'Snyk API token' }),
  custom(h('sonar-api-token', 'SonarQube', 'ci', 'SonarQube/SonarCloud projects (source code)'), {
    title: 'SonarQube token',
    re: /(?<![A-Za-z0-9_])((?:sq[pua]_)[a-f0-9]{40})(?![A-Za-z0-9])/g,
    keywords: ['sqp_', 'squ_', 'sqa_'],
    sample: () => `SONAR_TOKEN=squ_${randomFrom(HEX, 40)}`,
    negative: () => `SONAR_TOKEN=squ_${randomFrom(HEX, 12)}`,
  }),
  tok(h('buildkite-agent-token', 'Buildkite', 'ci', 'the Buildkite organisation'), ['bkua_', [HEX, 40]], { title: 'Buildkite API token' }),
  custom(h('harness-api-key', 'Harness', 'ci', 'the Harness account'), {
    title: 'Harness access token',
    re: /(?<![A-Za-z0-9_])((?:pat|sat)\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{20})(?![A-Za-z0-9])/g,
    keywords: ['pat.', 'sat.'],
    sample: () => `HARNESS=pat.${randomFrom(B64U, 22)}.${randomFrom(AN, 24)}.${randomFrom(AN, 20)}`,
    negative: () => 'HARNESS=pat.abc.def.ghi',
  }),
  // (Octopus documents 26 characters after API-; a copy with one more or fewer is still its key, not a look-alike)
  tok(h('octopus-deploy-api-key', 'Octopus Deploy', 'ci', 'deployments to every environment'), ['API-', [UAN, 25, 28]], { title: 'Octopus Deploy API key', entropy: 3.5 }),
  custom(h('postman-api-token', 'Postman', 'ci', 'collections and environments (often holding more secrets)'), {
    title: 'Postman API key',
    re: /(?<![A-Za-z0-9_])(PMAK-[a-fA-F0-9]{24}-[a-fA-F0-9]{34})(?![A-Za-z0-9])/g,
    keywords: ['pmak-'],
    sample: () => `POSTMAN_API_KEY=PMAK-${randomFrom(HEX, 24)}-${randomFrom(HEX, 34)}`,
    negative: () => 'POSTMAN_API_KEY=PMAK-xxxxxxxx',
  }),
  tok(h('prefect-api-token', 'Prefect', 'ci', 'Prefect workflows and their blocks (credentials)'), ['pnu_', [AN, 36]], { title: 'Prefect API key', entropy: 3.5 }),
  tok(h('readme-api-token', 'ReadMe', 'ci', 'the ReadMe project'), ['rdme_', [LAN, 70]], { title: 'ReadMe API key' }),
  tok(h('linear-api-key', 'Linear', 'saas', 'Linear issues and projects'), ['lin_api_', [AN, 40, 64]], { title: 'Linear API key', entropy: 3.5 }),
  kv(h('linear-client-secret', 'Linear', 'saas', 'impersonating the Linear OAuth app'), ['linear'], [[HEX, 32]], { title: 'Linear client secret' }),
  kv(h('asana-client-secret', 'Asana', 'saas', 'impersonating the Asana OAuth app'), ['asana'], [[AN, 32]], { title: 'Asana client secret', entropy: 3.5 }),
  tok(h('asana-pat', 'Asana', 'saas', 'Asana as the user'), ['2/', [UAN.replace('A-Z', ''), 16], '/', [UAN.replace('A-Z', ''), 16], ':', [HEX, 32]], { title: 'Asana personal access token' }),
  // ntn_ + 11 digits + 35 alphanumerics (Notion's documented layout)
  tok(h('notion-api-token', 'Notion', 'saas', 'the Notion pages shared with the integration'), ['ntn_', ['0-9', 11], [AN, 35]], { title: 'Notion API token', entropy: 3.5 }),
  tok(h('notion-integration-secret', 'Notion', 'saas', 'the Notion pages shared with the integration'), ['secret_', [AN, 43]], { title: 'Notion integration secret (legacy)', entropy: 4 }),
  tok(h('airtable-personal-access-token', 'Airtable', 'saas', 'the Airtable bases the token is scoped to'), ['pat', [AN, 14], '.', [HEX, 64]], { title: 'Airtable personal access token', entropy: 3.5 }),
  kv(h('airtable-api-key', 'Airtable', 'saas', 'every Airtable base of the user'), ['airtable'], ['key', [AN, 14]], { title: 'Airtable API key (legacy)', entropy: 3 }),
  tok(h('figma-pat', 'Figma', 'saas', 'Figma files of the user'), ['figd_', [B64U, 40, 200]], { title: 'Figma personal access token', entropy: 3.5 }),
  tok(h('frameio-api-token', 'Frame.io', 'saas', 'Frame.io projects'), ['fio-u-', ['A-Za-z0-9_=-', 64]], { title: 'Frame.io API token' }),
  tok(h('typeform-api-token', 'Typeform', 'saas', 'forms and their responses (personal data)'), ['tfp_', ['A-Za-z0-9_.=-', 59]], { title: 'Typeform API token' }),
  kv(h('contentful-delivery-api-token', 'Contentful', 'saas', 'reading (or with CMA, writing) content'), ['contentful'], [['A-Za-z0-9_=-', 43]], { title: 'Contentful API token', severity: 'medium' }),
  tok(h('contentful-management-token', 'Contentful', 'saas', 'writing content of the space'), ['CFPAT-', [B64U, 43]], { title: 'Contentful management token' }),
  kv(h('beamer-api-token', 'Beamer', 'saas', 'the Beamer account'), ['beamer'], ['b_', ['A-Za-z0-9_=-', 44]], { title: 'Beamer API key', severity: 'medium' }),
  kv(h('adafruit-api-key', 'Adafruit', 'saas', 'Adafruit IO feeds'), ['adafruit'], [[B64U, 32]], { title: 'Adafruit IO key', severity: 'medium', entropy: 3.5 }),
  // sl. (or sl.u.) followed by 135+ characters: long enough to be unambiguous without the word "dropbox"
  custom(h('dropbox-api-token', 'Dropbox', 'saas', 'files in the Dropbox account'), {
    title: 'Dropbox short-lived token',
    re: /(?<![A-Za-z0-9_.-])(sl\.(?:u\.)?[A-Za-z0-9_=-]{135,1400})(?![A-Za-z0-9_=-])/g,
    keywords: ['sl.'],
    entropy: 4,
    sample: () => `DROPBOX_ACCESS_TOKEN=sl.${randomFrom(B64U, 140)}`,
    negative: () => `const a = "sl.${randomFrom(B64U, 40)}";`,
  }),
  kv(h('dropbox-long-lived-api-token', 'Dropbox', 'saas', 'files in the Dropbox account'), ['dropbox'], [[AN, 11], 'AAAAAAAAAA', ['A-Za-z0-9_=-', 43]], { title: 'Dropbox long-lived token', allowRuns: true }),
  kv(h('algolia-admin-key', 'Algolia', 'saas', 'writing and deleting search indexes'), ['algolia'], [[HEX, 32]], {
    title: 'Algolia API key',
    severity: 'medium',
    // search-only keys are public by design (Algolia docs: "Search-only API key ... safe to use in your frontend")
    validate: (_s, m) => (/search/i.test(m[0].slice(0, m[0].length - (m[1]?.length ?? 0))) ? { kind: 'public', note: 'search-only key' } : null),
  }),
  custom(h('mapbox-secret-token', 'Mapbox', 'saas', 'the Mapbox account (styles, uploads, billing)'), {
    title: 'Mapbox secret token',
    re: /(?<![A-Za-z0-9_])(sk\.eyJ[A-Za-z0-9_-]{50,300}\.[A-Za-z0-9_-]{20,30})(?![A-Za-z0-9_-])/g,
    keywords: ['sk.eyj'],
    sample: () => `MAPBOX_SECRET=sk.eyJ${randomFrom(B64U, 60)}.${randomFrom(B64U, 22)}`,
    negative: () => 'MAPBOX_SECRET=sk.eyJ.short',
  }),
  custom(h('mapbox-public-token', 'Mapbox', 'saas', 'map display only (public by design, restrict by URL)'), {
    title: 'Mapbox public token',
    re: /(?<![A-Za-z0-9_])(pk\.eyJ[A-Za-z0-9_-]{50,300}\.[A-Za-z0-9_-]{20,30})(?![A-Za-z0-9_-])/g,
    keywords: ['pk.eyj'],
    kind: 'public',
    severity: 'info',
    sample: () => `NEXT_PUBLIC_MAPBOX=pk.eyJ${randomFrom(B64U, 60)}.${randomFrom(B64U, 22)}`,
    negative: () => 'NEXT_PUBLIC_MAPBOX=pk.eyJ.short',
  }),
  kv(h('auth0-client-secret', 'Auth0', 'auth', 'impersonating the Auth0 application (tokens for any user)'), ['auth0'], [[B64U, 64]], { title: 'Auth0 client secret', severity: 'critical', entropy: 4 }),
  kv(h('okta-access-token', 'Okta', 'auth', 'the Okta org (users, apps)'), ['okta'], ['00', ['A-Za-z0-9_=-', 40]], { title: 'Okta API token', severity: 'critical', entropy: 4 }),
  custom(h('clerk-secret-key', 'Clerk', 'auth', 'every user and session of the Clerk instance'), {
    title: 'Clerk secret key',
    re: /(?:clerk|CLERK)[A-Za-z0-9_]{0,20}["']?\s{0,3}[=:]\s{0,3}["']?(sk_(?:live|test)_[A-Za-z0-9]{40,60})(?![A-Za-z0-9])/g,
    keywords: ['clerk'],
    entropy: 3.5,
    severity: 'critical',
    validate: (s) => (s.startsWith('sk_test_') ? { kind: 'test', severity: 'low' } : null),
    sample: () => `CLERK_SECRET_KEY=sk_live_${randomFrom(AN, 46)}`,
    negative: () => 'CLERK_SECRET_KEY=sk_live_...',
  }),
  custom(h('authress-service-client-access-key', 'Authress', 'auth', 'the Authress account as the service client'), {
    title: 'Authress access key',
    // service-client (sc_), extension (ext_) and platform (scauth_, authress_) keys share one layout:
    // <prefix>_<client id>.<key id>.acc[_-]<account id>.<private key>; ".acc" is the rare literal the prefilter keys on
    re: /(?<![A-Za-z0-9_])((?:sc|ext|scauth|authress)_[A-Za-z0-9]{5,30}\.[a-z0-9]{4,6}\.acc[_-][a-z0-9-]{10,32}\.[A-Za-z0-9+/_=-]{30,120})(?![A-Za-z0-9+/_=-])/g,
    keywords: ['.acc_', '.acc-'],
    entropy: 3,
    sample: () => `AUTHRESS_KEY=sc_${randomFrom(LAN, 12)}.${randomFrom(LAN, 5)}.acc_${randomFrom(LAN, 16)}.${randomFrom(B64, 64)}`,
    negative: () => `AUTHRESS_KEY=sc_${randomFrom(LAN, 12)}.${randomFrom(LAN, 5)}.acc_${randomFrom(LAN, 16)}.short`,
  }),
  kv(h('twitter-api-secret', 'X (Twitter)', 'saas', 'posting as the app or account'), ['twitter'], [[AN, 50]], { title: 'X (Twitter) API secret', entropy: 4 }),
  kv(h('twitter-bearer-token', 'X (Twitter)', 'saas', 'the X API as the app'), ['twitter'], ['AAAAAAAAAAAAAAAAAAAAA', ['A-Za-z0-9%', 80, 100]], { title: 'X (Twitter) bearer token', allowRuns: true }),
  kv(h('twitter-access-token', 'X (Twitter)', 'saas', 'posting as the account'), ['twitter'], [['0-9', 15, 25], '-', [AN, 20, 40]], { title: 'X (Twitter) access token' }),
  // Graph API user/page tokens: EAA + the app-specific 4th character (EAAB, EAAC, EAAG, EAAM, ...) + 100+
  // alphanumerics. Delimited on both sides by a non-base64 character so runs inside base64 blobs do not count.
  custom(h('facebook-page-access-token', 'Facebook', 'saas', 'the Facebook page or user (posts, messages, ads)'), {
    title: 'Facebook access token',
    re: /(?<![A-Za-z0-9+/_-])(EAA[A-Za-z0-9]{101,400})(?![A-Za-z0-9+/=_-])/g,
    keywords: ['eaa'],
    entropy: 4,
    sample: () => `FB_ACCESS_TOKEN=EAAG${b62(160)}`,
    negative: () => `FB_ACCESS_TOKEN=EAAG${b62(40)}`,
  }),
  // (the client token, FacebookClientToken, ships inside every app build: it is not the app secret)
  kv(h('facebook-secret', 'Facebook', 'saas', 'impersonating the Facebook app'), ['facebook', 'fb_app_secret', 'fb_secret'], [[HEX, 32]], { title: 'Facebook app secret', validate: (_v, m) => (/client[_-]?token|clienttoken|app[_-]?id/i.test(m[0]) ? { kind: 'reject' } : null) }),
  kv(h('linkedin-client-secret', 'LinkedIn', 'saas', 'impersonating the LinkedIn app'), ['linkedin', 'linked_in', 'linked-in'], [[AN, 16]], { title: 'LinkedIn client secret', entropy: 3.5 }),
  kv(h('rapidapi-access-token', 'RapidAPI', 'saas', 'APIs subscribed on RapidAPI, billed to you'), ['rapidapi'], [[B64U, 50]], { title: 'RapidAPI key', entropy: 3.5 }),
  kv(h('nytimes-access-token', 'New York Times', 'saas', 'the NYT developer APIs'), ['nytimes', 'newyorktimes', 'new-york-times'], [['A-Za-z0-9_=-', 32]], { title: 'New York Times API key', severity: 'medium' }),
  kv(h('etsy-access-token', 'Etsy', 'saas', 'the Etsy shop'), ['etsy'], [[LAN, 24]], { title: 'Etsy API key', entropy: 3.5 }),
  // Looker API3 credentials: client id 20, client secret 24 alphanumerics (LOOKERSDK_CLIENT_SECRET)
  kv(h('looker-client-secret', 'Looker', 'saas', 'the Looker instance as the API user (with its client id)'), ['looker'], [[AN, 24]], { title: 'Looker API client secret', entropy: 3.8 }),
  kv(h('flickr-access-token', 'Flickr', 'saas', 'the Flickr account'), ['flickr'], [[LAN, 32]], { title: 'Flickr API key', severity: 'medium', entropy: 3.5 }),
  kv(h('freshbooks-access-token', 'FreshBooks', 'saas', 'invoices and client data'), ['freshbooks'], [[LAN, 64]], { title: 'FreshBooks access token' }),
  kv(h('hubspot-api-key', 'HubSpot', 'saas', 'CRM contacts (personal data)'), ['hubspot'], [[UHEX, 8], '-', [UHEX, 4], '-', [UHEX, 4], '-', [UHEX, 4], '-', [UHEX, 12]], { title: 'HubSpot API key' }),
  tok(h('hubspot-private-app-token', 'HubSpot', 'saas', 'CRM contacts (personal data)'), ['pat-', ['a-z', 2, 3], '1-', ...UUID], { title: 'HubSpot private app token' }),
  kv(h('squarespace-access-token', 'Squarespace', 'saas', 'the Squarespace site'), ['squarespace'], UUID, { title: 'Squarespace API key' }),
  kv(h('sendbird-access-id', 'Sendbird', 'chat', 'the Sendbird application'), ['sendbird_app', 'sendbird-app'], [[HEX, 8], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 12]], { title: 'Sendbird application id', severity: 'low' }),
  tok(h('maxmind-license-key', 'MaxMind', 'saas', 'GeoIP downloads billed to you'), [[AN, 6], '_', [AN, 29], '_mmk'], { title: 'MaxMind license key', keywords: ['_mmk'], entropy: 3.5 }),
  custom(h('settlemint-token', 'SettleMint', 'saas', 'the SettleMint platform'), {
    title: 'SettleMint access token',
    re: /(?<![A-Za-z0-9_])(sm_(?:aat|pat|sat)_[A-Za-z0-9]{16})(?![A-Za-z0-9])/g,
    keywords: ['sm_aat_', 'sm_pat_', 'sm_sat_'],
    entropy: 3,
    sample: () => `SETTLEMINT=sm_pat_${randomFrom(AN, 16)}`,
    negative: () => 'SETTLEMINT=sm_pat_short',
  }),
  kv(h('sidekiq-secret', 'Sidekiq', 'registry', 'the paid Sidekiq gem source'), ['bundle_enterprise__contribsys__com', 'bundle_gems__contribsys__com'], [[HEX, 8], ':', [HEX, 8]], { title: 'Sidekiq Enterprise credentials', entropy: 2.5 }),
  custom(h('sidekiq-sensitive-url', 'Sidekiq', 'registry', 'the paid Sidekiq gem source'), {
    title: 'Sidekiq gem source URL with credentials',
    re: /https?:\/\/([a-f0-9]{8}:[a-f0-9]{8})@(?:gems|enterprise)\.contribsys\.com/g,
    keywords: ['contribsys.com'],
    sample: () => `source "https://${randomFrom(HEX, 8)}:${randomFrom(HEX, 8)}@gems.contribsys.com/"`,
    negative: () => 'source "https://gems.contribsys.com/"',
  }),

  tok(h('adobe-client-secret', 'Adobe', 'saas', 'impersonating the Adobe integration (Creative Cloud, Experience Cloud APIs)'), ['p8e-', [AN, 32]], { title: 'Adobe client secret', entropy: 3.5 }),
  kv(h('cisco-meraki-api-key', 'Cisco Meraki', 'cloud', 'the Meraki dashboard: networks, devices, firewall rules'), ['meraki'], [[HEX, 40]], { title: 'Cisco Meraki API key' }),
  tok(h('defined-networking-api-token', 'Defined Networking', 'cloud', 'the Nebula overlay network (hosts, certificates)'), ['dnkey-', ['A-Za-z0-9_=-', 26], '-', ['A-Za-z0-9_=-', 52]], { title: 'Defined Networking API token', sample: () => `dnkey-${randomFrom(B64U, 26)}-${randomFrom(B64U, 52)}` }),
  kv(h('fastly-api-token', 'Fastly', 'cloud', 'Fastly services: purge, VCL, TLS'), ['fastly'], [[B64U, 32]], { title: 'Fastly API token', entropy: 3.5 }),
  kv(h('finnhub-access-token', 'Finnhub', 'saas', 'market data billed to you'), ['finnhub'], [[LAN, 20]], { title: 'Finnhub API key', severity: 'medium', entropy: 3.3 }),
  custom(h('freemius-secret-key', 'Freemius', 'payment', 'licenses and payments of the WordPress product'), {
    title: 'Freemius secret key',
    re: /["']secret_key["']\s{0,3}=>\s{0,3}["'](sk_[^\s"']{29})["']/g,
    keywords: ['secret_key'],
    path: /\.php$/i,
    sampleFile: 'freemius.php',
    sample: () => `$fs = fs_dynamic_init(array('id' => '1234', 'secret_key' => 'sk_${randomFrom(AN + '!#$%', 29)}', 'public_key' => 'pk_x'));`,
    negative: () => "$fs = fs_dynamic_init(array('secret_key' => 'sk_xxx'));",
  }),
  tok(h('intra42-client-secret', '42 Intra', 'saas', 'the 42 school API as the application'), ['s-s4t2', ['adfu', 2], '-', [HEX, 64]], { title: '42 Intra client secret', keywords: ['s-s4t2'] }),
  kv(h('kucoin-access-token', 'KuCoin', 'payment', 'the KuCoin account (with the secret)'), ['kucoin'], [[HEX, 24]], { title: 'KuCoin API key', entropy: 2.8 }),
  custom(h('nuget-config-password', 'NuGet', 'registry', 'private NuGet feeds'), {
    title: 'Password in nuget.config',
    re: /<add key="(?:ClearText)?Password"\s{0,5}value="([^"]{8,200})"\s{0,5}\/>/gi,
    keywords: ['<add key='],
    path: /nuget\.config$/i,
    sampleFile: 'nuget.config',
    entropy: 2.5,
    sample: () => `<packageSourceCredentials><feed><add key="Username" value="ci" /><add key="ClearTextPassword" value="${randomFrom(AN, 24)}" /></feed></packageSourceCredentials>`,
    negative: () => '<add key="ClearTextPassword" value="%NUGET_PASSWORD%" />',
  }),
  kv(h('twitter-access-secret', 'X (Twitter)', 'saas', 'posting as the account (with its access token)'), ['twitter'], [[AN, 45]], { title: 'X (Twitter) access token secret', entropy: 4 }),
  kv(h('twitter-api-key', 'X (Twitter)', 'saas', 'the X API as the app (with its secret)'), ['twitter'], [[AN, 25]], { title: 'X (Twitter) API key', entropy: 3.8 }),
  kv(h('sonar-token', 'SonarQube', 'ci', 'SonarQube/SonarCloud projects (source code)'), ['sonar_token', 'sonar.token', 'sonar_login', 'sonar.login', 'sonarqube_token', 'sonarcloud_token', 'sonartoken', 'sonarlogin', 'sonar-token', 'sonar-login'], [['A-Za-z0-9=_-', 40]], { title: 'SonarQube token (legacy)' }),
  custom(h('jwt-base64', 'JSON Web Token', 'auth', 'the API as whoever the token names'), {
    title: 'Base64-encoded JSON Web Token',
    re: /(?<![A-Za-z0-9+/])(ZXlK[A-Za-z0-9+/]{60,8000}={0,2})(?![A-Za-z0-9+/=])/g,
    keywords: ['zxlk'],
    entropy: 3.5,
    severity: 'medium',
    validate: (s) => {
      const inner = Buffer.from(s, 'base64').toString('utf8').trim();
      return /^eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{16,}$/.test(inner) ? jwtVerdict(inner) : { kind: 'reject' };
    },
    sample: () => `token: ${Buffer.from(jwtOf({ sub: 'svc', iat: 1716239022 })).toString('base64')}`,
    negative: () => `token: ${Buffer.from('eyJhbGciOiJIUzI1NiJ9 not a jwt at all, just text that starts alike').toString('base64')}`,
  }),
  kv(h('new-relic-user-api-id', 'New Relic', 'observability', 'New Relic APIs as the user'), ['new_relic_api', 'newrelic_api', 'new-relic-api'], [[LAN, 64]], { title: 'New Relic user API id' }),
  custom(h('facebook-access-token', 'Facebook', 'saas', 'the Facebook app (app access token = app id | app secret)'), {
    title: 'Facebook app access token',
    re: /(?<![0-9])(\d{15,16}(?:\||%7C)[0-9a-zA-Z_-]{27,40})(?![0-9a-zA-Z_-])/g,
    keywords: ['|', '%7c'],
    entropy: 3,
    validate: (_s, m) => (/facebook|fb_|graph\.facebook|access_token/i.test(m.input.slice(Math.max(0, m.index - 200), m.index + 200)) ? null : { kind: 'reject' }),
    sample: () => `FACEBOOK_APP_TOKEN=${randomFrom('1-9', 1)}${randomFrom('0-9', 14)}|${randomFrom(B64U, 27)}`,
    negative: () => `const row = "${randomFrom('1-9', 1)}${randomFrom('0-9', 14)}|${randomFrom(B64U, 27)}";`,
  }),

  // ---------------------------------------------------------------- package registries
  tok(h('npm-access-token', 'npm', 'registry', 'publishing packages as the user (supply-chain attack)'), ['npm_', [AN, 36]], {
    title: 'npm access token',
    severity: 'critical',
    validate: (s) => (checksum62Valid(s, 4) ? null : unverified('npm token')),
    sample: () => withChecksum62('npm_', b62(30)),
    negative: () => {
      const t = withChecksum62('npm_', b62(30));
      return `//registry.npmjs.org/:_authToken=${t.slice(0, 28)}`;
    },
  }),
  custom(h('npmrc-auth-token', 'npm', 'registry', 'publishing or reading private packages as the user'), {
    title: 'Registry auth token in .npmrc',
    re: /:?_(?:authToken|auth|password)\s{0,3}=\s{0,3}["']?([^\s"'$]{16,200})/g,
    keywords: ['_authtoken', '_auth', '_password'],
    path: /(?:^|\/)\.?(?:npmrc|yarnrc(?:\.yml)?)$/,
    sampleFile: '.npmrc',
    entropy: 3,
    // legacy (UUID) tokens for registry.npmjs.org were all removed by npm on 5 Nov 2025: nothing left to rotate
    validate: (s, m) => {
      const legacy = npmLegacyToken(s, m.input, m.index + m[0].indexOf(s));
      return legacy === 'ignored' ? { kind: 'reject' } : legacy === 'legacy' ? { kind: 'unverified', severity: 'low', note: NPM_LEGACY_NOTE } : null;
    },
    sample: () => `//npm.pkg.github.com/:_authToken=${randomFrom(AN, 40)}`,
    negative: () => '//registry.npmjs.org/:_authToken=${NPM_TOKEN}',
  }),
  tok(h('pypi-upload-token', 'PyPI', 'registry', 'publishing packages as the user (supply-chain attack)'), ['pypi-AgEIcHlwaS5vcmc', [B64U, 50, 1000]], { title: 'PyPI upload token', severity: 'critical', entropy: 3.5 }),
  tok(h('rubygems-api-token', 'RubyGems', 'registry', 'publishing gems as the user'), ['rubygems_', [HEX, 48]], { title: 'RubyGems API key', severity: 'critical' }),
  tok(h('nuget-api-key', 'NuGet', 'registry', 'publishing NuGet packages'), ['oy2', [LAN, 43]], { title: 'NuGet API key', entropy: 3.5 }),
  tok(h('artifactory-api-key', 'JFrog', 'registry', 'artifacts in Artifactory'), ['AKCp', [AN, 69]], { title: 'Artifactory API key', entropy: 4.5 }),
  tok(h('artifactory-reference-token', 'JFrog', 'registry', 'artifacts in Artifactory'), ['cmVmd', [AN, 59]], { title: 'Artifactory reference token', entropy: 4.5 }),
  kv(h('jfrog-api-key', 'JFrog', 'registry', 'artifacts in Artifactory'), ['jfrog', 'artifactory', 'bintray'], [[LAN, 64, 73]], { title: 'JFrog API key' }),
  tok(h('clojars-api-token', 'Clojars', 'registry', 'publishing to Clojars'), ['CLOJARS_', [LAN, 60]], { title: 'Clojars deploy token', ciPrefix: true }),
  tok(h('dockerhub-pat', 'Docker Hub', 'registry', 'pushing images as the user (supply-chain attack)'), ['dckr_pat_', [B64U, 27]], { title: 'Docker Hub personal access token', severity: 'high' }),
  tok(h('deno-deploy-token', 'Deno', 'registry', 'Deno Deploy projects'), ['ddp_', [AN, 36]], { title: 'Deno Deploy token', entropy: 3.5 }),
  tok(h('jsr-token', 'Deno', 'registry', 'Deno Deploy organisation'), ['ddo_', [AN, 36]], { title: 'Deno organisation token', entropy: 3.5 }),

  // ---------------------------------------------------------------- keys, tokens and credentials of any kind
  custom(h('private-key', 'Private key', 'key', 'whatever the key signs or decrypts: TLS, SSH logins, JWT signing, service accounts'), {
    title: 'Private key',
    re: /(-----BEGIN[ A-Z0-9_-]{0,40}PRIVATE KEY(?: BLOCK)?-----(?:\\[nr]|[\s\S]){64,12000}?-----END[ A-Z0-9_-]{0,40}PRIVATE KEY(?: BLOCK)?-{3,5})/g,
    // (a footer that lost a dash or two in a copy still ends a key)
    keywords: ['-----begin'],
    entropy: 3,
    severity: 'critical',
    validate: (s) => {
      const body = s.replace(/-----[^-]{1,60}-----/g, '').replace(/\\[nr]|\s/g, '');
      if (/(?:\.\.\.|<|xxxx|redacted|your[_ -]?key|example)/i.test(body) || body.replace(/^(?:Proc-Type|DEK-Info):.*$/gm, '').length < 40) return { kind: 'reject' };
      // a body of words (`privatekeyprivatekey…` in a commented config template) is no key: base64 of key material
      // carries about 6 bits per character, English letters about 4
      const b64 = body.replace(/^(?:Proc-Type|DEK-Info):.*$/gm, '').replace(/[#;*/]/g, '');
      if (b64.length >= 60 && shannon(b64) < 4.5) return { kind: 'reject' };
      if (/ENCRYPTED/.test(s)) return { kind: 'secret', severity: 'medium', note: 'encrypted with a passphrase' };
      return null;
    },
    sample: () => `-----BEGIN ${'RSA'} PRIVATE KEY-----\n${randomFrom(B64, 64)}\n${randomFrom(B64, 64)}\n${randomFrom(B64, 30)}==\n-----END ${'RSA'} PRIVATE KEY-----`,
    negative: () => `-----BEGIN PUBLIC KEY-----\n${randomFrom(B64, 64)}\n${randomFrom(B64, 40)}\n-----END PUBLIC KEY-----`,
  }),
  custom(h('private-key-der-base64', 'Private key', 'key', 'whatever the key signs or decrypts: TLS, SSH logins, JWT signing, service accounts'), {
    title: 'Private key in base64 without PEM armour',
    // the DER of a private key as one base64 line (a Keycloak realm export's `privateKey`, a JWT signing key or a
    // GitHub App key pasted into an env value without its BEGIN/END lines): PKCS#1 RSA (`MII…AIBAAKC`), PKCS#8 RSA
    // (`MII…AIBADANBgkqhkiG9w0BAQEFAASC`), PKCS#8 EC P-256 and Ed25519; PEM bodies split into 64-character lines
    // are the private-key rule's
    re: /(?<![A-Za-z0-9+/])(MII[A-Za-z0-9+/]{2}[AQgw]IBA(?:AKC|DANBgkqhkiG9w0BAQEFAASC)[A-Za-z0-9+/]{400,6000}={0,2}|MIG[A-Za-z0-9+/]AgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg[A-Za-z0-9+/]{40,200}={0,2}|MC4CAQAwBQYDK2VwBCIEI[A-Za-z0-9+/]{20,60}={0,2})(?![A-Za-z0-9+/])/g,
    keywords: ['ibaakc', 'ibadanbgkqhkig9w0baqefaasc', 'agemabmgbyqgsm49agegccqgsm49aweh', 'mc4caqawbqydk2vwbciei'],
    entropy: 4.5,
    severity: 'critical',
    allowRuns: true,
    sample: () => `"privateKey": ["MIIEpAIBAAKCAQEA${randomFrom(B64, 1560)}"],`,
    negative: () => `"certificate": ["MIICrzCCAZcCBgGMxy3vrjANBgkqhkiG9w0BAQsFADAbMRkwFwYDVQQDDBB3ZXJrYmFuaw${randomFrom(B64, 600)}"],`,
  }),
  custom(h('putty-private-key', 'PuTTY', 'key', 'SSH logins with this key'), {
    title: 'PuTTY private key',
    re: /(PuTTY-User-Key-File-\d: [a-z0-9-]{3,30}[\s\S]{0,600}?Private-Lines: \d{1,3}\s{1,4}[A-Za-z0-9+/=\s]{40,8000}?Private-MAC: [a-f0-9]{40,64})/g,
    keywords: ['putty-user-key-file'],
    severity: 'critical',
    sample: () => `PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: demo\nPublic-Lines: 2\n${randomFrom(B64, 64)}\n${randomFrom(B64, 20)}\nPrivate-Lines: 1\n${randomFrom(B64, 44)}\nPrivate-MAC: ${randomFrom(HEX, 64)}`,
    negative: () => 'PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none',
  }),
  custom(h('jwt', 'JSON Web Token', 'auth', 'the API as whoever the token names, until it expires'), {
    title: 'JSON Web Token',
    // the signature may be empty: unsigned (alg: none) tokens are classified by the validator, not skipped
    // `ey` + base64url: a JSON object always encodes to eyJ, so a token that starts ey but does not decode is a
    // placeholder or a corrupted copy (low `unverified`), not silence
    // (`\/` is a JWT copied out of a JSON string, where `/` may be escaped)
    // a header.payload pair without the signature part is a truncated copy: judged like the rest (low at most)
    re: /(?<![A-Za-z0-9_-])(ey[A-Za-z0-9_-]{10,2000}\.eyJ?[A-Za-z0-9_/\\-]{4,8000}(?:\.(?:[A-Za-z0-9_/\\-]{10,2000}={0,2})?)?)(?![A-Za-z0-9_.=/\\-])/g,
    keywords: ['eyj', '.ey'],
    entropy: 3,
    severity: 'medium',
    validate: (s) => {
      const t = s.replace(/\\/g, '');
      // two parts only: a token cut before its signature
      if (t.split('.').length === 2) return decodeJwt(`${t}.`) ? unverified('a JSON Web Token', 'the signature part is missing') : { kind: 'reject' };
      if (decodeJwt(t.replace(/=+$/, ''))) return jwtVerdict(t);
      // the jwt.io signature on a header that does not decode: a deliberately broken documentation sample
      if (t.endsWith('SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c')) return { kind: 'reject' };
      return unverified('a JSON Web Token', 'it does not decode');
    },
    sample: () => `Authorization: Bearer ${jwtOf({ sub: '1234567890', name: 'Demo', iat: 1716239022 })}`,
    negative: () => `const t = "eyJhbGciOiJIUzI1NiJ9.eyJ.xyz";`,
  }),
  custom(h('supabase-service-role-key', 'Supabase', 'database', 'every table of the Supabase project with row-level security bypassed'), {
    title: 'Supabase service_role key',
    // the JWT rule finds these; this rule claims the ones whose role claim is service_role (see validators.ts)
    re: /(?<![A-Za-z0-9_-])(eyJ[A-Za-z0-9_-]{10,2000}\.eyJ[A-Za-z0-9_-]{4,8000}\.[A-Za-z0-9_-]{16,2000})(?![A-Za-z0-9_-])/g,
    keywords: ['eyj'],
    entropy: 3,
    severity: 'critical',
    validate: (s) => {
      const v = jwtVerdict(s);
      return v.severity === 'critical' ? v : { kind: 'reject' };
    },
    sample: () => `SUPABASE_SERVICE_ROLE_KEY=${jwtOf({ iss: 'supabase', ref: 'abcdefghijklmnop', role: 'service_role', iat: 1700000000, exp: 2000000000 })}`,
    negative: () => `NEXT_PUBLIC_SUPABASE_ANON_KEY=${jwtOf({ iss: 'supabase', ref: 'abcdefghijklmnop', role: 'anon', iat: 1700000000, exp: 2000000000 })}`,
  }),
  custom(h('kubernetes-secret-yaml', 'Kubernetes', 'cloud', 'the credentials the Secret holds (base64 is an encoding, not encryption)'), {
    title: 'Kubernetes Secret with committed data',
    // a `data:` (base64) or `stringData:` value inside a manifest of kind Secret; validated by decoding
    re: /^[ \t]{1,12}([A-Za-z0-9_.-]{1,64}):[ \t]{1,4}["']?([A-Za-z0-9+/]{8,4000}={0,2})["']?[ \t]{0,8}$/gm,
    sampleFile: 'k8s/secret.yaml',
    group: 2,
    keywords: ['kind: secret', 'kind: "secret"'],
    path: /\.ya?ml$/i,
    entropy: 2.5,
    severity: 'high',
    validate: (value, m) => k8sSecretVerdict(value, m),
    sample: () => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\ndata:\n  password: ${Buffer.from(`Pg-${randomFrom(AN, 18)}`).toString('base64')}\n`,
    negative: () => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\ndata:\n  password: ${Buffer.from('changeme').toString('base64')}\n`,
  }),
  custom(h('docker-registry-auth', 'Docker', 'registry', 'pushing and pulling images as the registry user'), {
    title: 'Docker registry credentials (config.json auths)',
    re: /"auth"\s{0,3}:\s{0,3}"([A-Za-z0-9+/]{12,400}={0,2})"/g,
    keywords: ['"auth"'],
    path: /(?:^|\/)(?:config\.json|\.dockerconfigjson|\.dockercfg|dockerconfig\.json)$/,
    sampleFile: '.docker/config.json',
    entropy: 3,
    validate: (v) => {
      const d = Buffer.from(v, 'base64').toString('utf8');
      const i = d.indexOf(':');
      if (i < 1 || /[^\x20-\x7e]/.test(d)) return { kind: 'reject' };
      const pw = d.slice(i + 1);
      return pw.length < 6 || /^(?:password|pass|secret|changeme|xxx+|\*+)$/i.test(pw) ? { kind: 'reject' } : null;
    },
    sample: () => `{"auths":{"ghcr.io":{"auth":"${Buffer.from(`deploy:${randomFrom(AN, 30)}`).toString('base64')}"}}}`,
    negative: () => `{"auths":{"ghcr.io":{"auth":"${Buffer.from('user:password').toString('base64')}"}}}`,
  }),
  custom(h('connection-string-password', 'Database', 'database', 'the database (read, change or delete every row)'), {
    title: 'Connection string with a password',
    re: /(?<![A-Za-z0-9+.-])(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver|clickhouse|cockroachdb|neo4j(?:\+s)?|couchbases?|ftps?|sftp|smtps?|ldaps?|cloudinary|nats|mqtts?|jdbc:[a-z]{2,12}):\/\/([^\s:/@'"`<>]{0,64}):([^\s@'"`<>/]{3,128})@([^\s/:'"`<>?,;]{1,200})/g,
    // scheme names, not '://': nearly every file has a URL, few have a database URL
    keywords: ['postgres', 'mysql', 'mariadb', 'mongodb', 'redis', 'amqp', 'mssql', 'sqlserver', 'clickhouse', 'cockroachdb', 'neo4j', 'couchbase', 'ftp://', 'ftps://', 'sftp://', 'smtp', 'ldap', 'cloudinary', 'nats://', 'mqtt', 'jdbc:'],
    group: 2,
    entropy: 0,
    sample: () => `DATABASE_URL=postgres://app:${randomFrom(AN, 20)}@db.prod-cluster.internal:5432/app`,
    negative: () => 'DATABASE_URL=postgres://app:${DB_PASSWORD}@db.internal:5432/app',
  }),
  custom(h('url-credentials', 'HTTP', 'auth', 'the service behind the URL as that user'), {
    title: 'Credentials in a URL',
    // RFC 3986 userinfo in a URL of any scheme (https, git+ssh, wss, s3, smb, svn...): the database schemes are
    // the connection-string rule's
    re: /(?<![A-Za-z0-9+.-])(?!(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver|clickhouse|cockroachdb|neo4j(?:\+s)?|couchbases?|ftps?|sftp|smtps?|ldaps?|nats|mqtts?|jdbc):)[A-Za-z][A-Za-z0-9+.-]{1,20}:\/\/([A-Za-z0-9._~%!$&'()*+,;=-]{1,64}):([^\s@'"`<>/:]{6,128})@([A-Za-z0-9.-]{1,200})/g,
    keywords: ['://'],
    group: 2,
    entropy: 2.8,
    severity: 'medium',
    sample: () => `REGISTRY=https://deploy:${randomFrom(AN, 24)}@registry.corp-internal.net/repo`,
    negative: () => 'REGISTRY=https://user:password@example.com/repo',
  }),
  custom(h('cli-password-flag', 'Command line', 'auth', 'the database or service the command logs into'), {
    title: 'Password on a command line',
    // passwords given as flags (mysql -p'…' with no space, mongo/sshpass -p …, redis-cli -a …, sqlcmd -P …,
    // docker/helm login -p …, --password=…, openssl -passin pass:…, lftp -u user,pass): they also land in shell
    // history and `ps`
    re: /(?:\b(?:mysql|mysqldump|mysqladmin|mysqlimport|mysqlshow|mysqlcheck|mariadb(?:-dump|-admin)?)\b[^\n]{0,200}?[ \t]-p|\b(?:sshpass|mongo|mongosh|mongodump|mongorestore|mongoexport|mongoimport)\b[^\n]{0,200}?[ \t]-p[ \t]{1,3}|\bredis-cli\b[^\n]{0,200}?[ \t]-a[ \t]{1,3}|\b(?:docker|podman|nerdctl|helm|buildah|skopeo|oras)\b[^\n]{0,80}?\blogin\b[^\n]{0,200}?[ \t]-p[ \t]{1,3}|\b(?:sqlcmd|asadm|aql|asinfo)\b[^\n]{0,200}?[ \t]-P[ \t]{1,3}|[ \t]--(?:[a-z]{1,12}-)?(?:pass(?:word)?|passphrase|token|secret|api-key|apikey|account-key|auth-token|access-token|client-secret|requirepass|authkey)(?:=|[ \t]{1,3})|["']--(?:[a-z]{1,12}-)?(?:pass(?:word)?|token|secret|api-key|apikey|account-key|auth-token|access-token|client-secret|requirepass|authkey)["'][ \t]{0,3},[ \t]{0,3}(?=["'])|[ \t]-pass(?:in|out)[ \t]{1,3}pass:|\blftp\b[^\n]{0,200}?[ \t]-u[ \t]{1,3}["']?[^,\s'"]{1,64},|\bnet[ \t]{1,3}use\b[^\n]{0,200}?[ \t]\/user:[^\s]{1,100}[ \t]{1,3}|\bsteamcmd\b[^\n]{0,100}?\+login[ \t]{1,3}[^\s+]{1,64}[ \t]{1,3}|[ \t]-(?:[Ss]ecret|[Pp]assword|[Pp]asswd|[Tt]oken|[Aa]pi[Kk]ey|[Pp]assphrase|storepass|keypass|srcstorepass|deststorepass|srckeypass|destkeypass)[ \t]{1,3}|\bschtasks\b[^\n]{0,300}?[ \t]\/rp[ \t]{1,3}|\bcmdkey\b[^\n]{0,200}?[ \t]\/pass:|[ \t]--auth=|\b(?:mosquitto_passwd|htpasswd)\b[^\n]{0,40}?[ \t]-b[a-zA-Z]{0,3}[ \t]{1,3}\S{1,200}[ \t]{1,3}[^\s-]\S{0,63}[ \t]{1,3})(['"]?)([^-'"\s;|&\\)][^'"\s;|&\\)]{2,127})\1/g,
    group: 2,
    keywords: ['pass', 'mysql', 'mariadb', 'mongo', 'redis-cli', 'sqlcmd', 'asadm', 'aql', 'schtasks', 'cmdkey', 'login', 'lftp', 'net use', '-token', '-secret', '-api-key', '-apikey', '-account-key', '-authkey', '--auth=', 'mosquitto_passwd', 'htpasswd'],
    entropy: 2,
    severity: 'high',
    // (`net use … /user:x /persistent:no` gives no password: the next switch is not one)
    // (`--build-secret hf_token=$HF_TOKEN`, `--secret id=npm,env=NPM_TOKEN`: a build-secret spec naming where the
    // secret comes from; `--requirepass localdev` in a compose file: the local container's word)
    // (`--secret=wrongsecret-3`: gcloud names the secret to read, a name of dashed words, not a value)
    validate: (v, _m, file = '') => (cliPlaceholder(v) || v.startsWith('/') || v.startsWith('@') || /^[A-Za-z_][\w.-]{0,40}=|\$[{(A-Za-z_]/.test(v) || (/compose[^/]*\.ya?ml$/i.test(file) && /^[a-z]+$/.test(v)) || /^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(v) && /secret|token|passw|key|cred/.test(v) ? { kind: 'reject' } : null),
    sample: () => `mysql -h db.prod.internal -u app -p'${randomFrom(AN, 18)}' app < dump.sql`,
    negative: () => 'mysql -h db.prod.internal -u app -p"$MYSQL_PASSWORD" app < dump.sql',
  }),
  custom(h('session-cookie', 'HTTP', 'auth', 'the signed-in session: whoever replays the cookie is logged in until it expires'), {
    title: 'Session cookie',
    // a session cookie captured in a HAR file, a curl -b / Cookie header, a log or a test recording; the cookie name
    // says session (Rails _app_session, connect.sid, PHPSESSID, JSESSIONID, next-auth.session-token, sb-…-auth-token)
    re: /(?:[Cc]ookie["']?\s{0,3}(?:,\s{0,3}["']value["']\s{0,3}:|[:=])|\bcurl\b[^\n]{0,300}?[ \t](?:-b|--cookie))[ \t]{0,3}["']?(?:[^"'\n;]{0,200};[ \t]{0,2}){0,10}[A-Za-z0-9_.-]{0,40}(?:session|sess|sid|auth-token|session-token)[A-Za-z0-9_.-]{0,20}=([A-Za-z0-9%._~+/=-]{32,4096})/g,
    keywords: ['cookie'],
    entropy: 3.5,
    severity: 'high',
    // analytics and fraud-detection cookies that merely say sid/session (__stripe_sid, _hjSession…, _ga) hold no login
    validate: (_v, m) => (/(?:^|[\s;"'=])(?:__stripe_|_hj|_ga|_gid|__cf|ajs_|mp_|_fbp|_gcl|amplitude|intercom-session|_clsk|_uet)[A-Za-z0-9_.-]{0,30}=[^=;]*$/.test(m[0]) ? { kind: 'reject' } : null),
    sample: () => `{ "name": "Cookie", "value": "_app_session=${randomFrom(B64U, 120)}" }`,
    negative: () => `{ "name": "Cookie", "value": "theme=dark; _app_session=<session>" }`,
  }),
  custom(h('hardcoded-comparison', 'Code', 'auth', 'whatever the check guards (an admin page, a webhook, an API)'), {
    title: 'Password compared with a literal',
    // the expected password or token written into the comparison itself: `secure_compare(password, "…")`,
    // `if (token === "…")`, `hmac.compare_digest(secret, "…")`
    // (anchored on the secret word, not on every identifier start: the prefilter windows then bound it)
    re: /(?:(?:password|passwd|pwd|secret|token|api_?key)[\w$]{0,20}[ \t]{0,3}(?:===?|!==?)[ \t]{0,3}|\b(?:secure_compare|timingSafeEqual|compare_digest|constant_time_compare|ConstantTimeCompare|safeEqual)\([ \t]{0,3}[\w$.]{0,60}(?:password|passwd|pwd|secret|token)[\w$.()]{0,30}[ \t]{0,3},[ \t]{0,3}(?:Buffer\.from\([ \t]{0,3}|\[\]byte\()?)["']([^"'\n]{6,200})["']/gi,
    keywords: ['password', 'passwd', 'pwd', 'secret', 'token', 'api_key', 'apikey', 'secure_compare', 'timingsafeequal', 'compare_digest', 'constant_time_compare', 'constanttimecompare', 'safeequal'],
    entropy: 2.8,
    severity: 'high',
    validate: (v) => (cliPlaceholder(v) || /^[A-Za-z]+$/.test(v) && !/[A-Z].*[A-Z]/.test(v.slice(1)) || /^(?:bearer|basic|null|undefined|string|object|function)$/i.test(v) ? { kind: 'reject' } : null),
    sample: () => `  ActiveSupport::SecurityUtils.secure_compare(password, "${randomFrom(AN, 20)}")`,
    negative: () => '  ActiveSupport::SecurityUtils.secure_compare(password, ENV.fetch("SIDEKIQ_PASSWORD"))',
  }),
  custom(h('aspnet-machine-key', 'ASP.NET', 'auth', 'forging ViewState, forms-auth cookies and anti-forgery tokens (ViewState forgery leads to code execution)'), {
    title: 'ASP.NET machine key',
    re: /\b(?:validationKey|decryptionKey)[ \t]{0,3}=[ \t]{0,3}["']([0-9A-Fa-f]{32,256})["']/g,
    keywords: ['validationkey', 'decryptionkey'],
    entropy: 3,
    severity: 'critical',
    sample: () => `<machineKey validationKey="${randomFrom('A-F0-9', 128)}" decryptionKey="${randomFrom('A-F0-9', 48)}" validation="HMACSHA256" decryption="AES" />`,
    negative: () => '<machineKey validationKey="AutoGenerate,IsolateApps" decryptionKey="AutoGenerate,IsolateApps" />',
  }),
  custom(h('pgpass-password', 'PostgreSQL', 'database', 'the PostgreSQL database as that user'), {
    title: 'Password in a .pgpass file',
    // hostname:port:database:username:password, one entry per line
    re: /(?:^|\n)[^:\n#]{1,200}:[^:\n]{1,10}:[^:\n]{1,100}:[^:\n]{1,100}:([^\n]{4,200})/g,
    keywords: [':'],
    path: /(?:^|\/)\.?pgpass(?:\.conf)?$/,
    sampleFile: '.pgpass',
    entropy: 2,
    severity: 'high',
    validate: (v, m) => {
      const [host = '', , , user = ''] = m[0].replace(/^\n/, '').split(':');
      const pw = v.trim();
      if (/^(?:\$|%|<|\{|\*$)/.test(pw)) return { kind: 'reject' };
      const defaultish = cliPlaceholder(pw) || pw === user || /^(?:postgres|password|admin|root|secret)$/i.test(pw);
      // a local server's default (postgres:postgres on localhost) is the image's default, not a leak
      if (/^(?:localhost|127\.0\.0\.1|::1|\*)$/.test(host)) return defaultish ? { kind: 'reject' } : { kind: 'test', severity: 'low', note: 'local development database' };
      // for a remote server a committed .pgpass is a credential store: even a placeholder-like password there is
      // in use on some server, so it is a low warning to confirm, not silence
      return defaultish ? { kind: 'unverified', severity: 'low', note: '.pgpass committed; its password reads like a placeholder or a default: confirm it and remove the file' } : null;
    },
    sample: () => `db.prod.example.dev:5432:*:app_admin:${randomFrom(AN, 20)}`,
    negative: () => 'db.prod.example.dev:5432:*:app_admin:<password>',
  }),
  custom(h('git-credentials', 'Git', 'vcs', 'the Git host (GitHub, GitLab, Bitbucket, a company server) as that user: every repository it can reach'), {
    title: 'Password or token in a .git-credentials file',
    // git's credential store: one `https://user:token@host` per line, user and password not always escaped
    // (`https://me@corp.com:p@ss@github.com`): the password runs from the first `:` after the user to the last `@`
    re: /^[ \t]{0,8}[a-z][a-z0-9+.-]{1,20}:\/\/[^:\s/]{1,200}:([^\s]{1,300})@[^@\s/]{1,200}\/?[ \t]{0,8}$/gm,
    keywords: [],
    path: /(?:^|\/)\.?git-credentials$/,
    sampleFile: '.git-credentials',
    entropy: 0,
    severity: 'high',
    validate: (v) => (/^(?:\$|%24|%7B|\{|<)/i.test(v) ? { kind: 'reject' } : cliPlaceholder(v) ? { kind: 'unverified', severity: 'low', note: 'credential store committed; its password reads like a placeholder: confirm it and remove the file' } : null),
    sample: () => `https://ci-bot%40example.dev:${randomFrom(AN, 14)}!@git.example.dev`,
    negative: () => 'https://ci-bot@github.com',
  }),
  custom(h('password-hash-file', 'System', 'auth', 'offline cracking of the accounts (weak passwords fall in minutes), then logging in as them'), {
    title: 'Password hash in an htpasswd, shadow or FTP password file',
    // `user:hash…` lines of .htpasswd (apr1, bcrypt, {SHA}), /etc/shadow and FTP servers' passwd files (crypt $1$/$5$/$6$,
    // yescrypt $y$): the hashes are not the passwords, but anyone with the file can try a dictionary against them offline
    re: /^[^:\s#]{1,64}:(\$(?:apr1|1|2[abxy]?|5|6|y|7|gy|argon2(?:i|d|id))\$[^:\s]{8,300}|\{(?:SHA|SSHA|SHA256|SSHA256|SHA512|SSHA512|MD5|SMD5)\}[A-Za-z0-9+/=]{8,200})(?=:|[ \t]{0,8}$)/gm,
    keywords: [],
    path: /(?:^|\/)(?:[\w.-]*\.?htpasswd|shadow|gshadow|proftpdpasswd|ftpd\.passwd|pure-ftpd\.passwd|ftpusers\.passwd|vsftpd[\w.-]*\.passwd|users\.passwd)$/,
    sampleFile: 'etc/shadow',
    entropy: 2.5,
    severity: 'medium',
    allowRuns: true,
    // a web server's basic-auth file (.htpasswd) is deployed with the site config by design: its hashes are listed
    // at info with the advice, not counted as a leak; a copied system or FTP account database is
    validate: (_v, _m, file = '') => (/htpasswd$/.test(file) ? { kind: 'public', severity: 'info', note: "web server basic-auth hashes: deployable by design, but weak passwords crack offline — keep the file out of public repositories and use strong passwords" } : null),
    sample: () => `admin:$apr1$${randomFrom(AN, 8)}$${randomFrom(AN, 22)}`,
    negative: () => 'admin:*:17431:0:99999:7:::',
  }),
  custom(h('mail-client-password', 'Mail client', 'email', 'the mailbox and SMTP relay: reading mail, sending as the account'), {
    title: 'Password in a mail client configuration (esmtp, msmtp, fetchmail, mutt, mbsync, offlineimap)',
    // `password "…"` (esmtprc, msmtprc, fetchmailrc), `set smtp_pass = "…"` / `imap_pass` (mutt), `Pass …`
    // (mbsync), `remotepass = …` (offlineimap); `passwordeval` / `PassCmd` run a command and are not secrets
    re: /(?:^|[ \t])(?:password|pass|passwd|smtp_pass|imap_pass|pop_pass|remotepass)(?![\w-])[ \t]{0,8}=?[ \t]{0,8}["']?([^\s"'#]{3,200})/gim,
    keywords: [],
    path: /(?:^|\/)\.?(?:esmtprc|msmtprc|fetchmailrc|muttrc|neomuttrc|mbsyncrc|isyncrc|offlineimaprc)$/,
    sampleFile: '.msmtprc',
    entropy: 0,
    severity: 'high',
    validate: (v) => (/^(?:\$|`|<|\{)/.test(v) ? { kind: 'reject' } : cliPlaceholder(v) ? { kind: 'unverified', severity: 'low', note: 'mail client configuration committed; its password reads like a placeholder: confirm it and remove the file' } : null),
    sample: () => `account default\nhost smtp.example.dev\nuser ops@example.dev\npassword "${randomFrom(AN, 18)}"`,
    negative: () => 'account default\nhost smtp.example.dev\nuser ops@example.dev\npasswordeval "pass show mail/ops"',
  }),
  custom(h('filezilla-password', 'FileZilla', 'auth', 'the FTP/SFTP server as that user: the site files and whatever the account can write'), {
    title: 'Saved password in a FileZilla site manager or recent-servers file',
    // `<Pass>…</Pass>` (old versions, plain) and `<Pass encoding="base64">…</Pass>` (base64 is an encoding, not
    // encryption); `<Pass encoding="crypt">` is protected by a master password and not reported
    re: /<Pass(?:[ \t]{1,8}encoding="(?:base64|plain)")?[ \t]{0,8}>([^<\n]{2,500})<\/Pass>/g,
    keywords: ['<pass'],
    entropy: 0,
    severity: 'high',
    validate: (v, m) => {
      const plain = /encoding="base64"/.test(m[0]) ? Buffer.from(v, 'base64').toString('utf8').trim() : v;
      if (!plain || /[^\x20-\x7e]/.test(plain)) return { kind: 'reject' };
      return cliPlaceholder(plain) ? { kind: 'unverified', severity: 'low', note: 'FileZilla password that reads like a placeholder: confirm it and remove the file' } : null;
    },
    sample: () => `<Server><Host>ftp.example.dev</Host><User>deploy</User><Pass encoding="base64">${Buffer.from(randomFrom(AN, 16)).toString('base64')}</Pass></Server>`,
    negative: () => '<Server><Host>ftp.example.dev</Host><User>deploy</User><Pass encoding="crypt" pubkey="ABC">ZGVhZGJlZWY=</Pass></Server>',
  }),
  custom(h('browser-saved-password', 'Browser', 'auth', "every site the browser profile saved a login for, once the profile's key database (key4.db) is at hand"), {
    title: "Saved logins of a browser profile (Firefox logins.json)",
    // encrypted with the profile's key4.db; committed together (as a copied profile usually is) they decrypt offline
    re: /"encryptedPassword"[ \t]{0,8}:[ \t]{0,8}"([A-Za-z0-9+/=]{24,2000})"/g,
    keywords: ['encryptedpassword'],
    entropy: 3,
    severity: 'medium',
    allowRuns: true,
    sample: () => `{"logins":[{"hostname":"https://admin.example.dev","encryptedUsername":"${Buffer.from(randomFrom(AN, 60)).toString('base64')}","encryptedPassword":"${Buffer.from(randomFrom(AN, 60)).toString('base64')}"}]}`,
    negative: () => '{"logins":[{"hostname":"https://admin.example.dev","encryptedPassword":""}]}',
  }),
  custom(h('gradle-signing-password', 'Gradle', 'key', 'signing app releases as the publisher (with the keystore): updates users install as genuine'), {
    title: 'Keystore password in a Gradle build script',
    // Groovy DSL calls without `=`: `storePassword "…"`, `keyPassword '…'` in signingConfigs, `password "…"` in a
    // repository's credentials block (the Kotlin DSL's `storePassword = "…"` is read by the generic detector)
    re: /(?:^|[ \t{])(?:storePassword|keyPassword|password)[ \t]{1,8}["']([^"'\n$]{4,200})["']/gm,
    keywords: ['password'],
    path: /\.gradle$/,
    sampleFile: 'app/build.gradle',
    entropy: 2,
    severity: 'high',
    validate: (v) => (cliPlaceholder(v) ? { kind: 'reject' } : null),
    sample: () => `    release {\n        storeFile file("release.jks")\n        storePassword "${randomFrom(AN, 16)}"\n    }`,
    negative: () => '    release {\n        storePassword System.getenv("STORE_PASSWORD")\n    }',
  }),
  custom(h('kafka-jaas-user-password', 'Kafka', 'auth', 'the Kafka cluster as that user: producing and consuming on its topics'), {
    title: 'User password in a Kafka JAAS configuration',
    // PlainLoginModule's `user_<name>="<password>"` entries define the broker's accounts (the module's own
    // `password=` is read by the generic detector)
    re: /\buser_[A-Za-z0-9_-]{1,64}[ \t]{0,3}=[ \t]{0,3}"([^"\n]{4,200})"/g,
    keywords: ['user_'],
    entropy: 2,
    severity: 'high',
    validate: (v, m) => (!/LoginModule/.test(m.input) || cliPlaceholder(v) || /^\$\{/.test(v) ? { kind: 'reject' } : null),
    sample: () => `KafkaServer {\n  org.apache.kafka.common.security.plain.PlainLoginModule required\n  username="admin"\n  password="\${ADMIN_PW}"\n  user_connector="${randomFrom(AN, 18)}";\n};`,
    negative: () => 'KafkaServer {\n  org.apache.kafka.common.security.plain.PlainLoginModule required\n  user_connector="${file:/etc/kafka/secrets.properties:connector}";\n};',
  }),
  custom(h('openvpn-static-key', 'OpenVPN', 'key', 'joining or decrypting the VPN tunnel (tls-auth / tls-crypt / a static-key tunnel)'), {
    title: 'OpenVPN static key',
    // the 2048-bit key of `--tls-auth`, `--tls-crypt` or a static-key tunnel, inline in a .ovpn or in ta.key
    re: /(-----BEGIN OpenVPN Static key V1-----[ \t]{0,8}\r?\n(?:[0-9a-f]{32}\r?\n){8,16})/g,
    keywords: ['openvpn static key'],
    entropy: 3,
    severity: 'critical',
    allowRuns: true,
    sample: () => `<tls-auth>\n-----BEGIN OpenVPN Static key V1-----\n${Array.from({ length: 16 }, () => randomFrom(HEX, 32)).join('\n')}\n-----END OpenVPN Static key V1-----\n</tls-auth>`,
    negative: () => 'tls-auth ta.key 1\n# -----BEGIN OpenVPN Static key V1----- goes in ta.key, never here',
  }),
  custom(h('plain-password-file', 'System', 'auth', 'the service that reads the file (an MQTT broker, a proxy) as each listed user'), {
    title: 'Plain-text passwords in a password file (Mosquitto and similar)',
    // `user:password` lines of a password file before it is hashed (mosquitto_passwd -U rewrites them as $7$…);
    // /etc/passwd has seven fields and hashed files carry crypt hashes: neither is reported here
    re: /^[A-Za-z0-9_.@-]{1,64}:([^:\s]{4,200})[ \t]{0,8}$/gm,
    keywords: [],
    path: /(?:^|\/)(?:passwd|pwfile|password_file|passwordfile|passwords)(?:\.txt|\.conf)?$|(?:^|\/)mosquitto[\w.-]{0,40}\/[\w.-]{0,40}passw[\w.-]{0,40}$/,
    sampleFile: 'mosquitto/passwd',
    entropy: 2,
    severity: 'high',
    validate: (v) => (/^(?:\$[\w-]{1,12}\$|\{[A-Z0-9]{2,10}\}|[x*!]$)/.test(v) || cliPlaceholder(v) ? { kind: 'reject' } : null),
    sample: () => `connector:${randomFrom(AN, 20)}\nnodered:${randomFrom(AN, 16)}`,
    negative: () => `connector:$7$101$${randomFrom(B64, 16)}$${randomFrom(B64, 86)}==`,
  }),
  custom(h('confluent-basic-auth-user-info', 'Confluent', 'saas', 'the Schema Registry (or Connect REST API) as that API key'), {
    title: 'Schema Registry basic auth user info (key:secret)',
    // Kafka clients' and Connect's `basic.auth.user.info=<key>:<secret>` (Confluent Cloud Schema Registry)
    re: /basic[._]auth[._]user[._]info["']?[ \t]{0,3}[=:][ \t]{0,3}["']?[A-Za-z0-9_.@-]{4,64}:([A-Za-z0-9+/=_.-]{8,200})/gi,
    keywords: ['basic.auth.user.info', 'basic_auth_user_info'],
    entropy: 3,
    severity: 'high',
    validate: (v) => (cliPlaceholder(v) || /^\$\{/.test(v) ? { kind: 'reject' } : null),
    sample: () => `value.converter.basic.auth.user.info=${randomFrom('A-Z0-9', 16)}:${randomFrom(B64, 64)}`,
    negative: () => 'value.converter.basic.auth.user.info=${SR_KEY}:${SR_SECRET}',
  }),
  custom(h('aspnet-signing-key-file', 'ASP.NET', 'key', 'signing tokens as the identity server (every client trusts them) or decrypting cookies and protected data'), {
    title: 'Unprotected signing or data-protection key of an ASP.NET app',
    // Duende IdentityServer's automatic key management file (`"DataProtected": false` keeps `Data` in clear) and an
    // ASP.NET Core data-protection key ring entry written unencrypted (`<masterKey …><value>…</value>`)
    re: /(?:"Data"[ \t]{0,3}:[ \t]{0,3}"(?=[A-Za-z0-9+/=]{100,20000}"[^{}]{0,200}"DataProtected"[ \t]{0,3}:[ \t]{0,3}false)|<masterKey\b[^>]{0,300}>\s{0,200}(?:<!--[^>]{0,300}-->\s{0,200})?<value>)([A-Za-z0-9+/=]{40,20000})/g,
    keywords: ['dataprotected', '<masterkey'],
    entropy: 4,
    severity: 'critical',
    allowRuns: true,
    sample: () => `{"Version":1,"Id":"${randomFrom(HEX, 32)}","Algorithm":"RS256","IsX509Certificate":false,"Data":"${randomFrom(B64, 400)}","DataProtected":false}`,
    negative: () => `{"Version":1,"Id":"${randomFrom(HEX, 32)}","Algorithm":"RS256","IsX509Certificate":false,"Data":"CfDJ8${randomFrom(B64, 400)}","DataProtected":true}`,
  }),
  custom(h('k3s-token', 'k3s', 'cloud', 'joining the cluster as a server or agent node: every workload and secret in it'), {
    title: 'k3s cluster token',
    // the secure format K10<sha256 of the cluster CA>::<user>:<password> (server/node tokens)
    re: /\b(K10[0-9a-f]{64}::[a-z0-9_-]{1,32}:[A-Za-z0-9]{16,64})\b/g,
    keywords: ['k10'],
    entropy: 3,
    severity: 'critical',
    sample: () => `token: K10${randomFrom(HEX, 64)}::server:${randomFrom(HEX, 32)}`,
    negative: () => 'token: K10<ca-hash>::server:<password>',
  }),
  custom(h('perforce-ticket', 'Perforce', 'vcs', 'the Perforce depot as that user until the ticket expires: every file and changelist it can reach'), {
    title: 'Perforce login ticket (.p4tickets)',
    // `host:port=user:TICKET` lines that `p4 login` writes (ssl: prefix for SSL servers)
    re: /^[^=\s]{1,200}=[^:\s]{1,64}:([0-9A-F]{32})[ \t]{0,8}$/gm,
    keywords: [],
    path: /(?:^|\/)\.?p4tickets(?:\.txt)?$/,
    sampleFile: '.p4tickets',
    entropy: 3,
    severity: 'high',
    sample: () => `perforce.example.dev:1666=build:${randomFrom('A-F0-9', 32)}`,
    negative: () => 'perforce.example.dev:1666=build:<ticket>',
  }),
  custom(h('jwk-private-key', 'JWK', 'key', 'signing tokens (or decrypting) as the key\'s owner: every service that trusts its public half'), {
    title: 'Private key as a JSON Web Key',
    // a JWK with its private member: EC/OKP `d`, RSA `d` (with `p`, `q`…); a public JWK has only x/y/n/e
    re: /\{[^{}]{0,2000}?"kty"[ \t]{0,3}:[ \t]{0,3}"(?:EC|RSA|OKP)"[^{}]{0,4000}?\}/g,
    group: 0,
    keywords: ['"kty"'],
    entropy: 3,
    severity: 'critical',
    allowRuns: true,
    validate: (v) => {
      const d = /"d"[ \t]{0,3}:[ \t]{0,3}"([A-Za-z0-9_-]{32,})"/.exec(v);
      return d && !/x{6,}|example|placeholder/i.test(d[1]!) ? null : { kind: 'reject' };
    },
    sample: () => `{"kty":"EC","crv":"P-256","x":"${randomFrom(AN, 43)}","y":"${randomFrom(AN, 43)}","d":"${randomFrom(AN, 43)}","kid":"k1"}`,
    negative: () => `{"kty":"EC","crv":"P-256","x":"${randomFrom(AN, 43)}","y":"${randomFrom(AN, 43)}","kid":"k1"}`,
  }),
  custom(h('mediawiki-secret-key', 'MediaWiki', 'auth', 'forging MediaWiki session and CSRF tokens ($wgSecretKey) or running the web upgrader ($wgUpgradeKey)'), {
    title: 'MediaWiki secret or upgrade key',
    re: /\$wg(?:SecretKey|UpgradeKey)[ \t]{0,8}=[ \t]{0,8}["']([0-9a-f]{16,128})["']/g,
    keywords: ['$wgsecretkey', '$wgupgradekey'],
    entropy: 2.8,
    severity: 'high',
    sample: () => `$wgSecretKey = "${randomFrom(HEX, 64)}";`,
    negative: () => '$wgSecretKey = getenv("MW_SECRET_KEY");',
  }),
  custom(h('schemeless-dsn-password', 'Database', 'database', 'the database as that user'), {
    title: 'Password in a connection address without a scheme',
    // `user:password@host:port/db` as Nakama, CockroachDB and some ORMs take it (no `postgres://` in front)
    re: /(?<![\w/:@.-])[A-Za-z_][\w.-]{0,63}:([^\s:@"'/`]{4,200})@(?:[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,6}|\d{1,3}(?:\.\d{1,3}){3}):\d{2,5}\/[\w.-]{1,64}(?![\w/])/g,
    keywords: ['@'],
    // config and scripts, where such addresses are written (in source code a DSN carries its scheme)
    path: /\.(?:ya?ml|toml|json|ini|conf|cfg|env|properties|xml|sh|txt|tf|hcl)$|(?:^|\/)(?:\.env[\w.-]*|Dockerfile[\w.-]*|Procfile)$/i,
    sampleFile: 'server/local.yml',
    entropy: 2.5,
    severity: 'high',
    // (a compose service or localhost with a word for a password, `nakama:localdev@postgres:5432`: the local default)
    validate: (v, m) => (cliPlaceholder(v) || /^(?:\$|%|<|\{)/.test(v) || (/@(?:localhost|127\.0\.0\.1|postgres|db|database|mysql|mariadb|cockroach|redis)[:/]/.test(m[0]) && !/\d/.test(v)) ? { kind: 'reject' } : null),
    sample: () => `    - "nakama:${randomFrom(AN, 16)}@10.20.0.5:5432/nakama"`,
    negative: () => '    - "nakama:${DB_PASSWORD}@10.20.0.5:5432/nakama"',
  }),
  custom(h('redis-auth-command', 'Redis', 'database', 'the Redis server: every key, and often the sessions and queues it holds'), {
    title: 'Password in a Redis AUTH command',
    // `AUTH <password>` / `AUTH <user> <password>` in a log, a redis-cli script or a monitor dump
    // (the command in upper case, as logs and MONITOR dumps write it: "redis auth failing" is a sentence)
    re: /\b(?:redis|Redis|REDIS)\b[^\n]{0,120}?\bAUTH[ \t]{1,3}(?:[\w.@-]{1,64}[ \t]{1,3}(?=\S{6}))?([^\s"'>]{6,200})/g,
    keywords: ['auth'],
    entropy: 2.5,
    severity: 'high',
    validate: (v) => (cliPlaceholder(v) || /^(?:\$|%|<|\{|\*+$|\[)/.test(v) || /^(?:ok|err|required|failed|error)/i.test(v) || !/\d/.test(v) ? { kind: 'reject' } : null),
    sample: () => `2024-03-27T19:05:02Z DEBUG redis      AUTH ${randomFrom(AN, 20)}7 -> OK`,
    negative: () => '2024-03-27T19:05:02Z DEBUG redis      AUTH ******** -> OK',
  }),
  custom(h('onfido-api-token', 'Onfido', 'saas', 'identity documents, selfies and reports of every applicant the account has checked'), {
    title: 'Onfido API token',
    // `api_live.<11>.<32>` (regional `api_live_us.` / `api_live_ca.`); sandbox tokens are test mode
    re: /\b(api_(?:live|sandbox)(?:_[a-z]{2})?\.[A-Za-z0-9_-]{11}\.[A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])/g,
    keywords: ['api_live', 'api_sandbox'],
    entropy: 3.5,
    severity: 'critical',
    validate: (v) => (v.startsWith('api_sandbox') ? { kind: 'test', severity: 'low', note: 'Onfido sandbox token' } : null),
    sample: () => `ONFIDO_API_TOKEN=api_live.${randomFrom(AN, 11)}.${randomFrom(AN, 32)}`,
    negative: () => 'ONFIDO_API_TOKEN=api_live.<token>',
  }),
  custom(h('ttn-api-key', 'The Things Network', 'saas', 'the TTN/The Things Stack application or gateway: devices, uplinks, downlinks'), {
    title: 'The Things Network (The Things Stack) API key',
    re: /\b(NNSXS\.[A-Z0-9]{39}\.[A-Z0-9]{52})\b/g,
    keywords: ['nnsxs.'],
    entropy: 3.5,
    severity: 'high',
    sample: () => `TTN_API_KEY=NNSXS.${randomFrom('A-Z0-9', 39)}.${randomFrom('A-Z0-9', 52)}`,
    negative: () => 'TTN_API_KEY=NNSXS.<key>',
  }),
  custom(h('svn-auth-cache', 'Subversion', 'vcs', 'the Subversion server as that user'), {
    title: 'Password in a Subversion credential cache (svn.simple)',
    re: /(?:^|\n)K 8\r?\npassword\r?\nV \d{1,4}\r?\n([^\r\n]{1,300})/g,
    keywords: [],
    path: /(?:^|\/)svn\.simple\/[0-9a-f]{32}$/,
    sampleFile: '.subversion/auth/svn.simple/3f1b9c2e6d4a4f8e9b0c2a7d5e1f8c43',
    entropy: 1.5,
    severity: 'high',
    sample: () => `K 8\npasstype\nV 6\nsimple\nK 8\npassword\nV 14\n${randomFrom(AN, 14)}\nK 8\nusername\nV 5\nklaus\nEND\n`,
    negative: () => 'K 8\npasstype\nV 8\nkeychain\nK 8\nusername\nV 5\nklaus\nEND\n',
  }),
  custom(h('c-byte-array-key', 'Firmware', 'key', 'the devices or network the key belongs to (LoRaWAN sessions, device encryption, message signing)'), {
    title: 'Key as a C byte array (LoRaWAN AppKey/NwkSKey/AppSKey, firmware keys)',
    // `static const u1_t PROGMEM APPKEY[16] = { 0x2B, 0x7E, … }`, `#define LORAWAN_NWK_S_KEY { 0x… }`: 16 or 32 bytes
    // under a key or secret name (DevEUI/JoinEUI are identifiers and are not matched)
    re: /\b[A-Za-z_]{0,40}(?:KEY|Key|key|SECRET|Secret|secret|PSK|Psk)[A-Za-z0-9_]{0,20}(?:\[[ \t]{0,3}\w{0,10}[ \t]{0,3}\])?[ \t]{0,16}=?[ \t]{0,3}\{?[ \t]{0,3}((?:0[xX][0-9A-Fa-f]{2}[ \t]{0,3},[ \t\r\n]{0,40}){15}(?:(?:0[xX][0-9A-Fa-f]{2}[ \t]{0,3},[ \t\r\n]{0,40}){16})?0[xX][0-9A-Fa-f]{2}|(?:[0-9A-Fa-f]{2},[ \t]{0,2}){15}[0-9A-Fa-f]{2}(?![0-9A-Fa-f,]))/g,
    keywords: ['0x', ','],
    path: /\.(?:c|h|cc|cpp|hpp|ino|cxx|hxx)$/i,
    sampleFile: 'firmware/lora_keys.h',
    entropy: 3,
    severity: 'high',
    allowRuns: true,
    validate: (v, m) => {
      const bytes = (v.match(/0[xX][0-9A-Fa-f]{2}/g) ?? v.match(/[0-9A-Fa-f]{2}/g)!).map((b) => b.slice(-2).toLowerCase());
      // all zero, a counting sequence (a template's blank), or the FIPS-197 / RFC 4493 test key every AES-CMAC test
      // vector uses (2b7e1516 28aed2a6 abf71588 09cf4f3c)
      if (new Set(bytes).size < 6 || bytes.every((b, i) => i === 0 || parseInt(b, 16) === (parseInt(bytes[i - 1]!, 16) + 1) % 256) || bytes.join('') === '2b7e151628aed2a6abf7158809cf4f3c') return { kind: 'reject' };
      void m;
      return null;
    },
    sample: () => `static const u1_t PROGMEM APPKEY[16] = { ${Array.from({ length: 16 }, () => `0x${randomFrom('0-9A-F', 2)}`).join(', ')} };`,
    negative: () => `static const u1_t PROGMEM APPKEY[16] = { ${Array.from({ length: 16 }, () => '0x00').join(', ')} };`,
  }),
  custom(h('paypal-classic-api-signature', 'PayPal', 'payment', 'PayPal Classic/NVP API calls as the merchant: refunds, payouts, transaction history'), {
    title: 'PayPal Classic (NVP/SOAP) API signature',
    // the third part of Classic API credentials (user, password, signature): 56 characters, letters, digits, `.` `-`
    re: /signature["']?\]?[ \t]{0,16}(?:=>|[:=,])[ \t]{0,8}["']?([A-Za-z0-9][A-Za-z0-9.-]{50,60}[A-Za-z0-9])["']?/gi,
    keywords: ['signature'],
    entropy: 4,
    severity: 'critical',
    validate: (v, m) => (/paypal|nvp|api_?sign|pp_/i.test(m.input.slice(Math.max(0, m.index - 200), m.index + m[0].length)) && /\./.test(v) && /[A-Z]/.test(v) && /[a-z]/.test(v) ? (/sandbox/i.test(m[0]) ? { kind: 'test', severity: 'low', note: 'PayPal sandbox signature' } : null) : { kind: 'reject' }),
    sample: () => `$config['paypal_api_signature'] = '${randomFrom(AN, 28)}.${randomFrom(AN, 27)}';`,
    negative: () => "$config['paypal_api_signature'] = getenv('PAYPAL_SIGNATURE');",
  }),
  custom(h('drupal-hash-salt', 'Drupal', 'auth', 'forging one-time login links and form tokens of the Drupal site'), {
    title: 'Drupal hash salt',
    re: /\$settings\[[ \t]{0,3}['"]hash_salt['"][ \t]{0,3}\][ \t]{0,8}=[ \t]{0,8}['"]([A-Za-z0-9_-]{40,100})['"]/g,
    keywords: ['hash_salt'],
    entropy: 4,
    severity: 'high',
    sample: () => `$settings['hash_salt'] = '${randomFrom(AN + '_-', 74)}';`,
    negative: () => "$settings['hash_salt'] = file_get_contents('/var/private/salt.txt');",
  }),
  custom(h('magento-crypt-key', 'Magento', 'key', 'decrypting every value Magento stores encrypted (payment and API credentials in core_config_data)'), {
    title: 'Magento encryption key (app/etc/env.php)',
    re: /['"]crypt['"][ \t]{0,3}=>[ \t]{0,3}(?:\[|array\()\s{0,40}['"]key['"][ \t]{0,3}=>[ \t]{0,3}['"]([0-9a-zA-Z:_]{32,200})['"]/g,
    keywords: ['crypt'],
    entropy: 3,
    severity: 'critical',
    sample: () => `    'crypt' => [\n        'key' => '${randomFrom(HEX, 32)}'\n    ],`,
    negative: () => `    'crypt' => [\n        'key' => getenv('MAGENTO_CRYPT_KEY')\n    ],`,
  }),
  custom(h('netlify-basic-auth', 'Netlify', 'auth', 'the password-protected pages of the site'), {
    title: 'Password in a Netlify _headers Basic-Auth rule',
    // `Basic-Auth: user:pass user2:pass2` in a _headers file (or netlify.toml's headers)
    re: /Basic-Auth[ \t]{0,3}[:=][ \t]{0,3}["']?(?:[^\s:"']{1,64}:[^\s"']{1,200}[ \t]{1,3}){0,8}[^\s:"']{1,64}:([^\s"']{4,200})/g,
    keywords: ['basic-auth'],
    entropy: 2,
    severity: 'high',
    validate: (v) => (cliPlaceholder(v) ? { kind: 'reject' } : null),
    sample: () => `/preview/*\n  Basic-Auth: ronce:${randomFrom(AN, 16)}`,
    negative: () => '/preview/*\n  Basic-Auth: ronce:<password>',
  }),
  custom(h('hardcoded-equals', 'Code', 'auth', 'the account or endpoint the comparison guards (a backdoor login, a shared admin password)'), {
    title: 'Literal compared to a password with equals() (Java/Kotlin)',
    // `"…".equals(password)` / `"…".equalsIgnoreCase(secret)`: the literal is the accepted password (a separate rule
    // from hardcoded-comparison so that both keep their keyword windows)
    re: /"([^"\n]{6,200})"\.equals(?:IgnoreCase)?\([ \t]{0,3}(?:password|passwd|pwd|secret|token)\w{0,20}[ \t]{0,3}\)/gi,
    keywords: ['.equals'],
    entropy: 2.3,
    severity: 'high',
    // (`"if_you_see_this_please_use_k8s".equals(secret)`: a sentence, the app's own placeholder)
    validate: (v) => (cliPlaceholder(v) || (v.match(/(?:^|[_\s-])(?:if|you|your|the|this|that|is|and|to|of|not|use|please|here|see)(?=[_\s-]|$)/gi)?.length ?? 0) >= 2 ? { kind: 'reject' } : null),
    sample: () => `        if ("support".equals(username) && "${randomFrom(AN, 12)}.7".equals(password)) {`,
    negative: () => '        if (stored.equals(password)) {',
  }),
  custom(h('windows-unattend-password', 'Windows', 'auth', 'the local administrator (or auto-logon account) of every machine installed with this answer file'), {
    title: 'Password in a Windows answer file (unattend.xml)',
    // <AdministratorPassword>/<Password> (AutoLogon, LocalAccount) <Value>…</Value>: plain, or base64 of UTF-16LE
    // password + "Password"/"AdministratorPassword" (an encoding anyone can undo)
    re: /<(?:AdministratorPassword|Password)>\s{0,40}<Value>([^<\n]{1,300})<\/Value>/g,
    keywords: ['<value>'],
    path: /(?:^|\/)(?:auto)?unattend[\w.-]*\.xml$|(?:^|\/)sysprep[\w.-]*\.xml$/i,
    sampleFile: 'deploy/unattend.xml',
    entropy: 1.5,
    severity: 'high',
    validate: (v) => {
      if (cliPlaceholder(v) || /^\*+$/.test(v)) return { kind: 'reject' };
      const decoded = /^[A-Za-z0-9+/]{8,}={0,2}$/.test(v) ? Buffer.from(v, 'base64').toString('utf16le') : '';
      return decoded && /(?:Administrator)?Password$/.test(decoded) && decoded.replace(/(?:Administrator)?Password$/, '').length === 0 ? { kind: 'reject' } : null;
    },
    sample: () => `<AdministratorPassword>\n  <Value>${randomFrom(AN, 12)}!</Value>\n  <PlainText>true</PlainText>\n</AdministratorPassword>`,
    negative: () => '<AdministratorPassword>\n  <Value>*SENSITIVE*DATA*DELETED*</Value>\n</AdministratorPassword>',
  }),
  custom(h('s3-url-credentials', 'S3', 'cloud', 'the bucket and every object the key pair can reach'), {
    title: 'S3 key pair in a URL (s3://id:secret@host)',
    // Litestream, rclone and restic take `s3://<access key id>:<secret>@host/bucket`; the secret may hold `/` and `+`
    re: /\bs3(?:\+https?)?:\/\/[A-Z0-9]{16,40}:([A-Za-z0-9/+=]{20,80})@[A-Za-z0-9.-]{3,200}/g,
    keywords: ['s3://', 's3+http'],
    entropy: 3.5,
    severity: 'critical',
    sample: () => `url: s3://${randomFrom('A-Z0-9', 20)}:${randomFrom(B64, 40)}@bucket.example-storage.com/prod`,
    negative: () => 'url: s3://${LITESTREAM_ACCESS_KEY_ID}:${LITESTREAM_SECRET}@bucket.example-storage.com/prod',
  }),
  custom(h('bitlocker-recovery-key', 'Windows', 'key', 'unlocking the BitLocker-encrypted drive without its PIN or TPM'), {
    title: 'BitLocker recovery password',
    // eight groups of six digits (each group a multiple of 11); the all-zero documentation example is not one
    re: /(?<![\d-])(\d{6}(?:-\d{6}){7})(?![\d-])/g,
    keywords: ['-'],
    entropy: 2.5,
    severity: 'high',
    validate: (v) => (v.split('-').every((g) => Number(g) % 11 === 0) && !/^0{6}(?:-0{6}){7}$/.test(v) ? null : { kind: 'reject' }),
    sample: () => `Recovery key: ${Array.from({ length: 8 }, () => String(11 * (1 + Math.floor(Math.random() * 60000))).padStart(6, '0')).join('-')}`,
    negative: () => 'Recovery key: 000000-000000-000000-000000-000000-000000-000000-000000',
  }),
  custom(h('pin-setting', 'Generic', 'auth', 'the certificate, SIM, bank access or device the PIN unlocks (ELSTER, FinTS/HBCI, smart cards)'), {
    title: 'PIN in a setting',
    // a setting named for a PIN (`ELSTER_PFX_PIN=…`, `FINTS_PIN=…`, `pfx_pin = "…"`, `PfxPIN: "…"`): digits, or a
    // passphrase-like value; lengths, counts and `pinned` names are not PINs
    re: /(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]{0,20}(?:_[A-Za-z0-9]{1,20}){0,4}(?:_(?:PIN|pin|Pin)|[a-z0-9](?:PIN|Pin))["']?[ \t]{0,3}(?:=|:)[ \t]{0,3}["']?([0-9]{4,12}|[A-Za-z0-9!@#%^&*._+-]{8,64})["']?(?=[\s,;)}]|$)/g,
    keywords: ['pin'],
    entropy: 0.9,
    severity: 'high',
    validate: (v) => {
      if (cliPlaceholder(v) || /^(\d)\1+$/.test(v) || /^(?:1234|12345|123456|1234567|12345678|0000|00000|000000)$/.test(v)) return { kind: 'reject' };
      // a word or a number that reads as a count (length 4, 6) is not a PIN; a digit string of 4-12 or a mixed value is
      return /^\d+$/.test(v) || (/\d/.test(v) && /[A-Za-z]/.test(v)) ? null : { kind: 'reject' };
    },
    sample: () => `Environment=FINTS_PIN=${String(10000 + Math.floor(Math.random() * 89999))}`,
    negative: () => 'PIN_LENGTH=6\nSIM_PIN=${SIM_PIN}',
  }),
  custom(h('rails-master-key', 'Rails', 'key', 'decrypting config/credentials.yml.enc: every secret the Rails app holds'), {
    title: 'Rails master key',
    // 32 hex characters alone in config/master.key (or config/credentials/<env>.key): known by its path only
    re: /^[ \t]{0,8}([0-9a-f]{32})[ \t\r\n]{0,8}$/g,
    keywords: [],
    path: /(?:^|\/)config\/(?:master|credentials\/[\w-]{1,40})\.key$/,
    sampleFile: 'config/master.key',
    entropy: 3,
    severity: 'critical',
    sample: () => `${randomFrom(HEX, 32)}\n`,
    negative: () => 'RAILS_MASTER_KEY\n',
  }),
  kv(h('azure-devops-pat', 'Azure DevOps', 'ci', 'repositories, pipelines, artifacts feeds of the organisation, as the user'), ['azure_devops', 'azuredevops', 'azdo', 'ado_pat', 'devops_pat', 'vsts', 'feed_pat', 'system_pat', '_pat'], [['a-z2-7', 52]], { title: 'Azure DevOps personal access token', entropy: 3.5 }),
  // the 84-character format (2024+) carries the AZDO signature at a fixed place
  custom(h('azure-devops-pat-84', 'Azure DevOps', 'ci', 'repositories, pipelines, artifacts feeds of the organisation, as the user'), {
    title: 'Azure DevOps personal access token',
    re: /(?<![A-Za-z0-9])([A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4})(?![A-Za-z0-9])/g,
    keywords: ['azdo'],
    entropy: 3.5,
    severity: 'high',
    sample: () => `AZURE_DEVOPS_EXT_PAT=${randomFrom(AN, 52)}JQQJ99${randomFrom(AN, 18)}AZDO${randomFrom(AN, 4)}`,
    negative: () => 'AZURE_DEVOPS_EXT_PAT=$(System.AccessToken)',
  }),
  custom(h('ably-api-key', 'Ably', 'chat', 'publishing and subscribing on every channel of the Ably app'), {
    title: 'Ably API key',
    // appId.keyId:secret
    re: /(?<![A-Za-z0-9_.-])([A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{6}:[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/g,
    keywords: ['ably'],
    entropy: 3.5,
    severity: 'high',
    sample: () => `ABLY_API_KEY=${randomFrom(AN, 6)}.${randomFrom(AN, 6)}:${randomFrom(B64U, 43)}`,
    negative: () => 'ABLY_API_KEY=appId.keyId:secret',
  }),
  custom(h('launchdarkly-sdk-key', 'LaunchDarkly', 'observability', 'reading every flag and its targeting rules, server side'), {
    title: 'LaunchDarkly server SDK key',
    re: /(?<![A-Za-z0-9-])(sdk-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-f-])/g,
    keywords: ['sdk-'],
    entropy: 3,
    severity: 'high',
    sample: () => `LD_SDK_KEY=sdk-${randomFrom(HEX, 8)}-${randomFrom(HEX, 4)}-4${randomFrom(HEX, 3)}-a${randomFrom(HEX, 3)}-${randomFrom(HEX, 12)}`,
    negative: () => 'LD_SDK_KEY=sdk-xxxxxxxx',
  }),
  custom(h('infisical-service-token', 'Infisical', 'ci', 'the secrets of the Infisical project and environment'), {
    title: 'Infisical service token',
    re: /(?<![A-Za-z0-9.])(st\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.[0-9a-f]{32}\.[0-9a-f]{32})(?![0-9a-f])/g,
    keywords: ['st.'],
    entropy: 3,
    severity: 'high',
    sample: () => `INFISICAL_TOKEN=st.${randomFrom(HEX, 8)}-${randomFrom(HEX, 4)}-4${randomFrom(HEX, 3)}-a${randomFrom(HEX, 3)}-${randomFrom(HEX, 12)}.${randomFrom(HEX, 32)}.${randomFrom(HEX, 32)}`,
    negative: () => 'INFISICAL_TOKEN=st.abc.def',
  }),
  custom(h('intercom-access-token', 'Intercom', 'saas', 'the Intercom workspace: contacts, conversations, messages'), {
    title: 'Intercom access token',
    // base64 of `tok:<id>:1:0` (the id in several layouts), so always dG9rO…
    re: /(?<![A-Za-z0-9+/])(dG9rO[A-Za-z0-9+/]{50,90}={0,2})(?![A-Za-z0-9+/=])/g,
    keywords: ['dg9ro'],
    entropy: 3.5,
    severity: 'high',
    sample: () => `INTERCOM_TOKEN=${Buffer.from(`tok:${randomFrom(HEX, 8)}-${randomFrom(HEX, 4)}-4${randomFrom(HEX, 3)}-a${randomFrom(HEX, 3)}-${randomFrom(HEX, 12)}:1:0`).toString('base64').replace(/=+$/, '')}`,
    negative: () => 'INTERCOM_TOKEN=dG9rOnh4eA',
  }),
  custom(h('zapier-webhook-url', 'Zapier', 'saas', 'triggering the Zap with any payload'), {
    title: 'Zapier webhook URL',
    re: /(https:\/\/hooks\.zapier\.com\/hooks\/catch\/\d{4,12}\/[A-Za-z0-9]{4,12}\/?)/g,
    keywords: ['hooks.zapier.com'],
    entropy: 2,
    severity: 'medium',
    sample: () => `ZAP_URL=https://hooks.zapier.com/hooks/catch/${randomFrom('1-9', 1)}${randomFrom('0-9', 7)}/${randomFrom(LAN, 6)}/`,
    negative: () => 'ZAP_URL=https://hooks.zapier.com/hooks/catch/<id>/<hook>/',
  }),
  custom(h('make-webhook-url', 'Make', 'saas', 'triggering the Make scenario with any payload'), {
    title: 'Make (Integromat) webhook URL',
    re: /(https:\/\/hook\.(?:[a-z]{2}\d\.)?(?:make\.com|integromat\.com)\/[a-z0-9]{24,40})(?![a-z0-9])/g,
    keywords: ['make.com', 'integromat.com'],
    entropy: 3,
    severity: 'medium',
    sample: () => `MAKE_HOOK=https://hook.eu2.make.com/${randomFrom(LAN, 32)}`,
    negative: () => 'MAKE_HOOK=https://hook.eu2.make.com/<your-hook>',
  }),
  custom(h('vault-unseal-key', 'HashiCorp Vault', 'cloud', 'unsealing Vault (with the quorum of other shares): every secret it stores'), {
    title: 'Vault unseal key',
    // the output of `vault operator init`
    re: /Unseal Key \d{1,2}:[ \t]{1,3}([A-Za-z0-9+/]{43,64}={0,2})/g,
    keywords: ['unseal key'],
    entropy: 3.5,
    severity: 'critical',
    sample: () => `Unseal Key 1: ${randomFrom(B64, 44)}`,
    negative: () => 'Unseal Key 1: <unseal-key-1>',
  }),
  custom(h('consul-gossip-key', 'HashiCorp Consul', 'cloud', 'joining and reading the Consul gossip pool'), {
    title: 'Consul gossip encryption key',
    re: /\bencrypt["']?[ \t]{0,24}[=:][ \t]{0,3}["']([A-Za-z0-9+/]{43}=|[A-Za-z0-9+/]{22}==)["']/g,
    keywords: ['encrypt'],
    entropy: 3.5,
    severity: 'high',
    sample: () => `encrypt    = "${randomFrom(B64, 43)}="`,
    negative: () => 'encrypt    = "{{ consul_gossip_key }}"',
  }),
  custom(h('consul-acl-token', 'HashiCorp Consul', 'cloud', 'the Consul ACL permissions of the token'), {
    title: 'Consul ACL token',
    // acl { tokens { initial_management = "<uuid>", agent = "<uuid>" } }
    // each token of the block: the first after `tokens {`, the next after the previous token's closing quote (a
    // fixed-length lookbehind: a variable one would be tried backwards at every position of every file)
    re: /(?:\btokens[ \t]{0,3}\{|(?<=[0-9a-f]{12}"))[^}"]{0,300}?\b[a-z_]{2,40}[ \t]{0,24}=[ \t]{0,3}"([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"/g,
    keywords: ['tokens'],
    // Consul agent configuration is HCL or JSON
    path: /\.(?:hcl|json)$/i,
    sampleFile: 'consul.d/acl.hcl',
    entropy: 2.5,
    severity: 'high',
    sample: () => `acl {\n  enabled = true\n  tokens {\n    agent = "${randomFrom(HEX, 8)}-${randomFrom(HEX, 4)}-4${randomFrom(HEX, 3)}-a${randomFrom(HEX, 3)}-${randomFrom(HEX, 12)}"\n  }\n}`,
    negative: () => 'acl {\n  tokens {\n    agent = "${CONSUL_AGENT_TOKEN}"\n  }\n}',
  }),
  custom(h('haproxy-password', 'HAProxy', 'auth', 'the HAProxy stats page or the userlist it protects'), {
    title: 'Password in an HAProxy config',
    re: /\b(?:insecure-password[ \t]{1,8}|stats[ \t]{1,8}auth[ \t]{1,8}[^:\s]{1,64}:)(\S{4,200})/g,
    keywords: ['insecure-password', 'stats'],
    entropy: 2,
    severity: 'high',
    validate: (v) => (cliPlaceholder(v) ? { kind: 'reject' } : null),
    sample: () => `userlist ops\n  user oncall insecure-password ${randomFrom(AN, 16)}`,
    negative: () => 'userlist ops\n  user oncall password $6$rounds=5000$abc$def',
  }),
  custom(h('proxy-credential-header', 'HTTP', 'auth', 'the upstream API the proxy calls, as the owner of the credential'), {
    title: 'Credential in a proxy header',
    // nginx proxy_set_header / Apache RequestHeader set: a credential the proxy adds to every upstream request
    re: /\b(?:proxy_set_header|more_set_input_headers|RequestHeader[ \t]{1,8}(?:set|append))[ \t]{1,8}["']?(?:(?:[A-Za-z0-9]{1,20}-){0,3}[A-Za-z0-9]{0,20}(?:token|key|secret|apikey|Token|Key|Secret)|[Aa]uthorization)["']?:?[ \t]{1,8}["']?(?:(?:Basic|Bearer|Token)[ \t]{1,3})?([^\s"';$]{10,300})/g,
    keywords: ['proxy_set_header', 'requestheader', 'more_set_input_headers'],
    entropy: 3,
    severity: 'high',
    validate: (v) => (cliPlaceholder(v) ? { kind: 'reject' } : null),
    sample: () => `proxy_set_header X-Api-Key "${randomFrom(HEX, 40)}";`,
    negative: () => 'proxy_set_header X-Api-Key $upstream_api_key;',
  }),
  custom(h('azure-sas-token', 'Azure', 'cloud', 'the storage resources and permissions the SAS grants, until it expires'), {
    title: 'Azure shared access signature',
    re: /[?&]sv=\d{4}-\d{2}-\d{2}&[^\s"'<>]{0,300}?\bsig=([A-Za-z0-9%+/=]{40,120})/g,
    keywords: ['sig='],
    entropy: 3.5,
    severity: 'high',
    sample: () => `AZURE_STORAGE_SAS="?sv=2022-11-02&ss=b&srt=co&sp=rwl&se=2026-12-31T23:59:59Z&spr=https&sig=${encodeURIComponent(randomFrom(B64, 43) + '=')}"`,
    negative: () => 'AZURE_STORAGE_SAS="?sv=2022-11-02&ss=b&sig=<signature>"',
  }),
  custom(h('powershell-securestring', 'PowerShell', 'auth', 'the account the script signs in as'), {
    title: 'Password in ConvertTo-SecureString',
    re: /ConvertTo-SecureString[ \t]{1,8}(?:-String[ \t]{1,8})?["']([^"'\n]{4,200})["'][^\n]{0,40}?-AsPlainText/gi,
    keywords: ['convertto-securestring'],
    entropy: 2,
    severity: 'high',
    validate: (v) => (cliPlaceholder(v) || /^(?:dummy|fake|mock|test|example|sample)\w{0,10}$/i.test(v) ? { kind: 'reject' } : null),
    sample: () => `$pw = ConvertTo-SecureString "${randomFrom(AN, 16)}" -AsPlainText -Force`,
    negative: () => '$pw = ConvertTo-SecureString $env:REPORT_PASSWORD -AsPlainText -Force',
  }),
  custom(h('render-deploy-hook', 'Render', 'ci', 'deploying the Render service at will (any commit, any time)'), {
    title: 'Render deploy hook URL',
    re: /(https:\/\/api\.render\.com\/deploy\/srv-[a-z0-9]{16,32}\?key=[A-Za-z0-9_-]{8,64})/g,
    keywords: ['api.render.com/deploy'],
    entropy: 3,
    severity: 'medium',
    sample: () => `RENDER_DEPLOY_HOOK=https://api.render.com/deploy/srv-${randomFrom(LAN, 20)}?key=${randomFrom(B64U, 11)}`,
    negative: () => 'RENDER_DEPLOY_HOOK=https://api.render.com/deploy/srv-<id>?key=<key>',
  }),
  custom(h('crypto-key-literal', 'Code', 'key', 'decrypting or forging whatever the key protects (field encryption, webhook signatures)'), {
    title: 'Encryption or signing key in code',
    // key material decoded from a literal: Buffer.from('…', 'hex'|'base64'), bytes.fromhex('…'), base64.b64decode('…'),
    // hex.DecodeString("…"), Convert.FromBase64String("…"), under a name that says key/secret/iv
    re: /\b(?:[A-Za-z_$][\w$]{0,40})?(?:key|KEY|Key|secret|SECRET|Secret|iv|IV)[\w$]{0,20}[ \t]{0,3}(?::[ \t]{0,3}[\w<>[\]]{1,30})?[ \t]{0,3}[:=][ \t]{0,3}(?:await[ \t]{1,3})?(?:Buffer\.from|bytes\.fromhex|base64\.b64decode|base64\.urlsafe_b64decode|hex\.DecodeString|base64\.StdEncoding\.DecodeString|Convert\.FromBase64String|Base\.decode64!?|Base64\.(?:strict_|urlsafe_)?decode64|Base64\.(?:getDecoder\(\)\.)?decode|Hex\.decodeHex|unhexlify|a2b_hex)\([ \t]{0,3}b?["'`]([A-Za-z0-9+/=_-]{16,344})["'`]/g,
    keywords: ['buffer.from', 'fromhex', 'b64decode', 'decodestring', 'frombase64string', 'decode(', 'decodehex', 'unhexlify', 'a2b_hex', 'decode64'],
    entropy: 3,
    severity: 'high',
    sample: () => `const FIELD_KEY = Buffer.from('${randomFrom(HEX, 64)}', 'hex');`,
    negative: () => "const FIELD_KEY = Buffer.from(process.env.FIELD_KEY ?? '', 'hex');",
  }),
  custom(h('bearer-literal', 'HTTP', 'auth', 'the API the header is sent to, as the owner of the token'), {
    title: 'Bearer or Basic credential in a string literal',
    // 'Bearer <token>' / 'Basic <base64 user:pass>' written whole into code or config (a webhook's expected header,
    // a preview-deployment gate, a hard-coded client)
    // (`ApiKey <base64 id:key>` is Elasticsearch's scheme, as in a Grafana datasource's custom header)
    re: /["'`](?:Bearer|Basic|Token|ApiKey)[ \t]{1,3}([A-Za-z0-9._~+/=-]{16,500})["'`]/g,
    keywords: ['bearer', 'basic', 'token ', 'apikey '],
    entropy: 3.3,
    severity: 'high',
    // a Basic credential must decode to user:password (RFC 7617)
    // (`test-token:test-secret`, `user:password` behind Basic are a test's or a doc's stand-ins)
    validate: (v, m) =>
      /^["'`]Basic/.test(m[0]) && (!Buffer.from(v, 'base64').toString('latin1').includes(':') || /^(?:test|example|dummy|fake|user(?:name)?|admin)[\w-]{0,20}:(?:test|example|dummy|fake|pass(?:word)?|secret|admin)[\w-]{0,20}$/i.test(Buffer.from(v, 'base64').toString('latin1'))) ? { kind: 'reject' } : /^eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(v) ? jwtVerdict(v) : null,
    sample: () => `  revenueCatAuthHeader: 'Bearer ${randomFrom(AN, 32)}',`,
    negative: () => '  revenueCatAuthHeader: `Bearer ${process.env.RC_WEBHOOK_TOKEN}`,',
  }),
  custom(h('kubeconfig-client-key', 'Kubernetes', 'cloud', 'the Kubernetes cluster as the user the certificate names'), {
    title: 'Client key in a kubeconfig',
    re: /client-key-data:[ \t]{1,3}["']?([A-Za-z0-9+/]{80,12000}={0,2})/g,
    keywords: ['client-key-data'],
    entropy: 4,
    severity: 'critical',
    validate: (v) => (/PRIVATE KEY/.test(Buffer.from(v, 'base64').toString('latin1')) ? null : { kind: 'reject' }),
    sample: () => `    client-key-data: ${Buffer.from(`-----BEGIN EC PRIVATE KEY-----\n${randomFrom(B64, 64)}\n${randomFrom(B64, 56)}\n-----END EC PRIVATE KEY-----\n`).toString('base64')}`,
    negative: () => `    client-key-data: ${Buffer.from('-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n'.repeat(3)).toString('base64')}`,
  }),
  custom(h('password-hash-literal', 'Code', 'auth', 'the account created with it (a seeded admin, a default user)'), {
    title: 'Password hashed from a literal',
    // bcrypt.hash('…', 12), argon2.hash('…'), make_password('…'), password_hash('…', …), BCrypt::Password.create('…'):
    // the literal is a password some account gets
    // (also IdentityServer/Duende client secrets: `new Secret("…".Sha256())` stores the hash, the literal is the secret)
    re: /(?:\b(?:bcrypt(?:js)?\.hash(?:Sync)?|argon2\.hash|hashPassword|make_password|password_hash|generate_password_hash|BCrypt::Password\.create|Hash::make|hashSync|pbkdf2_sha256\.hash|crypt(?=\([ \t]{0,3}'[^'\n]{6,128}'[ \t]{0,3},[ \t]{0,3}gen_salt))\([ \t]{0,3}["'`]|\bnew[ \t]{1,3}Secret\([ \t]{0,3}"(?=[^"\n]{6,128}"\.Sha(?:256|512)\(\)))([^"'`\n]{6,128})["'`]/g,
    keywords: ['hash(', 'hashsync(', 'make_password(', 'password_hash(', 'hashpassword(', 'password.create(', 'hash::make(', 'new secret(', 'gen_salt'],
    entropy: 2.3,
    severity: 'high',
    validate: (v, _m, file = '') => (cliPlaceholder(v) ? { kind: 'reject' } : /(?:^|\/)(?:seeds?|seeders?|fixtures?|db)\/|seed/i.test(file) ? { kind: 'seed', severity: 'low', note: 'seed password of an account this script creates: change it where the seed ran' } : null),
    sample: () => `  passwordHash: await bcrypt.hash('${randomFrom(AN, 14)}', 12),`,
    negative: () => '  passwordHash: await bcrypt.hash(input.password, 12),',
  }),
  custom(h('bundler-credentials', 'Bundler', 'registry', 'the private gem source (Sidekiq Pro/Enterprise, a company gem server)'), {
    title: 'Credentials of a private gem source',
    // `bundle config set --global gems.contribsys.com user:pass`
    // (the BUNDLE_<HOST>__<TLD>=user:pass variables of Sidekiq's gem server are sidekiq-secret's)
    re: /\bbundle[ \t]{1,3}config(?:[ \t]{1,3}set)?(?:[ \t]{1,3}--(?:global|local))?[ \t]{1,3}(?:https?:\/\/)?[a-z0-9.-]{1,100}\.[a-z]{2,24}\/?[ \t]{1,3}[^:\s"']{1,64}:([^\s"'&;]{4,200})/g,
    keywords: ['bundle'],
    entropy: 2,
    severity: 'high',
    validate: (v) => (cliPlaceholder(v) ? { kind: 'reject' } : null),
    sample: () => `RUN bundle config set --global gems.contribsys.com ${randomFrom(HEX, 8)}:${randomFrom(HEX, 8)} && bundle install`,
    negative: () => 'RUN bundle config set --global gems.contribsys.com $SIDEKIQ_USER:$SIDEKIQ_PASS && bundle install',
  }),
  custom(h('wordpress-salt', 'WordPress', 'auth', 'forging WordPress login cookies and nonces: admin sessions without a password'), {
    title: 'WordPress authentication key or salt',
    // the eight keys of wp-config.php; PHP single quotes make `$`, `{`, `<` literal characters of the salt
    re: /\bdefine\([ \t]{0,3}["'](?:AUTH_KEY|SECURE_AUTH_KEY|LOGGED_IN_KEY|NONCE_KEY|AUTH_SALT|SECURE_AUTH_SALT|LOGGED_IN_SALT|NONCE_SALT)["'][ \t]{0,3},[ \t]{0,24}'([^'\n]{32,128})'/g,
    keywords: ['auth_key', 'logged_in_key', 'nonce_key', 'auth_salt', 'logged_in_salt', 'nonce_salt'],
    entropy: 4,
    severity: 'high',
    // the sample file's `put your unique phrase here`
    validate: (v) => (/put your unique phrase here/i.test(v) ? { kind: 'reject' } : null),
    sample: () => `define( 'AUTH_KEY',         '${randomFrom('A-Za-z0-9!#$%&()*+,.:;<=>?@[]^_{|}~-', 64)}' );`,
    negative: () => "define( 'AUTH_KEY',         'put your unique phrase here' );",
  }),
  custom(h('connection-string-keyvalue', 'Database', 'database', 'the database the connection string opens'), {
    title: 'Password in a key=value connection string',
    // ADO.NET / ODBC / JDBC-properties / libpq keyword strings: `Server=…;Database=…;User Id=…;Password=…;`,
    // `host=… user=… password=…` — also inside a string literal in code, where the generic detector does not look
    re: /(?:Server|Data Source|Host|Initial Catalog|Database|User ID|Uid|Driver|Addr|Address)[ \t]{0,3}=[^;\n"']{1,120};[^\n"']{0,300}?\b(?:Password|Pwd)[ \t]{0,3}=[ \t]{0,3}([^;"'\s{}][^;"'\n]{2,199}?)(?=[ \t]{0,3}(?:;|"|'|$))/gim,
    keywords: ['password=', 'pwd=', 'password =', 'pwd ='],
    entropy: 2.5,
    severity: 'high',
    validate: (v) => (cliPlaceholder(v) || /^\$|^%|^\{/.test(v) ? { kind: 'reject' } : null),
    sample: () => `var cs = "Server=db.prod.example;Database=app;User Id=app;Password=${randomFrom(AN, 18)};";`,
    negative: () => 'var cs = "Server=db.prod.example;Database=app;User Id=app;Password={0};";',
  }),
  custom(h('url-query-secret', 'HTTP', 'auth', 'the API the URL calls, as the owner of the key'), {
    title: 'Secret in a URL query string',
    // `?api_key=…`, `&access_token=…`, `?private_token=…` in a URL written into code, config, docs or logs: it
    // also lands in server logs, proxies and browser history
    // (a bare `token=` is left out: unsubscribe, reset and invite links carry one-time tokens of one user)
    re: /(?:[?&]|&amp;)(?:api[_-]?key|apikey|access[_-]?token|accessToken|auth[_-]?token|private[_-]?token|client[_-]?secret|password|passwd)=([^&#\s"'`<>]{12,200})/gi,
    keywords: ['api_key=', 'api-key=', 'apikey=', 'token=', 'secret=', 'password=', 'passwd='],
    entropy: 3.3,
    severity: 'high',
    validate: (v) => (cliPlaceholder(v) || /^(?:\$|%24|%7B|\{|<|\[)/i.test(v) ? { kind: 'reject' } : null),
    sample: () => `const u = "https://api.weather.example/v1?q=berlin&api_key=${randomFrom(AN, 24)}&units=metric";`,
    negative: () => 'const u = `https://api.weather.example/v1?q=berlin&api_key=${API_KEY}&units=metric`;',
  }),
  custom(h('netrc-password', 'netrc', 'auth', 'the host the .netrc entry logs into (git, Heroku, FTP), as that login'), {
    title: 'Password in a .netrc file',
    // `machine api.heroku.com login me@x.dev password <key>`: every token of a .netrc entry is a credential for
    // its machine, whatever its shape (Heroku API keys are UUIDs)
    re: /(?:^|[ \t\r\n])password[ \t]{1,8}(\S{4,200})/g,
    keywords: ['password'],
    path: /(?:^|\/)[._]?netrc$/,
    sampleFile: '.netrc',
    entropy: 2,
    severity: 'high',
    validate: (v) => (/^(?:\$|%|<|\{|`)/.test(v) ? { kind: 'reject' } : cliPlaceholder(v) ? { kind: 'unverified', severity: 'low', note: '.netrc committed; its password reads like a placeholder: confirm it and remove the file' } : null),
    sample: () => `machine api.heroku.com\n  login ops@example.dev\n  password ${randomFrom(AN, 24)}`,
    negative: () => 'machine api.heroku.com\n  login ops@example.dev\n  password $HEROKU_API_KEY',
  }),
  custom(h('sql-user-password', 'SQL', 'database', 'the database as that role or user'), {
    title: 'Password in a SQL user or role statement',
    // CREATE/ALTER USER|ROLE|LOGIN … PASSWORD '…' (PostgreSQL, SQL Server `WITH PASSWORD = '…'`, Snowflake) and
    // IDENTIFIED BY '…' (MySQL, MariaDB, Oracle) in migrations and setup scripts
    re: /\b(?:CREATE|ALTER)[ \t]{1,8}(?:ROLE|USER|LOGIN)\b[^;\n]{0,200}?\b(?:PASSWORD|IDENTIFIED[ \t]{1,8}(?:WITH[ \t]{1,8}\w{1,40}[ \t]{1,8})?BY)[ \t]{0,3}=?[ \t]{0,3}N?'([^'\n]{4,200})'/gi,
    keywords: ['password', 'identified'],
    entropy: 2,
    severity: 'high',
    // a stored hash (md5…, SCRAM-SHA-256$…) is not the password
    validate: (v) => (cliPlaceholder(v) || /^(?:md5[0-9a-f]{32}|SCRAM-SHA-256\$|\*[0-9A-F]{40}$)/.test(v) ? { kind: 'reject' } : null),
    sample: () => `CREATE ROLE reporting LOGIN PASSWORD '${randomFrom(AN, 20)}';`,
    negative: () => "CREATE ROLE reporting LOGIN PASSWORD :'reporting_password';",
  }),
  custom(h('credential-call', 'Code', 'auth', 'the service the call authenticates to'), {
    title: 'Password passed to an authentication call',
    // a literal password handed positionally to a credential API: Go smtp.PlainAuth(identity, user, password, host)
    // and req.SetBasicAuth(user, password), Python requests auth=(user, password) / HTTPBasicAuth, .NET
    // NetworkCredential, Java PasswordAuthentication / UsernamePasswordCredentials / DriverManager.getConnection,
    // Python smtplib/imaplib/ftplib `.login(user, password)`
    re: /(?:\bsmtp\.PlainAuth\([ \t]{0,3}(?:"[^"\n]{0,200}"|[A-Za-z_$][\w$.]{0,60})[ \t]{0,3},[ \t]{0,3}(?:"[^"\n]{0,200}"|[A-Za-z_$][\w$.]{0,60})[ \t]{0,3},|\bDBI->connect\([ \t\r\n]{0,40}(?:"[^"\n]{0,300}"|'[^'\n]{0,300}'|\$\w{1,60})[ \t]{0,3},[ \t\r\n]{0,40}(?:"[^"\n]{0,100}"|'[^'\n]{0,100}'|\$\w{1,60})[ \t]{0,3},[ \t\r\n]{0,40}|\b(?:mysql_connect|mysqli_connect|mysql_pconnect|new[ \t]{1,3}mysqli)\([ \t]{0,3}(?:"[^"\n]{0,200}"|'[^'\n]{0,200}'|\$[\w>-]{1,60})[ \t]{0,3},[ \t]{0,3}(?:"[^"\n]{0,100}"|'[^'\n]{0,100}'|\$[\w>-]{1,60})[ \t]{0,3},|\bnew[ \t]{1,3}PDO\([ \t]{0,3}(?:"[^"\n]{0,300}"|'[^'\n]{0,300}'|\$[\w>-]{1,60})[ \t]{0,3},[ \t]{0,3}(?:"[^"\n]{0,100}"|'[^'\n]{0,100}'|\$[\w>-]{1,60})[ \t]{0,3},|\buserauth_password\([ \t]{0,3}(?:"[^"\n]{0,200}"|[A-Za-z_$][\w$.]{0,60})[ \t]{0,3},|\.set_?[Pp]assword\((?=[ \t]{0,3}["'])|\.set(?:Api|API|Access|Auth)?(?:Key|Token|Secret)\((?=[ \t]{0,3}["'])|\.authenticate\([ \t]{0,3}(?:"[^"\n]{0,100}"|'[^'\n]{0,100}'|[A-Za-z_][\w.]{0,60})[ \t]{0,3},[ \t]{0,3}(?:"[^"\n]{0,100}"|'[^'\n]{0,100}'|[A-Za-z_][\w.]{0,60})[ \t]{0,3},|\bCredentials\([ \t]{0,3}"[^"\n]{0,200}"[ \t]{0,3},[ \t]{0,3}"[^"\n]{0,200}"[ \t]{0,3},[ \t]{0,3}(?:"[^"\n]{0,200}"|[A-Za-z_$][\w$.]{0,60})[ \t]{0,3},|\bDriverManager\.getConnection\([ \t]{0,3}(?:"[^"\n]{0,300}"|[A-Za-z_$][\w$.]{0,60})[ \t]{0,3},[ \t]{0,3}(?:"[^"\n]{0,200}"|[A-Za-z_$][\w$.]{0,60})[ \t]{0,3},|\b(?:SetBasicAuth|HTTPBasicAuth|HTTPDigestAuth|HttpBasicAuth|NetworkCredential|UsernamePasswordCredentials|PasswordAuthentication|BasicAuthCredentials|basic_auth)\([ \t]{0,3}(?:"[^"\n]{0,200}"|'[^'\n]{0,200}'|[A-Za-z_$][\w$.]{0,60})[ \t]{0,3},|\bauth[ \t]{0,3}=[ \t]{0,3}\([ \t]{0,3}(?:"[^"\n]{0,200}"|'[^'\n]{0,200}'|[A-Za-z_$][\w$.]{0,60})[ \t]{0,3},|\.login\([ \t]{0,3}(?:"[^"\n]{0,200}"|'[^'\n]{0,200}'|[A-Za-z_$][\w$.]{0,60})[ \t]{0,3},|\b(?:vault\.create_secret|vault\.update_secret|create_secret)\(|\b(?:NetworkCredential|PasswordAuthentication|UsernamePasswordCredentials)[ \t]{1,3}\w{1,60}[ \t]{0,3}=[ \t]{0,3}new[ \t]{0,3}\([ \t]{0,3}(?:"[^"\n]{0,200}"|[A-Za-z_$][\w$.]{0,60})[ \t]{0,3},)[ \t]{0,3}["']([^"'\n]{4,200})["']/g,
    keywords: ['create_secret(', 'update_secret(', '.login(', 'userauth_password(', 'set_password(', 'setpassword(', 'setapikey(', 'settoken(', 'setaccesstoken(', 'setsecret(', 'setkey(', '.authenticate(', 'credentials(', 'dbi->connect', 'mysql_connect', 'mysqli_connect', 'mysql_pconnect', 'new mysqli', 'new pdo', 'plainauth', 'getconnection', 'basicauth', 'digestauth', 'networkcredential', 'usernamepasswordcredentials', 'passwordauthentication', 'basic_auth', 'auth'],
    entropy: 2.5,
    severity: 'high',
    validate: (v) => (cliPlaceholder(v) || /^[A-Za-z]+$/.test(v) && !/[A-Z].*[A-Z]/.test(v.slice(1)) ? { kind: 'reject' } : null),
    sample: () => `auth := smtp.PlainAuth("", "noreply@example.dev", "${randomFrom(AN, 18)}", "smtp.example.dev")`,
    negative: () => 'auth := smtp.PlainAuth("", cfg.User, cfg.Password, cfg.Host)',
  }),
  custom(h('curl-auth-user', 'HTTP', 'auth', 'the service the curl command calls, as that user'), {
    title: 'Credentials in a curl -u option',
    // `curl -u user:password` / `--user 'user:pass'` (shell quoting, possibly split: "user":"pass"), also on a
    // continuation line; `-u "key:"` (an API key as the user name, empty password) counts the key. Without a
    // colon curl prompts for the password: nothing to report.
    re: /\bcurl\b(?:[^\n]|\\\r?\n){0,400}?[ \t](?:-u|--user)[ \t]{1,3}((?:"[^"\n]{1,160}"|'[^'\n]{1,160}'|[^\s"'\\]{1,160}){1,3})/g,
    keywords: ['curl'],
    entropy: 2.5,
    severity: 'high',
    validate: (raw) => {
      const v = raw.replace(/["']/g, '');
      const at = v.indexOf(':');
      if (at < 0) return { kind: 'reject' };
      const pw = v.slice(at + 1) || v.slice(0, at);
      // references and templates ($PASS, ${{ … }}, $(cat f), {{ .Values.x }}, <password>, [PASSWORD]); `$1` inside
      // a password is a character, not a variable
      if (pw.length < 6 || /\$[A-Za-z_{(]|[<>[\]]|\{\{/.test(v) || cliPlaceholder(pw) || /^(?:token|yyy+|pass\w*|username|user|secret\w*|apikey|api_key)$/i.test(pw)) return { kind: 'reject' };
      return null;
    },
    sample: () => `curl -s --user 'api:${randomFrom(AN, 14)}' https://api.internal.dev/v1/messages`,
    negative: () => 'curl -s --user "$API_USER:$API_PASSWORD" https://api.internal.dev/v1/messages',
  }),
  custom(h('curl-credential-header', 'HTTP', 'auth', 'the API the curl command calls, as the owner of the key'), {
    title: 'API key in a curl header',
    // `curl -H "X-Api-Key: …"` / `--header 'Api-Token: …'` / `-H "Token: …"`: a request header named as a
    // credential carries one (Authorization has its own rule); a reference ($KEY, $(cmd)) or a placeholder is not
    re: /\bcurl\b(?:[^\n]|\\\r?\n){0,400}?[ \t](?:-H|--header)[ \t]{1,3}["']((?:[A-Za-z0-9]{1,20}-){0,3}(?:[A-Za-z0-9]{0,20}(?:token|key|secret|apikey))[ \t]{0,3}:[ \t]{0,3}([^\s"'$`\\]{10,200}))["']/gi,
    group: 2,
    keywords: ['curl'],
    entropy: 2.8,
    severity: 'high',
    // words joined by dashes (my-api-key-here), a media type or a one-class value (all letters) is not a key
    validate: (v) => (cliPlaceholder(v) || /^(?:application|text)\//i.test(v) || /^[A-Za-z]+(?:[-_. ][A-Za-z]+)*$/.test(v) ? { kind: 'reject' } : null),
    sample: () => `curl -s -H "X-Api-Key: ${randomFrom(AN, 24)}" https://api.internal.dev/v1/messages`,
    negative: () => 'curl -s -H "X-Api-Key: $API_KEY" https://api.internal.dev/v1/messages',
  }),
  custom(h('authorization-header', 'HTTP', 'auth', 'the API as the owner of the credential'), {
    title: 'Credential in an Authorization header',
    // RFC 9110 §11.6.2: Authorization = auth-scheme [ 1*SP token68 ]; besides Bearer/Basic/Token providers use
    // their own schemes (Discord `Bot`, Okta `SSWS`, Opsgenie `GenieKey`, Shippo `ShippoToken`, Klaviyo ...)
    // the scheme is optional: some APIs take the bare key (`Authorization: <key>`); HAR files and Postman exports
    // write the header as `{"name": "Authorization", "value": "Bearer …"}`
    re: /[Aa]uthorization["']?\s{0,3}(?:,\s{0,3}["']value["']\s{0,3}:|[:=,])\s{0,3}["'`]?(?:[A-Za-z][A-Za-z0-9_-]{1,29}\s{1,3})?([A-Za-z0-9._~+/=-]{20,500})/g,
    keywords: ['authorization'],
    entropy: 3.5,
    severity: 'high',
    // a JWT in the header is judged like one anywhere else (expired, unsigned, anon); a dotted chain of
    // letter-only names is code (`authorization = req.headers.authorization`), not a credential
    // RFC 7617: a Basic credential is base64 of `user-id:password`; a value under `Basic` that does not decode to one
    // (a JWT pasted after Basic, a `...` stand-in) is not a Basic credential
    validate: (s, m) =>
      /basic\s+["'`]?[A-Za-z0-9._~+/=-]*$/i.test(m[0]) && (/^eyJ[A-Za-z0-9_-]*\.eyJ/.test(s) || !Buffer.from(s, 'base64').toString('latin1').includes(':'))
        ? { kind: 'reject' }
        : /^eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(s)
          ? jwtVerdict(s)
          : /^(?:[A-Za-z_$][A-Za-z_$]{0,40}\.)+[A-Za-z_$][A-Za-z_$]{0,40}$/.test(s) || /=\s{0,3}new\s{1,3}$/.test(m[0].slice(0, m[0].length - s.length))
            ? { kind: 'reject' }
            : null,
    sample: () => `curl -H "Authorization: Bearer ${randomFrom(AN, 40)}" https://api.internal.dev/v1`,
    negative: () => 'curl -H "Authorization: Bearer $TOKEN" https://api.internal.dev/v1',
  }),
];

/** Rule ids of the generic detector (engine.ts implements it; listed here so checks and docs exist). */
export const GENERIC_RULES: Pick<SecretRule, 'id' | 'provider' | 'family' | 'title' | 'grants' | 'severity'>[] = [
  { id: 'generic-secret', provider: 'Generic', family: 'generic', title: 'Hard-coded secret', grants: 'whatever the key, token or secret unlocks', severity: 'high' },
  { id: 'generic-password', provider: 'Generic', family: 'generic', title: 'Hard-coded password', grants: 'the account or service the password protects', severity: 'high' },
  {
    id: 'env-fallback-secret',
    provider: 'Generic',
    family: 'generic',
    title: 'Secret as the fallback of an environment variable',
    grants: 'whatever the secret unlocks; the app silently runs with this committed value whenever the variable is unset',
    severity: 'high',
  },
];

export function ruleById(id: string): SecretRule | undefined {
  return RULES.find((r) => r.id === id);
}

export { sampleParts };
