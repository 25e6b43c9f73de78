import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { flowStep, type FlowStep } from '../core/config/flow.js';
import { RequestBudget } from '../core/budget.js';
import { BudgetExceededError, TargetRefusedError } from '../core/errors.js';
import { HttpProbe } from './http.js';
import { runFlow, type FlowDefinition, type FlowRun } from './http-flow.js';
import { Allowlist } from './net.js';

// The one flow engine over a loopback app: every behaviour the three runners (gate, ops canary, monitor) rely on.

const step = (s: Record<string, unknown>): FlowStep => flowStep(['2xx', '3xx']).parse(s);

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

let server: Server;
let base: string;
const seen: Seen[] = [];
const items = new Map<string, string>();

before(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      const u = new URL(req.url ?? '/', 'http://x');
      const json = (status: number, v: unknown, headers: Record<string, string | string[]> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(v));
      };
      if (u.pathname === '/v2/login' && req.method === 'POST') {
        const b = JSON.parse(body) as { user: string; qty: unknown };
        return json(200, { data: { items: [{ token: `tok-${b.user}` }] }, qty: b.qty }, { 'x-request-id': 'rid-7', 'set-cookie': ['sid=s3cret; HttpOnly; Path=/', 'theme=dark'] });
      }
      if (u.pathname === '/v2/me') {
        if (req.headers.authorization !== 'Bearer tok-alice') return json(401, { error: 'no' });
        return json(200, { user: 'alice', cookie: req.headers.cookie ?? '' }, { 'x-frame-options': 'DENY' });
      }
      if (u.pathname === '/v2/items' && req.method === 'POST') {
        const id = `it${items.size + 1}`;
        items.set(id, body);
        return json(201, { id });
      }
      if (u.pathname.startsWith('/v2/items/') && req.method === 'DELETE') {
        items.delete(u.pathname.slice('/v2/items/'.length));
        res.writeHead(204).end();
        return;
      }
      if (u.pathname === '/v2/form') return json(200, { got: body, type: req.headers['content-type'] });
      if (u.pathname === '/v2/html') {
        res.writeHead(200, { 'content-type': 'text/html' });
        return res.end('<p>order 4711 ok</p>');
      }
      if (u.pathname === '/v2/slow') {
        setTimeout(() => json(200, { ok: true }), 60);
        return;
      }
      if (u.pathname === '/v2/hang') return; // never answers
      if (u.pathname === '/v2/boom') return json(500, { error: 'Traceback (most recent call last)' });
      if (u.pathname === '/v2/waf') {
        res.writeHead(403, { 'cf-mitigated': 'challenge', 'content-type': 'text/html' });
        return res.end('Just a moment...');
      }
      json(404, { error: 'not found' });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v2`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

async function run(flow: FlowDefinition, opts: { budget?: RequestBudget; allow?: string[]; timeoutMs?: number; maxMs?: number; variables?: Record<string, string>; secrets?: string[] } = {}): Promise<FlowRun> {
  const probe = new HttpProbe({ allow: new Allowlist(opts.allow ?? [base]), ...(opts.budget ? { budget: opts.budget } : {}) });
  try {
    return await runFlow(flow, { transport: probe, baseUrl: base, timeoutMs: opts.timeoutMs ?? 5000, maxMs: opts.maxMs, variables: opts.variables ?? {}, secretNames: opts.secrets ?? [], secret: (v) => opts.secrets?.push(`masked:${v}`), checkId: 'test/flow' });
  } finally {
    await probe.close();
  }
}

describe('http-flow engine', () => {
  it('extraction: json paths with [n], header, cookie and regex carry into later steps; the cookie jar is sent back', async () => {
    const masked: string[] = [];
    const r = await run(
      {
        name: 'login',
        steps: [
          step({ name: 'login', method: 'POST', url: '/login', json: { user: '{{user}}', qty: '{{n}}' }, extract: { token: 'json:data.items[0].token', rid: 'header:X-Request-Id', session: 'cookie:sid', qty: 'json:qty' } }),
          step({ name: 'me', path: 'me', headers: { authorization: 'Bearer {{token}}', 'x-trace': '{{rid}}' }, bodyContains: ['{{user}}'], extract: { who: 'regex:"user":"(\\w+)"' } }),
        ],
      },
      { variables: { user: 'alice', n: '3' }, secrets: masked },
    );
    assert.equal(r.ok, true, r.reason);
    assert.deepEqual(r.steps.map((s) => [s.step, s.status, s.path]), [['login', 200, '/v2/login'], ['me', 200, '/v2/me']]);
    const [login, me] = seen.slice(-2);
    // "{{n}}" is filled as text: variables are strings (a JSON number only when the value is a number)
    assert.deepEqual(JSON.parse(login!.body), { user: 'alice', qty: '3' });
    assert.equal(login!.headers['content-type'], 'application/json');
    assert.equal(me!.headers['x-trace'], 'rid-7');
    assert.equal(me!.headers.cookie, 'sid=s3cret; theme=dark');
    // names like token/session and cookie values are registered for masking
    assert.ok(masked.includes('masked:tok-alice') && masked.includes('masked:s3cret'), masked.join(','));
  });

  it('templates: form bodies, absolute URLs and unknown names left visible', async () => {
    const r = await run({ name: 'form', steps: [step({ method: 'POST', url: `${base}/form`, form: { q: '{{term}} & more', keep: '{{unknown}}' }, bodyContains: ['urlencoded'] })] }, { variables: { term: 'shoes' } });
    assert.equal(r.ok, true, r.reason);
    assert.equal(seen.at(-1)!.body, 'q=shoes+%26+more&keep=%7B%7Bunknown%7D%7D');
  });

  const cases: { name: string; s: Record<string, unknown>; ids: string[]; text?: RegExp }[] = [
    { name: 'status outside expectStatus', s: { url: '/boom', expectStatus: [200] }, ids: ['status'], text: /^status 500 not in 200$/ },
    { name: 'every broken assertion is listed, in a fixed order', s: { url: '/boom', expectStatus: ['2xx'], bodyContains: ['ok'], bodyNotContains: ['Traceback'], bodyMatches: '^\\{"data"', expectHeaders: { 'x-frame-options': '' } }, ids: ['status', 'body-missing', 'body-forbidden', 'body-mismatch', 'header-missing'] },
    { name: 'header present but not matching', s: { url: '/me', headers: { authorization: 'Bearer tok-alice' }, expectHeaders: { 'X-Frame-Options': '^SAMEORIGIN$' } }, ids: ['header-mismatch'] },
    { name: 'hard latency budget fails the step', s: { url: '/slow', maxLatencyMs: 1 }, ids: ['slow'], text: /^latency \d+(\.\d)? ms over budget 1 ms$/ },
    { name: 'json extraction from a non-JSON body', s: { url: '/html', extract: { id: 'json:id' } }, ids: ['extract'], text: /could not extract id \(json:id: body is not JSON\)/ },
    { name: 'regex extraction without a match', s: { url: '/html', extract: { id: 'regex:order (\\d+) shipped' } }, ids: ['extract'] },
    { name: 'an edge challenge fails the step even when the status is accepted', s: { url: '/waf', expectStatus: ['2xx', 403] }, ids: ['edge'], text: /^Cloudflare challenge/ },
  ];
  for (const c of cases) {
    it(`assertions: ${c.name}`, async () => {
      const r = await run({ name: c.name, steps: [step(c.s)] });
      const s = r.steps[0]!;
      assert.equal(r.ok, false);
      assert.deepEqual(s.problems.map((p) => p.id), c.ids);
      if (c.text) assert.match(s.problem!, c.text);
      assert.equal(r.unreachable, false);
      assert.ok(s.excerpt !== undefined, 'a failed step keeps a body excerpt as evidence');
    });
  }

  it('passing assertions: regex capture extracted, headers matched', async () => {
    const r = await run({ name: 'ok', steps: [step({ url: '/html', bodyMatches: 'order \\d+', extract: { order: 'regex:order (\\d+)' } }), step({ url: '/me', headers: { authorization: 'Bearer tok-alice' }, expectHeaders: { 'X-Frame-Options': '^DENY$', 'content-type': '' } })] });
    assert.equal(r.ok, true, r.reason);
  });

  it('the soft budget (maxMs) marks a step slow without failing it', async () => {
    const r = await run({ name: 'slow', steps: [step({ url: '/slow', maxMs: 1 }), step({ url: '/html' })] }, { maxMs: 60_000 });
    assert.equal(r.ok, true);
    assert.deepEqual(r.steps.map((s) => [s.slow, s.maxMs]), [[true, 1], [false, 60_000]]);
  });

  it('a failing step stops the flow; the undo of a write still runs, and is skipped when the write never happened', async () => {
    const before = seen.length;
    const r = await run({
      name: 'write',
      steps: [step({ name: 'create', method: 'POST', url: '/items', json: { n: 1 }, extract: { id: 'json:id' } }), step({ name: 'broken', url: '/boom' }), step({ name: 'never', url: '/html' })],
      undo: [step({ name: 'delete', method: 'DELETE', url: '/items/{{id}}' })],
    });
    assert.equal(r.ok, false);
    assert.equal(r.failedStep, 'broken');
    assert.deepEqual(r.steps.map((s) => `${s.phase}:${s.step}:${s.status}`), ['step:create:201', 'step:broken:500', 'undo:delete:204']);
    assert.equal(items.size, 0, 'the created item was deleted');
    assert.deepEqual(seen.slice(before).map((x) => `${x.method} ${x.url}`), ['POST /v2/items', 'GET /v2/boom', 'DELETE /v2/items/it1']);

    const r2 = await run({ name: 'write-failed', steps: [step({ name: 'create', method: 'POST', url: '/boom', extract: { id: 'json:id' } })], undo: [step({ name: 'delete', method: 'DELETE', url: '/items/{{id}}' })] });
    assert.deepEqual(r2.steps.map((s) => s.step), ['create'], 'no id was extracted: nothing to undo');
  });

  it('a failed undo fails the flow and says so', async () => {
    const r = await run({ name: 'undo', steps: [step({ method: 'POST', url: '/items', json: {} })], undo: [step({ name: 'cleanup', method: 'DELETE', url: '/nope', expectStatus: [204] })] });
    assert.equal(r.ok, false);
    assert.equal(r.undoFailed, true);
    assert.match(r.reason!, /^undo failed: status 404 not in 204/);
  });

  it('timeout: a step that gets no answer is unreachable, with the timeout as its reason', async () => {
    const r = await run({ name: 'hang', steps: [step({ url: '/hang' }), step({ url: '/html' })] }, { timeoutMs: 150 });
    assert.equal(r.ok, false);
    assert.equal(r.unreachable, true);
    assert.equal(r.steps.length, 1);
    assert.equal(r.steps[0]!.status, undefined);
    assert.match(r.reason!, /timed out after 150 ms/);
  });

  it('budget: a spent request budget throws (could not check), it is never a failed step', async () => {
    const budget = new RequestBudget(1);
    const before = seen.length;
    await assert.rejects(run({ name: 'budget', steps: [step({ url: '/html' }), step({ url: '/html' })] }, { budget }), BudgetExceededError);
    assert.equal(seen.length - before, 1, 'the second request was never sent');
  });

  it('allowlist: an absolute URL (or a filled-in one) on a host the config does not name throws before any request', async () => {
    const before = seen.length;
    await assert.rejects(run({ name: 'refused', steps: [step({ url: 'http://127.0.0.2:9/x' })] }), TargetRefusedError);
    await assert.rejects(run({ name: 'refused2', steps: [step({ url: '{{target}}/x' })] }, { variables: { target: 'http://elsewhere.test' } }), TargetRefusedError);
    assert.equal(seen.length, before);
  });

  it('a relative URL without a base URL is a failed step naming it, not a crash', async () => {
    const probe = new HttpProbe({ allow: new Allowlist([base]) });
    try {
      const r = await runFlow({ name: 'nobase', steps: [step({ url: '/me' })] }, { transport: probe, timeoutMs: 1000 });
      assert.equal(r.ok, false);
      assert.match(r.reason!, /"\/me" is relative and there is no base URL/);
    } finally {
      await probe.close();
    }
  });
});

describe('flow step schema', () => {
  it('url, or its old name path; not both, not neither', () => {
    assert.equal(step({ path: '/a' }).url, '/a');
    assert.equal('path' in step({ path: '/a' }), false);
    assert.equal(flowStep(['2xx']).safeParse({ url: '/a', path: '/b' }).success, false);
    const none = flowStep(['2xx']).safeParse({ method: 'GET' });
    assert.equal(none.success, false);
    assert.deepEqual(none.error!.issues.map((i) => i.path.join('.')), ['url']);
  });

  it('extract specs are checked when the config loads', () => {
    const bad = flowStep(['2xx']).safeParse({ url: '/a', extract: { id: 'xpath://id' } });
    assert.equal(bad.success, false);
    assert.deepEqual(bad.error!.issues.map((i) => i.path.join('.')), ['extract.id']);
  });

  it('the expectStatus default is the runner\'s', () => {
    assert.deepEqual(flowStep(['2xx']).parse({ url: '/' }).expectStatus, ['2xx']);
    assert.deepEqual(flowStep(['2xx', '3xx']).parse({ url: '/' }).expectStatus, ['2xx', '3xx']);
  });
});
