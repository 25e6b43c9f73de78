import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runChecks } from '../../core/runner.js';
import check from './bundle-secrets.js';
import type { ApiProbes } from './lib/types.js';

// api/bundle-secrets without its secret scanner (the stage could not load the secrets engine) is an error naming the
// reason before any request, never "no secrets" (issue 20). test/api/ holds served bundles with and without keys.
test('api/bundle-secrets: no scanner → scannerUnavailable (error) with the reason, and no request sent', async () => {
  let sent = 0;
  const probes = {
    model: { config: { baseUrl: 'http://127.0.0.1:9/' }, baseUrl: new URL('http://127.0.0.1:9/') },
    client: { send: async () => (sent++, Promise.reject(new Error('no request expected'))) },
    scannerError: 'the secrets engine worker did not start',
  } as unknown as ApiProbes;
  const r = await runChecks([{ check, target: {}, probes }]);
  assert.deepEqual(r.findings.map((f) => [f.messageId, f.status, f.data?.reason]), [['scannerUnavailable', 'error', 'the secrets engine worker did not start']]);
  assert.equal(sent, 0);
});
