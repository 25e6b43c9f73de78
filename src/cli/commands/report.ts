import { UsageError } from '../../core/errors.js';
import { defineCommand, flagString } from '../command.js';
import { emitReport, FORMAT_FLAGS } from '../output.js';
import { readReportFile } from '../report-file.js';

/**
 * `launchready report --from R.json --format html|sarif|markdown|junit|text|json [--output FILE]`: renders a JSON
 * audit report in another format without re-running anything (no request is sent). CI runs the audit once with
 * `--format json` and renders the rest from it.
 */
export const reportCommand = defineCommand({
  name: 'report',
  summary: 'render a JSON audit report in another format (html, sarif, markdown, junit, text) without re-running',
  description:
    'Reads a report written by `audit --format json` (or any command\'s JSON report) and renders it; nothing is\n' +
    'contacted and nothing is re-checked. The exit code follows the report\'s decision: 0 GO, 1 NO-GO; 2 when the\n' +
    'file cannot be read or is not a launchready JSON report.',
  flags: {
    from: { type: 'string', valueName: 'REPORT.json', description: 'the JSON report to render (required)' },
    ...FORMAT_FLAGS,
  },
  examples: [
    'launchready report --from .launchready/report.json --format html --output launchready-report.html',
    'launchready report --from .launchready/report.json --format sarif --output launchready.sarif',
    'launchready report --from .launchready/report.json --format markdown',
  ],
  async run(ctx) {
    const from = flagString(ctx.flags, 'from') ?? ctx.positionals[0];
    if (!from) throw new UsageError('--from: name the JSON report to render (launchready report --from report.json --format html)');
    const report = await readReportFile(from, ctx.io.cwd);
    return emitReport(report, ctx.flags, ctx.io, 'report');
  },
});
