import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { bodySimilarity, dataSize, findStack, isErrorBody, sameObject, sampleFromSchema } from '../../src/checks/api/lib/util.js';
import { signatureHeaders } from '../../src/checks/api/lib/webhook.js';
import { debugFramework } from '../../src/checks/api/exposed-debug.js';
import { wrongGuess } from '../../src/checks/api/reset-token.js';
import { csrfRefusal } from '../../src/checks/api/rate-limit.js';
import { crack, decodeJwt, unsigned } from '../../src/checks/api/lib/jwt.js';
import { isThrottled } from '../../src/checks/api/lib/flows.js';
import { p95, slowestFirst } from '../../src/checks/perf/latency-p95.js';
import { routeRuleMatches } from '../../src/probes/api-openapi.js';
import { buildCurl } from '../../src/probes/api-curl.js';
import { loadJwtWordlist } from '../../src/probes/jwt-wordlist.js';
import { cookieValue, csrfFrom, sessionCookieName } from '../../src/probes/api-client.js';
import { fillTemplate, getPath } from '../../src/core/template.js';
import { validateConfig } from '../../src/core/config/validate.js';
import { ConfigError } from '../../src/core/errors.js';
import type { ApiExchange } from '../../src/probes/api-client.js';

const x = (status: number, body: string): Pick<ApiExchange, 'json' | 'response' | 'status'> & ApiExchange => {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    json = undefined;
  }
  return { status, json, response: { body, headers: {}, status } } as unknown as ApiExchange;
};

test('isErrorBody: 200 answers that say they failed', () => {
  const errors = ['{"error":"not found"}', '{"success":false,"data":null}', '{"ok":false}', '{"status":"forbidden"}', '{"code":404,"message":"nope"}', '{}', '', 'Access denied'];
  const data = ['{"id":"inv_1","amount":5}', '{"data":[{"id":1}],"errors":[]}', '[]', '{"status":"paid","id":"o1"}', 'id,tenant\n1,acme\n'];
  for (const b of errors) assert.equal(isErrorBody(x(200, b)), true, b);
  for (const b of data) assert.equal(isErrorBody(x(200, b)), false, b);
});

test('sameObject: same id and fields is the same object; error bodies and different objects are not', () => {
  const owner = x(200, '{"id":"inv_1","amount":500,"tenant":"a","email":"billing@a.test"}');
  assert.equal(sameObject(owner, x(200, '{"id":"inv_1","amount":500,"tenant":"a","email":"billing@a.test"}'), 'inv_1').same, true);
  assert.equal(sameObject(owner, x(200, '{"error":"not found"}'), 'inv_1').same, false);
  assert.equal(sameObject(owner, x(403, '{"error":"forbidden"}'), 'inv_1').same, false);
  assert.equal(sameObject(owner, x(404, '{"id":"inv_1","amount":500,"tenant":"a","email":"billing@a.test"}'), 'inv_1').same, false);
  assert.equal(sameObject(owner, x(200, '{"id":"inv_9","amount":1,"tenant":"b","email":"x@b.test"}'), 'inv_1').same, false);
  assert.ok(bodySimilarity(owner, owner) === 1);
});

test('findStack: stack traces of common stacks, and nothing in ordinary errors', () => {
  const cases: [string, string][] = [
    ['TypeError: x is undefined\n    at Object.handler (/srv/app/routes/orders.js:42:17)', 'Node.js stack trace'],
    ['Traceback (most recent call last):\n  File "/app/views.py", line 12, in get', 'Python traceback'],
    ['java.lang.NullPointerException\n\tat com.acme.api.OrderController.get(OrderController.java:57)', 'Java stack trace'],
    ["app/controllers/orders_controller.rb:12:in `show'", 'Ruby backtrace'],
    ['Fatal error: Uncaught Error: Call to undefined function in /var/www/index.php on line 7', 'PHP error'],
    ['System.NullReferenceException: Object reference not set', '.NET exception'],
    ['goroutine 1 [running]:\nmain.main()', 'Go panic'],
    ['ERROR: syntax error at or near "FROM"', 'SQL error'],
  ];
  for (const [text, name] of cases) assert.equal(findStack(text), name, text);
  for (const ok of ['{"error":"invalid JSON"}', '{"error":"internal error","requestId":"abc"}', 'Bad Request']) assert.equal(findStack(ok), undefined, ok);
});

test('route rules: METHOD, {param}, * and **', () => {
  assert.equal(routeRuleMatches('GET /api/orders/{id}', 'GET', '/api/orders/{orderId}'), true);
  assert.equal(routeRuleMatches('POST /api/orders/{id}', 'GET', '/api/orders/{orderId}'), false);
  assert.equal(routeRuleMatches('/api/admin/**', 'DELETE', '/api/admin/users/{id}'), true);
  assert.equal(routeRuleMatches('/api/*/export', 'GET', '/api/reports/export'), true);
  assert.equal(routeRuleMatches('/api/*', 'GET', '/api/reports/export'), false);
});

test('JWT helpers: decode, unsigned, offline crack of a weak HS256 secret only', () => {
  const head = Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url');
  const body = Buffer.from('{"sub":"u1"}').toString('base64url');
  const weak = ['change', 'me'].join('');
  const tok = (secret: string) => `${head}.${body}.${createHmac('sha256', secret).update(`${head}.${body}`).digest('base64url')}`;
  const list = loadJwtWordlist();
  assert.equal(crack(tok(weak), [], list), weak);
  assert.equal(crack(tok('a-long-random-' + 'x'.repeat(40)), [], list), undefined);
  assert.equal(crack(tok('team-specific'), ['team-specific'], list), 'team-specific');
  // a word only the shipped list holds is found only when the list is handed in
  assert.equal(crack(tok(list[90_000]!), [], list), list[90_000]);
  assert.equal(crack(tok(list[90_000]!), [], []), undefined);
  const d = decodeJwt(tok(weak))!;
  assert.equal(d.payload.sub, 'u1');
  assert.match(unsigned({ alg: 'none' }, { sub: 'u1' }), /\.$/);
  assert.equal(decodeJwt('opaque-token'), undefined);
});

test('throttling signals: 429, 423, Retry-After, lockout and captcha bodies', () => {
  assert.equal(isThrottled(429, {}, ''), true);
  assert.equal(isThrottled(423, {}, ''), true);
  assert.equal(isThrottled(403, { 'retry-after': '30' }, ''), true);
  assert.equal(isThrottled(401, {}, '{"error":"Too many attempts, try again later"}'), true);
  assert.equal(isThrottled(401, {}, '{"error":"invalid credentials"}'), false);
});

test('curl: identity tokens become $LAUNCHREADY_TOKEN_<NAME>; oversized bodies are generated', () => {
  const c = buildCurl({ method: 'GET', url: 'http://127.0.0.1:1/api/me', headers: { authorization: 'Bearer abc.def.ghijklmnop', origin: 'https://x' }, credentialHeaders: { authorization: 'LAUNCHREADY_TOKEN_ALICE' } });
  assert.equal(c.includes('ghijklmnop'), false);
  assert.match(c, /"authorization: Bearer \$LAUNCHREADY_TOKEN_ALICE"/);
  assert.match(c, /-H 'origin: https:\/\/x'/);
  const big = buildCurl({ method: 'POST', url: 'http://h/x', headers: {}, body: 'a'.repeat(10_000) });
  assert.match(big, /^head -c 10000 \/dev\/zero/);
  assert.match(buildCurl({ method: 'POST', url: 'http://h/x', headers: {}, body: "it's" }), /--data-raw 'it'\\''s'/);
});

test('templates, JSON paths, schema samples, p95', () => {
  assert.deepEqual(fillTemplate({ a: '{{email}}', n: '{{ts}}', x: ['{{nope}}'] }, { email: 'e@x', ts: 5 }), { a: 'e@x', n: 5, x: ['{{nope}}'] });
  assert.equal(getPath({ data: { accessToken: 't' } }, 'data.accessToken'), 't');
  assert.deepEqual(sampleFromSchema({ type: 'object', properties: { email: { type: 'string', format: 'email' }, n: { type: 'integer', minimum: 3 }, id: { type: 'string', readOnly: true } } }), { email: 'launchready-probe@example.invalid', n: 3 });
  assert.equal(p95([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]), 100);
  assert.equal(p95(Array.from({ length: 20 }, (_, i) => i + 1)), 19);
});

test('api config: every problem at once, each with its field path', () => {
  let err: unknown;
  try {
    validateConfig(
      {
        version: 1,
        api: {
          baseUrl: 'not a url',
          identities: [
            { name: 'alice', login: { path: '/login', token: { from: 'xml' } } },
            { name: 'alice', bearer: 't', apiKey: { name: 'k', value: 'v' }, login: { path: '/l' } },
            { name: 'guest' },
          ],
          reset: { request: { path: '/r' }, mailbox: { url: '/mb', tokenRegex: '([' }, consume: { path: '/c' } },
          unknownField: true,
        },
      },
      'launchready.yml',
    );
  } catch (e) {
    err = e;
  }
  assert.ok(err instanceof ConfigError);
  const fields = err.problems.map((p) => p.field).sort();
  for (const f of ['api', 'api.baseUrl', 'api.identities[0].login.token.from', 'api.identities[1].name', 'api.identities[1].login', 'api.identities[2].name']) assert.ok(fields.includes(f), `${f} in ${fields.join(', ')}`);
  assert.ok(err.problems.every((p) => p.file === 'launchready.yml'));
});

test('OpenAPI server path prefixes the document\'s routes (OpenAPI 3 servers, Swagger 2 basePath), rules match either form', async () => {
  const { routesFromOpenApi, serverPath, classifyRoutes } = await import('../../src/probes/api-openapi.js');
  assert.equal(serverPath({ servers: [{ url: 'https://api.example.com/v1/' }] }), '/v1');
  assert.equal(serverPath({ servers: [{ url: '/api/v2' }] }), '/api/v2');
  assert.equal(serverPath({ servers: [{ url: 'http://127.0.0.1:4010' }] }), undefined);
  assert.equal(serverPath({ servers: [{ url: 'https://{env}.example.com/v1' }] }), undefined);
  assert.equal(serverPath({ swagger: '2.0', basePath: '/api' }), '/api');
  const config = validateConfig({ version: 1, api: { baseUrl: 'http://127.0.0.1:1', public: ['GET /health'] } }, 'x.yml').api!;
  const routes = routesFromOpenApi({ openapi: '3.0.0', security: [{ b: [] }], paths: { '/health': { get: {} }, '/admin/users': { get: {} }, '/items': { post: { requestBody: { content: { 'application/json': { schema: { type: 'object' } } } } } }, '/refunds': { post: { 'x-roles': ['admin'] } }, '/reports': { get: { description: 'Requires role: admin.' } }, '/scoped': { get: { security: [{ oauth: ['admin:read'] }] } } } }, config);
  assert.deepEqual(routes.find((r) => r.path === '/refunds')?.roles, ['admin']);
  assert.deepEqual(routes.find((r) => r.path === '/reports')?.roles, config.adminRoles);
  assert.deepEqual(routes.find((r) => r.path === '/scoped')?.roles, config.adminRoles);
  for (const r of routes) r.path = '/v1' + r.path;
  const classified = classifyRoutes(routes, config, '/v1');
  assert.equal(classified.find((r) => r.path === '/v1/health')?.public, true);
  assert.deepEqual(classified.find((r) => r.path === '/v1/admin/users')?.roles, config.adminRoles);
  assert.equal(classified.find((r) => r.path === '/v1/admin/users')?.rolesInferred, true);
});

test('sessionCookieName: form logins answer 303 with a session cookie; flash and CSRF cookies are not sessions', () => {
  const set = ['csrftoken=abc; Path=/', 'ledgerly_sid=s3ss10n; Path=/; HttpOnly'];
  assert.equal(sessionCookieName(set), 'ledgerly_sid');
  assert.equal(sessionCookieName(set, 'ledgerly_sid'), 'ledgerly_sid');
  assert.equal(sessionCookieName(['flash=bad+password; Path=/']), undefined);
  assert.equal(sessionCookieName(['sessionid=; Max-Age=0']), undefined); // a cleared cookie is a failed login
  assert.equal(cookieValue(['a=1', 'sid=x%20y', 'sid=z'], 'sid'), 'z');
});

test('a static API key or custom header that is a JWT is the identity\'s token, carried in the same header', async () => {
  const { ApiClient } = await import('../../src/probes/api-client.js');
  const { Redactor } = await import('../../src/core/redact.js');
  const jwt = `${Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url')}.${Buffer.from('{"sub":"ops"}').toString('base64url')}.c2ln`;
  const model = { baseUrl: new URL('http://127.0.0.1:9'), config: { webhooks: [] }, routes: [], identities: [
    { name: 'ops', role: 'platform', guest: false, config: { name: 'ops', role: 'platform', headers: {}, cookies: {}, objects: {}, apiKey: { in: 'header', name: 'X-Api-Key', value: jwt } } },
    { name: 'svc', role: 'member', guest: false, config: { name: 'svc', role: 'member', headers: { 'X-Service-Token': `Token ${jwt}` }, cookies: {}, objects: {} } },
    { name: 'key', role: 'member', guest: false, config: { name: 'key', role: 'member', headers: {}, cookies: {}, objects: {}, apiKey: { in: 'header', name: 'X-Api-Key', value: 'sk_live_not_a_jwt' } } },
  ] } as never;
  const client = new ApiClient({ model, http: {} as never, redactor: new Redactor() });
  const [ops, svc, key] = (model as { identities: never[] }).identities;
  assert.equal(await client.token(ops!), jwt);
  assert.deepEqual(await client.carrier(ops!), { kind: 'header', name: 'x-api-key', scheme: '' });
  assert.deepEqual(await client.carrier(svc!), { kind: 'header', name: 'x-service-token', scheme: 'Token' });
  assert.equal(await client.token(key!), undefined);
});

test('latency: with more routes than maxRoutes, the slowest seen during discovery are measured', () => {
  const t = (path: string) => ({ route: { path } });
  const targets = ['/a', '/b', '/c', '/d'].map(t);
  assert.deepEqual(slowestFirst(targets, new Map([['/d', 700], ['/a', 5], ['/b', 9]]), 2).map((x) => x.route.path), ['/d', '/b']);
  assert.deepEqual(slowestFirst(targets, new Map(), 10).map((x) => x.route.path), ['/a', '/b', '/c', '/d']);
});

test('sensitive-fields: staff-only note keys', async () => {
  const { INTERNAL_KEYS } = await import('../../src/checks/api/sensitive-fields.js');
  for (const k of ['internalNotes', 'internal_note', 'staffComment', 'admin_remarks', 'fraudFlags', 'riskReason', 'support_notes']) assert.ok(INTERNAL_KEYS.test(k), k);
  for (const k of ['notes', 'internal', 'comment', 'privateNotes', 'memo', 'adminId', 'internalId']) assert.ok(!INTERNAL_KEYS.test(k), k);
});

test('role inference: an operation tagged admin (or platform) is privileged like an /admin/ segment; ordinary tags are not', async () => {
  const { routesFromOpenApi } = await import('../../src/probes/api-openapi.js');
  const config = validateConfig({ version: 1, api: { baseUrl: 'http://127.0.0.1:1' } }, 'x.yml').api!;
  const routes = routesFromOpenApi({ openapi: '3.0.3', security: [{ bearerAuth: [] }], paths: { '/orgs/{id}/audit': { get: { tags: ['admin'] } }, '/users/{id}/role': { put: { tags: ['Admin'] } }, '/orgs': { get: { tags: ['platform'] } }, '/projects': { get: { tags: ['projects', 'administrative-reports'] } } } }, config);
  assert.deepEqual(routes.find((r) => r.path === '/orgs/{id}/audit')?.roles, config.adminRoles);
  assert.equal(routes.find((r) => r.path === '/orgs/{id}/audit')?.rolesInferred, true);
  assert.deepEqual(routes.find((r) => r.path === '/users/{id}/role')?.roles, config.adminRoles);
  assert.ok(!routes.find((r) => r.path === '/orgs')?.roles?.includes('admin'));
  assert.ok(routes.find((r) => r.path === '/orgs')?.roles?.includes('platform'));
  assert.equal(routes.find((r) => r.path === '/projects')?.roles, undefined);
});

test('latency: one stalled sample among fast ones is re-measured, not a slow route', async () => {
  const { createServer } = await import('node:http');
  const { auditRaw, tmpDir } = await import('./helpers.js');
  let n = 0;
  const server = createServer((req, res) => {
    const send = (body: unknown) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.url === '/openapi.json') return send({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths: { '/items': { get: { security: [], responses: { '200': { description: 'ok' } } } } } });
    if (req.url === '/items') return void setTimeout(() => send({ items: [{ id: 'it_1' }] }), ++n === 4 ? 700 : 0);
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const tmp = tmpDir();
  try {
    const report = await auditRaw({ version: 1, report: { dir: tmp.dir }, api: { baseUrl: url, openapi: `${url}/openapi.json`, checks: { disable: ['api/security-headers', 'api/cors', 'api/exposed-debug', 'api/bundle-secrets', 'api/error-handling', 'api/cache-private'] } } }, tmp.dir);
    const f = report.findings.find((x) => x.checkId === 'perf/latency-p95' && x.location?.path === '/items');
    assert.equal(f?.status, 'pass', f?.message);
    assert.equal(f?.data?.samples, 20);
  } finally {
    server.close();
    tmp.cleanup();
  }
});

test('isErrorBody: DRF denials ({"detail": "Not found."}) behind a 200', () => {
  for (const b of ['{"detail":"Not found."}', '{"detail":"You do not have permission to perform this action."}', '{"detail":"No Invoice matches the given query."}']) assert.equal(isErrorBody(x(200, b)), true, b);
  assert.equal(isErrorBody(x(200, '{"detail":"Logged in."}')), false);
});

test('dataSize: an empty page carries no data whatever its envelope', () => {
  assert.equal(dataSize(x(200, '{"count":0,"next":null,"previous":null,"results":[]}')), 0);
  assert.equal(dataSize(x(200, '{"data":[],"meta":{"count":0}}')), 0);
  assert.equal(dataSize(x(200, '[]')), 0);
  assert.ok(dataSize(x(200, '{"count":1,"results":[{"id":7}]}')) > 0);
});

test('csrfFrom: Django csrftoken, XSRF-TOKEN and a JSON csrfToken', () => {
  const res = (setCookies: string[], body = '') => ({ setCookies, body, headers: { 'content-type': 'application/json' } });
  assert.deepEqual(csrfFrom(res(['csrftoken=abc123; Path=/; SameSite=Lax']), { path: '/csrf/' }), { cookies: { csrftoken: 'abc123' }, cookieName: 'csrftoken', header: 'X-CSRFToken', value: 'abc123' });
  assert.equal(csrfFrom(res(['XSRF-TOKEN=eyJ%3D; Path=/']), { path: '/sanctum/csrf-cookie' })?.header, 'X-XSRF-TOKEN');
  assert.equal(csrfFrom(res(['XSRF-TOKEN=eyJ%3D; Path=/']), { path: '/sanctum/csrf-cookie' })?.value, 'eyJ=');
  assert.equal(csrfFrom(res([], '{"csrfToken":"tok-1"}'), { path: '/api/auth/csrf' })?.value, 'tok-1');
  assert.equal(csrfFrom(res(['sessionid=x']), { path: '/csrf/' }), undefined);
});

test('debugFramework: development error pages, not ordinary 404s', () => {
  assert.equal(debugFramework('<title>Page not found</title><p>Using the URLconf defined in <code>app.urls</code>, Django tried these URL patterns'), 'Django');
  assert.equal(debugFramework('<h1>Routing Error</h1><p>No route matches [GET] "/x"</p>'), 'Rails');
  assert.equal(debugFramework('<html><h1>Not Found</h1></html>'), undefined);
});

test('signatureHeaders: a bearer receiver gets the shared secret itself', () => {
  const w = { path: '/hooks', scheme: 'bearer' as const, toleranceSec: 300, encoding: 'hex' as const, prefix: '' };
  assert.deepEqual(signatureHeaders(w, '{}', 's3cret', 0), { authorization: 'Bearer s3cret' });
  assert.deepEqual(signatureHeaders({ ...w, header: 'X-Hook-Token', prefix: 'Token ' }, '{}', 's3cret', 0), { 'X-Hook-Token': 'Token s3cret' });
});

test('config: login.csrf and the bearer webhook scheme are accepted', () => {
  const c = validateConfig({ version: 1, api: { baseUrl: 'http://127.0.0.1:1', identities: [{ name: 'a', email: 'a@x.test', password: 'p', login: { path: '/auth/login/', csrf: { path: '/auth/csrf/' } } }], webhooks: [{ path: '/hooks/', scheme: 'bearer', secret: 'x' }] } }, 'launchready.yml', {});
  assert.equal(c.api?.identities[0]?.login?.csrf?.path, '/auth/csrf/');
  assert.equal(c.api?.webhooks[0]?.scheme, 'bearer');
});

test('wrongGuess: a wrong code of the same shape, never the real one', () => {
  assert.equal(wrongGuess('004217', 1), '004218');
  assert.equal(wrongGuess('999999', 1), '000000');
  for (let i = 1; i <= 10; i++) {
    const g = wrongGuess('Ab3xQ', i);
    assert.equal(g.length, 5);
    assert.notEqual(g, 'Ab3xQ');
  }
});

test('csrfRefusal: a CSRF check answered, not the handler', () => {
  assert.equal(csrfRefusal(403, '{"detail":"CSRF Failed: CSRF token missing or incorrect."}'), true);
  assert.equal(csrfRefusal(422, 'ActionController::InvalidAuthenticityToken'), true);
  assert.equal(csrfRefusal(422, '{"errors":{"email":["is invalid"]}}'), false);
  assert.equal(csrfRefusal(403, 'Can\'t verify CSRF token authenticity.'), true);
  assert.equal(csrfRefusal(419, 'Page Expired'), true);
  assert.equal(csrfRefusal(403, '{"detail":"Account locked: too many failed login attempts."}'), false);
});
