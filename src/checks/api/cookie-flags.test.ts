import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { auditKit, startKit } from '../../../test/api/kit-app.js';
import { tmpDir } from '../../../test/api/helpers.js';

// api/cookie-flags on the session cookie the kit API's login sets, one attribute set per case (issue 20).
const tmp = tmpDir('lr-cookie-flags-');
after(() => tmp.cleanup());

const CASES: { name: string; cookie: (token: string) => string; expect: string[] }[] = [
  { name: 'SameSite=None without Secure: sameSiteNoneInsecure (medium), not plain noSecure', cookie: (t) => `session=${t}; Path=/; HttpOnly; SameSite=None`, expect: ['sameSiteNoneInsecure:fail:medium'] },
  { name: 'no attributes at all over http: noHttpOnly, noSecure (low on http), noSameSite', cookie: (t) => `session=${t}; Path=/`, expect: ['noHttpOnly:fail:medium', 'noSameSite:warn:low', 'noSecure:fail:low'] },
];

for (const c of CASES) {
  test(`api/cookie-flags: ${c.name}`, async () => {
    const kit = await startKit({ loginCookie: c.cookie });
    try {
      const fs = await auditKit(kit, 'api/cookie-flags', tmp.dir);
      assert.deepEqual(fs.map((f) => `${f.messageId}:${f.status}:${f.severity}`).sort(), c.expect);
    } finally {
      await kit.close();
    }
  });
}
