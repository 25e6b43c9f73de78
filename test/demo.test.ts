import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { main } from '../src/cli/main.js';
import type { Report } from '../src/core/types.js';
import { ROOT, testIo } from './helpers.js';
import { reportValidator } from './contract.js';

// The foundation's "must show": the demo audit is NO-GO (exit 1) when flawed, GO (exit 0) when fixed, and its JSON
// validates against the contract.

interface Demo {
  env: Record<string, string>;
  close(): Promise<void>;
}
const load = async () =>
  (await import(pathToFileURL(join(ROOT, 'examples', 'demo-market', 'index.js')).href)) as { startDemo(o: { fixed: boolean; port: number }): Promise<Demo> };

let flawed: Demo;
let fixed: Demo;
// Timeouts turn a hang (a server that never starts or never closes, a probe that never settles) into a failure
// that names the hook or test, instead of a test file that never exits.
const T = { timeout: 120_000 };
before(async () => {
  const m = await load();
  flawed = await m.startDemo({ fixed: false, port: 0 });
  fixed = await m.startDemo({ fixed: true, port: 0 });
}, { timeout: 60_000 });
after(async () => {
  await flawed?.close();
  await fixed?.close();
}, { timeout: 30_000 });

async function audit(demo: Demo, config: string): Promise<{ code: number; report: Report; stderr: string }> {
  const io = testIo(demo.env);
  const code = await main(['audit', '--config', join(ROOT, 'examples', 'demo-market', config), '--format', 'json'], io);
  assert.equal(io.err.text.includes('unexpected error'), false, io.err.text);
  return { code, report: code === 2 ? (undefined as unknown as Report) : (JSON.parse(io.out.text) as Report), stderr: io.err.text };
}

test('flawed demo: NO-GO, exit 1, contract-valid JSON with findings in every configured stage', T, async () => {
  const { code, report, stderr } = await audit(flawed, 'launchready.yml');
  assert.equal(code, 1, stderr);
  assert.equal(report.decision, 'NO-GO');
  assert.deepEqual(reportValidator()(report), []);
  const failing = report.findings.filter((f) => f.status === 'fail' || f.status === 'warn');
  const areas = new Set(failing.map((f) => f.checkId.split('/')[0]));
  for (const area of ['secrets', 'api']) assert.ok(areas.has(area), `expected ${area} findings, got ${[...areas].join(', ')}`);
  assert.ok(report.summary.critical + report.summary.high > 0);
});

test('fixed twin: GO, exit 0, no medium-or-higher finding, nothing that could not run', T, async () => {
  const { code, report, stderr } = await audit(fixed, 'launchready.fixed.yml');
  const bad = report?.findings.filter((f) => (f.status === 'fail' || f.status === 'warn') && ['critical', 'high', 'medium'].includes(f.severity)) ?? [];
  assert.deepEqual(bad.map((f) => `${f.checkId} ${f.message}`), []);
  assert.equal(code, 0, stderr);
  assert.equal(report.decision, 'GO');
  assert.deepEqual(reportValidator()(report), []);
  assert.deepEqual(report.findings.filter((f) => f.status === 'error').map((f) => `${f.checkId}: ${f.message}`), []);
});

async function monitorOnce(demo: Demo): Promise<{ code: number; out: string; err: string }> {
  const data = await mkdtemp(join(tmpdir(), 'lr-demo-monitor-'));
  try {
    const io = testIo(demo.env);
    const code = await main(['monitor', '--config', join(ROOT, 'examples', 'demo-market', 'monitor.yml'), '--once', '--data', data], io);
    return { code, out: io.out.text, err: io.err.text };
  } finally {
    await rm(data, { recursive: true, force: true });
  }
}

test('demo monitor config: flawed twin is down on the expired app certificate and the tenant-isolation regression (exit 1)', T, async () => {
  const { code, out, err } = await monitorOnce(flawed);
  assert.equal(code, 1, out + err);
  assert.match(out, /^DOWN cert-app .*CERT_HAS_EXPIRED/m);
  assert.match(out, /^DOWN tenant-isolation .*api\/bola/m);
  for (const id of ['health', 'home', 'login-then-orders', 'cert-apex', 'zone']) assert.match(out, new RegExp(`^UP   ${id} `, 'm'), out);
});

test('demo monitor config: every monitor up on the fixed twin (exit 0)', T, async () => {
  const { code, out, err } = await monitorOnce(fixed);
  assert.equal(code, 0, out + err);
  assert.match(out, /7 up, 0 down/);
});

test('monitor.ca naming a missing file: exit 2 naming the field and the file', T, async () => {
  const io = testIo({ ...fixed.env, DEMO_CA_FILE: '/nonexistent/demo-ca.pem' });
  const data = join(await mkdtemp(join(tmpdir(), 'lr-ca-')), 'store');
  const code = await main(['monitor', '--config', join(ROOT, 'examples', 'demo-market', 'monitor.yml'), '--once', '--data', data], io);
  assert.equal(code, 2);
  assert.equal(existsSync(data), false, 'nothing written before the config was found usable');
  assert.match(io.err.text, /monitor\.ca: cannot read the CA file \/nonexistent\/demo-ca\.pem/);
  assert.equal(io.err.text.includes('unexpected error'), false);
});

test('edge.ca naming a missing file: audit exits 2 naming the field and the file', T, async () => {
  const io = testIo({ ...fixed.env, DEMO_CA_FILE: '/nonexistent/demo-ca.pem' });
  const code = await main(['audit', '--config', join(ROOT, 'examples', 'demo-market', 'launchready.fixed.yml'), '--stage', 'edge', '--format', 'json'], io);
  assert.equal(code, 2);
  assert.match(io.err.text, /edge\.ca: cannot read the CA file \/nonexistent\/demo-ca\.pem/);
  assert.equal(io.out.text, '', 'no half report on stdout');
});
