/**
 * Routes read from an app's source code, for `launchready init` when the OpenAPI document is thin or absent
 * (issue 18). Pure text → routes: no I/O here; the caller reads the files.
 *
 * Recognised: Express / Koa / Hono / Fastify style calls (`app.get('/x', h)`, `router.route('/x').get(h)`,
 * `fastify.route({ method, url })`, `app.on('GET', '/x')`), mount prefixes (`app.use('/api', router)`,
 * `app.route('/api', sub)`, `fastify.register(plugin, { prefix })`, `new Router({ prefix })`, `.basePath()`),
 * NestJS decorators (`@Controller('users')` + `@Get(':id')`, `setGlobalPrefix`), Next.js route handlers
 * (`app/api/.../route.ts` exporting GET/POST...) and API routes (`pages/api/...`). Paths come out as OpenAPI
 * templates (`/users/{id}`). What cannot be read statically (computed paths, regex routes) is skipped, never guessed.
 */

export interface CodeRoute {
  method: string;
  path: string;
  /** where it was declared: file:line */
  source: string;
  style: 'express' | 'fastify' | 'nestjs' | 'nextjs-app' | 'nextjs-pages' | 'generic';
}

export interface SourceFile {
  /** path relative to the project root, POSIX separators */
  rel: string;
  text: string;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete', 'del', 'all', 'head', 'options'] as const;
const HTTP_METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);
// Receivers that are HTTP clients, not routers (frontend and test code calls them with paths too).
const CLIENT_RECEIVERS = /^(axios|http|https|fetch|request|superagent|got|ky|client|apiClient|instance|\$http|cy|agent|supertest|chai|req|res|ctx|response|wrapper|map|cache|store|params|headers|searchParams|localStorage|sessionStorage|cookies|jar|Object|Reflect|Map|WeakMap)$/;
const TEST_FILE = /(^|\/)(test|tests|__tests__|spec|e2e|cypress|playwright|fixtures?|mocks?|__mocks__|stories)\/|\.(test|spec|stories|e2e)\.[cm]?[jt]sx?$/;
const FRONTEND_DIR = /(^|\/)(frontend|client|web|public|static|assets|components|pages(?!\/api)|views)\//;
const SOURCE_EXT = /\.(m?[jt]sx?|c[jt]s)$/;

/** ":id" → "{id}", "[id]" → "{id}", collapse duplicate slashes; undefined when the path is not static. */
export function normalisePath(p: string): string | undefined {
  if (/\$\{|[()|^$\\]|\*\*/.test(p.replace(/\(\?\)/g, ''))) return undefined;
  let out = p
    .replace(/:([A-Za-z_][A-Za-z0-9_]*)\??(\([^)]*\))?/g, '{$1}')
    .replace(/\/\*$/, '/{wildcard}')
    .replace(/\/+/g, '/');
  if (out.includes('*')) return undefined;
  if (!out.startsWith('/')) out = `/${out}`;
  if (out.length > 1) out = out.replace(/\/$/, '');
  return out;
}

function join(...parts: (string | undefined)[]): string {
  return '/' + parts.filter((p) => p && p !== '/').map((p) => p!.replace(/^\/+|\/+$/g, '')).filter(Boolean).join('/');
}

/** Is the match inside a line comment or a block-comment line (`// app.put(...)`, ` * app.get(...)`)? */
function commented(text: string, index: number): boolean {
  const start = text.lastIndexOf('\n', index - 1) + 1;
  const before = text.slice(start, index);
  return /^\s*(\/\/|\*|\/\*)/.test(before) || /(^|[^:'"`])\/\/[^'"`]*$/.test(before);
}

/** 1-based line of an index: newline offsets found once per file, then a binary search per route. */
function lineFinder(text: string): (index: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (index) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** The top-level arguments of a call whose "(" ends at `start` (bounded: 2,000 characters, depth-aware, strings skipped). */
function splitArgs(text: string, start: number): string[] | undefined {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  let quote = '';
  for (let i = start; i < text.length && i < start + 2000; i++) {
    const c = text[i]!;
    if (quote) {
      cur += c;
      if (c === quote && text[i - 1] !== '\\') quote = '';
      continue;
    }
    if (c === '"' || c === "'" || c === '`') {
      quote = c;
      cur += c;
      continue;
    }
    if (c === '(' || c === '{' || c === '[') depth++;
    if (c === ')' || c === '}' || c === ']') {
      if (depth === 0) {
        if (cur.trim()) out.push(cur);
        return out;
      }
      depth--;
    }
    if (c === ',' && depth === 0) {
      out.push(cur);
      cur = '';
      continue;
    }
    cur += c;
  }
  return undefined;
}

/**
 * Who a `.use(` / `.route(` / `.register(` call is made on: the identifier right before it, or for a chain
 * (`const api = Router().use(a).use(b)`, `export default Router().use('/api', api)`) the variable the chain is
 * assigned to, or "*file*" (the module itself, as mounted elsewhere).
 */
function receiverOf(text: string, dotIndex: number): string {
  let i = dotIndex - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  const ident = /([A-Za-z_$][\w$]*)$/.exec(text.slice(Math.max(0, i - 80), i + 1));
  if (ident && text[i] !== ')') return ident[1]!;
  // a chain: walk back to the start of the statement
  const stmtStart = Math.max(text.lastIndexOf(';', dotIndex), text.lastIndexOf('\n\n', dotIndex), 0);
  const head = text.slice(stmtStart, dotIndex);
  const assigned = /(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*[\s\S]*$/.exec(head)?.[1];
  if (assigned) return assigned;
  const exported = /(?:export\s+default|module\.exports\s*=)/.test(head);
  return exported ? '*file*' : '*file*';
}

/** Resolve a relative import specifier against the importing file (no I/O: extensions tried against the file set). */
function resolveImport(from: string, spec: string, known: Set<string>): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const dir = from.split('/').slice(0, -1);
  for (const part of spec.split('/')) {
    if (part === '.' || part === '') continue;
    if (part === '..') dir.pop();
    else dir.push(part);
  }
  const base = dir.join('/');
  const stem = base.replace(/\.[cm]?[jt]sx?$/, '');
  for (const c of [base, `${stem}.ts`, `${stem}.js`, `${stem}.mjs`, `${stem}.cjs`, `${stem}.tsx`, `${stem}/index.ts`, `${stem}/index.js`]) if (known.has(c)) return c;
  return undefined;
}

/** identifier → imported file, for `import x from './r'`, `import { x } from './r'`, `const x = require('./r')`. */
function importsOf(f: SourceFile, known: Set<string>): Map<string, string> {
  const out = new Map<string, string>();
  const add = (names: string, spec: string) => {
    const file = resolveImport(f.rel, spec, known);
    if (!file) return;
    for (const n of names.split(',')) {
      const id = /(?:\bas\s+)?([A-Za-z_$][\w$]*)\s*$/.exec(n.trim())?.[1];
      if (id) out.set(id, file);
    }
  };
  for (const m of f.text.matchAll(/import\s+(?:type\s+)?([A-Za-z_$][\w$]*)?\s*,?\s*(?:\{([^}]{0,500})\})?\s*from\s*['"]([^'"]+)['"]/g)) {
    if (m[1]) add(m[1], m[3]!);
    if (m[2]) add(m[2], m[3]!);
  }
  for (const m of f.text.matchAll(/(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*require\(\s*['"]([^'"]+)['"]\s*\)/g)) add(m[1]!, m[2]!);
  for (const m of f.text.matchAll(/(?:const|let|var)\s+\{([^}]{0,300})\}\s*=\s*require\(\s*['"]([^'"]+)['"]\s*\)/g)) add(m[1]!, m[2]!);
  return out;
}

interface Mount {
  /** file whose routes get the prefix (a router module), or undefined for a same-file identifier */
  file?: string;
  ident?: string;
  inFile: string;
  prefix: string;
  /** the receiver that mounted it (its own prefix applies on top) */
  parent: string;
}

export function extractRoutes(files: SourceFile[]): CodeRoute[] {
  const known = new Set(files.map((f) => f.rel));
  const raw: { method: string; path: string; file: string; receiver?: string; line: number; style: CodeRoute['style'] }[] = [];
  const mounts: Mount[] = [];
  /** file → receiver → own prefix (Koa `new Router({ prefix })`, Hono `.basePath()`) */
  const ownPrefix = new Map<string, Map<string, string>>();
  let globalPrefix = '';

  for (const f of files) {
    if (!SOURCE_EXT.test(f.rel) || TEST_FILE.test(f.rel) || f.text.length > 2_000_000) continue;
    const t = f.text;
    const lineOf = lineFinder(t);
    // ---- Next.js app router: app/**/route.ts exporting HTTP method handlers
    const appRoute = /^(?:src\/)?app\/(.*\/)?route\.[cm]?[jt]sx?$/.exec(f.rel);
    if (appRoute) {
      const segs = (appRoute[1] ?? '').split('/').filter((s) => s && !/^\(.*\)$/.test(s) && !s.startsWith('@'));
      const path = normalisePath('/' + segs.map((s) => s.replace(/^\[\[?\.\.\.(\w+)\]?\]$/, '{$1}').replace(/^\[(\w+)\]$/, '{$1}')).join('/'));
      if (path) {
        for (const m of t.matchAll(/export\s+(?:async\s+)?(?:function|const|let)\s+(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/g)) raw.push({ method: m[1]!, path, file: f.rel, line: lineOf(m.index), style: 'nextjs-app' });
        for (const m of t.matchAll(/export\s*\{([^}]{1,200})\}/g)) for (const n of m[1]!.split(',')) {
          const name = n.trim().split(/\s+as\s+/).pop()!.trim();
          if (HTTP_METHODS.has(name)) raw.push({ method: name, path, file: f.rel, line: lineOf(m.index), style: 'nextjs-app' });
        }
      }
      continue;
    }
    // ---- Next.js pages router: pages/api/**
    const pagesApi = /^(?:src\/)?pages\/(api\/.*)\.[cm]?[jt]sx?$/.exec(f.rel);
    if (pagesApi) {
      const segs = pagesApi[1]!.split('/').filter((s) => s !== 'index');
      const path = normalisePath('/' + segs.map((s) => s.replace(/^\[\[?\.\.\.(\w+)\]?\]$/, '{$1}').replace(/^\[(\w+)\]$/, '{$1}')).join('/'));
      if (path) {
        const methods = new Set<string>();
        for (const m of t.matchAll(/method\s*(?:===|==|!==|!=)\s*['"](GET|POST|PUT|PATCH|DELETE)['"]|case\s+['"](GET|POST|PUT|PATCH|DELETE)['"]/g)) methods.add((m[1] ?? m[2])!);
        for (const m of methods.size ? methods : new Set(['GET'])) raw.push({ method: m, path, file: f.rel, line: 1, style: 'nextjs-pages' });
      }
      continue;
    }
    if (FRONTEND_DIR.test(f.rel) && !/express|fastify|koa|hono|@nestjs|Router\(/.test(t)) continue;
    // ---- NestJS
    // NestJS (@Controller + @Get), routing-controllers (@JsonController + @Get), inversify-express-utils
    // (@controller + @httpGet): one decorator family
    if (/@(?:Controller|controller|JsonController|RestController)\s*\(/.test(t)) {
      for (const m of t.matchAll(/setGlobalPrefix\(\s*['"]([^'"]*)['"]/g)) globalPrefix = m[1]!;
      const controllers = [...t.matchAll(/@(?:Controller|controller|JsonController|RestController)\s*\(\s*(?:['"]([^'"]*)['"]|\{[^}]*path\s*:\s*['"]([^'"]*)['"][^}]*\})?\s*[,)]/g)].map((m) => ({ at: m.index, prefix: m[1] ?? m[2] ?? '' }));
      for (const m of t.matchAll(/@(?:http)?(Get|Post|Put|Patch|Delete|All|Head|Options)\s*\(\s*(?:['"]([^'"]*)['"])?\s*[,)]/g)) {
        const ctl = [...controllers].reverse().find((c) => c.at < m.index);
        if (!ctl) continue;
        const path = normalisePath(join(ctl.prefix, m[2] ?? ''));
        if (path) raw.push({ method: m[1]!.toUpperCase() === 'ALL' ? 'GET' : m[1]!.toUpperCase(), path, file: f.rel, line: lineOf(m.index), style: 'nestjs' });
      }
      continue;
    }
    for (const m of t.matchAll(/setGlobalPrefix\(\s*['"]([^'"]*)['"]/g)) globalPrefix = m[1]!;
    // ---- own prefixes: new Router({ prefix: '/api' }), new Hono().basePath('/api')
    const own = new Map<string, string>();
    for (const m of t.matchAll(/(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*new\s+(?:Koa)?Router\s*\(\s*\{[^}]*prefix\s*:\s*['"]([^'"]+)['"]/g)) own.set(m[1]!, m[2]!);
    for (const m of t.matchAll(/(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*new\s+Hono\s*(?:<[^>]*>)?\(\s*\)\s*\.basePath\(\s*['"]([^'"]+)['"]/g)) own.set(m[1]!, m[2]!);
    if (own.size) ownPrefix.set(f.rel, own);
    // ---- method calls: app.get('/x', ...), router.post("/x", ...)
    const callRe = new RegExp(`([A-Za-z_$][\\w$]*)\\s*\\.\\s*(${METHODS.join('|')})\\s*\\(\\s*(['"\`])(\\/[^'"\`\\n]{0,300}|\\*)\\3\\s*[,)]`, 'g');
    for (const m of t.matchAll(callRe)) {
      const receiver = m[1]!;
      if (commented(t, m.index)) continue;
      if (CLIENT_RECEIVERS.test(receiver)) continue;
      // `foo.get('/x')` with nothing after the path is a client or a map read: a route passes a handler
      if (m[0].endsWith(')')) continue;
      const path = m[4] === '*' ? undefined : normalisePath(m[4]!);
      if (!path) continue;
      const verb = m[2]!.toUpperCase();
      const method = verb === 'DEL' ? 'DELETE' : verb === 'ALL' ? 'GET' : verb;
      raw.push({ method, path, file: f.rel, receiver, line: lineOf(m.index), style: /fastify/i.test(receiver) ? 'fastify' : 'express' });
    }
    // router.route('/x').get(h).post(h)
    for (const m of t.matchAll(/([A-Za-z_$][\w$]*)\s*\.\s*route\s*\(\s*['"](\/[^'"]{0,300})['"]\s*\)/g)) {
      const path = normalisePath(m[2]!);
      if (!path) continue;
      if (commented(t, m.index)) continue;
      // The chain: the rest of this line, then each following line that starts with "." (no-semicolon styles too).
      const lines = t.slice(m.index + m[0].length, m.index + m[0].length + 2000).split('\n');
      let chain = lines[0]!;
      for (const l of lines.slice(1)) {
        if (!/^\s*\./.test(l)) break;
        chain += `\n${l}`;
      }
      chain = chain.split(';')[0]!;
      for (const c of chain.matchAll(/\.\s*(get|post|put|patch|delete|all)\s*\(/g)) raw.push({ method: c[1] === 'all' ? 'GET' : c[1]!.toUpperCase(), path, file: f.rel, receiver: m[1]!, line: lineOf(m.index), style: 'express' });
    }
    // fastify.route({ method: 'GET' | ['GET','POST'], url: '/x' })
    for (const m of t.matchAll(/\.\s*route\s*\(\s*\{/g)) {
      // the options object may hold the handler (nested braces): read method and url from the next 800 characters
      const body = t.slice(m.index + m[0].length, m.index + m[0].length + 800);
      const url = /\b(?:url|path)\s*:\s*['"](\/[^'"]{0,300})['"]/.exec(body)?.[1];
      const meth = /\bmethod\s*:\s*(\[[^\]]{0,200}\]|['"][A-Za-z]+['"])/.exec(body)?.[1];
      const path = url ? normalisePath(url) : undefined;
      if (!path || !meth) continue;
      for (const x of meth.matchAll(/['"]([A-Za-z]+)['"]/g)) if (HTTP_METHODS.has(x[1]!.toUpperCase())) raw.push({ method: x[1]!.toUpperCase(), path, file: f.rel, line: lineOf(m.index), style: 'fastify' });
    }
    // generic ('GET', '/x') pairs: app.on('GET', '/x'), a home-made router's on('POST', '/x', h)
    for (const m of t.matchAll(/\(\s*['"](GET|POST|PUT|PATCH|DELETE)['"]\s*,\s*['"`](\/[^'"`\n]{0,300})['"`]\s*,/g)) {
      if (commented(t, m.index)) continue;
      const path = normalisePath(m[2]!.replace(/\{(\w+)\}/g, ':$1'));
      if (path) raw.push({ method: m[1]!, path, file: f.rel, line: lineOf(m.index), style: 'generic' });
    }
    // ---- mounts: app.use('/api', router), app.route('/api', sub), fastify.register(plugin, { prefix: '/api' })
    const imports = importsOf(f, known);
    const addMount = (parent: string, prefix: string, target: string) => {
      const reqInline = /^require\(\s*['"]([^'"]+)['"]\s*\)/.exec(target);
      const file = reqInline ? resolveImport(f.rel, reqInline[1]!, known) : imports.get(target);
      if (file) mounts.push({ file, inFile: f.rel, prefix, parent });
      else if (/^[A-Za-z_$][\w$]*$/.test(target)) mounts.push({ ident: target, inFile: f.rel, prefix, parent });
    };
    for (const m of t.matchAll(/\.\s*(use|route|register)\s*\(/g)) {
      if (commented(t, m.index)) continue;
      const args = splitArgs(t, m.index + m[0].length);
      if (!args || args.length === 0) continue;
      const parent = receiverOf(t, m.index);
      if (m[1] === 'register') {
        // fastify.register(plugin, { prefix: '/api' })
        const prefix = /prefix\s*:\s*['"](\/[^'"]{0,200})['"]/.exec(args[1] ?? '')?.[1] ?? '';
        addMount(parent, prefix, args[0]!.trim());
        continue;
      }
      // app.use('/api', a, b, router) / app.use(router) / app.route('/api', sub) (Hono); route('/x') alone is Express's
      const first = /^\s*['"`](\/[^'"`]{0,200})['"`]\s*$/.exec(args[0]!)?.[1];
      if (m[1] === 'route' && (first === undefined || args.length < 2)) continue;
      const rest = first !== undefined ? args.slice(1) : args;
      const target = rest.at(-1)?.trim().replace(/\(\s*\)$/, '');
      if (target) addMount(parent, first ?? '', target);
    }
  }

  // Prefix of a route: its receiver's own prefix, then the mounts that lead to it (file or identifier), up to 4 levels.
  const prefixOf = (file: string, receiver: string | undefined, depth = 0): string[] => {
    if (depth > 4) return [''];
    const own = receiver ? ownPrefix.get(file)?.get(receiver) ?? '' : '';
    // Mounts that lead here: this file mounted elsewhere (its routes, or its "*file*" chains, get the prefix), or
    // this receiver mounted by name in this same file.
    // A receiver mounted by name in its own file (`const api = Router(); … Router().use('/api', api)`) gets only those
    // prefixes; otherwise the file's own mounts elsewhere apply.
    const byName = mounts.filter((mt) => mt.ident && mt.inFile === file && mt.ident === receiver && mt.parent !== receiver);
    const via = byName.length ? byName : mounts.filter((mt) => mt.file === file && mt.inFile !== file);
    if (via.length === 0) return [own];
    const out: string[] = [];
    for (const mt of via) for (const up of prefixOf(mt.inFile, mt.parent, depth + 1)) out.push(join(up, mt.prefix, own));
    return out;
  };

  const seen = new Set<string>();
  const out: CodeRoute[] = [];
  for (const r of raw) {
    const prefixes = r.style === 'express' || r.style === 'fastify' || r.style === 'generic' ? prefixOf(r.file, r.receiver) : [''];
    for (const p of prefixes) {
      const full = normalisePath(r.style === 'nestjs' && globalPrefix ? join(globalPrefix, r.path) : join(p, r.path));
      if (!full) continue;
      const key = `${r.method} ${full}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ method: r.method, path: full, source: `${r.file}:${r.line}`, style: r.style });
    }
  }
  return out.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}

/** A login route among the routes (POST, path names a login/sign-in/session/token endpoint). */
export function guessLogin(routes: CodeRoute[]): CodeRoute | undefined {
  const score = (r: CodeRoute) => {
    if (r.method !== 'POST') return 0;
    const p = r.path.toLowerCase();
    if (/\{/.test(p)) return 0;
    if (/(^|\/)(login|signin|sign-in|log-in)$/.test(p)) return 3;
    if (/(^|\/)(auth\/token|oauth\/token|token|sessions?|authenticate)$/.test(p)) return 2;
    if (/\/(login|signin|auth)\b/.test(p) && !/(reset|forgot|logout|register|signup|refresh|callback|verify|2fa|otp)/.test(p)) return 1;
    return 0;
  };
  return [...routes].filter((r) => score(r) > 0).sort((a, b) => score(b) - score(a) || a.path.length - b.path.length)[0];
}

/**
 * Where the login handler puts the token, read from the code around it: a cookie (`res.cookie(`,
 * `Set-Cookie`, `cookies.set(`) or a JSON field (`res.json({ token })`, `{ authentication: { token } }`,
 * `accessToken`). The JSON path is a guess the user confirms.
 */
export function guessTokenLocation(handlerText: string, opts: { returnIsBody?: boolean; context?: string } = {}): { from: 'json'; path: string } | { from: 'cookie'; path: string } | undefined {
  const cookie = /(?:res|reply|response|ctx)\.(?:cookie|setCookie)\s*\(\s*['"]([\w.-]{1,60})['"]|cookies\.set\s*\(\s*['"]([\w.-]{1,60})['"]|Set-Cookie['"]?\s*,\s*[`'"]([\w.-]{1,60})=/i.exec(handlerText);
  const nested = /\b([a-zA-Z_]\w{0,40})\s*:\s*\{[^{}]{0,300}?\b(token|accessToken|access_token|jwt|idToken)\b/.exec(handlerText);
  // res.json({ token }), reply.send({ token }), Koa's ctx.body = { token }, a home-made router's { json: { token } }
  const flat = /(?:(?:json|send)\s*\(|\b(?:json|body)\s*[:=])\s*\{[^{}]{0,300}?\b(token|accessToken|access_token|jwt|idToken)\b/.exec(handlerText);
  if (nested && !/^(headers|cookies?|options|where|select|include|json|body|send)$/.test(nested[1]!) && (!flat || nested.index < flat.index)) return { from: 'json', path: `${nested[1]}.${nested[2]}` };
  if (flat) return { from: 'json', path: flat[1]! };
  // A shorthand envelope around a user object that carries the token: res.json({ user }), return { user }.
  const shorthand = /(?:(?:json|send)\s*\(|\breturn)\s*\{\s*(user|session|auth|data|result)\s*\}/.exec(handlerText);
  if (shorthand && /\btoken\b/.test(handlerText + (opts.context ?? ''))) return { from: 'json', path: `${shorthand[1]}.token` };
  // NestJS controllers and Fastify handlers send what they return.
  const returned = opts.returnIsBody ? /\breturn\s*\{[^{}]{0,300}?\b(token|accessToken|access_token|jwt|idToken)\b/.exec(handlerText) : null;
  if (returned && !cookie) return { from: 'json', path: returned[1]! };
  if (cookie) return { from: 'cookie', path: (cookie[1] ?? cookie[2] ?? cookie[3])! };
  return undefined;
}
