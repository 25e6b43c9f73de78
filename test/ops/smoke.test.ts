import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { detectEdgeBlock } from '../../src/core/flow.js';
import type { Report } from '../../src/core/types.js';
import { testIo } from '../helpers.js';
import { canaryConfig, startCanaryApp, type Variant } from './canary-app.js';

const dir = mkdtempSync(join(tmpdir(), 'lr-smoke-'));
after(() => rmSync(dir, { recursive: true, force: true }));

async function smoke(variant: Variant, extra: string[] = []): Promise<{ code: number; report: Report; notes: number; stdout: string }> {
  const app = await startCanaryApp(variant);
  try {
    const file = join(dir, `smoke-${variant}.yml`);
    writeFileSync(file, canaryConfig(app.url));
    const io = testIo();
    const code = await main(['smoke', '--config', file, '--format', 'json', '--no-progress', ...extra], io);
    return { code, report: JSON.parse(io.out.text) as Report, notes: app.notes.size, stdout: io.out.text };
  } finally {
    await app.close();
  }
}

const byMsg = (r: Report, checkId: string) => r.findings.filter((f) => f.checkId === checkId).map((f) => `${String(f.data?.flow)}:${f.messageId}`).sort();

test('healthy deploy: every flow passes, the write is undone, exit 0 (go), with timings', async () => {
  const { code, report, notes, stdout } = await smoke('ok');
  assert.equal(code, 0);
  assert.deepEqual(byMsg(report, 'ops/smoke-flow'), ['home:passed', 'password-reset:passed', 'private-read:passed', 'sign-in:passed', 'write:passed']);
  assert.equal(notes, 0, 'the canary write was undone');
  const t = report.sections?.smokeTimings as { rows: unknown[][] };
  assert.ok(t.rows.some((r) => r[1] === 'undo: undo 1'));
  assert.ok(!stdout.includes('a1b2c3d4e5f6a7b8c9d0'), 'session token masked');
  assert.ok(!stdout.includes('canary-Pass-1'), 'password masked');
});

test('broken deploy: sign-in fails, exit 1 (roll back)', async () => {
  const { code, report } = await smoke('broken');
  assert.equal(code, 1);
  const failed = report.findings.filter((f) => f.checkId === 'ops/smoke-flow' && f.status === 'fail');
  assert.deepEqual(failed.map((f) => `${String(f.data?.flow)}:${f.messageId}:${f.severity}`).sort(), ['private-read:failed:critical', 'sign-in:failed:critical', 'write:failed:critical']);
  assert.match(String(failed[0]!.data?.reason), /status 500/);
});

test('edge challenge on the API flows: reported by ops/smoke-waf, exit 1', async () => {
  const { code, report } = await smoke('waf');
  assert.equal(code, 1);
  const waf = report.findings.filter((f) => f.checkId === 'ops/smoke-waf' && f.status === 'fail');
  assert.ok(waf.length >= 3);
  assert.equal(waf[0]!.messageId, 'challenge');
  assert.equal(waf[0]!.data?.vendor, 'Cloudflare');
  assert.ok(byMsg(report, 'ops/smoke-flow').includes('home:passed'));
});

test('a write that cannot be undone fails the flow', async () => {
  const { code, report, notes } = await smoke('undo-broken');
  assert.equal(code, 1);
  assert.ok(byMsg(report, 'ops/smoke-flow').includes('write:undo-failed'));
  assert.equal(notes, 1);
});

test('no smoke section or no config: exit 2 naming it', async () => {
  const file = join(dir, 'empty.yml');
  writeFileSync(file, 'version: 1\n');
  const io = testIo();
  assert.equal(await main(['smoke', '--config', file], io), 2);
  assert.match(io.err.text, /smoke/);
  const io2 = testIo();
  assert.equal(await main(['smoke'], io2), 2);
  assert.match(io2.err.text, /--config/);
});

test('edge signatures: challenge, block, captcha, rate limit, and a normal 403 is not a WAF', () => {
  const r = (status: number, headers: Record<string, string>, body = '') => detectEdgeBlock({ status, headers, body });
  assert.equal(r(403, { 'cf-mitigated': 'challenge' })?.kind, 'challenge');
  assert.equal(r(403, { 'x-amzn-waf-action': 'block' })?.vendor, 'AWS WAF');
  assert.equal(r(403, { server: 'AkamaiGHost' }, 'Access Denied Reference #18.2d351ab8.1700000000.abc')?.vendor, 'Akamai');
  assert.equal(r(403, {}, '<html>Incapsula incident ID: 123</html>')?.vendor, 'Imperva Incapsula');
  assert.equal(r(403, { 'content-type': 'text/html' }, 'The requested URL was rejected. Please consult with your administrator.')?.vendor, 'F5 BIG-IP ASM');
  assert.equal(r(429, { server: 'cloudflare' })?.kind, 'rate-limit');
  assert.equal(r(200, { 'content-type': 'text/html' }, '<div class="g-recaptcha"></div>'), null, 'a captcha widget on a normal page is app design');
  assert.equal(detectEdgeBlock({ status: 200, headers: { 'content-type': 'text/html' }, body: '<div class="cf-turnstile"></div>' }, true)?.kind, 'captcha');
  assert.equal(r(403, { 'content-type': 'application/json' }, '{"error":"forbidden"}'), null);
  assert.equal(r(401, {}, 'login required'), null);
});

test('a step URL outside the allowlist is refused before anything runs (exit 2)', async () => {
  const app = await startCanaryApp('ok');
  try {
    const file = join(dir, 'smoke-refused.yml');
    writeFileSync(file, canaryConfig(app.url).replace('steps: [{ path: /, bodyContains: [Demo shop] }]', 'steps: [{ path: "http://evil.invalid/x" }]'));
    const io = testIo();
    assert.equal(await main(['smoke', '--config', file], io), 2);
    assert.match(io.err.text, /evil\.invalid/);
  } finally {
    await app.close();
  }
});
