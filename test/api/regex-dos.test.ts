import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { apiChecks } from '../../src/checks/api/index.js';
import { craft } from '../../src/checks/api/regex-dos.js';
import { auditRaw, tmpDir, jsonServer } from './helpers.js';

// api/regex-dos against a sign-in and a coupon route whose validators backtrack. The cost is modelled, not burnt:
// the flawed app sleeps 2^(length-16) ms (capped at 3 s) for a near-match of its nested-quantifier pattern, as a
// backtracking engine would spend, so the test is deterministic in the slow direction and burns no CPU on a
// shared machine. The fixed app validates in linear time (no sleep).

const tmp = tmpDir('lr-redos-');
const servers: Server[] = [];
after(async () => {
  for (const s of servers) s.closeAllConnections();
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  tmp.cleanup();
});

// The OWASP ReDoS example for emails: ^([a-zA-Z0-9])(([\-.]|[_]+)?([a-zA-Z0-9]+))*(@){1}[a-z0-9]+[.]{1}(([a-z]{2,3})|([a-z]{2,3}[.]{1}[a-z]{2,3}))$
const nearMatch = (v: string) => /^[a-zA-Z0-9]{8,}[^a-zA-Z0-9@.]$/.test(v) || /^[A-Z0-9]{8,}!$/.test(v);

async function run(flawed: boolean): Promise<string[]> {
  const server = jsonServer(async (req, res, raw, out) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const b = JSON.parse(raw || '{}') as { email?: string; password?: string; display_name?: string };
    const value = url.pathname === '/api/login' ? String(b.email ?? '') : url.pathname === '/api/users/me' ? String(b.display_name ?? '') : url.searchParams.get('code') ?? '';
    // The coupon code's length cap runs before its pattern (as Pydantic/Joi do): the worst case is 25 characters.
    if (url.pathname === '/api/coupons/check' && value.length > 25) return out(422, { error: 'code too long' });
    if (flawed && nearMatch(value)) await new Promise((r) => setTimeout(r, Math.min(3000, 2 ** Math.max(0, value.length - 16))));
    if (url.pathname === '/api/login') return b.email === 'ann@x.test' && b.password === 'Ann-Pass-2026' ? out(200, { token: 'ann-session-token-0123456789' }) : out(401, { error: 'invalid email or password' });
    if (url.pathname === '/api/users/me') return req.headers.authorization === 'Bearer ann-session-token-0123456789' ? out(200, { email: 'ann@x.test', display_name: req.method === 'PATCH' ? value : 'Ann' }) : out(401, { error: 'login required' });
    if (url.pathname === '/api/coupons/check') return out(200, { valid: /^[A-Z0-9]{6,12}$/.test(value) });
    return out(404, { error: 'not found' });
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const spec = join(tmp.dir, 'redos.json');
  writeFileSync(
    spec,
    JSON.stringify({
      openapi: '3.0.3',
      info: { title: 'redos', version: '1' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
      paths: {
        '/api/login': { post: { security: [], 'x-launchready-flow': 'login', responses: { '401': { description: 'no' } } } },
        '/api/users/me': {
          get: { responses: { '200': { description: 'ok' } } },
          patch: { requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { display_name: { type: 'string', example: 'Ann A' } } } } } }, responses: { '200': { description: 'ok' } } },
        },
        '/api/coupons/check': { get: { security: [], parameters: [{ name: 'code', in: 'query', required: true, schema: { type: 'string', pattern: '^([A-Z0-9]+)+$', maxLength: 25, example: 'SPRING24' } }], responses: { '200': { description: 'ok' } } } },
      },
    }),
  );
  const report = await auditRaw(
    { version: 1, report: { dir: `${tmp.dir}/${flawed}` }, api: { baseUrl: url, openapi: spec, allowWrites: true, identities: [{ name: 'ann', email: 'ann@x.test', password: 'Ann-Pass-2026', login: { path: '/api/login' } }], checks: { disable: apiChecks.map((c) => c.id).filter((id) => id !== 'api/regex-dos') } } },
    tmp.dir,
  );
  return report.findings.filter((f) => f.checkId === "api/regex-dos").map((f) => `${f.status}:${f.messageId}:${f.location?.path ?? ''}`).sort();
}

test('flawed: the login email, the coupon pattern and an undeclared display-name validator backtrack; each is reported once', async () => {
  assert.deepEqual(await run(true), ['fail:slow:/api/coupons/check', 'fail:slow:/api/login', 'fail:slow:/api/users/me']);
});

test('fixed: crafted inputs answer as fast as the baseline', async () => {
  assert.deepEqual(await run(false), ['pass:fast:']);
});

test('craft(): near-matches of growing length, with the pattern\'s own character class first', () => {
  assert.deepEqual(craft(4), ['aaaa!', 'a@aaaa!']);
  assert.deepEqual(craft(4, '^([A-Z0-9]+)+$'), ['AAAA!', 'aaaa!', 'a@aaaa!']);
});
