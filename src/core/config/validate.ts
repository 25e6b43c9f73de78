import type { z } from 'zod';
import { ConfigError, type ConfigProblem } from '../errors.js';
import { configSchema, type Config } from './schema.js';

/** `api.identities[1].login` from a zod issue path. */
export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out;
}

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let v = data;
  for (const p of path) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[p] : undefined;
  return v;
}

function issueMessage(issue: z.core.$ZodIssue, data: unknown): string {
  if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_type') {
    // zod does not always carry the input: look at the data, so a present field of the wrong type is not "required"
    const v = valueAt(data, issue.path);
    if (v === undefined) return `is required (${issue.expected})`;
    return `must be a ${issue.expected}, got ${typeof v === 'string' ? JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}...` : v) : Array.isArray(v) ? 'an array' : v === null ? 'null' : typeof v}`;
  }
  return issue.message;
}

/**
 * `${VAR}` yields a string; a boolean or number field filled from one (`server.enabled: ${ENABLED}`,
 * `server.port: ${PORT}`) takes the value converted by the field's schema type. Only interpolated strings are
 * converted: a literal "8080" in a number field stays an error.
 */
function coerceInterpolated(data: unknown, issues: readonly z.core.$ZodIssue[], interpolated: Set<string>): boolean {
  let changed = false;
  for (const issue of issues) {
    if (issue.code !== 'invalid_type' || (issue.expected !== 'number' && issue.expected !== 'boolean')) continue;
    if (issue.path.length === 0 || !interpolated.has(fieldPath(issue.path))) continue;
    const parent = valueAt(data, issue.path.slice(0, -1)) as Record<PropertyKey, unknown> | undefined;
    const key = issue.path[issue.path.length - 1]!;
    const raw = parent?.[key];
    if (typeof raw !== 'string') continue;
    const t = raw.trim();
    let v: number | boolean | undefined;
    if (issue.expected === 'boolean') v = /^(true|1|yes|on)$/i.test(t) ? true : /^(false|0|no|off)$/i.test(t) ? false : undefined;
    else if (t !== '' && Number.isFinite(Number(t))) v = Number(t);
    if (v === undefined) continue;
    parent![key] = v;
    changed = true;
  }
  return changed;
}

/**
 * Replace `${VAR}` and `${VAR:-default}` in every string with values from `env`. A variable that is unset and
 * has no default is a problem (reported with the field), never silently empty.
 */
export function interpolateEnv(value: unknown, env: Record<string, string | undefined>, file: string, problems: ConfigProblem[], path: (string | number)[] = [], interpolated?: Set<string>): unknown {
  if (typeof value === 'string') {
    if (interpolated && value.includes('${')) interpolated.add(fieldPath(path));
    return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g, (m, name: string, def: string | undefined) => {
      const v = env[name];
      if (v !== undefined && v !== '') return v;
      if (def !== undefined) return def;
      problems.push({ file, field: fieldPath(path), message: `environment variable ${name} is not set (use \${${name}:-default} for a default)`, level: 'error' });
      return m;
    });
  }
  if (Array.isArray(value)) return value.map((v, i) => interpolateEnv(v, env, file, problems, [...path, i], interpolated));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = interpolateEnv(v, env, file, problems, [...path, k], interpolated);
    return out;
  }
  return value;
}

/** Validate raw config data. Collects every problem (checkly habit) and throws them all at once. */
export function validateConfig(raw: unknown, file: string, env: Record<string, string | undefined> = {}): Config {
  const problems: ConfigProblem[] = [];
  const interpolated = new Set<string>();
  const data = interpolateEnv(raw, env, file, problems, [], interpolated);
  let parsed = configSchema.safeParse(data);
  if (!parsed.success && coerceInterpolated(data, parsed.error.issues, interpolated)) parsed = configSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push({ file, field: fieldPath(issue.path), message: issueMessage(issue, data), level: 'error' });
    }
  }
  if (problems.some((p) => p.level === 'error') || !parsed.success) throw new ConfigError(problems);
  return parsed.data;
}
