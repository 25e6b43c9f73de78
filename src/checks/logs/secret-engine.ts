import type { Severity } from '../../core/types.js';

/**
 * The pluggable provider-key detector of the log scanner. Provider formats (Stripe, AWS, GitHub, ...) belong
 * to the secrets engine (src/checks/secrets, issue 9); the log scanner never duplicates them. It asks for an
 * engine through this interface, and a log scan without one says so in a `logs/secret` finding with
 * status `error` (never a silent "no provider keys found").
 */

export interface SecretEngineMatch {
  /** offset of the secret in the scanned text, and its length */
  index: number;
  length: number;
  /** the secret itself (masked by the scanner before any output) */
  value: string;
  /** e.g. secrets/stripe-secret-key */
  ruleId: string;
  provider: string;
  title?: string;
  /** what the key grants, where the format tells */
  grants?: string;
  severity: Severity;
  /** secret, test (test-mode key) or public (publishable by design) */
  kind?: 'secret' | 'test' | 'public';
  note?: string;
}

export interface SecretEngine {
  readonly name: string;
  /** Scan a chunk of whole lines; returns matches with offsets into `text`. Must be linear-time. */
  scan(text: string): SecretEngineMatch[];
}

export type SecretEngineResult = { engine: SecretEngine } | { engine?: undefined; reason: string };

function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}
function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}
const SEVERITIES = new Set(['critical', 'high', 'medium', 'low', 'info']);

/**
 * Turn one match object of the secrets engine's `scanText` into ours. Tolerant of field names (index/offset,
 * value/secret/match, ruleId/rule/id) so a small rename there does not silently turn provider keys off; a
 * match without a recoverable offset and value is dropped, and counted in `dropped` so callers can tell.
 */
export function adaptMatch(m: Record<string, unknown>, text: string, lineStarts?: number[]): SecretEngineMatch | null {
  const rule = (m.rule && typeof m.rule === 'object' ? (m.rule as Record<string, unknown>) : undefined) ?? {};
  const value = str(m.secret) ?? str(m.value) ?? str(m.match) ?? str(m.raw);
  if (!value) return null;
  let index = num(m.index) ?? num(m.offset) ?? num(m.start);
  if (index === undefined && lineStarts) {
    const line = num(m.line);
    const column = num(m.column);
    if (line !== undefined && column !== undefined && lineStarts[line - 1] !== undefined) index = lineStarts[line - 1]! + column - 1;
  }
  if (index === undefined || text.slice(index, index + value.length) !== value) {
    const found = text.indexOf(value, index !== undefined ? Math.max(0, index - 4096) : 0);
    if (found === -1) return null;
    index = found;
  }
  const idRaw = str(m.ruleId) ?? str(m.checkId) ?? str(rule.id) ?? str(m.rule) ?? str(m.id) ?? 'secrets/unknown';
  const ruleId = idRaw.includes('/') ? idRaw : `secrets/${idRaw}`;
  const sev = str(m.severity) ?? str(rule.severity) ?? 'high';
  const kindRaw = str(m.kind) ?? str(rule.kind);
  const kind = kindRaw === 'test' || kindRaw === 'public' || kindRaw === 'secret' ? kindRaw : undefined;
  const out: SecretEngineMatch = {
    index,
    length: value.length,
    value,
    ruleId,
    provider: str(m.provider) ?? str(rule.provider) ?? ruleId.replace(/^secrets\//, ''),
    severity: (SEVERITIES.has(sev) ? sev : 'high') as Severity,
  };
  const title = str(m.title) ?? str(rule.title);
  if (title) out.title = title;
  const grants = str(m.grants) ?? str(rule.grants);
  if (grants) out.grants = grants;
  if (kind) out.kind = kind;
  const note = str(m.note);
  if (note) out.note = note;
  return out;
}

/** Engine rules that overlap kinds the log scanner reports itself (a JWT is logs/auth-token, a URL password logs/password). */
export const LOG_NATIVE_RULES: ReadonlySet<string> = new Set([
  'jwt',
  'connection-string-password',
  'connection-string-keyvalue',
  'url-credentials',
  'url-query-secret',
  'authorization-header',
  'bearer-literal',
  'proxy-credential-header',
  'crypto-key-literal',
  'haproxy-password',
  'powershell-securestring',
  'session-cookie',
  'generic-secret',
  'generic-password',
  'curl-auth-user',
  'curl-credential-header',
  'cli-password-flag',
  'credential-call',
  'hardcoded-comparison',
  'sql-user-password',
  'env-fallback-secret',
]);

interface RuleMeta {
  id: string;
  provider?: string;
  title?: string;
  grants?: string;
  family?: string;
}

/**
 * Find the secrets engine at run time (src/checks/secrets/engine.ts, issue 9: `scanText(text, opts)` returning
 * `{ ruleId, secret, start, end, kind, severity, ... }`, and the RULES table for provider, title and grants). It
 * is looked up dynamically so the two areas do not depend on each other at build time, and a missing or
 * renamed export turns into a visible `logs/secret` error finding rather than a silent gap.
 */
export async function loadSecretEngine(): Promise<SecretEngineResult> {
  let mod: Record<string, unknown> | undefined;
  let lastErr = '';
  for (const specifier of ['../secrets/engine.js', '../secrets/index.js']) {
    try {
      const m = (await import(specifier)) as Record<string, unknown>;
      if (typeof m.scanText === 'function') {
        mod = m;
        break;
      }
    } catch (err) {
      lastErr = (err as Error).message;
    }
  }
  if (!mod) return { reason: `the secrets engine (src/checks/secrets) does not export scanText${lastErr ? ` (${lastErr})` : ''}` };
  const fn = mod.scanText as (text: string, opts?: Record<string, unknown>) => unknown;
  const meta = new Map<string, RuleMeta>();
  for (const list of [mod.RULES, mod.GENERIC_RULES]) {
    if (Array.isArray(list)) for (const r of list as RuleMeta[]) if (r && typeof r.id === 'string') meta.set(r.id, r);
  }
  return {
    engine: {
      name: 'launchready secrets engine',
      scan(text: string): SecretEngineMatch[] {
        const res = fn(text, { file: 'app.log' });
        const list = Array.isArray(res) ? res : Array.isArray((res as { matches?: unknown })?.matches) ? (res as { matches: unknown[] }).matches : [];
        let starts: number[] | undefined;
        const out: SecretEngineMatch[] = [];
        for (const raw of list) {
          if (!raw || typeof raw !== 'object') continue;
          const r = raw as Record<string, unknown>;
          if (r.index === undefined && r.offset === undefined && r.start === undefined && !starts) starts = lineStarts(text);
          const m = adaptMatch(r, text, starts);
          if (!m) continue;
          const info = meta.get(m.ruleId.replace(/^secrets\//, ''));
          if (info) {
            if (info.provider) m.provider = info.provider;
            if (info.title) m.title = info.title;
            if (info.grants) m.grants = info.grants;
          }
          out.push(m);
        }
        return out;
      },
    },
  };
}

export function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}
