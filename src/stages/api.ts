import { join, resolve } from 'node:path';
import type { Stage, StagePlan } from '../audit/stage.js';
import type { Check, CheckContext, ReportInput } from '../core/check.js';
import { BudgetExceededError } from '../core/errors.js';
import { EvidenceMissError, unattributed } from '../core/evidence.js';
import { LIVENESS_ID, TargetWatch, watchProbe } from '../probes/api-liveness.js';
import type { CheckJob } from '../core/runner.js';
import { apiChecks } from '../checks/api/index.js';
import { perfChecks } from '../checks/perf/index.js';
import type { ApiProbes, TextSecretScanner } from '../checks/api/lib/types.js';
import { ApiClient, ScopedBudget } from '../probes/api-client.js';
import { Canary } from '../probes/api-canary.js';
import { EvidenceLog } from '../probes/api-evidence-log.js';
import { buildApiModel } from '../probes/api-openapi.js';
import { loadJwtWordlist } from '../probes/jwt-wordlist.js';
import { imapMessages } from '../probes/mailbox-imap.js';
import { CoverageRecorder } from '../core/coverage.js';
import { stageHttp } from './http.js';

/**
 * The API stage: builds the API model (OpenAPI + config), one HttpProbe (allowlist, budget, rate) whose every
 * exchange goes to the redacted evidence log, the identity client, and runs the API checks in phases:
 *   1 reads (discovery, authz matrix, JWT, headers...)  2 latency sampling (alone, so timings are fair)
 *   3 writes (mass assignment, reset flow, SSRF, webhooks)  4 bursts (rate limits, may lock accounts out)
 * A later phase starts only when every check of the earlier phases finished, so a write or a lockout never
 * skews a read check.
 */

const PHASE: Record<string, number> = {
  'perf/latency-p95': 2,
  // timed like the latency samples, and a slow answer may hold the server: alone, after them, before the writes
  'api/regex-dos': 2.5,
  'api/mass-assignment': 3,
  // writes with hostile values (with allowWrites), after the timed phases
  'api/injection': 3,
  // creates throwaway accounts: after every other check that needs the sign-up route's rate limit
  'api/password-policy': 3.5,
  'api/reset-token': 3,
  'api/ssrf': 3,
  'api/webhook-signature': 3,
  'api/webhook-replay': 3,
  'api/rate-limit': 4,
  // Last: it reports the requests that took the target down and whether it still answers at the end.
  'api/availability': 9,
};

function phaseOf(id: string): number {
  return PHASE[id] ?? 1;
}

class Phases {
  private readonly remaining = new Map<number, number>();
  private readonly done = new Map<number, { promise: Promise<void>; resolve: () => void }>();
  constructor(ids: string[]) {
    for (const id of ids) {
      const p = phaseOf(id);
      this.remaining.set(p, (this.remaining.get(p) ?? 0) + 1);
    }
    for (const p of this.remaining.keys()) {
      let resolve!: () => void;
      const promise = new Promise<void>((r) => (resolve = r));
      this.done.set(p, { promise, resolve });
    }
  }
  async before(phase: number): Promise<void> {
    for (const [p, d] of [...this.done].sort((a, b) => a[0] - b[0])) if (p < phase) await d.promise;
  }
  finished(phase: number): void {
    const n = (this.remaining.get(phase) ?? 1) - 1;
    this.remaining.set(phase, n);
    if (n <= 0) this.done.get(phase)?.resolve();
  }
}

/**
 * The stage's wrapper around every check: waits for earlier phases (and a health check of the target between
 * phases), does not start a check once the target is down (error naming why), and holds back "pass" findings
 * until the check ends: a pass with no `tested` coverage cell whose requests all failed, were rate-limited or
 * refused by the budget becomes `status: error` with that reason (issue 12: no pass without a probe), and so does
 * a pass from a check during which the target went down.
 */
function phased(check: Check, phases: Phases, checkTimeoutMs: number, watch: TargetWatch, gate: (phase: number) => Promise<void>, coverage: CoverageRecorder): Check {
  const phase = phaseOf(check.id);
  return {
    ...check,
    // A later phase's clock starts when its job starts, i.e. possibly while earlier phases still run: give it room.
    ...(phase > 1 ? { timeoutMs: Math.max(check.timeoutMs ?? checkTimeoutMs, checkTimeoutMs) + 60_000 * (phase > 4 ? 4 : phase - 1) } : {}),
    async run(ctx) {
      let counted = false;
      const finish = () => {
        if (!counted) {
          counted = true;
          phases.finished(phase);
        }
      };
      ctx.signal.addEventListener('abort', finish, { once: true });
      try {
        await phases.before(phase);
        await gate(phase);
        if (ctx.signal.aborted) return;
        if (watch.dead && check.id !== LIVENESS_ID) {
          watch.notRun.push(check.id);
          throw new Error(`did not run: ${watch.dead.reason} (see api/availability)`);
        }
        const crashesBefore = watch.crashes.length;
        // Held back until the check ends: passes, "nothing to test here" (skipped) and low/info warnings, all of
        // which mean nothing when no probe got an answer. Real findings go out at once.
        const held: ReportInput[] = [];
        const holds = (i: ReportInput) => i.status === 'pass' || i.status === 'skipped' || (i.status === 'warn' && (i.severity === 'low' || i.severity === 'info'));
        const wrapped: CheckContext<unknown, ApiProbes> = { ...(ctx as CheckContext<unknown, ApiProbes>), report: (input) => (holds(input) ? held.push(input) : ctx.report(input)) };
        await check.run(wrapped);
        if (held.length) {
          const own = watch.traffic.get(check.id);
          let why: string | undefined;
          if (coverage.countFor(check.id).tested === 0) why = watch.unprobed(check.id, ['api/discovery']);
          if (!why && own && own.failed > 0 && held.some((i) => i.status === 'pass') && (watch.dead || watch.crashes.length > crashesBefore)) why = `the target went down while this check ran: ${own.failed} of its requests failed (${own.lastError ?? 'no answer'})`;
          if (why) throw new Error(`no pass without a probe: ${why}`);
          for (const i of held) ctx.report(i);
        }
      } finally {
        finish();
      }
    },
  };
}

async function loadScanner(): Promise<{ scanner?: TextSecretScanner; error?: string }> {
  // The secrets area owns the scanner; loaded by name so this stage still builds if that module moves.
  const spec = '../checks/secrets/engine.js';
  try {
    const mod = (await import(spec)) as { scanText?: (text: string, opts?: { file?: string }) => { ruleId: string; secret: string; line: number; column?: number; severity?: string; kind?: string }[] };
    const scanText = mod.scanText;
    if (typeof scanText !== 'function') return { error: 'the secret scanner (src/checks/secrets/engine.ts scanText) is not available in this build' };
    return {
      scanner: {
        async scan(text, file) {
          return scanText(text, { file })
            .filter((m) => m.kind !== 'public' && m.kind !== 'test' && m.kind !== 'unverified')
            .map((m) => ({ ruleId: m.ruleId, value: m.secret, line: m.line, ...(m.column !== undefined ? { column: m.column } : {}), ...(m.severity ? { severity: m.severity } : {}) }));
        },
      },
    };
  } catch (err) {
    return { error: `secret scanner unavailable: ${(err as Error).message}` };
  }
}

export const apiStage: Stage = {
  name: 'api',
  title: 'API security',
  enabled: (config) => config.api !== undefined,
  hosts(config) {
    if (!config.api) return [];
    const out = [config.api.baseUrl, ...config.api.allowHosts];
    if (config.api.openapi && /^https?:\/\//i.test(config.api.openapi)) out.push(config.api.openapi);
    return out;
  },
  async plan(env): Promise<StagePlan> {
    const cfg = env.config.api!;
    const reportDir = resolve(env.configDir, env.config.report.dir);
    const log = new EvidenceLog(join(reportDir, 'api-evidence.jsonl'), env.redactor);
    try {
      // a replay sends nothing: it must not overwrite the saved run's log with replayed exchanges
      if (!env.evidenceProbes?.replaying) log.open();
      // eslint-disable-next-line launchready/no-swallowed-error -- the evidence log is an extra copy: exchanges still reach the report through env.onExchange
    } catch {
      // An unwritable report dir must not stop the audit; the log is then in memory only (exchanges still go to env.onExchange).
    }
    const budget = cfg.budget ? new ScopedBudget(cfg.budget, env.budget) : env.budget;
    const timeoutMs = cfg.timeoutMs ?? env.config.network.timeoutMs;
    let watch: TargetWatch | undefined;
    const http = stageHttp(env, {
      budget,
      rate: cfg.rate ?? env.config.network.rate,
      timeoutMs,
      onExchange: (x) => {
        log.write(x);
        watch?.observe(x);
        env.onExchange?.(x);
      },
    });
    // Liveness: one GET of baseUrl; any answer below 502 means the target is up. A budget that ran out is no
    // evidence of a crash: count the target as up then.
    watch = new TargetWatch({
      recoveryMs: (cfg.recoverySeconds ?? 20) * 1000,
      ping: () =>
        unattributed(() => http.request({ url: cfg.baseUrl, method: 'GET', timeoutMs: Math.min(timeoutMs, 5000), headers: { accept: '*/*' } }, LIVENESS_ID).then(
          (r) => r.status < 502,
          // a replay whose saved run never pinged has no evidence of the target being down: up, as it was then
          // eslint-disable-next-line launchready/no-swallowed-error -- a ping that fails is the answer "down" (the watch names why); a budget refusal says nothing about the target
          (err: unknown) => err instanceof BudgetExceededError || err instanceof EvidenceMissError,
        )),
    });
    const live = watch;
    watchProbe(http, live);
    let model;
    try {
      model = await buildApiModel(cfg, env.configDir, http);
    } catch (err) {
      await http.close();
      log.close();
      throw err;
    }
    const coverage = new CoverageRecorder();
    for (const r of model.routes) coverage.route(r.method, r.path);
    const client = new ApiClient({ model, http, redactor: env.redactor, connectTo: env.connectTo, now: () => env.now().getTime(), coverage, ...(env.evidenceProbes?.nonce ? { nonce: env.evidenceProbes.nonce } : {}) });
    let canary: Promise<Canary> | undefined;
    const { scanner, error: scannerError } = await loadScanner();
    const probes: ApiProbes = {
      client,
      model,
      coverage,
      liveness: live,
      canary: () => (canary ??= new Canary().start()),
      jwtWordlist: () => loadJwtWordlist(),
      imapMessages: (settings, to, checkId) => imapMessages(settings, to, { allow: client.http.allow, budget: client.budget, checkId }),
      ...(scanner ? { scanner } : {}),
      ...(scannerError ? { scannerError } : {}),
    };
    const selected = [...apiChecks, ...perfChecks].filter((c) => (env.include ? env.include(c.id) : true) && !cfg.checks.disable.includes(c.id));
    selected.sort((a, b) => phaseOf(a.id) - phaseOf(b.id));
    const phases = new Phases(selected.map((c) => c.id));
    // Between phases, one health check (waiting for recovery within the bound when the target went down).
    const gates = new Map<number, Promise<void>>();
    const gate = (phase: number): Promise<void> => {
      if (phase <= 1) return Promise.resolve();
      let g = gates.get(phase);
      if (!g) gates.set(phase, (g = live.check().then(() => undefined)));
      return g;
    };
    const jobs: CheckJob[] = selected.map((c) => ({ check: phased(c, phases, env.config.network.checkTimeoutMs, live, gate, coverage), target: model, targetLabel: cfg.baseUrl, stage: 'api', probes }));
    let finished = false;
    return {
      jobs,
      target: {
        baseUrl: cfg.baseUrl,
        ...(model.openapi ? { openapi: model.openapi.source } : {}),
        routes: model.routes.length,
        identities: model.identities.map((i) => `${i.name}${i.tenant ? `@${i.tenant}` : ''} (${i.role})`),
        allowWrites: cfg.allowWrites,
      },
      async finish() {
        if (finished) return;
        finished = true;
        await http.close();
        if (canary) await (await canary).close();
        log.close();
        return {
          api: {
            baseUrl: cfg.baseUrl,
            routes: model.routes.map((r) => `${r.method} ${r.path}${r.public ? ' (public)' : ''}${r.roles ? ` (roles: ${r.roles.join(', ')})` : ''}`),
            evidenceLog: log.file,
            exchangesLogged: log.lines,
            requests: budget.used,
            loginErrors: Object.fromEntries(client.loginErrors),
            ...(live.crashes.length || live.dead ? { liveness: { crashes: live.crashes.map((c) => `${c.exchange.request.method} ${c.exchange.request.url} (${c.exchange.checkId})`), ...(live.dead ? { down: live.dead.reason } : {}) } } : {}),
          },
          // Lifted to the report's top-level `coverage` (contract) by the audit.
          coverage: coverage.toJSON(),
        };
      },
    };
  },
};
