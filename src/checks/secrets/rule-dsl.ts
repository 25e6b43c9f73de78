import type { Severity } from '../../core/types.js';

/**
 * A small DSL for secret rules. A token format is a sequence of parts (literal text or a character class with
 * a length range); from one description we build (1) a linear-time regular expression with bounded
 * quantifiers only, (2) the lowercase keywords the prefilter looks for, and (3) a synthetic sample for the test
 * table, so a rule, its prefilter and its test can never drift apart.
 */

/** A literal, or [character class body, min length, max length (default = min)]. */
export type Part = string | readonly [cls: string, min: number, max?: number];

/**
 * secret: a live credential; test: test/development value (low); public: publishable by design (info, pass);
 * seed: the password of an account a seed/fixture file creates (low: change it where the seed ran, nothing to
 * rotate at a provider); unverified: a provider format whose checksum does not verify (placeholder or corrupted
 * copy: low warn, not silence).
 */
export type SecretKind = 'secret' | 'test' | 'public' | 'seed' | 'unverified';

export interface Verdict {
  /** reject = not a secret at all (look-alike, bad checksum, placeholder) */
  kind: SecretKind | 'reject';
  /** override of the rule's severity */
  severity?: Severity;
  /** short reason shown in the finding (e.g. "Supabase service_role JWT") */
  note?: string;
}

export interface SecretRule {
  /** check id suffix: secrets/<id> */
  id: string;
  provider: string;
  /** family for the docs page: cloud, payment, vcs, chat, email, ai, database, observability, ci, registry, saas, crypto, auth, key, generic */
  family: string;
  title: string;
  /** what an attacker gets with it (docs and remediation) */
  grants: string;
  /** lowercase literals; a file that contains none of them never meets this rule's regex */
  keywords: string[];
  re: RegExp;
  /** capture group with the secret (0 = whole match) */
  group: number;
  /** minimum Shannon entropy (bits/char) of the secret */
  entropy: number;
  severity: Severity;
  /** secret (default), test (test-mode key: low), public (publishable by design: info, never fails) */
  kind: SecretKind;
  /** structure / checksum validation; may reclassify (`file`: the path the text comes from, when known) */
  validate?(secret: string, match: RegExpExecArray, file?: string): Verdict | null;
  /** only files whose path matches */
  path?: RegExp;
  /** the secret may legitimately contain long runs of one character (e.g. Dropbox AAAAAAAAAA) */
  allowRuns?: boolean;
  /** a true case (a line containing a matching secret) for the test table, built at run time */
  sample(): string;
  /** a look-alike that must not be reported */
  negative(): string;
  /** a generic detector rather than a provider format */
  generic?: boolean;
  /** file name the sample lives in (rules limited to some paths) */
  sampleFile?: string;
  /** keyed rule: the provider name must name the value (less specific than a prefixed token) */
  keyed?: boolean;
}

// ---------------------------------------------------------------------------------------------------------
// deterministic sample generation (fixtures are built at run time so push protection never sees a literal)

let seed = 0x2545f491;
function rnd(): number {
  // xorshift32: deterministic, so the generated test table is stable across runs
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 0x100000000;
}

/** Expand a class body like "A-Za-z0-9_-" into its characters. */
export function classChars(cls: string): string {
  let out = '';
  for (let i = 0; i < cls.length; i++) {
    let c = cls[i]!;
    if (c === '\\' && i + 1 < cls.length) {
      c = cls[++i]!;
      out += c;
      continue;
    }
    if (cls[i + 1] === '-' && i + 2 < cls.length) {
      const end = cls[i + 2]!;
      for (let x = c.charCodeAt(0); x <= end.charCodeAt(0); x++) out += String.fromCharCode(x);
      i += 2;
    } else out += c;
  }
  return out;
}

export function randomFrom(cls: string, n: number): string {
  const chars = classChars(cls);
  let s = '';
  // mix classes so samples look like real tokens (high entropy, no long runs)
  for (let i = 0; i < n; i++) s += chars[Math.floor(rnd() * chars.length)];
  return s;
}

export function sampleParts(parts: readonly Part[]): string {
  return parts.map((p) => (typeof p === 'string' ? p : randomFrom(p[0], p[2] !== undefined ? Math.min(p[2], Math.max(p[1], Math.ceil((p[1] + p[2]) / 2))) : p[1]))).join('');
}

// ---------------------------------------------------------------------------------------------------------
// regex building

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** "stripe" → "[sS][tT][rR][iI][pP][eE]": case-insensitive names without making the value class insensitive. */
export function ciLiteral(s: string): string {
  let out = '';
  for (const ch of s) {
    const lo = ch.toLowerCase();
    const up = ch.toUpperCase();
    out += lo !== up ? `[${lo}${up}]` : escapeRe(ch);
  }
  return out;
}

function partRe(p: Part): string {
  if (typeof p === 'string') return escapeRe(p);
  const [cls, min, max] = p;
  return max === undefined || max === min ? `[${cls}]{${min}}` : `[${cls}]{${min},${max}}`;
}

export function partsRe(parts: readonly Part[]): string {
  return parts.map(partRe).join('');
}

function lastClass(parts: readonly Part[]): string {
  const last = parts[parts.length - 1]!;
  return typeof last === 'string' ? 'A-Za-z0-9' : last[0];
}

/** Characters that may precede a token without being part of it. */
const LEFT = '(?<![A-Za-z0-9_])';

export interface TokOptions {
  severity?: Severity;
  entropy?: number;
  kind?: SecretKind;
  validate?: SecretRule['validate'];
  keywords?: string[];
  path?: RegExp;
  /** case-insensitive literal prefix */
  ciPrefix?: boolean;
  /** no left boundary (token may follow letters, e.g. inside a URL path) */
  noLeft?: boolean;
  allowRuns?: boolean;
  title?: string;
  /** custom look-alike generator */
  negative?: () => string;
  sample?: () => string;
  sampleFile?: string;
}

type Head = { id: string; provider: string; family: string; grants: string };

function defaultTitle(id: string, provider: string): string {
  const rest = id.replace(/-/g, ' ');
  const p = provider.toLowerCase();
  const words = rest.startsWith(p.replace(/[^a-z0-9]+/g, ' ')) ? rest.slice(p.length).trim() : rest;
  return `${provider} ${words}`.trim();
}

/** A token with a distinctive literal prefix, e.g. ghp_ + 36 base62. */
export function tok(head: Head, parts: readonly Part[], o: TokOptions = {}): SecretRule {
  const first = parts.find((p): p is string => typeof p === 'string') ?? '';
  const body = parts.map((p, i) => (i === 0 && typeof p === 'string' && o.ciPrefix ? ciLiteral(p) : partRe(p))).join('');
  // literal first, boundary check right after it: V8 then finds candidates with a fast literal search
  // instead of trying the lookbehind at every position
  const lit = typeof parts[0] === 'string' && !o.ciPrefix && !o.noLeft ? escapeRe(parts[0]) : null;
  const re = lit
    ? new RegExp(`(${lit}(?<![A-Za-z0-9_]${lit})${partsRe(parts.slice(1))})(?![${lastClass(parts)}])`, 'g')
    : new RegExp(`${o.noLeft ? '' : LEFT}(${body})(?![${lastClass(parts)}])`, 'g');
  const sample = o.sample ?? (() => sampleParts(parts));
  return {
    ...head,
    title: o.title ?? defaultTitle(head.id, head.provider),
    keywords: o.keywords ?? [first.toLowerCase()],
    re,
    group: 1,
    entropy: o.entropy ?? 2.5,
    severity: o.severity ?? 'high',
    kind: o.kind ?? 'secret',
    ...(o.validate ? { validate: o.validate } : {}),
    ...(o.path ? { path: o.path } : {}),
    ...(o.allowRuns ? { allowRuns: true } : {}),
    sample: () => `const key = "${sample()}";`,
    negative:
      o.negative ??
      (() => {
        // a truncated token: same prefix, too short to be real
        const s = sample();
        const minLen = parts.reduce((n, p) => n + (typeof p === 'string' ? p.length : p[1]), 0);
        return `const key = "${s.slice(0, Math.max(first.length + 2, Math.floor(minLen * 0.6)))}";`;
      }),
  };
}

/**
 * Assignment context between a name and its value: NAME_SUFFIX = "value", name: value, "name": "value",
 * name => 'value', environment-map writes (os.environ["NAME"] = "value", ENV["NAME"] ||= "value"), typed
 * declarations (Go `var nameToken string = "value"`), Makefile `::=` / `:::=` / `?=`, PHP `.=` / `??=`, and an
 * XML element's text (`<nameToken>value</nameToken>`, also over a line break). Spaces around the operator are
 * bounded but wide enough for aligned blocks (`terraform fmt`, YAML and .env files aligned by hand).
 */
export const ASSIGN =
  `[A-Za-z0-9_.-]{0,24}(?:(?:\\\\?["'\`]\\]?)?(?:[ \\t]{1,3}(?:string|String|str))?[ \\t]{0,24}(?::::=|::=|:=|::|:|=>|\\?\\?=|\\?=|\\|\\|=|\\.=|=|,)[ \\t]{0,16}(?:\\\\?["'\`]|[ \\t]{0,2})|>[ \\t\\r\\n]{0,12})`;

export interface KvOptions extends TokOptions {
  /** literal prefix of the value, if the format has one */
  valuePrefix?: string;
}

/** A provider whose keys have no distinctive prefix: the provider's name must name the value. */
export function kv(head: Head, names: string[], value: readonly Part[], o: KvOptions = {}): SecretRule {
  const nameRe = names.map(ciLiteral).join('|');
  // the provider name starts a word or a camelCase hump and does not end inside one: `etsy` in SetSysctl, `okta`
  // in rookTable, `sumo` in sumOfExposures are not names
  const re = new RegExp(`(?:(?<![A-Za-z0-9])|(?<=[a-z0-9])(?=[A-Z]))(?:${nameRe})(?!(?<=[A-Z])[a-z])${ASSIGN}(${partsRe(value)})(?![${lastClass(value)}])`, 'g');
  const sample = o.sample ?? (() => sampleParts(value));
  const varName = `${names[0]!.replace(/[^A-Za-z0-9_]+/g, '_').toUpperCase()}_KEY`;
  return {
    ...head,
    keyed: true,
    title: o.title ?? defaultTitle(head.id, head.provider),
    keywords: o.keywords ?? names.map((n) => n.toLowerCase()),
    re,
    group: 1,
    entropy: o.entropy ?? 3,
    severity: o.severity ?? 'high',
    kind: o.kind ?? 'secret',
    ...(o.validate ? { validate: o.validate } : {}),
    ...(o.path ? { path: o.path } : {}),
    ...(o.allowRuns ? { allowRuns: true } : {}),
    sample: () => `${varName}=${sample()}`,
    negative: o.negative ?? (() => `${varName}=\${${varName}}`),
  };
}

/** A rule with a hand-written regex. */
export function custom(
  head: Head,
  r: { re: RegExp; group?: number; keywords: string[]; sample: () => string; negative: () => string } & Omit<TokOptions, 'sample' | 'negative'>,
): SecretRule {
  return {
    ...head,
    title: r.title ?? defaultTitle(head.id, head.provider),
    keywords: r.keywords,
    re: r.re,
    group: r.group ?? 1,
    entropy: r.entropy ?? 2.5,
    severity: r.severity ?? 'high',
    kind: r.kind ?? 'secret',
    ...(r.validate ? { validate: r.validate } : {}),
    ...(r.path ? { path: r.path } : {}),
    ...(r.allowRuns ? { allowRuns: true } : {}),
    ...(r.sampleFile ? { sampleFile: r.sampleFile } : {}),
    sample: r.sample,
    negative: r.negative,
  };
}
