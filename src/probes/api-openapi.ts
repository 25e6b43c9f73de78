import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import { parse as parseYaml } from 'yaml';
import { InputError } from '../core/errors.js';
import type { ApiConfig, ApiIdentityConfig } from '../core/config/sections/api.js';
import type { HttpProbe } from './http.js';

/**
 * The API model every API check works from: routes (from the OpenAPI document plus config), how each is
 * classified (public, roles, heavy, flow) and the identities (plus the implicit guest). Built once per run.
 */

export interface ApiParam {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema?: Record<string, unknown>;
  example?: unknown;
}

export interface ApiRoute {
  method: string;
  /** path template, e.g. /api/invoices/{invoiceId} */
  path: string;
  operationId?: string;
  pathParams: string[];
  params: ApiParam[];
  /** no authentication expected (security: [] / {} / x-launchready-public / config) */
  public: boolean;
  /** roles allowed; undefined = any authenticated identity */
  roles?: string[];
  /** roles guessed from the path or description (not declared): identities without a tenant are never intruders */
  rolesInferred?: boolean;
  heavy: boolean;
  /** x-launchready-flow: login, signup, reset-request, reset-consume, invite, webhook */
  flow?: string;
  skip: boolean;
  bodySchema?: Record<string, unknown>;
  bodyMediaType?: string;
  bodyExample?: unknown;
  /** response schema of the 2xx answer, when declared */
  responseSchema?: Record<string, unknown>;
  /** where the route came from */
  source: 'openapi' | 'config';
  /** a GET whose name or document says it changes state: never called with invented values (implies skip) */
  stateChanging?: string;
  /** every request media type the document declares for the body, in its order */
  bodyMediaTypes?: string[];
  /** security requirement sets of the operation (names of securitySchemes); [] = public by design */
  security?: string[][];
}

export interface ApiIdentity {
  name: string;
  tenant?: string;
  role: string;
  email?: string;
  password?: string;
  guest: boolean;
  config?: ApiIdentityConfig;
}

/** A security scheme of the document, reduced to where a credential travels. */
export interface SecurityScheme {
  kind: 'header' | 'cookie' | 'query';
  /** header, cookie or query parameter name */
  name: string;
  /** header prefix (Bearer for http bearer and OAuth) */
  scheme?: string;
}

export interface ApiModel {
  baseUrl: URL;
  /** the document's security schemes by name (components.securitySchemes / securityDefinitions) */
  securitySchemes?: Record<string, SecurityScheme>;
  config: ApiConfig;
  routes: ApiRoute[];
  identities: ApiIdentity[];
  openapi?: { source: string; title?: string; version?: string; routes: number };
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** "GET /api/x/{id}", "/api/admin/**", "/api/*" rules (config public/adminOnly/skip/heavy). */
export function routeRuleMatches(rule: string, method: string, path: string): boolean {
  const m = /^\s*(?:([A-Za-z]+)\s+)?(\S+)\s*$/.exec(rule);
  if (!m) return false;
  if (m[1] && m[1].toUpperCase() !== method.toUpperCase() && m[1] !== '*') return false;
  const want = m[2]!.split('/');
  const have = path.split('/');
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    if (w === '**') return true;
    const h = have[i];
    if (h === undefined) return false;
    if (w === '*') continue;
    // {x} in a rule matches any parameter segment or value
    if (/^\{[^}]*\}$/.test(w)) continue;
    if (w !== h) return false;
  }
  return want.length === have.length;
}

// Verbs that name a state change, matched as whole words of the path, operationId or summary (camelCase, kebab and
// snake split): GET /rest/user/change-password?new=... changed every test user's password when discovery filled
// its required query with invented values (issue 12). Nouns alone (settings, addresses, orders) never match.
const STATE_VERBS = /^(change|update|set|delete|del|remove|destroy|erase|purge|wipe|drop|reset|logout|signout|transfer|withdraw|deposit|pay|refund|cancel|approve|reject|activate|deactivate|disable|enable|grant|revoke|unsubscribe|subscribe|create|add|send|submit|execute|exec|trigger|reboot|restart|shutdown|promote|demote|ban|unban|block|unblock|lock|unlock|suspend|verify|confirm|redeem|apply|buy|purchase|checkout|rename|move|archive|restore|upgrade|downgrade|impersonate|toggle|mark|clear|flush|kill|migrate|seed|import)$/;
const STATE_TEXT = /\b(deletes?|removes?|changes?|updates?|resets?|logs? (the user |you )?out|signs? out|transfers?|cancels?|revokes?|creates?|modif(y|ies)|writes?|sets?|sends?|charges?|pays?)\b(?! (no|nothing))/i;

function words(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * Why a GET route looks like it changes state (undefined when it does not): a verb among its path segments or
 * operationId (change-password, /logout, deleteUser), or a summary/description that says so.
 */
export function stateChangingReason(r: { method: string; path: string; operationId?: string; params?: { name: string; in: string }[] }, text = ''): string | undefined {
  if (r.method !== 'GET') return undefined;
  const verb = words(r.path.replace(/\{[^}]*\}/g, ' ')).find((w) => STATE_VERBS.test(w) || w === 'logoff');
  if (verb) return `"${verb}" in its path`;
  const op = r.operationId ? words(r.operationId) : [];
  if (op[0] && STATE_VERBS.test(op[0])) return `its operationId ${r.operationId} starts with "${op[0]}"`;
  // A new secret passed in the query (?new=..., ?newPassword=...) is a write whatever the path says.
  const q = (r.params ?? []).find((p) => p.in === 'query' && /^(new|new[-_]?password|password[-_]?new|repeat|confirm[-_]?password|new[-_]?email)$/i.test(p.name));
  if (q) return `its query parameter "${q.name}" sets a new value`;
  const m = STATE_TEXT.exec(text.slice(0, 500));
  if (m && !/\b(returns?|lists?|gets?|reads?|shows?|fetch(es)?)\b/i.test(text.slice(0, Math.max(0, m.index)))) return `its description says "${m[0]}"`;
  return undefined;
}

function anyRuleAt(rules: string[], method: string, path: string): boolean {
  return rules.some((r) => routeRuleMatches(r, method, path));
}

// Where frameworks serve their OpenAPI document by default (FastAPI, springdoc, NestJS/swagger-ui, express-openapi...;
// drf-spectacular's SpectacularAPIView is usually routed at /api/schema/, DRF's get_schema_view at /schema/).
const WELL_KNOWN_DOCS = ['/openapi.json', '/openapi.yaml', '/swagger.json', '/v3/api-docs', '/api-docs', '/api/openapi.json', '/api/openapi.yaml', '/api/swagger.json', '/docs/openapi.json', '/swagger/v1/swagger.json', '/api/schema/', '/schema/'];

/** Without api.openapi: look for the document where frameworks publish it (a handful of GETs on the API host). */
async function findDocument(config: ApiConfig, http: HttpProbe): Promise<string | undefined> {
  const base = new URL(config.baseUrl);
  const prefix = base.pathname.replace(/\/$/, '');
  const urls = [...new Set([...(prefix ? WELL_KNOWN_DOCS.map((p) => `${base.origin}${prefix}${p}`) : []), ...WELL_KNOWN_DOCS.map((p) => `${base.origin}${p}`)])];
  // In parallel (same budget, rate and timeout as every request): one after the other, a target that drops
  // unknown paths made this wait 12 full timeouts. The first URL in the list's order that serves a document wins.
  const found = await Promise.all(
    urls.map(async (url) => {
      // eslint-disable-next-line launchready/no-swallowed-error -- targets that drop unknown paths fail these guesses: a failure is "no document here" (the preflight has already shown the host answers)
      const res = await http.request({ url, headers: { accept: 'application/json, application/yaml' }, maxBodyBytes: 8 * 1024 * 1024 }, 'api/discovery').catch(() => undefined);
      return !!res && res.status === 200 && /^\s*(\{[\s\S]{0,200}"(openapi|swagger)"|(openapi|swagger)\s*:)/m.test(res.body.slice(0, 2000));
    }),
  );
  const i = found.indexOf(true);
  return i >= 0 ? urls[i] : undefined;
}

async function loadDocument(config: ApiConfig, configDir: string, http?: HttpProbe): Promise<{ doc: Record<string, unknown>; source: string }> {
  const spec = config.openapi!;
  let text: string;
  let source: string;
  if (/^https?:\/\//i.test(spec)) {
    source = spec;
    if (!http) throw new InputError(`api.openapi: ${spec}: no HTTP probe to fetch it`);
    const url = new URL(spec).href;
    const res = await http.request({ url, headers: { accept: 'application/yaml, application/json' }, maxBodyBytes: 8 * 1024 * 1024 }, 'api/discovery').catch((err: Error) => {
      throw new InputError(`api.openapi: cannot fetch ${url}: ${err.message}`, { cause: err });
    });
    if (res.status !== 200) throw new InputError(`api.openapi: ${url} answered HTTP ${res.status}`);
    text = res.body;
  } else {
    source = isAbsolute(spec) ? spec : resolve(configDir, spec);
    try {
      text = await readFile(source, 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new InputError(`api.openapi: ${source}: cannot read (${code === 'ENOENT' ? 'no such file' : code})`, { cause: err });
    }
  }
  let raw: unknown;
  try {
    raw = /^\s*\{/.test(text) ? JSON.parse(text) : parseYaml(text);
  } catch (err) {
    throw new InputError(`api.openapi: ${source}: not valid YAML/JSON: ${(err as Error).message.split('\n')[0]}`, { cause: err });
  }
  if (!raw || typeof raw !== 'object' || !('openapi' in raw || 'swagger' in raw)) {
    throw new InputError(`api.openapi: ${source}: not an OpenAPI document (no "openapi" field)`);
  }
  try {
    // Internal $refs only: external references would be network or file reads outside our control.
    // eslint-disable-next-line @typescript-eslint/await-thenable -- the promise overload at run time; the `as never` arguments make TS pick the callback one
    const doc = (await SwaggerParser.dereference(raw as never, { resolve: { external: false }, dereference: { circular: 'ignore' } } as never)) as unknown as Record<string, unknown>;
    return { doc, source };
  } catch (err) {
    throw new InputError(`api.openapi: ${source}: ${(err as Error).message.split('\n')[0]}`, { cause: err });
  }
}

/** components.securitySchemes (OpenAPI 3) or securityDefinitions (Swagger 2), as where each credential travels. */
export function securitySchemesOf(doc: Record<string, unknown>): Record<string, SecurityScheme> {
  const raw = ((doc.components as { securitySchemes?: unknown } | undefined)?.securitySchemes ?? doc.securityDefinitions ?? {}) as Record<string, { type?: string; in?: string; name?: string; scheme?: string }>;
  const out: Record<string, SecurityScheme> = {};
  for (const [key, s] of Object.entries(raw)) {
    if (!s || typeof s !== 'object') continue;
    if (s.type === 'apiKey' && s.name && (s.in === 'header' || s.in === 'cookie' || s.in === 'query')) out[key] = { kind: s.in, name: s.in === 'header' ? s.name.toLowerCase() : s.name };
    else if (s.type === 'http' && /^bearer$/i.test(s.scheme ?? '')) out[key] = { kind: 'header', name: 'authorization', scheme: 'Bearer' };
    else if (s.type === 'oauth2' || s.type === 'openIdConnect') out[key] = { kind: 'header', name: 'authorization', scheme: 'Bearer' };
  }
  return out;
}

/**
 * Where a session token should travel per the document: the requirement set most operations use (global security
 * first), as carriers. Undefined when the document says nothing beyond "Authorization: Bearer" (the default) or
 * names a scheme we cannot fill with a login token (http basic).
 */
export function documentCarriers(model: Pick<ApiModel, 'securitySchemes' | 'routes'>): SecurityScheme[] | undefined {
  const schemes = model.securitySchemes ?? {};
  if (Object.keys(schemes).length === 0) return undefined;
  const count = new Map<string, number>();
  for (const r of model.routes) for (const set of r.security ?? []) if (set.length) count.set(set.join('+'), (count.get(set.join('+')) ?? 0) + 1);
  const best = [...count].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!best) return undefined;
  const carriers = best.split('+').map((n) => schemes[n]);
  if (carriers.some((c) => !c)) return undefined;
  const list = carriers as SecurityScheme[];
  if (list.length === 1 && list[0]!.kind === 'header' && list[0]!.name === 'authorization' && list[0]!.scheme === 'Bearer') return undefined;
  return list;
}

function isPublicSecurity(sec: unknown): boolean {
  if (!Array.isArray(sec)) return false;
  return sec.length === 0 || sec.some((s) => s && typeof s === 'object' && Object.keys(s).length === 0);
}

function firstJsonContent(content: unknown): { mediaType: string; schema?: Record<string, unknown>; example?: unknown } | undefined {
  if (!content || typeof content !== 'object') return undefined;
  const entries = Object.entries(content as Record<string, { schema?: Record<string, unknown>; example?: unknown; examples?: Record<string, { value?: unknown }> }>);
  const pick = entries.find(([k]) => /json/i.test(k)) ?? entries.find(([k]) => /form/i.test(k)) ?? entries[0];
  if (!pick) return undefined;
  const [mediaType, media] = pick;
  const example = media?.example ?? (media?.examples ? Object.values(media.examples)[0]?.value : undefined);
  return { mediaType, ...(media?.schema ? { schema: media.schema } : {}), ...(example !== undefined ? { example } : {}) };
}

export function routesFromOpenApi(doc: Record<string, unknown>, config: ApiConfig): ApiRoute[] {
  const out: ApiRoute[] = [];
  const globalSec = doc.security;
  const paths = (doc.paths ?? {}) as Record<string, Record<string, unknown>>;
  for (const [path, item] of Object.entries(paths)) {
    if (!item || typeof item !== 'object') continue;
    const shared = (item.parameters ?? []) as ApiParam[];
    for (const m of METHODS) {
      const op = item[m] as Record<string, unknown> | undefined;
      if (!op) continue;
      const method = m.toUpperCase();
      const params = new Map<string, ApiParam>();
      for (const p of [...shared, ...((op.parameters ?? []) as ApiParam[])]) {
        if (p && p.name && p.in) params.set(`${p.in}:${p.name}`, { name: p.name, in: p.in, required: !!p.required || p.in === 'path', ...(p.schema ? { schema: p.schema } : {}), ...(p.example !== undefined ? { example: p.example } : {}) });
      }
      const pathParams = [...path.matchAll(/\{([^}]+)\}/g)].map((x) => x[1]!);
      const sec = op.security ?? globalSec;
      // Our extensions first, then names other tools and teams commonly use for the same thing.
      const rolesExt = op['x-launchready-roles'] ?? op['x-roles'] ?? op['x-required-roles'] ?? op['x-allowed-roles'];
      let roles = Array.isArray(rolesExt) ? rolesExt.map(String) : typeof rolesExt === 'string' ? rolesExt.split(/[\s,]+/).filter(Boolean) : undefined;
      if (!roles && (op['x-launchready-admin'] === true || op['x-admin-only'] === true || op['x-admin'] === true)) roles = config.adminRoles;
      if (!roles && Array.isArray(sec)) {
        // OAuth scopes naming admin (e.g. admin, admin:write) mark an admin-only route.
        const scopes = sec.flatMap((s) => Object.values((s ?? {}) as Record<string, string[]>).flat());
        if (scopes.length > 0 && scopes.every((s) => /admin/i.test(String(s)))) roles = config.adminRoles;
      }
      let rolesInferred = false;
      // `security: []` on the operation (or x-public) says public by design: a path under /admin/ does not override it.
      const explicitPublic = op['x-launchready-public'] === true || op['x-public'] === true || isPublicSecurity(op.security);
      if (!roles && config.inferRoles && !explicitPublic) {
        // Undeclared but unmistakable: an /admin/ (or /internal/, /backoffice/) segment, or a description that says
        // so. /platform/ and /superadmin/ routes are for platform staff, not tenant admins.
        const text = `${String(op.summary ?? '')} ${String(op.description ?? '')}`;
        // Generators group operations by tag (`tags: [admin]`, NestJS @ApiTags('admin')): a tag that names a
        // privileged audience marks the route as a path segment would.
        const tags = Array.isArray(op.tags) ? op.tags.map((t) => String(t).trim().toLowerCase()) : [];
        // Django's superuser (is_superuser) is platform staff: "Superusers only." in a description says so.
        if (/\/(platform|superadmin|super-admin|sysadmin)(\/|$)/i.test(path) || tags.some((t) => /^(platform|super[-_ ]?admin|super[-_ ]?users?|sysadmin)$/.test(t)) || /\b(super[-_ ]?users? only|only super[-_ ]?users?|requires? (a )?super[-_ ]?user|platform (staff|admins?|operators?) only|is_superuser)\b/i.test(text)) roles = config.adminRoles.filter((r) => !/^(admin|owner)$/i.test(r));
        else if (/\/(admin|admins|internal|backoffice|back-office|staff|manage)(\/|$)/i.test(path) || tags.some((t) => /^(admin|admins|administration|admin[-_ ]only|internal|backoffice|back-office|staff)$/.test(t)) || /\b(admins? only|admin-only|requires? (an? )?(admin|administrator)|(admin|administrator) role|only (tenant |org |organi[sz]ation )?admins?|roles?:\s*admin)\b/i.test(text)) roles = config.adminRoles;
        rolesInferred = !!roles;
      }
      let body = firstJsonContent((op.requestBody as { content?: unknown } | undefined)?.content);
      const swaggerBody = [...params.values()].find((p) => (p.in as string) === 'body');
      if (!body && swaggerBody) body = { mediaType: 'application/json', ...(swaggerBody.schema ? { schema: swaggerBody.schema } : {}) };
      const okResponse = Object.entries((op.responses ?? {}) as Record<string, { content?: unknown }>).find(([code]) => /^2/.test(code));
      const resp = firstJsonContent(okResponse?.[1]?.content);
      const route: ApiRoute = {
        method,
        path,
        pathParams,
        params: [...params.values()],
        public: op['x-launchready-public'] === true || op['x-public'] === true || isPublicSecurity(sec) || (sec === undefined && globalSec === undefined && !roles),
        heavy: op['x-launchready-heavy'] === true,
        skip: op['x-launchready-skip'] === true,
        source: 'openapi',
      };
      if (typeof op.operationId === 'string') route.operationId = op.operationId;
      const why = stateChangingReason(route, `${String(op.summary ?? '')} ${String(op.description ?? '')}`.trim());
      if (why) route.stateChanging = why;
      const media = Object.keys(((op.requestBody as { content?: Record<string, unknown> } | undefined)?.content ?? {}) as Record<string, unknown>);
      if (media.length) route.bodyMediaTypes = media;
      if (Array.isArray(sec)) route.security = sec.map((x) => Object.keys((x ?? {}) as Record<string, unknown>));
      if (roles) route.roles = roles;
      if (rolesInferred) route.rolesInferred = true;
      if (typeof op['x-launchready-flow'] === 'string') route.flow = op['x-launchready-flow'] as string;
      if (body) {
        route.bodyMediaType = body.mediaType;
        if (body.schema) route.bodySchema = body.schema;
        if (body.example !== undefined) route.bodyExample = body.example;
      }
      if (resp?.schema) route.responseSchema = resp.schema;
      out.push(route);
    }
  }
  return out;
}

function identitiesFrom(config: ApiConfig): ApiIdentity[] {
  const ids: ApiIdentity[] = config.identities.map((c) => ({
    name: c.name,
    role: c.role,
    guest: false,
    config: c,
    ...(c.tenant !== undefined ? { tenant: c.tenant } : {}),
    ...(c.email !== undefined ? { email: c.email } : {}),
    ...(c.password !== undefined ? { password: c.password } : {}),
  }));
  ids.push({ name: 'guest', role: 'guest', guest: true });
  return ids;
}

/** Apply config classification (public/adminOnly/skip/heavy) and config routes to the OpenAPI routes. */
export function classifyRoutes(routes: ApiRoute[], config: ApiConfig, prefix = ''): ApiRoute[] {
  const anyRule = (rules: string[], method: string, path: string) => anyRuleAt(rules, method, path) || (prefix !== '' && path.startsWith(`${prefix}/`) && anyRuleAt(rules, method, path.slice(prefix.length)));
  const byKey = new Map(routes.map((r) => [`${r.method} ${r.path}`, r]));
  for (const c of config.routes) {
    const method = c.method.toUpperCase();
    const key = `${method} ${c.path}`;
    const existing = byKey.get(key) ?? (prefix ? byKey.get(`${method} ${prefix}${c.path}`) : undefined);
    const r: ApiRoute = existing ?? { method, path: c.path, pathParams: [...c.path.matchAll(/\{([^}]+)\}/g)].map((x) => x[1]!), params: [], public: false, heavy: false, skip: false, source: 'config' };
    if (c.public !== undefined) r.public = c.public;
    if (c.roles) r.roles = c.roles;
    if (c.heavy !== undefined) r.heavy = c.heavy;
    if (c.body) r.bodyExample = c.body;
    if (!existing) {
      byKey.set(key, r);
      routes.push(r);
    }
  }
  for (const r of routes) {
    if (anyRule(config.public, r.method, r.path)) r.public = true;
    if (anyRule(config.adminOnly, r.method, r.path)) {
      r.roles = config.adminRoles;
      delete r.rolesInferred;
    }
    if (anyRule(config.skip, r.method, r.path)) r.skip = true;
    if (r.method === 'GET' && !r.flow && r.stateChanging === undefined && r.source === 'config') {
      const why = stateChangingReason(r);
      if (why) r.stateChanging = why;
    }
    // Never called with invented values by any check: skipped like api.skip, reported by api/state-changing-get.
    if (r.stateChanging && !r.flow) r.skip = true;
    if (anyRule(config.latency.heavy, r.method, r.path)) r.heavy = true;
    if (r.roles) r.public = false;
  }
  return routes;
}

/** Path part of the document's first server ("/api/v1" from "https://x.test/api/v1" or "/api/v1"); Swagger 2 basePath. */
export function serverPath(doc: Record<string, unknown>): string | undefined {
  if (typeof doc.basePath === 'string') return doc.basePath.replace(/\/$/, '') || '/';
  const servers = doc.servers as { url?: string }[] | undefined;
  const url = servers?.[0]?.url;
  if (typeof url !== 'string' || url.includes('{')) return undefined;
  const m = /^(?:[a-z][a-z0-9+.-]*:\/\/[^/]+)?(\/[^?#]*)?$/i.exec(url);
  const path = m?.[1];
  return path ? path.replace(/\/$/, '') || '/' : undefined;
}

export async function buildApiModel(config: ApiConfig, configDir: string, http?: HttpProbe): Promise<ApiModel> {
  const baseUrl = new URL(config.baseUrl);
  let routes: ApiRoute[] = [];
  let openapi: ApiModel['openapi'];
  let serverPrefix: string | undefined;
  let securitySchemes: Record<string, SecurityScheme> | undefined;
  let spec = config.openapi;
  if (!spec && http && config.discoverOpenapi) spec = await findDocument(config, http);
  if (spec) {
    const { doc, source } = await loadDocument({ ...config, openapi: spec }, configDir, http);
    routes = routesFromOpenApi(doc, config);
    securitySchemes = securitySchemesOf(doc);
    serverPrefix = serverPath(doc);
    const info = (doc.info ?? {}) as { title?: string; version?: string };
    openapi = { source, routes: routes.length, ...(info.title ? { title: info.title } : {}), ...(info.version ? { version: info.version } : {}) };
  }
  // The document's server path (OpenAPI servers[0].url "/api/v1", Swagger 2 basePath) prefixes the document's
  // paths, unless baseUrl already carries a path. Config paths (login, flows, mailbox) stay as written.
  const prefix = serverPrefix && serverPrefix !== '/' && baseUrl.pathname === '/' ? serverPrefix : '';
  if (prefix) for (const r of routes) if (!r.path.startsWith(`${prefix}/`)) r.path = prefix + r.path;
  routes = classifyRoutes(routes, config, prefix);
  return { baseUrl, config, routes, identities: identitiesFrom(config), ...(openapi ? { openapi } : {}), ...(securitySchemes && Object.keys(securitySchemes).length ? { securitySchemes } : {}) };
}
