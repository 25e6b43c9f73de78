import { randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { chmod, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../core/errors.js';
import type { Report } from '../core/types.js';
import { renderReportChunks, FORMATS, type Format } from '../report/index.js';
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

/**
 * mkdir -p one level at a time. Node's recursive mkdir spins forever where the kernel answers ENOENT for a
 * parent that exists (/proc/x: the "--data /proc/x hangs" report), so each level is created on its own and
 * every failure is an exit-2 error naming `what`.
 */
export async function ensureDir(dir: string, what: string): Promise<void> {
  const missing: string[] = [];
  let cur = resolve(dir);
  for (;;) {
    try {
      const st = await stat(cur);
      if (!st.isDirectory()) throw new InputError(`${what}: ${cur} is not a folder`);
      break;
    } catch (err) {
      if (err instanceof InputError) throw err;
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') throw new InputError(`${what}: cannot use ${cur} (${code ?? (err as Error).message})`, { cause: err });
      const parent = dirname(cur);
      if (parent === cur) break;
      missing.unshift(cur);
      cur = parent;
    }
  }
  for (const d of missing) {
    try {
      await mkdir(d);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') continue;
      const why = code === 'EACCES' || code === 'EPERM' ? `${code}: permission denied` : code === 'ENOENT' ? 'the file system does not allow folders here' : code === 'EROFS' ? 'read-only file system' : code ?? (err as Error).message;
      throw new InputError(`${what}: cannot create ${d} (${why})`, { cause: err });
    }
  }
}

/** A folder launchready will write into (monitor --data): create it, then prove it is writable. */
export async function ensureWritableDir(dir: string, what: string): Promise<void> {
  await ensureDir(dir, what);
  const probe = join(dir, `.launchready-write-test.${process.pid}.${randomBytes(4).toString('hex')}`);
  try {
    await writeFile(probe, '', { flag: 'wx' });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(`${what}: ${dir} is not writable (${code === 'EACCES' || code === 'EPERM' ? `${code}: permission denied` : code ?? (err as Error).message})`, { cause: err });
  } finally {
    await rm(probe, { force: true }).catch(() => undefined);
  }
}

/** Temp files being written right now: removed on any exit (bin calls cleanupTempFiles on process exit). */
const pendingTemp = new Set<string>();

export function cleanupTempFiles(): void {
  for (const t of pendingTemp) {
    try {
      unlinkSync(t);
    } catch {
      // already renamed or never created: nothing to clean
    }
  }
  pendingTemp.clear();
}

/**
 * Write a file so that a crash never leaves it half-written: a temp file next to the target, then rename.
 * Refuses (exit 2, naming the path) a target that is a folder or a read-only file (a 444 report is the
 * user's statement that it must not change), keeps the mode of a file it replaces, and removes the temp file
 * on every failure.
 */
/** `data` may come in pieces (a streamed JSON report): they are written one after another, never joined. */
export async function writeFileAtomic(path: string, data: string | Iterable<string>, label = 'report'): Promise<void> {
  let mode: number | undefined;
  try {
    const st = await stat(path);
    if (st.isDirectory()) throw new InputError(`${path}: is a folder; give a file name to write the ${label} to`);
    if (!st.isFile()) throw new InputError(`${path}: not a regular file; launchready writes the ${label} only to a regular file`);
    if ((st.mode & 0o222) === 0) throw new InputError(`${path}: is read-only; launchready does not replace it (chmod u+w it or choose another --output)`);
    mode = st.mode & 0o7777;
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOTDIR') throw new InputError(`${path}: cannot write ${label} (a parent of it is not a folder)`, { cause: err });
    if (code !== 'ENOENT') throw new InputError(`${path}: cannot write ${label} (${code ?? (err as Error).message})`, { cause: err });
  }
  const dir = dirname(path);
  await ensureDir(dir, `${path}: folder for the ${label}`);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  pendingTemp.add(tmp);
  try {
    await writeFile(tmp, data, { flag: 'wx', ...(mode !== undefined ? { mode } : {}) });
    if (mode !== undefined) await chmod(tmp, mode);
    await rename(tmp, path);
    pendingTemp.delete(tmp);
  } catch (err) {
    await rm(tmp, { force: true }).catch(() => undefined);
    pendingTemp.delete(tmp);
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'EACCES' || code === 'EPERM' ? `${code}: no permission to write in ${dir}` : code === 'EROFS' ? 'read-only file system' : code ?? (err as Error).message;
    throw new InputError(`${path}: cannot write ${label} (${why})`, { cause: err });
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
  const chunks = renderReportChunks(report, format, { ...opts, color: format === 'text' && opts.color });
  if (output) {
    const path = resolve(io.cwd, output);
    await writeFileAtomic(path, chunks);
    io.stdout.write(renderSummaryLine(report, { color: useColor(io, flags) }) + `\nreport: ${path}\n`);
  } else {
    for (const chunk of chunks) io.stdout.write(chunk);
  }
  return report.decision === 'NO-GO' ? 1 : 0;
}
