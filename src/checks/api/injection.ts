import { defineCheck } from '../../core/check.js';
import { fillString, placeholders } from '../../core/template.js';
import type { ApiExchange, ApiIdentity, ApiProbes, ApiRoute } from './lib/types.js';
import { concretePath, discover } from './lib/discovery.js';
import { findFlow, flowHeaders, resolveFlow } from './lib/flows.js';
import { dataSize, fillPath, is2xx, isErrorBody, reportExchange, sampleBody, sampleFromSchema, sampleQuery, type ApiCtx } from './lib/util.js';

/**
 * SQL and NoSQL injection on query parameters and request bodies (OWASP API8:2023, CWE-89/CWE-943), detection only:
 * no payload reads data. Per input, in this order and stopping at the first confirmed cause:
 *  - error-based: one quote makes a database error appear that the baseline and a balanced pair of quotes do not
 *    (signatures per engine: MySQL, PostgreSQL, SQLite, SQL Server, Oracle, ORMs, MongoDB);
 *  - boolean-based: an always-true and an always-false condition of the same shape answer differently (the true
 *    one with data or success), confirmed by a second pair with other literals;
 *  - NoSQL operators: {"$ne": x} / field[$ne]=x answers with data or success where {"$in": [x]} does not, confirmed
 *    by {"$gt": ""} vs {"$lt": ""};
 *  - time-based (bounded: a few inputs, 2-second sleeps, only when the baseline is fast): a sleep payload is slow
 *    twice and its zero-sleep twin is not.
 */

export interface InjectionInput {
  route: Pick<ApiRoute, 'method' | 'path'>;
  /** concrete path */
  path: string;
  as?: ApiIdentity;
  where: 'query' | 'body' | 'path';
  field: string;
  /** path inputs: the template's parameters with the discovered values */
  params?: Record<string, string>;
  /** the request's other values */
  query: Record<string, string>;
  body?: Record<string, unknown>;
  format: 'json' | 'form';
  headers: Record<string, string>;
  base: string;
  /** flows (login): an operator goes into every string field at once, as in {"email": {"$ne": x}, "password": {"$ne": x}} */
  opFields?: string[];
}

// Error text by engine. Bounded alternations, no nested quantifiers.
export const DB_ERRORS: { engine: string; re: RegExp }[] = [
  { engine: 'MySQL/MariaDB', re: /You have an error in your SQL syntax|mysql_fetch_|MySqlException|com\.mysql\.jdbc|Unknown column '[^']{1,80}' in|MariaDB server version for the right syntax/i },
  { engine: 'PostgreSQL', re: /syntax error at or near|unterminated quoted string at or near|PG::SyntaxError|org\.postgresql\.util\.PSQLException|psycopg2?\.errors|invalid input syntax for (type )?\w+/i },
  { engine: 'SQLite', re: /SQLITE_ERROR|sqlite3\.OperationalError|near "[^"]{0,40}": syntax error|unrecognized token: |SQLiteException|incomplete input/i },
  { engine: 'SQL Server', re: /Unclosed quotation mark after the character string|Incorrect syntax near|System\.Data\.SqlClient|Microsoft OLE DB Provider for SQL Server|ODBC SQL Server Driver/i },
  { engine: 'Oracle', re: /\bORA-0(0933|0921|1756|0936)\b|quoted string not properly terminated/i },
  { engine: 'ORM / driver', re: /SequelizeDatabaseError|QueryFailedError|PrismaClientKnownRequestError|SQLSTATE\[\w+\]|knex: |JDBCException|SQLGrammarException|sqlalchemy\.exc\./i },
  { engine: 'MongoDB', re: /MongoServerError|MongoError|CastError: Cast to \w+ failed|\$where|unknown operator: \$|BSONTypeError/i },
];

export function dbError(text: string): string | undefined {
  // JSON bodies escape the quotes the signatures contain ({"error":"near \\"x\\": syntax error"}).
  const t = text.slice(0, 100_000).replace(/\\"/g, '"');
  return DB_ERRORS.find((e) => e.re.test(t))?.engine;
}

// Quote-balanced and comment forms of always-true / always-false conditions (string and numeric contexts).
const BOOLEAN_PAIRS: [string, string][][] = [
  [
    ["' OR '1'='1'-- ", "' AND '1'='2'-- "],
    ["' OR '2'='2'-- ", "' AND '2'='3'-- "],
  ],
  [
    ["' OR 'a'='a", "' AND 'a'='b"],
    ["' OR 'z'='z", "' AND 'z'='y"],
  ],
  [
    [' OR 1=1', ' AND 1=2'],
    [' OR 2=2', ' AND 2=3'],
  ],
  // JavaScript evaluated by MongoDB's $where ("this.orderId === '" + id + "'"): the same test in JS syntax.
  [
    ["' || '1'=='1", "' && '1'=='2"],
    ["' || 'a'=='a", "' && 'a'=='b"],
  ],
];

// Sleeps of 2 s (and their 0 s twins) for engines that have one; SQLite has none worth sending.
// `replace`: the payload is the whole value (a JavaScript expression evaluated by MongoDB's $where).
const SLEEPS: { engine: string; slow: string; fast: string; replace?: boolean }[] = [
  { engine: 'MongoDB $where', slow: 'sleep(2000)', fast: 'sleep(0)', replace: true },
  { engine: 'MySQL/MariaDB', slow: "' AND SLEEP(2)-- ", fast: "' AND SLEEP(0)-- " },
  { engine: 'PostgreSQL', slow: "'||(SELECT '' FROM pg_sleep(2))||'", fast: "'||(SELECT '' FROM pg_sleep(0))||'" },
  { engine: 'SQL Server', slow: "'; WAITFOR DELAY '0:0:2'-- ", fast: "'; WAITFOR DELAY '0:0:0'-- " },
];
const SLEEP_MS = 2000;
/** how many inputs get the (slow) time-based probes */
const TIME_INPUTS = 6;
/** most inputs tested per run */
const MAX_INPUTS = 24;

const STATE_CHANGING = /pass(word)?|delete|remove|destroy|reset|logout|log-out|signout|transfer|pay|charge|refund|cancel|revoke|change|update|unsubscribe/i;

function outcome(x: ApiExchange): string {
  if (!is2xx(x.status)) return `HTTP ${x.status}`;
  if (isErrorBody(x)) return `HTTP ${x.status} error body`;
  const n = dataSize(x);
  return `HTTP ${x.status} ${n === 0 ? 'empty' : `data(${Math.min(n, 1000)})`}`;
}

/** Does `t` (the true/$ne answer) carry more than `f`: success where f failed, or data where f had none or less. */
function moreThan(t: ApiExchange, f: ApiExchange): boolean {
  if (!is2xx(t.status) || isErrorBody(t) || t.status >= 500 || f.status >= 500) return false;
  if (!is2xx(f.status) || isErrorBody(f)) return true;
  const a = dataSize(t);
  const b = dataSize(f);
  return a > 0 && a > b;
}

async function inputs(ctx: ApiCtx): Promise<{ list: InjectionInput[]; considered: Pick<ApiRoute, 'method' | 'path'>[]; na: { route: ApiRoute; reason: string }[] }> {
  const { model } = ctx.probes;
  const d = await discover(ctx);
  const guest = model.identities.find((i) => i.guest);
  const list: InjectionInput[] = [];
  const considered: Pick<ApiRoute, 'method' | 'path'>[] = [];
  const na: { route: ApiRoute; reason: string }[] = [];
  // The login flow first: a public POST every API has, and the classic injection place. (Not the reset request:
  // every probe would mail the account, and reset throttles would then stop api/reset-token.)
  for (const kind of ['login'] as const) {
    const found = findFlow(ctx, kind);
    const f = found && (await resolveFlow(ctx, found));
    if (!f) continue;
    // An account that does not exist: failed logins of a real identity would count towards its lockout (and lock
    // it for every other check); the true-condition and operator probes need no real account to succeed.
    const body: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(f.body)) body[k] = typeof v === 'string' ? fillString(v, { email: `launchready-inj-${ctx.probes.client.nonce()}@example.invalid`, password: 'Wrong-Launchready-1' }, 'launchready') : v;
    const headers = await flowHeaders(ctx, f);
    const route = { method: f.method, path: f.template };
    considered.push(route);
    const opFields = Object.keys(body).filter((k) => typeof body[k] === 'string');
    // Probes go into the login name (where login injections live); the password field only carries operators. Every
    // probe is a failed login, and lockouts or throttles would hold back the checks that log in after this one.
    const nameField = Object.entries(f.body).find(([, v]) => typeof v === 'string' && placeholders(v).includes('email'))?.[0] ?? opFields[0];
    for (const k of opFields.filter((x) => x === nameField)) list.push({ route, path: f.path, where: 'body', field: k, query: {}, body, format: f.format, headers, base: body[k] as string, opFields });
  }
  // Other flows: every probe would create an account, mail someone or invite someone, and their throttles would then
  // stop api/password-policy, api/reset-token and api/user-enumeration.
  const flows = (['signup', 'reset-request', 'invite'] as const).map((k) => findFlow(ctx, k)).filter((x) => x !== undefined);
  for (const r of model.routes) {
    if (r.skip || r.flow || considered.some((c) => c.method === r.method && c.path === r.path)) continue;
    if (flows.some((f) => f.method === r.method && f.path === r.path)) {
      na.push({ route: r, reason: 'a sign-up, reset or invite flow: probes would create accounts or send mail' });
      continue;
    }
    // A configured webhook verifies a signature before it reads the body: unsigned probes only spend its rate limit,
    // which api/webhook-signature and api/webhook-replay need afterwards.
    if (model.config.webhooks.some((w) => r.method === 'POST' && r.path === w.path)) {
      na.push({ route: r, reason: 'a signed webhook (api.webhooks): judged by api/webhook-signature' });
      continue;
    }
    // GET object routes: the last path parameter, with an id discovery found (ids often reach SQL or a $where).
    if (r.method === 'GET' && r.pathParams.length > 0 && !STATE_CHANGING.test(r.path)) {
      const who = r.public ? guest : d.active[0];
      const inst = d.active.map((a) => d.objects.get(a.name)?.get(r.path)?.[0]).find((x) => x);
      const last = r.pathParams[r.pathParams.length - 1]!;
      // No discovered id (no list route): the document's example, else a value of the declared type. Harmless on a
      // GET; the probes compare conditions with each other, not with a real object.
      const declared = r.params.find((p) => p.in === 'path' && p.name === last);
      const sample = declared?.example ?? (declared?.schema ? sampleFromSchema(declared.schema) : undefined) ?? '1';
      const params = inst?.params ?? Object.fromEntries(r.pathParams.map((p) => [p, p === last ? String(sample) : (d.active.map((a) => [...(d.objects.get(a.name)?.values() ?? [])].flat().find((x) => x.params[p])?.params[p]).find((x) => x) ?? '1')]));
      if (who && (inst || r.pathParams.length === 1)) {
        considered.push(r);
        list.push({ route: r, path: inst?.path ?? fillPath(r.path, params), as: who, where: 'path', field: last, params, query: sampleQuery(r), format: 'json', headers: {}, base: params[last] ?? String(sample) });
      }
    }
    const queryParams = r.params.filter((p) => p.in === 'query' && (!p.schema || ['string', 'integer', 'number', undefined].includes((p.schema as { type?: string }).type)));
    const bodyFields = r.method !== 'GET' && r.bodySchema ? Object.entries(((r.bodySchema as { properties?: Record<string, { type?: string; format?: string; readOnly?: boolean }> }).properties ?? {})).filter(([, s]) => s?.type === 'string' && !s.readOnly && !['uri', 'url', 'binary', 'byte'].includes(s.format ?? '')).map(([k]) => k) : [];
    if (queryParams.length === 0 && bodyFields.length === 0) {
      na.push({ route: r, reason: 'no query parameter or string body field declared' });
      continue;
    }
    if (r.method === 'GET' && STATE_CHANGING.test(r.path)) {
      na.push({ route: r, reason: 'a GET that looks state-changing is never called with injected values' });
      continue;
    }
    if (r.method !== 'GET' && !model.config.allowWrites) {
      na.push({ route: r, reason: 'body injection on a write route needs api.allowWrites' });
      continue;
    }
    const as = r.public ? guest : d.active[0];
    const path = concretePath(d, d.active, r.path);
    if (!as || !path) {
      na.push({ route: r, reason: !as ? 'no identity could sign in' : 'no object id to fill the path' });
      continue;
    }
    considered.push(r);
    const query = sampleQuery(r);
    for (const p of queryParams.slice(0, 3)) {
      const ex = p.example ?? (p.schema as { example?: unknown } | undefined)?.example;
      list.push({ route: r, path, as, where: 'query', field: p.name, query, format: 'json', headers: {}, base: String(query[p.name] ?? ex ?? ((p.schema as { type?: string } | undefined)?.type === 'string' || !p.schema ? 'launchready' : '1')) });
    }
    const sample = sampleBody(r);
    if (sample && typeof sample === 'object' && !Array.isArray(sample)) {
      const format = r.bodyMediaType && /form/.test(r.bodyMediaType) ? 'form' : 'json';
      for (const k of bodyFields.slice(0, 2)) list.push({ route: r, path, as, where: 'body', field: k, query, body: sample as Record<string, unknown>, format, headers: {}, base: String((sample as Record<string, unknown>)[k] ?? 'launchready') });
    }
  }
  // Text inputs first (login, query, bodies), object ids in paths last: odd ids are what crashes fragile apps.
  const rank = (i: InjectionInput) => (i.where === 'path' ? 1 : 0);
  return { list: [...list].sort((a, b) => rank(a) - rank(b)).slice(0, MAX_INPUTS), considered, na };
}

export default defineCheck<unknown, ApiProbes>({
  id: 'api/injection',
  title: 'SQL or NoSQL injection',
  area: 'api',
  mode: 'active',
  description: 'Error-based, boolean-based, NoSQL-operator and bounded time-based injection probes on query parameters, login/reset bodies and (with allowWrites) write bodies; never extracts data.',
  severity: 'critical',
  cwe: 'CWE-89',
  owasp: 'API8:2023',
  timeoutMs: 120_000,
  remediation: 'Use parameterised queries / prepared statements (or the ORM\'s query builder) for every value; for MongoDB, reject objects where a string is expected (validate types, `mongo-sanitize`, `sanitizeFilter`), never build `$where` from input.',
  messages: {
    sqlError: 'A quote in {{where}} field "{{field}}" of {{method}} {{path}} makes the API answer with a {{engine}} error ({{status}}); a balanced pair of quotes does not: the value reaches SQL unescaped.',
    sqlBoolean: 'An always-true condition in {{where}} field "{{field}}" of {{method}} {{path}} answers {{trueOutcome}}, an always-false one {{falseOutcome}} (confirmed with other literals): SQL injection.',
    nosqlOperator: 'A MongoDB operator in {{where}} field "{{field}}" of {{method}} {{path}} is evaluated: {"$ne": x} answers {{trueOutcome}}, {"$in": [x]} {{falseOutcome}} (confirmed with $gt/$lt).',
    sqlTime: 'A {{engine}} sleep in {{where}} field "{{field}}" of {{method}} {{path}} delays the answer by {{delayMs}} ms (twice), its zero-second twin does not: blind SQL injection.',
    clean: 'No injection found in {{inputs}} input(s) of {{routes}} route(s).',
    unjudged: 'Not judged: {{reason}}.',
    noInputs: 'Not tested: no query parameter, login/reset body or (with api.allowWrites) write body to inject into.',
  },
  async run(ctx) {
    const { client, coverage } = ctx.probes;
    const { list, na } = await inputs(ctx);
    for (const n of na) coverage.mark(ctx.checkId, n.route, 'n/a', n.reason);
    if (list.length === 0) return ctx.report({ messageId: 'noInputs', status: 'skipped', severity: 'info', target: ctx.probes.model.config.baseUrl });
    let answered = 0;
    const problems: string[] = [];
    const flagged = new Set<string>();
    let timeInputs = 0;
    const timeEligible = new Set([...list.filter((i) => i.where === 'path'), ...list.filter((i) => i.where === 'query'), ...list.filter((i) => i.where === 'body')].slice(0, TIME_INPUTS));
    const routeKey = (i: InjectionInput) => `${i.route.method} ${i.route.path}`;
    const send = async (i: InjectionInput, value: unknown, label: string, timeoutMs?: number): Promise<ApiExchange | undefined> => {
      if (throttled.has(routeKey(i))) return undefined;
      const query = { ...i.query };
      let extraQuery = '';
      if (i.where === 'query') {
        if (value && typeof value === 'object') {
          // field[$ne]=x: the bracket syntax Express (qs), PHP and Rails parse into an object.
          delete query[i.field];
          const [op, v] = Object.entries(value as Record<string, unknown>)[0]!;
          extraQuery = Array.isArray(v) ? v.map((e) => `${encodeURIComponent(i.field)}[${encodeURIComponent(op)}][]=${encodeURIComponent(String(e))}`).join('&') : `${encodeURIComponent(i.field)}[${encodeURIComponent(op)}]=${encodeURIComponent(String(v))}`;
        } else query[i.field] = String(value);
      }
      const body = i.body ? { ...i.body, ...(i.where === 'body' ? { [i.field]: value } : {}) } : undefined;
      if (body && value && typeof value === 'object' && i.opFields) for (const k of i.opFields) body[k] = value;
      const qs = new URLSearchParams(query).toString();
      // A path value is filled in place; an operator object cannot travel in a path.
      if (i.where === 'path' && value && typeof value === 'object') return undefined;
      const basePath = i.where === 'path' ? fillPath(i.route.path, { ...i.params, [i.field]: String(value) }) : i.path;
      const path = `${basePath}${basePath.includes('?') ? '&' : '?'}${[qs, extraQuery].filter(Boolean).join('&')}`.replace(/\?$/, '');
      try {
        const x = await client.send(
          {
            ...(i.as ? { as: i.as } : {}),
            method: i.route.method,
            path,
            template: i.route.path,
            headers: i.headers,
            ...(body !== undefined ? (i.format === 'form' ? { form: Object.fromEntries(Object.entries(body).map(([k, v]) => [k, typeof v === 'object' ? JSON.stringify(v) : String(v)])) } : { json: body }) : {}),
            label: `${i.as?.name ?? 'guest'} (${label})`,
            retryOn401: false,
            ...(timeoutMs ? { timeoutMs } : {}),
          },
          ctx.checkId,
          ctx.signal,
        );
        if (x.status === 429) {
          throttled.add(routeKey(i));
          coverage.mark(ctx.checkId, i.route, 'refused', 'HTTP 429 (rate-limited)');
          problems.push(`${routeKey(i)}: HTTP 429`);
          return undefined;
        }
        coverage.mark(ctx.checkId, i.route, 'tested');
        answered++;
        return x;
      } catch (err) {
        const budget = /budget/i.test((err as Error).message);
        coverage.mark(ctx.checkId, i.route, budget ? 'refused' : 'error', (err as Error).message);
        problems.push(`${routeKey(i)}: ${(err as Error).message}`);
        failed.add(routeKey(i));
        return undefined;
      }
    };
    const failed = new Set<string>();
    let judged = 0;
    const data = (i: InjectionInput, extra: Record<string, string | number>) => ({ where: i.where, field: i.field, method: i.route.method, path: i.route.path, ...extra });
    const throttled = new Set<string>();
    for (const [n, i] of list.entries()) {
      if (ctx.signal.aborted || client.budget.remaining < 30) {
        problems.push(`${list.length - n} input(s) not reached (${ctx.signal.aborted ? 'time is up' : 'request budget nearly used up'})`);
        for (const rest of list.slice(n)) failed.add(routeKey(rest));
        break;
      }
      if (flagged.has(routeKey(i)) || throttled.has(routeKey(i))) continue;
      const base = await send(i, i.base, 'baseline');
      if (!base) continue;
      judged++;
      const baseErr = dbError(base.response.body);
      // 1 error-based: odd quotes error, even quotes do not.
      if (!baseErr) {
        let hit = false;
        for (const q of ["'", '"']) {
          const one = await send(i, `${i.base}${q}`, `${q} appended`);
          const engine = one && dbError(one.response.body);
          if (!one || !engine) continue;
          const two = await send(i, `${i.base}${q}${q}`, `${q}${q} appended (control)`);
          if (two && !dbError(two.response.body)) {
            reportExchange(ctx, { messageId: 'sqlError', data: data(i, { engine, status: one.status }), route: i.route, x: one, control: [two, base], cwe: engine === 'MongoDB' ? 'CWE-943' : 'CWE-89', fingerprintKey: 'error' });
            flagged.add(routeKey(i));
            hit = true;
            break;
          }
        }
        if (hit) continue;
      }
      // 2 boolean-based, 3 NoSQL operators.
      let hit = false;
      const numeric = /^-?\d+(\.\d+)?$/.test(i.base);
      for (const pairs of BOOLEAN_PAIRS.filter((_, k) => numeric || k !== 2)) {
        const [[t1, f1], [t2, f2]] = pairs as [[string, string], [string, string]];
        const t = await send(i, `${i.base}${t1}`, 'always-true condition');
        const f = await send(i, `${i.base}${f1}`, 'always-false condition');
        if (!t || !f || !moreThan(t, f)) continue;
        const t2x = await send(i, `${i.base}${t2}`, 'always-true condition, other literals');
        const f2x = await send(i, `${i.base}${f2}`, 'always-false condition, other literals');
        if (!t2x || !f2x || !moreThan(t2x, f2x)) continue;
        reportExchange(ctx, { messageId: 'sqlBoolean', data: data(i, { trueOutcome: outcome(t), falseOutcome: outcome(f) }), route: i.route, x: t, control: [f, t2x, f2x], fingerprintKey: 'boolean', note: 'No data is read: the two conditions differ only in being always true or always false.' });
        flagged.add(routeKey(i));
        hit = true;
        break;
      }
      if (hit) continue;
      const marker = `launchready-${client.nonce()}`;
      const ne = await send(i, { $ne: marker }, '{"$ne": marker}');
      // The control is {"$in": [marker]} (means "equals marker"): NeDB/MarsDB-style stores lack $eq and answer 500 to it.
      const eq = ne && (await send(i, { $in: [marker] }, '{"$in": [marker]} (control)'));
      if (ne && eq && moreThan(ne, eq)) {
        const gt = await send(i, { $gt: '' }, '{"$gt": ""}');
        const lt = await send(i, { $lt: '' }, '{"$lt": ""} (control)');
        if (gt && lt && moreThan(gt, lt)) {
          reportExchange(ctx, { messageId: 'nosqlOperator', data: data(i, { trueOutcome: outcome(ne), falseOutcome: outcome(eq) }), route: i.route, x: ne, control: [eq, gt, lt], cwe: 'CWE-943', fingerprintKey: 'nosql' });
          flagged.add(routeKey(i));
          continue;
        }
      }
      // 4 time-based, bounded: few inputs (ids in paths first, then query values), only on a fast baseline.
      if (!timeEligible.has(i) || timeInputs >= TIME_INPUTS || base.ms > 1500) continue;
      timeInputs++;
      for (const s of SLEEPS) {
        const v = (p: string) => (s.replace ? p : `${i.base}${p}`);
        const slow = await send(i, v(s.slow), `${s.engine} sleep 2 s`, SLEEP_MS * 4);
        if (!slow || slow.ms < base.ms + SLEEP_MS * 0.9) continue;
        const fast = await send(i, v(s.fast), `${s.engine} sleep 0 s (control)`, SLEEP_MS * 4);
        const again = fast && fast.ms < base.ms + SLEEP_MS * 0.5 ? await send(i, v(s.slow), `${s.engine} sleep 2 s, again`, SLEEP_MS * 4) : undefined;
        if (!fast || !again || again.ms < base.ms + SLEEP_MS * 0.9) continue;
        reportExchange(ctx, { messageId: 'sqlTime', ...(s.engine.startsWith('MongoDB') ? { cwe: 'CWE-943' } : {}), data: data(i, { engine: s.engine, delayMs: Math.round(Math.min(slow.ms, again.ms) - base.ms) }), route: i.route, x: slow, control: [fast, again, base], fingerprintKey: 'time' });
        flagged.add(routeKey(i));
        break;
      }
    }
    // Inputs whose probes failed or were throttled are said so (an error next to any verdict), never folded into a pass.
    const untested = [...new Set([...failed, ...throttled])].filter((k) => !flagged.has(k));
    if (untested.length > 0 || answered === 0) ctx.report({ messageId: 'unjudged', status: 'error', severity: 'info', data: { reason: `${untested.length ? `not judged on ${untested.join(', ')}: ` : ''}${problems.slice(0, 5).join('; ') || 'no probe got an answer'}` }, target: ctx.probes.model.config.baseUrl });
    if (flagged.size > 0 || answered === 0) return;
    const clean = list.filter((i) => !untested.includes(routeKey(i)));
    if (judged > 0 && clean.length > 0) ctx.report({ messageId: 'clean', status: 'pass', data: { inputs: clean.length, routes: new Set(clean.map(routeKey)).size }, target: ctx.probes.model.config.baseUrl });
  },
});
