import { defineCheck } from '../../core/check.js';
import type { RepoProbe } from '../../probes/fs-walk.js';
import { envFiles, FEATURE_FLAG_NAME, judgeValue, parseEnv, PUBLIC_BY_DESIGN_NAME, serverOnlyName, type RepoProbes, type RepoTarget } from './env.js';

/**
 * Framework config that ships values to the browser whatever their name: the env prefix check
 * (repo/client-exposed-secret) cannot see these, because the variable keeps its server-only name.
 *  - Next.js next.config.*: `env: {...}` is inlined into the client bundle at build time, `publicRuntimeConfig`
 *    is serialised into every page (Next.js docs, "env" and "Runtime Configuration").
 *  - Vite vite.config.*: `define` replaces identifiers in client code with the literal; `envPrefix` widens
 *    what `import.meta.env` exposes (Vite docs, "Env Variables and Modes").
 *  - Nuxt nuxt.config.*: `runtimeConfig.public` is sent to the client (Nuxt docs, "Runtime Config").
 *  - Expo app.config.* / app.json: `extra` is embedded in the app manifest every install downloads (Expo docs,
 *    "Environment variables": "do not store secrets in extra").
 * Create React App exposes REACT_APP_* by prefix: repo/client-exposed-secret reports those.
 */

const NEXT_CONFIG = /(?:^|\/)next\.config\.[cm]?[jt]s$/;
const VITE_CONFIG = /(?:^|\/)vite\.config\.[cm]?[jt]s$/;
const NUXT_CONFIG = /(?:^|\/)nuxt\.config\.[cm]?[jt]s$/;
const EXPO_CONFIG = /(?:^|\/)app\.(?:config\.[cm]?[jt]s|json)$/;

/** The body of the object literal that follows `key:` (or `key =`), brace-matched, strings and comments skipped. */
export function objectAfter(text: string, key: RegExp): { body: string; offset: number }[] {
  const out: { body: string; offset: number }[] = [];
  const re = new RegExp(`(?:^|[\\s{,(])["']?(?:${key.source})["']?\\s*[:=]\\s*\\{`, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const open = m.index + m[0].length - 1;
    let depth = 0;
    let quote = '';
    for (let i = open; i < text.length && i - open < 100_000; i++) {
      const c = text[i]!;
      if (quote) {
        if (c === '\\') i++;
        else if (c === quote) quote = '';
        continue;
      }
      if (c === '"' || c === "'" || c === '`') quote = c;
      else if (c === '/' && text[i + 1] === '/') i = text.indexOf('\n', i) === -1 ? text.length : text.indexOf('\n', i);
      else if (c === '{') depth++;
      else if (c === '}' && --depth === 0) {
        out.push({ body: text.slice(open + 1, i), offset: open + 1 });
        break;
      }
    }
  }
  return out;
}

/** Top-level `key: value` entries of an object body (nested objects are skipped as values). */
export function entries(body: string): { key: string; value: string; offset: number }[] {
  const out: { key: string; value: string; offset: number }[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  const flush = (end: number) => {
    const part = body.slice(start, end);
    const m = /^\s*(?:\/\/[^\n]*\n\s*)*["'`]?([\w$.-]+)["'`]?\s*:\s*([\s\S]*?)\s*$/.exec(part);
    if (m) out.push({ key: m[1]!, value: m[2]!, offset: start + part.indexOf(m[1]!) });
    else {
      const short = /^\s*([A-Za-z_$][\w$]*)\s*$/.exec(part); // shorthand { STRIPE_SECRET_KEY }
      if (short) out.push({ key: short[1]!, value: short[1]!, offset: start + part.indexOf(short[1]!) });
    }
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '{' || c === '[' || c === '(') depth++;
    else if (c === '}' || c === ']' || c === ')') depth--;
    else if (c === ',' && depth === 0) {
      flush(i);
      start = i + 1;
    }
  }
  flush(body.length);
  return out;
}

/** camelCase / kebab / dotted → UPPER_SNAKE, so `databaseUrl` and `process.env.DATABASE_URL` read alike. */
function snake(name: string): string {
  return name.replace(/^process\.env\./, '').replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[.-]/g, '_').toUpperCase();
}
/** Server-only names, plus credential words the prefix check leaves to values. */
const SECRET_WORD = /(?:^|_)(?:TOKEN|ACCESS_KEY|SECRET_KEY|API_SECRET|PRIVATE_TOKEN|AUTH_TOKEN|SERVICE_KEY|CLIENT_SECRET|CONNECTION_STRING|DSN_PRIVATE)(?:$|_)/;
/** API keys that are public by design (browser SDKs): Firebase, Maps, reCAPTCHA, search-only keys. */
const PUBLIC_API_KEY = /FIREBASE|MAPS|GOOGLE_API|RECAPTCHA|SEARCH|BROWSER|CLIENT|SITE|WIDGET|EMBED/;
export function secretName(name: string): boolean {
  const n = snake(name);
  if (PUBLIC_BY_DESIGN_NAME.test(n) || /PUBLIC|PUBLISHABLE|ANON/.test(n)) return false;
  if (/(?:^|_)API_?KEY$/.test(n)) return !PUBLIC_API_KEY.test(n); // OPENAI_API_KEY, SENDGRID_API_KEY, RESEND_API_KEY
  return (serverOnlyName(n) || SECRET_WORD.test(n)) && !FEATURE_FLAG_NAME.test(n);
}
const ENV_REF = /(?:process\.env|import\.meta\.env|\benv)(?:\.|\[\s*["'`])([A-Za-z_][A-Za-z0-9_]*)/g;

interface Exposure {
  file: string;
  line: number;
  where: string;
  name: string;
  literal?: string;
}

function lineAt(text: string, offset: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Entries of an exposed object that carry a secret: by their key, the env variable they read, or a literal value. */
/** The whole environment as a value: `process.env`, `{ ...process.env }`, `JSON.stringify(env)` after loadEnv, `loadEnv(...)`. */
const WHOLE_ENV = /^(?:\.\.\.)?\s*(?:JSON\.stringify\(\s*)?(?:process\.env|import\.meta\.env|env|loadEnv\([^)]{0,200}\))\s*\)?\s*$/;

/** Names whose value in some env file of the repository is a real secret (judged by the secrets rules). */
type SecretVars = Set<string>;

function exposed(file: string, text: string, objOffset: number, body: string, where: string, secretVars: SecretVars = new Set()): Exposure[] {
  const out: Exposure[] = [];
  // `env: { ...process.env }`, `define: { 'process.env': process.env }`: every variable, secrets included
  for (const m of body.matchAll(/\.\.\.\s*(?:process\.env|import\.meta\.env)\b/g)) out.push({ file, line: lineAt(text, objOffset + m.index!), where: `${where} (...process.env)`, name: 'every environment variable' });
  for (const e of entries(body)) {
    if (/^(?:process\.env|import\.meta\.env)$/.test(e.key) && WHOLE_ENV.test(e.value)) {
      out.push({ file, line: lineAt(text, objOffset + e.offset), where: `${where}.${e.key}`, name: 'every environment variable' });
      continue;
    }
    if (/^\s*\{/.test(e.value)) continue; // nested object: its own entries are judged where they are exposed
    const refs = [...e.value.matchAll(ENV_REF)].map((m) => m[1]!);
    const lit = /^\s*["'`]([^"'`$]{8,400})["'`]\s*$/.exec(e.value)?.[1];
    const secretRef = refs.find((r) => secretName(r) || secretVars.has(r));
    const litSecret = lit !== undefined && judgeValue(snake(e.key), lit).secret && !judgeValue(snake(e.key), lit).test;
    if (secretName(e.key) || secretRef || litSecret) {
      out.push({ file, line: lineAt(text, objOffset + e.offset), where: `${where}.${e.key}`, name: secretRef ?? snake(e.key), ...(litSecret ? { literal: lit } : {}) });
    }
  }
  return out;
}

async function viteEnvPrefix(repo: RepoProbe, file: string, text: string): Promise<Exposure[]> {
  const m = /envPrefix\s*:\s*(\[[^\]]{0,400}\]|["'`][^"'`]{0,60}["'`])/.exec(text);
  if (!m) return [];
  const prefixes = [...m[1]!.matchAll(/["'`]([^"'`]{0,60})["'`]/g)].map((x) => x[1]!);
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  const out: Exposure[] = [];
  const line = lineAt(text, m.index);
  // Vite refuses '' (it would expose everything); a prefix other than VITE_ exposes every variable it matches
  for (const f of envFiles(repo.files).filter((x) => x.path.startsWith(dir) && !x.path.slice(dir.length).includes('/'))) {
    for (const v of parseEnv((await repo.readText(f.path)) ?? '')) {
      const p = prefixes.find((x) => x && x !== 'VITE_' && v.name.startsWith(x));
      if (p && secretName(v.name)) out.push({ file, line, where: `envPrefix '${p}' (${f.path})`, name: v.name });
    }
  }
  return out;
}

export default defineCheck<RepoTarget, RepoProbes>({
  id: 'repo/framework-exposed-secret',
  title: 'Framework config keeps server secrets on the server',
  problem: 'Server secret exposed to the browser by framework config',
  area: 'repo',
  mode: 'passive',
  description: 'Next.js env/publicRuntimeConfig, Vite define/envPrefix, Nuxt runtimeConfig.public or Expo extra ships a server-only secret to every browser or app install.',
  severity: 'high',
  cwe: 'CWE-200',
  messages: {
    exposed: '{{file}}:{{line}}: {{where}} ships {{name}} to every {{audience}} ({{framework}}).',
    ok: 'No framework config exposes a server secret to the client.',
  },
  remediation:
    'Keep the secret server-side: Next.js serverRuntimeConfig or plain process.env in server code (route handlers, server actions); Nuxt private runtimeConfig keys; Vite: read it only in server/build code, never in define; Expo: call your own API. Rotate the value: every built bundle or app build already contains it.',
  async run(ctx) {
    const { repo } = ctx.probes;
    let n = 0;
    // variables whose value is a real secret somewhere (.env.production: OPENAI_KEY=sk-proj-...): exposing them by
    // name is exposing a secret even when the name does not say so
    const secretVars: SecretVars = new Set();
    const configs = repo.files.filter((f) => NEXT_CONFIG.test(f.path) || VITE_CONFIG.test(f.path) || NUXT_CONFIG.test(f.path) || EXPO_CONFIG.test(f.path));
    if (configs.length) {
      for (const f of envFiles(repo.files)) {
        for (const v of parseEnv((await repo.readText(f.path)) ?? '')) {
          const j = judgeValue(v.name, v.value);
          if (j.secret && !j.test && !PUBLIC_BY_DESIGN_NAME.test(v.name)) secretVars.add(v.name);
        }
      }
    }
    for (const f of repo.files) {
      if (f.shipped || f.size > 500_000 || /(?:^|\/)node_modules\//.test(f.path)) continue;
      let framework = '';
      if (NEXT_CONFIG.test(f.path)) framework = 'Next.js';
      else if (VITE_CONFIG.test(f.path)) framework = 'Vite';
      else if (NUXT_CONFIG.test(f.path)) framework = 'Nuxt';
      else if (EXPO_CONFIG.test(f.path)) framework = 'Expo';
      else continue;
      const text = await repo.readText(f.path);
      if (!text) continue;
      const found: Exposure[] = [];
      if (framework === 'Next.js') {
        for (const o of objectAfter(text, /env/)) found.push(...exposed(f.path, text, o.offset, o.body, 'env', secretVars));
        for (const o of objectAfter(text, /publicRuntimeConfig/)) found.push(...exposed(f.path, text, o.offset, o.body, 'publicRuntimeConfig', secretVars));
      } else if (framework === 'Vite') {
        for (const o of objectAfter(text, /define/)) found.push(...exposed(f.path, text, o.offset, o.body, 'define', secretVars));
        found.push(...(await viteEnvPrefix(repo, f.path, text)));
      } else if (framework === 'Nuxt') {
        for (const rc of objectAfter(text, /runtimeConfig/)) for (const o of objectAfter(rc.body, /public/)) found.push(...exposed(f.path, text, rc.offset + o.offset, o.body, 'runtimeConfig.public', secretVars));
      } else {
        if (f.path.endsWith('app.json') && !/"expo"\s*:/.test(text)) continue;
        for (const o of objectAfter(text, /extra/)) found.push(...exposed(f.path, text, o.offset, o.body, 'extra', secretVars));
      }
      const seen = new Set<string>();
      for (const e of found) {
        if (seen.has(e.where)) continue;
        seen.add(e.where);
        if (e.literal) ctx.secret(e.literal);
        n++;
        ctx.report({
          messageId: 'exposed',
          data: { file: e.file, line: e.line, where: e.where, name: e.name, framework, audience: framework === 'Expo' ? 'app install' : 'browser' },
          location: { file: e.file, line: e.line },
          target: `${e.file}#${e.where}`,
        });
      }
    }
    if (n === 0) ctx.report({ messageId: 'ok', status: 'pass', severity: 'info' });
  },
});
