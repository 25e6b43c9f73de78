import { readdir } from 'node:fs/promises';
import { isMissing } from '../core/errors.js';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Stage, StageEnv, StagePlan } from '../audit/stage.js';
import type { OpsConfig, SmokeConfig } from '../core/config/sections/ops.js';
import type { CheckJob } from '../core/runner.js';
import { opsChecks } from '../checks/ops/index.js';
import { buildInventory } from '../checks/ops/inventory.js';
import type { EnvSet, OpsTarget, SecretInfo } from '../checks/ops/model.js';
import type { SmokeProbes, SmokeTarget } from '../checks/ops/smoke-runner.js';
import { runFlow } from '../probes/http-flow.js';
import { fillString } from '../core/template.js';
import { envUses, isExampleEnv, judgeValue, parseEnv } from '../checks/repo/env.js';
import { envNameOf } from '../checks/repo/env-shared-secret.js';
import { ruleById } from '../checks/secrets/rules.js';
import { listRepoFiles, makeRepoProbe } from '../probes/fs-walk.js';
import type { HttpProbe } from '../probes/http.js';
import { stageHttp } from './http.js';
import { readEnvFile, readOptionalFile } from '../probes/logs-env-files.js';
import { expandFixture } from './logs.js';

/**
 * An environment's variables from a dotenv file, `printenv`/`env` output (same format) or an exported JSON object
 * (`heroku config --json`, `vercel env ls --json`-style `{ "NAME": "value" }`, or `[{ "key", "value" }]`).
 */
function toSet(env: StageEnv, envName: string, file: { display: string; text: string }, fixture: boolean): EnvSet {
  const text = fixture ? expandFixture(env, file.text) : file.text;
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      const data = JSON.parse(text) as unknown;
      const pairs: [string, unknown][] = Array.isArray(data)
        ? data.map((x) => [String((x as Record<string, unknown>).key ?? (x as Record<string, unknown>).name ?? ''), (x as Record<string, unknown>).value])
        : Object.entries(data as Record<string, unknown>);
      const lineOf = (name: string) => Math.max(1, text.slice(0, Math.max(0, text.indexOf(`"${name}"`))).split('\n').length);
      return { env: envName, file: file.display, vars: pairs.filter(([k, v]) => k && (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')).map(([k, v]) => ({ name: k, value: String(v), line: lineOf(k) })) };
    } catch {
      /* not JSON: read it as a dotenv file */
    }
  }
  return { env: envName, file: file.display, vars: parseEnv(text).map((v) => ({ name: v.name, value: v.value, line: v.line })) };
}

/** Classify env values with the secrets engine rules (provider, grants) and the repo checks' name heuristics. */
export function makeJudge(): (name: string, value: string) => SecretInfo {
  const cache = new Map<string, SecretInfo>();
  return (name, value) => {
    const k = `${name}\u0000${value}`;
    let r = cache.get(k);
    if (!r) {
      const v = judgeValue(name, value);
      const rule = v.ruleId ? ruleById(v.ruleId) : undefined;
      r = { secret: v.secret };
      if (v.ruleId) r.ruleId = v.ruleId;
      if (v.test) r.test = true;
      if (rule) {
        r.provider = rule.provider;
        r.title = rule.title;
        r.grants = rule.grants;
      } else if (v.secret) r.provider = /DATABASE_URL|_DSN$|DB_/i.test(name) ? 'Database' : 'generic secret';
      cache.set(k, r);
    }
    return r;
  };
}

/**
 * Env files of a repo by their names (.env.production, .env.staging, .env.development, config/prod.env...), for
 * `ops: {}` without environments and for the `repo` command (environment separation between the env files it
 * finds). Paths are relative to `baseDir`; `.env` / `.env.local` count as "local"; example files are left out.
 */
export async function discoverEnvironments(root: string, baseDir: string): Promise<{ environments: Record<string, string>; example?: string }> {
  const environments: Record<string, string> = {};
  let example: string | undefined;
  for (const dir of ['', 'config', 'env', 'environments', 'deploy']) {
    const names = await readdir(join(root, dir)).catch((err: unknown) => {
      if (isMissing(err)) return [] as string[];
      throw err;
    });
    for (const name of names.sort()) {
      const rel = dir ? `${dir}/${name}` : name;
      if (!/(?:^\.env(?:\.[\w.-]+)?$|\.env$)/.test(name)) continue;
      const shown = relative(baseDir, join(root, rel)).split(sep).join('/');
      if (isExampleEnv(rel)) {
        example ??= shown;
        continue;
      }
      const env = name === '.env' || name === '.env.local' ? 'local' : envNameOf(rel);
      if (env && !environments[env]) environments[env] = shown;
    }
  }
  return { environments, ...(example ? { example } : {}) };
}

function smokeHosts(s: SmokeConfig | undefined): string[] {
  return s ? [s.baseUrl, ...s.allowHosts] : [];
}

export const opsStage: Stage = {
  name: 'ops',
  title: 'Operations',
  enabled: (config) => config.ops !== undefined || config.smoke !== undefined,
  hosts: (config) => smokeHosts(config.smoke),
  async plan(env: StageEnv): Promise<StagePlan> {
    const { config } = env;
    const ops = config.ops as OpsConfig | undefined;
    const include = (id: string) => !env.include || env.include(id);
    const jobs: CheckJob[] = [];
    let target: OpsTarget | undefined;
    let http: HttpProbe | undefined;
    let smokeProbes: SmokeProbes | undefined;
    const smokeOnly = env.flags.smokeOnly === true;

    if (ops && !smokeOnly) {
      const envs: EnvSet[] = [];
      let environments = ops.environments;
      let examplePath = ops.example;
      // `launchready repo <path>` shows the env files it finds relative to <path>, like every repo finding (run from
      // elsewhere it must not print ../../path/.env.staging); audits keep paths relative to the config file
      let shownFrom: string | undefined;
      if (Object.keys(environments).length === 0 && config.repo) {
        // `ops: {}` next to a repo section: compare the env files the repo holds, by their names
        const root = resolve(env.configDir, config.repo.path);
        if (env.flags.envPathsFromRepo === true) shownFrom = root;
        const found = await discoverEnvironments(root, env.configDir);
        environments = found.environments;
        examplePath ??= found.example;
      }
      const shown = <T extends { display: string; abs: string }>(f: T): T => (shownFrom ? { ...f, display: relative(shownFrom, f.abs).split(sep).join('/') } : f);
      for (const [name, path] of Object.entries(environments)) {
        envs.push(toSet(env, name, shown(await readEnvFile(env.configDir, path, `ops.environments.${name}`)), ops.fixture));
      }
      let example: EnvSet | undefined;
      if (examplePath) example = toSet(env, 'example', shown(await readEnvFile(env.configDir, examplePath, 'ops.example')), ops.fixture);
      else {
        const first = Object.values(environments)[0];
        const guess = first ? await readOptionalFile(env.configDir, `${dirname(first)}/.env.example`) : undefined;
        if (guess) example = toSet(env, 'example', guess, ops.fixture);
      }
      // env files that repo/env-shared-secret compares (repo.envFiles, else the env files of its listing that
      // it can name): for a pair of those, the "same secret" fact is reported once, by the repo stage
      const coveredByRepo = new Set<string>();
      if (config.repo) {
        const root = resolve(env.configDir, config.repo.path);
        const mapped = Object.values(config.repo.envFiles ?? {}).map((f) => resolve(root, f));
        let listed: Set<string> | undefined;
        if (mapped.length === 0) {
          // eslint-disable-next-line launchready/no-swallowed-error -- without the listing no env file counts as covered by the repo stage, so ops checks them all itself (the repo stage reports why its listing failed)
          const listing = await listRepoFiles(root).catch(() => undefined);
          listed = new Set((listing?.files ?? []).filter((f) => !f.shipped && envNameOf(f.path) !== null).map((f) => resolve(root, f.path)));
        }
        for (const [, p] of Object.entries(environments)) {
          const abs = resolve(env.configDir, p);
          if (relative(root, abs).startsWith('..')) continue;
          if (mapped.length ? mapped.includes(abs) : listed!.has(abs)) coveredByRepo.add(relative(shownFrom ?? env.configDir, abs).split(sep).join('/'));
        }
      }
      target = {
        envs,
        production: ops.production,
        ...(example ? { example } : {}),
        hosts: ops.hosts,
        credentials: ops.credentials,
        maxAgeDays: ops.rotation.maxAgeDays,
        now: env.now(),
        coveredByRepo,
        judge: makeJudge(),
      };
      for (const check of opsChecks) if (!check.id.startsWith('ops/smoke') && include(check.id)) jobs.push({ check, target, probes: {}, targetLabel: 'environments' });
    }

    const smoke = config.smoke as SmokeConfig | undefined;
    if (smoke) {
      // fail fast (exit 2) on a step URL the allowlist refuses, before any flow runs
      smoke.flows.forEach((flow) =>
        [...flow.steps, ...flow.undo].forEach((step) => {
          const m = /^https?:\/\/([^/{}]+)(?:\/|$)/i.exec(step.url);
          if (m) env.allow.assert(fillString(step.url, {}, 'x'));
        }),
      );
      http = stageHttp(env, { timeoutMs: smoke.timeoutMs });
      const st: SmokeTarget = { smoke };
      smokeProbes = { http, runFlow, results: [] };
      for (const check of opsChecks) if (check.id.startsWith('ops/smoke') && include(check.id)) jobs.push({ check, target: st, probes: smokeProbes, targetLabel: smoke.baseUrl });
    }

    const t = target;
    return {
      jobs,
      target: { environments: t?.envs.map((e) => `${e.env}: ${e.file}`) ?? [], smoke: smoke?.baseUrl ?? null },
      async finish() {
        await http?.close();
        const results = smokeProbes?.results ?? [];
        if (!results.length) return;
        return {
          smokeTimings: {
            title: 'Canary smoke test: flows and timings',
            description: `${results.every((r) => r.ok) ? 'GO: every flow passed' : 'ROLL BACK: a flow failed'} against ${smoke!.baseUrl}.`,
            columns: ['Flow', 'Step', 'Request', 'Status', 'ms', 'Result'],
            rows: results.flatMap((r) =>
              r.steps.map((s) => [r.flow.name, s.phase === 'undo' ? `undo: ${s.step}` : s.step, `${s.method} ${s.path}`, s.status ?? '-', s.ms, s.ok ? (s.slow ? `slow (> ${s.maxMs} ms)` : 'ok') : (s.problem ?? 'failed')]),
            ),
          },
        };
      },
      async summarize(findings) {
        // the `repo` command runs the env checks only; the secret inventory belongs to audits with an ops section
        if (!t || !ops || env.flags.opsInventory === false) return;
        const usage = new Map<string, string[]>();
        let usageError: string | undefined;
        const sourceRoot = ops.sourceRoot ?? config.repo?.path;
        if (sourceRoot) {
          try {
            const listing = await listRepoFiles(resolve(env.configDir, sourceRoot));
            for (const u of await envUses(makeRepoProbe(listing))) {
              const list = usage.get(u.name) ?? [];
              const where = `${u.file}:${u.line}`;
              if (!list.includes(where) && list.length < 20) list.push(where);
              usage.set(u.name, list);
            }
          } catch (err) {
            // "where used" is best effort; the inventory says why it is empty
            usageError = (err as Error).message;
          }
        }
        const repoRoot = config.repo ? resolve(env.configDir, config.repo.path) : undefined;
        const inv = buildInventory({
          target: t,
          findings,
          usage,
          ...(usageError ? { usageError } : {}),
          repoPathOf: (file) => {
            if (!repoRoot) return undefined;
            const rel = relative(repoRoot, resolve(env.configDir, file));
            return rel.startsWith('..') ? undefined : rel.split(sep).join('/');
          },
          ...(config.project.owner ? { defaultOwner: config.project.owner } : {}),
        });
        return inv;
      },
    };
  },
};
