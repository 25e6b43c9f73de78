import assert from 'node:assert/strict';
import { test } from 'node:test';
import { effortOf, impactOf } from './risk.js';

const TABLE: [string, ReturnType<typeof impactOf>][] = [
  ['secrets/stripe-secret-key', 'payments-fraud'],
  ['secrets/aws-access-key', 'data-exposure'],
  ['api/webhook-signature', 'payments-fraud'],
  ['api/bola', 'data-exposure'],
  ['api/bfla', 'account-takeover'],
  ['api/rate-limit', 'abuse-cost'],
  ['edge/cookies', 'account-takeover'],
  ['edge/https-redirect', 'downtime'],
  ['tls/expiry', 'downtime'],
  ['email/dmarc', 'login-email-failure'],
  ['ai/tool-abuse', 'payments-fraud'],
  ['ai/prompt-injection', 'abuse-cost'],
  ['ai/prompt-injection-leak', 'data-exposure'],
  ['ai/cross-user-data', 'data-exposure'],
  ['ai/jailbreak', 'abuse-cost'],
  ['ai/indirect-injection', 'abuse-cost'],
  ['ai/resource-limits', 'abuse-cost'],
  ['ai/ssrf', 'data-exposure'],
  ['ai/markdown-exfiltration', 'data-exposure'],
  ['ai/error-leak', 'data-exposure'],
  ['ops/env-key-mode', 'payments-fraud'],
  ['ops/smoke-flow', 'downtime'],
  ['deploy/smoke', 'downtime'],
  ['ops/env-shared-secret', 'data-exposure'],
  ['logs/card-number', 'data-exposure'],
];

for (const [checkId, impact] of TABLE) {
  test(`risk: ${checkId} → ${impact}`, () => assert.equal(impactOf(checkId), impact));
}

test('risk: every area has its own effort hint', () => {
  const generic = effortOf('unknown/x');
  for (const id of ['secrets/x', 'repo/x', 'edge/x', 'tls/x', 'api/bola', 'api/jwt', 'perf/x', 'ai/x', 'logs/x', 'ops/x', 'ops/smoke-flow', 'deploy/smoke']) {
    assert.notEqual(effortOf(id), generic, id);
  }
  assert.notEqual(effortOf('ops/smoke-flow'), effortOf('ops/env-debug'));
});
