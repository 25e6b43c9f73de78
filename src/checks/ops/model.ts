import type { CheckContext } from '../../core/check.js';
import type { OpsConfig } from '../../core/config/sections/ops.js';

/**
 * What the ops stage hands the environment-separation checks: the parsed env file of each configured
 * environment. Reading files is the stage's job (probe); everything here is pure.
 */

export interface EnvEntry {
  name: string;
  value: string;
  line: number;
}

export interface EnvSet {
  /** environment name from config (production, staging, local, ...) */
  env: string;
  /** path shown in findings (relative to the config folder, POSIX) */
  file: string;
  vars: EnvEntry[];
}

export interface SecretInfo {
  secret: boolean;
  ruleId?: string;
  provider?: string;
  title?: string;
  grants?: string;
  test?: boolean;
}

export interface OpsTarget {
  envs: EnvSet[];
  production: string;
  example?: EnvSet;
  hosts: Record<string, string[]>;
  credentials: OpsConfig['credentials'];
  maxAgeDays: number;
  now: Date;
  /** env files that the repo stage's repo/env-shared-secret already compares (that fact is reported once, there) */
  coveredByRepo: Set<string>;
  /** classify a value (secrets engine rules + name heuristics) */
  judge(name: string, value: string): SecretInfo;
}

export type OpsContext = CheckContext<OpsTarget, Record<string, never>>;

export function isProd(t: OpsTarget, env: string): boolean {
  return env === t.production;
}

/** Host (and port) of a URL-ish value: postgres://u:p@db.x:5432/app, redis://h:6379, https://app.x, s3://bucket. */
export function endpointOf(value: string): { host: string; port: string; scheme: string; path: string } | null {
  const m = /^([a-z][a-z0-9+.-]{1,20}):\/\/(?:[^@/\s]{0,300}@)?(\[[0-9a-f:.]+\]|[^:/?#\s,]+)(?::(\d{1,5}))?([^?#\s]*)/i.exec(value.trim());
  if (!m) return null;
  return { scheme: m[1]!.toLowerCase(), host: m[2]!.toLowerCase(), port: m[3] ?? '', path: m[4] ?? '' };
}

/** Variables that point at data: databases, caches, queues, object storage, search. */
export const DATA_STORE_NAME =
  /(?:DATABASE|DB|POSTGRES|PG|MYSQL|MARIADB|MONGO|REDIS|CACHE|MEMCACHE|AMQP|RABBIT|KAFKA|NATS|QUEUE|SQS|BROKER|ELASTIC|OPENSEARCH|SEARCH|CLICKHOUSE|S3|BUCKET|STORAGE|BLOB|GCS|R2|MINIO|SUPABASE_URL|TURSO|NEON|PLANETSCALE)/i;
export const DATA_STORE_SCHEME = /^(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|kafka|nats|s3|gs|clickhouse|cockroachdb|libsql|memcached?|sqlserver|mssql)$/;

/** Bucket-style values (no scheme): S3_BUCKET=acme-uploads. */
export function isBucketVar(name: string): boolean {
  return /(?:BUCKET|CONTAINER)(?:_NAME)?$/i.test(name);
}

/** Hosts of third parties every environment may share legitimately (APIs, CDNs, identity providers). */
export const THIRD_PARTY =
  /(?:^|\.)(?:stripe\.com|paypal\.com|braintreegateway\.com|googleapis\.com|google\.com|gstatic\.com|github\.com|githubusercontent\.com|gitlab\.com|sentry\.io|ingest\.sentry\.io|datadoghq\.(?:com|eu)|sendgrid\.net|sendgrid\.com|mailgun\.(?:net|org)|postmarkapp\.com|resend\.com|twilio\.com|slack\.com|openai\.com|anthropic\.com|auth0\.com|clerk\.(?:com|dev)|okta\.com|cloudflare\.com|cloudinary\.com|algolia\.net|segment\.(?:io|com)|mixpanel\.com|posthog\.com|intercom\.io|pusher\.com|ably\.io|vercel\.app|netlify\.app|amazonaws\.com|windows\.net|azure\.com|supabase\.co|upstash\.io|mongodb\.net|planetscale\.com|neon\.tech)$/i;

/** Hosts that say "not production" by themselves. */
export function nonProdHost(host: string): boolean {
  return (
    /^(?:localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[?::1\]?|host\.docker\.internal)$/.test(host) ||
    /\.(?:local|localhost|test|lan|internal-dev)$/.test(host) ||
    /(?:^|[.-])(?:staging|stage|stg|dev|develop|development|test|testing|qa|uat|preview|sandbox|demo)(?:[.-]|\d*\.)/.test(host) ||
    /(?:ngrok(?:-free)?\.(?:io|app)|loca\.lt|trycloudflare\.com)$/.test(host)
  );
}

/** App-owned URL variables (the app's own origins and callback targets). */
export const APP_URL_NAME = /(?:^|_)(?:APP|SITE|BASE|PUBLIC|FRONTEND|BACKEND|WEB|API|SERVER|CALLBACK|REDIRECT|RETURN|WEBHOOK|ORIGIN|AUTH|NEXTAUTH|CDN|ASSET|DOMAIN|HOST)(?:_[A-Z]+)?_?(?:URL|URI|ORIGIN|HOST|DOMAIN)$|^(?:NEXTAUTH_URL|VERCEL_URL|URL)$/i;

/** Hosts the config says belong to an environment, plus those inferred from its app URL variables. */
export function envHosts(t: OpsTarget, set: EnvSet): Set<string> {
  const out = new Set((t.hosts[set.env] ?? []).map((h) => h.toLowerCase()));
  if (!t.hosts[set.env]) {
    for (const v of set.vars) {
      if (!APP_URL_NAME.test(v.name)) continue;
      const ep = endpointOf(v.value) ?? (/^[a-z0-9.-]+\.[a-z]{2,}$/i.test(v.value) ? { host: v.value.toLowerCase() } : null);
      if (ep && !THIRD_PARTY.test(ep.host)) out.add(ep.host);
    }
  }
  return out;
}

/** Debug switches that must be off in production (name → values that mean "on"). */
export const DEBUG_FLAGS: [name: RegExp, on: RegExp, what: string][] = [
  [/^(?:APP_)?DEBUG$|^DJANGO_DEBUG$|^FLASK_DEBUG$|^LARAVEL_DEBUG$|^WP_DEBUG$|^NEXT_PUBLIC_DEBUG$|^VITE_DEBUG$|^DEBUG_MODE$/i, /^(?:1|true|yes|on|\*|all)$/i, 'debug mode'],
  [/^NODE_ENV$/, /^(?:development|dev|test)$/i, 'a development NODE_ENV'],
  [/^(?:RAILS_ENV|RACK_ENV|APP_ENV|FLASK_ENV|ASPNETCORE_ENVIRONMENT|SPRING_PROFILES_ACTIVE|ENVIRONMENT|ENV)$/i, /^(?:development|dev|local|test)$/i, 'a development environment'],
  [/^(?:LOG_LEVEL|LOGLEVEL|RUST_LOG|LOGGING_LEVEL)$/i, /^(?:debug|trace|silly|verbose|all)$/i, 'debug/trace logging (logs fill with request bodies and tokens)'],
  [/GRAPHQL_(?:PLAYGROUND|INTROSPECTION|DEBUG)|(?:ENABLE|SHOW)_(?:SWAGGER|API_DOCS|PLAYGROUND)|APOLLO_INTROSPECTION/i, /^(?:1|true|yes|on)$/i, 'introspection / API playground'],
  [/^(?:DISPLAY_ERRORS|SHOW_ERRORS|EXPOSE_ERRORS|VERBOSE_ERRORS|DETAILED_ERRORS)$/i, /^(?:1|true|yes|on)$/i, 'detailed errors shown to users'],
  [/^(?:GENERATE_SOURCEMAP|SOURCE_MAPS|SOURCEMAP|PRODUCTION_SOURCE_MAPS|PRODUCTION_BROWSER_SOURCE_MAPS)$/i, /^(?:1|true|yes|on)$/i, 'public source maps'],
  [/^(?:XDEBUG_MODE)$/i, /^(?!off$).+/i, 'Xdebug'],
  [/(?:DISABLE|SKIP)_(?:AUTH|CSRF|SSL_VERIFY|TLS_VERIFY|RATE_LIMIT)|^NODE_TLS_REJECT_UNAUTHORIZED$/i, /^(?:1|true|yes|on|0)$/i, 'a safety check switched off'],
];

/** Live vs test mode of a payment/API key from its format (Stripe, Braintree, PayPal, Paddle, Razorpay...). */
export function keyMode(value: string): 'live' | 'test' | null {
  if (/^(?:sk|rk|pk)_live_|^whsec_live|^live_|_live_[A-Za-z0-9]{8,}|^rzp_live_|^access_token\$production\$/.test(value)) return 'live';
  if (/^(?:sk|rk|pk)_test_|^test_|_test_[A-Za-z0-9]{8,}|^rzp_test_|^access_token\$sandbox\$/.test(value)) return 'test';
  return null;
}
