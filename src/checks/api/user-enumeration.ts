import { defineCheck } from '../../core/check.js';
import type { Severity } from '../../core/types.js';
import type { ApiProbes } from './lib/types.js';
import type { ApiIdentity, ApiRoute } from './lib/types.js';
import { findFlow, flowBody, flowHeaders, flowIdentity, isThrottled, resolveFlow } from './lib/flows.js';
import { discover } from './lib/discovery.js';
import { dataSize, fillPath, is2xx, isErrorBody, reportExchange, short, type ApiCtx } from './lib/util.js';

/**
 * Login, password reset and signup must answer the same for an existing and an unknown account (OWASP
 * Authentication cheat sheet, "Authentication and Error Messages"). Compares status and the body with the email
 * and volatile values (ids, timestamps, numbers) normalised. Response timing is not judged: it is too noisy for a
 * verdict from a couple of requests.
 */
function normalise(body: string, emails: string[]): string {
  let b = body;
  for (const e of emails) if (e) b = b.split(e).join('<email>');
  return b
    .replace(/"(?:id|requestId|request_id|traceId|trace_id|timestamp|time|date|createdAt|nonce)"\s*:\s*"[^"]*"/gi, '"<v>":"<v>"')
    .replace(/\d{4}-\d{2}-\d{2}T[\d:.]+Z?/g, '<ts>')
    .replace(/\b[0-9a-f]{8,}\b/gi, '<hex>')
    .replace(/\d+/g, '<n>')
    .trim();
}

export default defineCheck<unknown, ApiProbes>({
  id: 'api/user-enumeration',
  title: 'Account existence revealed',
  area: 'api',
  mode: 'active',
  description: 'Compares login, reset and signup answers, and lookup/search routes (GET /users/{name}, ?email=), for an existing and an unknown account.',
  severity: 'medium',
  cwe: 'CWE-204',
  owasp: 'API2:2023',
  remediation: 'Answer the same status and message for both ("If an account exists, we sent a link"; "Invalid email or password").',
  messages: {
    differs: '{{kind}} at {{path}} answers differently for an existing account (HTTP {{existingStatus}}: {{existingBody}}) and an unknown one (HTTP {{unknownStatus}}: {{unknownBody}}).',
    same: '{{kind}} at {{path}} answers the same for existing and unknown accounts.',
    writesSkipped: 'signup was not compared because api.allowWrites is false (the unknown-address request creates an account).',
    throttled: '{{kind}} at {{path}} was throttled during the comparison; not judged.',
    noIdentity: 'Not tested: no identity with email and password.',
    lookupDiffers: '{{method}} {{path}} tells whether an account exists: {{key}} of an existing account answers {{existing}}, an unknown one {{unknown}}.',
    lookupSame: '{{method}} {{path}} answers the same for existing and unknown accounts ({{key}}).',
  },
  async run(ctx) {
    const { client, model } = ctx.probes;
    const who = flowIdentity(ctx);
    if (!who?.email) return ctx.report({ messageId: 'noIdentity', status: 'skipped', severity: 'info', target: model.config.baseUrl });
    await lookups(ctx);
    const kinds: { kind: 'login' | 'reset-request' | 'signup'; severity: Severity }[] = [
      { kind: 'login', severity: 'medium' },
      { kind: 'reset-request', severity: 'medium' },
      { kind: 'signup', severity: 'low' },
    ];
    for (const { kind, severity } of kinds) {
      const found = findFlow(ctx, kind);
      const f = found && (await resolveFlow(ctx, found));
      if (!f) continue;
      if (kind === 'signup' && !model.config.allowWrites) {
        ctx.report({ messageId: 'writesSkipped', status: 'skipped', severity: 'info', target: `signup:${f.path}` });
        continue;
      }
      const unknownEmail = `launchready-enum-${client.nonce()}@example.invalid`;
      const password = kind === 'signup' ? `Launchready-${client.nonce()}-Pw1` : `wrong-password-launchready-${client.nonce()}`;
      const send = async (email: string) => client.send({ ...(f.as ? { as: f.as } : {}), method: f.method, path: f.path, ...flowBody(f, { email, password, nonce: client.nonce() }), headers: await flowHeaders(ctx, f), retryOn401: false }, ctx.checkId, ctx.signal);
      const existing = await send(who.email);
      const unknown = await send(unknownEmail);
      const loc = { method: f.method, path: f.template };
      ctx.probes.coverage.mark(ctx.checkId, loc, 'tested');
      if ([existing, unknown].some((x) => isThrottled(x.status, x.response.headers, x.response.body))) {
        ctx.report({ messageId: 'throttled', status: 'skipped', severity: 'info', data: { kind, path: f.path }, location: loc });
        continue;
      }
      const emails = [who.email, unknownEmail];
      const differs = existing.status !== unknown.status || normalise(existing.response.body, emails) !== normalise(unknown.response.body, emails);
      if (differs) {
        reportExchange(ctx, {
          messageId: 'differs',
          data: { kind, path: f.path, existingStatus: existing.status, unknownStatus: unknown.status, existingBody: short(existing.response.body, 80), unknownBody: short(unknown.response.body, 80) },
          severity,
          route: loc,
          x: unknown,
          control: [existing],
          note: `Existing account (${who.name}) vs unknown address: the two answers differ, so an attacker can test which addresses have accounts.`,
        });
      } else ctx.report({ messageId: 'same', status: 'pass', data: { kind, path: f.path }, location: loc });
    }
  },
});

// Lookup keys: a path or query parameter that names an account (not a numeric/opaque id).
const KEY = /^(user[-_]?name|username|user|login|handle|nick(name)?|screen[-_]?name|email|e[-_]?mail|mail|account)$/i;
const USERISH = /\/(users?|accounts?|members?|profiles?|people|persons?|customers?|authors?)(\/|$)|exist|availab|lookup|check|search|find/i;

interface Lookup {
  route: ApiRoute;
  key: string;
  where: 'path' | 'query';
  email: boolean;
}

export function lookupRoutes(routes: ApiRoute[]): Lookup[] {
  const out: Lookup[] = [];
  for (const r of routes) {
    if (r.method !== 'GET' || r.skip || r.flow) continue;
    const last = r.pathParams[r.pathParams.length - 1];
    if (last && r.pathParams.length === 1 && (KEY.test(last) || (USERISH.test(r.path) && /name|login|handle|email/i.test(last)))) {
      out.push({ route: r, key: last, where: 'path', email: /mail/i.test(last) });
      continue;
    }
    if (r.pathParams.length > 0 || !USERISH.test(r.path)) continue;
    const q = r.params.find((p) => p.in === 'query' && KEY.test(p.name));
    if (q) out.push({ route: r, key: q.name, where: 'query', email: /mail/i.test(q.name) });
  }
  return out.slice(0, 8);
}

function verdict(x: { status: number; json: unknown; response: { body: string } }): string {
  if (!is2xx(x.status)) return `HTTP ${x.status}`;
  if (isErrorBody(x as never)) return `HTTP ${x.status} with an error body`;
  const n = dataSize(x as never);
  if (n === 0) return `HTTP ${x.status} empty`;
  // {"exists": true} / {"available": false}: the boolean is the answer
  const j = x.json as Record<string, unknown> | undefined;
  if (j && typeof j === 'object' && !Array.isArray(j)) for (const k of ['exists', 'available', 'taken', 'found', 'registered']) if (typeof j[k] === 'boolean') return `HTTP ${x.status} ${k}: ${String(j[k])}`;
  return `HTTP ${x.status} with data`;
}

/** GET /users/{name}, /users?email=, /accounts/exists?username=: existing vs unknown, as the guest when public. */
async function lookups(ctx: ApiCtx): Promise<void> {
  const { client, model, coverage } = ctx.probes;
  const list = lookupRoutes(model.routes);
  if (list.length === 0) return;
  const d = await discover(ctx);
  const members = model.identities.filter((i) => !i.guest && i.email);
  for (const l of list) {
    // The guest for a public route; an identity otherwise, or when the guest is only told to log in.
    let as: ApiIdentity | undefined = l.route.public ? model.identities.find((i) => i.guest) : d.active[0];
    if (!as) {
      coverage.mark(ctx.checkId, l.route, 'n/a', 'no identity could sign in');
      continue;
    }
    const send = async (value: string, label: string) => {
      const path = l.where === 'path' ? fillPath(l.route.path, { [l.key]: value }) : l.route.path;
      return client.send({ as, path, template: l.route.path, ...(l.where === 'query' ? { query: { [l.key]: value } } : {}), label: `${as!.name} (${label})`, retryOn401: false }, ctx.checkId, ctx.signal).catch((err: Error) => err);
    };
    const nonce = client.nonce();
    const unknownValue = l.email ? `launchready-enum-${nonce}@example.invalid` : `launchready-enum-${nonce}`;
    let unknown = await send(unknownValue, 'unknown account');
    if (!(unknown instanceof Error) && as.guest && (unknown.status === 401 || unknown.status === 403) && d.active[0]) {
      as = d.active[0];
      unknown = await send(unknownValue, 'unknown account');
    }
    if (unknown instanceof Error || unknown.status === 429 || unknown.status >= 500) {
      coverage.mark(ctx.checkId, l.route, unknown instanceof Error ? (/budget/i.test(unknown.message) ? 'refused' : 'error') : unknown.status === 429 ? 'refused' : 'error', unknown instanceof Error ? unknown.message : `HTTP ${unknown.status}`);
      continue;
    }
    coverage.mark(ctx.checkId, l.route, 'tested');
    // Other accounts than the caller's own: a self-lookup legitimately answers (that is not enumeration).
    const others = members.filter((m) => m.name !== as!.name);
    const values: string[] = [];
    for (const m of others.length ? others : members) {
      const local = m.email!.includes('@') ? m.email!.split('@')[0]! : m.email!;
      for (const v of l.email ? [m.email!] : [local, m.name, m.email!]) if (!values.includes(v)) values.push(v);
    }
    const loc = { method: 'GET', path: l.route.path };
    let reported = false;
    let compared = 0;
    for (const v of values.slice(0, 3)) {
      const existing = await send(v, 'existing account');
      if (existing instanceof Error || existing.status === 429) break;
      compared++;
      const a = verdict(existing);
      const b = verdict(unknown);
      // Existence shows as a different status (404 vs 403/200), another body once the looked-up value is taken out,
      // or data / exists:true for the account only.
      const differs = existing.status !== unknown.status || a !== b || normalise(existing.response.body, [v, unknownValue, ...(values)]) !== normalise(unknown.response.body, [v, unknownValue, ...values]);
      if (differs && existing.status < 500) {
        reportExchange(ctx, { messageId: 'lookupDiffers', data: { method: 'GET', path: l.route.path, key: `${l.where} ${l.key}`, existing: a, unknown: b }, severity: l.email ? 'medium' : 'low', ...(l.email ? {} : { status: 'warn' as const }), route: loc, x: existing, control: [unknown], note: `Existing account vs an unknown ${l.email ? 'address' : 'name'}: the answers differ, so an attacker can test which accounts exist.` });
        reported = true;
        break;
      }
    }
    if (!reported && compared > 0) ctx.report({ messageId: 'lookupSame', status: 'pass', data: { method: 'GET', path: l.route.path, key: `${l.where} ${l.key}` }, location: loc });
  }
}
