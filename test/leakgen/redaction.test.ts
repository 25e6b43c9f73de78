import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runAudit } from '../../src/audit/run.js';
import { validateConfig } from '../../src/core/config/validate.js';
import { Redactor } from '../../src/core/redact.js';
import type { Report } from '../../src/core/types.js';
import { EvidenceLog } from '../../src/probes/api-evidence-log.js';
import { FORMATS, renderReport } from '../../src/report/index.js';
import { renderHandover } from '../../src/report/handover.js';
import { generateLogCorpus, generateRepo } from './generate.js';
import { auditRepo } from './repo-eval.js';

/**
 * The one thing this product must never do: print a whole secret. Every planted value of the generated
 * corpus and repository (low-entropy passwords like `sunshine12` included) is searched for in every output:
 * text, JSON, SARIF, JUnit, Markdown, HTML, the handover pack (Markdown and HTML) and the evidence log (an
 * exchange that echoes every planted value, written with the run's redactor).
 */

function outputs(report: Report, redactor: Redactor, dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of FORMATS) out[f] = renderReport(report, f, { verbose: true, color: false });
  const config = validateConfig({ repo: { path: dir } }, '<test>');
  out['handover.md'] = renderHandover({ report, config }, 'markdown');
  out['handover.html'] = renderHandover({ report, config }, 'html');
  return out;
}

function evidenceLog(redactor: Redactor, dir: string, values: string[]): string {
  const log = new EvidenceLog(join(dir, 'evidence.jsonl'), redactor).open();
  const body = values.map((v, i) => `line ${i}: ${v}`).join('\n');
  log.write({ at: '2026-12-01T00:00:00Z', checkId: 'api/test', request: { method: 'GET', url: 'http://127.0.0.1/x', headers: {} }, response: { status: 200, headers: {}, bodyPreview: body, bodyBytes: body.length, ms: 1 } });
  log.close();
  return readFileSync(join(dir, 'evidence.jsonl'), 'utf8');
}

/** Every way a value could still be readable in an output: as is, JSON-escaped, HTML/XML-escaped. */
function spellings(v: string): string[] {
  const esc = v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  return [...new Set([v, JSON.stringify(v).slice(1, -1), esc, v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')])];
}

function assertNoWhole(values: { value: string; what: string }[], docs: Record<string, string>): void {
  const leaks: string[] = [];
  for (const { value, what } of values) {
    for (const [name, text] of Object.entries(docs)) {
      if (spellings(value).some((s) => text.includes(s))) leaks.push(`${what} (${value.length} chars) whole in ${name}`);
    }
  }
  assert.deepEqual(leaks, []);
}

// One audit of the generated log corpus, then one test per planted detector kind.
const logsRun = (async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lr-leakgen-redact-'));
  try {
    const corpus = generateLogCorpus(1);
    // the JSON-lines file goes in gzip-compressed (the reader detects it by its magic bytes)
    for (const f of corpus.files) f.name.endsWith('.jsonl') ? writeFileSync(join(dir, `${f.name}.gz`), gzipSync(f.text)) : writeFileSync(join(dir, f.name), f.text);
    const redactor = new Redactor();
    const config = validateConfig({ logs: { paths: ['.'] } }, '<test>');
    const report = await runAudit({ config, configDir: dir, stages: ['logs'], redactor, flags: { logsWorkers: false }, now: () => new Date('2026-12-01T00:00:00Z') });
    const docs = outputs(report, redactor, dir);
    docs['evidence.jsonl'] = evidenceLog(redactor, dir, corpus.planted.map((p) => p.value));
    return { corpus, report, docs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
})();

for (const kind of ['password', 'session-id', 'auth-token', 'card-number', 'bank-account', 'national-id'] as const) {
  test(`logs/${kind}: no planted value appears whole in any output format`, async () => {
    const { corpus, report, docs } = await logsRun;
    const planted = corpus.planted.filter((p) => p.kind === kind);
    assert.ok(planted.length >= 4, `the corpus plants ${kind}`);
    // the check reported them (the search below is not vacuous)
    assert.ok(report.findings.some((f) => f.checkId === `logs/${kind}` && f.status === 'fail'), `no finding of logs/${kind}`);
    assertNoWhole(planted.map((p) => ({ value: p.value, what: `${p.kind}/${p.what}` })), docs);
  });
}

test('environment hygiene: no planted secret appears whole in any output format', async () => {
  const gen = generateRepo(1);
  const redactor = new Redactor();
  const { report, dir, cleanup } = await auditRepo(gen.files, redactor);
  try {
    const values = gen.flaws.filter((f) => f.value).map((f) => ({ value: f.value!, what: `${f.checkId} ${f.what}` }));
    assert.ok(values.length >= 4);
    const docs = outputs(report, redactor, dir);
    docs['evidence.jsonl'] = evidenceLog(redactor, dir, values.map((v) => v.value));
    assertNoWhole(values, docs);
  } finally {
    cleanup();
  }
});
