// The measurement behind test/exercise.verify.ts (issue 20): reads the exercise log that scripts/exercise-log.mjs
// writes during a test run and sets it against the check registry. Apart from the verification so that a figure
// can be printed from a kept log (LR_EXERCISE_LOG=DIR) without running a test.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_CHECKS } from '../src/checks/index.js';
import { SECRET_RULE_CHECKS } from '../src/checks/secrets/checks.js';
import { RULES } from '../src/checks/secrets/rules.js';

const FAILING = new Set(['fail', 'warn']);
// 'skipped' is the "does not apply, nothing wrong" answer of a few checks (no login form, no mail domain)
const PASSING = new Set(['pass', 'skipped']);

/** check id → message id → statuses seen */
export type Seen = Map<string, Map<string, Set<string>>>;

export function readLog(dir: string): { seen: Seen; files: number } {
  const seen: Seen = new Map();
  let files = 0;
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.json')) continue;
    files++;
    const { entries } = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { entries: [string, string, string, number][] };
    for (const [checkId, messageId, status] of entries) {
      let byMsg = seen.get(checkId);
      if (!byMsg) seen.set(checkId, (byMsg = new Map()));
      let st = byMsg.get(messageId);
      if (!st) byMsg.set(messageId, (st = new Set()));
      st.add(status);
    }
  }
  return { seen, files };
}

/**
 * The secrets rules (~290 checks sharing one message table) are one family: a shared message id counts as
 * exercised when any rule's check produced it through the runner, and each table rule's failing and passing case
 * is its `sample()` (must be reported under its id) and `negative()` look-alike (must not be), which
 * src/checks/secrets/rules.test.ts runs for every rule of RULES. The generic detectors (no sample/negative) need a
 * failing case through the runner like any check; their passing case is silence, covered by rules.test.ts's
 * generic-detector negative tables.
 */
const SECRETS_FAMILY = 'secrets/*';
const secretRuleIds = new Set(SECRET_RULE_CHECKS.map((c) => c.id));
const tableRules = new Set(RULES.filter((r) => typeof r.sample === 'function' && typeof r.negative === 'function').map((r) => `secrets/${r.id}`));

export interface Coverage {
  gaps: Map<string, string>; // gap key → human description
  byArea: Map<string, { checks: number; failCase: number; passCase: number; both: number; messages: number; exercised: number }>;
}

export function coverage(seen: Seen): Coverage {
  const gaps = new Map<string, string>();
  const byArea: Coverage['byArea'] = new Map();
  const area = (id: string) => {
    const a = id.split('/')[0]!;
    let row = byArea.get(a);
    if (!row) byArea.set(a, (row = { checks: 0, failCase: 0, passCase: 0, both: 0, messages: 0, exercised: 0 }));
    return row;
  };
  const familyMessages = new Map<string, boolean>();
  for (const c of ALL_CHECKS) {
    const row = area(c.id);
    row.checks++;
    const byMsg = seen.get(c.id) ?? new Map<string, Set<string>>();
    const statuses = new Set([...byMsg.values()].flatMap((s) => [...s]));
    let hasFail = [...statuses].some((s) => FAILING.has(s));
    let hasPass = [...statuses].some((s) => PASSING.has(s));
    if (secretRuleIds.has(c.id)) {
      for (const m of Object.keys(c.messages)) familyMessages.set(m, (familyMessages.get(m) ?? false) || byMsg.has(m));
      if (tableRules.has(c.id)) hasFail = hasPass = true;
      else hasPass = true;
    } else {
      for (const m of Object.keys(c.messages)) {
        row.messages++;
        if (byMsg.has(m)) row.exercised++;
        else gaps.set(`${c.id}:${m}`, `message id ${m} of ${c.id} is produced by no test`);
      }
    }
    if (hasFail) row.failCase++;
    else gaps.set(`${c.id} fail-case`, `${c.id} has no failing (fail/warn) case in the tests`);
    if (hasPass) row.passCase++;
    else gaps.set(`${c.id} pass-case`, `${c.id} has no passing (pass/skipped) case in the tests`);
    if (hasFail && hasPass) row.both++;
  }
  const secrets = area('secrets');
  for (const [m, ok] of familyMessages) {
    secrets.messages++;
    if (ok) secrets.exercised++;
    else gaps.set(`${SECRETS_FAMILY}:${m}`, `message id ${m} of the secrets rules is produced by no test`);
  }
  return { gaps, byArea };
}
