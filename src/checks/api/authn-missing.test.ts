import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { auditKit, startKit } from '../../../test/api/kit-app.js';
import { tmpDir } from '../../../test/api/helpers.js';

// api/authn-missing on a write route (api.allowWrites on) of the kit API (issue 20): POST /api/notes creates a note
// for a guest (flawed) or asks for a login (fixed). test/api/ holds the read routes of the demo apps.
const tmp = tmpDir('lr-authn-');
after(() => tmp.cleanup());

for (const flawed of [true, false]) {
  test(`api/authn-missing: POST /api/notes ${flawed ? 'accepts a guest → unauthenticatedWrite' : 'asks for a login → denied'}`, async () => {
    const kit = await startKit({
      extra: (req, _raw, out) => {
        if (req.url !== '/api/notes' || req.method !== 'POST') return false;
        if (flawed || req.headers.authorization) out(201, { id: 'note_1', text: 'x' });
        else out(401, { error: 'login required' });
        return true;
      },
    });
    try {
      const fs = await auditKit(kit, 'api/authn-missing', tmp.dir, { allowWrites: true, routes: [{ path: '/api/me' }, { method: 'POST', path: '/api/notes' }] });
      assert.deepEqual(fs.map((f) => [f.messageId, f.status, f.severity]), flawed ? [['unauthenticatedWrite', 'fail', 'high']] : [['denied', 'pass', 'high']]);
    } finally {
      await kit.close();
    }
  });
}
