import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import type { Config } from '../../core/config/schema.js';
import { InputError, interruptedBy, UsageError } from '../../core/errors.js';
import { resolveStepUrl } from '../../core/flow.js';
import { buildReport } from '../../core/policy.js';
import { Redactor } from '../../core/redact.js';
import { runChecks, type CheckJob } from '../../core/runner.js';
import type { Report } from '../../core/types.js';
import requiredEnvCheck, { type RequiredEnvTarget } from '../../checks/deploy/required-env.js';
import smokeCheck, { type DeploySmokeProbes, type DeploySmokeTarget } from '../../checks/deploy/smoke.js';
import auditReportCheck, { type AuditReportTarget } from '../../checks/deploy/audit-report.js';
import { HttpProbe } from '../../probes/http.js';
import { runFlow } from '../../probes/http-flow.js';
import { Allowlist, parseConnectTo, parseResolver } from '../../probes/net.js';
import { VERSION } from '../../version.js';
import { defineCommand, flagList, flagString } from '../command.js';
import { emitReport, FORMAT_FLAGS, NETWORK_FLAGS } from '../output.js';
import { applyNetworkFlags, CONFIG_FLAGS, loadConfigFromFlags, runSignal, TIMEOUT_FLAG } from '../run-config.js';
import { parseEnvNames } from './project-scan.js';
import { readReportFile } from '../report-file.js';

/**
 * `launchready gate` for deploy pipelines: after a release is deployed (to a preview or before traffic moves),
 * check that the required environment variables are set, that the smoke checks pass and that the last audit has
 * no open must-fix item. Exit 0 = promote, 1 = roll back, 2 = the gate could not run (bad config, unreadable
 * --dotenv, a smoke URL on a host the config does not name). A thin shell: the judgements are the registered
 * checks deploy/required-env, deploy/smoke and deploy/audit-report (src/checks/deploy), run by the one runner and
 * decided by core/policy like every other check.
 */

export function smokeUrl(url: string, base: string | undefined, index: number): string {
  const resolved = resolveStepUrl(url, base);
  if (resolved === undefined) throw new UsageError(`deploy.smoke[${index}].url "${url}" is relative: set deploy.baseUrl or pass --base-url URL`);
  return resolved;
}

async function readEnvFile(path: string, cwd: string, flag: string): Promise<Record<string, string>> {
  const file = resolve(cwd, path);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new InputError(`${flag} ${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, { cause: err });
  }
  return Object.fromEntries(parseEnvNames(text).map((p) => [p.name, p.value]));
}

/** Hosts a smoke check may contact: the ones the config or the command line names. */
export function gateAllowlist(config: Config, base: string | undefined): Allowlist {
  const allow = new Allowlist(config.network.allowHosts);
  if (config.api) allow.add(config.api.baseUrl);
  for (const h of config.edge?.hosts ?? []) allow.add(h);
  if (config.deploy?.baseUrl) allow.add(config.deploy.baseUrl);
  if (base) allow.add(base);
  return allow;
}

export async function runGate(opts: {
  config: Config;
  env: Record<string, string | undefined>;
  envSource: string;
  /** the one dotenv file the values came from (the required-env findings' location) */
  envFile?: string;
  baseUrl?: string;
  signal?: AbortSignal;
  now?: () => Date;
  /** the last audit report and where it came from; its must-fix items are part of the decision */
  audit?: { report: Report; source: string };
  /** the config file as the user named it: fix items' retest command re-runs the gate with it */
  configFile?: string;
}): Promise<Report> {
  const { config } = opts;
  const deploy = config.deploy;
  if (!deploy && !opts.audit) throw new UsageError('the config has no "deploy" section: add deploy.requiredEnv and/or deploy.smoke for launchready gate (or pass --from REPORT.json)');
  if (deploy && deploy.requiredEnv.length === 0 && deploy.smoke.length === 0 && !opts.audit) throw new UsageError('deploy section is empty: list deploy.requiredEnv and/or deploy.smoke (or pass --from REPORT.json)');
  const d = deploy ?? { requiredEnv: [], smoke: [], timeoutMs: 10_000, retries: 0, retryDelayMs: 2000 };
  const now = opts.now ?? (() => new Date());
  const startedAt = now();
  const base = opts.baseUrl ?? deploy?.baseUrl;
  const allow = gateAllowlist(config, base);
  // Refuse before sending anything: every smoke URL must be on a named host.
  const urls = d.smoke.map((s, i) => smokeUrl(s.url, base, i));
  urls.forEach((u) => allow.assert(u));
  const redactor = new Redactor();
  for (const s of d.smoke) for (const v of Object.values(s.headers)) redactor.register(v);
  // only the checks that have something to look at: the target summary says what was not checked
  const jobs: CheckJob[] = [];
  if (d.requiredEnv.length) {
    const target: RequiredEnvTarget = { names: d.requiredEnv, env: opts.env, source: opts.envSource, ...(opts.envFile ? { file: opts.envFile } : {}) };
    jobs.push({ check: requiredEnvCheck, target, probes: {}, stage: 'deploy', targetLabel: 'requiredEnv' });
  }
  let probe: HttpProbe | undefined;
  if (d.smoke.length) {
    probe = new HttpProbe({
      allow,
      rate: config.network.rate,
      timeoutMs: d.timeoutMs,
      connectTo: config.network.connectTo.map((c, i) => parseConnectTo(c, `network.connectTo[${i}]`)),
      ...(config.network.resolver ? { resolver: parseResolver(config.network.resolver, 'network.resolver').server } : {}),
    });
    const target: DeploySmokeTarget = { steps: d.smoke, urls, timeoutMs: d.timeoutMs, retries: d.retries, retryDelayMs: d.retryDelayMs };
    const probes: DeploySmokeProbes = { http: probe, runFlow };
    jobs.push({ check: smokeCheck, target, probes, stage: 'deploy', targetLabel: 'smoke' });
  }
  if (opts.audit) {
    const target: AuditReportTarget = { report: opts.audit.report, source: opts.audit.source };
    jobs.push({ check: auditReportCheck, target, probes: {}, stage: 'deploy', targetLabel: 'audit' });
  }
  let result;
  try {
    result = await runChecks(jobs, { concurrency: 1, redactor, ...(opts.signal ? { signal: opts.signal } : {}) });
  } finally {
    await probe?.close();
  }
  return buildReport({
    findings: result.findings,
    checks: result.checks,
    startedAt,
    finishedAt: now(),
    version: VERSION,
    gate: config.gate,
    redactor,
    target: {
      command: 'gate',
      ...(opts.configFile ? { configFile: opts.configFile } : {}),
      ...(base ? { baseUrl: base } : {}),
      checked: {
        requiredEnv: d.requiredEnv.length,
        smoke: d.smoke.length,
        audit: opts.audit ? opts.audit.source : 'not read (pass --from REPORT.json or set deploy.auditReport)',
      },
    },
    now: now(),
    ...(opts.signal?.aborted ? { interrupted: interruptedBy(opts.signal)! } : {}),
  });
}

export const gateCommand = defineCommand({
  name: 'gate',
  summary: 'deploy gate: required env vars present and smoke checks pass (exit 1 = roll back)',
  description:
    'Run it in the deploy pipeline right after a release is deployed. It checks deploy.requiredEnv in the\n' +
    'environment (and --env-file files; names only, values are never printed), runs deploy.smoke HTTP checks\n' +
    'against hosts the config names and, with --from (or deploy.auditReport), counts the last audit\'s open must-fix\n' +
    'items: the gate never says GO over an audit that said NO-GO unless --ignore-audit. Its first line says what\n' +
    'it checked. Exit 0: promote. Exit 1: roll back. Exit 2: the gate could not run.',
  flags: {
    ...CONFIG_FLAGS,
    'base-url': { type: 'string', valueName: 'URL', description: 'base URL of the release under test (a preview URL); relative smoke URLs resolve against it and its host is allowed' },
    dotenv: { type: 'string', multiple: true, valueName: 'FILE', description: 'dotenv file(s) to check instead of the process environment (later files win)' },
    // Node 20 scans the whole command line for `--env-file`, even after the script name: with a missing file it
    // exits 9 ("node: FILE: not found") before launchready runs. Hence --dotenv; `--env-file` stays as an alias
    // for existing files (Node then also loads it into its own environment, which the gate does not read).
    'env-file': { type: 'string', multiple: true, valueName: 'FILE', description: 'old name of --dotenv; Node 20 intercepts it when FILE is missing (exit 9), so prefer --dotenv' },
    ...TIMEOUT_FLAG,
    from: { type: 'string', valueName: 'REPORT.json', description: 'the last audit report: its open must-fix items block the deploy (default: deploy.auditReport)' },
    'ignore-audit': { type: 'boolean', description: 'decide on env and smoke checks only, even when an audit report is named' },
    ...NETWORK_FLAGS,
    ...FORMAT_FLAGS,
  },
  examples: [
    'launchready gate --config launchready.yml',
    'launchready gate --config launchready.yml --base-url "$PREVIEW_URL" --format junit --output gate.xml',
    'launchready gate --config launchready.yml --dotenv .env.production',
    'launchready gate --config launchready.yml --from .launchready/report.json',
  ],
  async run(ctx) {
    const l = await loadConfigFromFlags(ctx);
    const config = applyNetworkFlags(l.config, ctx.flags);
    const baseUrl = flagString(ctx.flags, 'base-url');
    if (baseUrl !== undefined && !/^https?:\/\/[^\s/]+/i.test(baseUrl)) throw new UsageError(`--base-url: "${baseUrl}" must be an http(s) URL`);
    const envFiles = [...flagList(ctx.flags, 'dotenv').map((f) => ['--dotenv', f] as const), ...flagList(ctx.flags, 'env-file').map((f) => ['--env-file', f] as const)];
    let env: Record<string, string | undefined> = ctx.io.env;
    let envSource = 'the environment';
    const envFile = envFiles.length === 1 ? envFiles[0]![1] : undefined;
    if (envFiles.length) {
      env = {};
      for (const [flag, f] of envFiles) Object.assign(env, await readEnvFile(f, ctx.io.cwd, flag));
      envSource = envFiles.map(([, f]) => f).join(', ');
    }
    const signal = runSignal(ctx);
    const fromFlag = flagString(ctx.flags, 'from');
    const fromPath = fromFlag ? resolve(ctx.io.cwd, fromFlag) : config.deploy?.auditReport ? resolve(l.dir, config.deploy.auditReport) : undefined;
    const ignoreAudit = ctx.flags['ignore-audit'] === true;
    const audit = fromPath && !ignoreAudit ? { report: await readReportFile(fromPath, ctx.io.cwd, fromFlag ? '--from' : 'deploy.auditReport'), source: relative(ctx.io.cwd, fromPath) || fromPath } : undefined;
    const configFile = relative(ctx.io.cwd, l.file).split('\\').join('/');
    const report = await runGate({ config, env, envSource, configFile, ...(envFile ? { envFile } : {}), ...(baseUrl ? { baseUrl } : {}), ...(signal ? { signal } : {}), ...(audit ? { audit } : {}) });
    report.target = { ...report.target, project: config.project.name };
    // Say what the decision rests on, so a GO here is never mistaken for the audit's verdict.
    const d = config.deploy;
    const checked = [`${d?.requiredEnv.length ?? 0} required env var(s)`, `${d?.smoke.length ?? 0} smoke check(s)`, audit ? `audit report ${audit.source} (${audit.report.decision})` : ignoreAudit ? 'audit report ignored (--ignore-audit)' : 'no audit report (pass --from REPORT.json or set deploy.auditReport)'];
    const fmt = flagString(ctx.flags, 'format') ?? 'text';
    if (fmt === 'text' || flagString(ctx.flags, 'output')) ctx.io.stdout.write(`gate checked: ${checked.join(', ')}\n`);
    return emitReport(report, ctx.flags, ctx.io, 'gate');
  },
});
