import { auditWithProgress, readBaseline, TIMEOUT_FLAG } from '../run-config.js';
import { resolve } from 'node:path';
import { validateConfig } from '../../core/config/validate.js';
import { UsageError } from '../../core/errors.js';
import { SEVERITIES, type Severity } from '../../core/types.js';
import { assertReadableDir } from '../../probes/fs-walk.js';
import { defineCommand, flagBool, flagString, type CommandContext, type FlagSpec } from '../command.js';
import { FORMAT_FLAGS, emitReport, writeFileAtomic } from '../output.js';

export const REPO_FLAGS: Record<string, FlagSpec> = {
  history: { type: 'boolean', description: 'also scan every commit reachable from any ref; each secret is reported once, at the commit that introduced it' },
  baseline: { type: 'string', valueName: 'FILE', description: 'mark findings listed in FILE (written by --baseline-write, or any launchready JSON report) unchanged, the others new; they are still reported. With --new-only only new ones block' },
  'new-only': { type: 'boolean', description: 'with --baseline: only new findings make the decision NO-GO (known ones are listed as unchanged)' },
  'baseline-write': { type: 'string', valueName: 'FILE', description: 'write the ids of the current findings to FILE (accept them as known; no secret is written)' },
  'fail-on': { type: 'string', valueName: 'SEVERITY', description: 'lowest severity that makes the decision NO-GO', choices: SEVERITIES, default: 'high' },
  'no-progress': { type: 'boolean', description: 'no live progress line on a terminal' },
  ...TIMEOUT_FLAG,
};

/** `secrets` and `repo`: the repo stage over one path, narrowed to some check ids. */
export async function runRepoCommand(ctx: CommandContext, command: string, include: (checkId: string) => boolean): Promise<number> {
  const path = ctx.positionals[0];
  if (!path) throw new UsageError(`missing argument <path> (see launchready ${command} --help)`);
  const root = resolve(ctx.io.cwd, path);
  await assertReadableDir(root);
  const history = flagBool(ctx.flags, 'history');
  const failOn = (flagString(ctx.flags, 'fail-on') ?? 'high') as Severity;
  // `repo` also compares the env files it finds (ops env checks over .env.production/.env.staging/...): production
  // flags, staging pointed at production hosts, shared data stores
  const withEnvs = command === 'repo';
  const newOnly = flagBool(ctx.flags, 'new-only');
  const baselinePath = flagString(ctx.flags, 'baseline');
  if (newOnly && !baselinePath) throw new UsageError('--new-only needs --baseline FILE');
  const config = validateConfig({ repo: { path: root, history }, ...(withEnvs ? { ops: {} } : {}), gate: { failOn, newOnly } }, '<command line>');
  // the baseline marks findings new/unchanged in core/policy, as in every command; it hides nothing
  const baseline = baselinePath ? await readBaseline(baselinePath, ctx.io.cwd) : undefined;
  const report = await auditWithProgress(ctx, {
    config,
    configDir: ctx.io.cwd,
    stages: withEnvs ? ['repo', 'ops'] : ['repo'],
    include,
    flags: { history, ...(withEnvs ? { opsInventory: false, envPathsFromRepo: true } : {}) },
    ...(baseline ? { baseline } : {}),
  });
  report.target = { ...report.target, path };
  const write = flagString(ctx.flags, 'baseline-write');
  if (write) {
    const findings = report.findings
      .filter((f) => f.status === 'fail' || f.status === 'warn')
      .map((f) => ({ id: f.id, checkId: f.checkId, file: f.location?.file, ...(f.location?.commit ? { commit: f.location.commit } : {}) }));
    const data = { kind: 'launchready-baseline', schemaVersion: 1, createdAt: report.startedAt, findings };
    await writeFileAtomic(resolve(ctx.io.cwd, write), JSON.stringify(data, null, 2) + '\n');
  }
  return emitReport(report, ctx.flags, ctx.io, command);
}

export const secretsCommand = defineCommand({
  name: 'secrets',
  summary: 'scan a folder or git repo (and with --history every commit) for leaked secrets',
  description:
    'Scans every text file under <path> (tracked files even when ignored, untracked files unless .gitignore excludes them,\n' +
    'built bundles and source maps even when ignored) with ~270 provider rules plus a keyword+entropy detector.\n' +
    'Ignore a line with a `launchready-ignore` comment or config allowlists; mark known findings with --baseline\n' +
    '(add --new-only so only new ones block).',
  positionals: [{ name: 'path', description: 'folder or git work tree', required: true }],
  flags: { ...REPO_FLAGS, ...FORMAT_FLAGS },
  examples: ['launchready secrets .', 'launchready secrets . --history --format json --output secrets.json', 'launchready secrets . --baseline-write .launchready/secrets-baseline.json', 'launchready secrets . --baseline .launchready/secrets-baseline.json --new-only'],
  run: (ctx) => runRepoCommand(ctx, 'secrets', (id) => id.startsWith('secrets/')),
});
