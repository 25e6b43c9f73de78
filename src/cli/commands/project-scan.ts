import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { parseEnv as parseRepoEnv } from '../../checks/repo/env.js';
import { parse as parseYaml } from 'yaml';
import { extractRoutes, guessLogin, guessTokenLocation, type CodeRoute, type SourceFile } from '../../core/code-routes.js';
import type { EnvVarUse } from '../../report/handover.js';
import { isClientExposedName } from '../../report/handover.js';

/**
 * What `launchready init` and `launchready handover` learn from a project folder without running anything:
 * the framework (package.json), environment variable names (env example files and the code that reads them:
 * never values, except URLs in *example* env files, which name hosts), the OpenAPI document, and hosts named in
 * deploy config (vercel.json, netlify.toml, fly.toml, CNAME, package.json homepage).
 */

export interface FoundHost {
  host: string;
  url: string;
  source: string;
  local: boolean;
}

export interface ProjectScan {
  root: string;
  name?: string;
  framework?: string;
  /** relative path of the env example file used for names */
  envExample?: string;
  /** names in the env example file, in file order */
  exampleNames: string[];
  env: EnvVarUse[];
  openapi?: string;
  hosts: FoundHost[];
  filesScanned: number;
  truncated: boolean;
  /** routes read from the code (Express, Fastify, Koa, Hono, NestJS, Next.js) */
  routes: CodeRoute[];
  /** operations the OpenAPI document declares ("GET /x"), when one was found and parsed */
  openapiRoutes?: string[];
  /** the login route guessed from the code, and where its token seems to be */
  login?: { route: CodeRoute; token?: { from: 'json' | 'cookie'; path: string } };
  /** the port the app listens on, from `listen(process.env.PORT || 3000)` and similar */
  port?: number;
  /** env names read only by CI files (secrets of the pipeline, not of the app) */
  ciOnlyEnv: string[];
  /** env names the app's runtime code reads without a fallback: what a deploy must set */
  requiredEnv: string[];
  /** env names read only with a fallback (`?? x`, `|| x`), or only by build, config and test files */
  optionalEnv: string[];
}

// Where a read does not make a variable required of a deploy: tests, build tools and their configs, scripts.
const NON_RUNTIME_FILE = /(^|\/)(test|tests|__tests__|spec|e2e|cypress|playwright|scripts?|tools|\.github|data\/static)\/|\.(test|spec|e2e)\.[cm]?[jt]sx?$|(^|\/)(Gruntfile|gulpfile|webpack|rollup|vite|vitest|jest|babel|karma|cypress|playwright|eslint|prettier|tailwind|postcss|next|nuxt|astro|svelte|remix)[\w.-]*\.(c|m)?[jt]s$/i;
// A read with a fallback right after it: `process.env.X ?? 'd'`, `process.env.X || 3000`, `os.getenv('X', 'd')`.
const FALLBACK_AFTER = /^\s*(\]\s*)?(\?\?|\|\||\?\s*[^:]|:-)/;
// A guarded read is optional too: `if (process.env.X)`, `process.env.X !== undefined`, `process.env.X && …`.
const GUARD_AFTER = /^\s*(\]\s*)?(!==?|===?|&&|\)\s*\{|\)\s*$|\)\s*return|\)\s*\w)/;
const GUARD_BEFORE = /(\bif\s*\(\s*!?\s*|typeof\s+|!!\s*)$/;

const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'build', '.next', '.nuxt', '.svelte-kit', '.output', 'coverage', 'vendor', '.venv', 'venv', '__pycache__', '.turbo', '.vercel', '.netlify', 'out', 'target', '.launchready', '.cache', 'tmp']);
const CODE_EXT = /\.(m?[jt]sx?|c[jt]s|vue|svelte|astro|py|rb|go|php|ex|exs|rs|java|kt|sh)$/i;
const YAML_EXT = /\.(ya?ml|json|toml)$/i;
const ENV_FILE = /^(\.env(\.[\w.-]+)?|[\w.-]+\.env|\.envrc)$/;
const EXAMPLE_ENV = /^(\.env\.(example|sample|template|dist|defaults)|example\.env|\.env\.local\.example|env\.example)$/i;
/** Bounds: a starter scan must stay fast on a monorepo; files past these are not read. */
const MAX_FILES = 6000;
const MAX_BYTES = 512 * 1024;
const MAX_DEPTH = 8;

const NAME = '[A-Za-z_][A-Za-z0-9_]{0,100}';
// Code that reads an environment variable, per ecosystem. Bounded names keep every pattern linear.
const READ_PATTERNS: RegExp[] = [
  new RegExp(`process\\.env\\.(${NAME})`, 'g'),
  new RegExp(`process\\.env\\[\\s*['"\`](${NAME})['"\`]\\s*\\]`, 'g'),
  new RegExp(`import\\.meta\\.env\\.(${NAME})`, 'g'),
  new RegExp(`(?:Deno\\.env\\.get|Bun\\.env\\.get)\\(\\s*['"](${NAME})['"]`, 'g'),
  new RegExp(`Bun\\.env\\.(${NAME})`, 'g'),
  new RegExp(`os\\.environ(?:\\.get)?\\s*[\\[(]\\s*['"](${NAME})['"]`, 'g'),
  new RegExp(`os\\.getenv\\(\\s*['"](${NAME})['"]`, 'g'),
  new RegExp(`os\\.(?:Getenv|LookupEnv)\\(\\s*"(${NAME})"`, 'g'),
  new RegExp(`ENV(?:\\.fetch)?[\\[(]\\s*['"](${NAME})['"]`, 'g'),
  new RegExp(`getenv\\(\\s*['"](${NAME})['"]`, 'g'),
  new RegExp(`System\\.get_env\\(\\s*"(${NAME})"`, 'g'),
  new RegExp(`env::var\\(\\s*"(${NAME})"`, 'g'),
];
const DESTRUCTURE = /\{([^{}]{1,400})\}\s*=\s*process\.env\b/g;
const CI_READ = new RegExp(`\\$\\{\\{\\s*(?:secrets|vars|env)\\.(${NAME})\\s*\\}\\}`, 'g');
const SKIP_NAMES = new Set(['NODE_ENV', 'CI', 'PATH', 'HOME', 'PWD', 'TZ', 'LANG', 'GITHUB_TOKEN', 'DEBUG', 'PORT']);

const FRAMEWORKS: [string, string][] = [
  ['next', 'Next.js'],
  ['nuxt', 'Nuxt'],
  ['@remix-run/node', 'Remix'],
  ['@remix-run/react', 'Remix'],
  ['@sveltejs/kit', 'SvelteKit'],
  ['astro', 'Astro'],
  ['gatsby', 'Gatsby'],
  ['@nestjs/core', 'NestJS'],
  ['@angular/core', 'Angular'],
  ['react-scripts', 'Create React App'],
  ['hono', 'Hono'],
  ['fastify', 'Fastify'],
  ['koa', 'Koa'],
  ['express', 'Express'],
  ['vite', 'Vite'],
  ['vue', 'Vue'],
  ['react', 'React'],
];

async function readText(file: string): Promise<string | undefined> {
  try {
    const s = await stat(file);
    if (!s.isFile() || s.size > MAX_BYTES) return undefined;
    return await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

async function walk(root: string, onFile: (rel: string, abs: string) => void): Promise<{ files: number; truncated: boolean }> {
  let files = 0;
  let truncated = false;
  const visit = async (dir: string, depth: number): Promise<void> => {
    if (depth > MAX_DEPTH || truncated) return;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (truncated) return;
      const abs = join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name) && !(e.name.startsWith('.') && e.name !== '.github' && e.name !== '.gitlab')) await visit(abs, depth + 1);
      } else if (e.isFile()) {
        if (++files > MAX_FILES) {
          truncated = true;
          return;
        }
        onFile(relative(root, abs).split('\\').join('/'), abs);
      }
    }
  };
  await visit(root, 0);
  return { files: Math.min(files, MAX_FILES), truncated };
}

function isLocalHost(h: string): boolean {
  return h === 'localhost' || h.endsWith('.localhost') || h.startsWith('127.') || h === '::1' || h === '0.0.0.0' || h.endsWith('.local') || h.endsWith('.test') || h.endsWith('.internal');
}

function urlHost(u: string): { host: string; url: string } | undefined {
  try {
    const x = new URL(u);
    if (x.protocol !== 'http:' && x.protocol !== 'https:') return undefined;
    const host = x.hostname.replace(/^\[|\]$/g, '').toLowerCase();
    if (!host || host.includes('*') || host.includes('$') || host.includes('{')) return undefined;
    return { host, url: x.origin };
  } catch {
    return undefined;
  }
}

// URL-valued example keys that name the app itself (not a database, queue or third-party endpoint).
const APP_URL_KEY = /(URL|HOST|DOMAIN|ORIGIN)$/;
const NOT_APP_KEY = /(DATABASE|DB_|_DB|REDIS|MONGO|POSTGRES|PG_|MYSQL|SMTP|MAIL|SENTRY|DSN|WEBHOOK|S3|BUCKET|AMQP|RABBIT|KAFKA|ELASTIC|STRIPE|AUTH0_ISSUER|SUPABASE|FIREBASE|OTEL|COLLECTOR|PROXY|CDN_URL|REGISTRY)/;

/**
 * Names and values of a dotenv text, in file order, read by the one env-file reader (src/checks/repo/env.ts: Node's
 * util.parseEnv for quoted values, `X=1 # c` is "1"); a name assigned twice keeps its last value, as Node does.
 */
export function parseEnvNames(text: string): { name: string; value: string }[] {
  const byName = new Map<string, string>();
  for (const e of parseRepoEnv(text)) {
    byName.delete(e.name);
    byName.set(e.name, e.value);
  }
  return [...byName].map(([name, value]) => ({ name, value }));
}

export async function scanProject(root: string): Promise<ProjectScan> {
  const scan: ProjectScan = { root, exampleNames: [], env: [], hosts: [], filesScanned: 0, truncated: false, routes: [], ciOnlyEnv: [], requiredEnv: [], optionalEnv: [] };
  const runtimeRequired = new Set<string>();
  // one guarded or defaulted read anywhere means the app copes without the variable
  const handledAbsent = new Set<string>();
  const sources: SourceFile[] = [];
  const env = new Map<string, EnvVarUse>();
  const use = (name: string) => {
    let e = env.get(name);
    if (!e) env.set(name, (e = { name, usedIn: [], definedIn: [], clientExposed: isClientExposedName(name) }));
    return e;
  };
  const hosts = new Map<string, FoundHost>();
  const addHost = (u: string, source: string) => {
    const x = urlHost(/^[a-z]+:\/\//i.test(u) ? u : `https://${u}`);
    if (!x || hosts.has(x.host)) return;
    hosts.set(x.host, { ...x, source, local: isLocalHost(x.host) });
  };

  const files: { rel: string; abs: string }[] = [];
  const w = await walk(root, (rel, abs) => files.push({ rel, abs }));
  scan.filesScanned = w.files;
  scan.truncated = w.truncated;

  const openapiCandidates: string[] = [];
  for (const { rel, abs } of files) {
    const base = basename(rel);
    if (ENV_FILE.test(base) || EXAMPLE_ENV.test(base)) {
      const text = await readText(abs);
      if (text === undefined) continue;
      const pairs = parseEnvNames(text);
      for (const p of pairs) if (!use(p.name).definedIn.includes(rel)) use(p.name).definedIn.push(rel);
      if (EXAMPLE_ENV.test(base) && (!scan.envExample || rel.length < scan.envExample.length)) {
        scan.envExample = rel;
        scan.exampleNames = pairs.map((p) => p.name);
        // Example files hold placeholders, not secrets: their URL values name the app's hosts.
        for (const p of pairs) if (APP_URL_KEY.test(p.name) && !NOT_APP_KEY.test(p.name) && /^https?:\/\//.test(p.value)) addHost(p.value, `${rel} ${p.name}`);
      }
      continue;
    }
    if (base === 'CNAME' && rel.split('/').length <= 2) {
      const text = await readText(abs);
      const first = text?.split(/\r?\n/)[0]?.trim();
      if (first && /^[a-z0-9.-]+\.[a-z]{2,}$/i.test(first)) addHost(first, rel);
      continue;
    }
    if (rel === 'package.json') {
      const text = await readText(abs);
      try {
        const pkg = JSON.parse(text ?? '{}') as { name?: string; homepage?: string; dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
        if (pkg.name) scan.name = pkg.name;
        if (pkg.homepage) addHost(pkg.homepage, 'package.json homepage');
        const deps = { ...pkg.devDependencies, ...pkg.dependencies };
        for (const [dep, label] of FRAMEWORKS) {
          if (dep in deps) {
            scan.framework = label;
            break;
          }
        }
      } catch {
        /* a broken package.json is not ours to report */
      }
      continue;
    }
    if (rel === 'vercel.json') {
      try {
        const v = JSON.parse((await readText(abs)) ?? '{}') as { alias?: string | string[]; redirects?: { has?: { type: string; value: string }[] }[]; rewrites?: { has?: { type: string; value: string }[] }[] };
        for (const a of Array.isArray(v.alias) ? v.alias : v.alias ? [v.alias] : []) addHost(a, 'vercel.json alias');
        for (const r of [...(v.redirects ?? []), ...(v.rewrites ?? [])]) for (const x of r.has ?? []) if (x.type === 'host' && /^[a-z0-9.-]+$/i.test(x.value)) addHost(x.value, 'vercel.json host rule');
      } catch {
        /* ignore */
      }
      continue;
    }
    if (rel === 'app.json') {
      // Heroku's app.json: only "website" names the app; logo, repository and success_url point elsewhere.
      try {
        const a = JSON.parse((await readText(abs)) ?? '{}') as { website?: unknown };
        if (typeof a.website === 'string') addHost(a.website, 'app.json website');
      } catch {
        /* not ours to report */
      }
      continue;
    }
    if (rel === 'netlify.toml' || rel === 'fly.toml' || rel === 'wrangler.toml' || rel === 'render.yaml') {
      const text = (await readText(abs)) ?? '';
      if (rel === 'fly.toml') {
        const m = /^\s*app\s*=\s*["']([a-z0-9-]+)["']/m.exec(text);
        if (m) addHost(`${m[1]}.fly.dev`, 'fly.toml app');
      }
      for (const m of text.matchAll(/https?:\/\/[^\s"'<>*]{3,200}/g)) {
        if (!/netlify\.com\/docs|docs\.|github(usercontent)?\.com|schema|\.(png|jpe?g|svg|gif|ico|webp)(\?|$)/.test(m[0])) addHost(m[0], rel);
      }
      if (rel === 'wrangler.toml') for (const m of text.matchAll(/pattern\s*=\s*"([a-z0-9.-]+)\//g)) addHost(m[1]!, 'wrangler.toml route');
      continue;
    }
    const isCode = CODE_EXT.test(base);
    const isCi = rel.startsWith('.github/workflows/') || base === '.gitlab-ci.yml' || rel.startsWith('.gitlab/');
    const maybeOpenapi = YAML_EXT.test(base) && !rel.startsWith('.github/');
    if (!isCode && !isCi && !maybeOpenapi) continue;
    const text = await readText(abs);
    if (text === undefined) continue;
    if (isCode) {
      if (/\.(m?[jt]sx?|c[jt]s)$/.test(base)) sources.push({ rel, text });
      if (scan.port === undefined) {
        const pm = /\.listen\(\s*(?:\{\s*port\s*:\s*)?(?:[^,)]{0,60}?(?:\|\||\?\?)\s*)?(\d{2,5})\b/.exec(text) ?? /\bPORT\s*(?:\|\||\?\?|:-|=)\s*['"]?(\d{2,5})\b/.exec(text);
        if (pm) scan.port = Number(pm[1]);
      }
      const lines = text.split('\n');
      lines.forEach((line, i) => {
        if (line.length > 4000) return; // minified bundles: not source
        for (const re of READ_PATTERNS) {
          re.lastIndex = 0;
          for (const m of line.matchAll(re)) {
            const u = use(m[1]!);
            if (u.usedIn.length < 50) u.usedIn.push(`${rel}:${i + 1}`);
            const after = line.slice(m.index + m[0].length);
            const before = line.slice(0, m.index);
            const fallback = FALLBACK_AFTER.test(after) || GUARD_AFTER.test(after) || GUARD_BEFORE.test(before) || /getenv\(\s*['"][^'"]+['"]\s*,/.test(m[0] + after.slice(0, 4)) || /\.get\(\s*['"][^'"]+['"]\s*,/.test(m[0] + after.slice(0, 4));
            if (fallback) handledAbsent.add(m[1]!);
            else if (!NON_RUNTIME_FILE.test(rel)) runtimeRequired.add(m[1]!);
          }
        }
        if (line.includes('process.env')) {
          for (const m of line.matchAll(DESTRUCTURE)) {
            for (const part of m[1]!.split(',')) {
              const n = /^\s*([A-Za-z_][A-Za-z0-9_]*)/.exec(part)?.[1];
              if (n) use(n).usedIn.push(`${rel}:${i + 1}`);
            }
          }
        }
      });
    }
    if (isCi) {
      text.split('\n').forEach((line, i) => {
        for (const m of line.matchAll(CI_READ)) if (!SKIP_NAMES.has(m[1]!)) use(m[1]!).usedIn.push(`${rel}:${i + 1}`);
      });
    }
    if (maybeOpenapi && (/^(openapi|swagger)[\w.-]*\.(ya?ml|json)$/i.test(base) || /^\s*["']?(openapi|swagger)["']?\s*:\s*["']?[23]\./m.test(text.slice(0, 2000)))) {
      if (/^\s*["']?(openapi|swagger)["']?\s*:\s*["']?[23]\./m.test(text.slice(0, 4000))) openapiCandidates.push(rel);
    }
  }
  openapiCandidates.sort((a, b) => a.split('/').length - b.split('/').length || a.length - b.length || a.localeCompare(b));
  if (openapiCandidates[0]) {
    scan.openapi = openapiCandidates[0];
    try {
      const doc = parseYaml((await readText(join(root, scan.openapi))) ?? '', { maxAliasCount: 100 }) as { paths?: Record<string, Record<string, unknown>>; basePath?: string; servers?: { url?: string }[] };
      const prefix = (doc.basePath ?? (doc.servers?.[0]?.url ? new URL(doc.servers[0].url, 'http://x').pathname : '')).replace(/\/$/, '');
      scan.openapiRoutes = Object.entries(doc.paths ?? {}).flatMap(([p, ops]) => Object.keys(ops ?? {}).filter((m) => /^(get|put|post|delete|patch|head|options)$/i.test(m)).map((m) => `${m.toUpperCase()} ${prefix}${p}`));
    } catch {
      /* a document that does not parse: the audit reports it; init only counts */
    }
  }
  scan.routes = extractRoutes(sources);
  const login = guessLogin(scan.routes);
  if (login) {
    // The token's place: the code right after the route, then the files named like the handler (routes/login.ts).
    const [file, line] = login.source.split(':');
    const src = sources.find((x) => x.rel === file)?.text ?? '';
    const at = src.split('\n').slice(Math.max(0, Number(line) - 1)).join('\n').slice(0, 3000);
    const named = sources.filter((x) => /(^|\/)(login|auth|session|signin)[\w.-]*\.[cm]?[jt]sx?$/i.test(x.rel));
    const returnIsBody = login.style === 'nestjs' || login.style === 'fastify' || login.style === 'nextjs-app';
    // context: the service the handler calls may build the token (auth.service.ts); named files carry it
    const context = named.map((n) => n.text).join('\n').slice(0, 200_000);
    let token = guessTokenLocation(at.slice(0, 1200), { returnIsBody, context });
    for (const n of named) token ??= guessTokenLocation(n.text, { returnIsBody });
    // Last resort: the response shape the app builds anywhere (`{ user: { email, token } }`, a RealWorld habit),
    // the most frequent envelope key around a token field.
    if (!token) {
      const count = new Map<string, number>();
      for (const x of sources) {
        if (x.text.length > 300_000) continue;
        for (const m of x.text.matchAll(/\b(user|auth|authentication|session|data|result|payload)\s*:\s*\{[^{}]{0,400}?\b(token|accessToken|access_token)\s*[:,}]/g)) count.set(`${m[1]}.${m[2]}`, (count.get(`${m[1]}.${m[2]}`) ?? 0) + 1);
      }
      const best = [...count].sort((a, b) => b[1] - a[1])[0];
      if (best) token = { from: 'json', path: best[0] };
    }
    scan.login = { route: login, ...(token ? { token } : {}) };
  }
  for (const n of SKIP_NAMES) {
    const e = env.get(n);
    if (e && e.definedIn.length === 0) env.delete(n);
  }
  scan.env = [...env.values()].sort((a, b) => a.name.localeCompare(b.name));
  const isCiPath = (u: string) => u.startsWith('.github/') || u.startsWith('.gitlab') || u.startsWith('.circleci/') || u.startsWith('.buildkite/');
  scan.ciOnlyEnv = scan.env.filter((e) => e.usedIn.length > 0 && e.usedIn.every(isCiPath) && e.definedIn.length === 0).map((e) => e.name);
  const required = (n: string) => runtimeRequired.has(n) && !handledAbsent.has(n);
  scan.requiredEnv = scan.env.filter((e) => required(e.name) && !scan.ciOnlyEnv.includes(e.name) && !SKIP_NAMES.has(e.name)).map((e) => e.name);
  scan.optionalEnv = scan.env.filter((e) => e.usedIn.length > 0 && !required(e.name) && !scan.ciOnlyEnv.includes(e.name)).map((e) => e.name);
  scan.hosts = [...hosts.values()].sort((a, b) => Number(a.local) - Number(b.local));
  return scan;
}
