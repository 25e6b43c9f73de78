import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ALL_CHECKS } from '../src/checks/index.js';
import { docsPath } from '../src/core/check.js';
import { configJsonSchema } from '../src/core/config/schema.js';
import { ROOT } from './helpers.js';

// typescript-eslint's habit: every check has a doc page, every doc page a check, every message id is documented.

test('check ids are unique', () => {
  const ids = ALL_CHECKS.map((c) => c.id);
  assert.equal(new Set(ids).size, ids.length, ids.filter((id, i) => ids.indexOf(id) !== i).join(', '));
});

test('every registered check has docs/checks/<area>-<name>.md naming each message id', () => {
  const missing: string[] = [];
  const undocumented: string[] = [];
  for (const c of ALL_CHECKS) {
    // a check documented as a row of a shared page (docs/checks/secrets.md#<rule>) needs that row's anchor
    const [path, anchor] = docsPath(c.id).split('#') as [string, string | undefined];
    const file = join(ROOT, path);
    if (!existsSync(file)) {
      missing.push(docsPath(c.id));
      continue;
    }
    const doc = readFileSync(file, 'utf8');
    if (anchor !== undefined && !doc.includes(`id="${anchor}"`)) missing.push(docsPath(c.id));
    for (const id of Object.keys(c.messages)) if (!doc.includes(id)) undocumented.push(`${c.id}:${id}`);
  }
  assert.deepEqual(missing, [], `checks without a doc page`);
  assert.deepEqual(undocumented, [], `message ids missing from their doc page`);
});

test('every doc page in docs/checks belongs to a registered check (or a policy finding)', () => {
  const dir = join(ROOT, 'docs', 'checks');
  const known = new Set(ALL_CHECKS.map((c) => docsPath(c.id).replace(/#.*$/, '')));
  const orphans = readdirSync(dir)
    .filter((f) => f.endsWith('.md') && f !== 'README.md' && !f.startsWith('policy-'))
    .map((f) => `docs/checks/${f}`)
    .filter((f) => !known.has(f));
  assert.deepEqual(orphans, []);
});

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else if (p.endsWith('.ts') && !p.endsWith('.test.ts') && !p.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

function imports(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  return [...src.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => (m[1] ?? m[2])!);
}

test('layering: core has no I/O and imports only core; checks never open sockets themselves', () => {
  const bad: string[] = [];
  const IO = /^(node:)?(fs|fs\/promises|net|http|https|http2|dns|dns\/promises|tls|dgram|child_process|worker_threads)$|^undici$/;
  for (const file of walk(join(ROOT, 'src', 'core'))) {
    for (const spec of imports(file)) {
      if (IO.test(spec)) bad.push(`${relative(ROOT, file)} imports ${spec}`);
      if (spec.startsWith('.') && /\.\.\/(probes|checks|stages|audit|cli|report|monitor|dashboard)\//.test(spec)) bad.push(`${relative(ROOT, file)} imports ${spec}`);
    }
  }
  const NET = /^(node:)?(net|http|https|http2|dns|dns\/promises|tls|dgram)$|^undici$/;
  for (const file of walk(join(ROOT, 'src', 'checks'))) {
    for (const spec of imports(file)) {
      if (NET.test(spec)) bad.push(`${relative(ROOT, file)} imports ${spec} (use ctx.probes)`);
      if (/\.\.\/(cli|monitor|dashboard|stages|audit)\//.test(spec)) bad.push(`${relative(ROOT, file)} imports ${spec}`);
    }
  }
  for (const file of [...walk(join(ROOT, 'src', 'probes')), ...walk(join(ROOT, 'src', 'report'))]) {
    for (const spec of imports(file)) {
      if (/\.\.\/(cli|monitor|dashboard|stages|audit)\//.test(spec)) bad.push(`${relative(ROOT, file)} imports ${spec}`);
    }
  }
  assert.deepEqual(bad, []);
});

test('the committed JSON Schema matches the zod config schema (run `npm run schema` after changing it)', () => {
  const committed = JSON.parse(readFileSync(join(ROOT, 'schema', 'launchready.schema.json'), 'utf8'));
  assert.deepEqual(committed, JSON.parse(JSON.stringify(configJsonSchema())));
});

test('the README config reference is current (run `npm run docs` after changing the schema)', async () => {
  const { configReferenceMarkdown, REFERENCE_START, REFERENCE_END } = await import('../src/core/config/reference.js');
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const a = readme.indexOf(REFERENCE_START);
  const b = readme.indexOf(REFERENCE_END);
  assert.ok(a >= 0 && b > a, 'README.md has the config-reference markers');
  assert.equal(readme.slice(a + REFERENCE_START.length, b).trim(), configReferenceMarkdown().trim());
});
