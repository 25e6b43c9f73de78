import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from '../../src/core/types.js';
import { encodeBody } from '../../src/probes/api-client.js';
import { documentCarriers, routesFromOpenApi, securitySchemesOf, stateChangingReason } from '../../src/probes/api-openapi.js';
import { unwrap } from '../../src/checks/api/lib/util.js';
import { listItems, ownerValues } from '../../src/checks/api/lib/discovery.js';
import { privilegedValue } from '../../src/checks/api/mass-assignment.js';
import { validateConfig } from '../../src/core/config/validate.js';
import { auditRaw, tmpDir } from './helpers.js';
import { BAZAAR_OPENAPI, bazaarConfig, startBazaar, type BazaarApp } from './mechanisms-app.js';

// The engine mechanisms of issue 12, one table per mechanism, then the Bazaar app (both twins) end to end.

test('envelopes: the object inside JSend, result, JSON:API and HAL answers', () => {
  const table: [unknown, Record<string, unknown> | undefined][] = [
    [{ status: 'success', data: { id: 1, name: 'a' } }, { id: 1, name: 'a' }],
    [{ result: { id: 2 }, meta: { t: 1 } }, { id: 2 }],
    [{ data: { id: '3', type: 'invoices', attributes: { total: 9 } }, links: {} }, { id: '3', total: 9 }],
    [{ id: 4, total: 1, _links: { self: { href: '/x/4' } } }, { id: 4, total: 1 }],
    [{ data: { id: 5 }, token: 'x' }, { data: { id: 5 }, token: 'x' }], // not an envelope: a field beside data
    [[{ id: 1 }], undefined],
  ];
  for (const [input, want] of table) assert.deepEqual(unwrap(input), want, JSON.stringify(input));
  assert.deepEqual(listItems({ _embedded: { orders: [{ id: 'o1' }] } }).map((o) => o.id), ['o1']);
  assert.deepEqual(listItems({ data: [{ id: '7', type: 't', attributes: { userId: 'u1' } }] }), [{ id: '7', userId: 'u1' }]);
  assert.deepEqual(listItems({ status: 'success', data: { items: [{ id: 1 }] } }).map((o) => o.id), [1]);
});

test('security schemes: where a token travels per the document', () => {
  const model = (security: unknown, schemes: Record<string, unknown>) => {
    const doc = { openapi: '3.0.3', components: { securitySchemes: schemes }, security, paths: { '/a': { get: {} }, '/b': { get: {} } } };
    const config = validateConfig({ version: 1, api: { baseUrl: 'http://127.0.0.1:1' } }, 'x.yml', {}).api!;
    return { routes: routesFromOpenApi(doc, config), securitySchemes: securitySchemesOf(doc) };
  };
  const table: [unknown, Record<string, unknown>, unknown][] = [
    [[{ bearer: [] }], { bearer: { type: 'http', scheme: 'bearer' } }, undefined], // the default: nothing to change
    [[{ cookieAuth: [], bearer: [] }], { cookieAuth: { type: 'apiKey', in: 'cookie', name: 'sid' }, bearer: { type: 'http', scheme: 'bearer' } }, [{ kind: 'cookie', name: 'sid' }, { kind: 'header', name: 'authorization', scheme: 'Bearer' }]],
    [[{ key: [] }], { key: { type: 'apiKey', in: 'header', name: 'X-Access-Token' } }, [{ kind: 'header', name: 'x-access-token' }]],
    [[{ q: [] }], { q: { type: 'apiKey', in: 'query', name: 'token' } }, [{ kind: 'query', name: 'token' }]],
    [[{ basic: [] }], { basic: { type: 'http', scheme: 'basic' } }, undefined], // cannot carry a login token
  ];
  for (const [sec, schemes, want] of table) assert.deepEqual(documentCarriers(model(sec, schemes)), want, JSON.stringify(sec));
});

test('security: [] under /admin/ stays public; an undeclared /admin/ route gets inferred roles', () => {
  const config = validateConfig({ version: 1, api: { baseUrl: 'http://127.0.0.1:1' } }, 'x.yml', {}).api!;
  const routes = routesFromOpenApi({ openapi: '3.0.3', security: [{ b: [] }], paths: { '/admin/stats': { get: { security: [] } }, '/admin/users': { get: {} } } }, config);
  const stats = routes.find((r) => r.path === '/admin/stats')!;
  const users = routes.find((r) => r.path === '/admin/users')!;
  assert.equal(stats.public, true);
  assert.equal(stats.roles, undefined);
  assert.ok(users.roles && users.rolesInferred);
});

test('media types: form-urlencoded and multipart bodies from the same fields', () => {
  assert.deepEqual(encodeBody({ a: 1, b: { c: 'x y' } }, 'application/x-www-form-urlencoded'), { body: 'a=1&b%5Bc%5D=x+y', contentType: 'application/x-www-form-urlencoded' });
  const mp = encodeBody({ name: 'n' }, 'multipart/form-data');
  assert.match(mp.contentType, /^multipart\/form-data; boundary=launchready[0-9a-f]{16}$/);
  assert.match(mp.body, /Content-Disposition: form-data; name="name"\r\n\r\nn\r\n--launchready[0-9a-f]+--\r\n$/);
});

test('safe discovery: which GET routes change state', () => {
  const table: [string, string | undefined, { operationId?: string; params?: { name: string; in: string }[]; text?: string }?][] = [
    ['/rest/user/change-password', '"change" in its path'],
    ['/api/logout', '"logout" in its path'],
    ['/api/orders/{id}/cancel', '"cancel" in its path'],
    ['/api/settings', undefined],
    ['/api/addresses', undefined],
    ['/api/users/{id}', undefined, { operationId: 'deleteUser' }],
    ['/api/users/{id}', undefined, { operationId: 'getUser' }],
    ['/rest/user/pw', 'its query parameter "new" sets a new value', { params: [{ name: 'new', in: 'query' }] }],
    ['/api/cache', 'its description says "Purges"', { text: 'Purges the cache.' }],
    ['/api/reports', undefined, { text: 'Returns reports that users created.' }],
  ];
  for (const [path, want, extra] of table) {
    const why = stateChangingReason({ method: 'GET', path, ...(extra?.operationId ? { operationId: extra.operationId } : {}), ...(extra?.params ? { params: extra.params } : {}) }, extra?.text ?? '');
    if (extra?.operationId === 'deleteUser') assert.match(why ?? '', /operationId/);
    else if (path === '/api/cache') assert.ok(why === undefined || /description/.test(why), `${path}: ${why}`);
    else assert.equal(why, want, path);
  }
  assert.equal(stateChangingReason({ method: 'POST', path: '/api/logout' }), undefined);
});

test('mass assignment values: read from the app first, then guessed', () => {
  const table: [string, unknown, { enums: unknown[]; roles: string[] }, unknown][] = [
    ['role', 'customer', { enums: ['customer', 'seller', 'admin'], roles: [] }, 'admin'],
    ['role', 'member', { enums: [], roles: ['owner', 'member'] }, 'owner'],
    ['role', 'member', { enums: [], roles: [] }, 'admin'],
    ['admin', false, { enums: [], roles: [] }, true],
    ['roles', ['user'], { enums: ['user', 'moderator'], roles: [] }, ['user', 'moderator']],
    ['tier', 'free', { enums: ['free', 'gold'], roles: [] }, 'gold'],
    ['credits', 5, { enums: [], roles: [] }, 100005],
  ];
  for (const [field, original, known, want] of table) assert.deepEqual(privilegedValue(field, original, known), want, `${field} ${JSON.stringify(original)}`);
});

test('ownership fields: relational only (an object\'s own email is who it is, not whose)', () => {
  assert.deepEqual(ownerValues({ id: 'o1', userId: 'u1', total: 3 }), ['u1']);
  assert.deepEqual(ownerValues({ id: 'o1', owner: { id: 'u2', email: 'a@x' } }), ['u2', 'a@x']);
  assert.deepEqual(ownerValues({ id: 41, email: 'alice@x', username: 'alice' }), []);
  assert.deepEqual(ownerValues({ id: 'p1', sellerId: 'u-shop' }), ['u-shop']);
});

// ---- Bazaar, end to end ----

const tmp = tmpDir();
const spec = join(tmp.dir, 'openapi.json');
writeFileSync(spec, JSON.stringify(BAZAAR_OPENAPI));
let flawedApp: BazaarApp;
let fixedApp: BazaarApp;
let flawed: Report;
let fixed: Report;
before(async () => {
  [flawedApp, fixedApp] = await Promise.all([startBazaar({ fixed: false }), startBazaar({ fixed: true })]);
  [flawed, fixed] = await Promise.all([auditRaw(bazaarConfig(flawedApp.url, spec, join(tmp.dir, 'flawed')), tmp.dir), auditRaw(bazaarConfig(fixedApp.url, spec, join(tmp.dir, 'fixed')), tmp.dir)]);
});
after(async () => {
  await flawedApp?.close();
  await fixedApp?.close();
  tmp.cleanup();
});

const key = (f: Report['findings'][number]) => `${f.checkId}:${f.messageId} ${f.location?.method ?? ''} ${f.location?.path ?? ''}`.trim();

// One row per mechanism: the finding that proves it works on the flawed twin.
const FLAWED: [string, string][] = [
  ['cookie + bearer at once (document security schemes), JSend envelopes, public object ids on a write route', 'api/bola:foreignObjectWrite PUT /api/products/{id}'],
  ['a list that returns everyone\'s items does not make them "listed": ownership fields', 'api/bola:crossUser GET /api/orders/{id}'],
  ['a write route without a GET twin, form-urlencoded body', 'api/bola:crossUserWrite PUT /api/users/{username}/password'],
  ['mass assignment one field at a time, role value from the document\'s enum', 'api/mass-assignment:assigned PATCH /api/me'],
  ['an unauthenticated route is authn-missing\'s finding', 'api/authn-missing:unauthenticated GET /api/invoices/{id}'],
];

test('Bazaar flawed: one finding per mechanism', () => {
  const found = flawed.findings.filter((f) => f.status === 'fail' || f.status === 'warn').map(key);
  for (const [why, want] of FLAWED) assert.ok(found.includes(want), `${why}: ${want} not in\n${found.join('\n')}`);
  // the same value of role (admin) and admin=true: two fields, two findings, reverted
  const ma = flawed.findings.filter((f) => f.checkId === 'api/mass-assignment' && f.messageId === 'assigned');
  assert.deepEqual(ma.map((f) => f.data?.field).sort(), ['admin', 'role']);
  assert.ok(ma.every((f) => /reverted/.test(String(f.data?.reverted))));
  assert.deepEqual(flawedApp.passwordsChanged(), [], 'the password write restated the identity\'s own password');
});

test('Bazaar: findings per distinct problem — no BOLA on the unauthenticated route, no duplicate rows, no BFLA on a public /admin/ route', () => {
  for (const r of [flawed, fixed]) {
    // (check, route, cause): the cause is the message and, for mass assignment, the field
    const rows = r.findings.filter((f) => f.status === 'fail' || f.status === 'warn').map((f) => `${f.checkId}:${f.messageId}:${f.location?.method}:${f.location?.path}:${String(f.data?.field ?? '')}`);
    assert.deepEqual(rows.filter((x, i) => rows.indexOf(x) !== i), [], 'duplicate rows');
    assert.ok(!r.findings.some((f) => f.checkId === 'api/bola' && f.location?.path === '/api/invoices/{id}' && f.status === 'fail'));
    assert.ok(!r.findings.some((f) => f.checkId === 'api/bfla' && f.status === 'fail' && f.location?.path === '/api/admin/stats'));
  }
});

test('Bazaar: the coverage matrix says what was not tested and why', () => {
  for (const r of [flawed, fixed]) {
    const row = (m: string, p: string) => r.coverage?.routes.find((x) => x.method === m && x.path === p);
    const admin = row('GET', '/api/admin/coupons/{couponId}');
    assert.equal(admin?.checks['api/bfla'], 'n/a');
    assert.match(admin?.reasons?.['api/bfla'] ?? '', /no object id/);
    assert.equal(row('GET', '/api/products/{id}')?.checks['api/bola'], 'n/a', 'public by design');
    assert.equal(row('POST', '/api/session')?.checks['api/mass-assignment'], 'n/a', 'a login route is not a create route');
    assert.equal(row('GET', '/api/orders/{id}')?.checks['api/bola'], 'tested');
    assert.equal(row('PUT', '/api/users/{username}/password')?.checks['api/bola'], 'tested');
    assert.ok((r.coverage?.counts?.tested ?? 0) > 10);
  }
  assert.ok(!flawed.findings.some((f) => f.status === 'error' && f.checkId === 'api/bfla' && /no pass without a probe/.test(f.message)));
});

test('Bazaar fixed: zero medium-or-higher findings', () => {
  const bad = fixed.findings.filter((f) => (f.status === 'fail' || f.status === 'warn') && ['critical', 'high', 'medium'].includes(f.severity));
  assert.deepEqual(bad.map((f) => `${key(f)}: ${f.message}`), []);
  assert.deepEqual(fixedApp.passwordsChanged(), []);
});
