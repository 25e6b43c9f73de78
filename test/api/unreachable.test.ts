import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { apiChecks } from '../../src/checks/api/index.js';
import { auditRaw, tmpDir } from './helpers.js';

// A probe request that fails (the server drops the connection) is owned by the check: an `unreachable` error
// finding naming it, never the check's pass (issue 20, launchready/no-swallowed-error).

const tmp = tmpDir('lr-unreach-');
const servers: Server[] = [];
after(async () => {
  for (const s of servers) s.closeAllConnections();
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  tmp.cleanup();
});

/** A small API; `drop(url)` decides which requests get their connection destroyed instead of an answer. */
async function app(drop: (url: string) => boolean): Promise<string> {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (drop(req.url ?? '')) return req.socket.destroy();
    const headers = { 'content-type': 'application/json', 'x-content-type-options': 'nosniff', 'content-security-policy': "frame-ancestors 'none'" };
    if (req.url?.startsWith('/api')) {
      res.writeHead(200, headers);
      return res.end(JSON.stringify({ data: [{ id: 1 }] }));
    }
    res.writeHead(404, headers);
    res.end(JSON.stringify({ error: 'not found' }));
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}

async function run(check: string, url: string, name: string, prefix = ''): Promise<string[]> {
  const report = await auditRaw({ version: 1, report: { dir: `${tmp.dir}/${name}` }, api: { baseUrl: `${url}${prefix}`, routes: [{ path: prefix ? '/items' : '/api/items', public: true }], checks: { disable: apiChecks.map((c) => c.id).filter((id) => id !== check) } } }, tmp.dir);
  return report.findings.filter((f) => f.checkId === check).map((f) => `${f.status}:${f.messageId}${f.status === 'error' ? `:${String(f.data?.reasons)}` : ''}`);
}

test('api/exposed-debug: /.env dropped → error naming it; every probe answered → pass', async () => {
  const found = await run('api/exposed-debug', await app((u) => u === '/.env'), 'debug-drop');
  assert.equal(found.length, 1);
  assert.match(found[0]!, /^error:unreachable:.*\/\.env: /);
  assert.deepEqual(await run('api/exposed-debug', await app(() => false), 'debug-ok'), ['pass:clean']);
});

test('api/security-headers: home page dropped → error, not a pass on the API answer alone', async () => {
  // the API lives under /api (the preflight asks there); the host's home page drops the connection
  const found = await run('api/security-headers', await app((u) => u === '/'), 'headers-drop', '/api');
  assert.equal(found.length, 1);
  assert.match(found[0]!, /^error:unreachable:the home page: /);
});
