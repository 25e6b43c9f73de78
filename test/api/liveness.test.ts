import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { apiChecks } from '../../src/checks/api/index.js';
import { auditRaw, ids, tmpDir } from './helpers.js';
import { fragileConfig, LIVENESS_OPENAPI, startFragile } from './liveness-app.js';

// Liveness, "no pass without a probe" and safe discovery, on loopback apps that die or are never there.

const tmp = tmpDir();
after(() => tmp.cleanup());
const spec = join(tmp.dir, 'openapi.json');
writeFileSync(spec, JSON.stringify(LIVENESS_OPENAPI));

async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

test('dead target: every API check runs against a closed port and none reports pass', async () => {
  const port = await closedPort();
  const report = await auditRaw(fragileConfig(`http://127.0.0.1:${port}`, spec, join(tmp.dir, 'dead'), { recoverySeconds: 0, webhooks: [{ path: '/api/hooks', scheme: 'hmac', header: 'x-sig', secret: 'whsec-test-0123456789' }] }), tmp.dir, undefined, { preflight: false });
  // (the CLI's preflight would stop at exit 2 before any check; without it, every check meets the dead target itself)
  const passes = report.findings.filter((f) => f.status === 'pass');
  assert.deepEqual(passes.map((f) => `${f.checkId}:${f.messageId}: ${f.message}`), []);
  // every registered check ran and left something other than a pass
  const ran = new Set(report.findings.map((f) => f.checkId));
  for (const c of apiChecks) assert.ok(ran.has(c.id) || report.checks?.some((x) => x.checkId === c.id), `${c.id} left no trace`);
  assert.ok(report.findings.some((f) => f.status === 'error' && /no pass without a probe|did not run|not sent/.test(f.message)), 'the refusals say why');
  assert.equal(report.findings.filter((f) => f.status === 'fail' && f.severity !== 'info' && f.checkId !== 'api/state-changing-get').length, 0, 'a dead target yields no flaw');
  assert.ok(report.coverage && report.coverage.routes.length >= 4, 'the coverage matrix lists the document routes');
  // nothing was tested by a request (api/state-changing-get judges the document alone)
  const tested = report.coverage!.routes.flatMap((r) => Object.entries(r.checks).filter(([id, st]) => st === 'tested' && id !== 'api/state-changing-get').map(([id]) => `${id} ${r.method} ${r.path}`));
  assert.deepEqual(tested, []);
});

test('one malformed request takes the target down: it is its own finding with curl, the run stops waiting, later checks do not run and nothing passes after it', async () => {
  const app = await startFragile();
  try {
    const report = await auditRaw(fragileConfig(app.url, spec, join(tmp.dir, 'crash'), { recoverySeconds: 1 }), tmp.dir);
    assert.ok(app.crashed >= 1, 'some probe sent the malformed body');
    const crash = report.findings.filter((f) => f.checkId === 'api/availability' && f.messageId === 'crashed');
    assert.equal(crash.length, 1, report.findings.map((f) => `${f.checkId}:${f.messageId}:${f.status}`).join(', '));
    assert.equal(crash[0]!.location?.method, 'POST');
    assert.match(String(crash[0]!.meta?.curl), /^curl .*-X POST .*--data-raw /);
    assert.ok(!/tok-(ann|bob)/.test(JSON.stringify(report)), 'no token in the report');
    assert.ok(ids(report, ['error']).includes('api/availability:down'));
    // phases 2-4 come after the crash: none of them passes, each says it did not run
    for (const id of ['api/mass-assignment', 'api/rate-limit', 'perf/latency-p95']) {
      const mine = report.findings.filter((f) => f.checkId === id);
      assert.ok(!mine.some((f) => f.status === 'pass'), `${id} passed after the crash`);
      assert.ok(mine.some((f) => f.status === 'error' && /did not run/.test(f.message)), `${id}: ${mine.map((f) => f.message).join(' | ')}`);
    }
    // a check with a pass must have had an answered probe before the crash
    for (const f of report.findings.filter((x) => x.status === 'pass')) assert.notEqual(f.checkId, 'api/error-handling', 'the crashing check cannot pass');
  } finally {
    await app.close();
  }
});

test('a target that comes back: the crash is reported with its recovery, and the later phases still run', async () => {
  const app = await startFragile({ restartAfterMs: 300 });
  try {
    const report = await auditRaw(fragileConfig(app.url, spec, join(tmp.dir, 'back'), { recoverySeconds: 10 }), tmp.dir);
    const crash = report.findings.find((f) => f.checkId === 'api/availability' && f.messageId === 'crashed');
    assert.ok(crash, ids(report, ['fail', 'error']).join(', '));
    assert.match(crash.message, /came back/);
    assert.equal(crash.location?.method, 'POST');
    assert.ok(!ids(report, ['error']).includes('api/availability:down'));
    assert.ok(!report.findings.some((f) => f.status === 'error' && /did not run/.test(f.message)), 'nothing was left out');
  } finally {
    await app.close();
  }
});

test('safe discovery: a state-changing GET is reported and never called; the coverage matrix says why', async () => {
  const app = await startFragile();
  try {
    const report = await auditRaw(fragileConfig(app.url, spec, join(tmp.dir, 'safe'), { allowWrites: false }), tmp.dir);
    assert.ok(!app.hits.some((h) => h.includes('purge-cache')), app.hits.filter((h) => h.includes('purge')).join(', '));
    const f = report.findings.find((x) => x.checkId === 'api/state-changing-get' && x.messageId === 'stateChangingGet');
    assert.equal(f?.location?.path, '/api/tools/purge-cache');
    const row = report.coverage?.routes.find((r) => r.path === '/api/tools/purge-cache');
    assert.equal(row?.checks['api/bola'], 'n/a');
    assert.match(row?.reasons?.['api/bola'] ?? '', /state-changing GET/);
    // the matrix has tested cells for the routes the checks did probe
    const notes = report.coverage?.routes.find((r) => r.method === 'GET' && r.path === '/api/notes/{noteId}');
    assert.equal(notes?.checks['api/bola'], 'tested');
  } finally {
    await app.close();
  }
});
