import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildReport } from '../src/core/policy.js';
import { renderReport } from '../src/report/index.js';
import { reportValidator } from './contract.js';

test('the contract schema accepts a full report and rejects broken ones', () => {
  const validate = reportValidator();
  const report = buildReport({
    findings: [
      { id: '0123456789abcdef', checkId: 'api/bola', status: 'fail', severity: 'high', title: 't', message: 'm', cwe: 'CWE-639', owasp: 'API1:2023', location: { url: 'http://127.0.0.1/x', method: 'GET', path: '/x/{id}' } },
      { id: '0123456789abcdee', checkId: 'secrets/aws-access-key', status: 'fail', severity: 'critical', title: 't', message: 'm', location: { file: 'src/a.ts', line: 1, column: 2, endLine: 1, endColumn: 21, commit: 'f'.repeat(40) } },
    ],
    startedAt: new Date(),
    version: '0.1.0',
  });
  const json = JSON.parse(renderReport(report, 'json'));
  assert.deepEqual(validate(json), []);
  assert.notDeepEqual(validate({ ...json, decision: 'MAYBE' }), []);
  assert.notDeepEqual(validate({ ...json, findings: [{ ...json.findings[0], owasp: 'A01:2021' }] }), []);
  assert.notDeepEqual(validate({ ...json, findings: [{ ...json.findings[1], location: { file: '/abs/path.ts' } }] }), []);
});
