import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

// Layering (core has no I/O, checks do no I/O and import only probe types, ...) is enforced by lint: the layer rules
// in eslint.config.js, run by `npm test` before the tests. This keeps them there.
test('npm test runs the linter (eslint.config.js holds the layer rules) before the tests', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  assert.match(pkg.scripts.test!, /\beslint\b.*&&.*scripts\/test\.mjs/);
  assert.ok(existsSync(join(ROOT, 'eslint.config.js')));
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

// Issue 17: a failing finding says what is wrong, a passing one what holds. A check's `problem` (or its per-message
// `titles`) is the title of its fail/warn findings, its `title` the title of pass findings (src/core/runner.ts).
// Wording rules, deliberately simple: a problem title names a problem (one of PROBLEM's words) and is not phrased
// as a passing condition (PASSING); a pass title does not name a problem.
const PROBLEM =
  /\b(no|not|missing|without|lacks?|exposed?|leaks?|leaked|accepts?|accepted|weak|expired|expiring|dangling|unclaimed|allows?|reveal(s|ed)?|reflects?|trusts arbitrary|over budget|too|unsigned|guessable|committed|same .+ in two|another (environment|tenant|user)|fails|broken|insecure|stale|replayed|reusable|long-lived|incomplete|misordered|untrusted|legacy|unreachable|announced|cacheable|readable by|writable by|callable by|overdue|challenges|attacker-supplied|injected|dangerous|mismatch|invalid|unsafe|leaky|wide|lets anyone|in (a|the) log|in api responses|in a served|causes a server error|can be taken over|does not|outside production|left on|single|trusts origin)\b/i;
const PASSING = /^(no|one|all|every)\b|\b(refused|restricts?|redirects to|covers the|is complete|does not trust|answers over|resolves \(|sign in|are not cacheable|within budget|is set|are set|(?<!not )enforced$|(?<!not )published$|in place)\b/i;

// Areas whose checks other helpers are rewriting while this lands (api, ai, secrets, logs): they have no `problem`
// yet, so their fail AND pass findings carry `title`. For them only the passing-phrase rule applies for now (the
// "names a problem" rule would also flag secrets/*: 'AWS access key ID' names the credential, not the leak).
const AREAS_WITHOUT_PROBLEM = ['api', 'ai', 'secrets', 'logs'];
// Their titles that are phrased as a passing condition today; the coordinator clears each entry once its check
// has a conforming `problem` (the test prints a note when an entry is no longer needed).
const FAIL_TITLE_EXCEPTIONS = new Map<string, string>([
  ['api/identities', "'API identities sign in' is a passing condition (it is reported as a fail when a login fails)"],
  ['api/rate-limit', "'No rate limit on a brute-force surface' starts with 'No', which reads like a pass: 'Brute-force surface without a rate limit'"],
]);

test('titles: fail/warn titles state what is wrong, never a passing condition; pass titles state what holds', (t) => {
  const bad: string[] = [];
  for (const c of ALL_CHECKS) {
    const area = c.id.split('/')[0]!;
    const legacy = !c.problem && AREAS_WITHOUT_PROBLEM.includes(area);
    if (!c.problem && !legacy) bad.push(`${c.id}: no \`problem\` (the title of its fail/warn findings)`);
    const failTitles = [...(c.problem ? [c.problem] : legacy ? [c.title] : []), ...Object.values(c.titles ?? {})];
    for (const title of failTitles) {
      if (FAIL_TITLE_EXCEPTIONS.has(c.id)) continue;
      if (PASSING.test(title)) bad.push(`${c.id}: fail title "${title}" is phrased as a passing condition`);
      else if (!legacy && !PROBLEM.test(title)) bad.push(`${c.id}: fail title "${title}" does not say what is wrong`);
    }
    if (c.problem && /\b(missing|leaked|accepted|expired|over budget|exposed)\b/i.test(c.title)) bad.push(`${c.id}: pass title "${c.title}" names a problem`);
    if (c.titles) for (const id of Object.keys(c.titles)) if (!(id in c.messages)) bad.push(`${c.id}: titles.${id} is not a message id`);
  }
  assert.deepEqual(bad, []);
  for (const id of FAIL_TITLE_EXCEPTIONS.keys()) {
    const c = ALL_CHECKS.find((x) => x.id === id);
    const title = c ? (c.problem ?? c.title) : '';
    if (!c || !PASSING.test(title)) t.diagnostic(`${id} no longer needs its FAIL_TITLE_EXCEPTIONS entry${c ? ` ("${title}")` : ' (check gone)'}`);
  }
});

test('titles: the rules catch the phrasings issue 17 found', () => {
  for (const t of ['No dangling CNAME (subdomain takeover)', 'SPF record', 'TLS 1.0 / 1.1 refused', 'CORS does not trust arbitrary origins', 'One canonical host (apex vs www)']) {
    assert.ok(PASSING.test(t) || !PROBLEM.test(t), t);
  }
  for (const t of ['Dangling CNAME: admin.example.com points at an unclaimed Heroku resource', 'Legacy TLS 1.0 / 1.1 accepted', 'CORS trusts arbitrary origins', 'Certificate expired on app.example.com']) {
    assert.ok(!PASSING.test(t) && PROBLEM.test(t), t);
  }
});
