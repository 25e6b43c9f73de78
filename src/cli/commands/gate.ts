import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import type { Config } from '../../core/config/schema.js';
import type { DeploySection } from '../../core/config/sections/deploy.js';
import { InputError, interruptedBy, UsageError } from '../../core/errors.js';
import { findingFingerprint } from '../../core/fingerprint.js';
import { resolveStepUrl } from '../../core/flow.js';
import { buildReport } from '../../core/policy.js';
import { Redactor } from '../../core/redact.js';
import type { Finding, Report } from '../../core/types.js';
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
 * check that the required environment variables are set and that the smoke checks pass. Exit 0 = promote,
 * 1 = roll back, 2 = the gate could not run (bad config, unreadable --env-file, a smoke URL on a host the
 * config does not name). Findings use check ids deploy/required-env and deploy/smoke, so every reporter works.
 */

// Values that are obviously not the real thing: a deploy with these is misconfigured (bounded, anchored).
const PLACEHOLDER = /^(changeme|change[-_ ]me|replace[-_ ]?me|todo|tbd|fixme|xxx+|placeholder|dummy|example|sample|secret|password|null|undefined|none|your[-_ ][\w-]{0,40}|<[^>]{0,60}>|\.\.\.|\*+)$/i;

export type StatusSpec = number | string;

interface Check {
  checkId: 'deploy/required-env' | 'deploy/smoke' | 'deploy/audit-report';
  messageId: string;
  status: 'fail' | 'pass';
  target: string;
  title: string;
  message: string;
  location?: Finding['location'];
  evidence?: string;
}

function toFinding(c: Check): Finding {
  const f: Finding = {
    id: findingFingerprint(c.checkId, c.messageId, c.target),
    checkId: c.checkId,
    status: c.status,
    // A failed gate check means "do not promote": critical, so it blocks at any failOn.
    severity: c.status === 'fail' ? 'critical' : 'info',
    title: c.title,
    message: c.message,
    messageId: c.messageId,
    docsUrl: 'docs/init-and-ci.md#launchready-gate',
  };
  if (c.location) f.location = c.location;
  if (c.evidence) f.evidence = c.evidence;
  if (c.status === 'fail') {
    f.remediation =
      c.checkId === 'deploy/required-env'
        ? 'Set the variable in the deploy environment (platform dashboard or secret store), then redeploy.'
        : c.checkId === 'deploy/audit-report'
          ? 'Fix the must-fix items of the audit (or waive them with an owner and an expiry), re-run the audit, then the gate.'
          : 'Roll back to the last release that passed the gate, then fix and redeploy.';
  }
  return f;
}

export function checkRequiredEnv(names: string[], env: Record<string, string | undefined>, source: string): Check[] {
  return names.map((name) => {
    const v = env[name];
    const base = { checkId: 'deploy/required-env' as const, target: name, title: `Environment variable ${name}` };
    if (v === undefined) return { ...base, messageId: 'missing', status: 'fail' as const, message: `${name} is not set in ${source}.` };
    if (v.trim() === '') return { ...base, messageId: 'empty', status: 'fail' as const, message: `${name} is set but empty in ${source}.` };
    if (PLACEHOLDER.test(v.trim())) return { ...base, messageId: 'placeholder', status: 'fail' as const, message: `${name} in ${source} holds a placeholder value, not a real one.` };
    return { ...base, messageId: 'ok', status: 'pass' as const, message: `${name} is set.` };
  });
}

export function smokeUrl(url: string, base: string | undefined, index: number): string {
  const resolved = resolveStepUrl(url, base);
  if (resolved === undefined) throw new UsageError(`deploy.smoke[${index}].url "${url}" is relative: set deploy.baseUrl or pass --base-url URL`);
  return resolved;
}

export async function runSmoke(deploy: DeploySection, base: string | undefined, probe: HttpProbe, signal?: AbortSignal): Promise<Check[]> {
  const out: Check[] = [];
  for (const [i] of deploy.smoke.entries()) {
    if (signal?.aborted) break; // stopped: start no new smoke check (the report says interrupted)
    let result: Check | undefined;
    for (let attempt = 0; attempt <= deploy.retries; attempt++) {
      if (attempt > 0) await new Promise((r) => setTimeout(r, deploy.retryDelayMs));
      result = await smokeOnce(deploy, base, probe, i, signal);
      if (result.status === 'pass' || signal?.aborted) break;
    }
    if (deploy.retries > 0 && result!.status === 'fail') result!.message += ` (after ${deploy.retries + 1} attempts)`;
    out.push(result!);
  }
  return out;
}

/** One deploy.smoke entry: a one-step flow through the one flow engine (src/probes/http-flow.ts). */
async function smokeOnce(deploy: DeploySection, base: string | undefined, probe: HttpProbe, i: number, signal?: AbortSignal): Promise<Check> {
  const s = deploy.smoke[i]!;
  const url = smokeUrl(s.url, base, i);
  const u = new URL(url);
  const method = s.method.toUpperCase();
  const label = s.name ?? `${method} ${u.pathname}`;
  const base0 = { checkId: 'deploy/smoke' as const, target: `${s.name ?? ''}|${method} ${s.url}`, title: `Smoke check ${label}`, location: { url, method, host: u.hostname } };
  const run = await runFlow({ name: label, steps: [{ ...s, name: label }] }, { transport: probe, baseUrl: base, timeoutMs: deploy.timeoutMs, checkId: 'deploy/smoke', signal });
  const r = run.steps[0]!;
  // Unreachable after a deploy is the clearest reason to roll back: a failure, not "could not check".
  if (r.status === undefined) return { ...base0, messageId: 'unreachable', status: 'fail', message: `${label}: ${r.problem ?? 'no response'}` };
  const evidence = `${method} ${url}\nHTTP ${r.status} (${r.ms} ms, ${r.bodyBytes ?? 0} bytes)\n${r.excerpt ?? ''}`;
  if (!r.ok) return { ...base0, messageId: r.problems[0]!.id, status: 'fail', message: `${label}: ${r.problems.map((p) => p.text).join('; ')}.`, evidence };
  return { ...base0, messageId: 'ok', status: 'pass', message: `${label}: HTTP ${r.status} in ${r.ms} ms${r.slow ? ` (slow: over ${r.maxMs} ms)` : ''}.` };
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

const SEV_RANK: Record<string, number> = { info: 0, low: 1, medium: 2, high: 3, critical: 4 };

/**
 * The audit's open must-fix items, as the gate sees them: fail/warn findings not waived at or above the audit's
 * own gate (failOn), and checks that could not run (an incomplete audit is not a clean one).
 */
export function auditMustFix(audit: Report, source: string): Check[] {
  const failOn = audit.gate?.failOn ?? 'high';
  const open = audit.findings.filter((f) => (f.status === 'fail' || f.status === 'warn') && !f.waiver && SEV_RANK[f.severity]! >= SEV_RANK[failOn]!);
  const errors = audit.findings.filter((f) => f.status === 'error');
  const when = audit.startedAt ? ` of ${audit.startedAt.slice(0, 16).replace('T', ' ')}` : '';
  const base = { checkId: 'deploy/audit-report' as const, target: 'audit' };
  if (open.length) {
    const top = open.slice(0, 5).map((f) => `${f.severity} ${f.checkId}: ${f.title}`).join('; ');
    return [{ ...base, title: `The last audit has ${open.length} open must-fix item${open.length === 1 ? '' : 's'}`, messageId: 'must-fix', status: 'fail', message: `The audit${when} (${source}) has ${open.length} open must-fix item${open.length === 1 ? '' : 's'} at or above ${failOn}: ${top}${open.length > 5 ? '; …' : ''}.` }];
  }
  if (errors.length) return [{ ...base, title: 'The last audit is incomplete: checks could not run', messageId: 'incomplete', status: 'fail', message: `The audit${when} (${source}) is incomplete: ${errors.length} check${errors.length === 1 ? '' : 's'} could not run (${errors.slice(0, 3).map((f) => f.checkId).join(', ')}).` }];
  return [{ ...base, title: 'The last audit has no open must-fix item', messageId: 'clear', status: 'pass', message: `The audit${when} (${source}) has no open must-fix item (decision ${audit.decision}).` }];
}

export async function runGate(opts: {
  config: Config;
  env: Record<string, string | undefined>;
  envSource: string;
  baseUrl?: string;
  signal?: AbortSignal;
  now?: () => Date;
  /** the last audit report and where it came from; its must-fix items are part of the decision */
  audit?: { report: Report; source: string };
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
  d.smoke.forEach((s, i) => allow.assert(smokeUrl(s.url, base, i)));
  const redactor = new Redactor();
  for (const n of d.requiredEnv) redactor.register(opts.env[n]);
  for (const s of d.smoke) for (const v of Object.values(s.headers)) redactor.register(v);
  const checks = checkRequiredEnv(d.requiredEnv, opts.env, opts.envSource);
  if (d.smoke.length) {
    const probe = new HttpProbe({
      allow,
      rate: config.network.rate,
      timeoutMs: d.timeoutMs,
      connectTo: config.network.connectTo.map((c, i) => parseConnectTo(c, `network.connectTo[${i}]`)),
      ...(config.network.resolver ? { resolver: parseResolver(config.network.resolver, 'network.resolver').server } : {}),
    });
    try {
      checks.push(...(await runSmoke(d as DeploySection, base, probe, opts.signal)));
    } finally {
      await probe.close();
    }
  }
  if (opts.audit) checks.push(...auditMustFix(opts.audit.report, opts.audit.source));
  return buildReport({
    findings: checks.map(toFinding),
    startedAt,
    finishedAt: now(),
    version: VERSION,
    gate: config.gate,
    redactor,
    target: {
      command: 'gate',
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
    const report = await runGate({ config, env, envSource, ...(baseUrl ? { baseUrl } : {}), ...(signal ? { signal } : {}), ...(audit ? { audit } : {}) });
    report.target = { ...report.target, project: config.project.name };
    // Say what the decision rests on, so a GO here is never mistaken for the audit's verdict.
    const d = config.deploy;
    const checked = [`${d?.requiredEnv.length ?? 0} required env var(s)`, `${d?.smoke.length ?? 0} smoke check(s)`, audit ? `audit report ${audit.source} (${audit.report.decision})` : ignoreAudit ? 'audit report ignored (--ignore-audit)' : 'no audit report (pass --from REPORT.json or set deploy.auditReport)'];
    const fmt = flagString(ctx.flags, 'format') ?? 'text';
    if (fmt === 'text' || flagString(ctx.flags, 'output')) ctx.io.stdout.write(`gate checked: ${checked.join(', ')}\n`);
    return emitReport(report, ctx.flags, ctx.io, 'gate');
  },
});
