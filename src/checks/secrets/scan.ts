import picomatch from 'picomatch';
import type { BlobIntro } from '../../probes/git.js';
import type { RepoFile } from '../../probes/fs-walk.js';
import { availableParallelism } from 'node:os';
import { scanText, type SecretMatch } from './engine.js';
import { ScanPool } from './parallel.js';

/**
 * Below this many bytes a worker thread costs more than it saves: starting one and loading the engine in it
 * takes ~0.1 s of CPU, what one thread scans of about 5 MB; from 16 MB on a second core more than pays for it
 * (measured on the 2-core machines of issue 14; the previous 32 MB left the issue's 30 MB trees on one core).
 */
/** The pseudo-path under which commit messages are scanned and reported (git's own name for the message file). */
export const COMMIT_MESSAGE_FILE = 'COMMIT_MSG';

export const PARALLEL_MIN_BYTES = 16 * 1024 * 1024;

/**
 * Repository scan over an injected source (the repo stage wires the fs walker and git probes in), so this
 * module does no I/O of its own. The working tree is scanned file by file; with history, every blob reachable
 * from any ref is scanned once (git gives each blob id once, with the commit that introduced it) and each
 * secret is reported once, at its introducing commit.
 */

export interface RepoSource {
  root: string;
  files: RepoFile[];
  read(path: string): Promise<Buffer | null>;
  history?: {
    blobs(signal?: AbortSignal): Promise<BlobIntro[]>;
    head(): Promise<Map<string, string>>;
    cat(ids: string[], maxBytes: number, onBlob: (id: string, body: Buffer | null, size: number) => void, signal?: AbortSignal): Promise<void>;
    /** commit messages of every reachable commit, oldest first (optional: sources without it scan blobs only) */
    messages?(signal?: AbortSignal): Promise<{ commit: string; message: string }[]>;
  };
  /** inputs not scanned: unreadable ones are error findings, skipped ones are listed (issue 13) */
  inputs?: { unreadable(path: string, reason: string): void; skipped(path: string, reason: string): void };
  maxFileBytes: number;
  /** binary key stores (.p12, .pfx, .jks) found by the walker */
  keystores?: { path: string; tracked: boolean }[];
  /** told the result once the scan is done (the stage reports its figures) */
  onScan?(scan: RepoScan): void;
}

export interface AllowRule {
  checkId?: string;
  path?: string;
  value?: string;
  reason: string;
}

export interface FoundSecret extends SecretMatch {
  file: string;
  /** in a built bundle that ships to browsers */
  shipped: boolean;
  /** commit that introduced the secret (when history was scanned and it has one) */
  commit?: string;
  /** the secret is in the working tree / HEAD */
  stillPresent: boolean;
  /** found only in history (not in the working tree) */
  historyOnly: boolean;
  tracked: boolean;
  /** found in the message of `commit`, not in a file */
  inMessage?: boolean;
}

export interface RepoScan {
  findings: FoundSecret[];
  filesScanned: number;
  bytesScanned: number;
  blobsScanned: number;
  historyBytes: number;
  commitsWithBlobs: number;
  allowlisted: number;
  durationMs: number;
  historyMs?: number;
  history: boolean;
  /** worker threads the tree scan used besides the main thread (0: the main thread alone) */
  threads: number;
}

export interface ScanRepoOptions {
  history: boolean;
  /** use worker threads for big trees (default true) */
  parallel?: boolean;
  /** trees of at least this many bytes are scanned on worker threads (default PARALLEL_MIN_BYTES) */
  parallelMinBytes?: number;
  allowlist?: AllowRule[];
  signal?: AbortSignal;
}

/**
 * An allowlist `path` glob (`**\/fixtures/**`, `test/*.json`) as a matcher: picomatch's grammar (braces, classes,
 * extglobs), dotfiles included, as .gitignore-style tools read them.
 */
export function globToRegExp(glob: string): RegExp {
  return picomatch.makeRe(glob, { dot: true });
}

function allowed(f: { ruleId: string; file: string; secret: string }, rules: { checkId?: string; path?: RegExp; value?: RegExp }[]): boolean {
  return rules.some(
    (r) => (!r.checkId || r.checkId === `secrets/${f.ruleId}` || r.checkId === f.ruleId) && (!r.path || r.path.test(f.file)) && (!r.value || r.value.test(f.secret)) && (r.path || r.value || r.checkId),
  );
}

/** Jupyter notebooks are JSON: scan the raw text (lines stay true to the file) — outputs included. */
function decode(buf: Buffer): string {
  // strip a UTF-8 BOM so column numbers match editors
  return buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? buf.subarray(3).toString('utf8') : buf.toString('utf8');
}

export async function scanRepo(source: RepoSource, opts: ScanRepoOptions): Promise<RepoScan> {
  const t0 = Date.now();
  const allow = (opts.allowlist ?? []).map((a) => ({
    ...(a.checkId ? { checkId: a.checkId } : {}),
    ...(a.path ? { path: globToRegExp(a.path) } : {}),
    ...(a.value ? { value: new RegExp(a.value) } : {}),
  }));
  let allowlisted = 0;
  let threads = 0;
  const tree: FoundSecret[] = [];
  let bytes = 0;
  let filesScanned = 0;
  // one finding per rule and value in a file (the contract's "each secret once"; the first line it is on)
  const onFile = (file: RepoFile, matches: SecretMatch[]) => {
    const seen = new Set<string>();
    for (const m of matches) {
      const key = `${m.ruleId}\0${m.secret}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (allow.length && allowed({ ruleId: m.ruleId, file: file.path, secret: m.secret }, allow)) {
        allowlisted++;
        continue;
      }
      tree.push({ ...m, file: file.path, shipped: file.shipped, stillPresent: true, historyOnly: false, tracked: file.tracked });
    }
  };
  const total = source.files.reduce((n, f) => n + f.size, 0);
  if (total >= (opts.parallelMinBytes ?? PARALLEL_MIN_BYTES) && availableParallelism() >= 2 && opts.parallel !== false) {
    // big trees: the main thread reads, worker threads (one per core) run the engine
    const byPath = new Map(source.files.map((f) => [f.path, f]));
    const pool = new ScanPool();
    async function* jobs() {
      for (const file of source.files) {
        if (opts.signal?.aborted) return;
        const buf = await source.read(file.path);
        if (!buf) {
          source.inputs?.skipped(file.path, 'binary content (NUL byte)');
          continue;
        }
        filesScanned++;
        bytes += buf.length;
        yield { file: file.path, buf };
      }
    }
    await pool.scanAll(jobs(), (path, matches) => onFile(byPath.get(path)!, matches));
    threads = pool.threadsUsed;
    tree.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.start - b.start));
  } else {
    for (const file of source.files) {
      if (opts.signal?.aborted) break;
      const buf = await source.read(file.path);
      if (!buf) {
        source.inputs?.skipped(file.path, 'binary content (NUL byte)');
        continue;
      }
      filesScanned++;
      bytes += buf.length;
      onFile(file, scanText(decode(buf), { file: file.path }));
    }
  }
  const result: RepoScan = {
    findings: tree,
    filesScanned,
    bytesScanned: bytes,
    blobsScanned: 0,
    historyBytes: 0,
    commitsWithBlobs: 0,
    allowlisted,
    durationMs: 0,
    history: false,
    threads,
  };
  if (opts.history && source.history) {
    const th = Date.now();
    const intros = await source.history.blobs(opts.signal);
    const head = await source.history.head();
    const byBlob = new Map(intros.map((b) => [b.blob, b]));
    // earliest sighting of each value in each file (key: value NUL path): a commit that introduced a value in three
    // files (a pipeline, its parameters file, a publish profile) is reported in each of them, at that one commit
    const byPlace = new Map<string, { m: SecretMatch; intro: BlobIntro }>();
    const atHead = new Set<string>();
    let hb = 0;
    let n = 0;
    await source.history.cat(
      intros.map((b) => b.blob),
      source.maxFileBytes,
      (id, body, size) => {
        const intro = byBlob.get(id);
        if (intro && !body) {
          const where = `${intro.path} @ ${intro.commit.slice(0, 12)} (blob ${id.slice(0, 12)})`;
          if (size === 0) source.inputs?.unreadable(where, 'git object missing or corrupt');
          else source.inputs?.skipped(where, `too large (${size} bytes, limit ${source.maxFileBytes})`);
        }
        if (!intro || !body) return;
        n++;
        hb += body.length;
        const nul = body.subarray(0, 8000).indexOf(0);
        if (nul >= 0) return void source.inputs?.skipped(`${intro.path} @ ${intro.commit.slice(0, 12)}`, 'binary content (NUL byte)');
        const inHead = head.has(id);
        for (const m of scanText(decode(body), { file: intro.path })) {
          if (inHead) atHead.add(m.secret);
          const key = `${m.secret}\0${intro.path}`;
          const prev = byPlace.get(key);
          if (!prev || intro.order < prev.intro.order) byPlace.set(key, { m, intro });
        }
      },
      opts.signal,
    );
    // earliest sighting of each value across all blobs: the earliest of its files' first sightings
    const first = new Map<string, { m: SecretMatch; intro: BlobIntro }>();
    for (const h of byPlace.values()) {
      const prev = first.get(h.m.secret);
      if (!prev || h.intro.order < prev.intro.order) first.set(h.m.secret, h);
    }
    result.blobsScanned = n;
    result.historyBytes = hb;
    result.commitsWithBlobs = new Set(intros.map((b) => b.commit)).size;
    result.history = true;
    const inTree = new Set(tree.map((f) => f.secret));
    const messageHits = new Map<string, { m: SecretMatch; commit: string }>();
    for (const f of tree) {
      const h = first.get(f.secret);
      if (h) f.commit = h.intro.commit;
    }
    // commit messages: a secret seen in no file is reported once, at the first commit whose message holds it
    if (source.history.messages) {
      for (const { commit, message } of await source.history.messages(opts.signal)) {
        if (opts.signal?.aborted) break;
        for (const m of scanText(message, { file: COMMIT_MESSAGE_FILE })) {
          if (inTree.has(m.secret) || first.has(m.secret) || messageHits.has(m.secret)) continue;
          messageHits.set(m.secret, { m, commit });
        }
      }
      for (const [secret, { m, commit }] of messageHits) {
        const file = COMMIT_MESSAGE_FILE;
        if (allow.length && allowed({ ruleId: m.ruleId, file, secret }, allow)) {
          allowlisted++;
          continue;
        }
        result.findings.push({ ...m, file, shipped: false, commit, stillPresent: true, historyOnly: false, tracked: true, inMessage: true });
      }
    }
    // the contract: each secret once, at the commit that introduced it (a value still in the tree is reported where
    // it is now); when that commit put it in several files, in each of them (copies made by later commits are not)
    for (const { m, intro } of byPlace.values()) {
      const secret = m.secret;
      // (a value still in the tree is reported there only: its other path at that commit is often the same file before
      // a rename, routes/login.js for routes/login.ts, and the tree finding already says to rotate it)
      if (inTree.has(secret) || intro.commit !== first.get(secret)?.intro.commit) continue;
      if (allow.length && allowed({ ruleId: m.ruleId, file: intro.path, secret }, allow)) {
        allowlisted++;
        continue;
      }
      result.findings.push({ ...m, file: intro.path, shipped: false, commit: intro.commit, stillPresent: atHead.has(secret), historyOnly: !atHead.has(secret), tracked: true });
    }
    result.allowlisted = allowlisted;
    result.historyMs = Date.now() - th;
  }
  alignLocalCredentials(result.findings);
  result.durationMs = Date.now() - t0;
  source.onScan?.(result);
  return result;
}

/** Rules that read free text (a flag, a URL, a name = value) and so cannot tell a local default from a real secret. */
const CONTEXT_BLIND = new Set(['cli-password-flag', 'url-credentials', 'connection-string-password', 'generic-password', 'generic-secret', 'curl-auth-user', 'credential-call', 'sql-user-password', 'hardcoded-comparison', 'hardcoded-equals']);

/**
 * One value, one grade: when the same password is elsewhere a seed account's password or the credential of a local development database (a
 * compose service or localhost, graded low), its other sightings (`mysql -u root -pwhalehello` in the README next to
 * `mysql://root:whalehello@db` in compose.yml) are that local credential too, not a leak of a real one.
 */
export function alignLocalCredentials(findings: FoundSecret[]): void {
  const local = new Map<string, FoundSecret>();
  for (const f of findings) if (((f.kind === 'test' && f.note === 'local development database') || f.kind === 'seed') && !local.has(f.secret)) local.set(f.secret, f);
  if (local.size === 0) return;
  for (const f of findings) {
    const l = local.get(f.secret);
    if (!l || f === l || f.kind !== 'secret' || !CONTEXT_BLIND.has(f.ruleId)) continue;
    // (and a seed account's password compared or reused in code is that seed password)
    f.kind = l.kind;
    f.severity = l.severity;
    f.note = l.kind === 'seed' ? `the same value is the seed password of a local account in ${l.file}:${l.line}` : `the same value is the local development database password in ${l.file}:${l.line}`;
  }
}
