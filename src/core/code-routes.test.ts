import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRoutes, guessLogin, guessTokenLocation, normalisePath } from './code-routes.js';
import { STACKS } from '../../test/init/stacks.js';

for (const s of STACKS) {
  test(`code routes: ${s.name} — every route a reader would list, nothing from clients or tests`, (t) => {
    const files = Object.entries(s.files).map(([rel, text]) => ({ rel, text }));
    const got = extractRoutes(files).map((r) => `${r.method} ${r.path}`);
    const found = s.routes.filter((r) => got.includes(r));
    const extra = got.filter((r) => !s.routes.includes(r));
    t.diagnostic(`${s.name}: route recall ${found.length}/${s.routes.length}, extra ${extra.length}${extra.length ? ` (${extra.join(', ')})` : ''}`);
    assert.deepEqual(s.routes.filter((r) => !got.includes(r)), [], 'missed routes');
    assert.deepEqual(extra, [], 'routes that are not there');
    const login = guessLogin(extractRoutes(files));
    assert.equal(login?.path, s.login?.path);
  });
}

test('normalisePath table', () => {
  assert.equal(normalisePath('/users/:id'), '/users/{id}');
  assert.equal(normalisePath('/files/:name?'), '/files/{name}');
  assert.equal(normalisePath('users//x/'), '/users/x');
  assert.equal(normalisePath('/x/${id}'), undefined);
  assert.equal(normalisePath('/a/(.*)'), undefined);
});

test('token location table', () => {
  assert.deepEqual(guessTokenLocation('res.json({ authentication: { token, bid: 1, umail } })'), { from: 'json', path: 'authentication.token' });
  assert.deepEqual(guessTokenLocation('return res.json({ token: jwt })'), { from: 'json', path: 'token' });
  assert.deepEqual(guessTokenLocation("res.cookie('sid', value, { httpOnly: true }); res.json({ ok: true })"), { from: 'cookie', path: 'sid' });
  assert.deepEqual(guessTokenLocation('return { accessToken: await sign() }'), undefined);
  assert.deepEqual(guessTokenLocation('ctx.body = { token: t, user }'), { from: 'json', path: 'token' });
  assert.deepEqual(guessTokenLocation('return { status: 200, json: { token, user: publicUser(u) } }'), { from: 'json', path: 'token' });
});

test('decorator families: routing-controllers and inversify-express-utils beside NestJS', () => {
  const files = [
    { rel: 'src/UserController.ts', text: "@controller('/api')\nexport class U {\n  @httpPost(\n    '/users',\n    body('user.email').isEmail(),\n  )\n  create() {}\n  @httpGet('/user') me() {}\n}" },
    { rel: 'src/Tags.ts', text: "@JsonController('/tags')\nexport class T { @Get() list() {} @Delete('/:id') remove() {} }" },
  ];
  assert.deepEqual(extractRoutes(files).map((r) => `${r.method} ${r.path}`), ['POST /api/users', 'GET /api/user', 'GET /tags', 'DELETE /tags/{id}'].sort((a, b) => a.split(' ')[1]!.localeCompare(b.split(' ')[1]!) || a.localeCompare(b)));
});
