import { test } from 'node:test';
import assert from 'node:assert/strict';
import check from './error-leak.js';
import { judge, probe, transcript, x } from '../../../test/ai/transcript-fixture.js';

const base = [x('leak-system-prompt', 'no')];
const CASES = [
  { name: 'provider error with model, org and key prefix', probes: [probe('invalid-json', 500, "openai.BadRequestError: Error code: 400 - {'type': 'invalid_request_error'} model=gpt-4o-mini organization=org-acmeprod1 key=sk-proj-Ab3d…")], expect: [['leaked', 'fail', 'medium']] },
  { name: 'stack trace of the LLM client', probes: [probe('missing-input', 500, 'TypeError: x\n    at retrieve (/srv/app/node_modules/@langchain/openai/dist/embeddings.js:88:21)')], expect: [['leaked', 'fail', 'medium']] },
  { name: 'context length error passed through on the oversized input', probes: [probe('oversized-input', 400, '{"error":{"code":"context_length_exceeded"}}')], expect: [['leaked', 'warn', 'low']] },
  { name: 'generic errors: pass', probes: [probe('invalid-json', 400, '{"error":"invalid request","id":"req_12"}'), probe('empty-input', 422, '{"detail":"message is required"}')], expect: [['ok', 'pass', 'medium']] },
  { name: 'provider headers passed through', probes: [probe('empty-input', 200, '{"reply":"hi"}', { 'openai-organization': 'org-x' })], expect: [['leaked', 'warn', 'low']] },
  { name: 'no malformed request got an answer: error', probes: [{ kind: 'invalid-json' as const, body: '', headers: {}, error: 'ECONNREFUSED' }], expect: [['incomplete', 'error', 'info']] },
] as const;

for (const c of CASES) {
  test(`ai/error-leak: ${c.name}`, async () => {
    const fs = await judge(check, transcript(base, { errorProbes: [...c.probes] }));
    assert.deepEqual(fs.map((f) => [f.messageId, f.status, f.severity]), c.expect);
  });
}
