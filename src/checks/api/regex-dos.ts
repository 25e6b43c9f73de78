import { defineCheck } from '../../core/check.js';
import { fillString, placeholders } from '../../core/template.js';
import type { ApiExchange, ApiIdentity, ApiProbes, ApiRoute } from './lib/types.js';
import { concretePath, discover } from './lib/discovery.js';
import { findFlow, flowHeaders, resolveFlow } from './lib/flows.js';
import { reportExchange, sampleBody, sampleQuery, type ApiCtx } from './lib/util.js';

/**
 * Regular-expression denial of service (CWE-1333; OWASP ReDoS): a validator with nested quantifiers backtracks
 * exponentially on a near-match such as "aaaa…a!", and one request blocks a single-threaded server. Bounded and
 * load-free: per validated field (a declared `pattern`, an email format, the login's email), a baseline timed three
 * times, then crafted inputs of growing length (16, 20, 24, 28 characters) sent one at a time, stopping as soon as
 * one answer is slow. Reported only when the slow answer is far above the baseline AND the time grew much faster
 * than the length (super-linear), confirmed by sending the slow input once more.
 */

interface Field {
  route: Pick<ApiRoute, 'method' | 'path'>;
  path: string;
  as?: ApiIdentity;
  where: 'query' | 'body';
  name: string;
  pattern?: string;
  /** declared maxLength: crafted inputs stay within it (a longer one is refused before the regex runs) */
  maxLength?: number;
  query: Record<string, string>;
  body?: Record<string, unknown>;
  format: 'json' | 'form';
  headers: Record<string, string>;
  base: string;
}

const SIZES = [16, 20, 24, 28];
/** an answer this much slower than the baseline is "slow" (with 4x growth over 4 characters and a repeat, not jitter) */
const SLOW_MS = 300;
/** after a shorter input: this much above the baseline and GROWTH times the shorter one's extra time */
const GROWTH_MS = 50;
const GROWTH = 8;
const MAX_FIELDS = 6;
const NAMEISH = /^(display_?name|displayName|name|first_?name|firstName|last_?name|lastName|full_?name|fullName|user_?name|username|handle|nick_?name|nickname|email|phone|slug)$/i;

/**
 * Crafted near-matches: a long run of one accepted character followed by one that breaks the match, the shape that
 * makes nested quantifiers ((a+)+, (\w+\.?)*, ([a-z0-9]+)*@) try every split. With a declared pattern, the run
 * uses a character the pattern's first character class accepts.
 */
export function craft(n: number, pattern?: string): string[] {
  const out = [`${'a'.repeat(n)}!`, `a@${'a'.repeat(n)}!`];
  if (pattern) {
    const cls = /\[([^\]]{1,60})\]/.exec(pattern)?.[1];
    const ch = cls ? (/a-z/.test(cls) ? 'a' : /A-Z/.test(cls) ? 'A' : /0-9|\\d/.test(cls) ? '1' : cls.replace(/\\/g, '')[0] ?? 'a') : /\\d/.test(pattern) ? '1' : 'a';
    out.unshift(`${ch.repeat(n)}!`);
    if (pattern.includes('.')) out.push(`${`${ch}.`.repeat(Math.ceil(n / 2))}!`);
  }
  return [...new Set(out)];
}

async function fields(ctx: ApiCtx): Promise<{ list: Field[]; na: { route: ApiRoute; reason: string }[] }> {
  const { model } = ctx.probes;
  const d = await discover(ctx);
  const list: Field[] = [];
  const na: { route: ApiRoute; reason: string }[] = [];
  const accountFlows = (['signup', 'reset-request', 'invite'] as const).map((k) => findFlow(ctx, k)).filter((x) => x !== undefined);
  const found = findFlow(ctx, 'login');
  const f = found && (await resolveFlow(ctx, found));
  if (f) {
    const key = Object.entries(f.body).find(([, v]) => typeof v === 'string' && placeholders(v).includes('email'))?.[0];
    if (key) {
      const body = Object.fromEntries(Object.entries(f.body).map(([k, v]) => [k, typeof v === 'string' ? fillString(v, {}, 'Launchready-1') : v]));
      list.push({ route: { method: f.method, path: f.template }, path: f.path, where: 'body', name: key, query: {}, body, format: f.format, headers: await flowHeaders(ctx, f), base: `launchready-redos-${ctx.probes.client.nonce()}@example.invalid` });
    }
  }
  for (const r of model.routes) {
    if (r.skip || r.flow || list.length >= MAX_FIELDS) continue;
    if (model.config.webhooks.some((w) => r.path === w.path)) continue; // signature first: probes only spend its rate limit
    // Sign-up, reset and invite routes create accounts or send mail with every probe, and spend the small hourly
    // limits that api/password-policy and api/rate-limit need (as api/injection, they are left out).
    if (accountFlows.some((fl) => fl.method === r.method && fl.path === r.path)) {
      na.push({ route: r, reason: 'a sign-up, reset or invite flow: probes would create accounts or send mail' });
      continue;
    }
    if (list.some((x) => x.route.method === r.method && x.route.path === r.path)) continue; // the login flow, above
    const validated = (s: unknown) => !!s && typeof s === 'object' && (typeof (s as { pattern?: unknown }).pattern === 'string' || (s as { format?: unknown }).format === 'email');
    const q = r.params.filter((p) => p.in === 'query' && validated(p.schema));
    const allProps = r.method !== 'GET' && r.bodySchema ? Object.entries((r.bodySchema as { properties?: Record<string, unknown> }).properties ?? {}) : [];
    let props = allProps.filter(([, s]) => validated(s));
    // Undeclared validation: fields that apps almost always check with a regex (names, handles, emails, phones).
    if (props.length === 0 && model.config.allowWrites) props = allProps.filter(([k, s]) => (s as { type?: string })?.type === 'string' && NAMEISH.test(k)).slice(0, 1);
    if (q.length === 0 && props.length === 0) continue;
    if (r.method !== 'GET' && !model.config.allowWrites && q.length === 0) {
      na.push({ route: r, reason: 'validated body fields of a write route need api.allowWrites' });
      continue;
    }
    const as = r.public ? model.identities.find((i) => i.guest) : d.active[0];
    const path = concretePath(d, d.active, r.path);
    if (!as || !path) {
      na.push({ route: r, reason: !as ? 'no identity could sign in' : 'no object id to fill the path' });
      continue;
    }
    const query = sampleQuery(r);
    for (const p of q.slice(0, 1)) {
      const pattern = (p.schema as { pattern?: string }).pattern;
      const maxLength = (p.schema as { maxLength?: number }).maxLength;
      list.push({ route: r, path, as, where: 'query', name: p.name, ...(pattern ? { pattern } : {}), ...(typeof maxLength === 'number' ? { maxLength } : {}), query, format: 'json', headers: {}, base: query[p.name] ?? ((p.schema as { format?: string }).format === 'email' ? 'launchready@example.invalid' : 'launchready') });
    }
    const sample = sampleBody(r);
    if (model.config.allowWrites && props.length && sample && typeof sample === 'object' && !Array.isArray(sample)) {
      const [name, s] = props[0]!;
      const pattern = (s as { pattern?: string }).pattern;
      const maxLength = (s as { maxLength?: number }).maxLength;
      list.push({ route: r, path, as, where: 'body', name, ...(pattern ? { pattern } : {}), ...(typeof maxLength === 'number' ? { maxLength } : {}), query, body: sample as Record<string, unknown>, format: r.bodyMediaType && /form/.test(r.bodyMediaType) ? 'form' : 'json', headers: {}, base: String((sample as Record<string, unknown>)[name] ?? 'launchready') });
    }
  }
  return { list: list.slice(0, MAX_FIELDS), na };
}

export default defineCheck<unknown, ApiProbes>({
  id: 'api/regex-dos',
  title: 'Regular-expression denial of service',
  area: 'api',
  mode: 'active',
  description: 'Times crafted near-match inputs of growing length against a baseline on validated fields (declared patterns, emails, the login email); bounded, one request at a time.',
  severity: 'high',
  cwe: 'CWE-1333',
  owasp: 'API4:2023',
  timeoutMs: 120_000,
  remediation: 'Rewrite the pattern without nested or overlapping quantifiers (check it with a ReDoS linter such as `recheck` or `safe-regex`), cap the input length before matching, or use a linear-time engine (RE2, Rust/Go regex).',
  messages: {
    slow: 'A {{length}}-character input to {{where}} field "{{field}}" of {{method}} {{path}} took {{ms}} ms (baseline {{baseMs}} ms; {{shorterMs}} ms at {{shorterLength}} characters): its validation backtracks super-linearly, so one request can block the server.',
    fast: '{{fields}} validated field(s) answered crafted inputs up to 28 characters as fast as their baseline.',
    unjudged: 'Not judged: {{reason}}.',
    noFields: 'Not tested: no validated field (a declared pattern, an email format, the login email) to send crafted inputs to.',
  },
  async run(ctx) {
    const { client, coverage } = ctx.probes;
    const { list, na } = await fields(ctx);
    for (const n of na) coverage.mark(ctx.checkId, n.route, 'n/a', n.reason);
    if (list.length === 0) return ctx.report({ messageId: 'noFields', status: 'skipped', severity: 'info', target: ctx.probes.model.config.baseUrl });
    let judged = 0;
    let anySlow = false;
    const problems: string[] = [];
    const send = async (f: Field, value: string, label: string): Promise<ApiExchange | undefined> => {
      const query = f.where === 'query' ? { ...f.query, [f.name]: value } : f.query;
      const body = f.body ? { ...f.body, ...(f.where === 'body' ? { [f.name]: value } : {}) } : undefined;
      try {
        const x = await client.send({ ...(f.as ? { as: f.as } : {}), method: f.route.method, path: f.path, template: f.route.path, query, headers: f.headers, ...(body ? (f.format === 'form' ? { form: Object.fromEntries(Object.entries(body).map(([k, v]) => [k, String(v)])) } : { json: body }) : {}), label: `${f.as?.name ?? 'guest'} (${label})`, retryOn401: false, timeoutMs: 10_000 }, ctx.checkId, ctx.signal);
        if (x.status === 429) {
          coverage.mark(ctx.checkId, f.route, 'refused', 'HTTP 429 (rate-limited)');
          problems.push(`${f.route.method} ${f.route.path}: HTTP 429`);
          return undefined;
        }
        coverage.mark(ctx.checkId, f.route, 'tested');
        return x;
      } catch (err) {
        lastError = (err as Error).message;
        coverage.mark(ctx.checkId, f.route, /budget/i.test(lastError) ? 'refused' : 'error', lastError);
        problems.push(`${f.route.method} ${f.route.path}: ${lastError}`);
        return undefined;
      }
    };
    let lastError = '';
    const unjudged: string[] = [];
    for (const [n, f] of list.entries()) {
      if (ctx.signal.aborted || client.budget.remaining < 30) {
        unjudged.push(...list.slice(n).map((x) => `${x.route.method} ${x.route.path} (${ctx.signal.aborted ? 'time is up' : 'budget'})`));
        break;
      }
      const bases: number[] = [];
      for (let i = 0; i < 3; i++) {
        const b = await send(f, f.base, `baseline ${i + 1}`);
        if (b) bases.push(b.ms);
      }
      if (bases.length === 0) {
        unjudged.push(`${f.route.method} ${f.route.path} field ${f.name}`);
        continue;
      }
      judged++;
      const base = bases.sort((a, b) => a - b)[1] ?? bases[0]!;
      let found = false;
      for (const shape of craft(SIZES[0]!, f.pattern).map((_, k) => k)) {
        let prev: { n: number; ms: number; input: string } | undefined;
        // Within a declared maxLength the longest inputs it allows are the ones that hurt (Pydantic checks length first).
        const sizes = f.maxLength !== undefined && f.maxLength < SIZES[SIZES.length - 1]! + 4 ? [f.maxLength - 12, f.maxLength - 8, f.maxLength - 4, f.maxLength].filter((x) => x >= 6) : SIZES;
        for (const size of sizes) {
          const n = f.maxLength !== undefined && f.maxLength < SIZES[SIZES.length - 1]! + 4 ? size - (craft(4, f.pattern)[shape]!.length - 4) : size;
          const input = craft(n, f.pattern)[shape]!;
          if (n < 4 || (f.maxLength !== undefined && input.length > f.maxLength)) continue;
          lastError = '';
          const x = await send(f, input, `crafted ${n}-character input`);
          if (!x) {
            // No answer within 10 s (or the connection dropped) right after shorter inputs were fast: the input hung
            // the server. Not sent again: one hang is enough evidence and a second would hold the server again.
            if (prev && /timed? ?out|timeout|aborted|reset|hang up|closed/i.test(lastError)) {
              coverage.mark(ctx.checkId, f.route, 'tested');
              ctx.report({ messageId: 'slow', data: { length: input.length, where: f.where, field: f.name, method: f.route.method, path: f.route.path, ms: '≥10000 (no answer)', baseMs: Math.round(base), shorterMs: Math.round(prev.ms), shorterLength: prev.n }, location: { method: f.route.method, path: f.route.path }, evidence: `> ${f.route.method} ${f.path} with ${f.where} field ${f.name} = "${input}" (${input.length} characters)\n< no answer: ${lastError}\nBaseline ${Math.round(base)} ms; the same shape with ${prev.n} characters answered in ${Math.round(prev.ms)} ms.` });
              found = true;
              anySlow = true;
            }
            break;
          }
          // Slow: far above the baseline on the first size; after a shorter input, clearly above the baseline AND
          // GROWTH times the shorter input's extra time for 4 more characters (exponential, not linear, growth).
          const extra = x.ms - base;
          const suspicious = prev ? extra >= GROWTH_MS && extra >= GROWTH * Math.max(prev.ms - base, 3) : extra >= SLOW_MS;
          if (suspicious || extra >= SLOW_MS) {
            // Confirm: the shorter input stays fast and this one stays slow on a second try (jitter does not repeat so).
            const shorter = prev ? await send(f, prev.input, `crafted ${prev.n}-character input, again`) : undefined;
            const again = await send(f, input, `crafted ${n}-character input, again`);
            const fastShorter = !prev || (shorter !== undefined && shorter.ms - base < (again?.ms ?? 0) - base) ;
            if (again && fastShorter && again.ms - base >= (prev ? GROWTH_MS : SLOW_MS) && (!prev || again.ms - base >= GROWTH * Math.max((shorter?.ms ?? prev.ms) - base, 3) / 2)) {
              reportExchange(ctx, { messageId: 'slow', data: { length: input.length, where: f.where, field: f.name, method: f.route.method, path: f.route.path, ms: Math.round(Math.min(x.ms, again.ms)), baseMs: Math.round(base), shorterMs: Math.round(prev?.ms ?? base), shorterLength: prev?.n ?? f.base.length }, route: f.route, x, control: [again, ...(shorter ? [shorter] : [])], note: 'Timed one request at a time; the input was slow twice, while the same shape 4 characters shorter stayed fast: the time grows exponentially with the length.' });
              found = true;
              anySlow = true;
            }
            // Never send a longer input once one is really slow; a suspicion that did not repeat was jitter: go on.
            if (found || !again || again.ms - base >= SLOW_MS) break;
          }
          prev = { n: input.length, ms: x.ms, input };
        }
        if (found) break;
      }
      // A write route keeps the last value sent: put the baseline back.
      if (f.where === 'body' && f.route.method !== 'POST') await send(f, f.base, 'baseline again (restore)');
    }
    if (unjudged.length > 0 || judged === 0) ctx.report({ messageId: 'unjudged', status: 'error', severity: 'info', data: { reason: `${unjudged.length ? `not judged: ${unjudged.join(', ')}; ` : ''}${problems.slice(0, 5).join('; ') || 'no probe got an answer'}` }, target: ctx.probes.model.config.baseUrl });
    if (judged === 0) return;
    if (!anySlow) ctx.report({ messageId: 'fast', status: 'pass', data: { fields: judged }, target: ctx.probes.model.config.baseUrl });
  },
});
