import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * A second, differently built multi-tenant API (a small CRM) to show the engine is not tuned to demo-market:
 * cookie sessions from a `username` login, tenant-in-path routes (/v1/orgs/{orgId}/...), admin routes that the
 * OpenAPI document does not mark (only their /admin/ path says so), snake_case fields, Python-style tracebacks,
 * GitHub-style webhook signatures. `fixed` removes every flaw.
 */

export const CRM_USERS = [
  { id: 'm-1', username: 'mia@north.test', password: 'Mia-' + 'pw-1', org: 'north', role: 'member' },
  { id: 'a-1', username: 'ann@north.test', password: 'Ann-' + 'pw-1', org: 'north', role: 'admin' },
  { id: 'm-2', username: 'sam@south.test', password: 'Sam-' + 'pw-2', org: 'south', role: 'member' },
];
export const CRM_WEBHOOK_SECRET = ['crm', 'hook', 'secret', '91f'].join('-');

export const CRM_OPENAPI = {
  openapi: '3.0.3',
  info: { title: 'crm', version: '1' },
  security: [{ session: [] }],
  components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'sid' } } },
  paths: {
    '/v1/sessions': { post: { security: [], requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { username: { type: 'string' }, password: { type: 'string' } } } } } }, responses: { '200': { description: 'ok' } } } },
    '/v1/me': {
      get: { responses: { '200': { description: 'me' } } },
      patch: { requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { display_name: { type: 'string' } } } } } }, responses: { '200': { description: 'ok' } } },
    },
    '/v1/orgs/{orgId}/contacts': { get: { parameters: [{ name: 'orgId', in: 'path', required: true, schema: { type: 'string' } }], responses: { '200': { description: 'list' } } } },
    '/v1/orgs/{orgId}/contacts/{contactId}': {
      get: { parameters: [{ name: 'orgId', in: 'path', required: true, schema: { type: 'string' } }, { name: 'contactId', in: 'path', required: true, schema: { type: 'string' } }], responses: { '200': { description: 'contact' } } },
    },
    '/v1/deals': { get: { parameters: [{ name: 'org_id', in: 'query', schema: { type: 'string' } }], responses: { '200': { description: 'deals of an org' } } } },
    '/v1/admin/audit-log': { get: { responses: { '200': { description: 'audit log' } } } },
    '/v1/export': { get: { responses: { '200': { description: 'CSV export' } } } },
    '/v1/notes': { post: { requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { text: { type: 'string' } } } } } }, responses: { '201': { description: 'created' } } } },
    '/v1/hooks/github': { post: { security: [], responses: { '200': { description: 'ok' } } } },
  },
};

export async function startCrm(fixed: boolean): Promise<{ url: string; close(): Promise<void> }> {
  const sessions = new Map<string, (typeof CRM_USERS)[number] & { is_admin?: boolean; display_name?: string }>();
  const users = CRM_USERS.map((u) => ({ ...u, display_name: u.username.split('@')[0]!, is_admin: u.role === 'admin', password_hash: '$2b$12$' + 'abcdefghijklmnopqrstuv' + u.id.padEnd(31, 'x') }));
  const contacts = [
    { contact_id: 'c-n1', org: 'north', name: 'Nora', phone: '+1 555 0001' },
    { contact_id: 'c-s1', org: 'south', name: 'Sven', phone: '+1 555 0002' },
  ];
  const fails = new Map<string, number>();
  const mails: { ID: string; To: { Address: string }[]; Text: string }[] = [];
  const resets = new Map<string, { user: string; used: boolean }>();
  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string | string[]> = {}, cache = fixed ? 'no-store' : 'public, max-age=60') => {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    const h: Record<string, string | string[]> = { 'content-type': typeof body === 'string' ? 'text/plain' : 'application/json', 'cache-control': cache, ...headers };
    if (fixed) Object.assign(h, { 'x-content-type-options': 'nosniff', 'content-security-policy': "frame-ancestors 'none'" });
    res.writeHead(status, h);
    res.end(text);
  };
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let raw = '';
    for await (const c of req) raw += c;
    const origin = req.headers.origin;
    const cors: Record<string, string> = origin && !fixed ? { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true' } : {};
    let body: Record<string, unknown> | undefined;
    if (raw) {
      try {
        body = JSON.parse(raw) as Record<string, unknown>;
      } catch (err) {
        if (fixed) return send(res, 400, { detail: 'invalid JSON' }, cors);
        return send(res, 500, `Traceback (most recent call last):\n  File "/srv/crm/api/views.py", line 88, in dispatch\n    payload = json.loads(request.body)\njson.decoder.JSONDecodeError: ${(err as Error).message}`, cors);
      }
    }
    const p = url.pathname;
    if (p === '/actuator/env' && !fixed) return send(res, 200, { activeProfiles: ['prod'], propertySources: [{ name: 'env', properties: { DB_PASSWORD: { value: '******' } } }] }, cors);
    if (req.method === 'POST' && p === '/v1/sessions') {
      const name = String(body?.username ?? '');
      const key = `${req.socket.remoteAddress}|${name}`;
      if (fixed && (fails.get(key) ?? 0) >= 5) return send(res, 429, { detail: 'too many attempts' }, { 'retry-after': '60', ...cors });
      const u = users.find((x) => x.username === name);
      if (!u || u.password !== body?.password) {
        fails.set(key, (fails.get(key) ?? 0) + 1);
        if (!fixed) return send(res, 401, { detail: u ? 'incorrect password' : 'no such user' }, cors);
        return send(res, 401, { detail: 'invalid username or password' }, cors);
      }
      const sid = randomBytes(18).toString('hex');
      sessions.set(sid, u);
      return send(res, 200, { ok: true }, { 'set-cookie': [`sid=${sid}; Path=/${fixed ? '; HttpOnly; Secure; SameSite=Lax' : ''}`], ...cors });
    }
    if (req.method === 'POST' && p === '/v1/hooks/github') {
      const sig = String(req.headers['x-hub-signature-256'] ?? '');
      const want = 'sha256=' + createHmac('sha256', CRM_WEBHOOK_SECRET).update(raw).digest('hex');
      if (fixed && (sig.length !== want.length || !timingSafeEqual(Buffer.from(sig), Buffer.from(want)))) return send(res, 401, { detail: 'bad signature' }, cors);
      return send(res, 200, { ok: true }, cors);
    }
    // Password reset with a Mailpit-style mailbox; new passwords must differ from the current one.
    if (p === '/mail/api/v1/messages') return send(res, 200, { messages: mails.map(({ Text: _t, ...m }) => m) }, cors);
    const mm = /^\/mail\/api\/v1\/message\/([^/]+)$/.exec(p);
    if (mm) return send(res, 200, mails.find((m) => m.ID === mm[1]) ?? {}, cors);
    if (req.method === 'POST' && p === '/v1/password/forgot') {
      const key = `forgot|${req.socket.remoteAddress}|${String(body?.username ?? '')}`;
      fails.set(key, (fails.get(key) ?? 0) + 1);
      if (fixed && fails.get(key)! > 5) return send(res, 429, { detail: 'too many requests' }, { 'retry-after': '60', ...cors });
      const u = users.find((x) => x.username === String(body?.username ?? ''));
      if (u) {
        const token = randomBytes(16).toString('hex');
        resets.set(token, { user: u.id, used: false });
        mails.unshift({ ID: randomBytes(4).toString('hex'), To: [{ Address: u.username }], Text: `Reset: https://crm.test/reset?token=${token}` });
      }
      return send(res, 202, { detail: 'if the account exists, a link was sent' }, cors);
    }
    if (req.method === 'POST' && p === '/v1/password/reset') {
      const r = resets.get(String(body?.token ?? ''));
      if (!r || (fixed && r.used)) return send(res, 400, { detail: 'invalid token' }, cors);
      const u = users.find((x) => x.id === r.user)!;
      if (body?.new_password === u.password) return send(res, 400, { detail: 'the new password must differ from the current one' }, cors);
      u.password = String(body?.new_password ?? '');
      r.used = true;
      return send(res, 200, { detail: 'password changed' }, cors);
    }
    const sid = /(?:^|;\s*)sid=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
    const me = sid ? sessions.get(sid) : undefined;
    if (p === '/v1/export') {
      if (!me && fixed) return send(res, 401, { detail: 'login required' }, cors);
      return send(res, 200, 'contact_id,org,name\n' + contacts.filter((c) => !me || c.org === me.org).map((c) => `${c.contact_id},${c.org},${c.name}`).join('\n') + '\n', cors);
    }
    if (!me) return send(res, 401, { detail: 'login required' }, cors);
    const user = users.find((u) => u.id === me.id)!;
    if (p === '/v1/me' && req.method === 'GET') {
      const v: Record<string, unknown> = { user_id: user.id, username: user.username, display_name: user.display_name, org: user.org, role: user.role, is_admin: user.is_admin };
      if (!fixed) v.password_hash = user.password_hash;
      return send(res, 200, v, cors);
    }
    if (p === '/v1/me' && req.method === 'PATCH') {
      if (typeof body?.display_name === 'string') user.display_name = body.display_name;
      if (!fixed && typeof body?.is_admin === 'boolean') user.is_admin = body.is_admin;
      if (!fixed && typeof body?.role === 'string') user.role = body.role;
      return send(res, 200, { user_id: user.id, display_name: user.display_name, role: user.role, is_admin: user.is_admin }, cors);
    }
    if (p === '/v1/deals') {
      const org = url.searchParams.get('org_id') ?? user.org;
      if (fixed && org !== user.org) return send(res, 403, { detail: 'not a member' }, cors);
      const deals = [
        { deal_id: 'd-n1', org: 'north', value: 1200, customer: 'Nora' },
        { deal_id: 'd-s1', org: 'south', value: 9900, customer: 'Sven' },
      ];
      return send(res, 200, { results: deals.filter((x) => x.org === org) }, cors);
    }
    if (p === '/v1/notes' && req.method === 'POST') return send(res, 201, { note_id: 'n-' + randomBytes(3).toString('hex'), text: String(body?.text ?? '') }, cors);
    if (p === '/v1/admin/audit-log') {
      if (fixed && user.role !== 'admin') return send(res, 403, { detail: 'admins only' }, cors);
      return send(res, 200, { entries: [{ at: '2026-01-01', who: 'ann', what: 'login' }] }, cors);
    }
    const m = /^\/v1\/orgs\/([^/]+)\/contacts(?:\/([^/]+))?$/.exec(p);
    if (m) {
      const org = decodeURIComponent(m[1]!);
      if (!m[2]) return org === user.org ? send(res, 200, { results: contacts.filter((c) => c.org === org) }, cors) : send(res, 403, { detail: 'not a member' }, cors);
      const c = contacts.find((x) => x.contact_id === decodeURIComponent(m[2]!) && x.org === org);
      if (!c || (fixed && org !== user.org)) return send(res, 404, { detail: 'not found' }, cors);
      return send(res, 200, c, cors);
    }
    return send(res, 404, { detail: 'not found' }, cors);
  };
  const server = createServer((req, res) => void handle(req, res).catch(() => res.end()));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}

export function crmConfig(url: string, openapiFile: string, reportDir: string): Record<string, unknown> {
  return {
    version: 1,
    report: { dir: reportDir },
    network: { rate: 500 },
    api: {
      baseUrl: url,
      openapi: openapiFile,
      allowWrites: true,
      identities: CRM_USERS.map((u) => ({ name: u.id, tenant: u.org, role: u.role, email: u.username, password: u.password, login: { path: '/v1/sessions', body: { username: '{{email}}', password: '{{password}}' }, token: { from: 'cookie', path: 'sid' } } })),
      webhooks: [{ path: '/v1/hooks/github', scheme: 'github', secret: CRM_WEBHOOK_SECRET }],
      reset: {
        identity: 'm-2',
        request: { path: '/v1/password/forgot', body: { username: '{{email}}' } },
        mailbox: { url: '/mail' },
        consume: { path: '/v1/password/reset', body: { token: '{{token}}', new_password: '{{password}}' } },
      },
      latency: { samples: 3 },
    },
  };
}
