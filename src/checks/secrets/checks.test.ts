import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runChecks } from '../../core/runner.js';
import type { Finding } from '../../core/types.js';
import { SECRET_RULE_CHECKS, type SecretsProbes, type SecretsTarget } from './checks.js';
import pkcs12File from './pkcs12-file.js';
import { randomFrom } from './rule-dsl.js';
import { withChecksum62 } from './validators.js';

// The secrets checks over one in-memory repository (issue 20): how each kind of match becomes a finding — message id,
// status and severity — through the registered checks and the runner, for the kinds rules.test.ts only scans for.
function source(files: Record<string, string>, keystores: { path: string; tracked: boolean }[] = []): SecretsProbes {
  return {
    source: {
      root: '/r',
      files: Object.entries(files).map(([path, text]) => ({ path, size: text.length, tracked: true, shipped: false })),
      read: async (p) => (p in files ? Buffer.from(files[p]!) : null),
      maxFileBytes: 1 << 20,
      keystores,
    },
  };
}
const target: SecretsTarget = { root: '/r', history: false, allowlist: [] };

async function audit(files: Record<string, string>): Promise<Finding[]> {
  // one evidence cache for all rule checks: the repository is scanned once, as in a real run
  const probes = source(files);
  return (await runChecks(SECRET_RULE_CHECKS.map((check) => ({ check, target, probes })), { evidenceCache: new Map() })).findings;
}
// every rule check that found nothing says so with a `clean` pass (a silent check is an error): leave those out
const problems = (fs: Finding[]) => fs.filter((f) => f.messageId !== 'clean');
const rows = (fs: Finding[]) => problems(fs).map((f) => [f.checkId, f.messageId, f.status, f.severity]).sort();

describe('secrets rules: kinds of match → message id, status, severity', () => {
  it('seed: a local account password in seed data is a low warning, not a leaked credential', async () => {
    const pw = `Xq${randomFrom('A-Za-z0-9', 14)}!`;
    assert.deepEqual(rows(await audit({ 'data/static/users.yml': `-\n  email: bender\n  username: bender\n  password: '${pw}'\n` })), [['secrets/generic-password', 'seed', 'warn', 'low']]);
  });
  it('unverified: a GitHub token whose checksum fails is a low warning; the valid one is found', async () => {
    const good = withChecksum62('ghp_', randomFrom('A-Za-z0-9', 30));
    const bad = good.slice(0, -2) + (good.endsWith('00') ? '11' : '00');
    assert.deepEqual(rows(await audit({ 'scripts/a.sh': `GH=${bad}\n` })), [['secrets/github-pat', 'unverified', 'warn', 'low']]);
    const found = await audit({ 'scripts/a.sh': `GH=${good}\n` });
    assert.deepEqual(problems(found).map((f) => [f.checkId, f.messageId, f.status]), [['secrets/github-pat', 'found', 'fail']]);
  });
  it('env-fallback-secret: a literal fallback after an environment read is a high finding', async () => {
    const v = `Qm8${randomFrom('A-Za-z0-9', 16)}`;
    assert.deepEqual(rows(await audit({ 'src/auth.ts': `const s = process.env.JWT_SECRET || '${v}';\n` })), [['secrets/env-fallback-secret', 'found', 'fail', 'high']]);
  });
  it('nothing to report: every rule check answers with its clean pass', async () => {
    const out = await audit({ 'src/a.ts': "const s = process.env.JWT_SECRET || 'dev-secret-change-me';\n" });
    assert.deepEqual(problems(out), []);
    assert.equal(out.length, SECRET_RULE_CHECKS.length);
    assert.ok(out.every((f) => f.status === 'pass' && f.messageId === 'clean'));
  });
});

describe('secrets/pkcs12-file', () => {
  it('a key store next to the code that .gitignore does not exclude: untracked (still a fail)', async () => {
    const r = await runChecks([{ check: pkcs12File, target, probes: source({}, [{ path: 'certs/dev.pfx', tracked: false }]) }]);
    assert.deepEqual(r.findings.map((f) => [f.messageId, f.status, f.data?.kind, f.location?.file]), [['untracked', 'fail', 'pfx', 'certs/dev.pfx']]);
  });
});
