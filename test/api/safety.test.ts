import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import type { HttpExchange } from '../../src/probes/http.js';
import { loadConfig } from '../../src/probes/config-file.js';
import { runAudit } from '../../src/audit/run.js';
import { testIo } from '../helpers.js';
import { auditRaw, DEMO_DIR, ids, startDemo, tmpDir, type DemoServer } from './helpers.js';
import { startTricky, TRICKY_OPENAPI, trickyConfig } from './tricky-app.js';

// Safety: writes only with allowWrites, never more than the budget, only allowlisted hosts, bad config → exit 2.

let demo: DemoServer;
const tmp = tmpDir();
before(async () => {
  demo = await startDemo(false);
});
after(async () => {
  await demo?.close();
  tmp.cleanup();
});

test('allowWrites false: no state-changing request reaches the flawed demo, and the write checks say they skipped', async () => {
  const loaded = await loadConfig(join(DEMO_DIR, 'launchready.yml'), { env: { DEMO_URL: demo.url } });
  const exchanges: HttpExchange[] = [];
  const config = { ...loaded.config, report: { dir: join(tmp.dir, 'ro') }, api: { ...loaded.config.api!, allowWrites: false, checks: { disable: ['perf/latency-p95'] } } };
  const report = await runAudit({ config, configDir: loaded.dir, stages: ['api'], onExchange: (x) => exchanges.push(x) });
  const writes = exchanges.filter((x) => !['GET', 'HEAD', 'OPTIONS'].includes(x.request.method));
  const path = (x: HttpExchange) => new URL(x.request.url).pathname;
  // the only non-GET requests: logins, flows that do not change data, webhooks (harmless test events), and bodies that never parse
  const allowedPaths = new Set(['/api/auth/login', '/api/auth/reset-request', '/api/webhooks/payment']);
  const unexpected = writes.filter((x) => !allowedPaths.has(path(x)) && !String(x.request.bodyPreview ?? '').startsWith('{"launchready": "unterminated') && !String(x.request.bodyPreview ?? '').startsWith('{"launchready":"aaaa'));
  assert.deepEqual(unexpected.map((x) => `${x.request.method} ${path(x)} ${String(x.request.bodyPreview).slice(0, 40)}`), []);
  assert.ok(writes.length > 0 && !writes.some((x) => /refund|invites|signup|webhook-test/.test(path(x)) && !String(x.request.bodyPreview).startsWith('{"launchready')));
  const skipped = ids(report, ['skipped']);
  for (const s of ['api/mass-assignment:writesSkipped', 'api/reset-token:writesSkipped', 'api/bfla:writesSkipped', 'api/ssrf:writesSkipped', 'api/rate-limit:writesSkipped']) assert.ok(skipped.includes(s), `${s} in ${skipped.join(', ')}`);
  // reads still find the read flaws
  for (const f of ['api/bola:crossTenant', 'api/jwt-alg-none:accepted', 'api/cors:reflectedWithCredentials']) assert.ok(ids(report).includes(f), f);
});

test('budget: a small api.budget is never exceeded and checks that ran out say so (status error)', async () => {
  const app = await startTricky();
  try {
    const spec = join(tmp.dir, 'openapi.json');
    writeFileSync(spec, JSON.stringify(TRICKY_OPENAPI));
    const raw = trickyConfig(app.url, spec, join(tmp.dir, 'b'), { budget: 25 });
    const report = await auditRaw(raw, tmp.dir);
    assert.ok((report.requests ?? 0) <= 25, `used ${report.requests}`);
    assert.ok(report.findings.some((f) => f.status === 'error' && /budget/.test(f.message)), 'a budget error is reported');
    assert.equal(report.findings.filter((f) => f.status === 'fail').length, 0, 'running out is never a finding');
  } finally {
    await app.close();
  }
});

test('allowlist: a login on a host the config does not name is refused and reported, never contacted', async () => {
  const app = await startTricky();
  try {
    const spec = join(tmp.dir, 'openapi2.json');
    writeFileSync(spec, JSON.stringify(TRICKY_OPENAPI));
    const raw = trickyConfig(app.url, spec, join(tmp.dir, 'a'), { checks: { disable: ['perf/latency-p95', 'api/rate-limit'] } });
    const api = raw.api as { identities: { login: { path: string } }[] };
    api.identities[0]!.login.path = app.url.replace('127.0.0.1', 'localhost') + '/auth/login';
    const exchanges: HttpExchange[] = [];
    const report = await auditRaw(raw, tmp.dir, exchanges);
    assert.ok(!exchanges.some((x) => x.request.url.includes('localhost')));
    const f = report.findings.find((x) => x.checkId === 'api/identities' && x.status === 'error');
    assert.match(f?.message ?? '', /refused|not named/);
  } finally {
    await app.close();
  }
});

test('CLI: api --help documents flags and exit codes; a bad api section exits 2 naming every field', async () => {
  const help = testIo();
  assert.equal(await main(['api', '--help'], help), 0);
  assert.match(help.out.text, /--config/);
  assert.match(help.out.text, /--connect-to/);
  assert.match(help.out.text, /Exit codes/);
  const bad = join(tmp.dir, 'bad.yml');
  writeFileSync(bad, 'version: 1\napi:\n  baseUrl: nope\n  identities:\n    - { name: a, login: { path: /l, token: { from: xml } } }\n    - { name: a }\n  allowWrites: maybe\n');
  const io = testIo();
  assert.equal(await main(['api', '--config', bad], io), 2);
  for (const field of ['api.baseUrl', 'api.identities[0].login.token.from', 'api.identities[1].name', 'api.allowWrites']) assert.match(io.err.text, new RegExp(field.replace(/[[\].]/g, '\\$&')));
  const missing = testIo();
  assert.equal(await main(['api', '--config', join(tmp.dir, 'nope.yml')], missing), 2);
  const noOpenapi = join(tmp.dir, 'noapi.yml');
  writeFileSync(noOpenapi, `version: 1\napi:\n  baseUrl: ${demo.url}\n  openapi: ./missing-openapi.yaml\n`);
  const io3 = testIo();
  assert.equal(await main(['api', '--config', noOpenapi], io3), 2);
  assert.match(io3.err.text, /missing-openapi\.yaml/);
});
