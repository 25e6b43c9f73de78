import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import type { IncomingMessage } from 'node:http';
import { ANN, auditKit, BOB, startKit, type Kit } from './kit-app.js';
import { tmpDir } from './helpers.js';

// The signed-in checks' own requests that fail (the kit API drops the connection on chosen requests) are owned by
// the check: an `unreachable` error naming them, never its pass or its "nothing to test" (issue 20,
// launchready/no-swallowed-error). test/api/unreachable.test.ts covers the checks that need no sign-in.

const tmp = tmpDir('lr-unreach-kit-');
after(() => tmp.cleanup());

/** `extra` for the kit: drop the connection on the requests `drop` picks, answer `routes` (method + path) otherwise. */
function dropping(drop: (req: IncomingMessage) => boolean, routes: Record<string, (raw: string) => [number, unknown]> = {}) {
  return (req: IncomingMessage, raw: string, out: (status: number, body: unknown) => void): boolean => {
    if (drop(req)) {
      req.socket.destroy();
      return true;
    }
    const route = routes[`${req.method} ${req.url}`];
    if (!route) return false;
    out(...route(raw));
    return true;
  };
}

async function errors(kit: Kit, checkId: string, api: Record<string, unknown> = {}): Promise<string[]> {
  try {
    const fs = await auditKit(kit, checkId, tmp.dir, api);
    return fs.map((f) => `${f.status}:${f.messageId}:${String(f.data?.reasons ?? '')}`);
  } finally {
    await kit.close();
  }
}

test('api/jwt-alg-confusion: the JWKS route drops the connection → unreachable (error), not noPublicKey', async () => {
  // RS256 tokens, and the one place that serves the key fails: "no public key found" would be a guess
  const kit = await startKit({ rs: { jwks: false }, extra: dropping((req) => req.url === '/.well-known/jwks.json') });
  const found = await errors(kit, 'api/jwt-alg-confusion');
  assert.equal(found.length, 1, found.join('\n'));
  assert.match(found[0]!, /^error:unreachable:.*\/\.well-known\/jwks\.json: /);
});

test('api/jwt-sensitive-claims: one identity\'s sign-in drops the connection → unreachable (error), not clean', async () => {
  // bob signs in at his own path, which fails; ann's token is judged clean, but bob's may carry more
  const kit = await startKit({ extra: dropping((req) => req.url === '/api/login-bob') });
  const found = await errors(kit, 'api/jwt-sensitive-claims', { identities: [ANN, { ...BOB, login: { path: '/api/login-bob' } }] });
  assert.equal(found.length, 1, found.join('\n'));
  assert.match(found[0]!, /^error:unreachable:bob's sign-in: /);
});

test('api/cookie-flags: the identity\'s token is lost (its re-login drops the connection) → unreachable (error), not noCookies', async () => {
  // 5-second tokens: every later use of the session logs in again (the client renews tokens within 10 s of expiry),
  // and every login after the first fails; the cookie that carries the token cannot be recognised without it
  const kit = await startKit({ ttl: 5, loginCookie: (t) => `sid=${t}; Path=/; HttpOnly; Secure; SameSite=Lax` });
  let logins = 0;
  kit.server.prependListener('request', (req: IncomingMessage) => {
    if (req.url === '/api/login' && ++logins > 1) req.socket.destroy();
  });
  const found = await errors(kit, 'api/cookie-flags');
  assert.equal(found.length, 1, found.join('\n'));
  assert.match(found[0]!, /^error:unreachable:ann's token: /);
});

/** An OpenAPI document for the kit's extra routes (found at /openapi.json). */
function openapi(paths: Record<string, unknown>): [number, unknown] {
  return [200, { openapi: '3.0.3', info: { title: 'kit', version: '1' }, paths }];
}
const ok = { '200': { description: 'ok' } };

test('api/mass-assignment: the re-read of a created object drops the connection → unreachable (error), not protected', async () => {
  // POST /api/notes answers without the injected field; whether it kept it only the re-read (which fails) can tell
  let next = 1;
  const doc = openapi({
    '/api/notes': { post: { requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { text: { type: 'string' } } } } } }, responses: ok } },
    '/api/notes/{id}': { get: { parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }], responses: ok } },
  });
  const kit = await startKit({
    extra: dropping((req) => req.method === 'GET' && /^\/api\/notes\/\d+$/.test(req.url ?? ''), {
      'GET /openapi.json': () => doc,
      'POST /api/notes': (raw) => [201, { id: next++, text: String((JSON.parse(raw || '{}') as { text?: unknown }).text ?? '') }],
    }),
  });
  const found = await errors(kit, 'api/mass-assignment', { allowWrites: true });
  assert.ok(found.length === 1 && /^error:unreachable:re-reading \/api\/notes\/\{id\} after POST \/api\/notes: /.test(found[0]!), found.join('\n'));
});

test('api/ssrf: the request carrying the canary URL drops the connection → unreachable (error), not noFetch', async () => {
  const doc = openapi({ '/api/preview': { get: { parameters: [{ name: 'url', in: 'query', required: true, schema: { type: 'string' } }], responses: ok } } });
  const kit = await startKit({ extra: dropping((req) => (req.url ?? '').startsWith('/api/preview'), { 'GET /openapi.json': () => doc }) });
  const found = await errors(kit, 'api/ssrf');
  assert.equal(found.length, 1, found.join('\n'));
  assert.match(found[0]!, /^error:unreachable:GET \/api\/preview \(query url\): /);
});
