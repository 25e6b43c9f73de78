import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import type { Report } from '../../src/core/types.js';
import { fakeSecret } from '../../src/checks/secrets/fake.js';
import { testIo } from '../helpers.js';

// The repo stage under --save-evidence / --from-evidence, through the CLI: its input is the user's own files, so a
// replay reads them again (the secrets scan is not plain JSON and is listed as not saved) and reaches the same
// findings; nothing of the scan's secrets lands in the evidence folder.

const dir = mkdtempSync(join(tmpdir(), 'lr-evidence-repo-'));
after(() => rmSync(dir, { recursive: true, force: true }));
// a small app folder with synthetic secrets, written once (both runs read the same files)
const app = join(dir, 'app');
const STRIPE = fakeSecret('stripe-secret-key');
mkdirSync(join(app, 'src'), { recursive: true });
writeFileSync(join(app, 'src', 'pay.ts'), `export const stripe = '${STRIPE}';\n`);
writeFileSync(join(app, '.env'), `AWS_ACCESS_KEY_ID=${fakeSecret('aws-access-key')}\nDATABASE_URL=postgres://app:${fakeSecret('generic-password')}@db.internal:5432/app\n`);
writeFileSync(join(app, 'package.json'), '{"name":"app","version":"1.0.0"}\n');

async function audit(...args: string[]): Promise<{ code: number; report: Report; err: string }> {
  const cfg = join(dir, 'launchready.json');
  writeFileSync(cfg, JSON.stringify({ repo: { path: app } }));
  const io = testIo({}, dir);
  const code = await main(['audit', '--config', cfg, '--format', 'json', '--no-progress', ...args], io);
  return { code, report: JSON.parse(io.out.text || '{}') as Report, err: io.err.text };
}

const outcome = (r: Report) => r.findings.map((f) => `${f.id} ${f.checkId}:${f.messageId} ${f.status}`).sort();

test('repo: save, then replay through the CLI: same findings and exit code; the scan is listed as not saved', async () => {
  const ev = join(dir, 'evidence');
  const live = await audit('--save-evidence', ev);
  assert.equal(live.code, 1, live.err);
  const replayed = await audit('--from-evidence', ev);
  assert.equal(replayed.code, live.code, replayed.err);
  assert.deepEqual(outcome(replayed.report), outcome(live.report));
  const manifest = JSON.parse(readFileSync(join(ev, 'manifest.json'), 'utf8'));
  assert.deepEqual(manifest.notSaved.repo, ['secrets:scan']);
  assert.equal((live.report.sections?.evidence as { savedTo: string }).savedTo, ev);
  assert.ok(live.report.findings.some((f) => f.checkId === 'secrets/stripe-secret-key' && f.status === 'fail'));
  const stored = ['manifest.json', ...readdirSync(join(ev, 'retrievals')).map((f) => `retrievals/${f}`)].map((f) => readFileSync(join(ev, f), 'utf8')).join('\n');
  assert.ok(!stored.includes(STRIPE), 'no whole secret in the evidence');
});
