/**
 * Loaders for the peers' own detector test suites, read from local clones of their public repositories (the
 * bench commits none of their tokens; it reads them at run time):
 *  - gitleaks (GITLEAKS_SRC): per-rule `tps` / `fps` in cmd/generate/config/rules/*.go. True cases are built the
 *    way gitleaks' rule tests build them: `secrets.NewSecret(regex)` draws one random string from the regex
 *    (reggen, here randexp) and `utils.GenerateSampleSecrets(id, secret)` wraps it in the assignment contexts
 *    listed in cmd/generate/config/utils/generate.go (read from that file, not copied).
 *  - secretlint (SECRETLINT_SRC): packages/@secretlint/secretlint-rule-* /test/snapshots/{ng,ok}.* /input.*.
 *  - detect-secrets (DETECT_SECRETS_SRC): `(payload, should_flag)` tables of tests/plugins/*_test.py.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isUtf8 } from 'node:buffer';
import RandExp from 'randexp';

export interface Case {
  suite: string;
  rule: string;
  positive: boolean;
  text: string;
  /** file name to scan the case under (secretlint inputs keep theirs) */
  file: string;
  /** part of the held-out split (not read with --misses while tuning; reported only with --holdout) */
  holdout?: boolean;
}

// ------------------------------------------------------------------------------------------------ gitleaks

type Val = string | string[] | null;

interface Tok {
  t: 'str' | 'id' | 'p';
  v: string;
}

function tokenizeGo(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === '/' && src[i + 1] === '/') {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (c === '/' && src[i + 1] === '*') {
      const e = src.indexOf('*/', i + 2);
      i = e < 0 ? src.length : e + 2;
    } else if (c === '`') {
      const e = src.indexOf('`', i + 1);
      out.push({ t: 'str', v: src.slice(i + 1, e) });
      i = e + 1;
    } else if (c === '"') {
      let j = i + 1;
      let s = '';
      while (j < src.length && src[j] !== '"') {
        if (src[j] === '\\') {
          const n = src[j + 1]!;
          s += n === 'n' ? '\n' : n === 't' ? '\t' : n === 'r' ? '\r' : n;
          j += 2;
        } else s += src[j++];
      }
      out.push({ t: 'str', v: s });
      i = j + 1;
    } else if (/[A-Za-z_]/.test(c)) {
      let j = i;
      while (j < src.length && /[A-Za-z0-9_.]/.test(src[j]!)) j++;
      out.push({ t: 'id', v: src.slice(i, j) });
      i = j;
    } else if (/\s/.test(c)) i++;
    else if (src.startsWith(':=', i) || src.startsWith('...', i)) {
      const v = src.startsWith(':=', i) ? ':=' : '...';
      out.push({ t: 'p', v });
      i += v.length;
    } else {
      out.push({ t: 'p', v: c });
      i++;
    }
  }
  return out;
}

const PATTERNS: Record<string, (n?: string) => string> = {
  'utils.Numeric': (n) => `[0-9]{${n}}`,
  'utils.Hex': (n) => `[a-f0-9]{${n}}`,
  'utils.AlphaNumeric': (n) => `[a-z0-9]{${n}}`,
  'utils.AlphaNumericExtendedShort': (n) => `[a-z0-9_-]{${n}}`,
  'utils.AlphaNumericExtended': (n) => `[a-z0-9=_\\-]{${n}}`,
  'utils.AlphaNumericExtendedLong': (n) => `[a-z0-9\\/=_\\+\\-]{${n}}`,
  'utils.Hex8_4_4_4_12': () => '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
};

/** reggen's Generate(1): unbounded repeats add at most one more; Go's (?i) and \z are dropped for randexp. */
// a seeded generator (SEED, default 1): the same suite on every run, so two runs compare like with like
let seed = Number(process.env.SEED ?? 1) >>> 0 || 1;
function randInt(a: number, b: number): number {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return a + ((seed >>> 0) % (b - a + 1));
}

export function newSecret(regex: string): string {
  const r = new RandExp(regex.replace(/\(\?i\)/g, '').replace(/\\z/g, '').replace(/\\A/g, ''));
  r.max = 1;
  r.randInt = randInt;
  // ASCII only, like reggen's default alphabet for \w and .
  r.defaultRange.subtract(128, 65535);
  r.defaultRange.subtract(0, 31);
  return r.gen();
}

class GoEval {
  private i = 0;
  readonly env = new Map<string, Val>();
  constructor(
    private readonly toks: Tok[],
    private readonly templates: string[],
  ) {}

  at(i: number): void {
    this.i = i;
  }
  get pos(): number {
    return this.i;
  }
  private peek(k = 0): Tok | undefined {
    return this.toks[this.i + k];
  }
  private eat(v: string): boolean {
    if (this.peek()?.v === v) {
      this.i++;
      return true;
    }
    return false;
  }

  /** Skips a balanced group from the current '(' / '{' / '['. */
  skipGroup(): void {
    let depth = 0;
    do {
      const t = this.toks[this.i++];
      if (!t) return;
      if (t.t === 'p' && '({['.includes(t.v)) depth++;
      if (t.t === 'p' && ')}]'.includes(t.v)) depth--;
    } while (depth > 0);
  }

  expr(): Val {
    let v = this.primary();
    while (this.peek()?.v === '+') {
      this.i++;
      const r = this.primary();
      v = typeof v === 'string' && typeof r === 'string' ? v + r : null;
    }
    return v;
  }

  private args(): Val[] {
    const out: Val[] = [];
    if (!this.eat('(')) return out;
    while (this.peek() && this.peek()!.v !== ')') {
      out.push(this.expr());
      this.eat('...');
      if (!this.eat(',')) break;
    }
    this.eat(')');
    return out;
  }

  private primary(): Val {
    const t = this.peek();
    if (!t) return null;
    if (t.t === 'str') {
      this.i++;
      return t.v;
    }
    if (t.v === '[' && this.peek(1)?.v === ']' && this.peek(2)?.v === 'string' && this.peek(3)?.v === '{') {
      this.i += 4;
      const list: string[] = [];
      let ok = true;
      while (this.peek() && this.peek()!.v !== '}') {
        const v = this.expr();
        this.eat('...');
        if (typeof v === 'string') list.push(v);
        else if (Array.isArray(v)) list.push(...v);
        else ok = false;
        if (!this.eat(',')) break;
      }
      this.eat('}');
      return ok || list.length ? list : null;
    }
    if (t.t === 'id') {
      this.i++;
      if (this.peek()?.v !== '(') return this.env.has(t.v) ? this.env.get(t.v)! : null;
      const a = this.args();
      const s = (k: number) => (typeof a[k] === 'string' ? (a[k] as string) : null);
      const pat = PATTERNS[t.v];
      if (pat) return pat(s(0) ?? undefined);
      switch (t.v) {
        case 'secrets.NewSecret':
          try {
            return s(0) !== null ? newSecret(s(0)!) : null;
          } catch {
            return null;
          }
        case 'utils.GenerateSampleSecret':
          return s(0) !== null && s(1) !== null ? `${s(0)}_api_token = "${s(1)}"` : null;
        case 'utils.GenerateSampleSecrets':
          return s(0) !== null && s(1) !== null ? this.templates.map((tp) => tp.replaceAll('{i}', s(0)!).replaceAll('{I}', s(0)!.toUpperCase()).replaceAll('{s}', s(1)!)) : null;
        case 'append': {
          const out: string[] = [];
          for (const x of a) {
            if (typeof x === 'string') out.push(x);
            else if (Array.isArray(x)) out.push(...x);
          }
          return out;
        }
        case 'strings.Repeat':
          return s(0) !== null && typeof a[1] === 'string' ? s(0)!.repeat(Number(a[1])) : null;
        case 'fmt.Sprintf': {
          const f = s(0);
          if (f === null) return null;
          let k = 1;
          return f.replace(/%[sdv]/g, () => String(a[k++] ?? ''));
        }
        default:
          return null;
      }
    }
    if (/^\d/.test(t.v)) {
      this.i++;
      return t.v;
    }
    this.i++;
    return null;
  }
}

function templatesOf(generateGo: string): string[] {
  const start = generateGo.indexOf('func GenerateSampleSecrets');
  const body = generateGo.slice(start, generateGo.indexOf('replacer :=', start));
  const toks = tokenizeGo(body);
  const out: string[] = [];
  // entries are `"name": "template",` (commented TODOs were dropped by the tokenizer)
  for (let i = 0; i + 2 < toks.length; i++) {
    if (toks[i]!.t === 'str' && toks[i + 1]!.v === ':' && toks[i + 2]!.t === 'str') {
      out.push(toks[i + 2]!.v);
      i += 2;
    }
  }
  return out;
}

export function gitleaksCases(src: string): { cases: Case[]; unparsed: string[] } {
  const dir = join(src, 'cmd/generate/config/rules');
  const templates = templatesOf(readFileSync(join(src, 'cmd/generate/config/utils/generate.go'), 'utf8'));
  const cases: Case[] = [];
  const unparsed: string[] = [];
  const files = readdirSync(dir).filter((x) => x.endsWith('.go') && !x.endsWith('_test.go')).sort();
  for (const [fi, f] of files.entries()) {
    const text = readFileSync(join(dir, f), 'utf8');
    // every 5th rule file alphabetically (the 5th, 10th, ...) is held out: a split the scanner was not tuned on
    const holdout = fi % 5 === 4;
    // one function per rule: func X() *config.Rule { ... RuleID: "id" ... tps ... fps ... }
    for (const fn of text.split(/\nfunc /).slice(1)) {
      const id = /RuleID:\s*"([^"]+)"/.exec(fn)?.[1] ?? /r\.RuleID = "([^"]+)"/.exec(fn)?.[1];
      if (!id) continue;
      const toks = tokenizeGo(fn);
      const ev = new GoEval(toks, templates);
      for (let i = 0; i < toks.length; i++) {
        const t = toks[i]!;
        const n = toks[i + 1];
        if (t.t !== 'id' || !n || (n.v !== ':=' && n.v !== '=')) continue;
        if (toks[i - 1]?.v === '.' || toks[i - 1]?.v === ',') continue;
        ev.at(i + 2);
        const v = ev.expr();
        if (t.v === 'tps' || t.v === 'fps' || /^(?:tp|fp)[A-Za-z0-9_]*$/.test(t.v)) {
          const list = typeof v === 'string' ? [v] : v;
          if (!list) {
            unparsed.push(`${f}:${id}:${t.v}`);
            continue;
          }
          const positive = t.v.startsWith('tp');
          const prev = (ev.env.get(t.v) as string[] | undefined) ?? [];
          // `tps = append(tps, ...)` re-evaluates the old list: count only the new entries
          const fresh = list.slice(Array.isArray(prev) && list.length >= prev.length && prev.every((x, k) => list[k] === x) ? prev.length : 0);
          ev.env.set(t.v, list);
          for (const text of fresh) cases.push({ suite: holdout ? 'gitleaks-holdout' : 'gitleaks', rule: id, positive, text, file: 'sample.txt', ...(holdout ? { holdout } : {}) });
        } else if (v !== null) ev.env.set(t.v, v);
        i = Math.max(i, ev.pos - 1);
      }
    }
  }
  return { cases, unparsed };
}

// ------------------------------------------------------------------------------------------------ secretlint

export let skippedBinary = 0;

export function secretlintCases(src: string): Case[] {
  const base = join(src, 'packages/@secretlint');
  const cases: Case[] = [];
  skippedBinary = 0;
  for (const pkg of readdirSync(base).filter((p) => p.startsWith('secretlint-rule-')).sort()) {
    // presets repeat other rules' snapshots; `pattern` tests user-written patterns; no-k8s-kind-secret,
    // filter-comments, no-homedir (a home directory path) and example (the "THIS IS SECRET" demo rule of the
    // rule-writing guide) are policies, not secret formats
    if (['preset-recommend', 'preset-canary', 'pattern', 'no-k8s-kind-secret', 'filter-comments', 'no-homedir', 'example'].some((x) => pkg === `secretlint-rule-${x}`)) continue;
    const snaps = join(base, pkg, 'test', 'snapshots');
    if (!existsSync(snaps)) continue;
    for (const c of readdirSync(snaps).sort()) {
      const m = /^(ok|ng)\./.exec(c);
      if (!m) continue;
      const dir = join(snaps, c);
      if (!statSync(dir).isDirectory()) continue;
      const input = readdirSync(dir).find((x) => x.startsWith('input'));
      if (!input) continue;
      // a case whose options change the rule (allows, enableIDScanRule) tests configuration, not detection; the
      // options live in options.json or in a .secretlintrc.json next to the input
      if (existsSync(join(dir, 'options.json')) || existsSync(join(dir, '.secretlintrc.json'))) continue;
      // binary inputs (.p12 key stores) are not text: launchready reports key stores by file type (the
      // secrets/pkcs12-file check), outside the text scanner this bench calls
      const buf = readFileSync(join(dir, input));
      if (buf.includes(0) || !isUtf8(buf)) {
        skippedBinary++;
        continue;
      }
      cases.push({ suite: 'secretlint', rule: pkg.replace('secretlint-rule-', ''), positive: m[1] === 'ng', text: buf.toString('utf8'), file: input });
    }
  }
  return cases;
}

// ------------------------------------------------------------------------------------------------ detect-secrets

function pyStrings(s: string): string | null {
  // one or more adjacent Python string literals (implicit concatenation), optional r/b/f prefixes
  const re = /\s*[rbuf]{0,2}(?:'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)")/gy;
  let out = '';
  let m: RegExpExecArray | null;
  let any = false;
  let last = 0;
  while ((m = re.exec(s)) !== null) {
    any = true;
    out += (m[1] ?? m[2] ?? '').replace(/\\n/g, '\n').replace(/\\t/g, '\t').replace(/\\(['"\\])/g, '$1');
    last = re.lastIndex;
  }
  return any && s.slice(last).trim() === '' ? out : null;
}

export function detectSecretsCases(src: string): Case[] {
  const dir = join(src, 'tests/plugins');
  const cases: Case[] = [];
  // ip_public flags public IP addresses and high_entropy/keyword test their own tuning knobs: not secrets formats
  const skip = new Set(['ip_public_test.py', 'base_test.py', 'high_entropy_strings_test.py', 'keyword_test.py']);
  for (const f of readdirSync(dir).filter((x) => x.endsWith('_test.py') && !skip.has(x)).sort()) {
    const text = readFileSync(join(dir, f), 'utf8');
    const rule = basename(f, '_test.py');
    // (payload, True|False) tuples, one per line or spread over lines
    const re = /\(\s*((?:[rbuf]{0,2}(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")\s*)+),\s*(True|False)\s*,?\s*\)/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const payload = pyStrings(m[1]!);
      if (payload === null || payload.trim() === '') continue;
      cases.push({ suite: 'detect-secrets', rule, positive: m[2] === 'True', text: payload, file: 'sample.txt' });
    }
  }
  return cases;
}
