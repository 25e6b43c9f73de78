import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError, isMissing } from '../core/errors.js';
import { readOptionalFile } from './logs-env-files.js';

// An optional file is absent (undefined) or read; one that is there but cannot be read is an error naming it,
// never "absent" (issue 20: no swallowed error).

test('readOptionalFile: absent → undefined, present → text, unreadable (a folder) → InputError naming it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lr-optional-'));
  try {
    writeFileSync(join(dir, '.env.example'), 'A=1\n');
    mkdirSync(join(dir, '.env.production'));
    assert.equal(await readOptionalFile(dir, '.env.missing'), undefined);
    assert.equal((await readOptionalFile(dir, '.env.example'))?.text, 'A=1\n');
    await assert.rejects(readOptionalFile(dir, '.env.production'), (e: unknown) => e instanceof InputError && /\.env\.production.*EISDIR/.test(e.message));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('isMissing: ENOENT and ENOTDIR only', () => {
  assert.equal(isMissing(Object.assign(new Error('x'), { code: 'ENOENT' })), true);
  assert.equal(isMissing(Object.assign(new Error('x'), { code: 'ENOTDIR' })), true);
  assert.equal(isMissing(Object.assign(new Error('x'), { code: 'EACCES' })), false);
  assert.equal(isMissing(new Error('x')), false);
  assert.equal(isMissing(undefined), false);
});
