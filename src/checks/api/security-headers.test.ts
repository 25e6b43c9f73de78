import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:https';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { apiChecks } from './index.js';
import type { Report } from '../../core/types.js';
import { ROOT } from '../../../test/helpers.js';
import { tmpDir } from '../../../test/api/helpers.js';

// api/security-headers over https (issue 20): HSTS is only judged on an https API, so this table runs a loopback
// https API with a certificate from a test CA, and the CLI in a child process that trusts the CA through
// NODE_EXTRA_CA_CERTS (the api config has no CA setting). One API sends HSTS with the other headers, one does not.
const tmp = tmpDir('lr-sec-headers-');
const servers: Server[] = [];
let caFile = '';
let leaf: { certPem: string; keyPem: string };

before(async () => {
  const pki = (await import(pathToFileURL(join(ROOT, 'examples', 'demo-market', 'edge', 'pki.js')).href)) as {
    makeCa(o?: { cn?: string }): { certPem: string; cert: unknown; key: unknown };
    makeLeaf(ca: unknown, o: { names: string[] }): { certPem: string; keyPem: string };
  };
  const ca = pki.makeCa({ cn: 'launchready api test CA' });
  leaf = pki.makeLeaf(ca, { names: ['127.0.0.1'] });
  caFile = join(tmp.dir, 'ca.pem');
  writeFileSync(caFile, ca.certPem);
});
after(async () => {
  for (const s of servers) s.closeAllConnections();
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  tmp.cleanup();
});

async function audit(hsts: boolean): Promise<string[]> {
  const server = createServer({ cert: leaf.certPem, key: leaf.keyPem }, (req, res) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY' };
    if (hsts) headers['strict-transport-security'] = 'max-age=63072000; includeSubDomains';
    res.writeHead(req.url === '/api/items' ? 200 : 404, headers);
    res.end(JSON.stringify(req.url === '/api/items' ? { data: [{ id: 1 }] } : { error: 'not found' }));
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `https://127.0.0.1:${(server.address() as { port: number }).port}`;
  const config = join(tmp.dir, `hsts-${hsts}.json`);
  writeFileSync(config, JSON.stringify({ version: 1, api: { baseUrl: url, routes: [{ path: '/api/items', public: true }], checks: { disable: apiChecks.map((c) => c.id).filter((id) => id !== 'api/security-headers') } } }));
  // async: the server lives in this process, a sync spawn would block it
  const r = await promisify(execFile)(process.execPath, [join(ROOT, 'bin', 'launchready.js'), 'audit', '--config', config, '--stage', 'api', '--format', 'json'], {
    env: { ...process.env, NODE_EXTRA_CA_CERTS: caFile, NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  }).catch((err: { stdout?: string }) => ({ stdout: err.stdout ?? '' })); // exit 1 (NO-GO) still prints the report
  const report = JSON.parse(r.stdout) as Report;
  return report.findings.filter((f) => f.checkId === 'api/security-headers').map((f) => `${f.messageId}:${f.status}`).sort();
}

test('api/security-headers over https: no Strict-Transport-Security → noHsts (warn); with it → ok (pass)', async () => {
  assert.deepEqual(await audit(false), ['noHsts:warn']);
  assert.deepEqual(await audit(true), ['ok:pass']);
});
