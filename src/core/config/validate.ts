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

function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined) return `is required (${issue.expected})`;
  return issue.message;
}

/**
 * Replace `${VAR}` and `${VAR:-default}` in every string with values from `env`. A variable that is unset and
 * has no default is a problem (reported with the field), never silently empty.
 */
export function interpolateEnv(value: unknown, env: Record<string, string | undefined>, file: string, problems: ConfigProblem[], path: (string | number)[] = []): unknown {
  if (typeof value === 'string') {
    return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g, (m, name: string, def: string | undefined) => {
      const v = env[name];
      if (v !== undefined && v !== '') return v;
      if (def !== undefined) return def;
      problems.push({ file, field: fieldPath(path), message: `environment variable ${name} is not set (use \${${name}:-default} for a default)`, level: 'error' });
      return m;
    });
  }
  if (Array.isArray(value)) return value.map((v, i) => interpolateEnv(v, env, file, problems, [...path, i]));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = interpolateEnv(v, env, file, problems, [...path, k]);
    return out;
  }
  return value;
}

/** Validate raw config data. Collects every problem (checkly habit) and throws them all at once. */
export function validateConfig(raw: unknown, file: string, env: Record<string, string | undefined> = {}): Config {
  const problems: ConfigProblem[] = [];
  const data = interpolateEnv(raw, env, file, problems);
  const parsed = configSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push({ file, field: fieldPath(issue.path), message: issueMessage(issue), level: 'error' });
    }
  }
  if (problems.some((p) => p.level === 'error') || !parsed.success) throw new ConfigError(problems);
  return parsed.data;
}
