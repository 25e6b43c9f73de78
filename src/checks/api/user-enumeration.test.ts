import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { auditKit, startKit } from '../../../test/api/kit-app.js';
import { tmpDir } from '../../../test/api/helpers.js';

// api/user-enumeration on the kit API's login when it cannot compare answers (issue 20): a login that throttles
// failed attempts at once answers 429 to both the existing and the unknown address, so nothing is judged (skipped,
// not a pass). test/api/ holds the flawed and fixed login, reset, sign-up and lookup routes.
const tmp = tmpDir('lr-enum-');
after(() => tmp.cleanup());

test('api/user-enumeration: a throttled login → throttled (skipped), no verdict', async () => {
  const kit = await startKit({ refusedLogin: 429 });
  try {
    const fs = await auditKit(kit, 'api/user-enumeration', tmp.dir, { routes: [{ path: '/api/me' }, { method: 'POST', path: '/api/login', public: true }] });
    assert.deepEqual(fs.map((f) => [f.messageId, f.status, f.data?.kind]), [['throttled', 'skipped', 'login']]);
  } finally {
    await kit.close();
  }
});
