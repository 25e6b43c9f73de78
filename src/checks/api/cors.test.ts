import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { auditKit, startKit, type KitOptions } from '../../../test/api/kit-app.js';
import { tmpDir } from '../../../test/api/helpers.js';

// api/cors against the signed-in kit API, one CORS policy per case (issue 20). Table by message id.
const tmp = tmpDir('lr-cors-');
after(() => tmp.cleanup());

const CASES: { name: string; headers: KitOptions['meHeaders']; expect: [string, string, string][] }[] = [
  { name: 'echoes any Origin with credentials', headers: (req) => ({ 'access-control-allow-origin': String(req.headers.origin ?? ''), 'access-control-allow-credentials': 'true' }), expect: [['reflectedWithCredentials', 'fail', 'high']] },
  { name: 'wildcard with credentials', headers: () => ({ 'access-control-allow-origin': '*', 'access-control-allow-credentials': 'true' }), expect: [['wildcardWithCredentials', 'fail', 'low']] },
  { name: 'echoes any Origin without credentials', headers: (req) => ({ 'access-control-allow-origin': String(req.headers.origin ?? '') }), expect: [['reflected', 'warn', 'low']] },
  { name: 'an exact allowlist', headers: (req) => (req.headers.origin === 'https://app.example.com' ? { 'access-control-allow-origin': 'https://app.example.com', 'access-control-allow-credentials': 'true' } : ({} as Record<string, string>)), expect: [['strict', 'pass', 'high']] },
];

for (const c of CASES) {
  test(`api/cors: ${c.name}`, async () => {
    const kit = await startKit({ meHeaders: c.headers });
    try {
      const fs = await auditKit(kit, 'api/cors', tmp.dir);
      assert.deepEqual(fs.map((f) => [f.messageId, f.status, f.severity]), c.expect);
    } finally {
      await kit.close();
    }
  });
}
