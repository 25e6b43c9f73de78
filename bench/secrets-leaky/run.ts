/**
 * Secrets vs Plazmaz/leaky-repo (third-party material; not CI: a bench prints figures and asserts nothing).
 *
 *   LEAKY_REPO_SRC=/path/to/leaky-repo node dist/bench/secrets-leaky/run.js [--rows]
 *
 * Without LEAKY_REPO_SRC it says it skipped (exit 0); a path that does not exist exits 2.
 *
 * leaky-repo is a benchmark repository for secret scanners: files of commonly leaked credential formats (dotfiles,
 * FTP/SFTP client configs, database clients, htpasswd/shadow, a browser profile, a MySQL dump) whose author counts
 * the "risk" lines of each file in `.leaky-meta/secrets.csv`. LEAKY_REPO_SRC is a clone or a bare mirror (it is
 * cloned into a temporary folder). The bench runs the built CLI as a user would (`secrets <clone> --format json`) and
 * prints, at any severity and at medium or above (fail or warn), the risk lines found (per file at most the file's
 * count: launchready reports each value once per file) and the files with a risk that got at least one finding.
 * Findings beyond a file's risk count and findings in files the CSV does not list are printed too (leaky-repo's
 * "informative" lines, such as an access key id next to its secret, are not counted either way).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot } from '../secrets/fresh-driver.js';

interface Finding {
  checkId: string;
  status: string;
  severity: string;
  location?: { file?: string; line?: number };
}

const SEVERITY = ['info', 'low', 'medium', 'high', 'critical'];


/** file → risk line count, from leaky-repo's own `.leaky-meta/secrets.csv` ("name,num_risk,num_informative"). */
export function parseRiskCounts(csv: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const raw of csv.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const [name, risk] = line.split(',');
    if (name && risk !== undefined && /^\d+$/.test(risk.trim())) out.set(name.trim().replace(/^\//, ''), Number(risk.trim()));
  }
  return out;
}

function score(risk: Map<string, number>, findings: Finding[], minSeverity: string, rows: boolean): void {
  const lines = new Map<string, Set<number>>();
  for (const f of findings) {
    if (f.status !== 'fail' && f.status !== 'warn') continue;
    if (!f.checkId.startsWith('secrets/') || !f.location?.file || SEVERITY.indexOf(f.severity) < SEVERITY.indexOf(minSeverity)) continue;
    let s = lines.get(f.location.file);
    if (!s) lines.set(f.location.file, (s = new Set()));
    s.add(f.location.line ?? 0);
  }
  let total = 0;
  let found = 0;
  let files = 0;
  let covered = 0;
  let beyond = 0;
  for (const [file, n] of risk) {
    const got = lines.get(file)?.size ?? 0;
    total += n;
    found += Math.min(got, n);
    if (n > 0) {
      files++;
      if (got > 0) covered++;
    }
    beyond += Math.max(0, got - n);
    if (rows) console.log(`  ${file.padEnd(42)} risk ${n}  found ${got}`);
  }
  const unlisted = [...lines.keys()].filter((f) => !risk.has(f));
  console.log(
    `${minSeverity === 'low' ? 'any severity      ' : 'medium or above   '} risk lines ${found}/${total} = ${(found / total).toFixed(3)}; files covered ${covered}/${files}; findings beyond a file's risk count ${beyond}; in unlisted files ${unlisted.length}${unlisted.length ? ` (${unlisted.join(', ')})` : ''}`,
  );
}

function main(): void {
  const src = process.env.LEAKY_REPO_SRC;
  // unset: skipped and said (`npm run bench` runs every area); set to a missing path: a usage error
  if (!src) return void console.log('skipped: set LEAKY_REPO_SRC to a clone or mirror of Plazmaz/leaky-repo');
  if (!existsSync(src)) {
    console.error(`LEAKY_REPO_SRC=${src}: not found (a clone or mirror of Plazmaz/leaky-repo)`);
    process.exit(2);
  }
  const dir = mkdtempSync(join(tmpdir(), 'lr-leaky-'));
  try {
    execFileSync('git', ['clone', '-q', src, join(dir, 'repo')]);
    const repo = join(dir, 'repo');
    const risk = parseRiskCounts(readFileSync(join(repo, '.leaky-meta', 'secrets.csv'), 'utf8'));
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim();
    const cli = join(repoRoot(), 'bin', 'launchready.js');
    const r = spawnSync(process.execPath, [cli, 'secrets', repo, '--format', 'json', '--no-progress'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.status !== 0 && r.status !== 1) throw new Error(`launchready secrets exited ${r.status}: ${(r.stderr || r.stdout).slice(0, 500)}`);
    const findings = (JSON.parse(r.stdout) as { findings: Finding[] }).findings;
    console.log(`Plazmaz/leaky-repo at ${head.slice(0, 12)} (third-party material): ${risk.size} files listed, ${[...risk.values()].reduce((a, b) => a + b, 0)} risk lines`);
    score(risk, findings, 'low', process.argv.includes('--rows'));
    score(risk, findings, 'medium', false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
