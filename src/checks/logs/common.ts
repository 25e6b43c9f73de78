import type { CheckContext } from '../../core/check.js';
import { InputError } from '../../core/errors.js';
import type { LogInput } from '../../probes/logs-reader.js';
import type { KindResult, LogKind, LogScan, ScanOptions } from './types.js';

/** What the logs stage hands every logs check. */
export interface LogsTarget {
  inputs: LogInput[];
  options: ScanOptions;
}
export interface LogsProbes {
  logs: { scan(input: LogInput): Promise<LogScan> };
}
export type LogsContext = CheckContext<LogsTarget, LogsProbes>;

/** Messages every logs check shares (besides its own). */
export const COMMON_MESSAGES = {
  more: '{{file}}: {{more}} more distinct values of this kind ({{occurrences}} occurrences) beyond the first {{shown}} reported.',
  none: 'None found in {{files}} log file(s), {{lines}} lines.',
  unreadable: '{{file}}: could not be scanned ({{reason}}).',
  'not-scanned': 'No log file could be scanned ({{inputs}} input(s), none readable as text): this kind was not checked (the reason is reported once, by logs/secret).',
} as const;

/**
 * The messages of the aggregate kinds (bank-account, national-id, personal-data, webhook-payload, stack-trace): they
 * are counted per message id, one finding per file each, so they never overflow and have no `more` (issue 20).
 */
export const AGGREGATE_MESSAGES = { none: COMMON_MESSAGES.none, unreadable: COMMON_MESSAGES.unreadable, 'not-scanned': COMMON_MESSAGES['not-scanned'] } as const;

/** Each input's scan, or the reason it could not be read (reported as status error by each check). */
export async function eachScan(ctx: LogsContext, fn: (scan: LogScan, kind: (k: LogKind) => KindResult) => void): Promise<{ files: number; lines: number; unreadable: number }> {
  let files = 0;
  let unreadable = 0;
  let lines = 0;
  for (const input of ctx.target.inputs) {
    ctx.signal.throwIfAborted();
    let scan: LogScan;
    try {
      scan = await ctx.probes.logs.scan(input);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      const binary = /binary file/.test(err.message);
      if (binary && ctx.checkId !== 'logs/secret') continue; // named once, not by every check
      unreadable++;
      ctx.report({
        messageId: 'unreadable',
        status: 'error', // issue 13: a log that could not be read (binary, corrupt) is a blind spot, never a silent skip
        severity: 'info',
        data: { file: input.display, reason: err.message.replace(`${input.display}: `, '') },
        location: { file: input.display },
      });
      continue;
    }
    files++;
    lines += scan.lines;
    fn(scan, (k) => scan.kinds[k]);
  }
  return { files, lines, unreadable };
}

/** Report per-value items (credentials, cards): one finding per distinct value per file, then an overflow line. */
export function reportValues(ctx: LogsContext, scan: LogScan, res: KindResult, data: (item: KindResult['items'][number]) => Record<string, string | number | boolean> = () => ({})): number {
  let n = 0;
  for (const item of res.items) {
    ctx.secret(item.raw);
    ctx.report({
      messageId: item.messageId,
      ...(item.severity ? { severity: item.severity } : {}),
      data: { file: scan.file, label: item.label, value: item.masked, count: item.count, line: item.first.line, ...item.data, ...data(item) },
      location: { file: scan.file, line: item.first.line, column: item.first.column, endLine: item.first.line, endColumn: item.first.endColumn },
      evidence: item.excerpt,
      fingerprintKey: item.fp,
      meta: { occurrences: item.count, locations: item.locations, fingerprint: item.fp, masked: item.masked },
    });
    n++;
  }
  if (res.overflowCount > 0) {
    ctx.report({
      messageId: 'more',
      data: { file: scan.file, more: res.overflowDistinct, occurrences: res.overflowCount, shown: res.items.length },
      location: { file: scan.file, ...(res.overflowFirst ? { line: res.overflowFirst.line } : {}) },
      meta: { occurrences: res.overflowCount, distinct: res.overflowDistinct, distinctIsLowerBound: res.distinctCapped },
    });
    n++;
  }
  return n;
}

/** Run a logs check: per-file reporting, then one `pass` when nothing was found anywhere. */
export async function runLogsCheck(ctx: LogsContext, perFile: (scan: LogScan, res: KindResult) => number, kind: LogKind): Promise<void> {
  let found = 0;
  const { files, lines, unreadable } = await eachScan(ctx, (scan) => {
    found += perFile(scan, scan.kinds[kind]);
  });
  const reported = unreadable > 0;
  if (found === 0 && files > 0) ctx.report({ messageId: 'none', status: 'pass', severity: 'info', data: { files, lines } });
  // every input skipped as binary (named once, by logs/secret): say "not checked" (n/a), since a check that
  // reports nothing at all is an error (core/runner) and this one is not the one that could not read
  else if (found === 0 && files === 0 && !reported) ctx.report({ messageId: 'not-scanned', status: 'skipped', severity: 'info', data: { inputs: ctx.target.inputs.length } });
}

export const LOGS_TIMEOUT_MS = 6 * 60 * 60 * 1000; // a multi-GB log may take minutes; the runner's default is 2 min
export const CWE_LOG = 'CWE-532'; // Insertion of Sensitive Information into Log File

/**
 * Report aggregate items (one finding per messageId per file): counts, distinct values, masked samples and the
 * first line. Every raw value kept for the item is registered with the redactor first, so a value that reaches
 * any text (a sample, an excerpt, a renderer's own echo) is masked whatever its length or entropy.
 */
export function reportAggregates(ctx: LogsContext, scan: LogScan, res: KindResult, minDistinct: (messageId: string) => number = () => 1): number {
  let n = 0;
  for (const item of res.items) {
    for (const raw of item.raws ?? []) ctx.secret(raw);
    const distinct = Number(item.data?.distinct ?? 0);
    if (distinct < minDistinct(item.messageId)) continue;
    ctx.report({
      messageId: item.messageId,
      ...(item.severity ? { severity: item.severity } : {}),
      data: { file: scan.file, label: item.label, distinct: `${distinct}${res.distinctCapped ? '+' : ''}`, count: item.count, samples: String(item.data?.samples ?? ''), line: item.first.line },
      location: { file: scan.file, line: item.first.line, column: item.first.column },
      meta: { occurrences: item.count, distinct, locations: item.locations },
    });
    n++;
  }
  return n;
}
