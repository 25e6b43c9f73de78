import { logs as logsSchema } from '../../core/config/sections/logs.js';
import { validateConfig } from '../../core/config/validate.js';
import { UsageError } from '../../core/errors.js';
import { loadConfig } from '../../probes/config-file.js';
import { defineCommand, flagString } from '../command.js';
import { emitReport, FORMAT_FLAGS } from '../output.js';
import { applyGateFlags, GATE_FLAGS, readBaseline, auditWithProgress } from '../run-config.js';

export const logsCommand = defineCommand({
  name: 'logs',
  summary: 'scan log files (plain, JSON lines, .gz) for leaked secrets and personal data',
  description:
    'Streams each log once (constant memory, any size) and looks for provider keys (the secrets engine rules),\n' +
    'bearer tokens and JWTs, session ids and cookies, passwords in URLs and bodies, card numbers (Luhn, issuer\n' +
    'range and card context), emails and phone numbers in bulk, full webhook payloads with sensitive fields and\n' +
    'internal stack traces. Counts are exact; findings are per distinct credential (capped per kind and file,\n' +
    'the rest counted) with redacted samples and line numbers of the decompressed text. location.file is the\n' +
    "path relative to the argument's folder, or the base name for a single file ('-' for stdin).",
  positionals: [{ name: 'file|dir|-', description: 'log files or folders; - reads stdin', required: true, variadic: true }],
  flags: {
    config: { type: 'string', short: 'c', valueName: 'FILE', description: 'take gate, waivers and the logs section options from this config' },
    'max-findings': { type: 'string', valueName: 'N', description: 'distinct values reported per kind per file (default 25)' },
    ...GATE_FLAGS,
    ...FORMAT_FLAGS,
  },
  examples: ['launchready logs ./logs', 'launchready logs app.log.gz --format json', 'kubectl logs deploy/api | launchready logs -'],
  async run(ctx) {
    const configPath = flagString(ctx.flags, 'config');
    const loaded = configPath ? await loadConfig(configPath, { cwd: ctx.io.cwd, env: ctx.io.env }) : undefined;
    let config = loaded?.config ?? validateConfig({}, '<flags>');
    const max = flagString(ctx.flags, 'max-findings');
    if (max !== undefined && !/^[1-9]\d{0,4}$/.test(max)) throw new UsageError(`--max-findings: "${max}" must be a whole number from 1 to 99999`);
    const section = logsSchema.parse({
      ...(config.logs ?? {}),
      paths: ctx.positionals,
      ...(max ? { maxFindingsPerKind: Number(max) } : {}),
    });
    config = applyGateFlags({ ...config, logs: section }, ctx.flags);
    if (ctx.positionals.filter((p) => p === '-').length > 1) throw new UsageError('"-" (stdin) can be given once');
    const baselinePath = flagString(ctx.flags, 'baseline');
    const baseline = baselinePath ? await readBaseline(baselinePath, ctx.io.cwd) : undefined;
    const report = await auditWithProgress(ctx, {
      config,
      configDir: ctx.io.cwd,
      stages: ['logs'],
      flags: { ...(ctx.io.stdin ? { stdin: ctx.io.stdin } : {}) },
      ...(baseline ? { baseline } : {}),
    });
    report.target = { ...report.target, command: 'logs', paths: ctx.positionals };
    const code = await emitReport(report, ctx.flags, ctx.io, 'logs');
    // text reports do not render sections: add the exact counts per kind (findings are capped, counts are not)
    const scan = report.sections?.logScan as { columns: string[]; rows: (string | number)[][] } | undefined;
    if ((flagString(ctx.flags, 'format') ?? 'text') === 'text' && !flagString(ctx.flags, 'output') && scan?.rows.length) {
      const kinds = scan.columns.slice(4);
      const lines = ['', 'Occurrences per kind (exact):'];
      for (const r of scan.rows.slice(0, 50)) {
        const counts = kinds.map((k, i) => [k, Number(r[4 + i])] as const).filter(([, n]) => n > 0);
        lines.push(`  ${String(r[0])} (${Number(r[1]).toLocaleString('en')} lines, ${String(r[3])}): ${counts.length ? counts.map(([k, n]) => `${k} ${n.toLocaleString('en')}`).join(', ') : 'nothing found'}`);
      }
      if (scan.rows.length > 50) lines.push(`  … ${scan.rows.length - 50} more files (see --format json, sections.logScan)`);
      ctx.io.stdout.write(lines.join('\n') + '\n');
    }
    return code;
  },
});
