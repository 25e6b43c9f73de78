import { spawn } from 'node:child_process';
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { isMissing } from '../core/errors.js';

/**
 * Git access through the git binary (never a JS reimplementation: git walks packfiles far faster).
 * Everything streams; nothing here interprets content.
 */

export interface GitInfo {
  /** absolute path of the work tree top */
  toplevel: string;
  /** the scanned root relative to toplevel, POSIX, '' or ending in '/' */
  prefix: string;
  /** HEAD resolves to a commit */
  hasHead: boolean;
}

export function runGit(cwd: string, args: string[], opts: { input?: string; maxBuffer?: number; signal?: AbortSignal } = {}): Promise<{ code: number; stdout: Buffer; stderr: string }> {
  return new Promise((resolve, reject) => {
    if (opts.signal?.aborted) return reject(opts.signal.reason);
    // signal: a stopped run kills git (a history walk of a big repo takes minutes) and rejects with the reason
    const child = spawn('git', ['-c', 'core.quotepath=false', ...args], {
      cwd,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
      ...(opts.signal ? { signal: opts.signal } : {}),
    });
    const out: Buffer[] = [];
    let size = 0;
    let err = '';
    const max = opts.maxBuffer ?? 1024 * 1024 * 1024;
    child.stdout.on('data', (d: Buffer) => {
      size += d.length;
      if (size <= max) out.push(d);
    });
    child.stderr.on('data', (d: Buffer) => {
      if (err.length < 8192) err += d.toString();
    });
    child.on('error', (e) => reject(opts.signal?.aborted ? opts.signal.reason : e));
    child.on('close', (code) => (opts.signal?.aborted ? reject(opts.signal.reason) : resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: err })));
    if (opts.input !== undefined) child.stdin.end(opts.input);
    else child.stdin.end();
  });
}

export async function gitInfo(root: string): Promise<GitInfo | null> {
  let r;
  try {
    r = await runGit(root, ['rev-parse', '--is-inside-work-tree', '--show-toplevel', '--show-prefix']);
  } catch (err) {
    if (isMissing(err)) return null; // no git binary: the folder is walked instead (gitRefusal names it when there is a .git)
    throw err; // an abort, or git failing to start for another reason
  }
  if (r.code !== 0) return null;
  const lines = r.stdout.toString('utf8').split('\n');
  if (lines[0] !== 'true') return null;
  const head = await runGit(root, ['rev-parse', '--verify', '-q', 'HEAD^{commit}']);
  return { toplevel: lines[1] ?? root, prefix: lines[2] ?? '', hasHead: head.code === 0 };
}

/** Why git will not open the repository at root although it has a .git (e.g. "detected dubious ownership"). */
export async function gitRefusal(root: string): Promise<string | undefined> {
  try {
    await access(join(root, '.git'));
  } catch (err) {
    return isMissing(err) ? undefined : `.git cannot be read: ${(err as Error).message}`;
  }
  let r;
  try {
    r = await runGit(root, ['rev-parse', '--is-inside-work-tree']);
  } catch (err) {
    return `git not available: ${(err as Error).message}`;
  }
  if (r.code === 0) return undefined;
  const line = r.stderr.split('\n').find((l) => /^(fatal|error):/.test(l)) ?? r.stderr.split('\n')[0] ?? '';
  return line.replace(/^(fatal|error):\s*/, '').trim().slice(0, 200) || `git exited ${r.code}`;
}

/** NUL-separated `git ls-files` output, paths relative to root (git does that when run inside root). */
export async function lsFiles(root: string, args: string[], onUnreadableDir?: (dir: string, reason: string) => void): Promise<string[]> {
  const r = await runGit(root, ['ls-files', '-z', ...args]);
  if (r.code !== 0) throw new Error(`git ls-files failed: ${r.stderr.trim()}`);
  // "warning: could not open directory 'secret/': Permission denied" (LC_ALL=C): git went on without it
  for (const m of r.stderr.matchAll(/could not open directory '([^']{1,4096})': ([^\n]{1,200})/g)) onUnreadableDir?.(m[1]!, m[2]!);
  return r.stdout.toString('utf8').split('\0').filter(Boolean);
}

/** Which of these paths git ignores (for `.env not in .gitignore`). */
export async function checkIgnore(root: string, paths: string[]): Promise<Set<string>> {
  const r = await runGit(root, ['check-ignore', '--no-index', '--stdin', '-z'], { input: paths.join('\0') + '\0' });
  return new Set(r.stdout.toString('utf8').split('\0').filter(Boolean));
}

export interface BlobIntro {
  blob: string;
  /** commit that first added this blob (oldest first in date order) */
  commit: string;
  /** path in that commit, relative to the scanned root */
  path: string;
  /** order of introduction (0 = oldest) */
  order: number;
  time: number;
}

function unquote(p: string): string {
  if (!p.startsWith('"')) return p;
  // C-style quoted path (only when core.quotepath cannot print it raw): decode octal escapes as UTF-8 bytes
  const body = p.slice(1, -1);
  const bytes: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\\') {
      const n = body[i + 1]!;
      if (/[0-7]/.test(n)) {
        bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
        i += 3;
        continue;
      }
      const map: Record<string, string> = { n: '\n', t: '\t', '"': '"', '\\': '\\', r: '\r' };
      for (const b of Buffer.from(map[n] ?? n)) bytes.push(b);
      i++;
      continue;
    }
    for (const b of Buffer.from(c)) bytes.push(b);
  }
  return Buffer.from(bytes).toString('utf8');
}

/**
 * Every blob reachable from any ref, with the commit that introduced it, oldest first. One `git log --raw`
 * pass over all refs: each commit lists the blobs it added or changed; the first sighting of a blob id wins.
 * Merge commits are read with `-c` so content created while resolving a conflict is seen too.
 */
export async function historyBlobs(root: string, info: GitInfo, signal?: AbortSignal): Promise<BlobIntro[]> {
  const args = ['log', '--all', '--reverse', '--date-order', '--raw', '--no-abbrev', '--no-renames', '--no-color', '-c', '--format=%x01%H %ct'];
  if (info.prefix) args.push('--', '.');
  const r = await runGit(root, args, signal ? { signal } : {});
  if (r.code !== 0) throw new Error(`git log failed: ${r.stderr.trim()}`);
  const seen = new Map<string, BlobIntro>();
  let commit = '';
  let time = 0;
  const text = r.stdout.toString('utf8');
  let pos = 0;
  const prefix = info.prefix;
  while (pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const line = text.slice(pos, nl);
    pos = nl + 1;
    if (line.charCodeAt(0) === 1) {
      const sp = line.indexOf(' ');
      commit = line.slice(1, sp);
      time = Number(line.slice(sp + 1));
      continue;
    }
    if (line.charCodeAt(0) !== 58 /* : */) continue;
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const meta = line.slice(0, tab).replace(/^:+/, '').split(' ');
    const status = meta[meta.length - 1] ?? '';
    if (status.includes('D') && !/[AMTC]/.test(status)) continue;
    const blob = meta[meta.length - 2] ?? '';
    const modes = meta.slice(0, (meta.length - 1) / 2);
    const newMode = modes[modes.length - 1] ?? '';
    if (!/^[0-9a-f]{40,64}$/.test(blob) || /^0+$/.test(blob)) continue;
    if (newMode === '160000' || newMode === '120000') continue; // submodule, symlink
    if (seen.has(blob)) continue;
    let path = unquote(line.slice(tab + 1));
    if (prefix) {
      if (!path.startsWith(prefix)) continue;
      path = path.slice(prefix.length);
    }
    seen.set(blob, { blob, commit, path, order: seen.size, time });
  }
  return [...seen.values()];
}

/**
 * The message of every commit reachable from any ref, oldest first: a token pasted into a commit message ("rotate
 * key AKIA…", a reverted `.env` quoted in a revert message) is as public as one in a file, and no rewrite of the
 * tree removes it. Bounded by the git output buffer of runGit.
 */
export async function commitMessages(root: string, signal?: AbortSignal): Promise<{ commit: string; message: string }[]> {
  const r = await runGit(root, ['log', '--all', '--reverse', '--date-order', '--no-color', '--format=%x01%H%x02%B'], signal ? { signal } : {});
  if (r.code !== 0) throw new Error(`git log failed: ${r.stderr.trim()}`);
  const out: { commit: string; message: string }[] = [];
  for (const rec of r.stdout.toString('utf8').split('\x01')) {
    const sep = rec.indexOf('\x02');
    if (sep < 0) continue;
    out.push({ commit: rec.slice(0, sep).trim(), message: rec.slice(sep + 1) });
  }
  return out;
}

/** Blob ids in HEAD's tree under the scanned root (for "still present at HEAD"). */
export async function headBlobs(root: string, info: GitInfo): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (!info.hasHead) return out;
  const r = await runGit(root, ['ls-tree', '-r', '-z', '--full-tree', 'HEAD']);
  if (r.code !== 0) return out;
  for (const entry of r.stdout.toString('utf8').split('\0')) {
    if (!entry) continue;
    const tab = entry.indexOf('\t');
    const [, type, id] = entry.slice(0, tab).split(' ');
    let path = entry.slice(tab + 1);
    if (type !== 'blob' || !id) continue;
    if (info.prefix) {
      if (!path.startsWith(info.prefix)) continue;
      path = path.slice(info.prefix.length);
    }
    out.set(id, path);
  }
  return out;
}

/**
 * Stream blob contents with one long-lived `git cat-file --batch`. Calls `onBlob` for each id in order;
 * blobs above `maxBytes` are reported with a null body (not read into a string).
 */
export function catBlobs(root: string, ids: string[], maxBytes: number, onBlob: (id: string, body: Buffer | null, size: number) => void, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (ids.length === 0) return resolve();
    if (signal?.aborted) return reject(signal.reason);
    const child = spawn('git', ['cat-file', '--batch'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'], ...(signal ? { signal } : {}) });
    let buf: Buffer = Buffer.alloc(0);
    let want = -1; // bytes of the current body still expected (+1 for the trailing LF)
    let cur = '';
    let curSize = 0;
    const chunks: Buffer[] = [];
    let got = 0;
    let err = '';
    child.stderr.on('data', (d: Buffer) => {
      if (err.length < 4096) err += d.toString();
    });
    child.stdout.on('data', (d: Buffer) => {
      buf = buf.length ? Buffer.concat([buf, d]) : d;
      for (;;) {
        if (want < 0) {
          const nl = buf.indexOf(10);
          if (nl < 0) break;
          const header = buf.subarray(0, nl).toString('utf8');
          buf = buf.subarray(nl + 1);
          const parts = header.split(' ');
          if (parts[1] === 'missing' || parts.length < 3) {
            onBlob(parts[0] ?? '', null, 0);
            continue;
          }
          cur = parts[0]!;
          curSize = Number(parts[2]);
          want = curSize + 1;
          chunks.length = 0;
          got = 0;
        }
        if (want >= 0) {
          if (buf.length === 0) break;
          const take = Math.min(want, buf.length);
          if (curSize <= maxBytes) chunks.push(buf.subarray(0, take));
          got += take;
          want -= take;
          buf = buf.subarray(take);
          if (want === 0) {
            const body = curSize <= maxBytes ? Buffer.concat(chunks).subarray(0, curSize) : null;
            want = -1;
            onBlob(cur, body, curSize);
          } else break;
        }
      }
    });
    child.on('error', (e) => reject(signal?.aborted ? signal.reason : e));
    child.on('close', (code) => (signal?.aborted ? reject(signal.reason) : code === 0 ? resolve() : reject(new Error(`git cat-file exited ${code}: ${err.trim()}`))));
    child.stdin.on('error', () => undefined);
    child.stdin.end(ids.join('\n') + '\n');
    void got;
  });
}
