import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defineCheck } from './check.js';
import { RequestBudget } from './budget.js';
import { runChecks, type CheckJob } from './runner.js';
import { BudgetExceededError, InterruptedError } from './errors.js';

const base = { area: 'edge' as const, mode: 'passive' as const, description: 'test', severity: 'high' as const, messages: { bad: 'bad thing on {{host}}', ok: 'fine' } };

function job(check: ReturnType<typeof defineCheck>, probes: unknown = {}): CheckJob {
  return { check, target: {}, probes, targetLabel: 'example.test' };
}

test('a check that throws becomes one status:error finding with the reason, and earlier reports are kept', async () => {
  const c = defineCheck({
    ...base,
    id: 'edge/throws',
    title: 'Throws',
    run(ctx) {
      ctx.report({ messageId: 'bad', data: { host: 'a.test' }, location: { host: 'a.test' } });
      throw new Error('socket hang up');
    },
  });
  const { findings, checks } = await runChecks([job(c)]);
  assert.equal(findings.length, 2);
  assert.equal(findings[0]!.status, 'fail');
  assert.equal(findings[0]!.message, 'bad thing on a.test');
  const err = findings.find((f) => f.status === 'error')!;
  assert.equal(err.checkId, 'edge/throws');
  assert.match(err.message, /socket hang up/);
  assert.equal(checks[0]!.status, 'error');
});

test('a check that runs past its timeout is aborted and reported as status:error, never a pass', async () => {
  let aborted = false;
  const c = defineCheck({
    ...base,
    id: 'edge/slow',
    title: 'Slow',
    timeoutMs: 50,
    async run(ctx) {
      await new Promise<void>((resolve) => {
        ctx.signal.addEventListener('abort', () => {
          aborted = true;
          resolve();
        });
      });
      ctx.report({ messageId: 'ok', status: 'pass' }); // late: must be dropped
    },
  });
  const { findings, checks } = await runChecks([job(c)]);
  assert.equal(aborted, true);
  assert.deepEqual(findings.map((f) => f.status), ['error']);
  assert.match(findings[0]!.message, /timed out after 50 ms/);
  assert.equal(checks[0]!.status, 'timeout');
});

test('the shared request budget stops a check with status:error once spent, and counts per check', async () => {
  const budget = new RequestBudget(3);
  const c = defineCheck({
    ...base,
    id: 'edge/greedy',
    title: 'Greedy',
    mode: 'active',
    run(ctx) {
      for (let i = 0; i < 10; i++) budget.take(ctx.checkId);
      ctx.report({ messageId: 'ok', status: 'pass' });
    },
  });
  const { findings, checks } = await runChecks([job(c)], { requestsUsedBy: (id) => budget.usedBy(id) });
  assert.equal(findings.length, 1);
  assert.equal(findings[0]!.status, 'error');
  assert.match(findings[0]!.message, /budget of 3 requests/);
  assert.equal(checks[0]!.requests, 3);
  assert.throws(() => budget.take('x'), BudgetExceededError);
});

test('unknown messageId is a programming error reported as status:error', async () => {
  const c = defineCheck({ ...base, id: 'edge/typo', title: 'Typo', run: (ctx) => ctx.report({ messageId: 'nope' }) });
  const { findings } = await runChecks([job(c)]);
  assert.equal(findings[0]!.status, 'error');
  assert.match(findings[0]!.message, /unknown messageId "nope"/);
});

test('concurrency is bounded and every job runs once', async () => {
  let running = 0;
  let peak = 0;
  const ran: string[] = [];
  const checks = Array.from({ length: 9 }, (_, i) =>
    defineCheck({
      ...base,
      id: `edge/c${i}`,
      title: `C${i}`,
      async run(ctx) {
        running++;
        peak = Math.max(peak, running);
        await new Promise((r) => setTimeout(r, 5));
        ran.push(ctx.checkId);
        running--;
      },
    }),
  );
  await runChecks(checks.map((c) => job(c)), { concurrency: 3 });
  assert.equal(peak, 3);
  assert.equal(ran.length, 9);
  assert.equal(new Set(ran).size, 9);
});

test('fingerprints are stable across line moves and differ by target and fingerprintKey', async () => {
  const mk = (line: number, key: string, file = 'src/a.ts') =>
    defineCheck({ ...base, id: 'edge/fp', title: 'Fp', run: (ctx) => ctx.report({ messageId: 'bad', data: { host: 'h' }, location: { file, line, column: 3 }, fingerprintKey: key }) });
  const ids = async (c: ReturnType<typeof mk>) => (await runChecks([job(c)])).findings[0]!.id;
  const a = await ids(mk(3, 'k1'));
  assert.equal(a, await ids(mk(40, 'k1')));
  assert.notEqual(a, await ids(mk(3, 'k2')));
  assert.notEqual(a, await ids(mk(3, 'k1', 'src/b.ts')));
  assert.match(a, /^[0-9a-f]{16}$/);
});

test('evidence is computed once and shared between checks', async () => {
  let produced = 0;
  const mk = (n: number) =>
    defineCheck({
      ...base,
      id: `edge/ev${n}`,
      title: 'Ev',
      async run(ctx) {
        const v = await ctx.evidence('home', async () => {
          produced++;
          return 42;
        });
        ctx.report({ messageId: 'ok', status: v === 42 ? 'pass' : 'fail' });
      },
    });
  const { findings } = await runChecks([job(mk(1)), job(mk(2)), job(mk(3))]);
  assert.equal(produced, 1);
  assert.deepEqual(findings.map((f) => f.status), ['pass', 'pass', 'pass']);
});

test('defineCheck rejects ids that do not match the area', () => {
  assert.throws(() => defineCheck({ ...base, id: 'api/x', title: 'x', run() {} }), /must start with its area/);
  assert.throws(() => defineCheck({ ...base, id: 'Edge/X', title: 'x', run() {} }), /must look like area\/name/);
});

test('an aborted run starts no new check, ends checks in flight as errors and does not wait for one that ignores its signal', async () => {
  const ac = new AbortController();
  const started: string[] = [];
  const mk = (n: number) =>
    defineCheck({
      ...base,
      id: `edge/stop${n}`,
      title: 'Stop',
      run() {
        started.push(`edge/stop${n}`);
        if (n === 1) setTimeout(() => ac.abort(new InterruptedError('SIGINT')), 5);
        return new Promise<void>(() => undefined); // never settles, never looks at ctx.signal
      },
    });
  const jobs = [1, 2, 3, 4].map((n) => job(mk(n)));
  const { findings, checks } = await runChecks(jobs, { concurrency: 2, signal: ac.signal, abortGraceMs: 50, timeoutMs: 60_000 });
  assert.deepEqual(started.sort(), ['edge/stop1', 'edge/stop2'], 'no check starts after the abort');
  assert.equal(checks.length, 2);
  assert.deepEqual(findings.map((f) => [f.status, f.message]), [
    ['error', 'example.test: interrupted by SIGINT'],
    ['error', 'example.test: interrupted by SIGINT'],
  ]);
});

test('zero coverage is an error: a check that ran but reported nothing gets one "check reported nothing" error finding', async () => {
  const silent = defineCheck({ ...base, id: 'edge/silent', title: 'Silent', run() {} });
  const passes = defineCheck({ ...base, id: 'edge/passes', title: 'Passes', run: (ctx) => ctx.report({ messageId: 'ok', status: 'pass' }) });
  const na = defineCheck({ ...base, id: 'edge/na', title: 'Not applicable', run: (ctx) => ctx.report({ messageId: 'ok', status: 'skipped' }) });
  const { findings, checks } = await runChecks([job(silent), job(passes), job(na)]);
  assert.deepEqual(findings.map((f) => [f.checkId, f.status]).sort(), [['edge/na', 'skipped'], ['edge/passes', 'pass'], ['edge/silent', 'error']]);
  const err = findings.find((f) => f.status === 'error')!;
  assert.match(err.message, /^example\.test: check reported nothing/);
  assert.equal(err.messageId, 'error');
  assert.deepEqual(checks.find((c) => c.checkId === 'edge/silent')!.status, 'error');
  assert.equal(checks.find((c) => c.checkId === 'edge/passes')!.status, 'ok');
});
