import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { auditKit, startKit } from '../../../test/api/kit-app.js';
import { tmpDir } from '../../../test/api/helpers.js';

// api/exposed-debug on a path the team names in api.debugPaths (issue 20): whatever it serves to a guest is reported
// as `configured` (medium); an empty answer or a 404 is not. test/api/ holds the built-in probes (.env, actuator, ...).
const tmp = tmpDir('lr-debug-');
after(() => tmp.cleanup());

for (const [name, body, expect] of [
  ['serves its status page', { uptime: 1234, build: 'a1b2c3' }, [['configured', 'fail', 'medium']]],
  ['answers 404', undefined, [['clean', 'pass', 'high']]],
] as const) {
  test(`api/exposed-debug: the configured /ops/status ${name}`, async () => {
    const kit = await startKit({ extra: (req, _raw, out) => (req.url === '/ops/status' && body ? (out(200, body), true) : false) });
    try {
      const fs = await auditKit(kit, 'api/exposed-debug', tmp.dir, { debugPaths: ['/ops/status'] });
      assert.deepEqual(fs.map((f) => [f.messageId, f.status, f.severity]), expect);
    } finally {
      await kit.close();
    }
  });
}
