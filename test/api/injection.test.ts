import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { type Server } from 'node:http';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { apiChecks } from '../../src/checks/api/index.js';
import { dbError } from '../../src/checks/api/injection.js';
import { auditRaw, tmpDir, jsonServer } from './helpers.js';

// api/injection against a small shop API backed by a real SQLite database (better-sqlite3) and a Mongo-style
// filter for its notes: the flawed build concatenates SQL and passes JSON values straight into the filter (and
// shows database errors), the fixed build binds parameters and coerces values to strings.

const tmp = tmpDir('lr-injection-');
const servers: Server[] = [];
after(async () => {
  for (const s of servers) s.closeAllConnections();
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  tmp.cleanup();
});

type Doc = Record<string, string>;
/** The subset of MongoDB's query language a careless API exposes: equality, $ne, $eq, $gt, $lt. */
function matches(doc: Doc, filter: Record<string, unknown>): boolean {
  return Object.entries(filter).every(([k, cond]) => {
    const v = doc[k] ?? '';
    if (cond && typeof cond === 'object') {
      return Object.entries(cond as Record<string, unknown>).every(([op, x]) => (op === '$ne' ? v !== x : op === '$eq' ? v === x : op === '$in' ? Array.isArray(x) && x.includes(v) : op === '$gt' ? v > String(x) : op === '$lt' ? v < String(x) : false));
    }
    return v === cond;
  });
}

async function start(flawed: boolean, errors: boolean): Promise<string> {
  const db = new Database(':memory:');
  db.exec("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT, password TEXT); INSERT INTO users (email, password) VALUES ('admin@shop.test', 'Adm1n-Secret-Pass'), ('ann@shop.test', 'Ann-Pass-2026');");
  db.exec("CREATE TABLE products (id INTEGER PRIMARY KEY, name TEXT, price INTEGER); INSERT INTO products (name, price) VALUES ('Apple juice', 2), ('Banana juice', 3), ('Lemon cake', 5);");
  const notes: Doc[] = [{ owner: 'ann@shop.test', code: 'n-1', text: 'ship monday' }, { owner: 'admin@shop.test', code: 'n-2', text: 'internal' }];
  const server = jsonServer((req, res, raw, out) => {
    const url = new URL(req.url ?? '/', 'http://x');
    try {
      const b = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
      if (url.pathname === '/api/login' && req.method === 'POST') {
        const row = flawed
          ? db.prepare(`SELECT id, email FROM users WHERE email = '${String(b.email)}' AND password = '${String(b.password)}'`).get()
          : db.prepare('SELECT id, email FROM users WHERE email = ? AND password = ?').get(String(b.email), String(b.password));
        return row ? out(200, { token: `tok-${(row as { id: number }).id}-${'x'.repeat(20)}` }) : out(401, { error: 'invalid email or password' });
      }
      if (url.pathname === '/api/products/search' && req.method === 'GET') {
        const q = url.searchParams.get('q') ?? '';
        const rows = flawed ? db.prepare(`SELECT id, name, price FROM products WHERE name LIKE '%${q}%'`).all() : db.prepare('SELECT id, name, price FROM products WHERE name LIKE ?').all(`%${q}%`);
        return out(200, { data: rows });
      }
      if (url.pathname === '/api/products' && req.method === 'GET') return out(200, { data: db.prepare('SELECT id, name FROM products').all() });
      const item = /^\/api\/products\/([^/]+)$/.exec(url.pathname);
      if (item && req.method === 'GET') {
        const id = decodeURIComponent(item[1]!);
        const row = flawed ? db.prepare(`SELECT id, name, price FROM products WHERE id = ${id}`).get() : db.prepare('SELECT id, name, price FROM products WHERE id = ?').get(Number(id));
        return row ? out(200, row) : out(404, { error: 'no such product' });
      }
      // Reviews kept in a document store queried with $where: the flawed build evaluates the id as JavaScript,
      // so "sleep(2000)" sleeps (modelled with a timer, capped at 3 s).
      const reviews = /^\/api\/products\/([^/]+)\/reviews$/.exec(url.pathname);
      if (reviews && req.method === 'GET') {
        const sleep = /^sleep\((\d+)\)$/.exec(decodeURIComponent(reviews[1]!));
        const done = () => out(200, { data: [{ product: reviews[1], stars: 5 }] });
        if (flawed && sleep) return void setTimeout(done, Math.min(3000, Number(sleep[1])));
        return done();
      }
      // Order tracking by $where: "this.code === '" + code + "'" (flawed). The JavaScript is modelled, not run: a
      // trailing "' || 'x'=='x" / "' && 'x'=='y" clause is evaluated like MongoDB would.
      const track = /^\/api\/track\/([^/]+)$/.exec(url.pathname);
      if (track && req.method === 'GET') {
        const code = decodeURIComponent(track[1]!);
        const orders = [{ code: 'TRK-1', status: 'shipped' }, { code: 'TRK-2', status: 'packed' }];
        if (!flawed) return out(200, { data: orders.filter((o) => o.code === code) });
        const m = /^(.*)' (\|\||&&) '(\w+)'=='(\w+)$/.exec(code);
        if (!m && code.includes("'")) return out(500, { error: errors ? 'SyntaxError: Unexpected string in $where' : 'internal error' });
        const match = (o: { code: string }) => (m ? (m[2] === '||' ? o.code === m[1] || m[3] === m[4] : o.code === m[1] && m[3] === m[4]) : o.code === code);
        return out(200, { data: orders.filter(match) });
      }
      if (url.pathname === '/api/notes/find' && req.method === 'POST') {
        const filter = flawed ? { code: b.code } : { code: String(b.code ?? '') };
        return out(200, { data: notes.filter((n) => matches(n, filter)).map((n) => ({ code: n.code, text: n.text })) });
      }
      return out(404, { error: 'not found' });
    } catch (err) {
      // The flawed build shows the driver's message (better-sqlite3: 'near "x": syntax error', 'unrecognized token').
      return errors ? out(500, { error: (err as Error).message }) : out(500, { error: 'internal error' });
    }
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}

const OPENAPI = {
  openapi: '3.0.3',
  info: { title: 'shop', version: '1' },
  components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
  security: [{ bearer: [] }],
  paths: {
    '/api/products': { get: { responses: { '200': { description: 'ok' } } } },
    '/api/products/{id}': { get: { parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }], responses: { '200': { description: 'ok' } } } },
    '/api/track/{code}': { get: { security: [], parameters: [{ name: 'code', in: 'path', required: true, schema: { type: 'string', example: 'TRK-9' } }], responses: { '200': { description: 'ok' } } } },
    '/api/products/{id}/reviews': { get: { parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: { '200': { description: 'ok' } } } },
    '/api/login': { post: { security: [], 'x-launchready-flow': 'login', requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { email: { type: 'string' }, password: { type: 'string' } } } } } }, responses: { '200': { description: 'ok' } } } },
    '/api/products/search': { get: { parameters: [{ name: 'q', in: 'query', required: true, schema: { type: 'string', example: 'juice' } }], responses: { '200': { description: 'ok' } } } },
    '/api/notes/find': { post: { requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { code: { type: 'string', example: 'n-1' } } } } } }, responses: { '200': { description: 'ok' } } } },
  },
};

async function run(name: string, flawed: boolean, errors: boolean): Promise<string[]> {
  const url = await start(flawed, errors);
  const spec = join(tmp.dir, `${name}.json`);
  writeFileSync(spec, JSON.stringify(OPENAPI));
  const report = await auditRaw(
    {
      version: 1,
      report: { dir: join(tmp.dir, name) },
      api: {
        baseUrl: url,
        openapi: spec,
        allowWrites: true,
        identities: [{ name: 'ann', email: 'ann@shop.test', password: 'Ann-Pass-2026', login: { path: '/api/login', token: { path: 'token' } } }],
        checks: { disable: apiChecks.map((c) => c.id).filter((id) => id !== 'api/injection') },
      },
    },
    tmp.dir,
  );
  return report.findings.filter((f) => f.checkId === 'api/injection').map((f) => `${f.status}:${f.messageId}:${f.location?.method} ${f.location?.path}`).sort();
}

test('flawed shop with database errors shown: error-based on login, search and an id in the path; NoSQL operator on notes; $where sleep on reviews', async () => {
  assert.deepEqual(await run('flawed-errors', true, true), ['fail:nosqlOperator:POST /api/notes/find', 'fail:sqlError:GET /api/products/search', 'fail:sqlError:GET /api/products/{id}', 'fail:sqlError:POST /api/login', 'fail:sqlTime:GET /api/products/{id}/reviews', 'fail:sqlBoolean:GET /api/track/{code}'].sort());
});

test('flawed shop with generic 500s: boolean-based finds the same SQL injections blind (numeric context in the path)', async () => {
  assert.deepEqual(await run('flawed-blind', true, false), ['fail:nosqlOperator:POST /api/notes/find', 'fail:sqlBoolean:GET /api/products/search', 'fail:sqlBoolean:GET /api/products/{id}', 'fail:sqlBoolean:POST /api/login', 'fail:sqlTime:GET /api/products/{id}/reviews', 'fail:sqlBoolean:GET /api/track/{code}'].sort());
});

test('fixed shop: bound parameters and string coercion, a pass', async () => {
  assert.deepEqual(await run('fixed', false, true), ['pass:clean:undefined undefined']);
});

test('database error signatures per engine', () => {
  assert.equal(dbError('SqliteError: near "juice": syntax error'), 'SQLite');
  assert.equal(dbError('ERROR: unterminated quoted string at or near "\'x"'), 'PostgreSQL');
  assert.equal(dbError("You have an error in your SQL syntax; check the manual that corresponds to your MySQL server version"), 'MySQL/MariaDB');
  assert.equal(dbError("Unclosed quotation mark after the character string 'x'."), 'SQL Server');
  assert.equal(dbError('ORA-01756: quoted string not properly terminated'), 'Oracle');
  assert.equal(dbError('{"error":"No products found"}'), undefined);
});
