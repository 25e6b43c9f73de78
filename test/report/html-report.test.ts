import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildReport } from '../../src/core/policy.js';
import type { Finding, Report } from '../../src/core/types.js';
import { renderReport } from '../../src/report/index.js';
import { htmlProblems } from './html-check.js';

// The HTML report's parts that the demo does not exercise: the API coverage matrix (contract `coverage`), the
// latency chart, errors kept apart from severities, hostile strings escaped, print stylesheet.

const api = (path: string, method = 'GET') => ({ url: `http://127.0.0.1:4010${path}`, method, path });
function report(): Report {
  const findings: Finding[] = [
    { id: 'b000000000000001', checkId: 'api/bola', status: 'fail', severity: 'critical', title: 'Object readable by another tenant <script>alert(1)</script>', message: 'x "quoted" & <b>', location: api('/api/invoices/{id}'), meta: { curl: "curl -sS 'http://127.0.0.1:4010/api/invoices/1' -H 'x: \"<y>\"'" } },
    { id: 'b000000000000002', checkId: 'perf/latency-p95', status: 'fail', severity: 'medium', title: 'p95 latency over budget', message: 'slow', location: api('/api/search'), data: { p95: 900, budget: 300 } },
    { id: 'b000000000000003', checkId: 'perf/latency-p95', status: 'pass', severity: 'medium', title: 'p95 latency within budget', message: 'fast', location: api('/api/orders'), data: { p95: 40, budget: 300 } },
    { id: 'b000000000000004', checkId: 'tls/expiry', status: 'error', severity: 'high', title: 'Certificate expiry: could not run', message: 'ECONNREFUSED' },
    { id: 'b000000000000005', checkId: 'edge/hsts', status: 'warn', severity: 'low', title: 'HSTS header too short', message: 'max-age=300', messageId: 'short', location: { host: 'www.shop.test' } },
  ];
  const r = buildReport({ findings, startedAt: new Date('2026-11-01T10:00:00Z'), finishedAt: new Date('2026-11-01T10:00:01Z'), version: '0.1.0', target: { configFile: 'launchready.yml' } });
  (r as Report & { coverage: unknown }).coverage = {
    routes: [
      { method: 'GET', path: '/api/invoices/{id}', checks: { 'api/bola': 'tested', 'api/bfla': 'n/a' } },
      { method: 'POST', path: '/api/orders', checks: { 'api/bola': 'refused', 'api/mass-assignment': 'error' } },
    ],
  };
  return r;
}

test('HTML: coverage matrix, charts, errors apart, escaping, print stylesheet; valid HTML', async () => {
  const r = report();
  const html = renderReport(r, 'html');
  assert.deepEqual(await htmlProblems(html), []);
  assert.match(html, /<section id="coverage"><h2>API coverage \(2 routes\)<\/h2>/);
  assert.match(html, /1 tested · 1 n\/a · 1 refused · 1 error/);
  assert.match(html, /<details><summary>Route × check matrix<\/summary>/);
  assert.match(html, /<svg role="img" aria-labelledby="chart-p95-t chart-p95-d"/);
  assert.match(html, /GET \/api\/search: p95 900 ms against a 300 ms budget/);
  assert.ok(!html.includes('<script>alert(1)'), 'finding titles are escaped');
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.match(html, /@media print\{/);
  // the error is in its own section, badge "could not run", never a severity badge
  const errors = /<section id="errors">[\s\S]*?<\/section>/.exec(html)![0];
  assert.match(errors, /<span class="sev error">could not run<\/span>/);
  assert.ok(!/class="sev high"/.test(errors));
  // the fix list is the first section and carries both open items with anchors; the passing perf route is not an item
  assert.equal(/<section id="([^"]+)"/.exec(html)![1], 'fix-list');
  assert.equal(r.fixList!.length, 3);
  for (const it of r.fixList!) assert.ok(html.includes(`id="fix-${it.id}"`));
  assert.match(r.basis!.line, /1 check could not run \(tls\/expiry\)/);
  assert.ok(html.includes('1 check could not run (tls/expiry)'), 'the coverage line sits next to the verdict');
});
