import { hashHex } from './fingerprint.js';
import type { Finding } from './types.js';

/**
 * Central redaction (secretlint habit: rules report raw, masking happens once). Every string of every finding
 * passes through a Redactor before any reporter sees it. Two layers:
 *  1. exact values registered during the run (secrets the scanner matched, identity tokens, passwords);
 *  2. patterns for secret-shaped text that nobody registered (bearer tokens, JWTs, URL passwords, PEM bodies,
 *     well-known token prefixes, `password=...` pairs).
 * A masked value keeps a short prefix and a fingerprint so two findings about the same secret can be matched
 * without showing it: `sk_live_51Hx…(fp:9c1e22ab)`.
 */

export function secretFingerprint(value: string): string {
  return hashHex(value, 8);
}

/** How many leading characters of a secret may be shown: enough to recognise the kind, never the secret. */
function prefixLength(value: string): number {
  const known = /^(sk_live_|sk_test_|rk_live_|rk_test_|whsec_|ghp_|gho_|ghu_|ghs_|ghr_|github_pat_|glpat-|xox[abposr]-|npm_|AKIA|ASIA|AIza|SG\.|sk-proj-|sk-ant-|sk-|eyJ)/.exec(value);
  const base = known ? known[0].length : 0;
  // At most a quarter of the value, at most 4 characters beyond a known prefix, and never more than 12.
  return Math.min(base + 4, Math.floor(value.length / 4), 12);
}

/** `fingerprint` lets a caller that already has secretFingerprint(value) skip hashing the value again. */
export function maskSecret(value: string, fingerprint?: string): string {
  if (value.length === 0) return value;
  return `${value.slice(0, prefixLength(value))}…(fp:${fingerprint ?? secretFingerprint(value)})`;
}

interface PatternRule {
  re: RegExp;
  /** index of the capture group holding the secret part; 0 = whole match */
  group: number;
}

// Bounded quantifiers keep every pattern linear-time on long lines (no nested unbounded repetition).
const PATTERNS: PatternRule[] = [
  // PEM private key blocks (body only is masked)
  { re: /-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY)-----[\s\S]{1,8000}?-----END \1-----/g, group: 0 },
  // JWTs
  { re: /\beyJ[A-Za-z0-9_-]{8,4000}\.eyJ[A-Za-z0-9_-]{2,8000}\.[A-Za-z0-9_-]{0,2000}/g, group: 0 },
  // Authorization: Bearer/Basic/token values
  { re: /\b(?:Bearer|Basic|Token|token)\s+([A-Za-z0-9._~+/=-]{12,4000})/g, group: 1 },
  // passwords in URLs: scheme://user:password@host
  { re: /\b[a-z][a-z0-9+.-]{1,20}:\/\/[^\s:/@'"]{0,200}:([^\s@'"/]{3,400})@/gi, group: 1 },
  // well-known token prefixes
  {
    re: /\b(?:sk_live_|rk_live_|sk_test_|rk_test_|whsec_|ghp_|gho_|ghu_|ghs_|ghr_|github_pat_|glpat-|xox[abposr]-|npm_|sk-proj-|sk-ant-[a-z0-9]{0,8}-?|AIza|SG\.)[A-Za-z0-9_.-]{16,400}/g,
    group: 0,
  },
  { re: /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g, group: 0 },
  // key=value / "key": "value" pairs whose key names a secret
  {
    // (?<![/\\]): a key word that is a path segment (/etc/passwd: …, /srv/secrets: …) is the tool's own text
    // A key that only describes the secret (tokenType, password_length, secretName, token_url) holds no secret, and
    // an auth scheme word (`"tokenType": "Bearer"`) or a boolean is never one (issue 17).
    re: /(?<![/\\])(?:pass(?:word|wd)?|secret|token|api[_-]?key|apikey|private[_-]?key|client[_-]?secret|access[_-]?key|credentials?|session[_-]?(?:id|token))(?![_-]?(?:type|name|length|len|url|uri|endpoint|expires?(?:_?in|_?at)?|ttl|hint|label|policy|field|format|count|placeholder|hash_?alg|algorithm)\b)[A-Za-z0-9_-]{0,30}["']?\s{0,3}[:=]\s{0,3}["']?((?![$<])(?!(?:bearer|basic|digest|jwt|true|false|null|none|undefined)["'\s,;&}]|(?:bearer|basic|digest|jwt|true|false|null|none|undefined)$)[^\s"',;&}]{6,400})/gi,
    group: 1,
  },
];

/** Values that look like a secret match but are safe and useful to show. */
function isHarmless(value: string): boolean {
  if (value.includes('…(fp:')) return true; // already masked
  if (/^\*+$|^x+$|^<[^>]*>$|^\$\{[^}]*\}$|^\[REDACTED\]$/i.test(value)) return true;
  if (/^(true|false|null|undefined|required|optional|redacted|none)$/i.test(value)) return true;
  return false;
}

/**
 * Multi-pattern matcher over the registered values (Aho-Corasick over UTF-16 code units). One pass over a text
 * finds every occurrence of every value in O(text + matches), whatever the number of values: the previous
 * single alternation regex of all values cost O(text × values) and dominated runs with thousands of findings.
 * The trie lives in typed arrays (first-child / next-sibling lists, a dense table for the root): secrets are
 * long random strings, so the trie is mostly chains, and a Map per state cost ~30 KB of heap per value.
 */
class ValueAutomaton {
  private readonly label: Uint16Array;
  private readonly firstChild: Int32Array;
  private readonly nextSibling: Int32Array;
  private readonly fail: Int32Array;
  /** length of the value that ends in this state, 0 if none */
  private readonly outLen: Int32Array;
  /** nearest proper suffix state that ends a value (-1 if none): walks shorter values ending at the same place */
  private readonly dict: Int32Array;
  /** root transitions by code unit (-1: none) */
  private readonly root = new Int32Array(65536).fill(-1);
  readonly values: string[];

  constructor(values: string[]) {
    this.values = values;
    let cap = 1;
    for (const v of values) cap += v.length;
    const label = new Uint16Array(cap);
    const firstChild = new Int32Array(cap).fill(-1);
    const nextSibling = new Int32Array(cap).fill(-1);
    const outLen = new Int32Array(cap);
    let n = 1;
    for (const v of values) {
      let s = 0;
      for (let i = 0; i < v.length; i++) {
        const c = v.charCodeAt(i);
        let t = s === 0 ? this.root[c]! : firstChild[s]!;
        if (s !== 0) while (t !== -1 && label[t] !== c) t = nextSibling[t]!;
        if (t === -1) {
          t = n++;
          label[t] = c;
          if (s === 0) this.root[c] = t;
          else {
            nextSibling[t] = firstChild[s]!;
            firstChild[s] = t;
          }
          // root children are chained too, for the breadth-first pass
          if (s === 0) {
            nextSibling[t] = firstChild[0]!;
            firstChild[0] = t;
          }
        }
        s = t;
      }
      outLen[s] = v.length;
    }
    this.label = label.subarray(0, n);
    this.firstChild = firstChild.subarray(0, n);
    this.nextSibling = nextSibling.subarray(0, n);
    this.outLen = outLen.subarray(0, n);
    const fail = new Int32Array(n);
    const dict = new Int32Array(n).fill(-1);
    const queue = new Int32Array(n);
    let qh = 0;
    let qt = 0;
    for (let t = firstChild[0]!; t !== -1; t = nextSibling[t]!) queue[qt++] = t;
    const root = this.root;
    while (qh < qt) {
      const s = queue[qh++]!;
      for (let t = firstChild[s]!; t !== -1; t = nextSibling[t]!) {
        const c = label[t]!;
        let f = fail[s]!;
        // this.step(f, c) written out: the loop runs once per state (hundreds of thousands with thousands of
        // values), once per run and so before the JIT has warmed up, where a call per step costs most of it
        let g: number;
        for (;;) {
          if (f === 0) {
            g = root[c]!;
            break;
          }
          g = firstChild[f]!;
          while (g !== -1 && label[g] !== c) g = nextSibling[g]!;
          if (g !== -1) break;
          f = fail[f]!;
        }
        fail[t] = g === -1 || g === t ? 0 : g;
        const ft = fail[t]!;
        dict[t] = outLen[ft]! > 0 ? ft : dict[ft]!;
        queue[qt++] = t;
      }
    }
    this.fail = fail;
    this.dict = dict;
  }

  private step(s: number, c: number): number {
    if (s === 0) return this.root[c]!;
    let t = this.firstChild[s]!;
    while (t !== -1 && this.label[t] !== c) t = this.nextSibling[t]!;
    return t;
  }

  /** Calls back (end offset exclusive, value length) for every occurrence, longest value first at each end. */
  scan(text: string, hit: (end: number, len: number) => void): void {
    const { fail, outLen, dict } = this;
    let s = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      const c = text.charCodeAt(i);
      let t = this.step(s, c);
      while (t === -1 && s !== 0) {
        s = fail[s]!;
        t = this.step(s, c);
      }
      s = t === -1 ? 0 : t;
      if (s === 0) continue;
      for (let o = outLen[s]! > 0 ? s : dict[s]!; o > 0; o = dict[o]!) hit(i + 1, outLen[o]!);
    }
  }
}

/**
 * Multi-pattern matcher for values of at least ANCHOR code units: a table of the hash of each value's first ANCHOR
 * units, and one rolling hash over the text; where a text window's hash is in the table, the candidate values
 * are compared in full. Adding a value costs one hash (the automaton costs a state and a failure link per
 * character: with 7,500 secrets of a findings-dense run, ~260k states and a quarter of a second, built before
 * the JIT has warmed up), and a scan stays one pass over the text whatever the number of values.
 */
const ANCHOR = 16;
const HASH_BASE = 0x01000193;
class AnchorMatcher {
  /** anchor hash → indices into values */
  private readonly table = new Map<number, number[]>();
  /** one bit per (hash & mask): most text windows are ruled out without a Map lookup */
  private readonly bits = new Uint32Array(1 << 15);
  private readonly values: string[] = [];
  /** HASH_BASE ** (ANCHOR - 1), to drop the leaving character */
  private readonly top: number;

  constructor() {
    let t = 1;
    for (let i = 0; i < ANCHOR - 1; i++) t = Math.imul(t, HASH_BASE);
    this.top = t;
  }

  get size(): number {
    return this.values.length;
  }

  add(value: string): void {
    let h = 0;
    for (let i = 0; i < ANCHOR; i++) h = (Math.imul(h, HASH_BASE) + value.charCodeAt(i)) | 0;
    let list = this.table.get(h);
    if (!list) this.table.set(h, (list = []));
    list.push(this.values.length);
    this.values.push(value);
    this.bits[(h >>> 5) & 0x7fff] |= 1 << (h & 31);
  }

  /** Calls back (end offset exclusive, value length) for every occurrence of every value. */
  scan(text: string, hit: (end: number, len: number) => void): void {
    const n = text.length;
    if (n < ANCHOR || this.values.length === 0) return;
    const { bits, top } = this;
    let h = 0;
    for (let i = 0; i < ANCHOR; i++) h = (Math.imul(h, HASH_BASE) + text.charCodeAt(i)) | 0;
    for (let i = 0; ; i++) {
      // window [i, i + ANCHOR)
      if ((bits[(h >>> 5) & 0x7fff]! & (1 << (h & 31))) !== 0) {
        const list = this.table.get(h);
        if (list) for (const vi of list) {
          const v = this.values[vi]!;
          if (text.startsWith(v, i)) hit(i + v.length, v.length);
        }
      }
      if (i + ANCHOR >= n) break;
      h = (Math.imul(h - Math.imul(text.charCodeAt(i), top), HASH_BASE) + text.charCodeAt(i + ANCHOR)) | 0;
    }
  }
}

/** The redactor remembers answers for strings up to this long, and up to this many of them (see Redactor.memo). */
const MEMO_MAX_CHARS = 512;
const MEMO_MAX_ENTRIES = 20_000;

/** Values shorter than this are masked only as whole tokens, so `pw` never shreds `upwards` nor `hunter2` `hunter22`; a longer value is specific enough to mask wherever it occurs. */
const SHORT_VALUE = 16;
const WORD = /[\p{L}\p{N}_]/u;
function isWordAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  return WORD.test(text[i]!);
}

export class Redactor {
  private readonly exact = new Map<string, string>();
  /**
   * Values in automata of geometrically growing size (a log-structured merge): registering between two
   * redactions — the API client registers each token it receives while its evidence log redacts each line —
   * costs amortised O(log n) rebuilds per value instead of one full rebuild per value. Only values shorter
   * than ANCHOR live here; longer ones (almost all secrets) are in `anchored`.
   */
  private automata: ValueAutomaton[] = [];
  private pending: string[] = [];

  /**
   * Register a value that must never appear in output, whatever its length or entropy (issue 15: every value a
   * detector reports is masked everywhere). Values under 16 characters are masked only where they stand as a
   * whole token (not inside a longer word), so a short password does not mangle unrelated text.
   */
  register(value: string | undefined | null): void {
    if (!value || this.exact.has(value)) return;
    this.exact.set(value, maskSecret(value));
    this.pending.push(value);
    // a new value may change any earlier answer
    if (this.memo.size > 0) this.memo.clear();
  }

  /**
   * Answers for strings redacted since the last new value: a report repeats the same titles, remediations,
   * provider names and rule ids in every finding (issue 14: ~20 strings per finding, 7,500 findings), and each
   * answer costs a pass of the value automaton and of every pattern. Only short strings, and a bounded number,
   * so the memo never holds much beyond what the findings already hold.
   */
  private readonly memo = new Map<string, string>();

  get size(): number {
    return this.exact.size;
  }

  /** values of ANCHOR units or more (almost every secret) */
  private readonly anchored = new AnchorMatcher();

  private flush(): void {
    if (this.pending.length === 0) return;
    // long values go to the hash-anchored matcher (cheap to add to), short ones to the automata
    let batch = this.pending.filter((v) => v.length < ANCHOR);
    for (const v of this.pending) if (v.length >= ANCHOR) this.anchored.add(v);
    this.pending = [];
    if (batch.length === 0) return;
    while (this.automata.length > 0 && this.automata[this.automata.length - 1]!.values.length <= batch.length) {
      batch = this.automata.pop()!.values.concat(batch);
    }
    this.automata.push(new ValueAutomaton(batch));
  }

  /** Spans [start, end) of registered values in text: leftmost, then longest; short values only as whole tokens. */
  private exactSpans(text: string): [number, number][] {
    this.flush();
    // best (longest acceptable) match starting at each offset
    // allocated on the first hit: most strings of a report contain no registered value
    let best: Map<number, number> | null = null;
    for (const a of [this.anchored, ...this.automata]) {
      a.scan(text, (end, len) => {
        const start = end - len;
        if (len < SHORT_VALUE) {
          if (isWordAt(text, start) && isWordAt(text, start - 1)) return;
          if (isWordAt(text, end - 1) && isWordAt(text, end)) return;
        }
        best ??= new Map<number, number>();
        const cur = best.get(start);
        if (cur === undefined || end > cur) best.set(start, end);
      });
    }
    if (best === null) return [];
    const found: Map<number, number> = best;
    const starts = [...found.keys()].sort((x, y) => x - y);
    const spans: [number, number][] = [];
    let covered = -1;
    for (const st of starts) {
      const en = found.get(st)!;
      if (st < covered) {
        // overlapping a span already taken: extend it when this one reaches further (both are secret text)
        if (en > covered) spans[spans.length - 1]![1] = covered = en;
        continue;
      }
      spans.push([st, en]);
      covered = en;
    }
    return spans;
  }

  redact(text: string): string {
    if (!text) return text;
    const memoable = text.length <= MEMO_MAX_CHARS;
    if (memoable) {
      const known = this.memo.get(text);
      if (known !== undefined) return known;
    }
    const out = this.redactUncached(text);
    if (memoable) {
      if (this.memo.size >= MEMO_MAX_ENTRIES) this.memo.clear();
      this.memo.set(text, out);
    }
    return out;
  }

  private redactUncached(text: string): string {
    let out = text;
    if (this.exact.size > 0) {
      const spans = this.exactSpans(text);
      if (spans.length > 0) {
        const parts: string[] = [];
        let at = 0;
        for (const [st, en] of spans) {
          parts.push(text.slice(at, st));
          const v = text.slice(st, en);
          parts.push(this.exact.get(v) ?? maskSecret(v));
          at = en;
        }
        parts.push(text.slice(at));
        out = parts.join('');
      }
    }
    for (const { re, group } of PATTERNS) {
      // most strings match no pattern: a test is several times cheaper than a replace that finds nothing
      re.lastIndex = 0;
      if (!re.test(out)) continue;
      re.lastIndex = 0;
      out = out.replace(re, (...args: unknown[]) => {
        const whole = args[0] as string;
        const secret = group === 0 ? whole : (args[group] as string | undefined);
        if (!secret || isHarmless(secret)) return whole;
        if (group === 0) return maskSecret(whole);
        return whole.replace(secret, maskSecret(secret));
      });
    }
    return out;
  }

  redactValue<T>(value: T): T {
    if (typeof value === 'string') return this.redact(value) as T;
    if (Array.isArray(value)) return value.map((v) => this.redactValue(v)) as T;
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = this.redactValue(v);
      return out as T;
    }
    return value;
  }

  /**
   * Like redactValue, but a plain object or array none of whose strings changes comes back as itself rather
   * than as a copy (a finding's data and meta rarely hold anything to mask; copying them for every finding
   * of a dense run doubled their memory). Other objects are copied as redactValue copies them.
   */
  private redactShared<T>(value: T): T {
    if (typeof value === 'string') return this.redact(value) as T;
    if (!value || typeof value !== 'object') return value;
    const proto = Object.getPrototypeOf(value) as unknown;
    if (Array.isArray(value)) {
      let out: unknown[] | null = null;
      for (let i = 0; i < value.length; i++) {
        const v = this.redactShared(value[i] as unknown);
        if (v !== value[i] && out === null) out = value.slice(0, i);
        out?.push(v);
      }
      return (out ?? value) as T;
    }
    if (proto !== Object.prototype && proto !== null) return this.redactValue(value);
    let out: Record<string, unknown> | null = null;
    const entries = Object.entries(value as Record<string, unknown>);
    for (let i = 0; i < entries.length; i++) {
      const [k, v] = entries[i]!;
      const r = this.redactShared(v);
      if (r !== v && out === null) {
        out = {};
        for (let j = 0; j < i; j++) out[entries[j]![0]] = entries[j]![1];
      }
      if (out !== null) out[k] = r;
    }
    // a null-prototype object comes back as a plain one when copied, as redactValue makes it
    return (out ?? (proto === null ? this.redactValue(value) : value)) as T;
  }

  /**
   * Redact every human-readable string of a finding. Ids, check ids and enums are left alone. A finding with
   * nothing to mask comes back as itself (no copy per finding); one with something to mask as a new object.
   */
  redactFinding(f: Finding): Finding {
    const title = this.redact(f.title);
    const message = this.redact(f.message);
    const evidence = f.evidence !== undefined ? this.redact(f.evidence) : undefined;
    const remediation = f.remediation !== undefined ? this.redact(f.remediation) : undefined;
    const data = f.data ? this.redactShared(f.data) : undefined;
    const meta = f.meta ? this.redactShared(f.meta) : undefined;
    const url = f.location?.url ? this.redact(f.location.url) : undefined;
    if (title === f.title && message === f.message && evidence === f.evidence && remediation === f.remediation && data === f.data && meta === f.meta && url === f.location?.url) return f;
    const out: Finding = { ...f, title, message };
    if (f.evidence !== undefined) out.evidence = evidence;
    if (f.remediation !== undefined) out.remediation = remediation;
    if (f.data) out.data = data;
    if (f.meta) out.meta = meta;
    if (f.location?.url) out.location = { ...f.location, url: url! };
    return out;
  }
}

