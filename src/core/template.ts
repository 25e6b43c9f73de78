/**
 * One grammar for the small things flows share (issue 20: the gate, the smoke flows, the monitor flows, the API
 * engine and the AI pack each had their own): `{{name}}` placeholders, dotted JSON paths, and HTTP status specs.
 * Pure: no I/O.
 */

/**
 * `choices.0.message.content` / `data.items[2].id` over parsed JSON: object keys and array indexes (numeric
 * segments or `[n]`); undefined as soon as a step is missing.
 */
export function getPath(value: unknown, path: string): unknown {
  let cur: unknown = value;
  for (const part of path.replace(/\[(\d+)\]/g, '.$1').split('.').filter(Boolean)) {
    if (cur === null || cur === undefined) return undefined;
    if (Array.isArray(cur) && /^\d+$/.test(part)) cur = cur[Number(part)];
    else if (typeof cur === 'object') cur = (cur as Record<string, unknown>)[part];
    else return undefined;
  }
  return cur;
}

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_.-]+)\s*\}\}/g;

export type TemplateVars = Readonly<Record<string, unknown>> | ReadonlyMap<string, string>;

function lookup(vars: TemplateVars, k: string): unknown {
  return vars instanceof Map ? vars.get(k) : (vars as Record<string, unknown>)[k];
}

/**
 * `{{name}}` in a string; an unknown name stays as written (so a missing variable is visible, not silently ''),
 * unless a `fallback` is given for every name the variables do not know.
 */
export function fillString(s: string, vars: TemplateVars, fallback?: string): string {
  return s.replace(PLACEHOLDER, (m, k: string) => {
    const v = lookup(vars, k);
    return v !== undefined ? String(v) : (fallback ?? m);
  });
}

/** The names of the `{{name}}` placeholders in a string, in order. */
export function placeholders(s: string): string[] {
  return [...s.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

/** Does the string still hold a `{{name}}` placeholder (a variable nobody filled)? */
export function hasPlaceholder(s: string): boolean {
  return placeholders(s).length > 0;
}

/**
 * `{{name}}` in every string of a JSON-like value (deep). A string that is exactly one placeholder of a number keeps
 * the number (`{ "qty": "{{n}}" }` → `{ "qty": 3 }`).
 */
export function fillTemplate(value: unknown, vars: TemplateVars): unknown {
  if (typeof value === 'string') {
    const whole = /^\{\{\s*([A-Za-z0-9_.-]+)\s*\}\}$/.exec(value);
    if (whole) {
      const v = lookup(vars, whole[1]!);
      if (typeof v === 'number') return v;
    }
    return fillString(value, vars);
  }
  if (Array.isArray(value)) return value.map((v) => fillTemplate(v, vars));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillTemplate(v, vars)]));
  return value;
}

/**
 * `{{fn:argument}}` placeholders (the same braces, a function instead of a variable): `fns[fn](argument)`; an
 * unknown function, or one that returns undefined, leaves the placeholder as written. The argument ends at the
 * first `}}`, so fill `{{name}}` variables inside it first.
 */
export function fillCalls(s: string, fns: Record<string, (arg: string) => string | undefined>): string {
  return s.replace(/\{\{([a-z][a-z0-9]*):([\s\S]*?)\}\}/g, (m, fn: string, arg: string) => (Object.hasOwn(fns, fn) ? (fns[fn]!(arg) ?? m) : m));
}

/**
 * Fixture placeholders `{{fake:rule-id}}` / `{{fake:rule-id#2}}` (demo and test folders hold these instead of
 * key-shaped literals): one synthetic value per rule and suffix, kept in `cache` so the same placeholder is the
 * same value in every file of a run.
 */
export function fillFixture(text: string, fake: (ruleId: string) => string, cache: Map<string, string>): string {
  return fillCalls(text, {
    fake: (arg) => {
      const m = /^([a-z0-9-]+)(?:#([a-z0-9]+))?$/.exec(arg);
      if (!m) return undefined;
      const key = `${m[1]}#${m[2] ?? ''}`;
      let v = cache.get(key);
      if (v === undefined) cache.set(key, (v = fake(m[1]!)));
      return v;
    },
  });
}

/** HTTP status specs as every config writes them: 200, "2xx", "200-299". */
export function statusMatches(status: number, specs: readonly (number | string)[]): boolean {
  return specs.some((s) => {
    if (typeof s === 'number') return s === status;
    const x = /^([1-5])xx$/.exec(s);
    if (x) return Math.floor(status / 100) === Number(x[1]);
    const r = /^(\d{3})(?:-(\d{3}))?$/.exec(s);
    if (!r) return false;
    return status >= Number(r[1]) && status <= Number(r[2] ?? r[1]);
  });
}
