import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AuditOptions } from '../../src/audit/run.js';
import { validateConfig } from '../../src/core/config/validate.js';
import type { Finding, Report } from '../../src/core/types.js';
import { PROBES, type ProbeEnv } from '../../src/monitor/probes.js';
import { mon } from './helpers.js';

function finding(checkId: string, status: Finding['status']): Finding {
  return { id: `${checkId}-${status}`, checkId, status, severity: 'high', title: checkId, message: 'm' };
}

function env(findings: Finding[], seen: { include?: (id: string) => boolean; stages?: string[] }): ProbeEnv {
  return {
    config: validateConfig({}, 'x.yml'),
    configDir: '/tmp',
    now: () => 0,
    runAudit: (async (o: AuditOptions) => {
      seen.include = o.include;
      if (o.stages) seen.stages = o.stages;
      return { findings } as unknown as Report;
    }) as ProbeEnv['runAudit'],
  } as unknown as ProbeEnv;
}

describe('security regression probe (audit checks on a schedule)', () => {
  const m = mon({ id: 'tenant', type: 'audit', checks: ['api/bola', 'api/bfla'], stages: ['api'] } as never);
  const signal = new AbortController().signal;

  it('runs only the chosen checks (include filter by check id) and passes when none fails', async () => {
    const seen: { include?: (id: string) => boolean; stages?: string[] } = {};
    const r = await PROBES.audit(m, env([finding('api/bola', 'pass'), finding('api/bfla', 'pass')], seen), signal);
    assert.equal(r.ok, true);
    assert.equal(seen.include!('api/bola'), true);
    assert.equal(seen.include!('edge/hsts'), false);
    assert.deepEqual(seen.stages, ['api']);
  });

  it('fails on a regression and names the check', async () => {
    const r = await PROBES.audit(m, env([finding('api/bola', 'fail'), finding('api/bfla', 'pass'), finding('edge/hsts', 'fail')], {}), signal);
    assert.equal(r.ok, false);
    assert.equal(r.error, 'regression: api/bola failed');
    assert.deepEqual((r.detail as { failed: { checkId: string }[] }).failed.map((f) => f.checkId), ['api/bola']);
  });

  it('fails when the checks could not run at all (never a silent pass)', async () => {
    const r = await PROBES.audit(m, env([finding('api/bola', 'error'), finding('api/bfla', 'error')], {}), signal);
    assert.equal(r.ok, false);
    assert.match(r.error!, /^checks could not run: api\/bola, api\/bfla$/);
    const none = await PROBES.audit(m, env([], {}), signal);
    assert.equal(none.ok, false);
    assert.match(none.error!, /^none of the checks ran: api\/bola, api\/bfla/);
    assert.deepEqual((none.detail as { notRun: string[] }).notRun, ['api/bola', 'api/bfla']);
  });
});
