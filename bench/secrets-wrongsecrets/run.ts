/**
 * Secrets vs OWASP WrongSecrets (third-party material; not CI: a bench prints figures and asserts nothing).
 *
 *   WRONGSECRETS_SRC=<bare git dir or clone> node dist/bench/secrets-wrongsecrets/run.js [--history] [--list] [--dry-run] [--cli <bin>] [--keep]
 *
 * WrongSecrets (https://github.com/OWASP/wrongsecrets) hides secrets on purpose, one per challenge, and documents
 * where. labels.json (beside this file) was written from that documentation, its Challenge*.java classes, Dockerfiles,
 * k8s/ and scripts — never from launchready's output — and holds no secret value: each label names a path, the
 * commit it was read at, a line range and a regex with the value replaced by its character class and length
 * (docs/bench-wrongsecrets.md).
 *
 * The source is cloned to a temp dir at the labels' commit (a partial mirror's missing blobs, only large binaries,
 * are left out of the work tree and counted), then `launchready secrets <dir> --format json --no-progress` runs on
 * it — and again with `--history` when asked. A fail/warn finding flags the labels whose line range its lines touch
 * (at the finding's commit for history findings, else at the scanned tree). Printed: recall over scannable secret
 * labels (tree: those present at the commit; history: all, history-only ones too) per location and per challenge,
 * decoys flagged, and findings on lines no label names (listed with --list as file:line and check id, never a value).
 * LAUNCHREADY_BENCH_OUT=<file> also writes the figures as JSON (label ids of misses, no values).
 * --dry-run runs no launchready: it prints the label counts and checks that every label's path, line range and
 * regex resolve at the recorded commit of WRONGSECRETS_SRC (exit 1 when one does not).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Finding } from '../../src/core/types.js';
import { packageRoot } from '../../src/probes/package-root.js';

interface Label {
  id: string;
  challenge: number | null;
  kind: 'secret' | 'decoy' | 'test-copy' | 'history-copy';
  scannable?: boolean;
  presence: 'tree' | 'history' | 'outside';
  path?: string;
  commit?: string;
  /** the line the regex matches at commit */
  line?: number;
  /** 1-based inclusive range at commit */
  lines?: [number, number];
  match?: string;
  /** which match of the regex in the file this label is (to find it in other versions of the file) */
  nth?: number;
  introducedIn?: string;
  /** answer: the challenge's answer itself; key to the answer: the committed credential that unlocks it */
  role?: 'answer' | 'key to the answer' | 'other documented credential';
  form: string;
  reason?: string;
  source?: string;
}

interface LabelFile {
  source: { repository: string; commit: string; commitDate: string };
  labels: Label[];
}

const ROOT = packageRoot();
const args = process.argv.slice(2);
const flag = (f: string) => args.includes(f);
const opt = (f: string) => {
  const i = args.indexOf(f);
  return i >= 0 ? args[i + 1] : undefined;
};
const log = (s: string) => console.log(s);

function die(msg: string): never {
  console.error(`secrets-wrongsecrets: ${msg}`);
  process.exit(2);
}

function git(cwdOrGitDir: string, argv: string[], input?: string): { ok: boolean; out: string; err: string } {
  const r = spawnSync('git', argv, { cwd: cwdOrGitDir, encoding: 'utf8', input, maxBuffer: 1 << 28 });
  return { ok: r.status === 0, out: r.stdout ?? '', err: r.stderr ?? '' };
}

// ---- labels and source --------------------------------------------------------------------------------------------
const labelPath = join(ROOT, 'bench', 'secrets-wrongsecrets', 'labels.json');
const file = JSON.parse(readFileSync(labelPath, 'utf8')) as LabelFile;
const COMMIT = file.source.commit;
const labels = file.labels;

const src = process.env.WRONGSECRETS_SRC;
if (!src) die('WRONGSECRETS_SRC is not set: point it at a clone or bare git dir of https://github.com/OWASP/wrongsecrets');
if (!existsSync(src) || !statSync(src).isDirectory()) die(`WRONGSECRETS_SRC=${src}: no such directory`);
const gitDirProbe = git(src, ['rev-parse', '--git-dir']);
if (!gitDirProbe.ok) die(`WRONGSECRETS_SRC=${src}: not a git repository (${gitDirProbe.err.trim()})`);
if (!git(src, ['cat-file', '-e', `${COMMIT}^{commit}`]).ok) die(`WRONGSECRETS_SRC=${src}: does not contain commit ${COMMIT} the labels were made at (fetch a newer copy)`);

/** file versions read from a repository, by commit:path (undefined: absent or blob missing) */
const blobCache = new Map<string, string[] | undefined>();
function fileAt(repo: string, commit: string, path: string): string[] | undefined {
  const key = `${commit}:${path}`;
  if (!blobCache.has(key)) {
    const r = spawnSync('git', ['cat-file', 'blob', key], { cwd: repo, maxBuffer: 1 << 28 });
    blobCache.set(key, r.status === 0 ? r.stdout.toString('utf8').split('\n') : undefined);
  }
  return blobCache.get(key);
}

/** where a label's line range lies in a version of its file: its own range at its commit, else found by regex */
function rangeIn(l: Label, commit: string, lines: string[] | undefined): [number, number] | undefined {
  if (!l.lines || !l.match || l.line === undefined) return undefined;
  if (commit === l.commit) return l.lines;
  if (!lines) return undefined;
  const re = new RegExp(l.match);
  const hits: number[] = [];
  lines.forEach((text, i) => {
    if (re.test(text)) hits.push(i + 1);
  });
  const anchor = hits[l.nth ?? 0];
  if (anchor === undefined) return undefined;
  return [anchor - (l.line - l.lines[0]), anchor + (l.lines[1] - l.line)];
}

// ---- counts (printed by every mode) ------------------------------------------------------------------------------
const secrets = labels.filter((l) => l.kind === 'secret');
const scannable = secrets.filter((l) => l.scannable);
const scanTree = scannable.filter((l) => l.presence === 'tree');
const scanHist = scannable.filter((l) => l.presence === 'history');
const decoys = labels.filter((l) => l.kind === 'decoy');
const testCopies = labels.filter((l) => l.kind === 'test-copy');
const historyCopies = labels.filter((l) => l.kind === 'history-copy');
const isCopy = (l: Label) => l.kind === 'test-copy' || l.kind === 'history-copy';
const challenges = new Set(secrets.map((l) => l.challenge));
const chOf = (ls: Label[]) => new Set(ls.map((l) => l.challenge));
const onlyNotScannable = [...challenges].filter((c) => !scannable.some((l) => l.challenge === c));
/** reason → challenges none of whose secret locations is scannable */
const notScannableByReason = new Map<string, Set<number | null>>();
for (const l of secrets.filter((x) => !x.scannable && onlyNotScannable.includes(x.challenge))) {
  const r = l.reason ?? '?';
  if (!notScannableByReason.has(r)) notScannableByReason.set(r, new Set());
  notScannableByReason.get(r)!.add(l.challenge);
}
const keyOnly = [...chOf(scannable)].filter((c) => !scannable.some((l) => l.challenge === c && l.role === 'answer'));

log(`OWASP WrongSecrets @ ${COMMIT.slice(0, 12)} (${file.source.commitDate}); labels: ${labelPath.replace(ROOT + '/', '')}`);
log(`  challenges labelled: ${challenges.size} (${chOf(scannable).size} with a scannable secret, ${onlyNotScannable.length} not scannable at all)`);
log(`  scannable secret locations: ${scannable.length} — in the tree ${scanTree.length} (${chOf(scanTree).size} challenges), history-only ${scanHist.length} (${chOf(scanHist).size} challenges)`);
log(`  decoys: ${decoys.length}; copies of labelled secrets (not scored): ${testCopies.length} in WrongSecrets' tests, ${historyCopies.length} at older paths in history`);
log(`  challenges whose scannable location is only a committed key to an encrypted, binary or runtime answer: ${keyOnly.join(', ')}`);
log(`  challenges with nothing scannable, by reason (a challenge may have two):`);
for (const [r, cs] of [...notScannableByReason].sort((a, b) => b[1].size - a[1].size)) log(`    ${r}: ${[...cs].sort((a, b) => (a ?? 0) - (b ?? 0)).join(', ')}`);

if (flag('--dry-run')) {
  let bad = 0;
  for (const l of labels) {
    if (!l.path) continue;
    const at = l.commit ?? COMMIT;
    const lines = fileAt(src, at, l.path);
    const problem = !lines
      ? `${l.path} not readable at ${at.slice(0, 12)}`
      : !l.lines || l.line === undefined || !l.match
        ? 'no line range / regex'
        : l.lines[0] < 1 || l.lines[1] > lines.length || l.line < l.lines[0] || l.line > l.lines[1]
          ? `lines ${l.lines.join('-')} outside ${l.path} (${lines.length} lines)`
          : !new RegExp(l.match).test(lines[l.line - 1]!)
            ? `regex does not match line ${l.line}`
            : rangeIn({ ...l, commit: '(other)' }, '(other)', lines)?.[0] !== l.lines[0]
              ? `nth=${l.nth} does not find line ${l.line} again`
              : undefined;
    if (problem) {
      bad++;
      log(`  BAD ${l.id}: ${problem}`);
    }
  }
  const withPath = labels.filter((l) => l.path).length;
  log(`dry run: ${withPath - bad}/${withPath} labels with a location resolve at their commit${bad ? `, ${bad} do not` : ''}; launchready was not run`);
  process.exit(bad ? 1 : 0);
}

// ---- clone at the labels' commit ---------------------------------------------------------------------------------
const cli = opt('--cli') ?? join(ROOT, 'bin', 'launchready.js');
if (!existsSync(cli)) die(`${cli}: no launchready CLI (run npm run build first)`);
const tmp = mkdtempSync(join(tmpdir(), 'lr-wrongsecrets-'));
const dir = join(tmp, 'wrongsecrets');
const cleanup = () => {
  if (!flag('--keep')) rmSync(tmp, { recursive: true, force: true });
};
process.on('exit', cleanup);

const cl = git(tmp, ['clone', '-q', '--no-checkout', src, dir]);
if (!cl.ok) die(`git clone ${src} failed: ${cl.err.trim()}`);
git(dir, ['config', 'commit.gpgsign', 'false']);
// a partial mirror lacks some blobs (large binaries): check out everything else, at the labels' commit
const tree = git(dir, ['ls-tree', '-r', '-z', COMMIT]);
if (!tree.ok) die(`git ls-tree ${COMMIT} failed: ${tree.err.trim()}`);
const entries = tree.out
  .split('\0')
  .filter(Boolean)
  .map((e) => {
    const [meta, path] = e.split('\t') as [string, string];
    const [, type, oid] = meta.split(' ') as [string, string, string];
    return { type, oid, path };
  })
  .filter((e) => e.type === 'blob');
const check = git(dir, ['cat-file', '--batch-check'], entries.map((e) => e.oid).join('\n') + '\n');
const missing = new Set(
  check.out
    .split('\n')
    .filter((l) => l.endsWith(' missing'))
    .map((l) => l.split(' ')[0]),
);
const present = entries.filter((e) => !missing.has(e.oid));
for (const step of [
  ['update-ref', 'refs/heads/wrongsecrets-bench', COMMIT],
  ['symbolic-ref', 'HEAD', 'refs/heads/wrongsecrets-bench'],
  ['read-tree', COMMIT],
]) {
  const r = git(dir, step);
  if (!r.ok) die(`git ${step.join(' ')} failed: ${r.err.trim()}`);
}
const co = git(dir, ['checkout-index', '-f', '-z', '--stdin'], present.map((e) => e.path).join('\0') + '\0');
if (!co.ok) die(`git checkout-index failed: ${co.err.trim()}`);
const leftOut = entries.filter((e) => missing.has(e.oid)).map((e) => e.path);
// the index holds what the work tree holds: a file the source cannot supply is absent, not "deleted"
if (leftOut.length) {
  const rm = git(dir, ['update-index', '--force-remove', '-z', '--stdin'], leftOut.join('\0') + '\0');
  if (!rm.ok) die(`git update-index failed: ${rm.err.trim()}`);
}
// A history scan reads every blob, and git stops at the first one a partial mirror lacks. Each missing blob is
// replaced (refs/replace, which git honours on every read) by a one-line placeholder that holds no secret, so the
// history stays walkable; the commits and their ids are unchanged. Only binaries are missing from the mirrors seen.
const holes = git(dir, ['rev-list', '--objects', '--all', '--missing=print']);
const missingInHistory = holes.out
  .split('\n')
  .filter((l) => l.startsWith('?'))
  .map((l) => l.slice(1).trim());
if (missingInHistory.length) {
  const ph = git(dir, ['hash-object', '-w', '--stdin'], 'placeholder: this blob is missing from the partial mirror the bench cloned\n');
  if (!ph.ok) die(`git hash-object failed: ${ph.err.trim()}`);
  const refs = missingInHistory.map((oid) => `update refs/replace/${oid} ${ph.out.trim()}\n`).join('');
  const up = git(dir, ['update-ref', '--stdin'], refs);
  if (!up.ok) die(`git update-ref (replace placeholders) failed: ${up.err.trim()}`);
}
log(`cloned to ${dir}${flag('--keep') ? ' (kept)' : ''}: ${present.length} files checked out at ${COMMIT.slice(0, 12)}` + (leftOut.length ? `, ${leftOut.length} left out (blobs missing from the source: ${leftOut.slice(0, 3).join(', ')}${leftOut.length > 3 ? ', …' : ''})` : '') +
    (missingInHistory.length ? `; ${missingInHistory.length} blobs missing from history replaced by a placeholder` : ''));
const commits = git(dir, ['rev-list', '--all', '--count']).out.trim();

// ---- scan and score ----------------------------------------------------------------------------------------------
function scan(history: boolean): { findings: Finding[]; ms: number } | { error: string } {
  const argv = [cli, 'secrets', dir, '--format', 'json', '--no-progress', ...(history ? ['--history'] : [])];
  const t = performance.now();
  const r = spawnSync(process.execPath, argv, { encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - t;
  if (r.status !== 0 && r.status !== 1) return { error: `launchready secrets${history ? ' --history' : ''} exited ${r.status}: ${(r.stderr || r.stdout).slice(0, 500)}` };
  try {
    return { findings: (JSON.parse(r.stdout) as { findings: Finding[] }).findings, ms };
  } catch (e) {
    return { error: `launchready secrets printed no JSON report: ${(e as Error).message}` };
  }
}

/** the labels a finding's lines touch: in the version of its commit and, unless it says the secret is gone, at the scanned tree */
function touched(f: Finding): Label[] {
  const loc = f.location;
  if (!loc?.file || !loc.line) return [];
  const l1 = loc.line;
  const l2 = loc.endLine ?? loc.line;
  const versions: string[] = [];
  if (loc.commit) versions.push(loc.commit);
  if (!loc.commit || f.meta?.stillPresent !== false) versions.push(COMMIT);
  const out = new Set<Label>();
  for (const v of versions) {
    const text = fileAt(dir, v, loc.file);
    for (const l of labels) {
      if (l.path !== loc.file) continue;
      // a label that exists only in history is not in the scanned tree, whatever line its regex finds there
      if (v === COMMIT && l.presence === 'history' && l.commit !== COMMIT) continue;
      const r = rangeIn(l, v, text);
      if (r && l1 <= r[1] && l2 >= r[0]) out.add(l);
    }
  }
  return [...out];
}

/** figures per mode, written as JSON to LAUNCHREADY_BENCH_OUT when set */
const figures: Record<string, unknown> = { commit: COMMIT };

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');

function report(mode: 'tree' | 'history', findings: Finding[], ms: number): void {
  const flagged = findings.filter((f) => f.status === 'fail' || f.status === 'warn');
  const errors = findings.filter((f) => f.status === 'error');
  const hit = new Set<Label>();
  const onDecoy: Finding[] = [];
  const onNotScannable: Finding[] = [];
  const onCopy: Finding[] = [];
  const unlabelled: Finding[] = [];
  for (const f of flagged) {
    const ls = touched(f);
    ls.forEach((l) => hit.add(l));
    if (!ls.length) unlabelled.push(f);
    else if (ls.some((l) => l.kind === 'decoy')) onDecoy.push(f);
    else if (ls.every(isCopy)) onCopy.push(f);
    else if (ls.every((l) => isCopy(l) || (l.kind === 'secret' && !l.scannable))) onNotScannable.push(f);
  }
  const targets = mode === 'tree' ? scanTree : scannable;
  const found = targets.filter((l) => hit.has(l));
  const chTargets = chOf(targets);
  const chFound = chOf(found);
  const decoysHit = decoys.filter((l) => hit.has(l));
  figures[mode] = {
    findings: flagged.length,
    seconds: Math.round(ms / 100) / 10,
    recallLocations: { hit: found.length, n: targets.length },
    recallChallenges: { hit: chFound.size, n: chTargets.size },
    ...(mode === 'history' ? { recallHistoryOnly: { hit: scanHist.filter((l) => hit.has(l)).length, n: scanHist.length } } : {}),
    decoysFlagged: { hit: decoysHit.length, n: decoys.length, findings: onDecoy.length },
    onNotScannable: onNotScannable.length,
    onCopies: onCopy.length,
    unlabelled: unlabelled.length,
    errors: errors.length,
    missed: targets.filter((x) => !hit.has(x)).map((l) => l.id),
  };
  log(`\n--- ${mode === 'tree' ? 'tree (working tree at the commit)' : `history (--history, ${commits} commits)`}: ${flagged.length} fail/warn findings in ${(ms / 1000).toFixed(1)} s`);
  log(`  recall, locations: ${found.length}/${targets.length} = ${pct(found.length, targets.length)}`);
  log(`  recall, challenges (any of its scannable locations): ${chFound.size}/${chTargets.size} = ${pct(chFound.size, chTargets.size)}`);
  if (mode === 'history') {
    const h = scanHist.filter((l) => hit.has(l));
    log(`    of which history-only locations: ${h.length}/${scanHist.length}`);
  }
  log(`  decoys flagged: ${decoysHit.length}/${decoys.length} (${onDecoy.length} findings)`);
  log(`  findings on not-scannable secrets: ${onNotScannable.length}; on copies of labelled secrets (tests, older paths): ${onCopy.length}`);
  log(`  findings on unlabelled lines (not scored): ${unlabelled.length}${unlabelled.length && !flag('--list') ? ' (--list shows them)' : ''}`);
  if (errors.length) log(`  checks that reported status error: ${errors.length} — ${[...new Set(errors.map((e) => `${e.checkId}: ${e.title}`))].slice(0, 5).join('; ')}`);
  if (!flag('--list')) return;
  const sortCh = (xs: Set<number | null>) => [...xs].sort((a, b) => (a ?? 0) - (b ?? 0)).join(', ');
  log(`    challenges found: ${sortCh(chFound)}`);
  log(`    challenges missed: ${sortCh(new Set([...chTargets].filter((c) => !chFound.has(c))))}`);
  for (const l of targets.filter((x) => !hit.has(x))) {
    log(`    MISS [${l.id}] ch${l.challenge} ${l.path}:${l.lines!.join('-')}${l.presence === 'history' ? ` @${l.commit!.slice(0, 8)}` : ''}  ${l.form}`);
  }
  const where = (f: Finding) => `${f.location?.file ?? '?'}:${f.location?.line ?? '?'}${f.location?.commit ? ` @${f.location.commit.slice(0, 8)}` : ''}`;
  for (const f of onDecoy) log(`    DECOY ${where(f)}  ${f.checkId} ${f.status}/${f.severity}  [${touched(f).filter((l) => l.kind === 'decoy').map((l) => `${l.id}: ${l.form}`).join('; ')}]`);
  for (const f of unlabelled) log(`    UNLABELLED ${where(f)}  ${f.checkId} ${f.status}/${f.severity}`);
}

let failures = 0;
for (const history of flag('--history') ? [false, true] : [false]) {
  const r = scan(history);
  if ('error' in r) {
    failures++;
    figures[history ? 'history' : 'tree'] = { error: r.error };
    log(`\n--- ${history ? 'history' : 'tree'}: could not score — ${r.error}`);
    continue;
  }
  report(history ? 'history' : 'tree', r.findings, r.ms);
}
const out = process.env.LAUNCHREADY_BENCH_OUT;
if (out) writeFileSync(out, JSON.stringify(figures, null, 2) + '\n');
process.exit(failures ? 1 : 0);
