import { relative, resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { diffBaseline } from '../../core/policy.js';
import type { Report } from '../../core/types.js';
import { deriveReport } from '../../core/fixlist.js';
import { renderHandover } from '../../report/handover.js';
import { withSystemMap } from '../../report/system-map.js';
import { defineCommand, flagList, flagString } from '../command.js';
import { NETWORK_FLAGS, writeFileAtomic } from '../output.js';
import { applyGateFlags, applyNetworkFlags, CONFIG_FLAGS, GATE_FLAGS, loadConfigFromFlags, readBaseline, auditWithProgress } from '../run-config.js';
import { scanProject } from './project-scan.js';
import { readReportFile } from '../report-file.js';

export const handoverCommand = defineCommand({
  name: 'handover',
  summary: 'write the handover pack (Markdown or HTML): access, env vars, rollback, monitoring, runbook, open risks, changes',
  description:
    'Builds the pack from what the audit observed plus the config (handover, monitor, deploy sections). Without\n' +
    '--from it runs the audit first (every stage the config enables, or --stage). Environment variables are\n' +
    'listed by name and where they are used, never with values. Exit code follows the audit decision.',
  flags: {
    ...CONFIG_FLAGS,
    format: { type: 'string', short: 'f', valueName: 'F', description: 'pack format', choices: ['markdown', 'html'], default: 'markdown' },
    output: { type: 'string', short: 'o', valueName: 'FILE', description: 'write the pack to FILE and a short summary to stdout' },
    from: { type: 'string', valueName: 'REPORT.json', description: 'use this JSON audit report instead of running the audit (no request is sent)' },
    report: { type: 'string', valueName: 'REPORT.json', description: 'same as --from (older name)' },
    baseline: { type: 'string', valueName: 'REPORT.json', description: 'previous JSON report: the pack lists what is new and what was fixed since' },
    stage: { type: 'string', multiple: true, valueName: 'NAME', description: 'when the audit runs: only these stages' },
    'fail-on': GATE_FLAGS['fail-on']!,
    'no-progress': GATE_FLAGS['no-progress']!,
    ...NETWORK_FLAGS,
  },
  examples: [
    'launchready handover --config launchready.yml --output HANDOVER.md',
    'launchready handover --config launchready.yml --format html --output handover.html --baseline last-week.json',
    'launchready audit --config launchready.yml --format json --output report.json && launchready handover --config launchready.yml --from report.json',
  ],
  async run(ctx) {
    const l = await loadConfigFromFlags(ctx);
    const config = applyGateFlags(applyNetworkFlags(l.config, ctx.flags), ctx.flags);
    const format = (flagString(ctx.flags, 'format') ?? 'markdown') as 'markdown' | 'html';
    const reportPath = flagString(ctx.flags, 'from') ?? flagString(ctx.flags, 'report');
    const baselinePath = flagString(ctx.flags, 'baseline');
    const stages = flagList(ctx.flags, 'stage');
    if (reportPath && stages.length) throw new UsageError('--stage only applies when the audit runs; drop it or drop --from');
    const baseline = baselinePath ? await readBaseline(baselinePath, ctx.io.cwd) : undefined;
    let report: Report;
    if (reportPath) {
      report = await readReportFile(reportPath, ctx.io.cwd, flagString(ctx.flags, 'from') ? '--from' : '--report');
      if (baseline) {
        const d = diffBaseline(report.findings, baseline);
        report = { ...report, findings: d.findings, fixed: d.fixed };
      }
      if (!report.sections?.systemMap) report = withSystemMap({ ...report }, config);
      // a report read from a file (possibly from an older version, or re-diffed above): derive its fix list and
      // risk register once here, so the pack renders what the report model holds
      if (!report.fixList || baseline) report = deriveReport({ ...report });
    } else {
      report = await auditWithProgress(ctx, {
        config,
        configDir: l.dir,
        ...(stages.length ? { stages } : {}),
        ...(baseline ? { baseline } : {}),
      });
      report.target = { ...report.target, project: config.project.name, configFile: relative(ctx.io.cwd, l.file).split('\\').join('/') };
    }
    const envRoot = resolve(l.dir, config.handover?.repo ?? config.repo?.path ?? '.');
    const scan = await scanProject(envRoot);
    const text = renderHandover(
      {
        report,
        config,
        env: scan.env,
        envRoot: relative(ctx.io.cwd, envRoot).split('\\').join('/') || '.',
        ...(baselinePath ? { baselineFile: baselinePath } : {}),
        ...(reportPath ? { reportFile: reportPath } : {}),
      },
      format,
    );
    const output = flagString(ctx.flags, 'output');
    if (output) {
      const path = resolve(ctx.io.cwd, output);
      await writeFileAtomic(path, text);
      ctx.io.stdout.write(`${report.decision}: handover pack (${format}) written to ${path}\n`);
    } else ctx.io.stdout.write(text);
    return report.decision === 'NO-GO' ? 1 : 0;
  },
});
