import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { auditRaw, tmpDir } from './helpers.js';

// api/security-headers needs one 2xx answer to read headers from; without one it says it could not look (error),
// never a pass and never silence (a check that reports nothing is an error too, but without the reason).
test('api/security-headers: no 2xx answer anywhere → no-sample (error), naming the base URL', async () => {
  const server = createServer((req, res) => {
    if (req.url === '/openapi.json') {
      res.writeHead(200, { 'content-type': 'application/json' });
      return void res.end(JSON.stringify({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths: { '/items': { get: { security: [], responses: { '200': { description: 'ok' } } } } } }));
    }
    res.writeHead(503, { 'content-type': 'text/plain' }).end('maintenance');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const tmp = tmpDir();
  try {
    const report = await auditRaw({ version: 1, report: { dir: tmp.dir }, api: { baseUrl: url, openapi: `${url}/openapi.json` } }, tmp.dir);
    const got = report.findings.filter((f) => f.checkId === 'api/security-headers');
    assert.deepEqual(got.map((f) => [f.messageId, f.status]), [['no-sample', 'error']]);
    assert.equal(got[0]!.location?.url, url);
    assert.equal(report.decision, 'NO-GO');
  } finally {
    server.close();
    tmp.cleanup();
  }
});
