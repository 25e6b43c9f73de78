import { test } from 'node:test';
import assert from 'node:assert/strict';
import { optionalImport } from './optional.js';

test('optionalImport: a missing optional package is a clear error naming the feature and the install command', async () => {
  const missing = Object.assign(new Error("Cannot find package 'pg' imported from /x/store-postgres.js"), { code: 'ERR_MODULE_NOT_FOUND' });
  await assert.rejects(optionalImport(() => Promise.reject(missing), ['pg'], 'monitor.store.kind: postgres'), (err: Error & { code?: string }) => {
    assert.equal(err.code, 'E_OPTIONAL_DEPENDENCY');
    assert.equal(err.message, 'monitor.store.kind: postgres needs the optional package pg, which is not installed: npm install pg');
    return true;
  });
  // another missing module (a bug, not an optional package) and other errors pass through unchanged
  const other = Object.assign(new Error("Cannot find module './nope.js'"), { code: 'ERR_MODULE_NOT_FOUND' });
  await assert.rejects(optionalImport(() => Promise.reject(other), ['pg'], 'x'), (err) => err === other);
  assert.equal(await optionalImport(() => Promise.resolve(42), ['pg'], 'x'), 42);
});
