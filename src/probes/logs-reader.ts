import { createReadStream } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { basename, join, relative, resolve, sep } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import { Readable } from 'node:stream';
import { InputError, isMissing } from '../core/errors.js';

/**
 * Streaming log reader: plain text, JSON lines and gzip (detected by its magic bytes, not the file name, and
 * multi-member archives as logrotate writes them), from files or stdin. Memory stays constant whatever the file
 * size: the reader hands out chunks of whole lines (about `chunkBytes` each) and keeps only the unfinished last
 * line between reads. Line numbers are those of the decompressed text, 1-based.
 */

export interface LogInput {
  /** absolute path, or '-' for stdin */
  path: string;
  /** what findings show as location.file: path relative to the argument's folder, or the base name for a file */
  display: string;
}

export interface TextChunk {
  /** whole lines joined by '\n' (no trailing newline); a line longer than maxLineChars arrives in pieces */
  text: string;
  /** line number of the first line in `text` */
  firstLine: number;
  /** the first line of `text` continues a line begun in the previous chunk (over-long line) */
  continued: boolean;
}

export interface ReadStats {
  bytes: number;
  decompressedBytes: number;
  lines: number;
  gzip: boolean;
  longLines: number;
}

export interface ReadOptions {
  /** characters per chunk handed to the scanner (default 1 MiB) */
  chunkChars?: number;
  /** a line longer than this is scanned in pieces (default 1 MiB) */
  maxLineChars?: number;
  stdin?: NodeJS.ReadableStream;
  signal?: AbortSignal;
}

const GZIP_MAGIC_0 = 0x1f;
const GZIP_MAGIC_1 = 0x8b;
/** Compressed or binary formats we do not read (they would only yield noise); named in a finding instead. */
const SKIP_EXT = /\.(zip|bz2|xz|zst|7z|tar|png|jpe?g|gif|webp|ico|pdf|woff2?|ttf|mp4|mov|sqlite|db)$/i;

/**
 * Expand one command-line or config argument into log inputs. A missing or unreadable argument throws an
 * InputError naming it (the CLI exits 2); files inside a folder are listed recursively, in a stable order.
 */
export async function listLogInputs(arg: string, cwd: string, opts: { maxFiles?: number } = {}): Promise<LogInput[]> {
  if (arg === '-') return [{ path: '-', display: '-' }];
  const abs = resolve(cwd, arg);
  let st;
  try {
    st = await stat(abs);
  } catch (err) {
    throw new InputError(`${arg}: cannot read log path (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, { cause: err });
  }
  if (st.isFile()) {
    await assertReadable(abs, arg);
    return [{ path: abs, display: basename(abs) }];
  }
  if (!st.isDirectory()) throw new InputError(`${arg}: not a file or folder`);
  const out: LogInput[] = [];
  const max = opts.maxFiles ?? 100_000;
  const walk = async (dir: string): Promise<void> => {
    let names: string[];
    try {
      names = (await readdir(dir)).sort();
    } catch (err) {
      throw new InputError(`${relative(cwd, dir) || dir}: cannot list folder (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, { cause: err });
    }
    for (const name of names) {
      if (name === '.git' || name === 'node_modules') continue;
      const p = join(dir, name);
      // a dangling symlink is skipped; any other failure is named like an unlistable folder
      const s = await stat(p).catch((err: unknown) => {
        if (isMissing(err)) return undefined;
        throw new InputError(`${relative(cwd, p) || p}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, { cause: err });
      });
      if (!s) continue;
      if (s.isDirectory()) await walk(p);
      else if (s.isFile() && !SKIP_EXT.test(name)) {
        if (out.length >= max) throw new InputError(`${arg}: more than ${max} files; point at a narrower folder`);
        out.push({ path: p, display: relative(abs, p).split(sep).join('/') });
      }
    }
  };
  await walk(abs);
  return out;
}

async function assertReadable(abs: string, arg: string): Promise<void> {
  try {
    const h = await open(abs, 'r');
    await h.close();
  } catch (err) {
    throw new InputError(`${arg}: cannot read log file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, { cause: err });
  }
}

/** True when the first bytes look binary (NUL bytes) and not gzip: such files are skipped, not scanned. */
export function looksBinary(head: Buffer): boolean {
  if (head.length >= 2 && head[0] === GZIP_MAGIC_0 && head[1] === GZIP_MAGIC_1) return false;
  const n = Math.min(head.length, 8000);
  for (let i = 0; i < n; i++) if (head[i] === 0) return true;
  return false;
}

/** Peek the first bytes of a stream without losing them; counts raw bytes as they pass. */
async function peek(stream: AsyncIterable<Buffer | string>, n: number, stats: ReadStats): Promise<{ head: Buffer; rest: AsyncGenerator<Buffer> }> {
  const it = stream[Symbol.asyncIterator]();
  const parts: Buffer[] = [];
  let len = 0;
  let done = false;
  while (len < n) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    const b = Buffer.isBuffer(r.value) ? r.value : Buffer.from(r.value);
    stats.bytes += b.length;
    parts.push(b);
    len += b.length;
  }
  const head = Buffer.concat(parts);
  async function* gen(): AsyncGenerator<Buffer> {
    if (head.length) yield head;
    if (done) return;
    for (;;) {
      const r = await it.next();
      if (r.done) return;
      const b = Buffer.isBuffer(r.value) ? r.value : Buffer.from(r.value);
      stats.bytes += b.length;
      yield b;
    }
  }
  return { head, rest: gen() };
}

/**
 * Read one log input as chunks of whole lines. `stats` is filled in as reading proceeds (final after the
 * iterator ends). Throws InputError for an unreadable file or a corrupt gzip stream, naming the input.
 */
export async function* readLogChunks(input: LogInput, stats: ReadStats, opts: ReadOptions = {}): AsyncGenerator<TextChunk> {
  const chunkChars = opts.chunkChars ?? 1 << 20;
  const maxLine = opts.maxLineChars ?? 1 << 20;
  let source: Readable;
  if (input.path === '-') {
    if (!opts.stdin) throw new InputError('-: no standard input to read');
    source = opts.stdin instanceof Readable ? opts.stdin : Readable.from(opts.stdin as AsyncIterable<Buffer>);
  } else {
    source = createReadStream(input.path, { highWaterMark: 1 << 20 });
  }
  let head: Buffer;
  let rest: AsyncGenerator<Buffer>;
  try {
    ({ head, rest } = await peek(source as AsyncIterable<Buffer>, 2, stats));
  } catch (err) {
    source.destroy();
    throw new InputError(`${input.display}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, { cause: err });
  }
  let body: AsyncIterable<Buffer> = rest;
  let gunzip: ReturnType<typeof createGunzip> | undefined;
  if (head.length >= 2 && head[0] === GZIP_MAGIC_0 && head[1] === GZIP_MAGIC_1) {
    stats.gzip = true;
    gunzip = createGunzip({ chunkSize: 256 * 1024 });
    const feed = Readable.from(rest);
    feed.on('error', (e) => gunzip!.destroy(e));
    body = feed.pipe(gunzip);
  }
  const decoder = new StringDecoder('utf8');
  let carry = '';
  let line = 1;
  let continued = false;
  let pending = '';
  let pendingFirst = 1;
  let pendingContinued = false;

  // Accumulate small reads into ~chunkChars pieces: fewer, larger chunks make the regex passes cheaper.
  const flushPending = function* (force: boolean): Generator<TextChunk> {
    if (pending.length === 0) return;
    if (!force && pending.length < chunkChars) return;
    yield { text: pending, firstLine: pendingFirst, continued: pendingContinued };
    pending = '';
  };
  const addLines = function* (text: string, first: number, cont: boolean): Generator<TextChunk> {
    if (pending.length === 0) {
      pending = text;
      pendingFirst = first;
      pendingContinued = cont;
    } else if (cont) {
      // a continuation piece of an over-long line never merges with earlier whole lines
      yield* flushPending(true);
      pending = text;
      pendingFirst = first;
      pendingContinued = cont;
    } else {
      pending += '\n' + text;
    }
    yield* flushPending(false);
  };

  try {
    for await (const raw of body) {
      opts.signal?.throwIfAborted();
      const buf = raw as Buffer;
      stats.decompressedBytes += buf.length;
      const s = carry + decoder.write(buf);
      const nl = s.lastIndexOf('\n');
      if (nl < 0) {
        carry = s;
        if (carry.length > maxLine) {
          yield* flushPending(true);
          yield { text: carry, firstLine: line, continued };
          stats.longLines += continued ? 0 : 1;
          continued = true;
          carry = '';
        }
        continue;
      }
      const whole = s.slice(0, nl);
      carry = s.slice(nl + 1);
      const n = countNewlines(whole);
      yield* addLines(whole, line, continued);
      continued = false;
      line += n + 1;
      if (carry.length > maxLine) {
        yield* flushPending(true);
        yield { text: carry, firstLine: line, continued: false };
        stats.longLines++;
        continued = true;
        carry = '';
      }
    }
    carry += decoder.end();
    yield* flushPending(true);
    if (carry.length > 0) {
      yield { text: carry, firstLine: line, continued };
      stats.lines = line;
    } else {
      stats.lines = continued ? line : line - 1;
    }
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const what = code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR' ? 'corrupt gzip data' : (code ?? (err as Error).message);
    throw new InputError(`${input.display}: cannot read (${what})`, { cause: err });
  } finally {
    gunzip?.destroy();
    source.destroy();
  }
}

export function countNewlines(s: string): number {
  let n = 0;
  let i = s.indexOf('\n');
  while (i !== -1) {
    n++;
    i = s.indexOf('\n', i + 1);
  }
  return n;
}

/** Check whether a file starts with binary bytes (so a folder scan skips images or databases silently named .log). */
export async function sniffBinary(path: string): Promise<boolean> {
  if (path === '-') return false;
  const h = await open(path, 'r');
  try {
    const buf = Buffer.alloc(8000);
    const { bytesRead } = await h.read(buf, 0, buf.length, 0);
    return looksBinary(buf.subarray(0, bytesRead));
  } finally {
    await h.close();
  }
}

/**
 * The probe handed to logs checks: it reads each input once (stdin can only be read once) and hands the
 * chunks to an injected scanner (the detection logic lives in src/checks/logs; probes hold no check logic).
 * Results are memoised so every logs check shares one pass over a multi-GB file.
 */
export class LogsProbe<R> {
  private readonly memo = new Map<string, Promise<R>>();
  readonly results = new Map<string, R>();
  constructor(
    readonly inputs: LogInput[],
    private readonly scanner: (chunks: AsyncIterable<TextChunk>, input: LogInput, stats: ReadStats) => Promise<R>,
    private readonly opts: ReadOptions = {},
  ) {}

  scan(input: LogInput): Promise<R> {
    const key = `${input.path}\u0000${input.display}`;
    let p = this.memo.get(key);
    if (!p) {
      p = (async () => {
        const stats: ReadStats = { bytes: 0, decompressedBytes: 0, lines: 0, gzip: false, longLines: 0 };
        // eslint-disable-next-line launchready/no-swallowed-error -- a file that cannot be sniffed is read next, and that read reports the failure (unreadable)
        if (await sniffBinary(input.path).catch(() => false)) {
          throw new InputError(`${input.display}: binary file, not a log (skipped)`);
        }
        const r = await this.scanner(readLogChunks(input, stats, this.opts), input, stats);
        this.results.set(key, r);
        return r;
      })();
      this.memo.set(key, p);
    }
    return p;
  }
}
