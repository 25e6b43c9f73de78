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

export function maskSecret(value: string): string {
  if (value.length === 0) return value;
  return `${value.slice(0, prefixLength(value))}…(fp:${secretFingerprint(value)})`;
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
    re: /\b(?:sk_live_|rk_live_|sk_test_|rk_test_|whsec_|ghp_|gho_|ghu_|ghs_|ghr_|github_pat_|glpat-|xox[abposr]-|npm_|sk-proj-|sk-ant-[a-z0-9]{0,8}-?|AIza|SG\.)[A-Za-z0-9_.\-]{16,400}/g,
    group: 0,
  },
  { re: /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g, group: 0 },
  // key=value / "key": "value" pairs whose key names a secret
  {
    // (?<![/\\]): a key word that is a path segment (/etc/passwd: …, /srv/secrets: …) is the tool's own text
    re: /(?<![/\\])(?:pass(?:word|wd)?|secret|token|api[_-]?key|apikey|private[_-]?key|client[_-]?secret|access[_-]?key|credentials?|session[_-]?(?:id|token))[A-Za-z0-9_-]{0,30}["']?\s{0,3}[:=]\s{0,3}["']?((?![$<])[^\s"',;&}]{6,400})/gi,
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

export class Redactor {
  private readonly exact = new Map<string, string>();
  private exactRe: RegExp | null = null;

  /** Register a value that must never appear in output (min length 4: shorter values cannot be secrets worth masking and would shred text). */
  register(value: string | undefined | null): void {
    if (!value || value.length < 4 || this.exact.has(value)) return;
    this.exact.set(value, maskSecret(value));
    this.exactRe = null;
  }

  get size(): number {
    return this.exact.size;
  }

  redact(text: string): string {
    if (!text) return text;
    let out = text;
    if (this.exact.size > 0) {
      if (!this.exactRe) {
        const keys = [...this.exact.keys()].sort((a, b) => b.length - a.length).map(escapeRe);
        this.exactRe = new RegExp(keys.join('|'), 'g');
      }
      out = out.replace(this.exactRe, (m) => this.exact.get(m) ?? maskSecret(m));
    }
    for (const { re, group } of PATTERNS) {
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

  /** Redact every human-readable string of a finding. Ids, check ids and enums are left alone. */
  redactFinding(f: Finding): Finding {
    const out: Finding = { ...f, title: this.redact(f.title), message: this.redact(f.message) };
    if (f.evidence !== undefined) out.evidence = this.redact(f.evidence);
    if (f.remediation !== undefined) out.remediation = this.redact(f.remediation);
    if (f.data) out.data = this.redactValue(f.data);
    if (f.meta) out.meta = this.redactValue(f.meta);
    if (f.location?.url) out.location = { ...f.location, url: this.redact(f.location.url) };
    return out;
  }
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
