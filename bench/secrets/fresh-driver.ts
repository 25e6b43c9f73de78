/**
 * The driver the fourth to seventh fresh-repository benches share (issue 14, "a repository that you do not see"):
 * each of bench/secrets/fresh4.ts … fresh7.ts names its corpus (templates, history steps, value generator,
 * git identity) and calls runFresh. Not a test: it prints figures and asserts nothing.
 *
 *   node dist/bench/secrets/fresh<N>.js [--list] [--keep] [--cli PATH] [--build-only]
 *
 * It builds the corpus's git repository in a temporary folder, runs the built CLI on it as a user would
 * (`secrets --format json`, tree and `--history`) and scores the findings against the labels: `secret` lines must
 * get a fail or warn finding on their file and line (history-only ones at the commit that introduced them;
 * commit-message items as `COMMIT_MSG`), `decoy` lines must not. Misses and false positives are listed only with
 * --list. A written file that `.gitignore` hides would be labelled but never committed: such a corpus is refused.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

type Label = 'secret' | 'decoy';

/** What the driver needs of a corpus's value generator (each corpus has its own, with its own seed). */
export interface ValuesLike {
  value(spec: string): string;
}

/** One commit of a corpus's history (its steps.ts). */
export interface FreshStep {
  message: string;
  date: string;
  author: string;
  branch?: string;
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
}

interface Item {
  id: string;
  label: Label;
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

function repoRoot(): string {
  let d = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(d, 'package.json')) || !readFileSync(join(d, 'package.json'), 'utf8').includes('"name": "launchready"')) d = dirname(d);
  return d;
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
    const msg = render(COMMIT_MSG, step.message, values);
    git(dir, ['commit', '-q', '-m', msg.text], env);
    const sha = git(dir, ['rev-parse', 'HEAD']);
    // the labels' line numbers are only right if git stored the message as rendered (no whitespace clean-up)
    const stored = execFileSync('git', ['log', '-1', '--format=%B', sha], { cwd: dir, encoding: 'utf8' }).replace(/\n+$/, '');
    if (stored !== msg.text.replace(/\n+$/, '')) throw new Error(`commit message of "${step.message.split('\n')[0]}" was altered by git: ${JSON.stringify(stored)}`);
    written.push([COMMIT_MSG, msg]);
    const ml: LineMap = new Map();
    for (const mk of msg.marks) for (let l = mk.lines[0]; l <= mk.lines[1]; l++) ml.set(l, mk.id);
    messages.set(sha, ml);
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
  return { dir, items: order.map((id) => items.get(id)!), snapshots, messages, head: git(dir, ['rev-parse', 'main']), files: [...allFiles].sort() };
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
  fps: { f: Finding; item?: Item }[];
  decoysFlagged: { hit: number; n: number };
  other: Finding[];
}

function score(b: Built, findings: Finding[], history: boolean, minSeverity: number): Score {
  const byId = new Map(b.items.map((i) => [i.id, i]));
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

  const res: Score = { recall: { hit: 0, n: 0 }, precision: { tp: 0, all: 0 }, misses: [], fps: [], decoysFlagged: { hit: 0, n: 0 }, other };
  const flaggedDecoys = new Set<string>();

  for (const f of scored) {
    const hit = touched(f);
    if (hit.some((i) => i.label === 'secret')) {
      res.precision.tp++;
      res.precision.all++;
      continue;
    }
    const decoy = hit[0];
    if (decoy) flaggedDecoys.add(decoy.id);
    res.precision.all++;
    res.fps.push({ f, item: decoy });
  }

  for (const it of b.items) {
    const inScope = history || it.headLines !== undefined;
    if (!inScope) continue;
    if (it.label === 'decoy') {
      res.decoysFlagged.n++;
      if (flaggedDecoys.has(it.id)) res.decoysFlagged.hit++;
      continue;
    }
    const found = scored.some((f) => {
      const loc = f.location;
      if (!loc?.file || !loc.line || loc.file !== it.path) return false;
      const l2 = loc.endLine ?? loc.line;
      if (it.headLines) return overlaps(it.headLines, loc.line, l2);
      return loc.commit === it.introCommit && overlaps(it.introLines, loc.line, l2);
    });
    res.recall.n++;
    if (found) res.recall.hit++;
    else res.misses.push(it);
  }
  return res;
}

const ratio = (a: number, n: number) => (n === 0 ? 'n/a' : `${(a / n).toFixed(3)} (${a}/${n})`);

export function runFresh(c: FreshCorpus): void {
  const list = process.argv.includes('--list');
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
  console.log(`${c.ordinal} fresh repository (self-made by a ${c.ordinal} author, held out: never tuned on): ${b.files.length} files, ${commits} commits, built in ${(buildMs / 1000).toFixed(1)} s${keep ? ` at ${b.dir}` : ''}`);
  const inMessages = b.items.filter((i) => i.path === COMMIT_MSG);
  console.log(`items: ${secrets.length} secrets (${histOnly.length} only in history, of which ${inMessages.filter((i) => i.label === 'secret').length} only in commit messages), ${decoys.length} decoys (${inMessages.filter((i) => i.label === 'decoy').length} in commit messages)`);

  if (process.argv.includes('--build-only')) {
    console.log(`repository kept at ${b.dir}`);
    return;
  }
  try {
    const runs = [
      { name: 'tree', history: false, ...scan(cli, b.dir, false) },
      { name: 'history', history: true, ...scan(cli, b.dir, true) },
    ];
    for (const [title, minSev] of [['fail/warn at any severity', 0], ['fail/warn at medium or above', 2]] as const) {
      console.log(`\n${title}:`);
      console.log(`${'scan'.padEnd(9)}${'recall'.padEnd(20)}${'precision'.padEnd(20)}decoys flagged`);
      for (const r of runs) {
        const x = score(b, r.findings, r.history, minSev);
        console.log(`${r.name.padEnd(9)}${ratio(x.recall.hit, x.recall.n).padEnd(20)}${ratio(x.precision.tp, x.precision.all).padEnd(20)}${ratio(x.decoysFlagged.hit, x.decoysFlagged.n)}`);
      }
    }
    for (const r of runs) {
      const x = score(b, r.findings, r.history, 0);
      console.log(`\n${r.name} scan (${(r.ms / 1000).toFixed(1)} s, ${r.findings.length} findings in the report): ${x.misses.length} misses, ${x.fps.length} false positives${list ? '' : ' (listing withheld: --list)'}`);
      if (x.other.length) console.log(`  not scored (policy): ${x.other.map((f) => `${f.checkId} ${f.status}`).join(', ')}`);
      if (!list) continue;
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
  } finally {
    if (!keep) rmSync(b.dir, { recursive: true, force: true });
  }
}
