import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Config } from '../core/config/schema.js';
import { STAGES } from './index.js';
import { STAGE_LOADERS, mayBeEnabled } from './stages.js';
import { selectStages } from './run.js';

test('the lazy stage table names the same stages as STAGES, in the same order, and each loader loads its stage', async () => {
  assert.deepEqual(STAGE_LOADERS.map((e) => e.name), STAGES.map((s) => s.name));
  for (const e of STAGE_LOADERS) assert.equal(await e.load(), STAGES.find((s) => s.name === e.name));
});

test("a stage's config sections are exactly what enables it (the lazy table never skips an enabled stage)", () => {
  const sections = [...new Set(STAGE_LOADERS.flatMap((e) => e.sections))];
  for (const stage of STAGES) {
    const entry = STAGE_LOADERS.find((e) => e.name === stage.name)!;
    // each section alone: the stage's own predicate and the table agree
    for (const k of sections) {
      const config = { [k]: {} } as unknown as Config;
      assert.equal(mayBeEnabled(entry, config), stage.enabled(config), `${stage.name} with only "${k}"`);
    }
    assert.equal(stage.enabled({} as Config), false, `${stage.name} with no section`);
  }
});

test('selectStages loads only the enabled stages and names unknown ones', async () => {
  const only = await selectStages({ repo: { path: '.' } } as unknown as Config);
  assert.deepEqual(only.map((s) => s.name), ['repo']);
  await assert.rejects(selectStages({ repo: { path: '.' } } as unknown as Config, ['nope']), /unknown stage "nope" \(known: repo, edge, email, api, logs, ai, ops\)/);
  await assert.rejects(selectStages({ repo: { path: '.' } } as unknown as Config, ['edge']), /--stage edge: the config has no "edge" section/);
});
