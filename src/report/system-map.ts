import type { Config } from '../core/config/schema.js';
import type { Redactor } from '../core/redact.js';
import { hasPlaceholder } from '../core/template.js';
import type { Finding, Report } from '../core/types.js';
import { whereOf } from './risk.js';
import type { TableSection } from './sections.js';

/**
 * The system map: what the audit saw, in one table a new engineer can read in a minute. Hosts and what answers
 * on them, the API's routes and the identities it was tested with, third parties detected from evidence and
 * config (CDN, email provider, payment, auth provider, error tracking) and where each secret was found.
 *
 * Built only from the (already redacted) report plus the config, so it works whatever stages ran; a stage that
 * knows more can contribute rows through `report.sections.systemMap` and they are merged in.
 */

export const SYSTEM_MAP_COLUMNS = ['Kind', 'Item', 'Details', 'Seen in'];

export type ThirdPartyKind = 'CDN / hosting' | 'email provider' | 'payment' | 'auth provider' | 'error tracking';

interface Provider {
  name: string;
  kind: ThirdPartyKind;
  /** matched against finding text, evidence, data, URLs and config strings; keep them specific (domains, header names, key prefixes) */
  re: RegExp;
}

// Signatures are vendor domains, header names and documented key prefixes, not bare words, so that a page that
// merely mentions "stripe" in prose does not count. Key prefixes survive masking (the Redactor keeps them).
export const PROVIDERS: Provider[] = [
  { name: 'Cloudflare', kind: 'CDN / hosting', re: /\bcf-ray\b|\bserver:\s*cloudflare|__cf_bm|cloudflare\.(com|net)|\bcloudflare\b/i },
  { name: 'Fastly', kind: 'CDN / hosting', re: /\bfastly\b|x-served-by:\s*cache-/i },
  { name: 'Amazon CloudFront', kind: 'CDN / hosting', re: /cloudfront\.net|x-amz-cf-(id|pop)/i },
  { name: 'Akamai', kind: 'CDN / hosting', re: /akamai(edge|technologies|\.net)|\bakamai\b/i },
  { name: 'Vercel', kind: 'CDN / hosting', re: /x-vercel-(id|cache)|\.vercel\.app\b|server:\s*vercel/i },
  { name: 'Netlify', kind: 'CDN / hosting', re: /x-nf-request-id|\.netlify\.app\b|server:\s*netlify/i },
  { name: 'Fly.io', kind: 'CDN / hosting', re: /\.fly\.dev\b|fly-request-id/i },
  { name: 'Google Workspace mail', kind: 'email provider', re: /_spf\.google\.com|aspmx\.l\.google\.com|googlemail\.com/i },
  { name: 'Microsoft 365 mail', kind: 'email provider', re: /protection\.outlook\.com/i },
  { name: 'SendGrid', kind: 'email provider', re: /sendgrid\.(net|com)|\bsendgrid\b/i },
  { name: 'Mailgun', kind: 'email provider', re: /mailgun\.(org|net|com)|\bmailgun\b/i },
  { name: 'Amazon SES', kind: 'email provider', re: /amazonses\.com|email-smtp\.[a-z0-9-]+\.amazonaws\.com/i },
  { name: 'Postmark', kind: 'email provider', re: /postmarkapp\.com|mtasv\.net|\bpostmark\b/i },
  { name: 'Mailchimp Transactional', kind: 'email provider', re: /mandrillapp\.com|servers\.mcsv\.net/i },
  { name: 'Resend', kind: 'email provider', re: /\bresend\.(com|dev)\b|\bre_[A-Za-z0-9]{4,}…/ },
  { name: 'Stripe', kind: 'payment', re: /\bstripe\b|\b[sprw][kh]_(live|test)_|\bwhsec_|api\.stripe\.com|stripe-signature/i },
  { name: 'PayPal', kind: 'payment', re: /paypal\.com|\bpaypal\b/i },
  { name: 'Braintree', kind: 'payment', re: /braintreegateway\.com|\bbraintree\b/i },
  { name: 'Paddle', kind: 'payment', re: /paddle\.com|\bpaddle[-_ ]?(billing|api|key|webhook)/i },
  { name: 'Lemon Squeezy', kind: 'payment', re: /lemonsqueezy/i },
  { name: 'Adyen', kind: 'payment', re: /adyen\.com|\badyen\b/i },
  { name: 'Auth0', kind: 'auth provider', re: /\.auth0\.com|\bauth0\b/i },
  { name: 'Clerk', kind: 'auth provider', re: /clerk\.(com|dev)|clerk\.accounts\.dev|\bclerk[-_ ](secret|publishable)|\bCLERK_/i },
  { name: 'Okta', kind: 'auth provider', re: /\.okta(preview)?\.com|\bokta\b/i },
  { name: 'Amazon Cognito', kind: 'auth provider', re: /cognito-idp|amazoncognito\.com|\bcognito\b/i },
  { name: 'Firebase Auth', kind: 'auth provider', re: /identitytoolkit\.googleapis\.com|securetoken\.googleapis\.com|firebaseapp\.com/i },
  { name: 'Supabase', kind: 'auth provider', re: /\.supabase\.(co|com|in)\b|\bsupabase\b/i },
  { name: 'WorkOS', kind: 'auth provider', re: /workos\.com|\bworkos\b/i },
  { name: 'Sentry', kind: 'error tracking', re: /sentry\.io|\bsentry[-_ ]?dsn\b|@sentry\/|\bsentry\b/i },
  { name: 'Bugsnag', kind: 'error tracking', re: /bugsnag/i },
  { name: 'Rollbar', kind: 'error tracking', re: /rollbar/i },
  { name: 'Honeybadger', kind: 'error tracking', re: /honeybadger/i },
  { name: 'Datadog', kind: 'error tracking', re: /datadoghq\.(com|eu)|\bdatadog\b|\bDD_API_KEY\b/i },
  { name: 'New Relic', kind: 'error tracking', re: /newrelic|nr-data\.net/i },
];

export interface SystemMapExtra {
  /** environment variable names found in the repo (the handover passes them): STRIPE_SECRET_KEY names Stripe */
  envNames?: string[];
}

export interface SystemMap {
  hosts: Map<string, { roles: Set<string>; answers: Set<string>; facts: Map<string, Set<string>>; seenIn: Set<string> }>;
  routes: Map<string, { open: Set<string>; seenIn: Set<string> }>;
  identities: { name: string; details: string; seenIn: string }[];
  thirdParties: Map<string, { kind: ThirdPartyKind; seenIn: Set<string> }>;
  secrets: Map<string, { item: string; details: string; where: Set<string>; checks: Set<string> }>;
}

/** hostname (lower-case, no brackets) of a host or URL; '' when it is neither. */
function hostnameOf(v: string): string {
  const s = v.trim();
  if (!s) return '';
  try {
    const u = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(s) ? s : `http://${s}`);
    return u.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  } catch {
    return '';
  }
}

function origin(v: string): string {
  try {
    return new URL(v).origin;
  } catch {
    return '';
  }
}

const MAX_ROUTES = 80;
const MAX_SEEN = 4;

function join(set: Set<string>, max = MAX_SEEN): string {
  const all = [...set];
  return all.length > max ? `${all.slice(0, max).join('; ')}; +${all.length - max} more` : all.join('; ');
}

/** Facts a check put into data/meta that say what answers on a host (server software, status, address, TLS). */
const ANSWER_KEYS = /^(server|poweredBy|x-powered-by|xPoweredBy|status|statusCode|ip|address|remoteAddress|tlsVersion|protocol|cdn|via|alpn|issuer)$/i;

/** [key, value] facts: server software, HTTP statuses seen, addresses, TLS version. */
function answersOf(f: Finding): [string, string][] {
  const out: [string, string][] = [];
  for (const bag of [f.data, f.meta]) {
    if (!bag) continue;
    for (const [k, v] of Object.entries(bag)) {
      if (!ANSWER_KEYS.test(k) || (typeof v !== 'string' && typeof v !== 'number') || String(v).length > 80) continue;
      if (/^(no\b|none$|unknown$|not\b|n\/a$|-$)/i.test(String(v))) continue; // "no CDN detected" is not an answer
      const key = /^status(Code)?$/i.test(k) ? 'HTTP' : k.toLowerCase().replace(/^xpoweredby$|^poweredby$/, 'x-powered-by');
      if (key === 'HTTP' && !/^\d{3}$/.test(String(v))) continue;
      out.push([key, String(v)]);
    }
  }
  for (const m of (f.evidence ?? '').matchAll(/^(server|x-powered-by|via):\s*([^\r\n]{1,60})$/gim)) out.push([m[1]!.toLowerCase(), m[2]!.trim()]);
  const status = /^HTTP\/[\d.]+\s+(\d{3})/m.exec(f.evidence ?? '');
  if (status) out.push(['HTTP', status[1]!]);
  return out;
}

function renderAnswers(origins: Set<string>, facts: Map<string, Set<string>>): string {
  const parts = [join(origins, 4)];
  for (const [k, vs] of [...facts].sort((a, b) => (a[0] === 'HTTP' ? 1 : 0) - (b[0] === 'HTTP' ? 1 : 0) || a[0].localeCompare(b[0]))) {
    const values = [...vs].sort();
    parts.push(`${k} ${values.length > 8 ? `${values.slice(0, 8).join(', ')} +${values.length - 8}` : values.join(', ')}`);
  }
  return parts.filter(Boolean).join('; ');
}

const MASKED = /…\(fp:[0-9a-f]{8}\)/;

function isSecretFinding(f: Finding): boolean {
  if (f.status !== 'fail' && f.status !== 'warn') return false;
  if (f.checkId.startsWith('secrets/')) return true;
  // Other areas (a key in a served bundle, a guessable JWT secret, a secret behind a client-side env prefix)
  // count when the finding carries a masked value: "no secret scanning in CI" names secrets but holds none.
  const text = [f.message, f.evidence ?? '', JSON.stringify(f.data ?? {})].join('\n');
  return /(^|[/-])(secret|secrets|credential|credentials|key|keys|env)([/-]|$)/.test(f.checkId) && MASKED.test(text);
}

function secretKey(f: Finding): { key: string; masked: string } {
  const text = [f.message, f.evidence ?? '', JSON.stringify(f.data ?? {})].join('\n');
  const m = /([^\s"'`=:,;()<>]{0,16}…\(fp:([0-9a-f]{8})\))/.exec(text);
  if (m) return { key: `fp:${m[2]}`, masked: m[1]! };
  const fp = f.data?.fingerprint ?? f.meta?.fingerprint;
  if (typeof fp === 'string') return { key: `fp:${fp}`, masked: '' };
  return { key: `id:${f.id}`, masked: '' };
}

/** Walk config strings with their field path (never values of fields that hold credentials). */
function* configStrings(v: unknown, path: string): Generator<[string, string]> {
  if (typeof v === 'string') yield [path, v];
  else if (Array.isArray(v)) for (let i = 0; i < v.length; i++) yield* configStrings(v[i], `${path}[${i}]`);
  else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      if (/^(password|pass|secret|bearer|value|token|privateKey|canaries|headers|cookies)$/i.test(k)) continue;
      yield* configStrings(x, path ? `${path}.${k}` : k);
    }
  }
}

export function collectSystemMap(report: Report, config?: Config, extra: SystemMapExtra = {}): SystemMap {
  const map: SystemMap = { hosts: new Map(), routes: new Map(), identities: [], thirdParties: new Map(), secrets: new Map() };
  const host = (name: string) => {
    let h = map.hosts.get(name);
    if (!h) map.hosts.set(name, (h = { roles: new Set(), answers: new Set(), facts: new Map(), seenIn: new Set() }));
    return h;
  };
  const addHost = (value: string | undefined, role: string, seenIn: string) => {
    if (!value) return;
    const name = hostnameOf(value);
    if (!name) return;
    const h = host(name);
    h.roles.add(role);
    const o = /:\/\//.test(value) ? origin(value) : '';
    if (o) h.answers.add(o);
    h.seenIn.add(seenIn);
  };
  const thirdParty = (text: string, seenIn: string) => {
    if (!text) return;
    for (const p of PROVIDERS) {
      if (!p.re.test(text)) continue;
      let t = map.thirdParties.get(p.name);
      if (!t) map.thirdParties.set(p.name, (t = { kind: p.kind, seenIn: new Set() }));
      t.seenIn.add(seenIn);
    }
  };

  // 1. What the config names.
  if (config) {
    if (config.api) addHost(config.api.baseUrl, 'API', 'config api.baseUrl');
    for (const h of config.edge?.hosts ?? []) addHost(h, 'web / edge', 'config edge.hosts');
    if (config.edge?.canonical) addHost(config.edge.canonical, 'canonical host', 'config edge.canonical');
    if (config.email) addHost(config.email.domain, 'mail domain', 'config email.domain');
    for (const e of config.ai?.endpoints ?? []) addHost(e.url, `AI endpoint "${e.name}"`, `config ai.endpoints`);
    if (config.deploy?.baseUrl) addHost(config.deploy.baseUrl, 'deploy target', 'config deploy.baseUrl');
    for (const m of config.monitor?.monitors ?? []) {
      if ('url' in m && typeof m.url === 'string' && !hasPlaceholder(m.url)) addHost(m.url, `monitored (${m.id})`, 'config monitor.monitors');
      if (m.type === 'tls') addHost(m.host, `monitored (${m.id})`, 'config monitor.monitors');
    }
    for (const h of config.network.allowHosts) addHost(h, 'allowed', 'config network.allowHosts');
    for (const r of config.api?.routes ?? []) {
      const key = `${r.method.toUpperCase()} ${r.path}`;
      if (!map.routes.has(key)) map.routes.set(key, { open: new Set(), seenIn: new Set(['config api.routes']) });
    }
    if (config.api) {
      map.identities.push({ name: 'guest', details: 'no credentials', seenIn: 'implicit' });
      for (const id of config.api.identities) {
        const auth = id.login ? `login ${id.login.method} ${id.login.path}` : id.bearer ? 'static bearer token' : id.apiKey ? `API key in ${id.apiKey.in} "${id.apiKey.name}"` : Object.keys(id.cookies).length ? 'cookies' : Object.keys(id.headers).length ? 'headers' : 'no credentials';
        map.identities.push({ name: id.name, details: [`role ${id.role}`, id.tenant ? `tenant ${id.tenant}` : '', auth].filter(Boolean).join(', '), seenIn: 'config api.identities' });
      }
      for (const [i, w] of config.api.webhooks.entries()) thirdParty(w.scheme === 'stripe' ? 'stripe-signature' : '', `config api.webhooks[${i}]`);
    }
    for (const [path, value] of configStrings(config, '')) {
      if (/^(waivers|project|gate|report)\b/.test(path)) continue;
      thirdParty(value, `config ${path}`);
    }
  }

  // 2. What the findings saw.
  for (const f of report.findings) {
    const where = whereOf(f) || f.checkId;
    const loc = f.location;
    const fhost = loc?.host ?? (loc?.url ? hostnameOf(loc.url) : '');
    if (fhost) {
      const h = host(fhost);
      if (loc?.url) {
        const o = origin(loc.url);
        if (o) h.answers.add(o);
      }
      for (const [k, v] of answersOf(f)) {
        let set = h.facts.get(k);
        if (!set) h.facts.set(k, (set = new Set()));
        set.add(v);
      }
      h.seenIn.add(f.checkId);
    }
    if (loc?.path && (loc.method || loc.url)) {
      const key = `${(loc.method ?? 'ANY').toUpperCase()} ${loc.path}`;
      let r = map.routes.get(key);
      if (!r) map.routes.set(key, (r = { open: new Set(), seenIn: new Set() }));
      r.seenIn.add(f.checkId);
      if ((f.status === 'fail' || f.status === 'warn') && !f.waiver) r.open.add(`${f.checkId} (${f.severity})`);
    }
    if (isSecretFinding(f)) {
      const { key, masked } = secretKey(f);
      let s = map.secrets.get(key);
      if (!s) map.secrets.set(key, (s = { item: f.title, details: masked ? `masked ${masked}` : '', where: new Set(), checks: new Set() }));
      s.where.add(where);
      s.checks.add(f.checkId);
    }
    const text = [f.checkId, f.title, f.message, f.evidence ?? '', loc?.url ?? '', loc?.record ?? '', f.data ? JSON.stringify(f.data) : ''].join('\n');
    thirdParty(text, `${f.checkId}${whereOf(f) ? ` at ${whereOf(f)}` : ''}`);
  }

  // 3. What stages contributed as sections (evidence they summarised) and env var names.
  for (const [key, s] of Object.entries(report.sections ?? {})) {
    if (key === 'systemMap') continue;
    const text = JSON.stringify(s);
    if (text && text.length < 200_000) thirdParty(text, `report section ${key}`);
  }
  // As written (CLERK_SECRET_KEY) and with underscores as spaces, so word-bounded names match (SENTRY_DSN).
  for (const n of extra.envNames ?? []) thirdParty(`${n} ${n.replace(/_/g, ' ')}`, `env var ${n}`);
  return map;
}

/** The system map as a report section (table). Rows contributed by stages under the same key are kept. */
export function buildSystemMap(report: Report, config?: Config, extra: SystemMapExtra = {}): TableSection {
  const map = collectSystemMap(report, config, extra);
  const rows: TableSection['rows'] = [];
  for (const [name, h] of [...map.hosts].sort((a, b) => a[0].localeCompare(b[0]))) {
    rows.push(['host', name, [[...h.roles].join(', '), renderAnswers(h.answers, h.facts)].filter(Boolean).join(' · '), join(h.seenIn)]);
  }
  const routes = [...map.routes].sort((a, b) => a[0].split(' ')[1]!.localeCompare(b[0].split(' ')[1]!) || a[0].localeCompare(b[0]));
  for (const [key, r] of routes.slice(0, MAX_ROUTES)) rows.push(['route', key, r.open.size ? `open: ${join(r.open)}` : 'no open finding', join(r.seenIn)]);
  if (routes.length > MAX_ROUTES) rows.push(['route', `+${routes.length - MAX_ROUTES} more routes`, '', '']);
  for (const id of map.identities) rows.push(['identity', id.name, id.details, id.seenIn]);
  const kindOrder: ThirdPartyKind[] = ['CDN / hosting', 'email provider', 'payment', 'auth provider', 'error tracking'];
  for (const [name, t] of [...map.thirdParties].sort((a, b) => kindOrder.indexOf(a[1].kind) - kindOrder.indexOf(b[1].kind) || a[0].localeCompare(b[0]))) {
    const seen = [...t.seenIn].sort((a, b) => Number(a.startsWith('config ')) - Number(b.startsWith('config ')));
    rows.push([`third party: ${t.kind}`, name, '', join(new Set(seen))]);
  }
  for (const s of map.secrets.values()) rows.push(['secret', s.item, s.details, `${join(s.where)} (${join(s.checks)})`]);
  const prior = report.sections?.systemMap as Partial<TableSection> | undefined;
  if (prior && Array.isArray(prior.rows) && Array.isArray(prior.columns) && prior.columns.length === SYSTEM_MAP_COLUMNS.length) {
    // Rows a stage contributed (or a map built earlier from the same report): keep those this build lacks.
    const have = new Set(rows.map((r) => `${r[0]}\u0000${r[1]}`));
    for (const r of prior.rows) if (!have.has(`${r[0]}\u0000${r[1]}`)) rows.push(r);
  }
  return {
    title: 'System map',
    description:
      'Hosts and what answers on them, API routes and the identities used, third parties detected from evidence and config, and where each secret was found (masked).',
    columns: SYSTEM_MAP_COLUMNS,
    rows,
  };
}

/** Put the system map first among the report's sections (used by runAudit; the map is redacted like every section). */
export function withSystemMap(report: Report, config?: Config, redactor?: Redactor): Report {
  const map = buildSystemMap(report, config);
  const rest = Object.fromEntries(Object.entries(report.sections ?? {}).filter(([k]) => k !== 'systemMap'));
  report.sections = { systemMap: redactor ? redactor.redactValue(map) : map, ...rest };
  return report;
}
