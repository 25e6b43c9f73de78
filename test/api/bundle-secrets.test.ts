import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { apiChecks } from '../../src/checks/api/index.js';
import { auditRaw, tmpDir } from './helpers.js';

// api/bundle-secrets must not pass on scripts it could not read (issue 20: a failed home page request reported
// "0 served scripts ... contain no secrets").

const tmp = tmpDir('lr-bundles-');
const servers: Server[] = [];
after(async () => {
  for (const s of servers) s.closeAllConnections();
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  tmp.cleanup();
});

async function listen(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}

/** A port nothing listens on (a server opened and closed). */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise((r) => s.close(r));
  return port;
}

async function run(url: string, name: string, extra: Record<string, unknown> = {}): Promise<{ status: string; messageId: string | undefined; data: Record<string, unknown> | undefined }[]> {
  const report = await auditRaw({ version: 1, report: { dir: `${tmp.dir}/${name}` }, api: { baseUrl: url, routes: [{ path: '/api/items', public: true }], ...extra, checks: { disable: apiChecks.map((c) => c.id).filter((id) => id !== 'api/bundle-secrets') } } }, tmp.dir);
  return report.findings.filter((f) => f.checkId === 'api/bundle-secrets').map((f) => ({ status: f.status, messageId: f.messageId, data: f.data as Record<string, unknown> | undefined }));
}

const api = (res: import('node:http').ServerResponse) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ data: [{ id: 1 }] }));
};

test('home page answers 500: error naming it, not a pass on 0 scripts', async () => {
  const url = await listen((req, res) => {
    if (req.url === '/api/items') return api(res);
    res.writeHead(500, { 'content-type': 'text/plain' });
    res.end('upstream down');
  });
  const found = await run(url, 'home500');
  assert.deepEqual(found.map((f) => `${f.status}:${f.messageId}`), ['error:unreachable']);
  assert.match(String(found[0]!.data?.reasons), /\/: HTTP 500/);
});

/** A site whose home page is `home` and whose /app.js is clean. */
function site(home: string): Parameters<typeof listen>[0] {
  return (req, res) => {
    if (req.url === '/api/items') return api(res);
    if (req.url === '/app.js') {
      res.writeHead(200, { 'content-type': 'application/javascript' });
      return res.end('console.log("hello")');
    }
    if (req.url === '/') {
      res.writeHead(200, { 'content-type': 'text/html' });
      return res.end(home);
    }
    res.writeHead(404);
    res.end();
  };
}

test('a script the page loads cannot be fetched (connection refused): error, not clean', async () => {
  const dead = await closedPort();
  const url = await listen(site(`<script src="/app.js"></script><script src="http://127.0.0.1:${dead}/vendor.js"></script>`));
  const found = await run(url, 'refused');
  assert.deepEqual(found.map((f) => `${f.status}:${f.messageId}`), ['error:unreachable']);
  assert.equal(found[0]!.data?.count, 1);
  assert.match(String(found[0]!.data?.reasons), /\/vendor\.js: /);
});

test('every script read and clean: pass with the count', async () => {
  const url = await listen(site('<script src="/app.js"></script>'));
  assert.deepEqual(await run(url, 'clean'), [{ status: 'pass', messageId: 'clean', data: { files: 1 } }]);
});
