import { randomFrom } from './rule-dsl.js';
import { scanText } from './engine.js';
import { RULES } from './rules.js';

/**
 * A synthetic secret that the named rule reports (for fixtures, tests and the bench). Built at run time from
 * the rule's own sample generator, so no real-looking key is ever committed.
 */
export function fakeSecret(ruleId: string): string {
  if (ruleId === 'generic-secret') return `${randomFrom('A-Za-z0-9', 12)}${randomFrom('0-9', 4)}${randomFrom('A-Za-z0-9', 16)}`;
  if (ruleId === 'generic-password') return `${randomFrom('A-Z', 2)}${randomFrom('a-z', 5)}!${randomFrom('0-9', 3)}${randomFrom('a-zA-Z', 4)}`;
  const rule = RULES.find((r) => r.id === ruleId);
  if (!rule) throw new Error(`no secret rule "${ruleId}" (fixture placeholder {{fake:${ruleId}}})`);
  for (let i = 0; i < 20; i++) {
    const m = scanText(rule.sample(), { file: rule.sampleFile ?? (rule.path ? '.npmrc' : 'fixture.env') }).find((x) => x.ruleId === ruleId);
    if (m) return m.secret;
  }
  throw new Error(`rule ${ruleId}: its sample does not match`);
}
