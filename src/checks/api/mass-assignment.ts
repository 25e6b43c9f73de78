import { defineCheck } from '../../core/check.js';
import { concretePath, discover, readKey } from './lib/discovery.js';
import type { ApiExchange, ApiProbes, ApiRoute } from './lib/types.js';
import { describeError } from '../../core/runner.js';
import { attempt, budgetLeft, fillPath, getField, is2xx, isErrorBody, reportExchange, reportGaps, sampleBody, short, unwrap, UNREACHABLE } from './lib/util.js';

/**
 * Mass assignment (API3:2023): a client sets fields it must not (role, isAdmin, tenantId, ownerId, price...) by
 * adding them to an update. Only with api.allowWrites. For each update route whose resource can be re-read
 * (PATCH/PUT /x with GET /x), each privileged field the resource shows is sent alone with a new value, then the
 * resource is read again: only a changed value is a finding (a 200 that ignored the field is not). Every change is
 * reverted with the original value, and the report says whether the revert worked.
 */

interface Candidate {
  field: string;
  value(original: unknown, ctx: { tenants: string[]; ids: string[]; peers: unknown[] }): unknown;
  severity: 'critical' | 'high';
}

/**
 * Another tenant's real value for a tenant field: what other tenants' identities see in the same field of the same
 * resource (their own GET /me says orgId "org_01H..."). APIs validate tenant references, so the configured tenant
 * *name* ("globex") would be refused as unknown and prove nothing.
 */
const otherTenant = (fallback: string) => (o: unknown, c: { tenants: string[]; peers: unknown[] }) =>
  c.peers.find((p) => (typeof p === 'string' || typeof p === 'number') && p !== o) ?? c.tenants.find((t) => t !== o) ?? fallback;

const FIELDS: Candidate[] = [
  { field: 'role', value: (o) => (o === 'admin' ? 'owner' : 'admin'), severity: 'critical' },
  { field: 'roles', value: () => ['admin'], severity: 'critical' },
  { field: 'isAdmin', value: () => true, severity: 'critical' },
  { field: 'is_admin', value: () => true, severity: 'critical' },
  { field: 'admin', value: () => true, severity: 'critical' },
  { field: 'permissions', value: () => ['*'], severity: 'critical' },
  // Django's User flags (is_staff opens the admin site, is_superuser grants everything).
  { field: 'isStaff', value: () => true, severity: 'critical' },
  { field: 'isSuperuser', value: () => true, severity: 'critical' },
  { field: 'accountId', value: otherTenant('launchready-other-account'), severity: 'critical' },
  { field: 'companyId', value: otherTenant('launchready-other-company'), severity: 'critical' },
  { field: 'workspaceId', value: otherTenant('launchready-other-workspace'), severity: 'critical' },
  { field: 'tenantId', value: otherTenant('launchready-other-tenant'), severity: 'critical' },
  { field: 'tenant_id', value: otherTenant('launchready-other-tenant'), severity: 'critical' },
  { field: 'organizationId', value: otherTenant('launchready-other-org'), severity: 'critical' },
  { field: 'orgId', value: otherTenant('launchready-other-org'), severity: 'critical' },
  { field: 'ownerId', value: (o, c) => c.ids.find((t) => t !== o) ?? 'launchready-other-owner', severity: 'high' },
  { field: 'userId', value: (o, c) => c.ids.find((t) => t !== o) ?? 'launchready-other-user', severity: 'high' },
  { field: 'emailVerified', value: () => true, severity: 'high' },
  { field: 'verified', value: () => true, severity: 'high' },
  { field: 'plan', value: (o) => (o === 'enterprise' ? 'business' : 'enterprise'), severity: 'high' },
  { field: 'price', value: () => 1, severity: 'high' },
  { field: 'balance', value: () => 999999, severity: 'high' },
  { field: 'credits', value: () => 999999, severity: 'high' },
  { field: 'status', value: (o) => (o === 'paid' ? 'refunded' : 'paid'), severity: 'high' },
];

const snakeCase = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

/** Field names that say privilege, beyond the table: the app's own spelling (`admin` in /me, `isModerator`, `tier`). */
const PRIVILEGED_NAME = /^(is_?)?(admin|administrator|staff|superuser|super_?admin|root|moderator|owner|manager|verified|approved|premium|vip|deluxe|trusted)$|role|permission|scope|privilege|tier|plan|credit|balance|quota|discount|wallet/i;

function sampleObject(r: ApiRoute): Record<string, unknown> {
  const b = sampleBody(r);
  return b && typeof b === 'object' && !Array.isArray(b) ? (b as Record<string, unknown>) : {};
}

/** Enum values the document declares for a field (request or response schema), anywhere in a route's schemas. */
function enumsFor(routes: ApiRoute[], field: string): unknown[] {
  const out: unknown[] = [];
  const walk = (sch: unknown, depth: number): void => {
    if (!sch || typeof sch !== 'object' || depth > 6) return;
    const o = sch as { properties?: Record<string, { enum?: unknown[]; items?: { enum?: unknown[] } }>; items?: unknown; allOf?: unknown[]; oneOf?: unknown[]; anyOf?: unknown[] };
    const p = o.properties?.[field];
    for (const v of [...(p?.enum ?? []), ...(p?.items?.enum ?? [])]) if (!out.includes(v)) out.push(v);
    for (const v of Object.values(o.properties ?? {})) walk(v, depth + 1);
    walk(o.items, depth + 1);
    for (const k of [o.allOf, o.oneOf, o.anyOf]) for (const x of k ?? []) walk(x, depth + 1);
  };
  for (const r of routes) {
    walk(r.bodySchema, 0);
    walk(r.responseSchema, 0);
  }
  return out;
}

/**
 * A new value for a privileged field, read from the app before guessed: booleans flip; role-like strings take the
 * document's enum values, then the roles of the configured identities and api.adminRoles (most privileged first),
 * then "admin"; lists of roles get the same; numbers grow.
 */
export function privilegedValue(field: string, original: unknown, known: { enums: unknown[]; roles: string[] }): unknown {
  if (typeof original === 'boolean') return !original;
  if (typeof original === 'number') return /discount|price|cost/i.test(field) ? 0 : original + 100000;
  const adminish = (v: unknown) => /admin|owner|super|root|staff|manager|moderator|platform|enterprise|premium|gold|vip|deluxe/i.test(String(v));
  const pool = [...known.enums, ...known.roles].filter((v) => JSON.stringify(v) !== JSON.stringify(original));
  const best = pool.find(adminish) ?? pool[0];
  if (Array.isArray(original)) return [...original, best ?? 'admin'].filter((v, i, a) => a.indexOf(v) === i);
  if (typeof original === 'string' || original === null) return best ?? (/plan|tier/i.test(field) ? 'enterprise' : 'admin');
  return undefined;
}

export default defineCheck<unknown, ApiProbes>({
  id: 'api/mass-assignment',
  title: 'Privileged field writable by the client (mass assignment)',
  area: 'api',
  mode: 'active',
  description: 'With api.allowWrites: sends privileged fields in updates, re-reads the resource, reverts.',
  severity: 'critical',
  cwe: 'CWE-915',
  owasp: 'API3:2023',
  remediation: 'Bind only an allowlist of fields per route (DTOs, `pick`), reject unknown fields with 400, and mark server-owned fields `readOnly` in the OpenAPI document.',
  messages: {
    assigned: '{{identity}} set {{field}} from {{before}} to {{after}} through {{method}} {{path}} (confirmed by re-reading {{readPath}}); {{reverted}}.',
    assignedOnCreate: '{{identity}} created an object through {{method}} {{path}} with {{field}} = {{after}} and the API kept it ({{how}}).',
    protected: '{{fields}} privileged fields sent to {{routes}} update routes were ignored or refused.',
    writesSkipped: 'Not tested: api.allowWrites is false (this check changes data and reverts it).',
    noRoutes: 'No update route with a readable resource (PATCH/PUT /x with GET /x) to test.',
    unreachable: UNREACHABLE,
  },
  async run(ctx) {
    const { client, model, coverage } = ctx.probes;
    if (!model.config.allowWrites) return ctx.report({ messageId: 'writesSkipped', status: 'skipped', severity: 'info', target: model.config.baseUrl });
    const d = await discover(ctx);
    const getPaths = new Set(model.routes.filter((r) => r.method === 'GET').map((r) => r.path.replace(/\{[^}]+\}/g, '{}')));
    const updates = model.routes.filter((r) => (r.method === 'PATCH' || r.method === 'PUT') && !r.skip && !r.flow && getPaths.has(r.path.replace(/\{[^}]+\}/g, '{}'))).sort((a, b) => a.pathParams.length - b.pathParams.length);
    if (updates.length === 0 && !model.routes.some((r) => r.method === 'POST')) return ctx.report({ messageId: 'noRoutes', status: 'skipped', severity: 'info', target: model.config.baseUrl });
    const tenants = [...new Set(client.members.map((i) => i.tenant).filter((t): t is string => !!t))];
    // Role names the app uses: the configured identities' roles, most privileged (api.adminRoles) first.
    // The app's own names first (the configured identities' roles, admin-like ones first), then api.adminRoles.
    const own = client.members.map((i) => i.role);
    const roles = [...new Set([...own.filter((r) => model.config.adminRoles.includes(r)), ...own, ...model.config.adminRoles])];
    // Ids of other users, from what discovery saw (for ownerId/userId values).
    const who = d.active.find((i) => !model.config.adminRoles.includes(i.role)) ?? d.active[0];
    if (!who) return;
    let sent = 0;
    let failed = 0;
    const gaps: string[] = [];
    for (const r of (updates as ApiRoute[]).slice(0, 6)) {
      // Self resources (/me) directly; item routes (/users/{id}, /projects/{id}) on an object the identity owns.
      // A public object (a product in the catalogue) is not the identity's own: writing it is write BOLA's test.
      const twin = d.items.find((t) => t.route.path.replace(/\{[^}]+\}/g, '{}') === r.path.replace(/\{[^}]+\}/g, '{}'));
      if (twin?.public) {
        coverage.mark(ctx.checkId, r, 'n/a', 'a public object the identity did not create (api/bola tests writes to it)');
        continue;
      }
      const concrete = r.pathParams.length ? concretePath(d, [who], r.path) : fillPath(r.path);
      if (!concrete) {
        coverage.mark(ctx.checkId, r, 'n/a', 'no object of the identity to update');
        continue;
      }
      const read = () => client.send({ as: who, path: concrete, template: r.path }, ctx.checkId, ctx.signal);
      const before = await read();
      if (!is2xx(before.status) || isErrorBody(before) || !before.json || typeof before.json !== 'object') continue;
      const ids = d.exchanges.map((x) => getField(x.json, 'id')).filter((v): v is string => typeof v === 'string');
      // The same resource as identities of other tenants see it (parameterless routes such as /me, read by discovery).
      const peerReads = r.pathParams.length ? [] : d.active.filter((i) => i !== who && i.tenant !== who.tenant).map((i) => d.reads.get(readKey(i.name, { method: 'GET', path: r.path }))).filter((x): x is ApiExchange => !!x && is2xx(x.status));
      // PUT replaces the resource and schemas mark fields required: the field rides along with the resource's own
      // current values of the declared fields, so the update is valid and changes nothing else.
      const schema = (r.bodySchema ?? {}) as { properties?: Record<string, { readOnly?: boolean }>; required?: string[] };
      const base: Record<string, unknown> = {};
      if (r.method === 'PUT' || schema.required?.length) {
        for (const [k, v] of Object.entries(schema.properties ?? {})) {
          const cur = getField(before.json, k);
          if (!v?.readOnly && cur !== undefined && (cur === null || typeof cur !== 'object')) base[k] = cur;
        }
      }
      const tried = new Set<string>();
      // The table's fields in the resource's own spelling, then privileged-looking fields the resource itself shows.
      const shown = Object.keys(unwrap(before.json) ?? {});
      const specs: Candidate[] = [...FIELDS];
      for (const f of shown) {
        if (FIELDS.some((x) => x.field === f || snakeCase(x.field) === f) || !PRIVILEGED_NAME.test(f)) continue;
        specs.push({ field: f, value: (o) => privilegedValue(f, o, { enums: enumsFor(model.routes, f), roles }), severity: /role|admin|staff|super|root|permission|scope|privilege/i.test(f) ? 'critical' : 'high' });
      }
      for (const spec of specs) {
        // The resource's own spelling: isAdmin, is_admin; tenantId, tenant_id (Rails and Django serialise snake_case).
        const name = [spec.field, snakeCase(spec.field)].find((n) => getField(before.json, n) !== undefined);
        if (name === undefined || tried.has(name)) continue; // cannot confirm a field the resource does not show
        tried.add(name);
        const c = { ...spec, field: name };
        const original = getField(before.json, c.field);
        const peers = peerReads.map((x) => getField(x.json, c.field)).filter((v) => v !== undefined && v !== null);
        // Role fields: the app's own role names (document enums, configured roles) before the table's guess.
        const appValue = /^roles?$/i.test(c.field) ? privilegedValue(c.field, original, { enums: enumsFor(model.routes, c.field), roles }) : undefined;
        const value = appValue ?? c.value(original, { tenants, ids, peers });
        if (value === undefined) continue;
        sent++;
        const write: ApiExchange = await client.send({ as: who, method: r.method, path: concrete, template: r.path, json: { ...base, [c.field]: value }, retryOn401: false }, ctx.checkId, ctx.signal);
        if (!is2xx(write.status)) continue;
        const after = await read();
        const now = getField(after.json, c.field);
        if (JSON.stringify(now) !== JSON.stringify(value)) continue;
        // Revert, then check the revert.
        // A revert that fails is said in the finding, with why (the value may still be set).
        let revertError: string | undefined;
        await client.send({ as: who, method: r.method, path: concrete, template: r.path, json: { ...base, [c.field]: original }, retryOn401: false }, ctx.checkId, ctx.signal).catch((e: unknown) => void (revertError = describeError(e)));
        const check = revertError === undefined ? await read().catch((e: unknown) => void (revertError = `re-reading: ${describeError(e)}`)) : undefined;
        const reverted = check && JSON.stringify(getField(check.json, c.field)) === JSON.stringify(original) ? 'reverted to the original value' : `COULD NOT REVERT${revertError ? ` (${revertError})` : ''}: ${c.field} may still be ${short(value, 40)}`;
        failed++;
        reportExchange(ctx, {
          messageId: 'assigned',
          data: { identity: who.name, field: c.field, before: short(original, 40), after: short(value, 40), method: r.method, path: r.path, readPath: r.path, reverted },
          severity: c.severity,
          route: r,
          x: write,
          control: [before, after],
          note: `Confirmed by re-reading: ${c.field} was ${short(original, 40)} before and ${short(now, 40)} after the update; ${reverted}.`,
          fingerprintKey: c.field,
        });
      }
    }
    // Create routes (and the invite/signup flows): one undeclared privileged field per request (an app that
    // validates roles refuses a request with three at once, and nothing is learned); the answer (and a re-read where
    // an item route exists) shows whether the API kept it. Created objects cannot be reverted. A login, session or
    // token route is not a create route.
    const getTemplates = model.routes.filter((r) => r.method === 'GET' && r.pathParams.length === 1);
    const loginPaths = new Set(client.members.map((i) => i.config?.login?.path).filter((p): p is string => !!p));
    const authish = (r: ApiRoute) => loginPaths.has(r.path) || r.flow === 'login' || /(^|\/)(login|log-in|signin|sign-in|sessions?|tokens?|oauth|auth\/?(token|login)?|authenticate|refresh|logout|verify|otp|2fa|mfa)(\/|$)/i.test(r.path) || /^(login|signin|authenticate|createSession|createToken)$/i.test(r.operationId ?? '');
    const creates = model.routes.filter((r) => r.method === 'POST' && !r.skip && r.pathParams.length === 0 && (r.bodySchema || r.bodyExample) && (!r.flow || r.flow === 'invite' || r.flow === 'signup') && !authish(r)).slice(0, 4);
    for (const r of creates) {
      const caller = r.flow === 'signup' ? undefined : r.roles ? d.active.find((i) => r.roles!.includes(i.role) && i.tenant) : who;
      if (r.roles && !caller) {
        coverage.mark(ctx.checkId, r, 'n/a', 'no identity with the route\'s role to create with');
        continue;
      }
      const declared = new Set(Object.entries(((r.bodySchema ?? {}) as { properties?: Record<string, { readOnly?: boolean }> }).properties ?? {}).filter(([, v]) => !v?.readOnly).map(([k]) => k));
      const myTenant = caller?.tenant;
      const inject: [string, unknown][] = [];
      const roleValue = privilegedValue('role', 'member', { enums: enumsFor(model.routes, 'role'), roles: [...roles.filter((x) => x !== 'member'), 'superadmin'] });
      if (!declared.has('role') || r.flow === 'invite') inject.push(['role', roleValue]);
      if (!declared.has('isAdmin')) inject.push(['isAdmin', true]);
      if (!declared.has('tenantId') && tenants.length > 1) inject.push(['tenantId', tenants.find((t) => t !== myTenant) ?? tenants[0]]);
      // Ownership fields (UserId, authorId, ownerId...), declared or not, set to ANOTHER identity's id: an API that
      // keeps it lets anyone create objects in someone else's name (forged feedback, reviews, basket items).
      const other = d.active.find((i) => i !== caller && i !== who && d.profiles.get(i.name)?.id !== undefined) ?? d.active.find((i) => i !== caller && d.profiles.get(i.name)?.id !== undefined);
      const otherId = other ? d.profiles.get(other.name)!.id! : undefined;
      if (otherId !== undefined && caller) {
        const names = [...new Set([...Object.keys(((r.bodySchema ?? {}) as { properties?: Record<string, unknown> }).properties ?? {}), ...Object.keys(sampleObject(r))])];
        const ownerField = names.find((k) => /^(user_?id|userId|UserId|owner_?id|ownerId|author_?id|authorId|created_?by|createdBy|customer_?id|customerId)$/.test(k));
        if (ownerField && !inject.some(([f]) => f === ownerField) && otherId !== d.profiles.get(caller.name)?.id) inject.push([ownerField, /^\d+$/.test(otherId) ? Number(otherId) : otherId]);
      }
      // Fields the document itself marks readOnly in the create body or the resource (featured, verified, seller):
      // the server owns them, so a kept value is a finding. Booleans flip, enums take their most privileged value.
      const props = { ...(((r.responseSchema ?? {}) as { properties?: Record<string, unknown> }).properties ?? {}), ...(((r.bodySchema ?? {}) as { properties?: Record<string, unknown> }).properties ?? {}) };
      for (const [k, v] of Object.entries(props)) {
        const sch = v as { readOnly?: boolean; type?: string; enum?: unknown[]; default?: unknown };
        if (!sch?.readOnly || inject.some(([f]) => f === k) || /^(_?id|uuid|pk|created_?at|updated_?at|createdAt|updatedAt)$/i.test(k)) continue;
        if (sch.type === 'boolean') inject.push([k, sch.default === true ? false : true]);
        else if (Array.isArray(sch.enum) && sch.enum.length > 1) inject.push([k, privilegedValue(k, sch.default ?? sch.enum[0], { enums: sch.enum, roles: [] })]);
      }
      // (status/price are left out on create: a new object may legitimately start "paid" or cost 1.)
      for (const [field, value] of inject) {
        if (budgetLeft(ctx) < 10) break;
        // A fresh object per request: unique emails, usernames and passwords (an OpenAPI example username may exist).
        const nonce = client.nonce();
        const base = sampleBody(r);
        const body: Record<string, unknown> = { ...(base && typeof base === 'object' && !Array.isArray(base) ? (base as Record<string, unknown>) : {}) };
        for (const k of Object.keys(body)) {
          if (/email/i.test(k)) body[k] = `launchready-ma-${nonce}@example.invalid`;
          else if (/pass(word)?|pwd/i.test(k)) body[k] = `Launchready-${nonce}-Pw1`;
          else if (/^(user_?name|username|login|handle|nick(name)?|screen_?name)$/i.test(k)) body[k] = `launchready-ma-${nonce}`;
        }
        sent++;
        const x = await client.send({ ...(caller ? { as: caller } : {}), method: 'POST', path: r.path, template: r.path, json: { ...body, [field]: value }, retryOn401: false }, ctx.checkId, ctx.signal);
        if (!is2xx(x.status) || !x.json || typeof x.json !== 'object') continue;
        let reread: ApiExchange | undefined;
        const id = getField(x.json, 'id');
        const item = typeof id === 'string' || typeof id === 'number' ? getTemplates.find((g) => g.path.startsWith(`${r.path}/{`)) : undefined;
        if (item) reread = await attempt(ctx, gaps, `re-reading ${item.path} after POST ${r.path}`, client.send({ ...(caller ? { as: caller } : {}), path: fillPath(item.path, { [item.pathParams[0]!]: String(id) }), template: item.path }, ctx.checkId, ctx.signal));
        const echoed = JSON.stringify(getField(x.json, field)) === JSON.stringify(value);
        const kept = reread && is2xx(reread.status) ? JSON.stringify(getField(reread.json, field)) === JSON.stringify(value) : undefined;
        if (!echoed && !kept) continue;
        failed++;
        reportExchange(ctx, {
          messageId: 'assignedOnCreate',
          data: { identity: caller?.name ?? 'guest', method: 'POST', path: r.path, field, after: short(value, 40), how: kept ? 'confirmed by re-reading the object' : 'the answer shows it' },
          severity: /role|admin|tenant/i.test(field) ? 'critical' : 'high',
          route: r,
          x,
          control: reread ? [reread] : [],
          note: `launchready created this object (marked launchready-ma-${nonce}); it cannot be reverted automatically.`,
          fingerprintKey: `create:${field}`,
        });
      }
    }
    for (const r of model.routes) if (r.method === 'POST' && !r.skip && r.pathParams.length === 0 && authish(r)) coverage.mark(ctx.checkId, r, 'n/a', 'a login, session or token route is not a create route');
    if (failed === 0 && gaps.length) reportGaps(ctx, gaps);
    else if (failed === 0) ctx.report({ messageId: 'protected', status: 'pass', data: { fields: sent, routes: updates.length }, target: model.config.baseUrl });
  },
});
