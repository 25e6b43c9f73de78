import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flowStep } from './config/flow.js';
import { buildRequest, extractVars, judgeResponse, resolveStepUrl, undoUnresolved, updateJar } from './flow.js';

const step = (s: Record<string, unknown>) => flowStep(['2xx']).parse(s);

test('resolveStepUrl: absolute as written, paths appended to the base keeping its prefix, undefined without a base', () => {
  const cases: [string, string | undefined, string | undefined][] = [
    ['https://other.test/x', 'https://app.test/v2', 'https://other.test/x'],
    ['/login', 'https://app.test/v2', 'https://app.test/v2/login'],
    ['login?next=/a', 'https://app.test/v2/', 'https://app.test/v2/login?next=/a'],
    ['/', 'https://app.test', 'https://app.test/'],
    ['/health', undefined, undefined],
  ];
  for (const [url, base, want] of cases) assert.equal(resolveStepUrl(url, base), want, `${url} on ${base}`);
});

test('buildRequest: templates, body precedence json > form > body, jar unless a cookie header is given', () => {
  const vars = new Map([['id', '7'], ['t', 'tok']]);
  const jar = new Map([['sid', 's1']]);
  const r = buildRequest(step({ method: 'post', url: '/items/{{id}}', headers: { Authorization: 'Bearer {{t}}' }, json: { id: '{{id}}' }, form: { a: 'b' }, body: 'raw' }), vars, jar, 'https://app.test');
  assert.deepEqual(r, { url: 'https://app.test/items/7', method: 'POST', headers: { authorization: 'Bearer tok', 'content-type': 'application/json', accept: 'application/json', cookie: 'sid=s1' }, body: '{"id":"7"}', expectJson: true });
  const own = buildRequest(step({ url: '/', headers: { cookie: 'mine=1' }, body: 'x {{missing}}' }), vars, jar, 'https://app.test');
  assert.equal(own.headers.cookie, 'mine=1');
  assert.equal(own.body, 'x {{missing}}');
  assert.equal(own.expectJson, false);
});

test('judgeResponse: every broken assertion in a fixed order, with problem ids', () => {
  const s = step({ url: '/', expectStatus: [200], maxLatencyMs: 100, bodyContains: ['{{who}}'], bodyNotContains: ['DEBUG'], bodyMatches: '^ok', expectHeaders: { HSTS: '', 'X-A': '^1$' } });
  const res = { status: 500, headers: { 'x-a': '2' }, body: 'DEBUG trace' };
  assert.deepEqual(judgeResponse(s, res, 150.04, new Map([['who', 'alice']])), [
    { id: 'status', text: 'status 500 not in 200' },
    { id: 'slow', text: 'latency 150 ms over budget 100 ms' },
    { id: 'body-missing', text: 'body does not contain "alice"' },
    { id: 'body-forbidden', text: 'body contains "DEBUG"' },
    { id: 'body-mismatch', text: 'body does not match /^ok/' },
    { id: 'header-missing', text: 'header HSTS missing' },
    { id: 'header-mismatch', text: 'header X-A: "2" does not match /^1$/' },
  ]);
  assert.deepEqual(judgeResponse(s, { status: 200, headers: { hsts: 'x', 'x-a': '1' }, body: 'ok alice' }, 99, new Map([['who', 'alice']])), []);
});

test('extractVars and the jar: json path, header, cookie, regex; the first missing value is the problem', () => {
  const jar = new Map<string, string>();
  assert.deepEqual(updateJar(jar, ['sid=abc; HttpOnly', 'junk', 'b=; Max-Age=0']), ['abc', '']);
  const res = { headers: { 'x-id': 'h1' }, body: '{"a":{"list":[{"id":5},{"o":{"k":1}}]},"empty":""}' };
  const ok = extractVars({ extract: { n: 'json:a.list[0].id', o: 'json:a.list.1.o', h: 'header:X-Id', c: 'cookie:sid', r: 'regex:"id":(\\d+)' } }, res, jar);
  assert.deepEqual(ok, { values: [['n', '5'], ['o', '{"k":1}'], ['h', 'h1'], ['c', 'abc'], ['r', '5']] });
  const bad = extractVars({ extract: { n: 'json:a.list[0].id', e: 'json:empty', never: 'header:x-id' } }, res, jar);
  assert.deepEqual(bad, { values: [['n', '5']], problem: { id: 'extract', text: 'could not extract e (json:empty)' } });
});

test('undoUnresolved: an undo step still naming an unextracted variable means the write never happened', () => {
  const undo = [step({ method: 'DELETE', url: '/items/{{id}}' })];
  assert.equal(undoUnresolved(undo, new Map()), true);
  assert.equal(undoUnresolved(undo, new Map([['id', '9']])), false);
});

test('config compatibility: the keys each runner accepted before the merge still parse, into the one step shape', async () => {
  const { validateConfig } = await import('./config/validate.js');
  const { ConfigError } = await import('./errors.js');
  const c = validateConfig(
    {
      deploy: { baseUrl: 'https://app.test', smoke: [{ name: 'health', url: '/health', expectStatus: [200], bodyContains: ['ok'], bodyNotContains: ['Traceback'], maxLatencyMs: 800, headers: { authorization: 'Bearer x' } }] },
      smoke: {
        baseUrl: 'https://app.test',
        variables: { email: 'a@b.test' },
        flows: [{ name: 'write', kind: 'write', steps: [{ method: 'POST', path: '/api/notes', json: { t: 1 }, expectStatus: [201], extract: { id: 'json:id' }, maxMs: 500 }], undo: [{ method: 'DELETE', path: '/api/notes/{{id}}', expectStatus: [204] }] }],
      },
      monitor: { monitors: [{ id: 'login', type: 'flow', steps: [{ name: 'login', url: 'https://app.test/login', method: 'POST', body: '{}', extract: { token: 'json:token' }, bodyMatches: 'token', expectHeaders: { 'x-a': '' } }] }] },
    },
    'compat.yml',
  );
  assert.equal(c.deploy!.smoke[0]!.url, '/health');
  assert.equal(c.deploy!.smoke[0]!.maxLatencyMs, 800);
  assert.deepEqual(c.deploy!.smoke[0]!.expectStatus, [200]);
  const flow = c.smoke!.flows[0]!;
  assert.deepEqual([flow.steps[0]!.url, flow.undo[0]!.url], ['/api/notes', '/api/notes/{{id}}'], 'path is read as url');
  assert.deepEqual(flow.steps[0]!.bodyContains, []);
  const m = c.monitor!.monitors[0]!;
  assert.ok(m.type === 'flow' && m.steps[0]!.url === 'https://app.test/login' && m.steps[0]!.extract.token === 'json:token');
  // defaults per runner
  assert.deepEqual(validateConfig({ deploy: { smoke: [{ url: 'https://app.test/' }] } }, 'x.yml').deploy!.smoke[0]!.expectStatus, ['2xx']);
  // bad input names the field
  assert.throws(
    () => validateConfig({ smoke: { baseUrl: 'https://app.test', flows: [{ name: 'f', steps: [{ method: 'GET' }] }] } }, 'bad.yml'),
    (e: unknown) => e instanceof ConfigError && e.problems.some((p) => p.field === 'smoke.flows[0].steps[0].url'),
  );
});
