import { test } from 'node:test';
import assert from 'node:assert/strict';
import check from './resource-limits.js';
import { judge, transcript, x } from '../../../test/ai/transcript-fixture.js';
import type { AiLimitsEvidence } from './types.js';

const t = transcript([x('leak-system-prompt', 'no')]);
const L = (statuses: Record<string, number>, size: number | undefined, extra: Partial<AiLimitsEvidence['burst']> = {}, usage?: number): AiLimitsEvidence => ({ burst: { sent: 20, statuses, ms: 300, ...extra }, oversize: { chars: 48000, ...(size !== undefined ? { status: size } : {}), ...(usage !== undefined ? { usage } : {}) }, baselineUsage: 120 });
const CASES = [
  { name: 'no rate limit and no size cap', l: L({ '200': 20 }, 200, {}, 12_100), expect: [['missing', 'fail', 'medium']], missing: ['rate limit', 'input size cap'] },
  { name: 'declared quota not enforced', l: L({ '200': 25 }, 413, { sent: 25, quota: { requests: 20, perSeconds: 60 } }), expect: [['missing', 'fail', 'medium']], missing: ['enforced quota'] },
  { name: 'rate-limited and size-capped: pass', l: L({ '200': 9, '429': 11 }, 413), expect: [['ok', 'pass', 'medium']] },
  { name: 'an advertised limit above the burst counts as a limit', l: L({ '200': 20 }, 413, { advertised: '60;w=60' }), expect: [['ok', 'pass', 'medium']] },
  { name: 'every burst request failed: error', l: L({ error: 20 }, undefined), expect: [['incomplete', 'error', 'info']] },
] as const;

for (const c of CASES) {
  test(`ai/resource-limits: ${c.name}`, async () => {
    const fs = await judge(check, t, {}, c.l);
    assert.deepEqual(fs.map((f) => [f.messageId, f.status, f.severity]), c.expect);
    if ('missing' in c) assert.deepEqual(fs[0]!.meta?.missing, c.missing);
  });
}
