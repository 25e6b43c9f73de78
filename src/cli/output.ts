import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { InputError } from '../core/errors.js';
import type { Report } from '../core/types.js';
import { renderReport, FORMATS, type Format } from '../report/index.js';
import { renderSummaryLine } from '../report/text.js';
import type { FlagSpec, Io, ParsedFlags } from './command.js';
import { flagString } from './command.js';

export const FORMAT_FLAGS: Record<string, FlagSpec> = {
  format: { type: 'string', short: 'f', valueName: 'F', description: 'report format', choices: FORMATS, default: 'text' },
  output: { type: 'string', short: 'o', valueName: 'FILE', description: 'write the report to FILE and a short summary to stdout' },
  verbose: { type: 'boolean', description: 'also list passed and skipped checks' },
  'no-color': { type: 'boolean', description: 'no colours even on a terminal (NO_COLOR is honoured too)' },
};

export const NETWORK_FLAGS: Record<string, FlagSpec> = {
  resolver: { type: 'string', valueName: 'IP:PORT', description: 'send every DNS query to this server (UDP and TCP)' },
  'connect-to': { type: 'string', multiple: true, valueName: 'H1:P1:H2:P2', description: "curl's --connect-to: connect to H2:P2 instead of H1:P1; Host, SNI and certificate checks still use H1" },
};

/** Write a file so that a crash never leaves it half-written: temp file + rename. */
export async function writeFileAtomic(path: string, data: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (err) {
    throw new InputError(`${path}: cannot write report (${(err as Error).message})`, { cause: err });
  }
}

export function useColor(io: Io, flags: ParsedFlags): boolean {
  if (flags['no-color'] === true) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return io.stdout.isTTY === true;
}

/** Render per --format/--output and return the exit code for the decision (0 GO, 1 NO-GO). */
export async function emitReport(report: Report, flags: ParsedFlags, io: Io, command: string): Promise<number> {
  const format = (flagString(flags, 'format') ?? 'text') as Format;
  const output = flagString(flags, 'output');
  const opts = { color: useColor(io, flags) && !output, width: io.stdout.columns ?? 100, verbose: flags.verbose === true, command };
  const text = renderReport(report, format, { ...opts, color: format === 'text' && opts.color });
  if (output) {
    const path = resolve(io.cwd, output);
    await writeFileAtomic(path, text);
    io.stdout.write(renderSummaryLine(report, { color: useColor(io, flags) }) + `\nreport: ${path}\n`);
  } else {
    io.stdout.write(text);
  }
  return report.decision === 'NO-GO' ? 1 : 0;
}
