/**
 * Rule regexes run near their keywords only (issue 14: a findings-dense tree unlocks a dozen provider rules
 * in every file, and each rule's regex then walked all of every file: most of the CPU of a dense run).
 *
 * Why the result is the same as one pass over the whole text:
 *  1. every non-empty match of a rule's regex contains one of the rule's keywords (the prefilter's premise;
 *     rules.test.ts holds every rule to it), and the prefilter reports every occurrence of every keyword;
 *  2. `reach(re)` bounds how far, in UTF-16 units, the regex can look from a start position, forwards and
 *     backwards (every quantifier bounded, lookarounds counted as if they consumed), so whether and how the
 *     regex matches at a start s depends only on text[s - reach - 2, s + reach + 2]; and it bounds, per
 *     keyword, its `lead`: how far past the match's start the keyword can begin in the literal run that holds
 *     it (the widest the pattern can consume before that run). A match whose proving keyword occurs at p
 *     starts in [p - lead, p]: `ruleWindows` builds those start windows;
 *  3. the windows are scanned left to right from the end of the previous match, like the global regex, and
 *     a match found past a window's last start is dropped (a later window finds it if it is a real one).
 *     A narrow window is tried start by start with a sticky copy of the regex over the whole text (each try
 *     is exactly the global regex's try at that start); a wide one is searched in a slice of the text.
 * A regex whose reach is unbounded, or that uses the u/v/y flags, runs over the whole text as before.
 */

export interface Reach {
  /** furthest offset from a start position the regex can examine, in either direction */
  span: number;
  /**
   * keyword → the furthest past a match's start that keyword can begin where it proves the match (every match
   * holds an occurrence of one of these keywords at most `lead` units past its start); keywords of the rule
   * not listed never need a window of their own
   */
  lead: Map<string, number>;
}

const cache = new WeakMap<RegExp, Map<string, Reach | null>>();

/**
 * Upper bound of what a rule's regex can examine around a start position, when every match must contain one of
 * its keywords (a literal run of the pattern that holds a keyword, consumed on every path: not in a lookaround,
 * not optional, in every alternative); null when unbounded, not understood, or when the keywords only gate the
 * file (kubernetes-secret-yaml's `kind: secret`): then the regex runs over the whole text as before.
 */
export function reach(re: RegExp, keywords: readonly string[]): Reach | null {
  let byKw = cache.get(re);
  if (!byKw) cache.set(re, (byKw = new Map()));
  const key = keywords.join('\0');
  let r = byKw.get(key);
  if (r === undefined) {
    r = null;
    if (re.global && !/[uvy]/.test(re.flags) && keywords.length > 0) {
      try {
        const top = new PatternParser(re.source, keywords).parse();
        if (Number.isFinite(top.w) && top.kw && top.lead) r = { span: top.w, lead: top.lead };
      } catch {
        r = null;
      }
    }
    byKw.set(key, r);
  }
  return r;
}

/**
 * Per rule of a rule set, its reach and each keyword's lead, worked out the first time a text holds one of the
 * rule's keywords: parsing every rule's pattern up front cost 30-45 ms of start-up (cold code) in the CLI and again
 * in each worker thread, and most rules never meet their keywords in a given repository.
 */
/** Keywords shorter than this never start windows (the engine does not record their occurrences). */
export const MIN_WINDOW_KEYWORD = 2;

export class WindowPlan {
  /** per rule: its span, -1 when it runs over the whole text, -2 not worked out yet */
  private readonly spans: Int32Array;
  /** per rule and keyword index (rule * keywords + keyword): the keyword's lead, -1 when it proves no match */
  private readonly leads: Int32Array;
  private readonly nk: number;

  constructor(
    private readonly rules: readonly { re: RegExp; keywords: readonly string[] }[],
    /** the keyword list the prefilter's indices refer to (lowercase) */
    private readonly keywords: readonly string[],
  ) {
    this.nk = keywords.length;
    this.spans = new Int32Array(rules.length).fill(-2);
    this.leads = new Int32Array(rules.length * this.nk).fill(-1);
  }

  /** How far the rule's regex can examine from a start, or -1 when it runs over the whole text. */
  span(ri: number): number {
    let s = this.spans[ri]!;
    if (s === -2) {
      const r = this.rules[ri]!;
      const rc = reach(r.re, r.keywords);
      // a one-character keyword (discord-bot-token-bare's `.`) is in every other line of code: recording each
      // occurrence and trying the regex there cost more than one pass over the text, so such a rule runs whole
      s = rc && [...rc.lead.keys()].every((k) => k.length >= MIN_WINDOW_KEYWORD) ? rc.span : -1;
      for (const [k, lead] of s >= 0 ? rc!.lead : []) {
        const ki = this.keywords.indexOf(k.toLowerCase());
        if (ki >= 0) this.leads[ri * this.nk + ki] = lead;
      }
      this.spans[ri] = s;
    }
    return s;
  }

  /** Lead of keyword index k for rule ri (windows start at an occurrence minus it), -1 when k proves none of its matches. */
  lead(ri: number, k: number): number {
    if (this.span(ri) < 0) return -1;
    return this.leads[ri * this.nk + k]!;
  }
}

class Unsupported extends Error {}

const BRACE = /\{(\d+)(,(\d*))?\}/y;

/** w: maximum width (lookarounds counted as consuming); kw: every match consumes a literal run holding a keyword */
interface Node {
  w: number;
  /** maximum width consumed (lookarounds consume nothing) */
  c: number;
  kw: boolean;
  /** with kw: keyword → how far past the node's start that keyword can begin in the run that proves it */
  lead?: Map<string, number>;
  /** a single literal character (lowercased), for runs */
  lit?: string;
}

/** The proof with the nearest keywords (smallest worst lead) of two that a sequence holds on every path. */
function nearer(a: Map<string, number> | undefined, b: Map<string, number>): Map<string, number> {
  if (!a) return b;
  const worst = (m: Map<string, number>) => Math.max(...m.values());
  return worst(b) < worst(a) || (worst(b) === worst(a) && b.size < a.size) ? b : a;
}

/** Parses a regex source (non-unicode syntax) into widths and the keyword guarantee. */
class PatternParser {
  private i = 0;
  private readonly groups: number[] = [];
  constructor(
    private readonly s: string,
    private readonly keywords: readonly string[],
  ) {}

  parse(): Node {
    const n = this.alternation();
    if (this.i !== this.s.length) throw new Unsupported('trailing');
    return n;
  }

  private alternation(): Node {
    const first = this.sequence();
    let w = first.w;
    let c = first.c;
    let kw = first.kw;
    // a match takes one branch: it holds that branch's proving keyword, so every branch's keywords need windows,
    // each as far from the start as the furthest branch puts it
    const lead = new Map(first.lead);
    while (this.s[this.i] === '|') {
      this.i++;
      const b = this.sequence();
      w = Math.max(w, b.w);
      c = Math.max(c, b.c);
      kw = kw && b.kw;
      for (const [k, v] of b.lead ?? []) lead.set(k, Math.max(v, lead.get(k) ?? 0));
    }
    return kw ? { w, c, kw, lead } : { w, c, kw };
  }

  private sequence(): Node {
    let w = 0;
    let c = 0;
    let kw = false;
    let lead: Map<string, number> | undefined;
    let run = '';
    /** consumed width before the run's first character */
    let runAt = 0;
    const endRun = () => {
      // the run's longest keyword (the rarest, fewest windows) proves the match: its first place in the run
      let best = '';
      for (const k of this.keywords) if (k.length > best.length && run.includes(k)) best = k;
      if (best) {
        kw = true;
        lead = nearer(lead, new Map([[best, runAt + run.indexOf(best)]]));
      }
      run = '';
    };
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      const atom = this.atom();
      const [min, max] = this.quantifier();
      w += atom.w * max;
      if (atom.lit !== undefined && min === 1 && max === 1) {
        if (run === '') runAt = c;
        run += atom.lit;
      } else if (atom.w === 0 && atom.lit === undefined && !atom.kw) {
        // zero-width assertions (\b, ^, $, lookarounds) sit between characters: the run goes on across them
      } else {
        endRun();
        if (atom.kw && min >= 1 && atom.lead) {
          kw = true;
          // the first repetition holds the keyword: as far from the start as everything before it can consume
          const at = c;
          lead = nearer(lead, new Map([...atom.lead].map(([k, v]) => [k, at + v])));
        }
      }
      c += atom.c * max;
    }
    endRun();
    return kw && lead ? { w, c, kw, lead } : { w, c, kw };
  }

  /** [min, max] repetitions of the quantifier that follows ([1, 1] if none); max may be Infinity */
  private quantifier(): [number, number] {
    const c = this.s[this.i];
    let q: [number, number];
    if (c === '*') q = [0, Infinity];
    else if (c === '+') q = [1, Infinity];
    else if (c === '?') q = [0, 1];
    else if (c === '{') {
      // sticky at the brace: slicing the rest of the source at every brace was quadratic (10% of a worker's start-up)
      BRACE.lastIndex = this.i;
      const m = BRACE.exec(this.s);
      if (!m) throw new Unsupported('brace');
      this.i += m[0].length - 1;
      q = [Number(m[1]), m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3])];
    } else return [1, 1];
    this.i++;
    if (this.s[this.i] === '?') this.i++; // lazy
    return q;
  }

  private atom(): Node {
    const s = this.s;
    const c = s[this.i]!;
    if (c === '(') {
      this.i++;
      let capture = true;
      let look = false;
      if (s[this.i] === '?') {
        capture = false;
        const rest = s.slice(this.i, this.i + 3);
        if (rest.startsWith('?:')) this.i += 2;
        else if (rest.startsWith('?=') || rest.startsWith('?!')) {
          this.i += 2;
          look = true;
        } else if (rest === '?<=' || rest === '?<!') {
          this.i += 3;
          look = true;
        } else if (rest.startsWith('?<')) {
          const end = s.indexOf('>', this.i);
          if (end < 0) throw new Unsupported('group name');
          this.i = end + 1;
          capture = true;
        } else throw new Unsupported('group');
      }
      const slot = capture ? this.groups.push(Infinity) - 1 : -1;
      const inner = this.alternation();
      if (s[this.i] !== ')') throw new Unsupported('unclosed');
      this.i++;
      if (slot >= 0) this.groups[slot] = inner.w;
      // a lookaround consumes nothing: it may reach as far as its content (counted in w) but proves no keyword
      return look ? { w: inner.w, c: 0, kw: false } : inner;
    }
    if (c === '[') {
      this.i++;
      const negated = s[this.i] === '^';
      if (negated) this.i++;
      const from = this.i;
      while (this.i < s.length && s[this.i] !== ']') this.i += s[this.i] === '\\' ? 2 : 1;
      if (s[this.i] !== ']') throw new Unsupported('class');
      const body = s.slice(from, this.i);
      this.i++;
      // [hH], [Aa], [x]: one letter in either case (how keyed rules spell names) is a literal of a run
      if (!negated && /^[A-Za-z0-9_:.-]{1,2}$/.test(body) && new Set(body.toLowerCase()).size === 1) return { w: 1, c: 1, kw: false, lit: body[0]!.toLowerCase() };
      return { w: 1, c: 1, kw: false };
    }
    if (c === '\\') {
      const n = s[this.i + 1];
      if (n === undefined) throw new Unsupported('escape');
      this.i += 2;
      if (n === 'b' || n === 'B') return { w: 0, c: 0, kw: false };
      if (n >= '1' && n <= '9') {
        const m = /^\d*/.exec(s.slice(this.i))!;
        this.i += m[0].length;
        const g = this.groups[Number(n + m[0]) - 1];
        if (g === undefined || !Number.isFinite(g)) throw new Unsupported('backreference');
        return { w: g, c: g, kw: false };
      }
      if (n === 'k' || n === 'p' || n === 'P') throw new Unsupported('escape');
      if (n === 'u') {
        if (!/^[0-9a-fA-F]{4}/.test(s.slice(this.i))) throw new Unsupported('\\u');
        const ch = String.fromCharCode(parseInt(s.slice(this.i, this.i + 4), 16));
        this.i += 4;
        return { w: 1, c: 1, kw: false, lit: ch.toLowerCase() };
      }
      if (n === 'x') {
        if (!/^[0-9a-fA-F]{2}/.test(s.slice(this.i))) throw new Unsupported('\\x');
        const ch = String.fromCharCode(parseInt(s.slice(this.i, this.i + 2), 16));
        this.i += 2;
        return { w: 1, c: 1, kw: false, lit: ch.toLowerCase() };
      }
      if (n === 'c') {
        this.i++;
        return { w: 1, c: 1, kw: false };
      }
      // \d \w \s \D \W \S \t \n \r \f \v \0: one character, not a literal of a keyword; \. \- \/ ...: the character itself
      if (/[dwsDWStnrfv0]/.test(n)) return { w: 1, c: 1, kw: false };
      return { w: 1, c: 1, kw: false, lit: n.toLowerCase() };
    }
    if (c === '^' || c === '$') {
      this.i++;
      return { w: 0, c: 0, kw: false };
    }
    if (c === '.') {
      this.i++;
      return { w: 1, c: 1, kw: false };
    }
    if (c === '*' || c === '+' || c === '?' || c === '{' || c === ')' || c === '|' || c === ']' || c === '}') throw new Unsupported(`stray ${c}`);
    this.i++;
    return { w: 1, c: 1, kw: false, lit: c.toLowerCase() };
  }
}

/**
 * Candidate start windows of one rule from its keyword occurrences in the text: flat [start, end] pairs
 * (inclusive), sorted and merged. `occ` holds [start, lead] pairs: the occurrence's start and its keyword's lead
 * (`Reach.lead`), so a match it proves starts in [start - lead, start].
 */
export function startWindows(occ: number[], textLength: number): number[] {
  const n = occ.length >> 1;
  const lo = new Int32Array(n);
  const hi = new Int32Array(n);
  let sorted = true;
  for (let i = 0; i < n; i++) {
    const p = occ[2 * i]!;
    lo[i] = Math.max(0, p - occ[2 * i + 1]!);
    hi[i] = Math.min(p, textLength - 1);
    if (i > 0 && lo[i]! < lo[i - 1]!) sorted = false;
  }
  // the prefilter reports occurrences by where they end, so starts are almost always in order already
  let order: number[] | null = null;
  if (!sorted) order = Array.from({ length: n }, (_, i) => i).sort((a, b) => lo[a]! - lo[b]!);
  const out: number[] = [];
  for (let j = 0; j < n; j++) {
    const i = order ? order[j]! : j;
    const a = lo[i]!;
    const b = hi[i]!;
    if (out.length > 0 && a <= out[out.length - 1]! + 1) {
      if (b > out[out.length - 1]!) out[out.length - 1] = b;
    } else out.push(a, b);
  }
  return out;
}

/**
 * Windows up to this many starts wide are tried start by start with a sticky copy of the regex (no slice, no
 * scan past the window); wider ones are searched in a slice of the text with one global exec.
 */
const STICKY_MAX_STARTS = 64;
/** What one sticky try costs, in characters of a global scan (measured on the dense bench trees, issue 14). */
const STICKY_TRY_COST = 8;

const stickies = new WeakMap<RegExp, RegExp>();
function stickyOf(re: RegExp): RegExp {
  let y = stickies.get(re);
  if (!y) stickies.set(re, (y = new RegExp(re.source, `${re.flags}y`)));
  return y;
}

/** Share of the text a windowed scan would examine, beyond which one pass over the whole text is cheaper. */
const MAX_WINDOWED_SHARE = 0.5;

/**
 * Every non-empty match of `re` in `text`, in order, like `while ((m = re.exec(text)))` with empty matches
 * stepped over and at most `limit` of them; near `windows` only when given (see the top of this file). Each
 * match's `index` and `input` are those of the whole text.
 */
export function* matchAll(re: RegExp, text: string, windows: number[] | null, span: number, limit = 100_000): Generator<RegExpExecArray> {
  let guard = 0;
  if (windows !== null) {
    let examined = 0;
    for (let w = 0; w < windows.length; w += 2) {
      const starts = windows[w + 1]! - windows[w]! + 1;
      examined += starts <= STICKY_MAX_STARTS ? starts * STICKY_TRY_COST : starts + span;
    }
    if (examined > text.length * MAX_WINDOWED_SHARE) windows = null;
  }
  if (windows === null) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (++guard > limit) return;
      yield m;
    }
    return;
  }
  const margin = span + 2;
  let pos = 0;
  for (let w = 0; w < windows.length; w += 2) {
    const ws = Math.max(windows[w]!, pos);
    const we = windows[w + 1]!;
    if (ws > we) continue;
    if (windows[w + 1]! - windows[w]! < STICKY_MAX_STARTS) {
      // each try is the global regex's own try at that start, over the whole text
      const y = stickyOf(re);
      for (let s = ws; s <= we; s++) {
        y.lastIndex = s;
        const m = y.exec(text);
        if (m === null || m[0].length === 0) continue;
        if (++guard > limit) return;
        pos = s + m[0].length;
        yield m;
        s = pos - 1;
      }
      continue;
    }
    const from = Math.max(0, ws - margin);
    const sub = text.slice(from, Math.min(text.length, we + margin + 1));
    re.lastIndex = ws - from;
    let m: RegExpExecArray | null;
    while ((m = re.exec(sub)) !== null) {
      const at = m.index + from;
      if (at > we) break;
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (++guard > limit) return;
      m.index = at;
      m.input = text;
      pos = at + m[0].length;
      const next = re.lastIndex;
      yield m;
      // the consumer may have used the regex in between
      re.lastIndex = next;
    }
  }
}
