import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseEnv } from '../../src/checks/repo/env.js';
import { parseEnvNames } from '../../src/cli/commands/project-scan.js';

// Issue 20: one way to read an env file. Both readers take their values from Node's util.parseEnv (the parser behind
// --env-file), so the gate, init, handover and the repo checks never disagree on "X=1 # comment".
test('env files are read as Node reads them: trailing comments, quotes, multi-line values, file order kept', () => {
  const text = 'export A=1 # comment\nB="x # not a comment"\nC="line one\nline two"\nD=plain\n';
  assert.deepEqual(parseEnv(text).map((e) => [e.name, e.value, e.line]), [['A', '1', 1], ['B', 'x # not a comment', 2], ['C', 'line one\nline two', 3], ['D', 'plain', 5]]);
  assert.deepEqual(parseEnvNames(text), [{ name: 'A', value: '1' }, { name: 'B', value: 'x # not a comment' }, { name: 'C', value: 'line one\nline two' }, { name: 'D', value: 'plain' }]);
  assert.deepEqual(parseEnvNames('Z=1\nA=2\n').map((e) => e.name), ['Z', 'A'], 'file order, not sorted');
  // an unquoted '#' without a space before it is part of the value (Docker Compose, the shell); ' #' starts a comment
  assert.deepEqual(parseEnvNames('DB=postgres://u:pa#ss@db.prod:5432/x\nK=v # note\nK=w\n'), [{ name: 'DB', value: 'postgres://u:pa#ss@db.prod:5432/x' }, { name: 'K', value: 'w' }]);
});
