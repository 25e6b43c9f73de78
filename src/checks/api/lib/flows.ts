import type { ApiIdentity, ApiRoute } from './types.js';
import type { ApiCtx } from './util.js';
import { fillTemplate } from '../../../core/template.js';
import type { CsrfSpec } from '../../../probes/api-client.js';
import { concretePath, discover } from './discovery.js';

/**
 * The request flows several checks drive (login, reset request, signup, invite): from config first, else from
 * OpenAPI routes marked x-launchready-flow, else from the identities' login settings.
 */
export interface Flow {
  kind: 'login' | 'reset-request' | 'signup' | 'invite';
  method: string;
  path: string;
  format: 'json' | 'form';
  /** body template with {{email}}, {{password}}, {{nonce}} */
  body: Record<string, unknown>;
  /** identity that sends it (invite: an admin) */
  as?: string;
  /** the site's CSRF endpoint (from the identities' login.csrf): anonymous flows echo its token too */
  csrf?: CsrfSpec;
}

const DEFAULT_BODY: Record<Flow['kind'], Record<string, unknown>> = {
  login: { email: '{{email}}', password: '{{password}}' },
  'reset-request': { email: '{{email}}' },
  signup: { email: '{{email}}', password: '{{password}}' },
  invite: { email: '{{email}}' },
};

function fromRoute(kind: Flow['kind'], r: ApiRoute | undefined): Flow | undefined {
  if (!r) return undefined;
  return { kind, method: r.method, path: r.path, format: r.bodyMediaType && /form/.test(r.bodyMediaType) ? 'form' : 'json', body: DEFAULT_BODY[kind] };
}

// Undeclared flows, recognised by path or operationId (POST only). Reset requests carry an email and no token.
const GUESS: Record<Flow['kind'], RegExp> = {
  login: /\/(login|log-in|signin|sign-in|sign_in|authenticate|sessions?)$|^(login|signin|authenticate|createsession)$/i,
  'reset-request': /(forgot|reset|recover)[-_]?(your[-_]?)?password|password[-_/]?(forgot|reset|recovery|resets?)|reset[-_]request|^(forgotpassword|requestpasswordreset|passwordresetrequest)$/i,
  signup: /\/(signup|sign-up|sign_up|register|registration|registrations|join)$|^(signup|register|createaccount)$/i,
  invite: /\/invit(e|es|ation|ations)$|^(invite|inviteuser|createinvite|createinvitation)$/i,
};

function props(r: ApiRoute): string[] {
  return Object.keys(((r.bodySchema ?? {}) as { properties?: Record<string, unknown> }).properties ?? {}).map((k) => k.toLowerCase());
}

export function guessRoute(routes: ApiRoute[], kind: Flow['kind']): ApiRoute | undefined {
  return routes.find((r) => {
    // Invites usually live under the tenant (/orgs/{orgId}/invites); the other flows are top-level.
    if (r.method !== 'POST' || r.skip || r.flow || r.pathParams.length > (kind === 'invite' ? 1 : 0)) return false;
    if (!GUESS[kind].test(r.path) && !GUESS[kind].test(r.operationId ?? '')) return false;
    const p = props(r);
    if (kind === 'reset-request') return !p.some((k) => /token|code/.test(k)) && (p.length === 0 || p.some((k) => /email|user|login/.test(k)));
    return true;
  });
}

export function findFlow(ctx: ApiCtx, kind: Flow['kind']): Flow | undefined {
  const f = findFlowInner(ctx, kind);
  // A site that wants a CSRF token on its login wants it on its other anonymous forms too (Django, Rails, Laravel).
  const csrf = ctx.probes.model.identities.find((i) => i.config?.login?.csrf)?.config?.login?.csrf;
  return f && csrf ? { ...f, csrf } : f;
}

/**
 * Extra headers a flow request needs (the CSRF cookie and echo header), fetched once per run: the configured CSRF
 * endpoint, else the one found when an identity's login was refused by a CSRF check.
 */
export async function flowHeaders(ctx: ApiCtx, f: Pick<Flow, 'csrf'>): Promise<Record<string, string>> {
  const spec = f.csrf ?? (await ctx.probes.client.inferredCsrf);
  return ctx.probes.client.csrfHeaders(spec, ctx.checkId);
}

function findFlowInner(ctx: ApiCtx, kind: Flow['kind']): Flow | undefined {
  const { model } = ctx.probes;
  const cfg = model.config;
  const route = model.routes.find((r) => r.flow === kind) ?? guessRoute(model.routes, kind);
  if (kind === 'login') {
    const id = model.identities.find((i) => i.config?.login);
    const l = id?.config?.login;
    if (l) return { kind, method: l.method, path: l.path, format: l.format, body: l.body ?? DEFAULT_BODY.login };
    return fromRoute(kind, route);
  }
  if (kind === 'reset-request') {
    const r = cfg.reset?.request;
    if (r) return { kind, method: r.method, path: r.path, format: r.format, body: r.body ?? DEFAULT_BODY[kind], ...(r.as ? { as: r.as } : {}) };
    return fromRoute(kind, route);
  }
  const c = kind === 'signup' ? cfg.signup : cfg.invite;
  if (c) return { kind, method: c.method, path: c.path, format: c.format, body: c.body ?? DEFAULT_BODY[kind], ...(c.as ? { as: c.as } : {}) };
  const f = fromRoute(kind, route);
  if (f && kind === 'invite' && route?.roles) {
    const admin = model.identities.find((i) => !i.guest && route.roles!.includes(i.role));
    if (admin) f.as = admin.name;
  }
  return f;
}

/** The identity a flow acts for (has email and password). */
export function flowIdentity(ctx: ApiCtx, preferred?: string): ApiIdentity | undefined {
  const ids = ctx.probes.model.identities;
  if (preferred) return ids.find((i) => i.name === preferred);
  return ids.find((i) => !i.guest && i.email && i.password && !/admin|owner|platform/i.test(i.role)) ?? ids.find((i) => !i.guest && i.email && i.password);
}

export function flowBody(f: Flow, vars: Record<string, string | undefined>): { json?: unknown; form?: Record<string, string> } {
  const filled = fillTemplate(f.body, vars) as Record<string, unknown>;
  if (f.format === 'form') return { form: Object.fromEntries(Object.entries(filled).map(([k, v]) => [k, String(v)])) };
  return { json: filled };
}

/** A response that shows throttling: 429/423/503, Retry-After, or a "too many attempts"/"locked"/captcha body. */
export function isThrottled(status: number, headers: Record<string, string>, body: string): boolean {
  if (status === 429 || status === 423) return true;
  if (status === 503 && headers['retry-after']) return true;
  if (headers['retry-after'] && status >= 400) return true;
  return /too many|rate.?limit|throttl|locked|lockout|try again later|slow down|captcha|temporarily blocked/i.test(body.slice(0, 2000));
}

/**
 * The flow with a concrete path: a templated one (/orgs/{orgId}/invites, from the OpenAPI document or written so in
 * the config) takes its parameters from what discovery found for the identity that sends it (then the others).
 * `template` keeps the original for findings. Undefined when a parameter cannot be filled.
 */
export async function resolveFlow(ctx: ApiCtx, f: Flow): Promise<(Flow & { template: string }) | undefined> {
  if (!f.path.includes('{')) return { ...f, template: f.path };
  const d = await discover(ctx);
  const first = d.active.filter((i) => i.name === f.as);
  const path = concretePath(d, [...first, ...d.active.filter((i) => i.name !== f.as)], f.path);
  return path ? { ...f, path, template: f.path } : undefined;
}
