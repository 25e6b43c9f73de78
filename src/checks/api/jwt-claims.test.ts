import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { auditKit, startKit } from '../../../test/api/kit-app.js';
import { tmpDir } from '../../../test/api/helpers.js';

// api/jwt-claims on the kit API's HS256 tokens (strict verifier): the lifetime the login hands out (issue 20).
// test/api/jwt-family.test.ts covers the verifier flaws (audience, issuer, missing exp).
const tmp = tmpDir('lr-jwt-claims-');
after(() => tmp.cleanup());

for (const [hours, expect] of [[48, ['longLived:warn:low']], [0.25, []]] as const) {
  test(`api/jwt-claims: a token valid for ${hours} h`, async () => {
    const kit = await startKit({ ttl: hours * 3600 });
    try {
      const fs = await auditKit(kit, 'api/jwt-claims', tmp.dir);
      const bad = fs.filter((f) => f.status === 'fail' || f.status === 'warn');
      assert.deepEqual(bad.map((f) => `${f.messageId}:${f.status}:${f.severity}`), expect, JSON.stringify(fs.map((f) => [f.messageId, f.status])));
      if (hours === 48) assert.equal(bad[0]!.data?.hours, 48);
    } finally {
      await kit.close();
    }
  });
}
