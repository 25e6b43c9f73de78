/**
 * Secrets benchmark: a synthetic ~200 MB tree with planted fake secrets and a synthetic 5,000-commit history
 * (built with `git fast-import`) in a temp dir, then launchready and secretlint@12 (preset-recommend) on the
 * same tree in the same run. Prints MB/s for both, the ratio, planted-secret recall, and the history time.
 *
 * Then three trees of --dense-mb (30) MB each: clean, one planted secret per 40 KB and one per 4 KB, each scanned
 * --reps (3) times by both whole CLIs, interleaved, under GNU time (wall, CPU, peak RSS); the median is printed
 * with the load average before each run (the machines are shared): speed must not collapse, nor memory grow,
 * with findings. secretlint's own time grows faster than its input (its built-in profiler searches the list of
 * every performance mark for each new mark), so ratios are only comparable at the same tree size.
 *
 *   node dist/bench/secrets/run.js [--mb 200] [--commits 5000] [--dense-mb 30] [--reps 3] [--compare-cli PATH] [--dense-only] [--skip-dense] [--skip-secretlint] [--keep]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fakeSecret } from '../../src/checks/secrets/fake.js';
import { scanRepo, type RepoSource } from '../../src/checks/secrets/scan.js';
import { listRepoFiles, readTextFile } from '../../src/probes/fs-walk.js';
import { catBlobs, gitInfo, headBlobs, historyBlobs } from '../../src/probes/git.js';

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : def;
}
const flag = (name: string) => process.argv.includes(`--${name}`);

function repoRoot(): string {
  let d = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(d, 'package.json')) || !readFileSync(join(d, 'package.json'), 'utf8').includes('"name": "launchready"')) d = dirname(d);
  return d;
}

let rs = 12345;
const rnd = () => ((rs = (Math.imul(rs, 1103515245) + 12345) >>> 0) / 0x100000000);
const pick = <T>(a: T[]): T => a[Math.floor(rnd() * a.length)]!;
const ident = () => pick(['user', 'order', 'item', 'cart', 'price', 'token', 'session', 'config', 'api', 'client', 'result', 'data', 'value', 'key', 'secret', 'password', 'count', 'total']) + pick(['', 'Id', 'Count', 'List', 'Map', 'Name', 'Url', 'Key', 'Token', 'Service']);

const CODE_LINES: (() => string)[] = [
  () => `import { ${ident()} } from './${ident()}';`,
  () => `export function get${ident()}(${ident()}: string): Promise<${pick(['string', 'number', 'User', 'Order'])}> {`,
  () => `  const ${ident()} = await fetch(\`\${baseUrl}/api/${ident()}\`, { headers: { Authorization: \`Bearer \${token}\` } });`,
  () => `  if (!${ident()}) throw new Error('${ident()} is required');`,
  () => `  return ${ident()}.${ident()}.map((x) => x.${ident()});`,
  () => `}`,
  () => `// TODO: handle ${ident()} when the ${ident()} expires`,
  () => `const apiKey = process.env.${pick(['STRIPE_SECRET_KEY', 'API_KEY', 'SENDGRID_KEY'])};`,
  () => `  password: string;`,
  () => `  tokenCount: ${Math.floor(rnd() * 1000)},`,
  () => `const sessionSecret = config.get('session.secret');`,
  () => `  "${ident()}": "${pick(['production', 'v1.2.3', 'enabled', 'https://example.com/x'])}",`,
  () => `describe('${ident()}', () => { it('works', () => expect(${ident()}(${Math.floor(rnd() * 99)})).toBe(true)); });`,
  () => `<div className="${ident()}">{${ident()}.${ident()}}</div>`,
  () => `    const hash = "${Array.from({ length: 40 }, () => '0123456789abcdef'[Math.floor(rnd() * 16)]).join('')}";`,
  () => `SELECT id, ${ident()} FROM ${ident()}s WHERE ${ident()} = $1 AND created_at > now() - interval '1 day';`,
];
const PLANT_RULES = ['stripe-secret-key', 'aws-access-key', 'github-pat', 'openai-api-key', 'slack-bot-token', 'sendgrid-api-token', 'gitlab-pat', 'npm-access-token', 'anthropic-api-key', 'google-oauth-client-secret', 'generic-secret', 'private-key'];

function plantLine(ruleId: string, secret: string): string {
  if (ruleId === 'generic-secret') return `JWT_SECRET="${secret}"`;
  return `const cfg = { key: "${secret}" };`;
}

interface Planted {
  file: string;
  secret: string;
  rule: string;
}

function generateTree(dir: string, mb: number): { bytes: number; planted: Planted[]; files: number } {
  const target = mb * 1024 * 1024;
  let bytes = 0;
  let n = 0;
  const planted: Planted[] = [];
  while (bytes < target) {
    const kind = pick(['ts', 'ts', 'ts', 'js', 'json', 'md', 'min.js']);
    const sub = `pkg${n % 40}/src/${pick(['api', 'lib', 'ui', 'server', 'utils'])}`;
    const file = `${sub}/${ident()}${n}.${kind}`;
    const lines: string[] = [];
    let size = 0;
    const want = 20_000 + Math.floor(rnd() * 80_000);
    while (size < want) {
      const l = kind === 'min.js' ? Array.from({ length: 40 }, () => pick(CODE_LINES)()).join(';') : pick(CODE_LINES)();
      lines.push(l);
      size += l.length + 1;
    }
    if (n % 25 === 0) {
      const rule = PLANT_RULES[(n / 25) % PLANT_RULES.length]!;
      const secret = rule === 'private-key' ? fakeSecret('private-key') : fakeSecret(rule);
      lines.splice(Math.floor(rnd() * lines.length), 0, rule === 'private-key' ? secret : plantLine(rule, secret));
      planted.push({ file, secret, rule });
    }
    const text = lines.join('\n') + '\n';
    mkdirSync(join(dir, sub), { recursive: true });
    writeFileSync(join(dir, file), text);
    bytes += Buffer.byteLength(text);
    n++;
  }
  return { bytes, planted, files: n };
}

/** A 5,000-commit history in one `git fast-import` stream: small edits, some planting a secret that a later commit removes. */
function generateHistory(dir: string, commits: number): { planted: string[] } {
  execFileSync('git', ['init', '-q', '-b', 'main', dir]);
  const parts: string[] = [];
  const planted: string[] = [];
  let mark = 0;
  for (let c = 0; c < commits; c++) {
    const files: [string, string][] = [];
    const k = 1 + Math.floor(rnd() * 3);
    for (let i = 0; i < k; i++) {
      const lines = Array.from({ length: 30 + Math.floor(rnd() * 60) }, () => pick(CODE_LINES)());
      if (c % 100 === 7 && i === 0) {
        const s = fakeSecret(PLANT_RULES[Math.floor(c / 100) % (PLANT_RULES.length - 1)]!);
        planted.push(s);
        lines.push(`JWT_SECRET="${s}"`);
      }
      files.push([`mod${c % 200}/file${i}.ts`, lines.join('\n') + '\n']);
    }
    const blobs = files.map(([p, body]) => {
      mark++;
      parts.push(`blob\nmark :${mark}\ndata ${Buffer.byteLength(body)}\n${body}\n`);
      return [p, mark] as const;
    });
    const msg = `change ${c}`;
    const t = 1700000000 + c * 60;
    parts.push(`commit refs/heads/main\ncommitter Bench <b@bench.test> ${t} +0000\ndata ${msg.length}\n${msg}\n${blobs.map(([p, m]) => `M 100644 :${m} ${p}`).join('\n')}\n\n`);
  }
  const r = spawnSync('git', ['fast-import', '--quiet'], { cwd: dir, input: parts.join(''), maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`git fast-import failed: ${r.stderr.toString()}`);
  execFileSync('git', ['checkout', '-q', 'main'], { cwd: dir });
  return { planted };
}

/**
 * A tree of `mb` MB, with the main tree's mix of file kinds, and one planted secret per `every` bytes (0 = none),
 * each unique, drawn round-robin from the planted rules. Findings-dense trees are where a scanner that redacts with one regex of every value found
 * slows to a crawl (issue 14: 7,800 findings in 30 MB), so the bench measures clean and dense trees alike.
 */
function generateDense(dir: string, mb: number, every: number): { bytes: number; planted: number } {
  const target = mb * 1024 * 1024;
  let bytes = 0;
  let planted = 0;
  let n = 0;
  let sinceSecret = 0;
  while (bytes < target) {
    // the same mix of file kinds as the main tree (code, JSON, markdown, minified bundles with long lines)
    const kind = pick(['ts', 'ts', 'ts', 'js', 'json', 'md', 'min.js']);
    const file = `pkg${n % 30}/src/${ident()}${n}.${kind}`;
    const lines: string[] = [];
    let size = 0;
    while (size < 64 * 1024) {
      let l = kind === 'min.js' ? Array.from({ length: 40 }, () => pick(CODE_LINES)()).join(';') : pick(CODE_LINES)();
      if (every > 0 && sinceSecret >= every) {
        const rule = PLANT_RULES[planted % (PLANT_RULES.length - 1)]!;
        l = plantLine(rule, fakeSecret(rule));
        planted++;
        sinceSecret = 0;
      }
      lines.push(l);
      size += l.length + 1;
      sinceSecret += l.length + 1;
    }
    const text = lines.join('\n') + '\n';
    mkdirSync(join(dir, dirname(file)), { recursive: true });
    writeFileSync(join(dir, file), text);
    bytes += Buffer.byteLength(text);
    n++;
  }
  return { bytes, planted };
}

interface Timed {
  ms: number;
  /** user + system CPU seconds of the process and its threads */
  cpuS: number;
  rssMB: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

/** One whole process under GNU time: wall clock, CPU and peak RSS, measured the same way for both tools. */
function timed(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Timed {
  const t = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', 'TIMED %U %S %M', cmd, ...args], { cwd, env, encoding: 'utf8', maxBuffer: 256 << 20 });
  const ms = performance.now() - t;
  const m = /TIMED ([\d.]+) ([\d.]+) (\d+)\s*$/.exec(r.stderr ?? '');
  if (!m) throw new Error(`${cmd} ${args.join(' ')}: no figures from /usr/bin/time (exit ${r.status}): ${(r.stderr ?? '').slice(0, 400)}`);
  return { ms, cpuS: Number(m[1]) + Number(m[2]), rssMB: Number(m[3]) / 1024, code: r.status, stdout: r.stdout ?? '', stderr: (r.stderr ?? '').replace(/TIMED .*\s*$/, '') };
}

/** launchready's whole CLI (start-up, walk, scan, checks, redaction, policy, JSON report written to a file). */
function runCli(dir: string, bin = join(repoRoot(), 'bin', 'launchready.js')): Timed & { findings: number; files: number } {
  const out = join(dirname(dir), `${basename(dir)}-report.json`);
  const r = timed(process.execPath, [bin, 'secrets', dir, '--format', 'json', '--output', out], dirname(dir));
  if (!existsSync(out)) throw new Error(`launchready CLI failed (exit ${r.code}): ${r.stderr.slice(0, 400)}`);
  const report = JSON.parse(readFileSync(out, 'utf8')) as { findings: { status: string }[]; sections?: { repo?: { filesScanned?: number } } };
  rmSync(out, { force: true });
  return { ...r, findings: report.findings.filter((f) => f.status === 'fail' || f.status === 'warn').length, files: report.sections?.repo?.filesScanned ?? -1 };
}

/** secretlint@12's CLI with preset-recommend (the npm peer), on the same folder; its config file sits outside it. */
function runSecretlintTimed(dir: string): Timed & { findings: number } {
  const root = repoRoot();
  const rc = join(dirname(dir), `${basename(dir)}.secretlintrc.json`);
  writeFileSync(rc, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));
  // its report goes to a file: piped to us, secretlint's stdout is cut short when it exits (counts varied 216-719
  // on the same tree), while --output writes every finding
  const out = join(dirname(dir), `${basename(dir)}.secretlint.txt`);
  const r = timed(process.execPath, [join(root, 'node_modules', 'secretlint', 'bin', 'secretlint.js'), '**/*', '--secretlintrc', rc, '--format', 'compact', '--output', out], dir, { ...process.env, NODE_PATH: join(root, 'node_modules') });
  const text = existsSync(out) ? readFileSync(out, 'utf8') : '';
  rmSync(out, { force: true });
  // compact format: one line per finding, "path: line N, col M, Error - message"
  return { ...r, findings: text.split('\n').filter((l) => /: line \d+, col \d+/.test(l)).length };
}

function countFiles(dir: string): number {
  return Number(execFileSync('sh', ['-c', 'find . -type f | wc -l'], { cwd: dir, encoding: 'utf8' }).trim());
}

const median = (xs: number[]): number => {
  const a = [...xs].sort((x, y) => x - y);
  return a.length % 2 ? a[a.length >> 1]! : (a[a.length / 2 - 1]! + a[a.length / 2]!) / 2;
};
const load = (): string => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

async function denseBench(base: string): Promise<void> {
  const mb = Number(arg('dense-mb', '30'));
  const reps = Math.max(1, Number(arg('reps', '3')));
  const sl = !flag('skip-secretlint');
  console.log(`\n-- findings-dense vs clean trees (${mb} MB each, self-made): whole processes, both tools on the same folder, ${reps} run(s) each, interleaved; median shown --`);
  console.log('   wall = elapsed time of the whole process (start-up included); CPU = user + system of all its threads; RSS = peak resident set (GNU time)');
  // --compare-cli PATH: another build's bin/launchready.js (e.g. the commit before a change), run in the same loop
  const other = arg('compare-cli', '');
  const rows: { name: string; lr: ReturnType<typeof runCli>[]; sl: ReturnType<typeof runSecretlintTimed>[]; ot: ReturnType<typeof runCli>[]; bytes: number }[] = [];
  for (const [name, every] of [['clean', 0], ['1 secret / 40 KB', 40 * 1024], ['1 secret / 4 KB', 4 * 1024]] as const) {
    const dir = join(base, `dense-${every}`);
    mkdirSync(dir);
    const g = generateDense(dir, mb, every);
    const files = countFiles(dir);
    const row: (typeof rows)[number] = { name, lr: [], sl: [], ot: [], bytes: g.bytes };
    const loads: string[] = [];
    for (let i = 0; i < reps; i++) {
      loads.push(load());
      row.lr.push(runCli(dir));
      if (other) row.ot.push(runCli(dir, other));
      if (sl && every !== 40 * 1024) row.sl.push(runSecretlintTimed(dir));
    }
    rows.push(row);
    const MB = g.bytes / 1e6;
    const lrMs = median(row.lr.map((r) => r.ms));
    const lrLine = `launchready ${(lrMs / 1000).toFixed(2)} s = ${(MB / (lrMs / 1000)).toFixed(1)} MB/s wall, CPU ${median(row.lr.map((r) => r.cpuS)).toFixed(2)} s, peak RSS ${median(row.lr.map((r) => r.rssMB)).toFixed(0)} MB, ${row.lr[0]!.findings} fail/warn findings, ${row.lr[0]!.files} files`;
    console.log(`${name} (${MB.toFixed(1)} MB, ${files} files, ${g.planted} planted; load average before each run: ${loads.join(' | ')})`);
    console.log(`  ${lrLine}`);
    if (row.ot.length) {
      const otMs = median(row.ot.map((r) => r.ms));
      console.log(`  compare-cli ${(otMs / 1000).toFixed(2)} s = ${(MB / (otMs / 1000)).toFixed(1)} MB/s wall, CPU ${median(row.ot.map((r) => r.cpuS)).toFixed(2)} s, peak RSS ${median(row.ot.map((r) => r.rssMB)).toFixed(0)} MB, ${row.ot[0]!.findings} fail/warn findings (${other})`);
      if (row.sl.length) console.log(`  -> compare-cli ${(median(row.sl.map((r) => r.ms)) / otMs).toFixed(1)}x secretlint's MB/s (wall)`);
    }
    if (row.sl.length) {
      const slMs = median(row.sl.map((r) => r.ms));
      console.log(`  secretlint@12 ${(slMs / 1000).toFixed(2)} s = ${(MB / (slMs / 1000)).toFixed(2)} MB/s wall, CPU ${median(row.sl.map((r) => r.cpuS)).toFixed(2)} s, peak RSS ${median(row.sl.map((r) => r.rssMB)).toFixed(0)} MB, ${row.sl[0]!.findings} findings`);
      console.log(`  -> launchready ${(slMs / lrMs).toFixed(1)}x secretlint's MB/s (wall), ${(median(row.sl.map((r) => r.cpuS)) / median(row.lr.map((r) => r.cpuS))).toFixed(1)}x per CPU-second`);
    }
    console.log(`  all runs, launchready wall s: ${row.lr.map((r) => (r.ms / 1000).toFixed(2)).join(' ')}${row.sl.length ? `; secretlint: ${row.sl.map((r) => (r.ms / 1000).toFixed(2)).join(' ')}` : ''}`);
    if (!flag('keep')) rmSync(dir, { recursive: true, force: true });
  }
  const a = rows[1]!;
  const b = rows[2]!;
  const ra = median(a.lr.map((r) => r.rssMB));
  const rb = median(b.lr.map((r) => r.rssMB));
  console.log(`findings x${(b.lr[0]!.findings / Math.max(1, a.lr[0]!.findings)).toFixed(1)} (${a.lr[0]!.findings} -> ${b.lr[0]!.findings}): peak RSS x${(rb / ra).toFixed(2)} (${ra.toFixed(0)} -> ${rb.toFixed(0)} MB)`);
  if (other) {
    const oa = median(a.ot.map((r) => r.rssMB));
    const ob = median(b.ot.map((r) => r.rssMB));
    console.log(`compare-cli: peak RSS x${(ob / oa).toFixed(2)} (${oa.toFixed(0)} -> ${ob.toFixed(0)} MB)`);
  }
}

export async function main(): Promise<void> {
  const mb = Number(arg('mb', '200'));
  const commits = Number(arg('commits', '5000'));
  const base = mkdtempSync(join(tmpdir(), 'launchready-bench-'));
  const treeDir = join(base, 'tree');
  const histDir = join(base, 'history');
  mkdirSync(treeDir);
  try {
    if (flag('dense-only')) {
      await denseBench(base);
      return;
    }
    let t = performance.now();
    const gen = generateTree(treeDir, mb);
    console.log(`generated ${gen.files} files, ${(gen.bytes / 1e6).toFixed(1)} MB, ${gen.planted.length} planted secrets in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    // launchready: walk + read + scan, worker threads across cores
    t = performance.now();
    const listing = await listRepoFiles(treeDir, {});
    const parallel = await scanRepo({ root: treeDir, files: listing.files, read: (p) => readTextFile(treeDir, p), maxFileBytes: 10 << 20 }, { history: false });
    const lrMs = performance.now() - t;
    const found = new Set(parallel.findings.map((m) => m.secret));
    const recall = gen.planted.filter((p) => found.has(p.secret)).length / gen.planted.length;
    const lrMBs = gen.bytes / 1e6 / (lrMs / 1000);
    console.log(`launchready (walk + read + scan, main thread + ${Math.max(1, availableParallelism() - 1)} worker thread(s)): ${(lrMs / 1000).toFixed(2)} s, ${lrMBs.toFixed(1)} MB/s, ${parallel.findings.length} findings, planted recall ${recall.toFixed(3)}`);

    t = performance.now();
    const single = await scanRepo({ root: treeDir, files: listing.files, read: (p) => readTextFile(treeDir, p), maxFileBytes: 10 << 20 }, { history: false, parallel: false });
    const singleMs = performance.now() - t;
    console.log(`launchready (single thread, in-process scanRepo): ${(singleMs / 1000).toFixed(2)} s, ${(gen.bytes / 1e6 / (singleMs / 1000)).toFixed(1)} MB/s, ${single.findings.length} findings`);

    // the fair comparison: both whole CLIs as a user runs them, same folder, one after the other
    const cli = runCli(treeDir);
    const cliMBs = gen.bytes / 1e6 / (cli.ms / 1000);
    console.log(`launchready CLI (whole process: start-up, walk, scan, report): ${(cli.ms / 1000).toFixed(2)} s, ${cliMBs.toFixed(1)} MB/s, CPU ${cli.cpuS.toFixed(2)} s, peak RSS ${cli.rssMB.toFixed(0)} MB, ${cli.findings} findings (load ${load()})`);
    if (!flag('skip-secretlint')) {
      const sl = runSecretlintTimed(treeDir);
      const slMBs = gen.bytes / 1e6 / (sl.ms / 1000);
      console.log(`secretlint@12 CLI (preset-recommend): ${(sl.ms / 1000).toFixed(2)} s, ${slMBs.toFixed(2)} MB/s, CPU ${sl.cpuS.toFixed(2)} s, peak RSS ${sl.rssMB.toFixed(0)} MB, ${sl.findings} findings (exit ${sl.code})`);
      console.log(`ratio (CLI vs CLI): launchready is ${(cliMBs / slMBs).toFixed(1)}x secretlint's MB/s`);
    }

    if (!flag('skip-dense')) await denseBench(base);

    t = performance.now();
    const hist = generateHistory(histDir, commits);
    console.log(`history: ${commits} commits via git fast-import in ${((performance.now() - t) / 1000).toFixed(1)} s, ${hist.planted.length} planted secrets`);
    t = performance.now();
    const info = (await gitInfo(histDir))!;
    const hlisting = await listRepoFiles(histDir, {});
    const source: RepoSource = {
      root: histDir,
      files: hlisting.files,
      read: (p) => readTextFile(histDir, p),
      maxFileBytes: 10 << 20,
      history: { blobs: () => historyBlobs(histDir, info), head: () => headBlobs(histDir, info), cat: (ids, max, on) => catBlobs(histDir, ids, max, on) },
    };
    const hs = await scanRepo(source, { history: true });
    const hMs = performance.now() - t;
    const hfound = new Set(hs.findings.map((f) => f.secret));
    const hRecall = hist.planted.filter((s) => hfound.has(s)).length / hist.planted.length;
    console.log(
      `history scan: ${(hMs / 1000).toFixed(2)} s for ${hs.commitsWithBlobs} commits, ${hs.blobsScanned} unique blobs (${(hs.historyBytes / 1e6).toFixed(1)} MB), ${hs.findings.length} findings, planted recall ${hRecall.toFixed(3)}`,
    );
  } finally {
    if (!flag('keep')) rmSync(base, { recursive: true, force: true });
    else console.log(`kept ${base}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
}
