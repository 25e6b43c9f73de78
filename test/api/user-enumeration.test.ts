import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { type Server } from 'node:http';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { apiChecks } from '../../src/checks/api/index.js';
import { lookupRoutes } from '../../src/checks/api/user-enumeration.js';
import type { ApiRoute } from '../../src/probes/api-openapi.js';
import { auditRaw, tmpDir, jsonServer } from './helpers.js';

// api/user-enumeration on lookup routes (not only login/reset/signup): a public profile route by username and an
// "is this email taken?" route. The flawed app answers them per account; the fixed one shows profiles to their
// owner only and answers the availability question the same way for every address.

const tmp = tmpDir('lr-enum-lookup-');
const servers: Server[] = [];
after(async () => {
  for (const s of servers) s.closeAllConnections();
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  tmp.cleanup();
});

const USERS = [
  { username: 'ann', email: 'ann@x.test', password: 'Ann-Pass-2026', token: 't-ann-0123456789abcdef' },
  { username: 'ben', email: 'ben@x.test', password: 'Ben-Pass-2026', token: 't-ben-0123456789abcdef' },
];

const OPENAPI = {
  openapi: '3.0.3',
  info: { title: 'lookups', version: '1' },
  paths: {
    '/api/login': { post: { 'x-launchready-flow': 'login', responses: { '200': { description: 'ok' } } } },
    '/api/users/{username}': { get: { parameters: [{ name: 'username', in: 'path', required: true, schema: { type: 'string' } }], responses: { '200': { description: 'ok' } } } },
    '/api/accounts/availability': { get: { parameters: [{ name: 'email', in: 'query', required: true, schema: { type: 'string', format: 'email' } }], responses: { '200': { description: 'ok' } } } },
  },
};

async function run(flawed: boolean): Promise<string[]> {
  const server = jsonServer((req, res, raw, out) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const me = USERS.find((u) => req.headers.authorization === `Bearer ${u.token}`);
    if (url.pathname === '/api/login' && req.method === 'POST') {
      const b = JSON.parse(raw || '{}') as { email?: string; password?: string };
      const u = USERS.find((x) => x.email === b.email && x.password === b.password);
      return u ? out(200, { token: u.token }) : out(401, { error: 'invalid email or password' });
    }
    const m = /^\/api\/users\/([^/]+)$/.exec(url.pathname);
    if (m) {
      const u = USERS.find((x) => x.username === decodeURIComponent(m[1]!));
      if (flawed) return u ? out(200, { username: u.username, bio: 'hello', joined: '2026-01-01' }) : out(404, { error: 'no such user' });
      return u && me === u ? out(200, { username: u.username, bio: 'hello' }) : out(404, { error: 'not found' });
    }
    if (url.pathname === '/api/accounts/availability') {
      const taken = USERS.some((u) => u.email === url.searchParams.get('email'));
      return flawed ? out(200, { available: !taken }) : out(200, { message: 'You can continue to sign up; we will email you.' });
    }
    return out(404, { error: 'not found' });
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const spec = join(tmp.dir, 'enum.json');
  writeFileSync(spec, JSON.stringify(OPENAPI));
  const report = await auditRaw(
    {
      version: 1,
      report: { dir: `${tmp.dir}/${flawed}` },
      api: {
        baseUrl: url,
        identities: USERS.map((u) => ({ name: u.username, email: u.email, password: u.password, login: { path: '/api/login' } })),
        openapi: spec,
        checks: { disable: apiChecks.map((c) => c.id).filter((id) => id !== 'api/user-enumeration') },
      },
    },
    tmp.dir,
  );
  return report.findings.filter((f) => f.checkId === 'api/user-enumeration' && f.messageId?.startsWith('lookup')).map((f) => `${f.status}:${f.messageId}:${f.location?.path}`).sort();
}

test('lookup routes: account-naming path or query parameters on user-like routes, not object ids', () => {
  const r = (path: string, extra: Partial<ApiRoute> = {}): ApiRoute => ({ method: 'GET', path, pathParams: [...path.matchAll(/\{([^}]+)\}/g)].map((x) => x[1]!), params: [], public: true, heavy: false, skip: false, source: 'openapi', ...extra });
  const keys = lookupRoutes([r('/api/users/{username}'), r('/api/orders/{id}'), r('/api/users/{id}'), r('/api/users/search', { params: [{ name: 'email', in: 'query', required: false }] }), r('/api/products', { params: [{ name: 'name', in: 'query', required: false }] })]).map((l) => `${l.route.path}:${l.where}:${l.key}`);
  assert.deepEqual(keys, ['/api/users/{username}:path:username', '/api/users/search:query:email']);
});

test('flawed: the profile route tells which usernames exist, the availability route which emails', async () => {
  assert.deepEqual(await run(true), ['fail:lookupDiffers:/api/accounts/availability', 'warn:lookupDiffers:/api/users/{username}']);
});

test('fixed: profiles only for their owner, lookups answer the same', async () => {
  assert.deepEqual(await run(false), ['pass:lookupSame:/api/accounts/availability', 'pass:lookupSame:/api/users/{username}']);
});
