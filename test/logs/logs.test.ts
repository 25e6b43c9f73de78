import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import type { Finding, Report } from '../../src/core/types.js';
import { testIo } from '../helpers.js';
import { FORMATS, renderReport } from '../../src/report/index.js';
import { gz, PLANTED, plantedLog } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'lr-logs-'));
after(() => rmSync(dir, { recursive: true, force: true }));

async function runLogs(args: string[], stdin?: string): Promise<{ code: number; report: Report; stdout: string; stderr: string }> {
  const io = testIo();
  if (stdin !== undefined) io.stdin = Readable.from([Buffer.from(stdin)]);
  const code = await main(['logs', ...args, '--format', 'json', '--no-progress'], io);
  let report = {} as Report;
  try {
    report = JSON.parse(io.out.text) as Report;
  } catch {
    /* exit 2: no report */
  }
  return { code, report, stdout: io.out.text, stderr: io.err.text };
}

function active(r: Report): Finding[] {
  return r.findings.filter((f) => f.status === 'fail' || f.status === 'warn');
}

test('planted leaks are found on the right lines; look-alikes are not', async () => {
  const { text, lines } = plantedLog();
  writeFileSync(join(dir, 'app.log'), text);
  const { code, report, stdout } = await runLogs([join(dir, 'app.log')]);
  assert.equal(code, 1);
  const at = (checkId: string, messageId: string) => active(report).filter((f) => f.checkId === checkId && f.messageId === messageId).map((f) => f.location?.line);
  assert.deepEqual(at('logs/auth-token', 'bearer'), [lines.bearer]);
  assert.deepEqual(at('logs/auth-token', 'jwt'), [lines.jwt]);
  assert.deepEqual(at('logs/auth-token', 'jwt-expired'), [lines.expiredJwt]);
  assert.deepEqual(at('logs/session-id', 'cookie'), [lines.session]);
  assert.deepEqual(at('logs/password', 'url-userinfo'), [lines.urlPassword]);
  assert.deepEqual(at('logs/password', 'form-body'), [lines.formPassword]);
  assert.deepEqual(at('logs/password', 'json-body'), [lines.jsonPassword]);
  assert.deepEqual(at('logs/card-number', 'card'), [lines.card]);
  for (const f of active(report)) {
    assert.equal(f.location?.file, 'app.log');
    assert.ok(f.location!.line! < lines.lookalike1, `${f.checkId}/${f.messageId} fired on look-alike line ${f.location?.line}: ${f.message}`);
  }
  for (const v of Object.values(PLANTED)) assert.ok(!stdout.includes(v), 'a whole planted value is in the JSON report');
  for (const format of FORMATS) {
    const out = renderReport(report, format, { verbose: true });
    for (const [k, v] of Object.entries(PLANTED)) assert.ok(!out.includes(v), `${k} appears whole in the ${format} report`);
  }
});

test('gzip, JSON lines and stdin give the same lines as the plain text', async () => {
  const { text, lines } = plantedLog();
  writeFileSync(join(dir, 'app.log.gz'), gz(text));
  const z = await runLogs([join(dir, 'app.log.gz')]);
  const card = active(z.report).find((f) => f.checkId === 'logs/card-number')!;
  assert.deepEqual([card.location?.file, card.location?.line], ['app.log.gz', lines.card]);
  const s = await runLogs(['-'], text);
  const jwt = active(s.report).find((f) => f.messageId === 'jwt')!;
  assert.deepEqual([jwt.location?.file, jwt.location?.line], ['-', lines.jwt]);
});

test('a folder: paths relative to it; counts stay exact beyond the findings cap', async () => {
  const sub = join(dir, 'tree', 'api');
  mkdirSync(sub, { recursive: true });
  const rows: string[] = [];
  for (let i = 0; i < 60; i++) rows.push(`GET /x Authorization: Bearer tok${String(i).padStart(4, '0')}Ab9Cd8Ef7Gh6Ij5Kl4`);
  rows.push(rows[0]!); // a repeat of the first token
  for (let i = 0; i < 8; i++) rows.push(`signup user${i}.name@mailbox${i}.net`);
  writeFileSync(join(sub, 'access.log'), rows.join('\n') + '\n');
  const { report } = await runLogs([join(dir, 'tree'), '--max-findings', '5']);
  const bearer = active(report).filter((f) => f.checkId === 'logs/auth-token');
  assert.equal(bearer.filter((f) => f.messageId === 'bearer').length, 5);
  assert.equal(bearer[0]!.location?.file, 'api/access.log');
  const first = bearer.find((f) => f.location?.line === 1)!;
  assert.equal(first.meta?.occurrences, 2);
  const more = bearer.find((f) => f.messageId === 'more')!;
  assert.equal(more.data?.more, 55);
  assert.equal(more.data?.occurrences, 55);
  const pii = active(report).find((f) => f.messageId === 'email-bulk')!;
  assert.equal(pii.meta?.distinct, 8);
});

test('a clean log passes with exit 0; unreadable paths exit 2 naming them', async () => {
  writeFileSync(join(dir, 'clean.log'), 'INFO started\nINFO GET / 200 3ms\nINFO user 42 logged in\n');
  const ok = await runLogs([join(dir, 'clean.log')]);
  assert.equal(ok.code, 0, JSON.stringify(active(ok.report)));
  const missing = await runLogs([join(dir, 'nope.log')]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /nope\.log/);
  if (process.getuid?.() !== 0) {
    const locked = join(dir, 'locked.log');
    writeFileSync(locked, 'x\n');
    chmodSync(locked, 0o000);
    const r = await runLogs([locked]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /locked\.log/);
  }
  writeFileSync(join(dir, 'bad.gz'), Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0]), Buffer.from('not really gzip data at all')]));
  const bad = await runLogs([join(dir, 'bad.gz')]);
  const err = bad.report.findings.find((f) => f.status === 'error' && f.messageId === 'unreadable');
  assert.ok(err, 'a corrupt gzip is an error finding, never a silent pass');
  assert.match(err.message, /bad\.gz/);
});

test('provider keys come from the secrets engine, or its absence is an error finding', async () => {
  const { fakeSecret } = await import('../../src/checks/secrets/fake.js');
  const key = fakeSecret('stripe-secret-key');
  writeFileSync(join(dir, 'pay.log'), `INFO stripe init key=${key}\n`);
  const { report, stdout } = await runLogs([join(dir, 'pay.log')]);
  const f = report.findings.find((x) => x.checkId === 'logs/secret');
  assert.ok(f, 'logs/secret reported something');
  if (f.status === 'error') assert.equal(f.messageId, 'engine-unavailable');
  else {
    assert.equal(f.messageId, 'provider-key');
    assert.equal(f.location?.line, 1);
    assert.ok(!stdout.includes(key));
  }
});
