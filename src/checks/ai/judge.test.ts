import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Check } from '../../core/check.js';
import { aiEndpoint } from '../../core/config/sections/ai.js';
import { Redactor } from '../../core/redact.js';
import { runChecks } from '../../core/runner.js';
import type { Finding } from '../../core/types.js';
import type { HttpRequest, HttpResponse } from '../../probes/http.js';
import { fakeAiProbes, stubAiConfig } from '../../../test/ai/stub-model.js';
import { judge, transcript, x } from '../../../test/ai/transcript-fixture.js';
import { PAYLOADS } from './payloads.js';
import type { PayloadCategory } from './types.js';
import crossUserData from './cross-user-data.js';
import encodingBypass from './encoding-bypass.js';
import indirectInjection from './indirect-injection.js';
import markdownExfiltration from './markdown-exfiltration.js';
import promptInjection from './prompt-injection.js';
import promptInjectionLeak from './prompt-injection-leak.js';
import ssrf from './ssrf.js';
import toolAbuse from './tool-abuse.js';

// The shared answers of the class checks (judge.ts, issue 20): a class whose payloads were all skipped is `none`
// (skipped), and a class where some payloads got no usable reply and none succeeded is `incomplete` (status error,
// never a pass). Against the hardened stub model, with the payloads of one class answered 502.

async function run(check: Check, opts: { skip?: PayloadCategory; fail?: PayloadCategory }): Promise<Finding[]> {
  const raw = (stubAiConfig('http://stub.test/v1/chat/completions').endpoints as Record<string, unknown>[])[0]!;
  const skip = opts.skip ? PAYLOADS.filter((p) => p.category === opts.skip).map((p) => p.id) : [];
  const endpoint = aiEndpoint.parse({ ...raw, payloads: { skip, extra: [] } });
  const stub = fakeAiProbes('hardened');
  // the inputs of the failing class, recognised by their opening words (payload text is sent as the user message)
  const failing = opts.fail ? PAYLOADS.filter((p) => p.category === opts.fail).map((p) => p.input.split('{{')[0]!.slice(0, 24)) : [];
  const probes = {
    http: {
      async request(req: HttpRequest): Promise<HttpResponse> {
        const res = await stub.http.request(req);
        const input = (JSON.parse(String(req.body)) as { messages: { content: string }[] }).messages.at(-1)!.content;
        if (failing.some((f) => input.includes(f))) return { ...res, status: 502, body: '{"error":"upstream model error"}', bodyBytes: 32 };
        return res;
      },
    },
  };
  const r = await runChecks([{ check, target: { endpoint }, probes, targetLabel: endpoint.name }], { evidenceCache: new Map(), redactor: new Redactor() });
  return r.findings;
}
const rows = (fs: Finding[]) => fs.map((f) => [f.messageId, f.status, f.severity]);

describe('class checks: none when the class was not sent', () => {
  const cases: [Check, PayloadCategory][] = [
    [promptInjection, 'injection'],
    [encodingBypass, 'encoding'],
    [indirectInjection, 'indirect'],
  ];
  for (const [check, category] of cases) {
    test(`${check.id}: every ${category} payload in payloads.skip → none (skipped)`, async () => {
      assert.deepEqual(rows(await run(check, { skip: category })), [['none', 'skipped', 'info']]);
    });
  }
});

test('ai/ssrf: no ssrf payload in the transcript (all skipped), the canary up → none (skipped)', async () => {
  const fs = await judge(ssrf, transcript([x('leak-system-prompt', 'I cannot share that.')]));
  assert.deepEqual(rows(fs), [['none', 'skipped', 'info']]);
});

describe('class checks: incomplete (error) when payloads of the class got no usable reply and none succeeded', () => {
  const cases: [Check, PayloadCategory][] = [
    [promptInjection, 'injection'],
    [promptInjectionLeak, 'leak'],
    [encodingBypass, 'encoding'],
    [toolAbuse, 'tool-abuse'],
    [crossUserData, 'cross-user'],
    [markdownExfiltration, 'exfiltration'],
  ];
  for (const [check, category] of cases) {
    test(`${check.id}: the ${category} payloads answered 502 → incomplete, naming how many`, async () => {
      const fs = await run(check, { fail: category });
      assert.deepEqual(rows(fs), [['incomplete', 'error', 'info']]);
      const n = PAYLOADS.filter((p) => p.category === category).length;
      assert.equal(fs[0]!.data?.failed, n);
      assert.match(String(fs[0]!.data?.reason), /502/);
    });
  }
});
