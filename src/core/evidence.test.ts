import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defineCheck, type Retrieval } from './check.js';
import { RequestBudget } from './budget.js';
import { runChecks, type CheckJob } from './runner.js';
import { EvidenceStore, notPlainJson } from './evidence.js';

const base = { area: 'edge' as const, mode: 'passive' as const, description: 'test', severity: 'high' as const, messages: { ok: 'fine', bad: 'bad' } };

function job(check: ReturnType<typeof defineCheck>, stage = 'edge'): CheckJob {
  return { check, target: {}, probes: {}, targetLabel: 'example.test', stage };
}

test("one check's timeout no longer fails another check's shared evidence (the retrieval runs under the stage's signal)", async () => {
  const seen: { signalAborted?: boolean; requester?: string } = {};
  const produce = async (r: Retrieval) => {
    await new Promise((res) => setTimeout(res, 100));
    seen.signalAborted = r.signal.aborted;
    seen.requester = r.requester;
    if (r.signal.aborted) throw new Error('aborted');
    return 42;
  };
  // A asks first, then spends its own time until its 30 ms timeout fires: under the old first-caller signal its
  // timeout aborted the retrieval and B got the abort as its own error
  const a = defineCheck({
    ...base,
    id: 'edge/first-asker',
    title: 'A',
    timeoutMs: 30,
    async run(ctx) {
      ctx.evidence('home', produce).catch(() => undefined);
      await new Promise((res) => ctx.signal.addEventListener('abort', res, { once: true }));
    },
  });
  const b = defineCheck({
    ...base,
    id: 'edge/second-asker',
    title: 'B',
    async run(ctx) {
      const v = await ctx.evidence('home', produce);
      ctx.report({ messageId: 'ok', status: v === 42 ? 'pass' : 'fail' });
    },
  });
  const { findings, checks } = await runChecks([job(a), job(b)], { concurrency: 2 });
  assert.equal(checks.find((c) => c.checkId === 'edge/first-asker')!.status, 'timeout');
  assert.deepEqual(findings.filter((f) => f.checkId === 'edge/second-asker').map((f) => f.status), ['pass']);
  assert.equal(seen.signalAborted, false);
  assert.equal(seen.requester, 'evidence/edge');
});

test('time spent waiting on shared evidence does not count against the waiting check\'s own timeout', async () => {
  const c = defineCheck({
    ...base,
    id: 'edge/waits',
    title: 'Waits',
    timeoutMs: 20,
    async run(ctx) {
      const v = await ctx.evidence('slow', () => new Promise<number>((r) => setTimeout(() => r(7), 150)));
      ctx.report({ messageId: 'ok', status: v === 7 ? 'pass' : 'fail' });
    },
  });
  const { findings } = await runChecks([job(c)]);
  assert.deepEqual(findings.map((f) => f.status), ['pass']);
});

test("a retrieval past the stage's deadline is status:error for every check that needed it, naming the key", async () => {
  const store = new EvidenceStore(undefined, undefined, { retrievalTimeoutMs: 60_000 });
  store.scope('dns', { retrievalTimeoutMs: 30 });
  const mk = (n: number) =>
    defineCheck({
      ...base,
      id: `edge/needs${n}`,
      title: 'Needs',
      async run(ctx) {
        // a retrieval that only ends when its signal aborts
        await ctx.evidence('dns:zone:example.test', (r) => new Promise((_, rej) => r.signal.addEventListener('abort', () => rej(r.signal.reason), { once: true })));
        ctx.report({ messageId: 'ok', status: 'pass' });
      },
    });
  const { findings } = await runChecks([job(mk(1), 'dns'), job(mk(2), 'dns')], { evidence: store, concurrency: 2 });
  assert.deepEqual(findings.map((f) => f.status), ['error', 'error']);
  for (const f of findings) assert.match(f.message, /evidence dns:zone:example\.test could not be retrieved: the stage's retrieval deadline of 30 ms passed/);
});

test('a failed retrieval becomes status:error with its reason, never a pass', async () => {
  const c = defineCheck({
    ...base,
    id: 'edge/needs',
    title: 'Needs',
    async run(ctx) {
      const v = await ctx.evidence('edge:host:https://a.test/', async () => {
        throw new Error('connect ECONNREFUSED 127.0.0.1:9');
      });
      ctx.report({ messageId: 'ok', status: v ? 'pass' : 'fail' });
    },
  });
  const { findings } = await runChecks([job(c)]);
  assert.equal(findings.length, 1);
  assert.equal(findings[0]!.status, 'error');
  assert.match(findings[0]!.message, /edge:host:https:\/\/a\.test\/ could not be retrieved: connect ECONNREFUSED/);
});

test("a retrieval's requests are charged to the stage's retriever, not to the check that asked first", async () => {
  const budget = new RequestBudget(100);
  const mk = (n: number) =>
    defineCheck({
      ...base,
      id: `edge/asker${n}`,
      title: 'Asker',
      async run(ctx) {
        await ctx.evidence('home', async (r) => {
          budget.take(r.requester, 3);
          return 1;
        });
        budget.take(ctx.checkId); // its own probe
        ctx.report({ messageId: 'ok', status: 'pass' });
      },
    });
  const { checks } = await runChecks([job(mk(1)), job(mk(2))], { requestsUsedBy: (id) => budget.usedBy(id) });
  assert.deepEqual(checks.map((c) => c.requests), [1, 1]);
  assert.equal(budget.usedBy('evidence/edge'), 3);
});

test('replay returns saved values as seen, and produces again (over replayed probes) what was not saved', async () => {
  const store = new EvidenceStore(undefined, [{ key: 'a', ok: true, value: { n: 1 } }, { key: 'b', ok: false, error: 'ECONNREFUSED' }]);
  assert.deepEqual(await store.get('edge', 'a', async () => ({ n: 2 })), { n: 1 });
  await assert.rejects(store.get('edge', 'b', async () => 1), /evidence b could not be retrieved: ECONNREFUSED \(saved run\)/);
  assert.equal(await store.get('edge', 'c', async () => 3), 3);
  assert.deepEqual(store.recomputed, ['c']);
});

test('only plain JSON evidence is saved as a value', () => {
  assert.equal(notPlainJson({ a: [1, 'x', null, { b: true }], c: undefined }), undefined);
  assert.match(notPlainJson({ m: new Map() })!, /\$\.m: Map/);
  assert.match(notPlainJson({ f: () => 1 })!, /function/);
  assert.match(notPlainJson([1, Number.NaN])!, /NaN/);
});
