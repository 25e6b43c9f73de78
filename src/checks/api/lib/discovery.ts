import { describeError } from '../../../core/runner.js';
import type { ApiCtx } from './util.js';
import { fillPath, is2xx, isErrorBody, sampleQuery, unwrap } from './util.js';
import type { ApiExchange, ApiIdentity, ApiRoute } from './types.js';

/**
 * Discovery runs once per audit (shared through ctx.evidence, requests counted as "api/discovery"): every identity
 * logs in and reads every parameterless GET route; then, level by level, every GET route with path parameters is
 * instantiated for every identity: `/x` gives ids for `/x/{id}`, and nested routes such as
 * `/orgs/{orgId}/invoices/{invoiceId}` take `orgId` from the identity's own context (its tenant, fields of its
 * profile answers such as tenantId, configured objects) or from `/orgs`, then ids from `/orgs/<org>/invoices`.
 * Checks reuse these exchanges and instances instead of asking again.
 */

export const DISCOVERY_ID = 'api/discovery';

export interface ItemTemplate {
  route: ApiRoute;
  /** the last path parameter (the object id) */
  param: string;
  /** list template the last id comes from */
  listPath?: string;
  idField: string;
  /** the item route is public (a catalogue: products, listings): its ids serve write routes, not read BOLA */
  public?: boolean;
}

export interface Instance {
  /** concrete path */
  path: string;
  /** value of the last parameter */
  id: string;
  params: Record<string, string>;
  /** the id came from this identity's own list (not from config or context) */
  listed: boolean;
}

export interface Discovery {
  /** `${identity}|${METHOD} ${template}` → exchange (parameterless GET routes) */
  reads: Map<string, ApiExchange>;
  exchanges: ApiExchange[];
  /** identity → item template → instances that identity can name */
  objects: Map<string, Map<string, Instance[]>>;
  items: ItemTemplate[];
  /** identity → concrete list path → every id that list showed (uncapped) */
  lists: Map<string, Map<string, Set<string>>>;
  /** identity → object id → the list element that showed it (for ownership fields) */
  listObjects: Map<string, Map<string, Record<string, unknown>>>;
  /** identity → its profile fields (normalised names: userid, email, username...) from profile-like answers */
  profiles: Map<string, Record<string, string>>;
  /** identity → values that name it in objects: its profile's id/email/username/name, its configured email and name */
  selves: Map<string, Set<string>>;
  loginErrors: Map<string, string>;
  /** "<identity> GET <path>" → why discovery's read failed (api/identities reports them: the checks built on discovery never saw these) */
  readErrors: Map<string, string>;
  /** identities that could log in */
  active: ApiIdentity[];
}

export function readKey(identity: string, route: Pick<ApiRoute, 'method' | 'path'>): string {
  return `${identity}|${route.method} ${route.path}`;
}

/** GET routes without path parameters that discovery reads (no flows, nothing skipped). */
export function listableRoutes(routes: ApiRoute[]): ApiRoute[] {
  return routes.filter((r) => r.method === 'GET' && r.pathParams.length === 0 && !r.skip && !r.flow);
}

/** The elements of a list answer (bare array, {data|items|results...: []}, HAL _embedded, GraphQL-style edges). */
export function listItems(json: unknown): Record<string, unknown>[] {
  let arr: unknown[] | undefined;
  if (Array.isArray(json)) arr = json;
  else if (json && typeof json === 'object') {
    const o = json as Record<string, unknown>;
    for (const k of ['data', 'items', 'results', 'records', 'rows', 'list', 'content', 'entries', 'nodes', 'edges']) {
      if (Array.isArray(o[k])) {
        arr = o[k] as unknown[];
        break;
      }
    }
    // HAL: {_embedded: {invoices: [...]}}; JSend/envelopes: {status, data: {items: [...]}}.
    for (const inner of [o._embedded, o.data, o.result]) {
      if (arr || !inner || typeof inner !== 'object' || Array.isArray(inner)) continue;
      arr = Object.values(inner as Record<string, unknown>).find((v) => Array.isArray(v) && v.length > 0 && typeof v[0] === 'object') as unknown[] | undefined;
    }
    arr ??= Object.values(o).find((v) => Array.isArray(v) && v.length > 0 && typeof v[0] === 'object') as unknown[] | undefined;
  }
  const out: Record<string, unknown>[] = [];
  for (const raw of arr ?? []) {
    const e = raw && typeof raw === 'object' && 'node' in (raw as object) ? (raw as { node: unknown }).node : raw;
    if (!e || typeof e !== 'object' || Array.isArray(e)) continue;
    const o = e as Record<string, unknown>;
    // JSON:API elements: {id, type, attributes}
    out.push(o.attributes && typeof o.attributes === 'object' && 'type' in o ? { id: o.id, ...(o.attributes as Record<string, unknown>) } : o);
  }
  return out;
}

/** The id of one list element: the configured field, the parameter's own name, the usual ones, any id-like field. */
export function idOf(o: Record<string, unknown>, idField: string, param?: string): string | undefined {
  const snake = param ? param.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase() : undefined;
  let v = o[idField] ?? (param ? o[param] : undefined) ?? (snake ? o[snake] : undefined) ?? o.id ?? o.uuid ?? o._id ?? o.slug;
  if (v === undefined) {
    const k = Object.keys(o).find((key) => /(^|_)id$|[a-z]Id$|^uuid$/.test(key) && (typeof o[key] === 'string' || typeof o[key] === 'number'));
    if (k) v = o[k];
  }
  return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
}

export function extractIds(json: unknown, idField: string, param?: string): string[] {
  return [...new Set(listItems(json).map((o) => idOf(o, idField, param)).filter((v): v is string => v !== undefined))];
}

/** Owner-like fields of an object (userId, owner, createdBy, email, ...): values an identity's profile may carry. */
// Relational fields only: an object's own `email` or `username` says who it IS (a user or member record), not
// whose it is.
const OWNER_FIELD = /^(user|owner|author|creator|created_?by|customer|buyer|seller|vendor|merchant|account_?owner|uploader|poster|requester)(_?(id|name|email|username|login))?$/i;

export function ownerValues(o: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(o)) {
    if (!OWNER_FIELD.test(k) || /^user_?name$/i.test(k)) continue;
    if (typeof v === 'string' || typeof v === 'number') out.push(String(v));
    else if (v && typeof v === 'object' && !Array.isArray(v)) for (const f of ['id', 'email', 'username', 'name']) {
      const x = (v as Record<string, unknown>)[f];
      if (typeof x === 'string' || typeof x === 'number') out.push(String(x));
    }
  }
  return out;
}


/**
 * Template of the list an item's param comes from: `/a/{x}/b/{y}` → `/a/{x}/b`; with trailing slashes (Django,
 * Rails) `/a/{x}/b/{y}/` → `/a/{x}/b/` when the document has that route.
 */
function listTemplateFor(template: string, param: string, gets?: { has(p: string): boolean }): string {
  const base = template.slice(0, template.indexOf(`/{${param}}`));
  return gets && !gets.has(base) && gets.has(`${base}/`) ? `${base}/` : base;
}

export function itemTemplates(ctx: ApiCtx): ItemTemplate[] {
  const { routes, config } = ctx.probes.model;
  const gets = routes.filter((r) => r.method === 'GET' && !r.skip && !r.flow);
  const getPaths = new Set(gets.map((r) => r.path));
  const out: ItemTemplate[] = [];
  for (const r of gets) {
    if (r.pathParams.length === 0) continue;
    const param = r.pathParams[r.pathParams.length - 1]!;
    const listPath = listTemplateFor(r.path, param, getPaths);
    const cfg = config.discovery.find((d) => (d.item ? r.path === d.item || r.path.startsWith(`${d.item}/`) : d.path === listPath || d.path === listPath.replace(/\/$/, '')));
    const t: ItemTemplate = { route: r, param, idField: cfg?.idField ?? 'id', ...(r.public ? { public: true } : {}) };
    if (cfg) t.listPath = cfg.path;
    else if (getPaths.has(listPath)) t.listPath = listPath;
    out.push(t);
  }
  return out;
}

const norm = (s: string) => s.toLowerCase().replace(/[-_]/g, '');
const TENANTISH = /^(tenant|org|organi[sz]ation|workspace|account|company|team|project)(id|slug|key|name)?$/;

/**
 * Values an identity can name for a parameter without listing: config objects, its tenant, its profile fields. A
 * generic name (`id`, `pk`) is the profile's own id only under a user-like collection (/users/{id}): elsewhere
 * (/invoices/{id}/) the caller's user id is not an invoice id, and trying it wastes the route's few instances.
 */
function contextValues(id: ApiIdentity, param: string, profile: Record<string, string>, template = ''): string[] {
  const out: string[] = [];
  const configured = id.config?.objects ?? {};
  out.push(...(configured[param] ?? []));
  const n = norm(param);
  const collection = template.slice(0, template.indexOf(`/{${param}}`)).split('/').pop() ?? '';
  const generic = /^(id|pk|uuid|slug)$/.test(n);
  if (profile[n] !== undefined && (!generic || /^(users?|members?|people|persons?|profiles?)$/i.test(collection))) out.push(profile[n]!);
  // `account_pk` (drf-nested-routers' parent lookup) / `accountId` is the profile's account_id or account field.
  const base = n.replace(/(pk|id)$/, '');
  // {user_id} / {userId} / {member_pk}: the caller's own id (its profile's id).
  if (/^(user|member|profile|me)$/.test(base) && n !== base && profile.id !== undefined) out.push(profile.id);
  if (!generic && base) for (const alias of [`${base}id`, base]) if (alias !== n && profile[alias] !== undefined && /^[\w-]+$/.test(profile[alias]!)) out.push(profile[alias]!);
  if (TENANTISH.test(n) && id.tenant) out.push(id.tenant);
  return [...new Set(out)];
}

export function discover(ctx: ApiCtx): Promise<Discovery> {
  return ctx.evidence('api:discovery', async (rt) => {
    const { client, model } = ctx.probes;
    const d: Discovery = { reads: new Map(), exchanges: [], objects: new Map(), lists: new Map(), listObjects: new Map(), selves: new Map(), profiles: new Map(), items: itemTemplates(ctx), loginErrors: new Map(), readErrors: new Map(), active: [] };
    const members = client.members;
    await Promise.all(
      members.map(async (id) => {
        try {
          await client.auth(id, DISCOVERY_ID);
          d.active.push(id);
        } catch (err) {
          d.loginErrors.set(id.name, (err as Error).message);
        }
      }),
    );
    d.active.sort((a, b) => members.indexOf(a) - members.indexOf(b));
    const listRoutes = listableRoutes(model.routes);
    const extraLists = model.config.discovery
      .filter((c) => !c.path.includes('{') && !listRoutes.some((r) => r.path === c.path))
      .map((c): ApiRoute => ({ method: 'GET', path: c.path, pathParams: [], params: [], public: false, heavy: false, skip: false, source: 'config' }));
    const jobs: Promise<void>[] = [];
    for (const r of [...listRoutes, ...extraLists]) {
      const who = r.public ? [model.identities.find((i) => i.guest)!] : d.active;
      for (const id of who) {
        jobs.push(
          client
            .send({ as: id, path: fillPath(r.path), template: r.path, query: sampleQuery(r) }, DISCOVERY_ID, rt.signal)
            .then((x) => {
              d.reads.set(readKey(id.name, r), x);
              d.exchanges.push(x);
            })
            .catch((e: unknown) => void d.readErrors.set(`${id.name} GET ${r.path}`, describeError(e))),
        );
      }
    }
    await Promise.all(jobs);
    const getTemplates = new Map(model.routes.filter((r) => r.method === 'GET' && !r.skip && !r.flow).map((r) => [r.path, r]));
    await Promise.all(
      d.active.map(async (id) => {
        // Profile-like answers (objects, not lists) give context values: {"tenantId": "acme", "id": "usr_1"}.
        const profile: Record<string, string> = {};
        for (const [k, x] of d.reads) {
          if (!k.startsWith(`${id.name}|`) || !is2xx(x.status) || !x.json || typeof x.json !== 'object' || Array.isArray(x.json)) continue;
          const o = x.json as Record<string, unknown>;
          const u = unwrap(o) ?? o;
          const inner = (u === o && o.user && typeof o.user === 'object' && !Array.isArray(o.user) ? o.user : u) as Record<string, unknown>;
          for (const [f, v] of Object.entries(inner)) if ((typeof v === 'string' || typeof v === 'number') && profile[norm(f)] === undefined) profile[norm(f)] = String(v);
        }
        const self = new Set<string>([id.name, ...(id.email ? [id.email] : [])]);
        for (const k of ['id', 'userid', 'email', 'username', 'login', 'name']) if (profile[k] !== undefined && profile[k] !== '') self.add(profile[k]!);
        d.selves.set(id.name, self);
        d.profiles.set(id.name, profile);
        const listCache = new Map<string, Promise<string[] | undefined>>();
        const myLists = new Map<string, Set<string>>();
        const myObjects = new Map<string, Record<string, unknown>>();
        d.lists.set(id.name, myLists);
        d.listObjects.set(id.name, myObjects);
        const listIds = (concrete: string, template: string, idField: string, param?: string): Promise<string[] | undefined> => {
          let p = listCache.get(concrete);
          if (!p) {
            const cached = d.reads.get(`${id.name}|GET ${template}`);
            p = (cached && concrete === template
              ? Promise.resolve(cached)
              : getTemplates.has(template)
                ? client.send({ as: id, path: concrete, template, query: sampleQuery(getTemplates.get(template)!) }, DISCOVERY_ID, rt.signal).then((x) => {
                    d.exchanges.push(x);
                    return x;
                  })
                : Promise.resolve(undefined)
            )
              .then((x) => {
                if (!x || !is2xx(x.status) || isErrorBody(x)) return undefined;
                const ids: string[] = [];
                for (const o of listItems(x.json)) {
                  const v = idOf(o, idField, param);
                  if (v === undefined || ids.includes(v)) continue;
                  ids.push(v);
                  if (!myObjects.has(v)) myObjects.set(v, o);
                }
                myLists.set(concrete, new Set(ids));
                return ids;
              })
              .catch((e: unknown) => void d.readErrors.set(`${id.name} GET ${concrete}`, describeError(e)));
            listCache.set(concrete, p);
          }
          return p;
        };
        const byTemplate = new Map<string, Instance[]>();
        // Every template at once: lists are memoised promises, so nested templates share what their parents fetch.
        const sorted = [...d.items].sort((a, b) => a.route.pathParams.length - b.route.pathParams.length);
        const found = new Map<string, Instance[]>();
        await Promise.all(sorted.map(async (t) => {
          let prefixes: { params: Record<string, string>; listed: boolean }[] = [{ params: {}, listed: false }];
          const params = t.route.pathParams;
          for (let k = 0; k < params.length && prefixes.length; k++) {
            const p = params[k]!;
            const last = k === params.length - 1;
            const listT = last && t.listPath ? t.listPath : listTemplateFor(t.route.path, p, getTemplates);
            const next: typeof prefixes = [];
            for (const pre of prefixes.slice(0, 2)) {
              const values: { v: string; listed: boolean }[] = [];
              if (last) for (const v of id.config?.objects[t.route.path] ?? []) values.push({ v, listed: false });
              for (const v of contextValues(id, p, profile, t.route.path)) values.push({ v, listed: false });
              if (!listT.includes('{') || Object.keys(pre.params).length) {
                const concrete = fillPath(listT, pre.params);
                const listed = await listIds(concrete, listT, last ? t.idField : 'id', p);
                for (const v of listed ?? []) values.push({ v, listed: true });
              }
              const seen = new Set<string>();
              for (const { v, listed } of values) {
                if (seen.has(v)) continue;
                seen.add(v);
                next.push({ params: { ...pre.params, [p]: v }, listed: last ? listed : pre.listed || listed });
                if (seen.size >= 3) break;
              }
            }
            prefixes = next;
          }
          const inst = prefixes.filter((x) => Object.keys(x.params).length === params.length).map((x) => ({ path: fillPath(t.route.path, x.params), id: x.params[t.param]!, params: x.params, listed: x.listed }));
          if (inst.length) found.set(t.route.path, inst.slice(0, 3));
        }));
        // In the sorted order (not completion order): concretePath() takes the first template that fits.
        for (const t of sorted) if (found.has(t.route.path)) byTemplate.set(t.route.path, found.get(t.route.path)!);
        d.objects.set(id.name, byTemplate);
      }),
    );
    // One read of each item route (first identity that can name an object): responses for the passive checks
    // (sensitive fields, caching) that list routes alone would miss.
    await Promise.all(
      d.items.map(async (t) => {
        const owner = d.active.find((i) => d.objects.get(i.name)?.get(t.route.path)?.length);
        if (!owner) return;
        const inst = d.objects.get(owner.name)!.get(t.route.path)![0]!;
        const x = await client.send({ as: owner, path: inst.path, template: t.route.path }, DISCOVERY_ID, rt.signal).catch((e: unknown) => void d.readErrors.set(`${owner.name} GET ${inst.path}`, describeError(e)));
        if (x) d.exchanges.push(x);
      }),
    );
    return d;
  });
}

/**
 * A concrete path for any route template (also non-GET ones such as POST /orders/{orderId}/refund) from the
 * instances discovered for the identities given, in order: the GET item template that covers the route's
 * parameters supplies their values.
 */
export function concretePath(d: Discovery, who: ApiIdentity[], template: string): string | undefined {
  const params = [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
  if (params.length === 0) return template;
  const shape = (t: string) => t.replace(/\{[^}]+\}/g, '{}');
  for (const i of who) {
    const m = d.objects.get(i.name);
    if (!m) continue;
    const exact = m.get(template)?.[0];
    if (exact) return exact.path;
    // Same route shape with other parameter names (GET /x/{id}, PATCH /x/{xId}): fill by position.
    for (const [t, inst] of m) {
      if (inst.length && shape(t) === shape(template)) return inst[0]!.path;
    }
    for (const [t, inst] of m) {
      if (!inst.length || !params.every((p) => p in inst[0]!.params)) continue;
      if (!template.startsWith(t.slice(0, t.lastIndexOf('{')))) continue;
      return fillPath(template, inst[0]!.params);
    }
  }
  // The caller's own user id for {user_id} / {userId} / {member_pk} (its profile's id): nothing else is guessed
  // here (a tenant name in {teamId} of a route nobody listed is a guess, not a discovered value).
  for (const i of who) {
    const profile = d.profiles.get(i.name) ?? {};
    const vals: Record<string, string> = {};
    for (const p of params) {
      if (!/^(user|member|profile)[-_]?(id|pk)$/i.test(p)) continue;
      const v = contextValues(i, p, profile, template)[0];
      if (v !== undefined) vals[p] = v;
    }
    if (params.every((p) => vals[p] !== undefined)) return fillPath(template, vals);
  }
  // One parameter under a collection another route also names (POST /admin/products/{id}/feature, GET
  // /products/{id}): the same collection's ids, whoever discovered them.
  if (params.length === 1) {
    const coll = collectionOf(template, params[0]!);
    for (const i of who) {
      for (const [t, inst] of d.objects.get(i.name) ?? []) {
        const last = [...t.matchAll(/\{([^}]+)\}/g)].map((x) => x[1]!).pop();
        // Same kind of key only: a username does not fill {user_id}.
        const idish = (p: string) => /(^|_)(id|pk)$|[a-z](Id|Pk)$|^(id|pk|uuid)$/.test(p);
        if (inst.length && last && coll && collectionOf(t, last) === coll && idish(last) === idish(params[0]!)) return fillPath(template, { [params[0]!]: inst[0]!.id });
      }
    }
  }
  return undefined;
}

/** The collection segment before a parameter: /api/admin/products/{id}/feature → products. */
function collectionOf(template: string, param: string): string | undefined {
  const i = template.indexOf(`/{${param}}`);
  return i > 0 ? template.slice(0, i).split('/').pop()?.toLowerCase() : undefined;
}

/** The concrete list path an instance's id would be listed in. */
/**
 * Does the object name `who` as its owner (userId, owner, createdBy, email... equal to one of its own values) and
 * not `other`? A list that returns everyone's items shows the object to every identity; ownership fields still
 * say whose it is, so "the intruder's list shows it" is no permission then.
 */
export function ownedBy(d: Discovery, id: string, who: ApiIdentity, other: ApiIdentity, adminRoles: string[] = []): boolean {
  // Admins see everyone's objects by design: a list showing them all is their permission, not a leak. Identities
  // of one tenant (a team) share objects by design too: only independent users (no tenant) and identities of two
  // different tenants own theirs alone.
  if (adminRoles.includes(other.role) || (who.tenant !== undefined && who.tenant === other.tenant) || (who.tenant === undefined) !== (other.tenant === undefined)) return false;
  const o = d.listObjects.get(who.name)?.get(id) ?? d.listObjects.get(other.name)?.get(id);
  if (!o) return false;
  const owners = ownerValues(o);
  if (owners.length === 0) return false;
  const mine = d.selves.get(who.name) ?? new Set();
  const theirs = d.selves.get(other.name) ?? new Set();
  return owners.some((v) => mine.has(v)) && !owners.some((v) => theirs.has(v));
}

export function listPathOf(t: ItemTemplate, inst: Instance): string | undefined {
  if (!t.listPath) return undefined;
  const { [t.param]: _last, ...rest } = inst.params;
  return fillPath(t.listPath, rest);
}

/**
 * Platform staff: identities whose role says so (platform, superadmin, root, staff, ...), or admins without a
 * tenant. They may legitimately read and call across tenants, so they are never intruders or "lower roles".
 */
export function isSuperuser(i: ApiIdentity, adminRoles: string[]): boolean {
  if (/^(platform|super[-_ ]?admin|superuser|root|staff|system|sysadmin|operator|internal|god)([-_ ]?(admin|staff|user))?$/i.test(i.role)) return true;
  return i.tenant === undefined && adminRoles.includes(i.role);
}
