/**
 * Scoring for the blind evaluation (issue #9): samples through the engine's scanText, the repository through the
 * `secrets --history` command. A positive counts as found when a finding of severity >= medium lands on its
 * lines; a negative is a false positive when a finding >= medium lands on its lines (or anywhere in its small
 * file: a look-alike sample holds nothing else). Test-mode and public keys are low/info by classification.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { scanText, type SecretMatch } from '../../src/checks/secrets/engine.js';
import { main } from '../../src/cli/main.js';
import { generateCorpus, type Sample } from './blind-corpus.js';
import { buildBlindRepo, type Expected } from './blind-repo.js';

const RANK: Record<string, number> = { info: 0, low: 1, medium: 2, high: 3, critical: 4 };

/** the severity a match ends up with in a report (checks.ts: public -> info, test -> low/info) */
export function effectiveSeverity(m: SecretMatch): string {
  if (m.kind === 'public') return 'info';
  if (m.kind === 'test') return m.severity === 'info' ? 'info' : 'low';
  return m.severity;
}

export interface SampleResult {
  sample: Sample;
  hits: SecretMatch[];
}

export interface SampleScore {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
  recall: number;
  precision: number;
  misses: SampleResult[];
  falsePositives: SampleResult[];
  providers: number;
}

export function scoreSamples(seed?: number): SampleScore {
  const corpus = generateCorpus(seed);
  let tp = 0;
  let fn = 0;
  let fp = 0;
  let tn = 0;
  const misses: SampleResult[] = [];
  const falsePositives: SampleResult[] = [];
  for (const s of corpus.positives) {
    const hits = scanText(s.text, { file: s.file }).filter((m) => RANK[effectiveSeverity(m)]! >= 2 && m.line <= s.endLine && m.endLine >= s.line);
    if (hits.length) tp++;
    else {
      fn++;
      misses.push({ sample: s, hits: scanText(s.text, { file: s.file }) });
    }
  }
  for (const s of corpus.negatives) {
    const hits = scanText(s.text, { file: s.file }).filter((m) => RANK[effectiveSeverity(m)]! >= 2);
    if (hits.length) {
      fp++;
      falsePositives.push({ sample: s, hits });
    } else tn++;
  }
  return { tp, fn, fp, tn, recall: tp / (tp + fn), precision: tp / (tp + fp), misses, falsePositives, providers: corpus.providers };
}

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer, _e: string, cb: () => void) {
    this.text += chunk.toString();
    cb();
  }
}

export interface RepoFinding {
  checkId: string;
  status: string;
  severity: string;
  messageId?: string;
  location: { file?: string; line?: number; endLine?: number; commit?: string };
}

export interface RepoScore {
  expected: number;
  found: number;
  recall: number;
  precision: number;
  missed: Expected[];
  /** reported >= medium but matching no planted secret, or a second report of one */
  extra: RepoFinding[];
  /** matched on file and line but with the wrong (or no) commit */
  wrongCommit: { exp: Expected; got: RepoFinding }[];
  commits: number;
}

export async function scoreRepo(seed?: number): Promise<RepoScore> {
  const dir = mkdtempSync(join(tmpdir(), 'lr-blind-repo-'));
  try {
    const repo = buildBlindRepo(dir, seed);
    const out = new Sink();
    const err = new Sink();
    const code = await main(['secrets', dir, '--history', '--format', 'json'], { stdout: out, stderr: err, env: { NO_COLOR: '1' }, cwd: dir });
    if (code === 2) throw new Error(`secrets command failed: ${err.text}`);
    const rep = JSON.parse(out.text) as { findings: RepoFinding[] };
    const reported = rep.findings.filter((f) => (f.status === 'fail' || f.status === 'warn') && RANK[f.severity]! >= 2 && f.checkId.startsWith('secrets/'));
    const used = new Set<RepoFinding>();
    const missed: Expected[] = [];
    const wrongCommit: { exp: Expected; got: RepoFinding }[] = [];
    let found = 0;
    for (const e of repo.expected) {
      const onLine = reported.filter((f) => !used.has(f) && f.location.file === e.file && (f.location.line ?? 0) <= e.endLine && (f.location.endLine ?? f.location.line ?? 0) >= e.line);
      const exact = onLine.find((f) => f.location.commit === e.commit);
      if (exact) {
        used.add(exact);
        found++;
      } else if (onLine.length) {
        used.add(onLine[0]!);
        wrongCommit.push({ exp: e, got: onLine[0]! });
        missed.push(e);
      } else missed.push(e);
    }
    const extra = reported.filter((f) => !used.has(f));
    return { expected: repo.expected.length, found, recall: found / repo.expected.length, precision: found / (found + extra.length + wrongCommit.length), missed, extra, wrongCommit, commits: repo.commits };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
