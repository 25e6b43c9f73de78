import { parseEnv as nodeParseEnv } from 'node:util';
import type { RepoFile, RepoProbe } from '../../probes/fs-walk.js';
import { classifyName, isNotSecretValue, scanText } from '../secrets/engine.js';
import { ruleById } from '../secrets/rules.js';

/** Shared helpers of the repo/* checks: finding env files, parsing them, reading env var use in code. */

export interface RepoTarget {
  root: string;
  /** environment name → env file (config repo.envFiles) */
  envFiles?: Record<string, string>;
}

export interface RepoProbes {
  repo: RepoProbe;
}

const ENV_FILE = /(?:^|\/)(?:\.env(?:\.[A-Za-z0-9_.-]+)?|[A-Za-z0-9_.-]+\.env)$/;
const EXAMPLE = /(?:example|sample|template|tmpl|tpl|dist|defaults?|schema|skeleton)(?:$|\.)/i;

export function isEnvFile(path: string): boolean {
  return ENV_FILE.test(path) && !path.split('/').includes('node_modules');
}

export function isExampleEnv(path: string): boolean {
  const base = path.split('/').pop() ?? path;
  return isEnvFile(path) && EXAMPLE.test(base.replace(/^\.env\.?/, ''));
}

export function envFiles(files: RepoFile[]): RepoFile[] {
  return files.filter((f) => isEnvFile(f.path) && !f.shipped);
}

export interface EnvVar {
  name: string;
  value: string;
  line: number;
  column: number;
}

/**
 * Entries of an env file with their positions: THE env-file reader of launchready (the gate, init and handover use
 * it too). Quoted values come from Node's util.parseEnv (the parser behind --env-file: escapes, multi-line values);
 * an unquoted value ends at a ` #` comment. The line and column of each name come from the line that assigns it.
 */
export function parseEnv(text: string): EnvVar[] {
  const out: EnvVar[] = [];
  let values: Record<string, string> = {};
  try {
    values = nodeParseEnv(text.replace(/^\uFEFF/, '')) as Record<string, string>;
  } catch {
    values = {};
  }
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const m = /^(\s*(?:export\s+)?)([A-Za-z_][A-Za-z0-9_.-]*)(\s*=\s*)(.*)$/.exec(raw);
    if (!m) return;
    let value = m[4]!;
    const q = value[0];
    if (q === '"' || q === "'" || q === '`') {
      const end = value.indexOf(q, 1);
      value = end > 0 ? value.slice(1, end) : value.slice(1);
    } else {
      value = value.replace(/\s+#.*$/, '').trim();
    }
    // Quoted values are Node's (escapes, multi-line values, `#` inside quotes). Unquoted ones keep a `#` that is not
    // preceded by a space, as Docker Compose and the shell read it (`pa#ss` stays whole; dotenv and Node would cut
    // it, so the app reads less than the file says — the scanner judges what the file holds). The last assignment
    // of a name is what Node keeps, so earlier duplicates keep the value on their own line.
    const last = lines.findLastIndex((l) => new RegExp(`^\\s*(?:export\\s+)?${m[2]!.replace(/[.-]/g, '\\$&')}\\s*=`).test(l)) === i;
    if (last && (q === '"' || q === "'" || q === '`') && m[2]! in values) value = values[m[2]!]!;
    out.push({ name: m[2]!, value, line: i + 1, column: m[1]!.length + m[2]!.length + m[3]!.length + (q === '"' || q === "'" || q === '`' ? 2 : 1) });
  });
  return out;
}

export interface SecretVerdict {
  secret: boolean;
  /** the provider rule that matched the value, if any */
  ruleId?: string;
  family?: string;
  test?: boolean;
}

/** Does this env entry hold a real secret (provider format, or a secret-ish name with a real-looking value)? */
export function judgeValue(name: string, value: string): SecretVerdict {
  if (!value) return { secret: false };
  const m = scanText(`${name}=${value}`, { file: '.env' })[0];
  if (m) {
    if (m.kind === 'public') return { secret: false, ruleId: m.ruleId };
    const fam = ruleById(m.ruleId)?.family ?? 'generic';
    return { secret: true, ruleId: m.ruleId, family: fam, test: m.kind === 'test' };
  }
  const cls = classifyName(name);
  if (cls && !isNotSecretValue(value) && value.length >= 8) return { secret: true };
  return { secret: false };
}

const CLIENT_PREFIX = /^(NEXT_PUBLIC_|VITE_|REACT_APP_|EXPO_PUBLIC_|NUXT_PUBLIC_|PUBLIC_|GATSBY_|VUE_APP_|STORYBOOK_|SVELTEKIT_PUBLIC_|NG_APP_)/;
export function clientPrefix(name: string): string | null {
  return CLIENT_PREFIX.exec(name)?.[1] ?? null;
}

/** Names that must never reach a browser bundle, whatever the value. */
export const SERVER_ONLY_NAME = /(?:SECRET|PRIVATE|PASSWORD|PASSWD|PWD|SERVICE_ROLE|SERVICE_KEY|ADMIN_KEY|ADMIN_TOKEN|DATABASE_URL|DB_URL|DB_PASS|MASTER_KEY|SIGNING_KEY|WEBHOOK_SECRET|SK_LIVE|ENCRYPTION_KEY)/i;
/**
 * Names that talk about a credential feature rather than hold one: `DISABLE_EMAIL_PASSWORD_SIGNUP`,
 * `PASSWORD_MIN_LENGTH`, `ENABLE_PASSWORD_RESET` (documenso's .env.example has both of the first kind).
 */
export const FEATURE_FLAG_NAME = /^(?:DISABLE|DISABLED|ENABLE|ENABLED|ALLOW|SHOW|HIDE|REQUIRE|IS|HAS|USE)_|_(?:SIGNUP|SIGNIN|LOGIN|RESET|MIN_LENGTH|MAX_LENGTH|LENGTH|MIN|MAX|POLICY|STRENGTH|RULES|ENABLED|DISABLED|REQUIRED|EXPIRY|TTL|HINT|LABEL|PLACEHOLDER|FIELD)$/i;
/** A server-only name, unless it names a feature flag or setting about the credential. */
export function serverOnlyName(name: string): boolean {
  return SERVER_ONLY_NAME.test(name) && !FEATURE_FLAG_NAME.test(name);
}
export const PUBLIC_BY_DESIGN_NAME = /(?:PUBLISHABLE|ANON_KEY|PUBLIC_KEY|SITE_KEY|CLIENT_ID|MEASUREMENT_ID|APP_ID|PROJECT_ID|DSN)/i;

const CODE_FILE = /\.(?:[cm]?[jt]sx?|vue|svelte|astro|py|rb|go|php|ex|exs|java|kt|rs|cs)$/i;
const USE_PATTERNS: RegExp[] = [
  /process\.env\.([A-Z_][A-Z0-9_]*)/g,
  /process\.env\[\s*["'`]([A-Z_][A-Z0-9_]*)["'`]\s*\]/g,
  /import\.meta\.env\.([A-Z_][A-Z0-9_]*)/g,
  /os\.environ(?:\.get\(|\[)\s*["']([A-Z_][A-Z0-9_]*)["']/g,
  /os\.getenv\(\s*["']([A-Z_][A-Z0-9_]*)["']/g,
  /os\.Getenv\(\s*"([A-Z_][A-Z0-9_]*)"/g,
  /ENV(?:\.fetch\(|\[)\s*["']([A-Z_][A-Z0-9_]*)["']/g,
  /Deno\.env\.get\(\s*["']([A-Z_][A-Z0-9_]*)["']/g,
  /\benv\(\s*["']([A-Z_][A-Z0-9_]*)["']/g,
];
/** Set by the platform or the runtime, never in .env.example. */
export const PLATFORM_VARS = /^(?:NODE_ENV|PORT|HOST|HOSTNAME|CI|HOME|PATH|PWD|TZ|LANG|DEBUG|SHELL|USER|TERM|TMPDIR|NODE_OPTIONS|NEXT_RUNTIME|NEXT_PHASE|VERCEL(?:_.*)?|NETLIFY|RENDER|FLY_.*|RAILWAY_.*|GITHUB_.*|RUNNER_.*|npm_.*|INIT_CWD|MODE|DEV|PROD|SSR|BASE_URL|AWS_REGION|AWS_LAMBDA_.*|LAMBDA_TASK_ROOT|K_SERVICE|HEROKU_.*|DYNO|KUBERNETES_.*|JEST_WORKER_ID|VITEST.*|NO_COLOR|FORCE_COLOR)$/;

/** Object destructuring of the environment (bounded: at most 2,000 characters between the braces). */
const DESTRUCTURE = /\{([^{}]{1,2000})\}\s*=\s*(?:process\.env|import\.meta\.env|Deno\.env\.toObject\(\))\b/g;

export interface EnvUse {
  name: string;
  file: string;
  line: number;
  column: number;
}

export async function envUses(probe: RepoProbe): Promise<EnvUse[]> {
  const out: EnvUse[] = [];
  for (const f of probe.files) {
    if (!CODE_FILE.test(f.path) || f.shipped || f.size > 2_000_000 || /(?:^|\/)(?:node_modules|vendor|dist|build)\//.test(f.path)) continue;
    const text = await probe.readText(f.path);
    if (!text || !/env/.test(text)) continue;
    for (const re of USE_PATTERNS) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text)) !== null) {
        const before = text.slice(0, m.index);
        const line = before.split('\n').length;
        out.push({ name: m[1]!, file: f.path, line, column: m.index - before.lastIndexOf('\n') + m[0].indexOf(m[1]!) });
      }
    }
    // `const { A, B: b, C = 'x' } = process.env` (instrumentation.ts, config files): every destructured name
    DESTRUCTURE.lastIndex = 0;
    for (let m = DESTRUCTURE.exec(text); m; m = DESTRUCTURE.exec(text)) {
      const open = m.index + m[0].indexOf('{') + 1;
      for (const part of m[1]!.matchAll(/(?:^|,)\s*([A-Z_][A-Z0-9_]*)\s*(?=[:=,]|$)/g)) {
        const at = open + part.index! + part[0].indexOf(part[1]!);
        const before = text.slice(0, at);
        out.push({ name: part[1]!, file: f.path, line: before.split('\n').length, column: at - before.lastIndexOf('\n') });
      }
    }
  }
  return out;
}
