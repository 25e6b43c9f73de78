import { defineCheck } from '../../core/check.js';
import { discover, idOf, isSuperuser, listItems, listPathOf, ownedBy, ownerValues, readKey, type Instance } from './lib/discovery.js';
import type { ApiExchange, ApiIdentity, ApiProbes, ApiRoute } from './lib/types.js';
import { bodySimilarity, dataSize, fillPath, is2xx, isErrorBody, reportExchange, sameObject, sampleBody, sampleQuery, unwrap } from './lib/util.js';

/**
 * Broken object level authorization: identity B reads an object that identity A owns and B's own lists do not
 * show. Each candidate is confirmed by a control request (the owner reads it), and B's answer is compared with the
 * owner's: a 200 whose body is an error, or a different object, is not a finding; 401, 403 and 404 are all
 * acceptable denials. Identities without a tenant and an admin role (platform staff) are expected to read across
 * tenants and are never intruders.
 */
export default defineCheck<unknown, ApiProbes>({
  id: 'api/bola',
  title: 'Object readable by another tenant or user (BOLA)',
  area: 'api',
  mode: 'active',
  description: 'Reads each discovered object as every other identity and compares with the owner\'s answer.',
  severity: 'high',
  cwe: 'CWE-639',
  owasp: 'API1:2023',
  remediation: 'Scope every object lookup by the caller\'s tenant and user (`WHERE id = $1 AND tenant_id = $2`), in one place (a repository layer or policy), and answer 404 for objects the caller may not see.',
  messages: {
    crossTenant: '{{intruder}} (tenant {{intruderTenant}}) read {{owner}}\'s object {{objectId}} (tenant {{ownerTenant}}) at {{path}}: {{why}}.',
    crossUser: '{{intruder}} read {{owner}}\'s object {{objectId}} at {{path}}, which {{intruder}}\'s own list does not show: {{why}}.',
    crossTenantFilter: '{{intruder}} (tenant {{intruderTenant}}) listed tenant {{ownerTenant}}\'s data through {{path}}?{{param}}={{value}}: the answer matches what {{owner}} sees ({{why}}).',
    unlistedObject: '{{intruder}} (tenant {{intruderTenant}}) read object {{objectId}} of tenant {{ownerTenant}} at {{path}} by trying the next sequential id: no list shows it, and {{owner}} reads the same object.',
    crossTenantList: '{{intruder}} (tenant {{intruderTenant}}) got {{owner}}\'s object {{objectId}} (tenant {{ownerTenant}}) in the answer of {{path}}, which only lists its own tenant\'s data otherwise.',
    crossTenantHeader: '{{intruder}} (tenant {{intruderTenant}}) sent {{header}} of tenant {{ownerTenant}} and read {{path}} as {{owner}} sees it ({{why}}): the tenant header is trusted without a membership check.',
    foreignInList: '{{intruder}} got {{count}} objects of other users in the answer of {{path}} (e.g. {{objectId}}, which names {{owner}}): every identity gets the same list, so it is not scoped to the caller.',
    crossTenantWrite: '{{intruder}} (tenant {{intruderTenant}}) updated {{owner}}\'s object {{objectId}} (tenant {{ownerTenant}}) with {{method}} {{path}} (HTTP {{status}}); launchready sent the object\'s own values, so nothing changed.',
    crossUserWrite: '{{intruder}} updated {{owner}}\'s object {{objectId}} with {{method}} {{path}} (HTTP {{status}}){{how}}.',
    foreignObjectWrite: '{{intruder}} (role {{role}}) updated object {{objectId}}, which it did not create, with {{method}} {{path}} (HTTP {{status}}); launchready sent the object\'s own values, so nothing changed.',
    isolated: '{{pairs}} owner/intruder pairs over {{templates}} object routes: every cross-tenant/cross-user read was denied.',
    noObjects: 'No object ids were discovered (no list routes, or identities own nothing): add api.discovery or identities[].objects.',
    needTwo: 'BOLA needs at least two identities that sign in (in different tenants or with different objects).',
  },
  async run(ctx) {
    const { client, model } = ctx.probes;
    const d = await discover(ctx);
    if (d.active.length < 2) {
      ctx.report({ messageId: 'needTwo', status: 'skipped', severity: 'info', target: model.config.baseUrl });
      return;
    }
    const superuser = (i: ApiIdentity) => isSuperuser(i, model.config.adminRoles);
    let pairs = 0;
    let failed = 0;
    let templates = 0;
    const reported = new Set<string>();
    const jobs: Promise<void>[] = [];
    for (const t of d.items) {
      let any = false;
      if (t.public) {
        ctx.probes.coverage.mark(ctx.checkId, t.route, 'n/a', 'public by design (the document or api.public): anyone may read it');
        continue;
      }
      if (!d.active.some((o) => !superuser(o) && d.objects.get(o.name)?.get(t.route.path)?.length)) ctx.probes.coverage.mark(ctx.checkId, t.route, 'n/a', 'no object id discovered for this route (add api.discovery or identities[].objects)');
      for (const owner of d.active) {
        // Platform staff see every tenant's objects: they own none of them, so they are never the "owner" either
        // (the tenant identity that lists the object is).
        if (superuser(owner)) continue;
        // Two objects per owner and route on small APIs, one on large ones (the budget is shared by every check).
        for (const inst of (d.objects.get(owner.name)?.get(t.route.path) ?? []).slice(0, d.items.length > 8 ? 1 : 2)) {
          any = true;
          const listPath = listPathOf(t, inst);
          const intruders = d.active.filter((i) => {
            if (i === owner || superuser(i)) return false;
            // A list that returns everyone's items shows the object to the intruder too; its ownership fields
            // (userId, owner, createdBy...) naming the owner and not the intruder still make it the owner's.
            const owned = ownedBy(d, inst.id, owner, i, model.config.adminRoles);
            if (!owned && d.objects.get(i.name)?.get(t.route.path)?.some((x) => x.path === inst.path)) return false; // the intruder names it too
            const view = listPath ? d.lists.get(i.name)?.get(listPath) : undefined;
            if (!owned && view?.has(inst.id)) return false; // the intruder's own list shows it: allowed
            if (i.tenant !== undefined && owner.tenant !== undefined && i.tenant !== owner.tenant) return true;
            // same tenant: only when the intruder's own (non-empty, so user-scoped) list of the same collection omits it
            return owned || (view !== undefined && view.size > 0);
          });
          if (intruders.length === 0) continue;
          const path = inst.path;
          const objectId = inst.id;
          jobs.push(
            (async () => {
              const control = await client.send({ as: owner, path, template: t.route.path }, ctx.checkId, ctx.signal);
              // (a failed request rejects this job only: counted below, the other routes still run)
              if (!is2xx(control.status) || isErrorBody(control)) return; // the owner cannot read it either: no basis
              await Promise.all(
                intruders.map(async (intruder) => {
                  const crossTenant = intruder.tenant !== owner.tenant;
                  // One finding per route and cause (cross-tenant / cross-user), whichever pair shows it first.
                  const key = `${t.route.path}|${crossTenant ? 't' : 'u'}`;
                  if (reported.has(key)) return;
                  pairs++;
                  let x: ApiExchange = await client.send({ as: intruder, path, template: t.route.path }, ctx.checkId, ctx.signal);
                  let v = sameObject(control, x, objectId);
                  // Nested routes whose parent is checked but whose object is looked up by id alone
                  // (Invoice.objects.get(pk=pk) under /accounts/{account_pk}/): the intruder's own parent, the owner's id.
                  const mixed = !v.same && crossTenant ? mixedPath(d, intruder, t, inst) : undefined;
                  if (mixed && mixed !== path) {
                    const x2 = await client.send({ as: intruder, path: mixed, template: t.route.path }, ctx.checkId, ctx.signal);
                    const v2 = sameObject(control, x2, objectId);
                    if (v2.same) {
                      x = x2;
                      v = { same: true, why: `${v2.why}, through its own parent path ${mixed}` };
                    }
                  }
                  if (!v.same || reported.has(key)) return;
                  reported.add(key);
                  // A route that answers anyone, without credentials, is api/authn-missing's finding, not a BOLA one.
                  if (await guestReads(ctx, path, t.route.path, control, objectId)) return;
                  failed++;
                  reportExchange(ctx, {
                    messageId: crossTenant ? 'crossTenant' : 'crossUser',
                    data: { intruder: intruder.name, intruderTenant: intruder.tenant ?? '-', owner: owner.name, ownerTenant: owner.tenant ?? '-', objectId, path: t.route.path, why: v.why },
                    severity: crossTenant ? 'critical' : 'high',
                    route: t.route,
                    x,
                    control: [control],
                    note: `Confirmed by a control request: the owner ${owner.name} reads ${path} (HTTP ${control.status}); ${intruder.name} got ${v.why}.`,
                    fingerprintKey: crossTenant ? 'tenant' : 'user',
                  });
                }),
              );
            })(),
          );
        }
      }
      if (any) templates++;
    }
    // One failed request (a target restarting, a timeout) must not end the whole matrix: every job runs; the
    // failures are counted, their coverage cells say error, and a pass is only given when none failed.
    const outcomes = await Promise.allSettled(jobs);
    const errors = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected').map((o) => (o.reason as Error).message);
    failed += await unlistedBola(ctx, d, superuser, reported);
    if (model.config.allowWrites) failed += await writeBola(ctx, d, superuser);
    else for (const r of model.routes) if ((r.method === 'PUT' || r.method === 'PATCH') && r.pathParams.length && !r.skip && !r.flow) ctx.probes.coverage.mark(ctx.checkId, r, 'n/a', 'write BOLA needs api.allowWrites');
    failed += await filterBola(ctx, d, superuser);
    failed += await headerBola(ctx, d, superuser);
    const listed = new Set<string>();
    failed += listBola(ctx, d, superuser, listed);
    failed += ownershipListBola(ctx, d, superuser, listed);
    if (errors.length) throw new Error(`${errors.length} object reads failed, so the matrix is incomplete (first: ${errors[0]})`);
    if (templates === 0) ctx.report({ messageId: 'noObjects', status: 'warn', severity: 'low', target: model.config.baseUrl });
    else if (failed === 0) ctx.report({ messageId: 'isolated', status: 'pass', data: { pairs, templates }, target: model.config.baseUrl });
  },
});

/** The parent parameters an identity can name for a template (all but the last), from any of its instances. */
function ownParents(d: Awaited<ReturnType<typeof discover>>, who: ApiIdentity, template: string): Record<string, string> | undefined {
  const params = [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!).slice(0, -1);
  if (params.length === 0) return undefined;
  for (const list of d.objects.get(who.name)?.values() ?? []) {
    for (const inst of list) if (params.every((p) => inst.params[p] !== undefined)) return Object.fromEntries(params.map((p) => [p, inst.params[p]!]));
  }
  return undefined;
}

/**
 * The intruder's own parent path with the owner's object id (undefined for single-parameter routes, and when the
 * intruder's own list under its parent shows that id too: a shared catalogue, not a leak).
 */
function mixedPath(d: Awaited<ReturnType<typeof discover>>, intruder: ApiIdentity, t: { route: { path: string }; listPath?: string }, inst: { id: string; params: Record<string, string> }): string | undefined {
  const parents = ownParents(d, intruder, t.route.path);
  if (!parents) return undefined;
  if (t.listPath && d.lists.get(intruder.name)?.get(fillPath(t.listPath, parents))?.has(inst.id)) return undefined;
  const last = Object.keys(inst.params).find((k) => !(k in parents) && inst.params[k] === inst.id);
  return last ? fillPath(t.route.path, { ...parents, [last]: inst.id }) : undefined;
}

/**
 * Sequential ids (Rails, Django: /invoices/124/) expose objects no list shows (drafts, another tenant's rows): the
 * ids next to and between the listed ones are asked for by every tenant identity under its own parent path. An
 * unlisted object that identities of two tenants both read, with the same body, belongs to one of them: the other
 * is an intruder. The owner is the reader whose parent value the object names (its account field); an object that
 * names none (a shared catalogue behind paginated lists) is no finding.
 * Bounded: 3 candidate ids per route, 8 routes.
 */
async function unlistedBola(ctx: Parameters<typeof reportExchange>[0], d: Awaited<ReturnType<typeof discover>>, superuser: (i: ApiIdentity) => boolean, reported: Set<string>): Promise<number> {
  const { client } = ctx.probes;
  const tenants = d.active.filter((i) => i.tenant !== undefined && !superuser(i));
  if (new Set(tenants.map((i) => i.tenant)).size < 2) return 0;
  let failed = 0;
  let routes = 0;
  for (const t of d.items) {
    if (routes >= 8) break;
    if (t.public) continue;
    // Object routes only (/invoices/{id}/), not a parent's sub-routes (/accounts/{account_pk}/invoices/).
    if (!new RegExp(`\\{${t.param}\\}/?$`).test(t.route.path)) continue;
    const listed = new Set<number>();
    let numeric = true;
    // What the tenants' own lists show (platform staff list everything, drafts included).
    for (const i of tenants) for (const inst of d.objects.get(i.name)?.get(t.route.path) ?? []) {
      if (!/^\d{1,9}$/.test(inst.id)) numeric = false;
      else listed.add(Number(inst.id));
    }
    // Ids of this route's own lists only (other collections have their own sequences).
    const listRe = t.listPath ? new RegExp(`^${t.listPath.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+')}$`) : undefined;
    for (const i of tenants) for (const [lp, ids] of d.lists.get(i.name) ?? []) if (listRe?.test(lp)) for (const id of ids) if (/^\d{1,9}$/.test(id)) listed.add(Number(id));
    const mine = [...(d.objects.get(tenants[0]!.name)?.get(t.route.path) ?? [])];
    if (!numeric || mine.length === 0 && !tenants.some((i) => d.objects.get(i.name)?.get(t.route.path)?.length)) continue;
    const ids = [...listed].sort((a, b) => a - b);
    if (ids.length === 0) continue;
    const candidates: number[] = [];
    for (let k = 0; k + 1 < ids.length && candidates.length < 2; k++) if (ids[k + 1]! - ids[k]! > 1 && ids[k + 1]! - ids[k]! < 50) candidates.push(ids[k]! + 1);
    for (let n = ids[ids.length - 1]! + 1; candidates.length < 3; n++) candidates.push(n);
    routes++;
    const param = t.param;
    for (const id of candidates) {
      const reads = await Promise.all(
        tenants.map(async (who) => {
          const parents = ownParents(d, who, t.route.path) ?? {};
          if (t.route.pathParams.length > 1 && Object.keys(parents).length === 0) return undefined;
          const path = fillPath(t.route.path, { ...parents, [param]: String(id) });
          // eslint-disable-next-line launchready/no-swallowed-error -- client.send records the failure in this route's coverage cell (error, with the reason), and the stage turns a pass without a tested cell into an error
          const x = await client.send({ as: who, path, template: t.route.path }, ctx.checkId, ctx.signal).catch(() => undefined);
          return x && is2xx(x.status) && !isErrorBody(x) && dataSize(x) > 0 ? { who, x, parents } : undefined;
        }),
      );
      const ok = reads.filter((r): r is NonNullable<typeof r> => !!r);
      if (new Set(ok.map((r) => r.who.tenant)).size < 2) continue;
      // The owner: the reader whose parent value the object itself names (e.g. "account": 8 under /accounts/8/).
      const names = (r: (typeof ok)[number]) => Object.values(r.parents).some((v) => new RegExp(`"[\\w-]*"\\s*:\\s*"?${v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"?[,}]`).test(r.x.response.body));
      // Without that, two tenants reading one object may be a shared catalogue (paginated lists hide the rest): no finding.
      const owner = ok.find(names);
      if (!owner) continue;
      const intruder = ok.find((r) => r.who.tenant !== owner.who.tenant && sameObject(owner.x, r.x, String(id)).same);
      if (!intruder) continue;
      const key = `${t.route.path}|${owner.who.tenant}->${intruder.who.tenant}|t`;
      if (reported.has(key)) continue;
      reported.add(key);
      failed++;
      reportExchange(ctx, {
        messageId: 'unlistedObject',
        data: { intruder: intruder.who.name, intruderTenant: intruder.who.tenant ?? '-', owner: owner.who.name, ownerTenant: owner.who.tenant ?? '-', objectId: String(id), path: t.route.path },
        severity: 'critical',
        route: t.route,
        x: intruder.x,
        control: [owner.x],
        note: `Id ${id} is in no list any identity saw (listed: ${ids.slice(0, 8).join(', ')}${ids.length > 8 ? ', ...' : ''}); ${owner.who.name} (tenant ${owner.who.tenant}) reads it at ${owner.x.url}, and ${intruder.who.name} (tenant ${intruder.who.tenant}) got the same object at ${intruder.x.url}.`,
        fingerprintKey: `unlisted:${owner.who.tenant}->${intruder.who.tenant}`,
      });
      break;
    }
  }
  return failed;
}

/** Does a guest (no credentials) get the same object? Then the route is unauthenticated, not a BOLA. */
async function guestReads(ctx: Parameters<typeof reportExchange>[0], path: string, template: string, control: ApiExchange, id: string): Promise<boolean> {
  // eslint-disable-next-line launchready/no-swallowed-error -- a guest read that fails counts as refused: the BOLA finding stands (errs toward the finding, never toward a pass)
  const g = await ctx.probes.client.send({ path, template }, ctx.checkId, ctx.signal).catch(() => undefined);
  return !!g && sameObject(control, g, id).same;
}

/** A write that succeeded: 2xx, and an empty body (204) or one that does not say it failed. */
function wrote(x: ApiExchange): boolean {
  return is2xx(x.status) && (x.response.body.trim() === '' || !isErrorBody(x));
}

const SERVER_FIELD = /^(id|_id|uuid|pk|created_?at|updated_?at|deleted_?at|createdAt|updatedAt|deletedAt|version|etag|_links|_embedded|href|url|self)$/i;

/**
 * The body of a write that changes nothing: the object's own current values (out of its envelope), limited to the
 * fields the document declares for the write (else every scalar field but server-owned ones).
 */
function sameValuesBody(route: ApiRoute, current: unknown): Record<string, unknown> | undefined {
  const cur = unwrap(current);
  if (!cur) return undefined;
  const props = Object.entries(((route.bodySchema ?? {}) as { properties?: Record<string, { readOnly?: boolean }> }).properties ?? {}).filter(([, v]) => !v?.readOnly).map(([k]) => k);
  const keys = props.length ? props.filter((p) => p in cur) : Object.keys(cur).filter((k) => !SERVER_FIELD.test(k));
  const body = Object.fromEntries(keys.filter((k) => cur[k] === null || typeof cur[k] !== 'object').slice(0, 8).map((k) => [k, cur[k]]));
  return Object.keys(body).length ? body : undefined;
}

const USERISH = /^(users?|members?|accounts?|profiles?|people|persons?|customers?)$/i;

/**
 * Write BOLA (only with api.allowWrites), on every PUT/PATCH object route:
 * - with a GET twin: the owner reads its object; an intruder (another tenant, or a user the ownership fields or
 *   user-scoped lists exclude) writes the object's own values back: success proves the write is not scoped and
 *   changes nothing;
 * - on a public object (a product, a listing): a member that did not create it writes its own values back;
 * - without a GET twin under a user-like collection (PUT /users/{name}/password): the intruder sends, for another
 *   identity, that identity's own current values (its own password, email), after that identity's own identical
 *   request succeeded (the control).
 * DELETE is never tried. One finding per route and cause; every route left untested gets a coverage reason.
 */
async function writeBola(ctx: Parameters<typeof reportExchange>[0], d: Awaited<ReturnType<typeof discover>>, superuser: (i: ApiIdentity) => boolean): Promise<number> {
  const { client, model, coverage } = ctx.probes;
  let failed = 0;
  const shape = (p: string) => p.replace(/\{[^}]+\}/g, '{}');
  const updates = model.routes.filter((r) => (r.method === 'PATCH' || r.method === 'PUT') && !r.skip && !r.flow && r.pathParams.length > 0);
  const members = d.active.filter((i) => !superuser(i));
  const mayCall = (r: ApiRoute, i: ApiIdentity) => !r.roles || r.roles.includes(i.role);
  await Promise.all(
    updates.map(async (r) => {
      const t = d.items.find((x) => shape(x.route.path) === shape(r.path));
      const why = await (t ? (t.public ? publicWrite(r, t) : ownedWrite(r, t)) : userWrite(r));
      if (why) coverage.mark(ctx.checkId, r, 'n/a', why);
    }),
  );
  return failed;

  async function ownedWrite(r: ApiRoute, t: (typeof d.items)[number]): Promise<string | undefined> {
    for (const owner of members) {
      const inst = d.objects.get(owner.name)?.get(t.route.path)?.[0];
      if (!inst) continue;
      const listPath = listPathOf(t, inst);
      const intruder = members.find((i) => {
        if (i === owner || !mayCall(r, i)) return false;
        const owned = ownedBy(d, inst.id, owner, i, model.config.adminRoles);
        const view = listPath ? d.lists.get(i.name)?.get(listPath) : undefined;
        if (!owned && view?.has(inst.id)) return false;
        if (i.tenant !== undefined && owner.tenant !== undefined && i.tenant !== owner.tenant) return true;
        return owned || (view !== undefined && view.size > 0);
      });
      if (!intruder) continue;
      const path = fillPath(r.path, paramsFor(r, t, inst));
      const control = await client.send({ as: owner, path: inst.path, template: t.route.path }, ctx.checkId, ctx.signal);
      if (!is2xx(control.status) || isErrorBody(control)) return `the owner ${owner.name} cannot read ${inst.path} (HTTP ${control.status})`;
      const body = sameValuesBody(r, control.json);
      if (!body) return 'no field of the object to send back unchanged';
      const x = await client.send({ as: intruder, method: r.method, path, template: r.path, json: body }, ctx.checkId, ctx.signal);
      if (!wrote(x)) return undefined;
      const crossTenant = intruder.tenant !== owner.tenant;
      failed++;
      reportExchange(ctx, {
        messageId: crossTenant ? 'crossTenantWrite' : 'crossUserWrite',
        data: { intruder: intruder.name, intruderTenant: intruder.tenant ?? '-', owner: owner.name, ownerTenant: owner.tenant ?? '-', objectId: inst.id, method: r.method, path: r.path, status: x.status, how: '; launchready sent the object\'s own values, so nothing changed' },
        severity: crossTenant ? 'critical' : 'high',
        route: r,
        x,
        control: [control],
        note: `Control: the owner ${owner.name} reads ${inst.path}; ${intruder.name} then wrote the same values back and got HTTP ${x.status}.`,
        fingerprintKey: crossTenant ? 'write:tenant' : 'write:user',
      });
      return undefined;
    }
    return 'no object with an owner and an identity that should be denied (two tenants, or user-scoped lists)';
  }

  async function publicWrite(r: ApiRoute, t: (typeof d.items)[number]): Promise<string | undefined> {
    const intruder = members.find((i) => mayCall(r, i) && !model.config.adminRoles.includes(i.role));
    if (!intruder) return 'no non-admin identity to try it';
    const inst = (d.objects.get(intruder.name)?.get(t.route.path) ?? []).find((x) => {
      const o = d.listObjects.get(intruder.name)?.get(x.id);
      const mine = d.selves.get(intruder.name) ?? new Set<string>();
      return !(o && ownerValues(o).some((v) => mine.has(v)));
    });
    if (!inst) return 'no public object id discovered (or every one was created by the identity)';
    // (No template: reading a public object is no read-BOLA test of its route.)
    const read = await client.send({ as: intruder, path: inst.path }, ctx.checkId, ctx.signal);
    if (!is2xx(read.status) || isErrorBody(read)) return `the object cannot be read (HTTP ${read.status})`;
    const body = sameValuesBody(r, read.json);
    if (!body) return 'no field of the object to send back unchanged';
    const path = fillPath(r.path, paramsFor(r, t, inst));
    const x = await client.send({ as: intruder, method: r.method, path, template: r.path, json: body }, ctx.checkId, ctx.signal);
    if (!wrote(x)) return undefined;
    failed++;
    reportExchange(ctx, {
      messageId: 'foreignObjectWrite',
      data: { intruder: intruder.name, role: intruder.role, objectId: inst.id, method: r.method, path: r.path, status: x.status },
      severity: 'high',
      route: r,
      x,
      control: [read],
      note: `${inst.path} is public (read by anyone); ${intruder.name} did not create it (no ownership field names it) and wrote its own values back with HTTP ${x.status}.`,
      fingerprintKey: 'write:public',
    });
    return undefined;
  }

  async function userWrite(r: ApiRoute): Promise<string | undefined> {
    const param = r.pathParams[0]!;
    const collection = r.path.slice(0, r.path.indexOf(`{${param}}`)).split('/').filter(Boolean).pop() ?? '';
    if (r.pathParams.length !== 1 || !USERISH.test(collection)) return 'no GET route for the object and not a user route: no object of another identity to aim at';
    for (const victim of members) {
      const value = userValue(d, victim, param);
      const intruder = members.find((i) => i !== victim && mayCall(r, i));
      if (!value || !intruder) continue;
      const path = fillPath(r.path, { [param]: value });
      const body = victimBody(r, victim);
      if (!body) return 'no request body to send with the identity\'s own values';
      const control = await client.send({ as: victim, method: r.method, path, template: r.path, json: body }, ctx.checkId, ctx.signal);
      if (!wrote(control)) return `${victim.name}'s own identical request was refused (HTTP ${control.status}): no basis`;
      const x = await client.send({ as: intruder, method: r.method, path, template: r.path, json: body }, ctx.checkId, ctx.signal);
      if (!wrote(x)) return undefined;
      failed++;
      reportExchange(ctx, {
        messageId: 'crossUserWrite',
        data: { intruder: intruder.name, owner: victim.name, objectId: value, method: r.method, path: r.path, status: x.status, how: `; launchready sent ${victim.name}'s own current values, so nothing changed` },
        severity: 'critical',
        route: r,
        x,
        control: [control],
        note: `Control: ${victim.name} sends the same request for itself (HTTP ${control.status}); ${intruder.name} sent it for ${victim.name} and got HTTP ${x.status}.`,
        fingerprintKey: 'write:user',
      });
      return undefined;
    }
    return 'no second identity whose name or id fills the path';
  }

  /** Path values for a write route from the GET twin's instance (parameter names may differ: fill by position). */
  function paramsFor(r: ApiRoute, t: (typeof d.items)[number], inst: Instance): Record<string, string> {
    const vals = t.route.pathParams.map((p) => inst.params[p]!);
    return Object.fromEntries(r.pathParams.map((p, i) => [p, vals[i] ?? inst.id]));
  }
}

/** The value naming `who` in a user route's parameter: its profile's field of that name, else id, username, email. */
function userValue(d: Awaited<ReturnType<typeof discover>>, who: ApiIdentity, param: string): string | undefined {
  const p = d.profiles.get(who.name) ?? {};
  const n = param.toLowerCase().replace(/[-_]/g, '');
  if (p[n] !== undefined) return p[n];
  if (/email/.test(n)) return p.email ?? who.email;
  if (/name|login|handle/.test(n)) return p.username ?? p.login ?? p.name ?? who.email?.split('@')[0];
  return p.id ?? p.userid ?? p.username;
}

/** A write body that only restates the identity's own values (its password, email); undefined when it cannot. */
function victimBody(r: ApiRoute, who: ApiIdentity): Record<string, unknown> | undefined {
  const sample = sampleBody(r);
  if (!sample || typeof sample !== 'object' || Array.isArray(sample)) return undefined;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(sample as Record<string, unknown>)) {
    if (/pass(word)?|pwd|secret/i.test(k)) {
      if (!who.password) return undefined;
      out[k] = who.password;
    } else if (/email/i.test(k) && who.email) out[k] = who.email;
    else out[k] = (sample as Record<string, unknown>)[k];
  }
  return Object.keys(out).length ? out : undefined;
}

const TENANT_PARAM = /^(tenant|org|organi[sz]ation|workspace|account|company|team|customer|owner|user)[-_]?(id|slug|key)?$/i;

/**
 * Query-parameter BOLA: a list route that takes a tenant/user filter (?tenantId=, ?orgId=, ?userId=) given
 * another tenant's value. The owner's own list (same parameter, own value) is the control; the intruder getting
 * the same non-empty data is the finding.
 */
async function filterBola(ctx: Parameters<typeof reportExchange>[0], d: Awaited<ReturnType<typeof discover>>, superuser: (i: ApiIdentity) => boolean): Promise<number> {
  const { client, model } = ctx.probes;
  let failed = 0;
  const routes = model.routes.filter((r) => r.method === 'GET' && r.pathParams.length === 0 && !r.skip && !r.public && r.params.some((p) => p.in === 'query' && TENANT_PARAM.test(p.name)));
  const tenants = d.active.filter((i) => i.tenant !== undefined && !superuser(i));
  for (const r of routes.slice(0, 6)) {
    const param = r.params.find((p) => p.in === 'query' && TENANT_PARAM.test(p.name))!.name;
    const userish = /^(owner|user)/i.test(param);
    for (const owner of tenants) {
      const intruder = tenants.find((i) => i.tenant !== owner.tenant);
      if (!intruder) continue;
      // The owner's value: for tenant-like names the field of its profile answers that names the same thing
      // (?account= takes account_id: 7), else its configured tenant; for user-like names the id from its profile.
      let value = profileValue(d, owner, param) ?? owner.tenant!;
      if (userish) {
        const me = [...d.reads.entries()].find(([k, x]) => k.startsWith(`${owner.name}|`) && x.json && typeof x.json === 'object' && !Array.isArray(x.json) && /\/(me|profile|account|user|whoami)$/i.test(x.path));
        const id = me ? (me[1].json as Record<string, unknown>).id ?? (me[1].json as Record<string, unknown>).user_id : undefined;
        if (typeof id !== 'string' && typeof id !== 'number') continue;
        value = String(id);
      }
      const control = await client.send({ as: owner, path: r.path, template: r.path, query: { [param]: value } }, ctx.checkId, ctx.signal);
      if (!is2xx(control.status) || isErrorBody(control) || dataSize(control) === 0) continue;
      const mine = await client.send({ as: intruder, path: r.path, template: r.path }, ctx.checkId, ctx.signal);
      const x = await client.send({ as: intruder, path: r.path, template: r.path, query: { [param]: value } }, ctx.checkId, ctx.signal);
      const v = sameObject(control, x);
      if (!v.same || (is2xx(mine.status) && bodySimilarity(mine, x) >= 0.99)) continue; // the filter was ignored: the intruder sees its own data
      failed++;
      reportExchange(ctx, {
        messageId: 'crossTenantFilter',
        data: { intruder: intruder.name, intruderTenant: intruder.tenant ?? '-', owner: owner.name, ownerTenant: owner.tenant ?? '-', path: r.path, param, value, why: v.why },
        severity: 'critical',
        route: r,
        x,
        control: [control],
        note: `Control: ${owner.name} lists ${r.path}?${param}=${value}; ${intruder.name} (another tenant) sent the same filter and got the same data.`,
        fingerprintKey: `filter:${param}`,
      });
      break;
    }
  }
  return failed;
}

/** The value of a profile-like answer's field named like `param` (account → account / account_id / accountId). */
function profileValue(d: Awaited<ReturnType<typeof discover>>, who: ApiIdentity, param: string): string | undefined {
  const want = param.toLowerCase().replace(/[-_]/g, '').replace(/(id|pk)$/, '');
  for (const [k, x] of d.reads) {
    if (!k.startsWith(`${who.name}|`) || !is2xx(x.status) || !x.json || typeof x.json !== 'object' || Array.isArray(x.json)) continue;
    const o = x.json as Record<string, unknown>;
    const inner = (o.data && typeof o.data === 'object' && !Array.isArray(o.data) ? o.data : o.user && typeof o.user === 'object' ? o.user : o) as Record<string, unknown>;
    for (const [f, v] of Object.entries(inner)) {
      if ((typeof v === 'string' || typeof v === 'number') && v !== '' && [want, `${want}id`, `${want}pk`].includes(f.toLowerCase().replace(/[-_]/g, ''))) return String(v);
    }
  }
  return undefined;
}

/** Ids specific enough to search for as text (ULIDs, prefixed ids, UUIDs), not "1" or "acme". */
const DISTINCT_ID = /^(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9_:.-]{8,}$/;

/**
 * Lists, exports and reports that leak other tenants' rows (a CSV export without the tenant filter): the answer an
 * identity got for a parameterless read names an object id that only another tenant's identities list and no list
 * of the reader's own tenant shows. Works on any text (JSON, CSV); no extra request: discovery's answers are used.
 */
function listBola(ctx: Parameters<typeof reportExchange>[0], d: Awaited<ReturnType<typeof discover>>, superuser: (i: ApiIdentity) => boolean, reported: Set<string>): number {
  const { model } = ctx.probes;
  const tenants = d.active.filter((i) => i.tenant !== undefined && !superuser(i));
  let failed = 0;
  for (const intruder of tenants) {
    const own = new Set<string>();
    for (const i of tenants.filter((x) => x.tenant === intruder.tenant)) for (const ids of d.lists.get(i.name)?.values() ?? []) for (const id of ids) own.add(id);
    const foreign = new Map<string, ApiIdentity>();
    for (const o of tenants.filter((x) => x.tenant !== intruder.tenant)) {
      for (const ids of d.lists.get(o.name)?.values() ?? []) for (const id of ids) if (!own.has(id) && DISTINCT_ID.test(id) && !foreign.has(id)) foreign.set(id, o);
    }
    if (foreign.size === 0) continue;
    for (const r of model.routes) {
      if (r.method !== 'GET' || r.pathParams.length || r.public || r.skip || r.flow || reported.has(r.path)) continue;
      const x = d.reads.get(readKey(intruder.name, r));
      if (!x || !is2xx(x.status) || isErrorBody(x)) continue;
      const body = x.response.body;
      const hit = [...foreign].find(([id]) => new RegExp(`(^|[^A-Za-z0-9_-])${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^A-Za-z0-9_-])`).test(body));
      if (!hit) continue;
      const [objectId, owner] = hit;
      reported.add(r.path);
      failed++;
      reportExchange(ctx, {
        messageId: 'crossTenantList',
        data: { intruder: intruder.name, intruderTenant: intruder.tenant ?? '-', owner: owner.name, ownerTenant: owner.tenant ?? '-', objectId, path: r.path },
        severity: 'critical',
        route: r,
        x,
        note: `${objectId} appears in ${owner.name}'s own lists (tenant ${owner.tenant}) and in no list of tenant ${intruder.tenant}'s identities; ${intruder.name}'s answer from ${r.path} contains it.`,
        fingerprintKey: `list:${owner.tenant}->${intruder.tenant}`,
      });
    }
  }
  return failed;
}

/**
 * A list that returns everyone's items (GET /orders answering every user's orders): two identities that should not
 * share objects (different tenants, or independent users) get the same non-empty list, and its elements' ownership
 * fields (userId, buyer, seller, owner...) name the other identity and never the reader. No extra request.
 */
function ownershipListBola(ctx: Parameters<typeof reportExchange>[0], d: Awaited<ReturnType<typeof discover>>, superuser: (i: ApiIdentity) => boolean, reported: Set<string>): number {
  const { model } = ctx.probes;
  const people = d.active.filter((i) => !superuser(i) && !model.config.adminRoles.includes(i.role));
  const apart = (a: ApiIdentity, b: ApiIdentity) => (a.tenant === undefined && b.tenant === undefined) || (a.tenant !== undefined && b.tenant !== undefined && a.tenant !== b.tenant);
  let failed = 0;
  for (const r of model.routes) {
    if (r.method !== 'GET' || r.pathParams.length || r.public || r.skip || r.flow || reported.has(r.path)) continue;
    for (const intruder of people) {
      if (reported.has(r.path)) break;
      const x = d.reads.get(readKey(intruder.name, r));
      if (!x || !is2xx(x.status) || isErrorBody(x)) continue;
      const items = listItems(x.json);
      const ids = items.map((o) => idOf(o, 'id')).filter((v): v is string => !!v).sort();
      if (ids.length === 0) continue;
      const mine = d.selves.get(intruder.name) ?? new Set<string>();
      for (const other of people.filter((o) => o !== intruder && apart(o, intruder))) {
        const y = d.reads.get(readKey(other.name, r));
        if (!y || !is2xx(y.status)) continue;
        const theirIds = listItems(y.json).map((o) => idOf(o, 'id')).filter((v): v is string => !!v).sort();
        if (JSON.stringify(theirIds) !== JSON.stringify(ids)) continue; // scoped lists differ
        const theirs = d.selves.get(other.name) ?? new Set<string>();
        const foreign = items.filter((o) => {
          const owners = ownerValues(o);
          return owners.length > 0 && owners.some((v) => theirs.has(v)) && !owners.some((v) => mine.has(v));
        });
        if (foreign.length === 0) continue;
        reported.add(r.path);
        failed++;
        reportExchange(ctx, {
          messageId: 'foreignInList',
          data: { intruder: intruder.name, count: foreign.length, path: r.path, objectId: idOf(foreign[0]!, 'id') ?? '?', owner: other.name },
          severity: intruder.tenant !== undefined ? 'critical' : 'high',
          route: r,
          x,
          control: [y],
          note: `${intruder.name} and ${other.name} get the same ${ids.length} ids from ${r.path}; ${foreign.length} of the objects ${intruder.name} got name ${other.name} in their ownership fields and never ${intruder.name}.`,
          fingerprintKey: 'list:owner',
        });
        break;
      }
    }
  }
  return failed;
}

const TENANT_HEADER = /^x-(tenant|org|organi[sz]ation|workspace|account|team|company|project|customer)[-_]?(id|slug|key)?$/i;

/**
 * Header tenancy (X-Org-Id, X-Tenant-Id): identities carry their tenant in a static header (identities[].headers).
 * The intruder reads each parameterless route with the owner's header value; getting what the owner gets (and not
 * its own data) means the API trusts the header without checking membership. The owner's read is the control.
 */
async function headerBola(ctx: Parameters<typeof reportExchange>[0], d: Awaited<ReturnType<typeof discover>>, superuser: (i: ApiIdentity) => boolean): Promise<number> {
  const { client, model } = ctx.probes;
  const headerOf = (i: ApiIdentity): [string, string] | undefined => Object.entries(i.config?.headers ?? {}).find(([k]) => TENANT_HEADER.test(k));
  const tenants = d.active.filter((i) => i.tenant !== undefined && !superuser(i) && headerOf(i));
  const routes = model.routes.filter((r) => r.method === 'GET' && r.pathParams.length === 0 && !r.public && !r.skip && !r.flow).slice(0, 12);
  let failed = 0;
  const done = new Set<string>();
  for (const owner of tenants) {
    const [header, value] = headerOf(owner)!;
    const intruder = tenants.find((i) => i.tenant !== owner.tenant && headerOf(i)?.[0].toLowerCase() === header.toLowerCase() && headerOf(i)?.[1] !== value);
    if (!intruder || done.has(`${owner.tenant}->${intruder.tenant}`)) continue;
    done.add(`${owner.tenant}->${intruder.tenant}`);
    for (const r of routes) {
      const control = d.reads.get(readKey(owner.name, r));
      if (!control || !is2xx(control.status) || isErrorBody(control) || dataSize(control) === 0) continue;
      const mine = d.reads.get(readKey(intruder.name, r));
      if (mine && is2xx(mine.status) && bodySimilarity(mine, control) >= 0.99) continue; // same answer for everyone: nothing tenant-specific
      const x = await client.send({ as: intruder, path: fillPath(r.path), template: r.path, query: sampleQuery(r), headers: { [header]: value } }, ctx.checkId, ctx.signal);
      const v = sameObject(control, x);
      if (!v.same || (mine && is2xx(mine.status) && bodySimilarity(mine, x) >= 0.99)) continue;
      failed++;
      reportExchange(ctx, {
        messageId: 'crossTenantHeader',
        data: { intruder: intruder.name, intruderTenant: intruder.tenant ?? '-', owner: owner.name, ownerTenant: owner.tenant ?? '-', header, path: r.path, why: v.why },
        severity: 'critical',
        route: r,
        x,
        control: [control],
        note: `Control: ${owner.name} reads ${r.path} with its own ${header}; ${intruder.name} (tenant ${intruder.tenant}) sent the same header value and got the same data.`,
        fingerprintKey: `header:${header.toLowerCase()}`,
      });
      break;
    }
  }
  return failed;
}
