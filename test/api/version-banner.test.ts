import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { apiChecks } from '../../src/checks/api/index.js';
import { banners } from '../../src/checks/api/version-banner.js';
import { auditRaw, tmpDir } from './helpers.js';

// api/version-banner: a loopback API that announces nginx and PHP versions, and its fixed twin with a bare Server.

const tmp = tmpDir('lr-banner-');
const servers: Server[] = [];
after(async () => {
  for (const s of servers) s.closeAllConnections();
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  tmp.cleanup();
});

async function run(flawed: boolean): Promise<string[]> {
  const server = createServer((req, res) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', server: flawed ? 'nginx/1.18.0 (Ubuntu)' : 'nginx' };
    if (flawed) headers['x-powered-by'] = 'PHP/7.4.3';
    res.writeHead(req.url === '/api/items' ? 200 : 404, headers);
    res.end(JSON.stringify(req.url === '/api/items' ? { data: [{ id: 1 }] } : { error: 'not found' }));
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const report = await auditRaw({ version: 1, report: { dir: `${tmp.dir}/${flawed}` }, api: { baseUrl: url, routes: [{ path: '/api/items', public: true }], checks: { disable: apiChecks.map((c) => c.id).filter((id) => id !== 'api/version-banner') } } }, tmp.dir);
  return report.findings.filter((f) => f.checkId === 'api/version-banner').map((f) => `${f.status}:${f.messageId}:${f.data?.header ?? ''}=${f.data?.value ?? f.data?.answers}`).sort();
}

test('flawed: one finding per header and value (not one per answer); fixed: pass', async () => {
  assert.deepEqual(await run(true), ['warn:banner:Server=nginx/1.18.0 (Ubuntu)', 'warn:banner:X-Powered-By=PHP/7.4.3']);
  assert.deepEqual(await run(false), ['pass:none:=2']);
});

test('banners(): Server only with a version, X-Powered-By always', () => {
  assert.deepEqual(banners({ server: 'cloudflare' }), []);
  assert.deepEqual(banners({ server: 'Apache/2.4.41', 'x-powered-by': 'Express' }), [{ header: 'server', value: 'Apache/2.4.41' }, { header: 'x-powered-by', value: 'Express' }]);
});
