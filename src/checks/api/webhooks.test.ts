import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import { apiChecks } from './index.js';
import type { Finding } from '../../core/types.js';
import { auditRaw, jsonServer, tmpDir } from '../../../test/api/helpers.js';

// api/webhook-replay and api/webhook-signature when they cannot judge (issue 20): a receiver that refuses even a
// correctly signed delivery (wrong secret in the config, or a broken receiver) is an error naming the status, never a
// pass; replay tests without the secret are skipped. test/api/ holds the signed, unsigned and replayed deliveries.
const tmp = tmpDir('lr-webhooks-');
const servers: Server[] = [];
after(async () => {
  for (const s of servers) s.closeAllConnections();
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  tmp.cleanup();
});

async function audit(checkId: string, secret: string | undefined): Promise<Finding[]> {
  // refuses every delivery: signed or not
  const server = jsonServer((req, _res, _raw, out) => out(req.url === '/webhooks/stripe' ? 400 : 404, { error: 'No signatures found matching the expected signature for payload' }));
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const report = await auditRaw(
    {
      version: 1,
      report: { dir: `${tmp.dir}/${checkId.replace('/', '-')}-${secret ? 's' : 'n'}` },
      api: { baseUrl: url, routes: [{ method: 'POST', path: '/webhooks/stripe', public: true }], webhooks: [{ path: '/webhooks/stripe', scheme: 'stripe', ...(secret ? { secret } : {}) }], checks: { disable: apiChecks.map((c) => c.id).filter((id) => id !== checkId) } },
    },
    tmp.dir,
  );
  return report.findings.filter((f) => f.checkId === checkId);
}
const rows = (fs: Finding[]) => fs.map((f) => [f.messageId, f.status, f.data?.status ?? null]);

test('api/webhook-replay: the signed control delivery refused → controlRejected (error, with the status); no secret → noSecret (skipped)', async () => {
  assert.deepEqual(rows(await audit('api/webhook-replay', 'whsec_' + 'kit0123456789abcdef')), [['controlRejected', 'error', 400]]);
  assert.deepEqual(rows(await audit('api/webhook-replay', undefined)), [['noSecret', 'skipped', null]]);
});

test('api/webhook-signature: the signed control delivery refused → controlRejected (error); unsigned deliveries are still judged', async () => {
  const fs = await audit('api/webhook-signature', 'whsec_' + 'kit0123456789abcdef');
  assert.deepEqual(fs.filter((f) => f.messageId === 'controlRejected').map((f) => [f.status, f.data?.status]), [['error', 400]]);
  assert.ok(!fs.some((f) => f.status === 'fail'), JSON.stringify(rows(fs)));
});
