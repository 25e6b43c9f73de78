import { test } from 'node:test';
import assert from 'node:assert/strict';
import { availableParallelism } from 'node:os';
import { fakeSecret } from '../../src/checks/secrets/fake.js';
import { PARALLEL_MIN_BYTES, scanRepo, type RepoSource } from '../../src/checks/secrets/scan.js';

// An in-memory tree: 40 files of ~24 KB with planted secrets on known lines (the scan does no I/O of its own).
function tree(): { source: RepoSource; planted: { file: string; line: number; secret: string }[] } {
  const files = new Map<string, Buffer>();
  const planted: { file: string; line: number; secret: string }[] = [];
  const rules = ['stripe-secret-key', 'github-pat', 'aws-access-key', 'openai-api-key'];
  for (let i = 0; i < 40; i++) {
    const lines: string[] = [];
    for (let l = 0; l < 600; l++) lines.push(`export const value${l} = compute(${l}, "row ${i}-${l}");`);
    for (let k = 0; k < 3; k++) {
      const at = 17 + k * 211 + i;
      const secret = fakeSecret(rules[(i + k) % rules.length]!);
      lines.splice(at, 0, `const cfg${k} = { key: "${secret}" };`);
      planted.push({ file: `src/f${String(i).padStart(2, '0')}.ts`, line: at + 1, secret });
    }
    files.set(`src/f${String(i).padStart(2, '0')}.ts`, Buffer.from(lines.join(i % 2 ? '\r\n' : '\n')));
  }
  const source: RepoSource = {
    root: '/virtual',
    files: [...files.entries()].map(([path, b]) => ({ path, size: b.length, tracked: true, shipped: false })) as RepoSource['files'],
    read: async (p) => files.get(p) ?? null,
    maxFileBytes: 10 << 20,
  };
  return { source, planted };
}

const key = (f: { ruleId: string; file: string; line: number; column: number; endLine: number; endColumn: number; secret: string }) =>
  `${f.file}:${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.ruleId} ${f.secret}`;

test('a tree below the worker threshold is scanned on the main thread; above it on workers, with the same findings', async () => {
  const { source, planted } = tree();
  const bytes = source.files.reduce((n, f) => n + f.size, 0);
  assert.ok(bytes < PARALLEL_MIN_BYTES, 'the test tree is small');
  const single = await scanRepo(source, { history: false });
  assert.equal(single.threads, 0, 'no worker for a small tree');
  const forced = await scanRepo(source, { history: false, parallelMinBytes: 1 });
  // workers run from the compiled build only, and only where there is a second core
  const expectWorkers = import.meta.url.endsWith('.js') && availableParallelism() >= 2;
  assert.equal(forced.threads > 0, expectWorkers);
  assert.deepEqual(forced.findings.map(key), single.findings.map(key), 'same findings, same order');
  assert.equal(forced.bytesScanned, single.bytesScanned);
  const off = await scanRepo(source, { history: false, parallel: false, parallelMinBytes: 1 });
  assert.equal(off.threads, 0, 'parallel: false wins over the threshold');
  // every planted secret on its own line, with or without CRLF line ends
  for (const p of planted) {
    const f = single.findings.find((x) => x.secret === p.secret);
    assert.ok(f, `found ${p.file}:${p.line}`);
    assert.equal(`${f.file}:${f.line}`, `${p.file}:${p.line}`);
    assert.equal(f.endLine, p.line);
  }
});
