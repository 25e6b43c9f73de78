import { hashHex } from './fingerprint.js';
import { computeRiskRegister, effortOf, riskOf, IMPACTS, type Impact } from './risk.js';
import { severityRank, type Finding, type Report, type Severity } from './types.js';

/**
 * The fix list: the report's open (fail/warn, not waived) findings grouped into fix items by root cause, so a
 * founder reads "the few things to fix, in order, each with its proof and its fix, and nothing twice".
 *
 * A root cause is a *check family* and a *component*: the thing one change fixes. One JWT verifier (every
 * api/jwt-* finding of one API), one authorization layer per object type (BOLA on invoices read and write), one
 * header policy per host group (CSP, HSTS, nosniff... on every host of one domain), one leaked secret wherever it
 * appears (tree, history, bundle: joined by the secret's fingerprint). The families are a table below, matched by
 * check id, so a new check joins its family by name or becomes its own item: never silently dropped.
 *
 * Pure (no I/O): built once by buildReport after the policy pass and carried in the JSON as `fixList`.
 * docs/report.md describes the grouping; change both together.
 */

export type FixSection = 'live' | 'repo';

export interface FixItem {
  /** stable id: hash of the root-cause key (same cause, same id across runs) */
  id: string;
  /** states the problem, e.g. "Forged or expired JWTs are accepted on 127.0.0.1:4010" */
  title: string;
  severity: Severity;
  /** contract wording: account takeover | data exposure | payments or fraud | login/email failure | downtime | abuse/cost */
  impact: string;
  findingIds: string[];
  /** one fix */
  remediation: string;
  /** the exact launchready command whose clean result proves it fixed */
  retest: string;
  /** extensions */
  effort: string;
  /** live app (API, edge, DNS, TLS, email, perf, AI) or repository/configuration/logs */
  section: FixSection;
  /** root-cause family and component, e.g. "jwt" + "127.0.0.1:4010" */
  family: string;
  component: string;
  /** priority inputs: highest likelihood × impact score of its findings (1–25), and whether it blocks the gate */
  score: number;
  blocking: boolean;
  /** fail when any finding under it fails, else warn */
  status: 'fail' | 'warn';
  /** check ids under it, in order */
  checkIds: string[];
  /** business-impact key (risk register) */
  impactKey: Impact;
}

/** Contract wording for each business impact. */
export const IMPACT_WORDS: Record<Impact, string> = {
  'account-takeover': 'account takeover',
  'data-exposure': 'data exposure',
  'payments-fraud': 'payments or fraud',
  'login-email-failure': 'login/email failure',
  downtime: 'downtime',
  'abuse-cost': 'abuse/cost',
};

// ---------- components ----------

function hostOf(f: Finding): string {
  const l = f.location;
  if (l?.url) {
    try {
      return new URL(l.url).host;
    } catch {
      /* not a URL: fall through to host */
    }
  }
  if (l?.host) return l.host;
  const d = f.data?.host ?? f.data?.domain ?? f.data?.apex;
  return typeof d === 'string' ? d : '';
}

function bareHost(h: string): string {
  return h.replace(/^\[/, '').replace(/\](:\d+)?$/, '').replace(/:\d+$/, '').toLowerCase();
}

function isLocalHost(h: string): boolean {
  const b = bareHost(h);
  return b === 'localhost' || b.endsWith('.localhost') || /^\d+\.\d+\.\d+\.\d+$/.test(b) || b.includes(':') || b === '';
}

// Second-level labels under which registrations happen one level deeper (co.uk, com.au...). A short list on
// purpose: it only decides which hosts share a header policy, and a miss merely splits one host group in two.
const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'ac', 'edu', 'ne', 'or', 'gv']);

/** Registrable domain (best effort): app.example.co.uk → example.co.uk; an IP or localhost stays as is. */
export function domainOf(host: string): string {
  const b = bareHost(host);
  if (isLocalHost(b)) return b;
  const labels = b.split('.');
  if (labels.length <= 2) return b;
  const n = labels.length >= 3 && SECOND_LEVEL.has(labels[labels.length - 2]!) && labels[labels.length - 1]!.length === 2 ? 3 : 2;
  return labels.slice(-n).join('.');
}

const SELF = new Set(['me', 'self', 'profile', 'account', 'whoami', 'current-user', 'currentuser', 'user']);

/**
 * The object type a route works on: the last literal segment before the first path parameter
 * (/api/orders/{id}/refund → order), else the last literal segment (/api/admin/users → user); /me is the user.
 */
export function objectTypeOf(path: string): string {
  const segs = path.split('?')[0]!.split('/').filter(Boolean);
  const literal = (s: string) => !/^[{:<]/.test(s) && !/^(api|v\d+(\.\d+)?|rest|graphql)$/i.test(s);
  let pick = '';
  for (const s of segs) {
    if (/^[{:<]/.test(s)) break;
    if (literal(s)) pick = s;
  }
  if (!pick) pick = [...segs].reverse().find(literal) ?? path;
  const p = pick.toLowerCase();
  if (SELF.has(p)) return 'user';
  return p.length > 3 && p.endsWith('ies') ? p.slice(0, -3) + 'y' : p.length > 3 && p.endsWith('s') && !p.endsWith('ss') ? p.slice(0, -1) : p;
}

function routeOf(f: Finding): string {
  const l = f.location;
  return l?.method && (l.path || l.url) ? `${l.method} ${l.path ?? l.url}` : l?.path ?? l?.url ?? '';
}

// ---------- families ----------

interface Family {
  key: string;
  match: RegExp;
  /** only when this holds too (e.g. a message id) */
  when?: (f: Finding) => boolean;
  /** component within the family (default: the host group) */
  component?: (f: Finding) => string;
  /** the problem, from the findings under one item */
  title: (fs: Finding[], component: string) => string;
  /** one fix; default: the remediation of the worst finding */
  remediation?: (fs: Finding[]) => string;
  section?: FixSection;
}

const uniq = <T>(xs: T[]): T[] => [...new Set(xs)];

/** "a, b and 3 more" */
export function listOf(xs: string[], max = 4): string {
  const u = uniq(xs.filter(Boolean));
  if (u.length <= max) return u.length <= 1 ? (u[0] ?? '') : `${u.slice(0, -1).join(', ')} and ${u[u.length - 1]}`;
  return `${u.slice(0, max).join(', ')} and ${u.length - max} more`;
}

const routes = (fs: Finding[]) => listOf(fs.map(routeOf), 3);
const hosts = (fs: Finding[]) => listOf(fs.map((f) => bareHost(hostOf(f))), 3);
const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

const JWT_WHAT: Record<string, string> = {
  'api/jwt-alg-none': 'alg "none"',
  'api/jwt-signature': 'unsigned or re-signed tokens',
  'api/jwt-weak-secret': 'a guessable signing secret',
  'api/jwt-expired': 'expired tokens',
  'api/jwt-claims': 'foreign issuer or audience',
};

const HEADER_NAME: [RegExp, string][] = [
  [/csp|noCsp/i, 'CSP'],
  [/framing|Frame/i, 'frame-ancestors'],
  [/hsts|Hsts/i, 'HSTS'],
  [/nosniff|Nosniff/i, 'nosniff'],
  [/referrer/i, 'Referrer-Policy'],
  [/cross-origin|coop|corp/i, 'COOP/CORP'],
  [/permissions/i, 'Permissions-Policy'],
  [/banner/i, 'version banner'],
];

const isMissing = (f: Finding) => /missing|^no[A-Z]|^none$/.test(f.messageId ?? 'missing');

function headerName(f: Finding): string {
  const key = `${f.checkId} ${f.messageId ?? ''}`;
  let n = f.checkId.split('/')[1] ?? f.checkId;
  for (const [re, name] of HEADER_NAME) if (re.test(key)) {
    n = name;
    break;
  }
  return n === 'version banner' || isMissing(f) ? n : `${n} (${f.messageId})`;
}

const LOG_KIND: Record<string, string> = {
  'logs/secret': 'API keys',
  'logs/password': 'passwords',
  'logs/auth-token': 'bearer tokens',
  'logs/session-id': 'session ids',
  'logs/card-number': 'card numbers',
  'logs/personal-data': 'personal data',
  'logs/webhook-payload': 'webhook payloads',
  'logs/stack-trace': 'stack traces',
};

const EMAIL_WHAT = (f: Finding): string => {
  const m = f.messageId ?? '';
  const c = f.checkId.split('/')[1] ?? '';
  if (c === 'spf') return m === 'plus-all' ? 'SPF +all' : m === 'missing' ? 'no SPF' : `SPF ${m}`;
  if (c === 'dmarc') return m === 'missing' ? 'no DMARC' : `DMARC ${m}`;
  if (c === 'dkim') return m.includes('missing') ? 'no DKIM key' : `DKIM ${m}`;
  if (c === 'mta-sts') return m === 'missing' ? 'no MTA-STS' : `MTA-STS ${m}`;
  if (c === 'tls-rpt') return m === 'missing' ? 'no TLS-RPT' : `TLS-RPT ${m}`;
  return `${c} ${m}`.trim();
};

function secretLabel(f: Finding): string {
  const provider = str(f.meta?.provider) || str(f.data?.provider);
  const title = str(f.data?.title) || f.title;
  if (f.checkId.startsWith('secrets/')) return provider && !/^(generic|database)$/i.test(provider) && !title.includes(provider) ? `${provider} ${title}` : title;
  return '';
}

const FAMILIES: Family[] = [
  // --- live app: authentication and authorization (per API, per object type) ---
  {
    key: 'jwt',
    match: /^api\/jwt-/,
    component: (f) => hostOf(f),
    title: (fs) => `Forged or expired login tokens are accepted (${listOf(fs.map((f) => JWT_WHAT[f.checkId] ?? f.checkId.replace('api/jwt-', '')))}) on ${routes(fs)}`,
    remediation: () =>
      'Verify every token with one maintained JWT library (jose, jsonwebtoken) configured with a fixed algorithm allow-list, the signing key from the secret store (rotate it: 32+ random bytes), and required exp, iss and aud; reject unsigned tokens.',
  },
  {
    key: 'bola',
    match: /^api\/bola/,
    component: (f) => objectTypeOf(f.location?.path ?? str(f.data?.path)),
    title: (fs, c) => {
      const write = fs.some((f) => /write|update|delete/i.test(f.messageId ?? ''));
      const read = fs.some((f) => !/write|update|delete/i.test(f.messageId ?? ''));
      return `Any tenant can ${read && write ? 'read and change' : write ? 'change' : 'read'} another tenant's ${c} objects (${routes(fs)})`;
    },
    remediation: (fs) => `Add one ownership check for ${objectTypeOf(fs[0]!.location?.path ?? '')} objects in the data-access layer (load by id AND tenant/owner of the caller, 404 otherwise) and use it on every route that takes its id; add a regression test with two tenants.`,
  },
  {
    key: 'bfla',
    match: /^api\/bfla/,
    component: (f) => objectTypeOf(f.location?.path ?? str(f.data?.path)),
    title: (fs) => `A lower role can call privileged functions: ${routes(fs)}`,
    remediation: () => 'Enforce the required role on the server for each privileged route (deny by default in one authorization middleware, roles declared per route); never rely on the UI hiding the button.',
  },
  {
    key: 'mass-assignment',
    match: /^api\/mass-assignment/,
    component: (f) => objectTypeOf(f.location?.path ?? str(f.data?.path)),
    title: (fs, c) => `Clients can set privileged ${c} fields (${listOf(fs.map((f) => str(f.data?.field)))}) through ${routes(fs)}`,
    remediation: () => 'Copy only an allow-list of client-writable fields from the request body (a schema per route: zod, joi, DTOs); set role, tenant and ownership fields on the server only.',
  },
  {
    key: 'authn',
    match: /^api\/authn/,
    component: (f) => hostOf(f),
    title: (fs) => `Private routes answer without logging in: ${routes(fs)}`,
    remediation: () => 'Require authentication by default (one middleware on the router) and mark public routes explicitly.',
  },
  {
    key: 'sensitive-fields',
    match: /^api\/sensitive-fields/,
    component: (f) => `${hostOf(f)}|${f.messageId ?? ''}`,
    title: (fs) => `API responses expose ${listOf(fs.map((f) => str(f.data?.field).replace(/^.*\./, '') || f.messageId || 'sensitive fields'))} (${routes(fs)})`,
    remediation: () => 'Serialize objects through an explicit output allow-list (a view/DTO per type) so secrets such as password hashes never leave the server.',
  },
  {
    key: 'reset',
    match: /^api\/reset/,
    component: (f) => hostOf(f),
    title: (fs) => `Password reset links stay usable (${listOf(fs.map((f) => (f.messageId === 'reusable' ? 'reusable' : f.messageId === 'olderStillValid' ? 'older links still valid' : f.messageId ?? '')))}) at ${routes(fs)}`,
    remediation: () => 'Make reset tokens single-use, random (128+ bits), valid for 15–60 minutes, stored hashed, and revoke older ones when a new link is issued or the password changes.',
  },
  {
    key: 'enumeration',
    match: /^api\/.*enumeration/,
    component: (f) => hostOf(f),
    title: (fs) => `Login, sign-up or reset reveal which accounts exist (${routes(fs)})`,
    remediation: () => 'Answer the same status, body and timing whether or not the account exists ("if an account exists, we sent a link"); tell the owner by email instead.',
  },
  {
    key: 'rate-limit',
    match: /^api\/rate-limit/,
    component: (f) => hostOf(f),
    title: (fs) => `No rate limit on brute-force targets: ${routes(fs)}`,
    remediation: () => 'Rate-limit these routes per IP and per account (e.g. 5–10 attempts per minute, 429 with Retry-After), with lockout or CAPTCHA after repeated failures.',
  },
  {
    key: 'webhook',
    match: /^api\/webhook/,
    component: (f) => `${hostOf(f)}${f.location?.path ?? ''}`,
    title: (fs) => `Webhook ${listOf(fs.map((f) => f.location?.path ?? ''))} accepts ${listOf(fs.map((f) => (f.checkId.endsWith('signature') ? 'forged' : 'replayed')))} deliveries`,
    remediation: () => "Verify the provider's signature over the raw body with the webhook secret (the provider SDK does it), reject timestamps older than 5 minutes, and drop event ids already processed.",
  },
  {
    key: 'ssrf',
    match: /^api\/ssrf/,
    component: (f) => hostOf(f),
    title: (fs) => `The server fetches any URL a user gives it (SSRF): ${routes(fs)}`,
    remediation: () => 'Fetch user-supplied URLs only over https to resolved public addresses (block loopback, private, link-local and metadata ranges after DNS resolution), through an egress proxy if you can.',
  },
  {
    key: 'bundle',
    match: /^api\/bundle-secrets/,
    component: (f) => hostOf(f),
    title: (fs) => `Served JavaScript ships secrets or source maps: ${listOf(fs.map((f) => f.location?.path ?? ''))}`,
    remediation: () => 'Move the key to the server (only publishable keys belong in browser code), rotate it at the provider, rebuild, and stop serving source maps publicly.',
  },
  {
    key: 'debug',
    match: /^api\/exposed-debug/,
    component: (f) => hostOf(f),
    title: (fs) => `Debug and config files are public: ${listOf(fs.map((f) => f.location?.path ?? ''))}`,
    remediation: () => 'Remove debug routes from production builds and never serve dotfiles (.env, .git): deny them at the web server or CDN; rotate every secret these files contained.',
  },
  {
    key: 'errors',
    match: /^api\/error-handling/,
    // a stack trace in the answer is the error handler's fault; a bare 500 on bad input is missing validation
    component: (f) => `${hostOf(f)}|${f.messageId === 'stackTrace' ? 'leak' : 'crash'}`,
    title: (fs) =>
      fs.some((f) => f.messageId === 'stackTrace')
        ? `Server errors return stack traces to clients (${fs.length} route${fs.length === 1 ? '' : 's'}: ${routes(fs)})`
        : `Bad input crashes routes with a server error (${fs.length} route${fs.length === 1 ? '' : 's'}: ${routes(fs)})`,
    remediation: (fs) =>
      fs.some((f) => f.messageId === 'stackTrace')
        ? 'Add one error handler that logs the error and answers a generic 500 body (no stack, no internal paths); validate request bodies so bad input gets a 400.'
        : 'Validate request bodies (types, required fields, sizes) with one schema per route and answer 400 on bad input.',
  },
  {
    key: 'cors',
    match: /^(api|edge)\/cors/,
    title: (fs) => `Any website can read signed-in users' data through CORS (${hosts(fs)})`,
    remediation: () => 'Answer Access-Control-Allow-Origin only for an explicit allow-list of your own origins (never echo Origin, never allow "null" with credentials).',
  },
  {
    key: 'cache',
    match: /^(api|edge)\/cache-private/,
    title: (fs) => `Private responses may be served to other users by shared caches (${fs.length} route${fs.length === 1 ? '' : 's'})`,
    remediation: () => 'Send Cache-Control: no-store (or private) on every authenticated response, from one middleware.',
  },
  {
    key: 'cookies',
    match: /^(api\/cookie|edge\/cookie)/,
    title: (fs) => `Session cookie ${listOf(fs.map((f) => str(f.data?.cookie ?? f.data?.name)))} lacks ${listOf(fs.map((f) => (f.messageId ?? '').replace(/^no/, '')))}`.replace(/ lacks $/, ' is missing protective flags'),
    remediation: () => 'Set the session cookie with HttpOnly; Secure; SameSite=Lax (or Strict) and a bounded Max-Age.',
  },
  {
    key: 'perf',
    match: /^perf\//,
    component: (f) => `${hostOf(f)}|${routeOf(f)}`,
    title: (fs) => `${routes(fs)} is slower than its budget (${listOf(fs.map((f) => (f.data?.p95 !== undefined ? `p95 ${str(f.data.p95)} ms > ${str(f.data.budget)} ms` : f.title)))})`,
  },
  // --- live app: edge, TLS, DNS, email (per host group / zone / domain) ---
  {
    // a version banner is its own problem (issue 12: "a version banner folded into security headers missing"),
    // removed in a different place (framework or server config) from where the header policy is added
    key: 'banner',
    match: /^(api\/.*banner|edge\/version-banner|api\/security-headers)/,
    when: (f) => f.checkId !== 'api/security-headers' || /banner/i.test(f.messageId ?? ''),
    title: (fs) => `Software version announced on ${hosts(fs)}: ${listOf(fs.map((f) => (f.data?.header ? `${str(f.data.header)}: ${str(f.data.value)}` : 'version banner')))}`,
    remediation: () => 'Drop the version headers at the framework or server (Express: app.disable("x-powered-by"); nginx: server_tokens off; or strip them at the CDN).',
  },
  {
    key: 'headers',
    match: /^(api\/security-headers|edge\/(csp|framing|hsts|nosniff|referrer-policy|cross-origin|permissions-policy))/,
    title: (fs) => {
      const names = uniq(fs.map(headerName));
      const missing = names.filter((n) => n !== 'version banner');
      const banner = names.length > missing.length;
      const weak = fs.some((f) => !isMissing(f) && !/banner/i.test(`${f.checkId} ${f.messageId}`));
      return `${missing.length ? `Browser security headers ${weak ? 'missing or weak' : 'missing'} on ${hosts(fs)}: ${listOf(missing, 8)}` : `Software version announced on ${hosts(fs)}`}${missing.length && banner ? '; version banner shown' : ''}`;
    },
    remediation: () =>
      "Set one header policy for these hosts (web server, CDN or a middleware such as helmet): Strict-Transport-Security: max-age=63072000; includeSubDomains, a Content-Security-Policy with frame-ancestors 'none', X-Content-Type-Options: nosniff, Referrer-Policy: strict-origin-when-cross-origin, Cross-Origin-Opener-Policy: same-origin; drop X-Powered-By and version banners.",
  },
  {
    key: 'transport',
    match: /^(edge\/(https-redirect|canonical-host)|tls\/(legacy-protocols|weak-ciphers))/,
    title: (fs) => `Connections are not forced onto modern HTTPS on ${hosts(fs)} (${listOf(fs.map((f) => (f.checkId === 'edge/https-redirect' ? 'plain http served' : f.checkId === 'edge/canonical-host' ? 'www and apex both serve' : f.checkId === 'tls/legacy-protocols' ? 'TLS 1.0/1.1 accepted' : 'weak cipher suites')))})`,
    remediation: () => 'At the edge (load balancer, CDN or web server): redirect http:// to https:// and www to the canonical host with 301, allow only TLS 1.2+ with ECDHE AEAD suites (Mozilla "intermediate").',
  },
  {
    key: 'certificate',
    match: /^tls\/(expiry|chain|hostname|key-size|cert)/,
    title: (fs) => `TLS certificate problem on ${hosts(fs)}: ${listOf(fs.map((f) => (f.messageId === 'expired' ? 'expired' : f.messageId === 'soon' ? 'expires soon' : `${f.checkId.split('/')[1]} ${f.messageId ?? ''}`.trim())))}`,
    remediation: () => 'Renew the certificate now and automate renewal (ACME/Let\'s Encrypt or the CDN\'s managed certificates) with an expiry monitor (launchready monitor, type tls).',
  },
  {
    key: 'takeover',
    match: /^(dns\/dangling|edge\/takeover)/,
    component: (f) => domainOf(hostOf(f)),
    title: (fs) => `Subdomain takeover possible: ${listOf(fs.map((f) => (f.data?.target ? `${str(f.data.name) || bareHost(hostOf(f))} points at unclaimed ${str(f.data.target)}` : bareHost(hostOf(f)))))}`,
    remediation: () => 'Delete the DNS record (or re-claim the resource it points to) today; remove DNS records in the same change that deletes a cloud resource.',
  },
  {
    key: 'dns-zone',
    match: /^dns\//,
    component: (f) => domainOf(hostOf(f)),
    title: (fs, c) => `DNS zone ${c} is fragile: ${listOf(fs.map((f) => (f.checkId === 'dns/caa' ? 'no CAA record' : f.checkId === 'dns/ns' ? (f.messageId === 'single' ? 'a single name server' : `name servers: ${f.messageId}`) : `${f.checkId.split('/')[1]} ${f.messageId ?? ''}`)))}`,
    remediation: () => 'At your DNS provider: publish CAA records for the CA you use and serve the zone from at least two name servers on separate networks.',
  },
  {
    key: 'email',
    match: /^email\//,
    component: (f) => str(f.data?.domain) || domainOf(hostOf(f)),
    title: (fs, c) => `Mail from ${c} can be spoofed or lost: ${listOf(fs.map(EMAIL_WHAT), 6)}`,
    remediation: () => 'Publish the mail records at your DNS provider: SPF listing only your senders and ending in -all, a DKIM key for each selector your provider signs with, DMARC (p=quarantine, then reject, with rua reports), then MTA-STS and TLS-RPT.',
  },
  // --- repository, configuration and logs ---
  {
    key: 'secrets',
    match: /^(secrets\/|repo\/(env-committed|env-not-ignored|client-exposed-secret|env-shared-secret)|ops\/env-shared-secret)/,
    component: () => 'repository',
    section: 'repo',
    title: (fs) => {
      const labels = uniq(fs.map(secretLabel).filter(Boolean));
      const history = fs.some((f) => f.meta?.stillPresent === 'false' || f.messageId === 'history');
      return `${labels.length || 'Some'} credential${labels.length === 1 ? ' is' : 's are'} committed to the repository${history ? ' or its history' : ''}: ${listOf(labels, 5)}`;
    },
    remediation: () =>
      'Rotate every credential listed at its provider first (copies in clones and history stay valid until then), load them from the secret store or CI secrets, remove them and the .env files from the tree, add .env* to .gitignore; purging history is optional once rotated.',
  },
  {
    key: 'ci-scan',
    match: /^repo\/ci-secret-scan/,
    component: () => 'ci',
    section: 'repo',
    title: () => 'CI does not scan commits for secrets',
    remediation: () => 'Add a secret scanner to CI (e.g. `launchready secrets . --format sarif`, gitleaks or GitHub secret scanning) so a pushed key fails the build.',
  },
  {
    key: 'env-inventory',
    match: /^(repo\/env-example-missing|ops\/env-missing)/,
    component: () => 'env',
    section: 'repo',
    title: (fs) => `Environment variables are missing from .env.example or production: ${listOf(fs.map((f) => str(f.data?.name)), 6)}`,
    remediation: () => 'List every variable the code reads in .env.example (names only) and set each required one in every deployed environment; `launchready gate` checks them at deploy.',
  },
  {
    key: 'key-mode',
    match: /^ops\/env-key-mode/,
    component: () => 'env',
    section: 'repo',
    title: (fs) => `Live keys are used outside production (or test keys in production): ${listOf(fs.map((f) => `${str(f.data?.name)} in ${str(f.data?.env)}`))}`,
    remediation: () => 'Give every non-production environment its own test-mode keys and keep live keys in production only.',
  },
  {
    key: 'rotation',
    match: /^ops\/credential-rotation/,
    component: () => 'env',
    section: 'repo',
    title: (fs) => `Production credentials lack an owner or a recent rotation: ${listOf(fs.flatMap((f) => str(f.data?.names ?? f.data?.name).split(/,\s*/)), 5)}`,
    remediation: () => 'Record an owner and a last-rotated date for each production credential (ops.credentials) and rotate the overdue ones.',
  },
  {
    key: 'logs',
    match: /^logs\//,
    component: () => 'logs',
    section: 'repo',
    title: (fs) => `Logs record ${listOf(fs.map((f) => LOG_KIND[f.checkId] ?? f.checkId.replace('logs/', '')), 6)} (${listOf(fs.map((f) => f.location?.file ?? ''), 3)})`,
    remediation: () =>
      'Redact at the logger (drop request bodies, Authorization and Cookie headers; mask card numbers and emails), then purge or re-ingest the affected logs and rotate every credential they contained.',
  },
];

const LIVE_AREAS = new Set(['api', 'edge', 'dns', 'tls', 'email', 'perf', 'ai', 'monitor', 'deploy']);

function familyOf(f: Finding): Family | undefined {
  return FAMILIES.find((x) => x.match.test(f.checkId) && (!x.when || x.when(f)));
}

/** A secret's fingerprint, for joining the same leaked value across tree, history, bundle and env files. */
function secretFp(f: Finding): string | undefined {
  const m = f.meta?.secretFingerprint;
  if (typeof m === 'string' && m) return m;
  if (/^(secrets\/|repo\/client-exposed-secret|repo\/env-shared-secret|ops\/env-shared-secret|api\/bundle-secrets)/.test(f.checkId)) {
    const hit = /\(fp:([0-9a-f]{6,})\)/.exec(`${JSON.stringify(f.data ?? {})} ${f.evidence ?? ''}`);
    if (hit) return hit[1];
  }
  return undefined;
}

interface Group {
  key: string;
  family: Family | undefined;
  familyKey: string;
  component: string;
  findings: Finding[];
}

/** Union-find over group keys: groups that share a secret fingerprint are one root cause. */
function mergeBySecret(groups: Map<string, Group>): Group[] {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(k, r);
    return r;
  };
  for (const k of groups.keys()) parent.set(k, k);
  const byFp = new Map<string, string>();
  for (const [k, g] of groups) {
    for (const f of g.findings) {
      const fp = secretFp(f);
      if (!fp) continue;
      const other = byFp.get(fp);
      if (other) {
        const a = find(other);
        const b = find(k);
        if (a !== b) parent.set(b, a);
      } else byFp.set(fp, k);
    }
  }
  const merged = new Map<string, Group>();
  for (const [k, g] of groups) {
    const root = find(k);
    let m = merged.get(root);
    if (!m) merged.set(root, (m = { ...groups.get(root)!, findings: [] }));
    m.findings.push(...g.findings);
  }
  return [...merged.values()];
}

/** Host groups: hosts of one registrable domain share a policy; an IP/localhost API joins the only domain if there is one. */
function hostGroupResolver(findings: Finding[]): (f: Finding) => string {
  const domains = uniq(findings.map((f) => domainOf(hostOf(f))).filter((d) => d && !isLocalHost(d)));
  return (f) => {
    const d = domainOf(hostOf(f));
    if (isLocalHost(d) && domains.length === 1) return domains[0]!;
    return d || 'target';
  };
}

const STAGE_OF_AREA: Record<string, string> = { secrets: 'repo', repo: 'repo', dns: 'edge', edge: 'edge', tls: 'edge', email: 'email', api: 'api', perf: 'api', logs: 'logs', ops: 'ops', ai: 'ai' };

function quote(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

/** The command that re-runs exactly the stages an item came from (the report's own config when known). */
export function retestCommand(report: Pick<Report, 'target'>, checkIds: string[]): string {
  const stages = uniq(checkIds.map((c) => STAGE_OF_AREA[c.split('/')[0]!] ?? '').filter(Boolean));
  const t = (report.target ?? {}) as Record<string, unknown>;
  const configFile = typeof t.configFile === 'string' ? t.configFile : undefined;
  // deploy/* findings come from `launchready gate` (not an audit stage): re-run the gate
  if (checkIds.length > 0 && checkIds.every((c) => c.startsWith('deploy/'))) return `launchready gate --config ${quote(configFile ?? 'launchready.yml')}`;
  if (configFile) return `launchready audit --config ${quote(configFile)}${stages.map((s) => ` --stage ${s}`).join('')}`;
  const repo = t.repo as { root?: string; history?: boolean } | undefined;
  const edge = t.edge as { hosts?: string[] } | undefined;
  const logs = t.logs as { root?: string; files?: string[] } | undefined;
  if (stages.length === 1 && stages[0] === 'repo' && repo?.root) return `launchready repo ${quote(repo.root)}${repo.history ? ' --history' : ''}`;
  if (stages.length === 1 && stages[0] === 'edge' && edge?.hosts?.length) return `launchready edge ${edge.hosts.map((h) => quote(String(h))).join(' ')}`;
  if (stages.length === 1 && stages[0] === 'logs' && logs?.files?.length) return `launchready logs ${logs.files.map((h) => quote(String(h))).join(' ')}`;
  return `launchready audit --config launchready.yml${stages.map((s) => ` --stage ${s}`).join('')}`;
}

const STATUS_RANK = { fail: 1, warn: 0 } as const;

/**
 * Group the open findings of a report into fix items, sorted by priority: items that block the gate first, then
 * by the highest likelihood × impact score, severity, and how many findings they carry.
 */
export function buildFixList(report: Pick<Report, 'findings' | 'gate' | 'target'>): FixItem[] {
  const open = report.findings.filter((f) => (f.status === 'fail' || f.status === 'warn') && !f.waiver);
  const hostGroup = hostGroupResolver(open);
  const groups = new Map<string, Group>();
  for (const f of open) {
    const fam = familyOf(f);
    const familyKey = fam?.key ?? f.checkId;
    const component = fam?.component ? fam.component(f) : hostGroup(f) || routeOf(f) || f.location?.file || '';
    const key = `${familyKey}\u0000${component}`;
    const g = groups.get(key);
    if (g) g.findings.push(f);
    else groups.set(key, { key, family: fam, familyKey, component, findings: [f] });
  }
  const failOn = report.gate?.failOn ?? 'high';
  const newOnly = report.gate?.newOnly ?? false;
  const items: FixItem[] = [];
  for (const g of mergeBySecret(groups)) {
    const fs = [...g.findings].sort((a, b) => STATUS_RANK[b.status as 'fail'] - STATUS_RANK[a.status as 'fail'] || severityRank(b.severity) - severityRank(a.severity) || a.checkId.localeCompare(b.checkId));
    const risks = fs.map((f) => riskOf(f, failOn, newOnly));
    const best = risks.reduce((a, b) => (b.score > a.score ? b : a));
    const worst = fs[0]!;
    const checkIds = uniq(fs.map((f) => f.checkId));
    const title = g.family ? g.family.title(fs, g.component) : `${worst.title}${fs.length > 1 ? ` (${fs.length} places)` : ''}`;
    const remediation = g.family?.remediation?.(fs) ?? worst.remediation ?? `See ${worst.docsUrl ?? worst.checkId}.`;
    const section: FixSection = g.family?.section ?? (fs.every((f) => !LIVE_AREAS.has(f.checkId.split('/')[0]!)) ? 'repo' : 'live');
    items.push({
      id: hashHex(`fix\u0000${g.familyKey}\u0000${g.component}`),
      title: title.replace(/\s+/g, ' ').trim(),
      severity: fs.reduce((s, f) => (severityRank(f.severity) > severityRank(s) ? f.severity : s), worst.severity),
      impact: IMPACT_WORDS[best.impact],
      findingIds: fs.map((f) => f.id),
      remediation,
      retest: retestCommand(report, checkIds),
      effort: effortOf(worst.checkId),
      section,
      family: g.familyKey,
      component: g.component,
      score: best.score,
      blocking: risks.some((r) => r.blocking),
      status: fs.some((f) => f.status === 'fail') ? 'fail' : 'warn',
      checkIds,
      impactKey: best.impact,
    });
  }
  items.sort(
    (a, b) =>
      Number(b.blocking) - Number(a.blocking) ||
      b.score - a.score ||
      severityRank(b.severity) - severityRank(a.severity) ||
      STATUS_RANK[b.status] - STATUS_RANK[a.status] ||
      b.findingIds.length - a.findingIds.length ||
      a.id.localeCompare(b.id),
  );
  return items;
}

// ---------- the line next to the verdict ----------

export interface VerdictBasis {
  /** stages that ran (from the checks' stage names) */
  stagesRun: string[];
  /** stages that ran and hold a finding that blocks the gate */
  decidedBy: string[];
  /** checks that could not run, by check id, with the first reason */
  errors: { checkId: string; reason: string }[];
  /** checks or targets skipped, with the reason */
  skipped: { checkId: string; reason: string }[];
  /** checks that ran but had nothing to test (no finding of any status) */
  nothingToTest: string[];
  /** one line: what could not be tested and why, and which stages decided */
  line: string;
}

export const KNOWN_STAGES = ['repo', 'edge', 'email', 'api', 'logs', 'ai', 'ops'] as const;

export function buildVerdictBasis(report: Pick<Report, 'findings' | 'checks' | 'gate' | 'decision'> & { target?: Report['target'] }): VerdictBasis {
  const checks = report.checks ?? [];
  const stageOfCheck = new Map(checks.map((c) => [c.checkId, c.stage ?? STAGE_OF_AREA[c.checkId.split('/')[0]!] ?? '']));
  const stageOf = (checkId: string) => stageOfCheck.get(checkId) ?? STAGE_OF_AREA[checkId.split('/')[0]!] ?? checkId.split('/')[0]!;
  const stagesRun = uniq([...checks.map((c) => c.stage ?? ''), ...report.findings.map((f) => stageOf(f.checkId))].filter(Boolean));
  const gate = { failOn: report.gate?.failOn ?? 'high', newOnly: report.gate?.newOnly ?? false };
  const decidedBy = uniq(
    report.findings.filter((f) => !f.waiver && riskOf(f, gate.failOn, gate.newOnly).blocking).map((f) => stageOf(f.checkId)),
  );
  const errors = new Map<string, string>();
  for (const f of report.findings) if (f.status === 'error' && !errors.has(f.checkId)) errors.set(f.checkId, f.message);
  for (const c of checks) if ((c.status === 'error' || c.status === 'timeout') && !errors.has(c.checkId)) errors.set(c.checkId, c.error ?? c.status);
  const skipped = new Map<string, string>();
  for (const f of report.findings) if (f.status === 'skipped' && !skipped.has(f.checkId)) skipped.set(f.checkId, str(f.data?.reason) || f.message);
  for (const c of checks) if (c.status === 'skipped' && !skipped.has(c.checkId)) skipped.set(c.checkId, c.error ?? 'skipped');
  const withFindings = new Set(report.findings.map((f) => f.checkId));
  // secrets and logs rules are pattern scanners: silence means "nothing found", not "nothing to test"
  const nothingToTest = checks.filter((c) => c.status === 'ok' && !withFindings.has(c.checkId) && !/^(secrets|logs)\//.test(c.checkId)).map((c) => c.checkId);
  // stages left out only mean something for a config-driven audit; `secrets <path>` never meant to run the API stage
  const fromConfig = typeof report.target?.configFile === 'string';
  const notConfigured = checks.length && fromConfig ? KNOWN_STAGES.filter((s) => !stagesRun.includes(s)) : [];
  // the API stage's route × check matrix (contract `coverage`), when the report has one
  const routes = (report as { coverage?: { routes?: { checks?: Record<string, string> }[] } }).coverage?.routes;
  const untested: Record<string, number> = {};
  if (Array.isArray(routes)) for (const r of routes) for (const v of Object.values(r.checks ?? {})) if (v === 'refused' || v === 'error') untested[v] = (untested[v] ?? 0) + 1;
  const parts: string[] = [];
  if (errors.size) parts.push(`${errors.size} check${errors.size === 1 ? '' : 's'} could not run (${listOf([...errors.keys()], 3)})`);
  if (skipped.size) parts.push(`${skipped.size} skipped (${listOf([...skipped.entries()].map(([c, r]) => `${c}: ${r}`), 2)})`);
  if (nothingToTest.length) parts.push(`${nothingToTest.length} had nothing to test`);
  const cells = Object.entries(untested);
  if (cells.length) parts.push(`API route × check cells not tested: ${cells.map(([k, v]) => `${v} ${k}`).join(', ')}`);
  if (notConfigured.length) parts.push(`not configured: ${notConfigured.join(', ')}`);
  const tested = parts.length ? `Not tested: ${parts.join('; ')}.` : 'Every configured check ran.';
  const decided = decidedBy.length ? ` Decided by: ${decidedBy.join(', ')}.` : stagesRun.length ? ` Stages run: ${stagesRun.join(', ')}.` : '';
  return { stagesRun, decidedBy, errors: [...errors].map(([checkId, reason]) => ({ checkId, reason })), skipped: [...skipped].map(([checkId, reason]) => ({ checkId, reason })), nothingToTest, line: tested + decided };
}

/** The derived views carried in the report (computed once, here, after the policy pass). */
export function deriveReport<R extends Report>(report: R): R {
  report.riskRegister = computeRiskRegister(report);
  report.fixList = buildFixList(report);
  report.basis = buildVerdictBasis(report);
  return report;
}

export { IMPACTS };
