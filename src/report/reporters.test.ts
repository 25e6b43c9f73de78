import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { buildReport } from '../core/policy.js';
import { Redactor } from '../core/redact.js';
import type { Finding, Report } from '../core/types.js';
import { packageRoot } from '../probes/package-root.js';
import { FORMATS, renderReport } from './index.js';
import { buildRiskRegister } from './risk.js';

const require = createRequire(`${packageRoot()}/package.json`);

// Synthetic secrets assembled at run time.
const STRIPE = ['sk', 'live', '51Qz' + 'Ab9'.repeat(8) + 'Zz'].join('_');
const OPAQUE = 'tok-' + 'r4nd0m'.repeat(4);

function sample(): Report {
  const redactor = new Redactor();
  redactor.register(OPAQUE);
  const findings: Finding[] = [
    {
      id: 'a000000000000001', checkId: 'secrets/stripe-secret-key', status: 'fail', severity: 'critical', title: 'Stripe live secret key',
      message: `Stripe live key ${STRIPE} in a shipped bundle`, evidence: `const k = "${STRIPE}" <script>`, location: { file: 'public/app.js', line: 3, column: 14, endLine: 3, endColumn: 60, commit: 'a'.repeat(40) },
      remediation: 'Rotate the key.', cwe: 'CWE-798',
    },
    {
      id: 'a000000000000002', checkId: 'api/bola', status: 'fail', severity: 'high', title: 'Tenant B reads tenant A invoices',
      message: 'globex member read acme invoice inv_1 & got 200 <same body>', evidence: `GET /api/invoices/inv_1\nAuthorization: Bearer ${OPAQUE}`,
      location: { url: 'http://127.0.0.1:4010/api/invoices/inv_1', method: 'GET', path: '/api/invoices/{id}' }, cwe: 'CWE-639', owasp: 'API1:2023',
      meta: { curl: `curl -H 'Authorization: Bearer ${OPAQUE}' http://127.0.0.1:4010/api/invoices/inv_1` },
    },
    { id: 'a000000000000003', checkId: 'edge/hsts', status: 'warn', severity: 'medium', title: 'HSTS max-age short', message: 'max-age=300', location: { host: 'www.example.test' } },
    { id: 'a000000000000004', checkId: 'email/dmarc', status: 'fail', severity: 'high', title: 'No DMARC', message: 'no record', location: { host: 'example.test', record: 'TXT _dmarc.example.test' } },
    { id: 'a000000000000005', checkId: 'tls/expiry', status: 'error', severity: 'high', title: 'TLS expiry: could not run', message: 'connect ECONNREFUSED 127.0.0.1:443' },
    { id: 'a000000000000006', checkId: 'edge/nosniff', status: 'pass', severity: 'low', title: 'nosniff', message: 'present', location: { host: 'www.example.test' } },
    { id: 'a000000000000007', checkId: 'perf/latency-p95', status: 'fail', severity: 'low', title: 'Slow route', message: 'p95 900 ms', location: { method: 'GET', path: '/api/orders' } },
  ];
  return buildReport({
    findings,
    startedAt: new Date('2026-11-01T10:00:00Z'),
    finishedAt: new Date('2026-11-01T10:00:02Z'),
    version: '0.1.0',
    redactor,
    waivers: [{ checkId: 'email/dmarc', owner: 'ops@example.test', reason: 'DMARC rollout after launch week', expires: '2099-12-31' }],
    baseline: { findings: [findings[1]!] },
    target: { configFile: 'launchready.yml' },
  });
}

test('no whole secret survives in any reporter output', () => {
  const report = sample();
  for (const format of FORMATS) {
    const out = renderReport(report, format, { verbose: true });
    assert.ok(!out.includes(STRIPE), `${format} leaks the stripe key`);
    assert.ok(!out.includes(OPAQUE), `${format} leaks a registered token`);
    assert.ok(out.length > 200, `${format} rendered something`);
  }
});

test('json is the contract shape', () => {
  const r = JSON.parse(renderReport(sample(), 'json')) as Report;
  assert.equal(r.schemaVersion, 1);
  assert.deepEqual(Object.keys(r.summary), ['critical', 'high', 'medium', 'low', 'info']);
  assert.equal(r.tool.name, 'launchready');
  assert.equal(r.decision, 'NO-GO');
  const stripe = r.findings.find((f) => f.checkId === 'secrets/stripe-secret-key')!;
  assert.equal(stripe.location?.endColumn, 60);
  assert.equal(stripe.baseline, 'new');
  assert.equal(r.findings.find((f) => f.checkId === 'api/bola')!.baseline, 'unchanged');
  assert.ok(r.findings.find((f) => f.checkId === 'email/dmarc')!.waiver);
});

test('SARIF validates against the official SARIF 2.1.0 JSON schema', () => {
  const Ajv = require('ajv-draft-04') as new (o: object) => { compile(s: object): ((d: unknown) => boolean) & { errors?: unknown } };
  const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object;
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false });
  const validate = ajv.compile(schema);
  const sarif = JSON.parse(renderReport(sample(), 'sarif')) as { runs: { results: { ruleId: string; suppressions?: unknown[]; partialFingerprints: Record<string, string>; locations: unknown[] }[]; tool: { driver: { rules: { id: string }[] } }; invocations: { toolExecutionNotifications: unknown[] }[] }[] };
  assert.equal(validate({ version: '2.1.0', runs: [{ results: [] }] }), false, 'the validator rejects a run without tool');
  const ok = validate(sarif);
  assert.ok(ok, JSON.stringify(validate.errors, null, 2));
  const run = sarif.runs[0]!;
  assert.equal(run.results.length, 5, 'fail + warn findings only');
  assert.equal(run.invocations[0]!.toolExecutionNotifications.length, 1, 'the error finding is a notification');
  assert.ok(run.results.find((r) => r.ruleId === 'email/dmarc')!.suppressions, 'waived → suppression');
  assert.ok(run.results.every((r) => /^[0-9a-f]{16}$/.test(r.partialFingerprints['launchready/v1']!)));
  assert.ok(run.results.every((r) => r.locations.length === 1));
  assert.ok(run.results.filter((r) => r.ruleId !== 'email/dmarc').every((r) => /^[0-9a-f]{16}$/.test(String((r as { properties?: Record<string, unknown> }).properties?.fixItem))), 'open results name their fix item');
  assert.deepEqual(new Set(run.tool.driver.rules.map((x) => x.id)).size, run.tool.driver.rules.length);
});

test('JUnit parses as XML with failures, errors and skipped counted', () => {
  const xml = renderReport(sample(), 'junit');
  assert.equal(XMLValidator.validate(xml), true);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml) as { testsuites: Record<string, string> };
  assert.equal(doc.testsuites.tests, '7');
  assert.equal(doc.testsuites.failures, '3'); // stripe, bola, perf (dmarc is waived)
  assert.equal(doc.testsuites.errors, '1');
  assert.equal(doc.testsuites.skipped, '1');
});

test('HTML is one self-contained file with the fix list first, the register, waivers and errors', () => {
  const report = sample();
  const html = renderReport(report, 'html');
  assert.match(html, /^<!doctype html>/);
  assert.ok(!/\s(src|href)="(https?:)?\/\//.test(html), 'no external asset');
  assert.equal(/<section id="([^"]+)"/.exec(html)?.[1], 'fix-list', 'the fix list is the first section');
  for (const it of report.fixList!) assert.ok(html.includes(`id="fix-${it.id}"`), `anchor for ${it.title}`);
  // an error is rendered as "could not run", never with its severity badge
  assert.ok(/id="f-a000000000000005"[^>]*><summary><span class="sev error">could not run<\/span>/.test(html));
  assert.ok(html.includes('Must fix now'));
  assert.ok(html.includes('Can defer'));
  assert.ok(html.includes('Accepted risks (1)'));
  assert.ok(html.includes('ops@example.test'));
  assert.ok(html.includes('Could not run (1)'));
  assert.ok(html.includes('&lt;same body&gt;'), 'escaped');
  assert.ok(!html.includes('<same body>'));
});

test('markdown is a checklist of fix items; text shows fix items, not findings, unless --verbose', () => {
  const report = sample();
  const md = renderReport(report, 'markdown');
  assert.match(md, /# launchready report: \*\*NO-GO\*\*/);
  assert.equal((md.match(/^- \[ \] /gm) ?? []).length, report.fixList!.length, 'one checkbox per fix item');
  assert.match(renderReport(report, 'markdown', { verbose: true }), /### Must fix now \(\d+\)/);
  assert.match(md, /\d+ findings must be fixed now, \d+ can defer/);
  assert.match(md, /## Accepted risks \(1\)/);
  const text = renderReport(report, 'text', { color: false });
  assert.match(text, /Fix list: 4 items by root cause/);
  for (const it of report.fixList!) assert.ok(text.includes(it.title), it.title);
  assert.ok(!text.includes('globex member read acme invoice'), 'finding messages only with --verbose');
  assert.ok(renderReport(report, 'text', { color: false, verbose: true }).includes('globex member read acme invoice'));
  assert.match(text, /NO-GO\s+4 fix items · findings: 1 critical/);
  // the error is listed apart, without a severity
  assert.match(text, /! NOT RUN {2}TLS expiry: could not run/);
  assert.ok(!text.includes('\x1b['), 'no colour codes when color is off');
  assert.ok(renderReport(sample(), 'text', { color: true }).includes('\x1b['));
});

test('risk register: gate-blocking findings are must-fix-now; low perf can defer; waived are accepted', () => {
  const reg = buildRiskRegister(sample());
  assert.deepEqual(reg.mustFixNow.map((e) => e.finding.checkId).sort(), ['api/bola', 'secrets/stripe-secret-key']);
  assert.ok(reg.canDefer.some((e) => e.finding.checkId === 'perf/latency-p95'));
  assert.deepEqual(reg.accepted.map((e) => e.finding.checkId), ['email/dmarc']);
  assert.equal(reg.mustFixNow[0]!.impact, 'payments-fraud');
  assert.equal(reg.mustFixNow[0]!.score, 25);
});

test('the streamed JSON report is byte-identical to renderJson, whatever the chunk size', async () => {
  const { renderJson, renderJsonChunks } = await import('./json.js');
  const report = sample();
  const many: Report = { ...report, findings: Array.from({ length: 50 }, (_, i) => ({ ...report.findings[i % report.findings.length]!, id: `b${String(i).padStart(15, '0')}` })) };
  const empty: Report = { ...report, findings: [], fixList: [] as unknown as Report['fixList'] };
  const odd = { ...report, extra: undefined, list: [1, undefined, 'x\ny', { a: [] }], nested: { deep: [{ k: 'v' }] } } as unknown as Report;
  for (const r of [report, many, empty, odd]) {
    for (const size of [1, 100, 256 * 1024]) {
      const chunks = [...renderJsonChunks(r, size)];
      assert.equal(chunks.join(''), renderJson(r));
      if (size === 1 && r.findings.length > 1) assert.ok(chunks.length > 2, 'written in pieces');
    }
  }
  assert.equal([...renderJsonChunks({} as Report)].join(''), renderJson({} as Report));
});
