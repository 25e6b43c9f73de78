import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InputError } from '../../core/errors.js';
import { runChecks } from '../../core/runner.js';
import { logsChecks } from './index.js';
import type { LogsProbes, LogsTarget } from './common.js';

// Coverage, not detection (test/logs has the detection tables): what each logs check says when it could read nothing.
const binary: LogsProbes = { logs: { scan: (input) => Promise.reject(new InputError(`${input.display}: binary file (NUL bytes in the first 8 KiB)`)) } };
const target = { inputs: [{ path: '/x/nul.log', display: 'nul.log' }], options: {} } as unknown as LogsTarget;

test('logs: a binary-only input is one error (logs/secret) and an explicit not-scanned (n/a) on every other check, never silence', async () => {
  const { findings } = await runChecks(logsChecks.map((check) => ({ check, target, probes: binary })));
  const byCheck = new Map(findings.map((f) => [f.checkId, `${f.messageId}:${f.status}`]));
  assert.equal(findings.length, logsChecks.length, 'one finding per check');
  for (const c of logsChecks) assert.equal(byCheck.get(c.id), c.id === 'logs/secret' ? 'unreadable:error' : 'not-scanned:skipped', c.id);
  assert.match(findings.find((f) => f.messageId === 'not-scanned')!.message, /No log file could be scanned \(1 input\(s\)/);
});
