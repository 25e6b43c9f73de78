import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RULES } from './rules.js';
import { scanText } from './engine.js';
import { matchAll, reach, startWindows, WindowPlan } from './windows.js';

const fileFor = (rule: { path?: RegExp; sampleFile?: string }) => rule.sampleFile ?? (rule.path ? '.npmrc' : 'config/app.env');

test('reach: the widest a regex can examine from a start, or null when unbounded, not understood, or keyword-free matches', () => {
  const cases: [RegExp, string[], number | null][] = [
    [/abc/g, ['abc'], 3],
    [/xa{2,5}b?/g, ['x'], 7],
    [/k(?<![a-z])(x|yy)\1/g, ['k'], 6],
    [/k[\]a]{3}/g, ['k'], 4],
    [/\bfo\bo\b/g, ['foo'], 3],
    [/(?=abcd)ab/g, ['ab'], 6],
    [/\u0041\x42\cA./gi, ['ab'], 4],
    [/SG\.[a-z]{3}/g, ['sg.'], 6],
    [/(?:AKIA|ASIA)[A-Z0-9]{16}/g, ['akia', 'asia'], 20],
    [/--(?:[a-z]{1,12}-)?pass(?:word)?/g, ['pass'], 23],
    [/[Aa]uth[oO]/g, ['autho'], 5],
    // not every path holds a keyword: optional, one alternative without, only in a lookaround, only in a class
    [/(?:pass)?word/g, ['pass'], null],
    [/pass|word/g, ['pass'], null],
    [/(?<=kind: secret[^]{0,9})x/g, ['kind: secret'], null],
    [/[pas]{4}/g, ['pass'], null],
    [/(?:a|bc)+/g, ['a'], null],
    [/a*/g, ['a'], null],
    [/a{2,}/g, ['a'], null],
    [/(?<n>ab)\k<n>/g, ['ab'], null],
    [/a/gu, ['a'], null],
    [/a/y, ['a'], null],
    [/a/, ['a'], null],
  ];
  for (const [re, kws, want] of cases) assert.equal(reach(re, kws)?.span ?? null, want, String(re));
});

test('reach: how far past a match start each proving keyword can begin (lead)', () => {
  const cases: [RegExp, string[], Record<string, number>][] = [
    [/abc/g, ['abc'], { abc: 0 }],
    [/xa{2,5}b?/g, ['x'], { x: 0 }],
    // lookarounds consume nothing: the keyword still starts the match
    [/(?:(?<![a-z])|(?<=[a-z])(?=[A-Z]))(?:[vV]ault|[tT]oken)[a-z]{0,9}=/g, ['vault', 'token'], { vault: 0, token: 0 }],
    // per branch, per keyword: `login` after up to 8 + 80 characters, `pass` after at most 1 + 2 + 13
    [/(?:\b(?:docker|podman)\b[^\n]{0,80}?\blogin|[ \t]--(?:[a-z]{1,12}-)?pass(?:word)?)=x/g, ['login', 'pass'], { login: 86, pass: 16 }],
    // two runs on every path: the one nearer the start proves
    [/[a-z]{0,30}foo[a-z]{2}bar/g, ['foo', 'bar'], { foo: 30 }],
    [/(?:ab){2}x/g, ['ab'], { ab: 0 }],
    [/\.[a-z]{6}\.[a-z]{3}/g, ['.'], { '.': 0 }],
    // the longest keyword of a run proves it (sshpass, not the pass inside it)
    [/sshpass -p/g, ['pass', 'sshpass'], { sshpass: 0 }],
    [/[A-Za-z][a-z0-9+.-]{1,20}:\/\/[^@]{1,9}@/g, ['://'], { '://': 21 }],
  ];
  for (const [re, kws, want] of cases) assert.deepEqual(Object.fromEntries(reach(re, kws)?.lead ?? []), want, String(re));
});

test('WindowPlan works out a rule the first time it is asked, with the leads of reach()', () => {
  const rules = [
    { re: /(?<![a-z])token=[a-z]{4}/g, keywords: ['token'] },
    { re: /pass|wd/g, keywords: ['pass'] },
  ];
  const plan = new WindowPlan(rules, ['word', 'token', 'pass']);
  assert.equal(plan.lead(0, 1), 0);
  assert.equal(plan.lead(0, 0), -1, 'not a keyword of the rule');
  assert.equal(plan.span(0), reach(rules[0]!.re, ['token'])!.span);
  assert.equal(plan.span(1), -1, 'unbounded proof: whole text');
  assert.equal(plan.lead(1, 2), -1);
  // a one-character proving keyword: whole text (its occurrences are not recorded)
  const dot = new WindowPlan([{ re: /\.[a-z]{6}\./g, keywords: ['.'] }], ['.']);
  assert.ok(reach(/\.[a-z]{6}\./g, ['.']), 'bounded by reach()');
  assert.equal(dot.span(0), -1);
});

test('startWindows merges the start ranges of nearby keyword occurrences', () => {
  // occurrences at 100 (lead 7) and 104 (lead 7): starts 93..100 and 97..104 -> 93..104; one at 500 (lead 6)
  assert.deepEqual(startWindows([104, 7, 100, 7, 500, 6], 1000), [93, 104, 494, 500]);
  assert.deepEqual(startWindows([0, 7], 2), [0, 0]);
  assert.deepEqual(startWindows([5, 0, 9, 0, 10, 0, 40, 3], 100), [5, 5, 9, 10, 37, 40]);
  assert.deepEqual(startWindows([], 100), []);
});

test('matchAll near windows yields exactly the matches of a whole-text pass that start inside them', () => {
  const re = /(?<![a-z])key=[a-z0-9]{4,8}/g;
  const text = 'xx key=abcd1234 yy key=zz key=qqqq1 ' + 'filler '.repeat(300) + 'key=tail99';
  const { span, lead } = reach(re, ['key'])!;
  const full = [...matchAll(re, text, null, 0)].map((m) => [m.index, m[0]]);
  const occ: number[] = [];
  for (let i = text.indexOf('key'); i >= 0; i = text.indexOf('key', i + 1)) occ.push(i, lead.get('key')!);
  const near = [...matchAll(re, text, startWindows(occ, text.length), span)].map((m) => [m.index, m[0], m.input === text]);
  assert.deepEqual(near.map(([i, s]) => [i, s]), full);
  assert.ok(near.every((x) => x[2]), 'input is the whole text');
  // wide windows (searched in a slice of the text) and narrow ones (tried start by start) alike
  const wide = [...matchAll(re, text, [0, text.length - 1], span)].map((m) => [m.index, m[0]]);
  assert.deepEqual(wide, full);
  // back-to-back matches, and an empty-matching regex whose empty matches are stepped over in both modes
  const re2 = /(?<![a-z])(?:ab|)(?:key)?/g;
  const t2 = 'keykey abkey ab x key';
  const full2 = [...matchAll(re2, t2, null, 0)].map((m) => [m.index, m[0]]);
  const everyStart = [];
  for (let i = 0; i < t2.length; i++) everyStart.push(i, 0);
  assert.deepEqual([...matchAll(re2, t2, startWindows(everyStart, t2.length), 10)].map((m) => [m.index, m[0]]), full2);
});

test('every rule that runs near its keywords: each match of its regex holds one of its proving keywords within its lead', () => {
  let windowed = 0;
  for (const r of RULES) {
    const rc = reach(r.re, r.keywords);
    if (!rc) continue;
    windowed++;
    const texts = [r.negative(), ...Array.from({ length: 6 }, () => r.sample())];
    for (const t of texts) {
      for (const m of matchAll(r.re, t, null, 0)) {
        const low = m[0].toLowerCase();
        assert.ok(r.keywords.some((k) => low.includes(k)), `${r.id}: match ${JSON.stringify(m[0].slice(0, 60))} has none of ${r.keywords.join(', ')}`);
        assert.ok(
          [...rc.lead].some(([k, lead]) => {
            const at = low.indexOf(k);
            return at >= 0 && at <= lead;
          }),
          `${r.id}: match ${JSON.stringify(m[0].slice(0, 60))} has no keyword of ${JSON.stringify([...rc.lead])} within its lead`,
        );
      }
    }
  }
  assert.ok(windowed > RULES.length * 0.7, `most rules run near their keywords (${windowed} of ${RULES.length})`);
});

// deterministic pseudo-random filler
let seed = 7;
const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 0x100000000);

test('scanning near keywords finds the same secrets, lines and ids as scanning every rule over the whole text', () => {
  const filler = ['const x = compute(a, b);', 'https://example.com/path?q=1', 'password: string;', 'key: value', '// token handling', 'mysql://db', '  "secret": "${SECRET}",', 'login --help'];
  for (const r of RULES) {
    const file = fileFor(r);
    const lines: string[] = [];
    for (let i = 0; i < 40; i++) {
      lines.push(filler[Math.floor(rnd() * filler.length)]!);
      if (i % 9 === 4) lines.push(r.sample());
      if (i % 13 === 6) lines.push(r.negative());
    }
    const text = lines.join(rnd() < 0.5 ? '\n' : '\r\n');
    assert.deepEqual(scanText(text, { file }), scanText(text, { file, fullScan: true }), r.id);
  }
  // one dense text with every rule's samples mixed (many rules unlocked at once, windows merging)
  const all = RULES.filter((r) => !r.path).flatMap((r) => [r.sample(), filler[Math.floor(rnd() * filler.length)]!, r.negative()]);
  for (let k = 0; k < 3; k++) {
    for (let i = all.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [all[i], all[j]] = [all[j]!, all[i]!];
    }
    const text = all.join('\n');
    const full = scanText(text, { file: 'src/config.ts', fullScan: true });
    assert.ok(full.length > RULES.length / 2, 'the mixed text has findings');
    assert.deepEqual(scanText(text, { file: 'src/config.ts' }), full);
  }
});
