/**
 * The driver the fresh-repository benches share (issue 14, "a repository that you do not see"): each of
 * bench/secrets/fresh.ts, fresh2.ts … names its corpus (templates, history steps, value generator, git identity) and
 * calls runFresh. Not a test: it prints figures and asserts nothing.
 *
 *   node dist/bench/secrets/fresh<N>.js [--list] [--keep] [--cli PATH] [--build-only]
 *   node dist/bench/secrets/fresh.js [--show-holdout] [--keep] [--cli PATH] [--build-only]
 *
 * It builds the corpus's git repository in a temporary folder, runs the built CLI on it as a user would
 * (`secrets --format json`, tree and `--history`) and scores the findings against the labels: `secret` lines must
 * get a fail or warn finding on their file and line (history-only ones at the commit that introduced them;
 * commit-message items as `COMMIT_MSG`), `decoy` lines must not. Misses and false positives are listed only with
 * --list. A written file that `.gitignore` hides would be labelled but never committed: such a corpus is refused.
 *
 * Two options keep the first corpora's figures as they were first printed: `messageLabels: false` (fresh … fresh3:
 * commit messages are committed as written and carry no labels) and `tuneHoldout` (fresh: the tune/holdout split,
 * see FreshCorpus).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

type Label = 'secret' | 'decoy';
type Part = 'tune' | 'holdout';

/** What the driver needs of a corpus's value generator (each corpus has its own, with its own seed). */
export interface ValuesLike {
  value(spec: string): string;
}

/** One commit of a corpus's history (its steps.ts). */
export interface FreshStep {
  /** commit message; with messageLabels (the default) it may hold «…» placeholders and ⟦S id⟧ / ⟦D id⟧ labels like a file */
  message: string;
  /** ISO date used for author and committer */
  date: string;
  /** a key of the corpus's authors */
  author: string;
  /** commit on this branch instead of main: created from main's tip the first time, continued after */
  branch?: string;
  /** repository path → template */
  write?: Record<string, string>;
  remove?: string[];
}

export interface FreshCorpus {
  /** `fresh5`: the temp-folder prefix */
  slug: string;
  /** how the banner names the corpus: `fifth` */
  ordinal: string;
  /** git identity of the repository's config (commits carry their author's) */
  identity: { name: string; email: string };
  values(): ValuesLike;
  authors: Record<string, { name: string; email: string }>;
  steps: readonly FreshStep[];
  /**
   * false: commit messages carry no labels; they are committed as written (not rendered) and the item counts do not
   * mention them (fresh … fresh3). Default true.
   */
  messageLabels?: boolean;
  /**
   * The first corpus's split: items are numbered in the order they first appear, and every 3rd (index % 3 == 2) is
   * `holdout`, the rest `tune`; a false positive on an unlabelled line belongs to the part of its file (files in
   * sorted order, every 3rd is holdout). Figures are printed for tune, holdout and overall; misses and false
   * positives are listed for tune always and for holdout only with --show-holdout (there is no --list). Default: no
   * split (the whole corpus is held out).
   */
  tuneHoldout?: boolean;
  /** what the banner calls the corpus; default `<ordinal> fresh repository (self-made by a <ordinal> author, held out: never tuned on)` */
  banner?: string;
}

interface Item {
  id: string;
  label: Label;
  /** the part of a split corpus (tuneHoldout) */
  set?: Part;
  path: string;
  /** the template line, for listings */
  template: string;
  /** commit that first wrote the item, and its lines there (1-based, inclusive) */
  introCommit: string;
  introLines: [number, number];
  /** lines at HEAD of main, when the item is still there */
  headLines?: [number, number];
}

/** per commit, per path: line → item id */
type LineMap = Map<number, string>;

interface Finding {
  checkId: string;
  status: string;
  severity: string;
  title?: string;
  message?: string;
  location?: { file?: string; line?: number; endLine?: number; commit?: string };
  meta?: { stillPresent?: boolean };
}

const MARKER = /\s*⟦([SD]) ([A-Za-z0-9._-]+)⟧\s*$/;
const PLACEHOLDER = /«([^«»]+)»/g;

export function repoRoot(): string {
  let d = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(d, 'package.json')) || !readFileSync(join(d, 'package.json'), 'utf8').includes('"name": "launchready"')) {
    if (dirname(d) === d) throw new Error('fresh bench: cannot find the launchready repository root');
    d = dirname(d);
  }
  return d;
}

/**
 * The templates of a corpus that keeps them as plain text in bench/secrets/<slug>/corpus-files/<repo path>[@vN].tpl,
 * read at run time from the source tree (so no escaping of `${…}` and backticks is needed): `tpl(path, 'v2')` is
 * `path@v2.tpl`, `files(...paths)` maps each path to its first-version template.
 */
export function corpusFiles(slug: string): { tpl(path: string, v?: string): string; files(...paths: string[]): Record<string, string> } {
  const dir = join(repoRoot(), 'bench', 'secrets', slug, 'corpus-files');
  const tpl = (path: string, v?: string) => readFileSync(join(dir, `${path}${v ? `@${v}` : ''}.tpl`), 'utf8');
  return { tpl, files: (...paths) => Object.fromEntries(paths.map((p) => [p, tpl(p)])) };
}

interface Rendered {
  text: string;
  marks: { id: string; label: Label; lines: [number, number]; template: string }[];
}

/** Expands a template: strips the markers, replaces the placeholders, records which output lines each marker covers. */
function render(path: string, template: string, values: ValuesLike): Rendered {
  const out: string[] = [];
  const marks: Rendered['marks'] = [];
  for (const raw of template.split('\n')) {
    const m = MARKER.exec(raw);
    const line = m ? raw.slice(0, m.index) : raw;
    if (line.includes('⟦') || line.includes('⟧')) throw new Error(`${path}: stray label marker in ${JSON.stringify(raw)}`);
    const expanded = line.replace(PLACEHOLDER, (_all, spec: string) => values.value(spec)).split('\n');
    const start = out.length + 1;
    out.push(...expanded);
    if (m) marks.push({ id: m[2]!, label: m[1] === 'S' ? 'secret' : 'decoy', lines: [start, out.length], template: line.trim() });
  }
  return { text: out.join('\n'), marks };
}

/** the pseudo-path the scanner gives findings in a commit message */
const COMMIT_MSG = 'COMMIT_MSG';

interface Built {
  dir: string;
  items: Item[];
  /** commit → path → line → item id (the labels of every file version present at that commit) */
  snapshots: Map<string, Map<string, LineMap>>;
  /** commit → line of its message → item id */
  messages: Map<string, LineMap>;
  head: string;
  files: string[];
  /** the corpus is split into tune and holdout */
  split: boolean;
}

function git(dir: string, args: string[], env: NodeJS.ProcessEnv = {}): string {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env } }).trim();
}

function build(c: FreshCorpus): Built {
  const dir = mkdtempSync(join(tmpdir(), `lr-${c.slug}-`));
  const values = c.values();
  git(dir, ['init', '-q', '-b', 'main']);
  git(dir, ['config', 'user.name', c.identity.name]);
  git(dir, ['config', 'user.email', c.identity.email]);
  git(dir, ['config', 'commit.gpgsign', 'false']);

  const items = new Map<string, Item>();
  const order: string[] = [];
  const snapshots = new Map<string, Map<string, LineMap>>();
  const messages = new Map<string, LineMap>();
  const allFiles = new Set<string>();
  // main's current files: path → rendered
  let main = new Map<string, Rendered>();

  // a long-lived branch gets several commits: its own file state, continued where it stopped
  const branches = new Map<string, Map<string, Rendered>>();
  for (const step of c.steps) {
    const base = step.branch ? branches.get(step.branch) : undefined;
    const state = new Map(base ?? main);
    if (step.branch) git(dir, ['checkout', '-q', ...(base ? [] : ['-b']), step.branch]);
    for (const p of step.remove ?? []) {
      if (!state.delete(p)) throw new Error(`step "${step.message}": removes ${p}, which does not exist`);
      rmSync(join(dir, p));
    }
    const written: [string, Rendered][] = [];
    for (const [p, tpl] of Object.entries(step.write ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
      const r = render(p, tpl, values);
      mkdirSync(dirname(join(dir, p)), { recursive: true });
      writeFileSync(join(dir, p), r.text);
      state.set(p, r);
      written.push([p, r]);
      allFiles.add(p);
    }
    const who = c.authors[step.author]!;
    const env = { GIT_AUTHOR_NAME: who.name, GIT_AUTHOR_EMAIL: who.email, GIT_AUTHOR_DATE: step.date, GIT_COMMITTER_NAME: who.name, GIT_COMMITTER_EMAIL: who.email, GIT_COMMITTER_DATE: step.date };
    git(dir, ['add', '-A']);
    // a written file that .gitignore hides would be labelled but never committed: refuse such a corpus
    const tracked = new Set(git(dir, ['ls-files']).split('\n'));
    for (const [p] of written) if (!tracked.has(p)) throw new Error(`step "${step.message.split('\n')[0]}": ${p} is not tracked (ignored?)`);
    let sha: string;
    if (c.messageLabels === false) {
      git(dir, ['commit', '-q', '-m', step.message], env);
      sha = git(dir, ['rev-parse', 'HEAD']);
    } else {
      const msg = render(COMMIT_MSG, step.message, values);
      git(dir, ['commit', '-q', '-m', msg.text], env);
      sha = git(dir, ['rev-parse', 'HEAD']);
      // the labels' line numbers are only right if git stored the message as rendered (no whitespace clean-up)
      const stored = execFileSync('git', ['log', '-1', '--format=%B', sha], { cwd: dir, encoding: 'utf8' }).replace(/\n+$/, '');
      if (stored !== msg.text.replace(/\n+$/, '')) throw new Error(`commit message of "${step.message.split('\n')[0]}" was altered by git: ${JSON.stringify(stored)}`);
      written.push([COMMIT_MSG, msg]);
      const ml: LineMap = new Map();
      for (const mk of msg.marks) for (let l = mk.lines[0]; l <= mk.lines[1]; l++) ml.set(l, mk.id);
      messages.set(sha, ml);
    }
    for (const [p, r] of written) {
      for (const mk of r.marks) {
        const known = items.get(mk.id);
        if (known) {
          if (p === COMMIT_MSG) throw new Error(`label id ${mk.id} used in two commit messages`);
          if (known.path !== p) throw new Error(`label id ${mk.id} used in ${known.path} and ${p}`);
          if (known.label !== mk.label) throw new Error(`label id ${mk.id} is both secret and decoy`);
          continue;
        }
        items.set(mk.id, { id: mk.id, label: mk.label, path: p, template: mk.template, introCommit: sha, introLines: mk.lines });
        order.push(mk.id);
      }
    }
    const snap = new Map<string, LineMap>();
    for (const [p, r] of state) {
      const lm: LineMap = new Map();
      for (const mk of r.marks) for (let l = mk.lines[0]; l <= mk.lines[1]; l++) lm.set(l, mk.id);
      snap.set(p, lm);
    }
    snapshots.set(sha, snap);
    if (step.branch) {
      branches.set(step.branch, state);
      git(dir, ['checkout', '-q', 'main']);
    } else main = state;
  }
  // an id is unique to one path (checked above); a later version of that path may move it: HEAD's position counts
  for (const r of main.values()) for (const mk of r.marks) items.get(mk.id)!.headLines = mk.lines;
  const split = c.tuneHoldout === true;
  if (split) order.forEach((id, i) => (items.get(id)!.set = i % 3 === 2 ? 'holdout' : 'tune'));
  return { dir, items: order.map((id) => items.get(id)!), snapshots, messages, head: git(dir, ['rev-parse', 'main']), files: [...allFiles].sort(), split };
}

function scan(cli: string, dir: string, history: boolean): { findings: Finding[]; ms: number } {
  const args = [cli, 'secrets', dir, '--format', 'json', '--no-progress', ...(history ? ['--history'] : [])];
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - t;
  if (r.status !== 0 && r.status !== 1) throw new Error(`launchready secrets exited ${r.status}: ${(r.stderr || r.stdout).slice(0, 500)}`);
  const report = JSON.parse(r.stdout) as { findings: Finding[] };
  return { findings: report.findings, ms };
}

const SEVERITY_RANK: Record<string, number> = { info: 0, low: 1, medium: 2, high: 3, critical: 4 };
const overlaps = (a: [number, number], l1: number, l2: number) => l1 <= a[1] && l2 >= a[0];

interface Score {
  recall: { hit: number; n: number };
  precision: { tp: number; all: number };
  misses: Item[];
  fps: { f: Finding; item?: Item; set?: Part }[];
  decoysFlagged: { hit: number; n: number };
  other: Finding[];
}

/** Scores overall and, for a split corpus, per part (an unsplit corpus's tune and holdout stay empty). */
function score(b: Built, findings: Finding[], history: boolean, minSeverity: number): Record<Part | 'overall', Score> {
  const byId = new Map(b.items.map((i) => [i.id, i]));
  const fileSet = new Map(b.files.map((f, i) => [f, (i % 3 === 2 ? 'holdout' : 'tune') as Part]));
  const headSnap = b.snapshots.get(b.head)!;
  const counted = findings.filter((f) => (f.status === 'fail' || f.status === 'warn') && (SEVERITY_RANK[f.severity] ?? 0) >= minSeverity);
  const scored = counted.filter((f) => !f.checkId.startsWith('policy/'));
  const other = counted.filter((f) => f.checkId.startsWith('policy/'));

  /** which labelled items a finding's lines touch: at HEAD, and in the version of its commit */
  const touched = (f: Finding): Item[] => {
    const loc = f.location;
    if (!loc?.file || !loc.line) return [];
    const l1 = loc.line;
    const l2 = loc.endLine ?? loc.line;
    const maps: (LineMap | undefined)[] = [];
    if (loc.file === COMMIT_MSG) {
      // a commit message exists at one commit only: its labels, never a file's
      maps.push(loc.commit ? b.messages.get(loc.commit) : undefined);
    } else {
      const atCommit = loc.commit ? b.snapshots.get(loc.commit)?.get(loc.file) : undefined;
      if (f.meta?.stillPresent === false) maps.push(atCommit);
      else if (f.meta?.stillPresent === true || !history) maps.push(headSnap.get(loc.file));
      else maps.push(headSnap.get(loc.file), atCommit);
    }
    const out = new Set<Item>();
    for (const m of maps) {
      if (!m) continue;
      for (let l = l1; l <= l2; l++) {
        const id = m.get(l);
        if (id) out.add(byId.get(id)!);
      }
    }
    return [...out];
  };

  const mk = (): Score => ({ recall: { hit: 0, n: 0 }, precision: { tp: 0, all: 0 }, misses: [], fps: [], decoysFlagged: { hit: 0, n: 0 }, other });
  const res: Record<Part | 'overall', Score> = { tune: mk(), holdout: mk(), overall: mk() };
  /** the scores a result counts in: its part's (split corpus) and the overall one */
  const into = (set: Part | undefined) => (set ? [res[set], res.overall] : [res.overall]);
  const flaggedDecoys = new Set<string>();

  for (const f of scored) {
    const hit = touched(f);
    const secret = hit.find((i) => i.label === 'secret');
    if (secret) {
      for (const s of into(secret.set)) (s.precision.tp++, s.precision.all++);
      continue;
    }
    const decoy = hit[0];
    if (decoy) flaggedDecoys.add(decoy.id);
    const set = !b.split ? undefined : decoy ? decoy.set : (fileSet.get(f.location?.file ?? '') ?? 'tune');
    for (const s of into(set)) {
      s.precision.all++;
      s.fps.push({ f, item: decoy, set });
    }
  }

  for (const it of b.items) {
    const inScope = history || it.headLines !== undefined;
    if (!inScope) continue;
    if (it.label === 'decoy') {
      for (const s of into(it.set)) {
        s.decoysFlagged.n++;
        if (flaggedDecoys.has(it.id)) s.decoysFlagged.hit++;
      }
      continue;
    }
    const found = scored.some((f) => {
      const loc = f.location;
      if (!loc?.file || !loc.line || loc.file !== it.path) return false;
      const l2 = loc.endLine ?? loc.line;
      if (it.headLines) return overlaps(it.headLines, loc.line, l2);
      return loc.commit === it.introCommit && overlaps(it.introLines, loc.line, l2);
    });
    for (const s of into(it.set)) {
      s.recall.n++;
      if (found) s.recall.hit++;
      else s.misses.push(it);
    }
  }
  return res;
}

const ratio = (a: number, n: number) => (n === 0 ? 'n/a' : `${(a / n).toFixed(3)} (${a}/${n})`);

/** The misses and false positives of one score, as template lines (never a generated value). */
function printListing(x: Score): void {
  for (const it of x.misses) {
    const where = it.headLines ? `${it.path}:${it.headLines[0]}` : `${it.path}:${it.introLines[0]} @${it.introCommit.slice(0, 8)} (history only)`;
    console.log(`    MISS ${where}  [${it.id}]  ${it.template.slice(0, 140)}`);
  }
  for (const { f, item } of x.fps) {
    const loc = f.location ?? {};
    const where = `${loc.file ?? '?'}:${loc.line ?? '?'}${loc.commit ? ` @${loc.commit.slice(0, 8)}` : ''}`;
    const what = item ? `decoy [${item.id}] ${item.template.slice(0, 100)}` : 'no label';
    console.log(`    FP   ${where}  ${f.checkId} ${f.status}/${f.severity}: ${what}`);
    console.log(`         ${(f.message ?? f.title ?? '').replace(/\s+/g, ' ').slice(0, 160)}`);
  }
}

export function runFresh(c: FreshCorpus): void {
  const list = process.argv.includes('--list');
  const showHoldout = process.argv.includes('--show-holdout');
  const keep = process.argv.includes('--keep');
  const cliIdx = process.argv.indexOf('--cli');
  const cli = cliIdx >= 0 ? process.argv[cliIdx + 1]! : join(repoRoot(), 'bin', 'launchready.js');

  const t0 = performance.now();
  const b = build(c);
  const buildMs = performance.now() - t0;
  const secrets = b.items.filter((i) => i.label === 'secret');
  const histOnly = secrets.filter((i) => !i.headLines);
  const decoys = b.items.filter((i) => i.label === 'decoy');
  const commits = git(b.dir, ['rev-list', '--all', '--count']);
  const banner = c.banner ?? `${c.ordinal} fresh repository (self-made by a ${c.ordinal} author, held out: never tuned on)`;
  console.log(`${banner}: ${b.files.length} files, ${commits} commits, built in ${(buildMs / 1000).toFixed(1)} s${keep ? ` at ${b.dir}` : ''}`);
  const inMessages = b.items.filter((i) => i.path === COMMIT_MSG);
  const counts =
    c.messageLabels === false
      ? `items: ${secrets.length} secrets (${histOnly.length} only in history), ${decoys.length} decoys`
      : `items: ${secrets.length} secrets (${histOnly.length} only in history, of which ${inMessages.filter((i) => i.label === 'secret').length} only in commit messages), ${decoys.length} decoys (${inMessages.filter((i) => i.label === 'decoy').length} in commit messages)`;
  console.log(b.split ? `${counts}; holdout ${b.items.filter((i) => i.set === 'holdout').length} of ${b.items.length} (every 3rd)` : counts);

  if (process.argv.includes('--build-only')) {
    console.log(`repository kept at ${b.dir}`);
    return;
  }
  try {
    const runs = [
      { name: 'tree', history: false, ...scan(cli, b.dir, false) },
      { name: 'history', history: true, ...scan(cli, b.dir, true) },
    ];
    const parts = b.split ? (['tune', 'holdout', 'overall'] as const) : (['overall'] as const);
    const partCol = (part: string) => (b.split ? part.padEnd(9) : '');
    for (const [title, minSev] of [['fail/warn at any severity', 0], ['fail/warn at medium or above', 2]] as const) {
      console.log(`\n${title}:`);
      console.log(`${'scan'.padEnd(9)}${partCol('part')}${'recall'.padEnd(20)}${'precision'.padEnd(20)}decoys flagged`);
      for (const r of runs) {
        const s = score(b, r.findings, r.history, minSev);
        for (const part of parts) {
          const x = s[part];
          console.log(`${r.name.padEnd(9)}${partCol(part)}${ratio(x.recall.hit, x.recall.n).padEnd(20)}${ratio(x.precision.tp, x.precision.all).padEnd(20)}${ratio(x.decoysFlagged.hit, x.decoysFlagged.n)}`);
        }
      }
    }
    for (const r of runs) {
      const s = score(b, r.findings, r.history, 0);
      if (!b.split) {
        const x = s.overall;
        console.log(`\n${r.name} scan (${(r.ms / 1000).toFixed(1)} s, ${r.findings.length} findings in the report): ${x.misses.length} misses, ${x.fps.length} false positives${list ? '' : ' (listing withheld: --list)'}`);
        if (x.other.length) console.log(`  not scored (policy): ${x.other.map((f) => `${f.checkId} ${f.status}`).join(', ')}`);
        if (list) printListing(x);
        continue;
      }
      console.log(`\n${r.name} scan (${(r.ms / 1000).toFixed(1)} s, ${r.findings.length} findings in the report):`);
      if (s.overall.other.length) console.log(`  not scored (policy): ${s.overall.other.map((f) => `${f.checkId} ${f.status}`).join(', ')}`);
      for (const part of showHoldout ? (['tune', 'holdout'] as const) : (['tune'] as const)) {
        const x = s[part];
        console.log(`  ${part}: ${x.misses.length} misses, ${x.fps.length} false positives`);
        printListing(x);
      }
      if (!showHoldout) console.log(`  holdout: ${s.holdout.misses.length} misses, ${s.holdout.fps.length} false positives (listing withheld; --show-holdout)`);
    }
  } finally {
    if (!keep) rmSync(b.dir, { recursive: true, force: true });
  }
}
