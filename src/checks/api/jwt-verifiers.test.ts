import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { auditKit, startKit, type KitOptions } from '../../../test/api/kit-app.js';
import { tmpDir } from '../../../test/api/helpers.js';

// The JWT checks against one signed-in route and four ways of checking its token (issue 20): strict (signature,
// alg, iss, aud), none (decode only), lax (refuses alg none and empty signatures, never checks the signature) and
// crash (500 to every token it cannot verify). The key named in api.jwt is the app's, or a wrong one. Table by
// message id, per check; test/api/jwt-family.test.ts holds the RS256/HS256 apps with the remaining flaws.
const tmp = tmpDir('lr-jwt-verifiers-');
after(() => tmp.cleanup());

const SECRET = 'kit-secret-' + '0123456789-abcdefghij';
const WRONG = 'wrong-secret-' + '9876543210-zyxwvuts';
const CHECKS = ['api/jwt-alg-none', 'api/jwt-signature', 'api/jwt-expired', 'api/jwt-claims'] as const;

const CASES: { verify: KitOptions['verify']; key: string; expect: Record<(typeof CHECKS)[number], string[]> }[] = [
  {
    verify: 'strict',
    key: SECRET,
    expect: { 'api/jwt-alg-none': ['rejected:pass'], 'api/jwt-signature': ['verified:pass'], 'api/jwt-expired': ['rejected:pass'], 'api/jwt-claims': ['enforced:pass'] },
  },
  {
    // the configured key is not the app's: forged tokens prove nothing, so expiry is not judged (error, not pass)
    verify: 'strict',
    key: WRONG,
    expect: { 'api/jwt-alg-none': ['rejected:pass'], 'api/jwt-signature': ['verified:pass'], 'api/jwt-expired': ['keyRejected:error'], 'api/jwt-claims': ['keyRejected:error'] },
  },
  {
    verify: 'none',
    key: SECRET,
    expect: { 'api/jwt-alg-none': ['accepted:fail'], 'api/jwt-signature': ['stripped:fail'], 'api/jwt-expired': ['noVerifier:skipped'], 'api/jwt-claims': ['noVerifier:skipped'] },
  },
  {
    // alg none is refused, yet a token whose claims changed after signing is accepted
    verify: 'lax',
    key: SECRET,
    expect: { 'api/jwt-alg-none': ['rejected:pass'], 'api/jwt-signature': ['tampered:fail'], 'api/jwt-expired': ['noVerifier:skipped'], 'api/jwt-claims': ['noVerifier:skipped'] },
  },
  {
    // a route that answers 500 to whatever it cannot verify tells nothing: every check is unjudged (error)
    verify: 'crash',
    key: SECRET,
    expect: { 'api/jwt-alg-none': ['unjudged:error'], 'api/jwt-signature': ['unjudged:error'], 'api/jwt-expired': ['unjudged:error'], 'api/jwt-claims': ['unjudged:error'] },
  },
];

for (const c of CASES) {
  test(`JWT checks: ${c.verify} verifier, ${c.key === SECRET ? "the app's key" : 'a wrong key'} in api.jwt.secret`, async () => {
    const kit = await startKit({ verify: c.verify, secret: SECRET, claims: { iss: 'https://kit.test', aud: 'kit-api' } });
    try {
      for (const id of CHECKS) {
        const fs = await auditKit(kit, id, tmp.dir, { jwt: { secret: c.key } });
        assert.deepEqual(fs.map((f) => `${f.messageId}:${f.status}`), c.expect[id], id);
      }
    } finally {
      await kit.close();
    }
  });
}

// api/jwt-alg-confusion needs RS256 tokens and the API's public key: served at /.well-known/jwks.json or not at all.
const CONFUSION: { name: string; opts: KitOptions; expect: string[] }[] = [
  { name: 'strict RS256 verifier, key published', opts: { rs: { jwks: true } }, expect: ['rejected:pass'] },
  { name: 'no public key anywhere', opts: { rs: { jwks: false } }, expect: ['noPublicKey:skipped'] },
  { name: 'key published, the route never verifies signatures', opts: { rs: { jwks: true }, verify: 'none' }, expect: ['noVerifier:skipped'] },
  { name: 'key published, the route answers 500 to what it cannot verify', opts: { rs: { jwks: true }, verify: 'crash' }, expect: ['unjudged:error'] },
  { name: 'HS256 tokens', opts: {}, expect: ['notAsymmetric:pass'] },
];
for (const c of CONFUSION) {
  test(`api/jwt-alg-confusion: ${c.name}`, async () => {
    const kit = await startKit(c.opts);
    try {
      const fs = await auditKit(kit, 'api/jwt-alg-confusion', tmp.dir);
      assert.deepEqual(fs.map((f) => `${f.messageId}:${f.status}`), c.expect);
    } finally {
      await kit.close();
    }
  });
}

test('api/jwt-claims: tokens with neither iss nor aud (and none configured) leave iss/aud untested, said as n/a', async () => {
  const kit = await startKit({ verify: 'strict', secret: SECRET, claims: {} });
  try {
    const fs = await auditKit(kit, 'api/jwt-claims', tmp.dir, { jwt: { secret: SECRET } });
    assert.deepEqual(fs.map((f) => `${f.messageId}:${f.status}`), ['noClaims:skipped']);
  } finally {
    await kit.close();
  }
});
