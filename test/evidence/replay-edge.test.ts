import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAudit } from '../../src/audit/run.js';
import { validateConfig } from '../../src/core/config/validate.js';
import type { Config } from '../../src/core/config/schema.js';
import type { Report } from '../../src/core/types.js';
import { loadEvidence } from '../../src/probes/evidence-files.js';
import { VERSION } from '../../src/version.js';
import { startTestBed, type TestBed } from '../testbed/index.js';
import { ROOT } from '../helpers.js';

// Round trip of the edge, tls, dns and email stages: audit the loopback test bed with --save-evidence, stop every
// server of the bed, audit again with --from-evidence: the same findings (ids and statuses), nothing sent.

let bed: TestBed;
let live: Report;
let replayed: Report;
let config: Config;
const dir = mkdtempSync(join(tmpdir(), 'lr-evidence-edge-'));
const evidence = join(dir, 'evidence');

const outcome = (r: Report) => r.findings.map((f) => `${f.id} ${f.checkId}:${f.messageId} ${f.status}`).sort();

before(async () => {
  bed = await startTestBed();
  config = validateConfig(
    {
      edge: {
        hosts: ['bad.test', 'www.bad.test', 'app.bad.test', 'self.bad.test', 'weak.bad.test', 'old.bad.test', 'good.test', 'www.good.test', 'ghost.bad.test', 'blog.bad.test'],
        ca: [bed.caFile],
        privatePaths: ['/account'],
        auth: { header: 'authorization', value: 'Bearer synthetic-session-token-0123456789abcdef' },
      },
      email: { domain: 'bad.test', dkimSelectors: ['sel1'] },
      network: { resolver: bed.resolver, connectTo: bed.connectTo, rate: 1000 },
    },
    'test',
  );
  live = await runAudit({ config, configDir: ROOT, stages: ['edge', 'email'], saveEvidence: evidence });
  await bed.close();
  bed = undefined as unknown as TestBed;
  replayed = await runAudit({ config, configDir: ROOT, stages: ['edge', 'email'], fromEvidence: await loadEvidence(evidence, VERSION) });
});

after(async () => {
  await bed?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('the live audit judged real evidence (fails and passes of edge, tls, dns and email checks)', () => {
  for (const area of ['edge/', 'tls/', 'dns/', 'email/']) assert.ok(live.findings.some((f) => f.checkId.startsWith(area) && f.status === 'fail'), `a ${area} fail`);
  for (const area of ['edge/', 'tls/', 'dns/']) assert.ok(live.findings.some((f) => f.checkId.startsWith(area) && f.status === 'pass'), `a ${area} pass`);
  assert.ok(!live.findings.some((f) => f.status === 'error' && /not in saved evidence/.test(f.message)));
});

test('replay with every server stopped: the same findings, ids and statuses', () => {
  assert.deepEqual(outcome(replayed), outcome(live));
  assert.equal(replayed.decision, live.decision);
  const ev = replayed.sections?.evidence as { recomputed: string[]; replayedFrom: string };
  assert.deepEqual(ev.recomputed, [], 'every retrieval came from the saved evidence');
  assert.equal(ev.replayedFrom, evidence);
});

test('the evidence folder: manifest with version and config hash, one retrievals file per stage, no whole secret', async () => {
  const manifest = JSON.parse(readFileSync(join(evidence, 'manifest.json'), 'utf8'));
  assert.equal(manifest.tool.version, VERSION);
  assert.match(manifest.configHash, /^[0-9a-f]{16}$/);
  assert.deepEqual(Object.keys(manifest.files.retrievals).sort(), ['edge', 'email']);
  const all = [join(evidence, 'manifest.json'), ...readdirSync(join(evidence, 'retrievals')).map((f) => join(evidence, 'retrievals', f)), ...readdirSync(join(evidence, 'exchanges')).map((f) => join(evidence, 'exchanges', f))];
  for (const f of all) assert.ok(!readFileSync(f, 'utf8').includes('synthetic-session-token-0123456789abcdef'), `${f} holds the whole token`);
  const edge = JSON.parse(readFileSync(join(evidence, 'retrievals', 'edge.json'), 'utf8'));
  const tls = edge.retrievals.find((r: { key: string }) => r.key.startsWith('edge:tls-sent:'));
  assert.match(tls.value.certs[0].pem, /-----BEGIN CERTIFICATE-----/);
  assert.ok((await loadEvidence(evidence, VERSION)).exchanges.length > 0);
});

test('bad evidence folders are refused with an error naming the file', async () => {
  await assert.rejects(loadEvidence(join(dir, 'nope'), VERSION), (e: Error & { code?: string }) => e.code === 'E_INPUT' && /nope: no such folder/.test(e.message));
  await assert.rejects(loadEvidence(evidence, '0.0.0-other'), /manifest\.json was saved by launchready .*; this is 0\.0\.0-other/);
  const broken = join(dir, 'broken');
  const { cpSync } = await import('node:fs');
  cpSync(evidence, broken, { recursive: true });
  writeFileSync(join(broken, 'retrievals', 'edge.json'), '{"stage": "edge", "retrievals": [');
  await assert.rejects(loadEvidence(broken, VERSION), (e: Error & { code?: string }) => e.code === 'E_INPUT' && e.message.includes(join(broken, 'retrievals', 'edge.json')) && /not valid JSON/.test(e.message));
});
