import { defineCheck } from '../../core/check.js';
import { concretePath, discover, isSuperuser, readKey } from './lib/discovery.js';
import type { ApiIdentity, ApiProbes, ApiRoute } from './lib/types.js';
import { dataSize, fillPath, is2xx, isErrorBody, reportExchange, sampleBody, sampleQuery } from './lib/util.js';

/**
 * Broken function level authorization: identities whose role is not among a route's allowed roles
 * (x-launchready-roles, admin scopes, api.adminOnly) call it. Reads are always tested, with an allowed identity as
 * control; write routes only with api.allowWrites (a member's successful refund is a real refund).
 */

/**
 * The body of a privileged write that changes as little as possible: the sample, with a role field set to the
 * caller's own role when the document allows it (PATCH /users/{id}/role on itself then changes nothing).
 */
function noOpBody(r: ApiRoute, who: ApiIdentity): unknown {
  const body = sampleBody(r);
  if (!body || typeof body !== 'object' || Array.isArray(body)) return body;
  const props = ((r.bodySchema ?? {}) as { properties?: Record<string, { enum?: unknown[] }> }).properties ?? {};
  const out: Record<string, unknown> = { ...(body as Record<string, unknown>) };
  for (const k of Object.keys(out)) {
    if (!/^roles?$/i.test(k)) continue;
    const en = props[k]?.enum;
    if (!en || en.includes(who.role)) out[k] = Array.isArray(out[k]) ? [who.role] : who.role;
  }
  return out;
}

export default defineCheck<unknown, ApiProbes>({
  id: 'api/bfla',
  title: 'Privileged function callable by a lower role (BFLA)',
  area: 'api',
  mode: 'active',
  description: 'Calls admin-only and platform-only routes as members (and reads as every lower role) and expects a denial.',
  severity: 'high',
  cwe: 'CWE-285',
  owasp: 'API5:2023',
  remediation: 'Check the role on the server for every privileged route (a policy middleware per route, deny by default), not only in the frontend.',
  messages: {
    roleBypass: '{{identity}} (role {{role}}) called {{method}} {{path}}, allowed only for {{roles}}: HTTP {{status}}{{control}}.',
    enforced: '{{calls}} calls by lower roles to {{routes}} privileged routes were all denied.',
    writesSkipped: '{{routes}} privileged write routes were not called by lower roles because api.allowWrites is false.',
    untested: '{{routes}} privileged routes could not be called by a lower role ({{reasons}}); see the coverage matrix.',
    noRoutes: 'No route is marked admin-only (x-launchready-roles, OAuth admin scopes or api.adminOnly).',
  },
  async run(ctx) {
    const { client, model, coverage } = ctx.probes;
    const d = await discover(ctx);
    const privileged = model.routes.filter((r) => r.roles && !r.skip && r.flow !== 'login');
    if (privileged.length === 0) {
      ctx.report({ messageId: 'noRoutes', status: 'skipped', severity: 'info', target: model.config.baseUrl });
      return;
    }
    const writes = privileged.filter((r) => r.method !== 'GET' && r.method !== 'HEAD');
    if (writes.length && !model.config.allowWrites) ctx.report({ messageId: 'writesSkipped', status: 'skipped', severity: 'info', data: { routes: writes.length }, target: model.config.baseUrl });
    let calls = 0;
    let failed = 0;
    const untested = new Map<string, string>();
    const skip = (r: ApiRoute, reason: string) => {
      coverage.mark(ctx.checkId, r, 'n/a', reason);
      untested.set(`${r.method} ${r.path}`, reason);
    };
    await Promise.all(
      privileged.map(async (r: ApiRoute) => {
        const isRead = r.method === 'GET' || r.method === 'HEAD';
        if (!isRead && !model.config.allowWrites) return coverage.mark(ctx.checkId, r, 'n/a', 'write route: needs api.allowWrites');
        const allowed = new Set(r.roles);
        // Inferred roles: platform staff (no tenant) may use whatever they like; only tenant identities are tested.
        const lower = d.active.filter((i) => !allowed.has(i.role) && !isSuperuser(i, model.config.adminRoles) && !(r.rolesInferred && i.tenant === undefined));
        if (lower.length === 0) return skip(r, `no signed-in identity below ${[...allowed].join('/')}`);
        let reported = false;
        let filled = 0;
        // Every identity below the route's roles until one gets through: one finding per route, naming the first.
        for (const who of lower) {
          if (reported) break;
          let path = fillPath(r.path);
          if (r.pathParams.length) {
            // Ids any identity can name (an admin's objects too: the lower role must be refused whatever the object).
            const p = concretePath(d, [who, ...d.active.filter((i) => i !== who && i.tenant === who.tenant)], r.path);
            if (!p) continue;
            path = p;
          }
          filled++;
          calls++;
          const body = isRead ? undefined : noOpBody(r, who);
          const reused = isRead && r.pathParams.length === 0 ? d.reads.get(readKey(who.name, r)) : undefined;
          if (reused) coverage.mark(ctx.checkId, r, 'tested');
          const x = reused
            ? reused
            : await client.send({ as: who, method: r.method, path, template: r.path, query: sampleQuery(r), ...(body !== undefined ? { json: body } : {}) }, ctx.checkId, ctx.signal);
          if (!is2xx(x.status) || isErrorBody(x) || dataSize(x) === 0) continue; // {"data": []} to a member is a soft denial
          let controlNote = '';
          const control = [];
          if (isRead) {
            // Platform staff may use a route guessed to be privileged: they are a valid control when no identity has
            // the guessed role.
            const may = (i: ApiIdentity) => allowed.has(i.role) || (!!r.rolesInferred && isSuperuser(i, model.config.adminRoles));
            const ok = d.active.find((i) => may(i) && i.tenant === who.tenant) ?? d.active.find(may);
            if (ok) {
              const c = (r.pathParams.length === 0 ? d.reads.get(readKey(ok.name, r)) : undefined) ?? (await client.send({ as: ok, path, template: r.path, query: sampleQuery(r) }, ctx.checkId, ctx.signal));
              control.push(c);
              controlNote = `; ${ok.name} (role ${ok.role}) gets HTTP ${c.status}`;
              // A guessed admin route that the admin cannot use either is not what we think it is.
              if (r.rolesInferred && (!is2xx(c.status) || isErrorBody(c))) continue;
            } else if (r.rolesInferred) continue;
          }
          failed++;
          reported = true;
          reportExchange(ctx, {
            messageId: 'roleBypass',
            data: { identity: who.name, role: who.role, method: r.method, path: r.path, roles: [...allowed].join('/'), status: x.status, control: controlNote },
            severity: isRead ? 'high' : 'critical',
            route: r,
            x,
            control,
            fingerprintKey: 'role',
            ...(isRead ? {} : { note: 'The call changed state on the target (api.allowWrites is on); check the object it touched.' }),
          });
        }
        if (filled === 0) skip(r, `no object id to fill ${r.pathParams.map((p) => `{${p}}`).join(', ')} (add api.discovery or identities[].objects)`);
      }),
    );
    if (untested.size) {
      const reasons = [...new Set(untested.values())].slice(0, 3).join('; ');
      ctx.report({ messageId: 'untested', status: calls === 0 ? 'error' : 'warn', severity: calls === 0 ? 'medium' : 'info', data: { routes: untested.size, reasons }, target: model.config.baseUrl, meta: { routes: [...untested.keys()] } });
    }
    if (failed === 0 && calls > 0) ctx.report({ messageId: 'enforced', status: 'pass', data: { calls, routes: privileged.length - untested.size }, target: model.config.baseUrl });
  },
});
