import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startChunkPool } from '../../src/checks/logs/parallel.js';
import { createScanner } from '../../src/checks/logs/scanner.js';
import { loadSecretEngine } from '../../src/checks/logs/secret-engine.js';
import { DEFAULT_SCAN_OPTIONS, LOG_KINDS } from '../../src/checks/logs/types.js';
import { LogsProbe } from '../../src/probes/logs-reader.js';
import { plantedLog } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'lr-logs-par-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('worker-thread detection gives the same counts, lines and samples as the main thread', async () => {
  const { text } = plantedLog();
  const file = join(dir, 'big.log');
  writeFileSync(file, text.repeat(300)); // ~4,500 lines, many small chunks below
  const opts = { ...DEFAULT_SCAN_OPTIONS, now: new Date('2026-11-23T00:00:00Z') };
  const loaded = await loadSecretEngine();
  const run = async (parallel: boolean) => {
    const scanner = createScanner(opts, loaded.engine, undefined, parallel ? { parallelAfterChunks: 2, pool: () => startChunkPool(opts, 2) } : {});
    const probe = new LogsProbe([{ path: file, display: 'big.log' }], scanner, { chunkChars: 16_384 });
    return probe.scan(probe.inputs[0]!);
  };
  const seq = await run(false);
  const par = await run(true);
  assert.equal(par.lines, seq.lines);
  for (const k of LOG_KINDS) {
    assert.equal(par.kinds[k].count, seq.kinds[k].count, k);
    assert.deepEqual(par.kinds[k].items.map((i) => [i.messageId, i.first.line, i.count, i.masked]), seq.kinds[k].items.map((i) => [i.messageId, i.first.line, i.count, i.masked]), k);
  }
  assert.equal(seq.kinds['card-number'].count, 300);
  assert.equal(seq.kinds['auth-token'].items.find((i) => i.messageId === 'bearer')?.count, 300);
});

test('line numbers stay right with tiny chunks, CRLF, no final newline and an over-long line', async () => {
  const { text, lines } = plantedLog();
  const long = 'x'.repeat(5000);
  const body = `${long}\r\n${text.replace(/\n/g, '\r\n')}${long}${long}`; // no final newline, an over-long last line
  const file = join(dir, 'crlf.log');
  writeFileSync(file, body);
  const opts = { ...DEFAULT_SCAN_OPTIONS, now: new Date('2026-11-23T00:00:00Z') };
  const scanner = createScanner(opts, undefined, 'not needed here');
  const probe = new LogsProbe([{ path: file, display: 'crlf.log' }], scanner, { chunkChars: 64, maxLineChars: 1000 });
  const s = await probe.scan(probe.inputs[0]!);
  assert.equal(s.lines, Object.keys(lines).length + 2);
  assert.equal(s.longLines, 1);
  assert.equal(s.kinds['card-number'].items[0]?.first.line, lines.card! + 1);
  assert.equal(s.kinds['auth-token'].items.find((i) => i.messageId === 'bearer')?.first.line, lines.bearer! + 1);
  assert.equal(s.kinds['password'].items.find((i) => i.messageId === 'json-body')?.first.line, lines.jsonPassword! + 1);
});
