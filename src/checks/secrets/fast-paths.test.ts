import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shannon } from './validators.js';
import { GENERIC_WORDS, mayFollowName, NAME_REGEXES_FOR_TESTS, scanText } from './engine.js';
import { RULES } from './rules.js';

/**
 * The scanner's fast paths (issue 14) must answer exactly what the plain code answered: these tests hold each
 * one to a straightforward reference over varied input.
 */

let seed = 11;
const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 0x100000000);

/** The entropy as first written: a Map of counts, summed in insertion order. */
function shannonReference(s: string): number {
  if (s.length === 0) return 0;
  const counts = new Map<number, number>();
  for (let i = 0; i < s.length; i++) counts.set(s.charCodeAt(i), (counts.get(s.charCodeAt(i)) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

test('shannon: the ASCII table gives the same entropy, to the last bit, as counting in a Map', () => {
  const alphabets = ['0123456789abcdef', 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=', ' !"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~\t', 'aab', 'ñçé€😀ü', 'x'];
  for (let i = 0; i < 3000; i++) {
    const a = alphabets[i % alphabets.length]! + (i % 7 === 0 ? 'é' : '');
    const chars = [...a];
    const s = Array.from({ length: Math.floor(rnd() * 120) }, () => chars[Math.floor(rnd() * chars.length)]).join('');
    assert.equal(Object.is(shannon(s), shannonReference(s)), true, JSON.stringify(s));
  }
  // a non-ASCII string after an ASCII one leaves no count behind
  assert.equal(shannon('abcabc'), shannonReference('abcabc'));
  assert.equal(shannon('abcé'), shannonReference('abcé'));
  assert.equal(shannon('abc'), shannonReference('abc'));
});

test('mayFollowName never turns away a secret word where the assignment or fallback regex matches', () => {
  const words = ['secret', 'token', 'password', 'passwd', 'passphrase', 'pass', 'pwd', 'key', 'credential', 'credentials', 'SECRET', 'Token', 'PassWord', 'KEY'];
  const nameChars = 'abcXYZ019_.-';
  // every character class the regexes care about, and then some
  const tailChars = [...' \t\r\n:=?|,.>-~<"\'`\\])(;{}[/+*&^%$#@!o0aZ_é'];
  const texts: string[] = [];
  for (let i = 0; i < 20000; i++) {
    const name = Array.from({ length: Math.floor(rnd() * 46) }, () => nameChars[Math.floor(rnd() * nameChars.length)]).join('');
    const ops = [' = ', ': ', ' || ', '", ', "') || ", ' ?= ', '.= ', ':-', '>', '\\"', "'] or ", ' :::= '];
    const head = rnd() < 0.6 ? ops[Math.floor(rnd() * ops.length)]! : '';
    const tail = head + Array.from({ length: Math.floor(rnd() * 8) }, () => tailChars[Math.floor(rnd() * tailChars.length)]).join('');
    const lead = ['', 'process.env.', 'x = ', '"', 'export ', 'my', 'db_'][i % 7];
    texts.push(`${lead}${words[i % words.length]}${name}${tail}'v4lu3Xy9'`);
  }
  // the rules' own true and false cases, and familiar operators written out
  for (const r of RULES) texts.push(r.sample(), r.negative());
  texts.push('password = "x"', "token: 'y'", 'SECRET_KEY ?= z', 'api.key .= "q"', "define('DB_PASSWORD', 'p')", 'pass => 1', '<password>\n  v</password>', 'token ||= 4', 'token ::= 5', "process.env.JWT_SECRET || 'dev'", 'os.getenv("API_KEY", "abc")', '${DB_PASSWORD:-hunter2}', 'env::var("TOKEN").unwrap_or("t")', "getenv('PWD') ?: 'x'");
  let matched = 0;
  for (const t of texts) {
    const low = t.toLowerCase();
    for (const w of GENERIC_WORDS) {
      for (let pos = low.indexOf(w); pos >= 0; pos = low.indexOf(w, pos + 1)) {
        for (const [kind, re] of Object.entries(NAME_REGEXES_FOR_TESTS)) {
          re.lastIndex = pos;
          const m = re.exec(t);
          if (m) matched++;
          if (m) assert.ok(mayFollowName(t, pos, kind === 'assignment'), `${kind} regex matches ${JSON.stringify(t.slice(pos, pos + 70))} but mayFollowName says no`);
        }
      }
    }
  }
  assert.ok(matched > 5000, `the cases exercise both regexes (${matched} matches)`);
});

test('the generic detector finds the same values with the name check as the regexes alone would', () => {
  // scanText over mixed code; the check only skips regex tries that fail, so the result is the same as the
  // whole-text findings recorded here by the rules' own samples: each sample still yields its finding
  const lines: string[] = [];
  for (const r of RULES.filter((x) => x.generic || x.id.startsWith('generic') || x.id === 'env-fallback-secret')) lines.push(r.sample());
  const text = lines.join('\n');
  const found = scanText(text, { file: 'src/config.ts' });
  for (const line of lines) {
    const alone = scanText(line, { file: 'src/config.ts' });
    for (const f of alone) assert.ok(found.some((g) => g.secret === f.secret && g.ruleId === f.ruleId), `${f.ruleId} in ${JSON.stringify(line.slice(0, 60))}`);
  }
});
