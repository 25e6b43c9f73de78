import type { ApiCtx } from './util.js';
import { fillPath, is2xx, isErrorBody, sampleQuery } from './util.js';
import type { ApiExchange, ApiIdentity, ApiRoute } from './types.js';

/**
 * Discovery runs once per audit (shared through ctx.evidence, requests counted as "api/discovery"): every
 * identity logs in and reads every parameterless GET route; list answers give object ids per identity for the
 * item routes (`/x` → `/x/{id}`). Checks then reuse these exchanges instead of asking again.
 */

export const DISCOVERY_ID = 'api/discovery';

export interface ItemTemplate {
  route: ApiRoute;
  /** path parameter the object id goes in (the first one) */
  param: string;
  /** list path the ids come from, if any */
  listPath?: string;
  idField: string;
}

export interface Discovery {
  /** `${identity}|${METHOD} ${template}` → exchange */
  reads: Map<string, ApiExchange>;
  exchanges: ApiExchange[];
  /** identity → item template → ids seen in that identity's lists (or configured) */
  objects: Map<string, Map<string, string[]>>;
  items: ItemTemplate[];
  loginErrors: Map<string, string>;
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

function extractIds(json: unknown, idField: string): string[] {
  let arr: unknown[] | undefined;
  if (Array.isArray(json)) arr = json;
  else if (json && typeof json === 'object') {
    const o = json as Record<string, unknown>;
    for (const k of ['data', 'items', 'results', 'records', 'rows', 'list', 'content', 'entries', 'nodes']) {
      if (Array.isArray(o[k])) {
        arr = o[k] as unknown[];
        break;
      }
    }
    arr ??= Object.values(o).find((v) => Array.isArray(v) && v.length > 0 && typeof v[0] === 'object') as unknown[] | undefined;
  }
  const out: string[] = [];
  for (const e of arr ?? []) {
    if (!e || typeof e !== 'object') continue;
    const v = (e as Record<string, unknown>)[idField] ?? (e as Record<string, unknown>).id ?? (e as Record<string, unknown>).uuid ?? (e as Record<string, unknown>)._id;
    if (typeof v === 'string' || typeof v === 'number') out.push(String(v));
  }
  return [...new Set(out)];
}

export function itemTemplates(ctx: ApiCtx): ItemTemplate[] {
  const { routes, config } = ctx.probes.model;
  const gets = routes.filter((r) => r.method === 'GET' && !r.skip);
  const lists = new Set(listableRoutes(routes).map((r) => r.path));
  const out: ItemTemplate[] = [];
  for (const r of gets) {
    if (r.pathParams.length === 0 || r.public) continue;
    const param = r.pathParams[0]!;
    const listPath = r.path.slice(0, r.path.indexOf(`/{${param}}`));
    const cfg = config.discovery.find((d) => (d.item ? r.path === d.item || r.path.startsWith(`${d.item}/`) : d.path === listPath));
    const t: ItemTemplate = { route: r, param, idField: cfg?.idField ?? 'id' };
    if (cfg) t.listPath = cfg.path;
    else if (lists.has(listPath)) t.listPath = listPath;
    out.push(t);
  }
  return out;
}

export function discover(ctx: ApiCtx): Promise<Discovery> {
  return ctx.evidence('api:discovery', async () => {
    const { client, model } = ctx.probes;
    const d: Discovery = { reads: new Map(), exchanges: [], objects: new Map(), items: itemTemplates(ctx), loginErrors: new Map(), active: [] };
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
    const extraLists = model.config.discovery.filter((c) => !listRoutes.some((r) => r.path === c.path)).map((c): ApiRoute => ({ method: 'GET', path: c.path, pathParams: [], params: [], public: false, heavy: false, skip: false, source: 'config' }));
    const jobs: Promise<void>[] = [];
    for (const r of [...listRoutes, ...extraLists]) {
      const who = r.public ? [model.identities.find((i) => i.guest)!] : d.active;
      for (const id of who) {
        jobs.push(
          client
            .send({ as: id, path: fillPath(r.path), template: r.path, query: sampleQuery(r) }, DISCOVERY_ID, ctx.signal)
            .then((x) => {
              d.reads.set(readKey(id.name, r), x);
              d.exchanges.push(x);
            })
            .catch(() => undefined),
        );
      }
    }
    await Promise.all(jobs);
    for (const id of d.active) {
      const byTemplate = new Map<string, string[]>();
      for (const t of d.items) {
        const ids: string[] = [];
        const configured = id.config?.objects ?? {};
        ids.push(...(configured[t.route.path] ?? []), ...(configured[t.param] ?? []));
        if (t.listPath) {
          const x = d.reads.get(`${id.name}|GET ${t.listPath}`);
          if (x && is2xx(x.status) && !isErrorBody(x)) ids.push(...extractIds(x.json, t.idField));
        }
        if (ids.length) byTemplate.set(t.route.path, [...new Set(ids)].slice(0, 3));
      }
      d.objects.set(id.name, byTemplate);
    }
    return d;
  });
}

/** Identities whose view of a list includes the object (they may legitimately read it). */
export function holders(d: Discovery, template: string, objectId: string): Set<string> {
  const out = new Set<string>();
  for (const [name, m] of d.objects) if (m.get(template)?.includes(objectId)) out.add(name);
  return out;
}

/** An error finding per identity that could not log in (once per check). */
export function reportLoginErrors(ctx: ApiCtx, d: Discovery): void {
  for (const [name, msg] of d.loginErrors) ctx.report({ messageId: 'loginFailed', status: 'error', data: { identity: name, reason: msg }, target: `identity:${name}` });
}
