import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import { fakeSecret } from '../../src/checks/secrets/fake.js';
import { globToRegExp } from '../../src/checks/secrets/scan.js';
import { withChecksum62 } from '../../src/checks/secrets/validators.js';
import { randomFrom } from '../../src/checks/secrets/rule-dsl.js';

function repoRoot(): string {
  let d = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(d, 'package.json')) || !readFileSync(join(d, 'package.json'), 'utf8').includes('"name": "launchready"')) d = dirname(d);
  return d;
}

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer, _e: string, cb: () => void) {
    this.text += chunk.toString();
    cb();
  }
}

async function run(args: string[], cwd: string) {
  const stdout = new Sink();
  const stderr = new Sink();
  const code = await main(args, { stdout, stderr, env: { NO_COLOR: '1' }, cwd });
  return { code, out: stdout.text, err: stderr.text };
}

function git(cwd: string, ...args: string[]) {
  execFileSync('git', ['-c', 'user.email=t@t.test', '-c', 'user.name=t', '-c', 'commit.gpgsign=false', ...args], { cwd, stdio: 'pipe' });
}

const STRIPE = fakeSecret('stripe-secret-key');
const AWS = fakeSecret('aws-access-key');
const GH = withChecksum62('ghp_', randomFrom('A-Za-z0-9', 30));
const GHO = withChecksum62('gho_', randomFrom('A-Za-z0-9', 30));

describe('secrets command on a git repository', () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'lr-secrets-'));
    git(dir, 'init', '-q', '-b', 'main');
    writeFileSync(join(dir, '.gitignore'), 'dist/\n.env.local\nignored-tracked.txt\n');
    writeFileSync(join(dir, 'pay.ts'), `// payments\nexport const key = '${STRIPE}';\n`);
    writeFileSync(join(dir, 'old.json'), `{"aws": "${AWS}"}\n`);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'one');
    // same AWS key copied elsewhere later: reported once, at the first commit
    writeFileSync(join(dir, 'copy.json'), `{"aws": "${AWS}"}\n`);
    writeFileSync(join(dir, 'deploy.sh'), `export GH_TOKEN=${GH}\n`);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'two');
    git(dir, 'rm', '-q', 'old.json', 'copy.json', 'deploy.sh');
    git(dir, 'commit', '-q', '-m', 'remove');
    // tracked although ignored: still scanned; untracked ignored .env.local: not scanned
    writeFileSync(join(dir, 'ignored-tracked.txt'), `token ${fakeSecret('sendgrid-api-token')}\n`);
    git(dir, 'add', '-f', 'ignored-tracked.txt');
    git(dir, 'commit', '-q', '-m', 'three');
    // a token pasted into a commit message, in no file
    git(dir, 'commit', '-q', '--allow-empty', '-m', 'ci: switch to the bot token', '-m', `old one was ${GHO}, revoked`);
    writeFileSync(join(dir, '.env.local'), `OPENAI_API_KEY=${fakeSecret('openai-api-key')}\n`);
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'app.min.js'), `!function(){var k="${STRIPE}"}();`);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('finds tree, bundle and history secrets; each history secret once at its introducing commit', async () => {
    const r = await run(['secrets', dir, '--history', '--format', 'json'], dir);
    assert.equal(r.code, 1, r.err);
    const rep = JSON.parse(r.out);
    // a rule that found nothing reports one `clean` pass (zero coverage is an error): count what it found
    const by = (id: string) => rep.findings.filter((f: any) => f.checkId === id && f.messageId !== 'clean');
    assert.equal(rep.findings.find((f: any) => f.checkId === 'secrets/openai-api-key')?.messageId, 'clean');
    const stripe = by('secrets/stripe-secret-key');
    assert.deepEqual(stripe.map((f: any) => f.location.file).sort(), ['dist/app.min.js', 'pay.ts']);
    const bundle = stripe.find((f: any) => f.location.file === 'dist/app.min.js');
    assert.equal(bundle.severity, 'critical');
    assert.equal(bundle.messageId, 'shipped');
    const inTree = stripe.find((f: any) => f.location.file === 'pay.ts');
    assert.deepEqual([inTree.location.line, inTree.location.column], [2, 21]);
    assert.match(inTree.location.commit, /^[0-9a-f]{40}$/);
    const aws = by('secrets/aws-access-key');
    assert.equal(aws.length, 1);
    assert.equal(aws[0].location.file, 'old.json');
    assert.equal(aws[0].messageId, 'history');
    assert.equal(aws[0].severity, 'high');
    assert.equal(aws[0].meta.stillPresent, false);
    const first = execFileSync('git', ['rev-list', '--max-parents=0', 'HEAD'], { cwd: dir }).toString().trim();
    assert.equal(aws[0].location.commit, first);
    assert.equal(by('secrets/github-pat').length, 1);
    assert.equal(by('secrets/sendgrid-api-token').length, 1);
    assert.equal(by('secrets/openai-api-key').length, 0, 'untracked ignored .env.local is not scanned');
    const msg = by('secrets/github-oauth');
    assert.equal(msg.length, 1, 'a token in a commit message is found');
    assert.equal(msg[0].messageId, 'commitMessage');
    assert.deepEqual([msg[0].location.file, msg[0].location.line], ['COMMIT_MSG', 3]);
    assert.equal(msg[0].location.commit, execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir }).toString().trim());
    // without --history no commit message is read
    const tree = JSON.parse((await run(['secrets', dir, '--format', 'json'], dir)).out);
    assert.equal(tree.findings.filter((f: any) => f.checkId === 'secrets/github-oauth' && f.messageId !== 'clean').length, 0);
  });

  it('never prints a whole secret, in any format', async () => {
    for (const format of ['text', 'json', 'sarif', 'junit', 'markdown', 'html']) {
      const r = await run(['secrets', dir, '--history', '--format', format], dir);
      for (const s of [STRIPE, AWS, GH, GHO]) assert.ok(!r.out.includes(s), `${format} leaks ${s.slice(0, 6)}`);
    }
  });

  it('finding ids survive line moves; a baseline marks known findings unchanged and --new-only lets only new ones block', async () => {
    const before = JSON.parse((await run(['secrets', dir, '--format', 'json'], dir)).out);
    writeFileSync(join(dir, 'pay.ts'), `// payments\n\n\n// moved down\nexport const key = '${STRIPE}';\n`);
    const afterRep = JSON.parse((await run(['secrets', dir, '--format', 'json'], dir)).out);
    const id = (r: any) => r.findings.find((f: any) => f.location?.file === 'pay.ts').id;
    assert.equal(id(afterRep), id(before));
    const base = join(dir, '..', `baseline-${process.pid}.json`);
    const w = await run(['secrets', dir, '--baseline-write', base, '--format', 'json'], dir);
    assert.equal(w.code, 1);
    assert.ok(!readFileSync(base, 'utf8').includes(STRIPE));
    const known = JSON.parse(w.out).findings.filter((f: any) => f.status === 'fail').map((f: any) => f.id).sort();
    assert.ok(known.length > 0);
    // one meaning everywhere: the baseline marks, it does not hide; without --new-only known findings still block
    const b = await run(['secrets', dir, '--baseline', base, '--format', 'json'], dir);
    assert.equal(b.code, 1, b.out);
    const marked = JSON.parse(b.out).findings.filter((f: any) => f.status === 'fail');
    assert.deepEqual(marked.map((f: any) => f.id).sort(), known);
    assert.ok(marked.every((f: any) => f.baseline === 'unchanged'));
    assert.match(JSON.parse(b.out).gate.explanation, /unchanged since the baseline: --new-only/);
    const n = await run(['secrets', dir, '--baseline', base, '--new-only', '--format', 'json'], dir);
    assert.equal(n.code, 0, n.out);
    const listed = JSON.parse(n.out).findings.filter((f: any) => f.status === 'fail');
    assert.deepEqual(listed.map((f: any) => [f.id, f.baseline]).sort(), known.map((id: string) => [id, 'unchanged']));
    // the older baseline form (a bare list of ids) is still read
    writeFileSync(base, JSON.stringify({ findings: known }));
    assert.equal((await run(['secrets', dir, '--baseline', base, '--new-only', '--format', 'json'], dir)).code, 0);
    // a new secret is new and blocks under --new-only
    writeFileSync(join(dir, 'extra.ts'), `export const aws = '${AWS}';\n`);
    const x = await run(['secrets', dir, '--baseline', base, '--new-only', '--format', 'json'], dir);
    assert.equal(x.code, 1, x.out);
    assert.ok(JSON.parse(x.out).findings.some((f: any) => f.baseline === 'new' && f.location?.file === 'extra.ts'));
    rmSync(join(dir, 'extra.ts'), { force: true });
    assert.equal((await run(['secrets', dir, '--new-only'], dir)).code, 2);
    rmSync(base, { force: true });
  });
});

describe('secrets --history: a value one commit put in several files', () => {
  it('is reported in each of those files at that commit; a later copy is not', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lr-secrets-multi-'));
    try {
      git(dir, 'init', '-q', '-b', 'main');
      const pw = `${randomFrom('A-Za-z0-9', 14)}*${randomFrom('a-z0-9', 5)}`;
      writeFileSync(join(dir, 'pipeline.yml'), `variables:\n  sqlAdminPassword: '${pw}'\n`);
      writeFileSync(join(dir, 'main.parameters.json'), `{\n  "parameters": {\n    "sqlAdminPassword": {\n      "value": "${pw}"\n    }\n  }\n}\n`);
      git(dir, 'add', '-A');
      git(dir, 'commit', '-q', '-m', 'infra');
      const intro = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir }).toString().trim();
      writeFileSync(join(dir, 'notes.yml'), `db:\n  password: '${pw}'\n`);
      git(dir, 'add', '-A');
      git(dir, 'commit', '-q', '-m', 'notes');
      git(dir, 'rm', '-q', 'pipeline.yml', 'main.parameters.json', 'notes.yml');
      git(dir, 'commit', '-q', '-m', 'key vault references');
      const rep = JSON.parse((await run(['secrets', dir, '--history', '--format', 'json'], dir)).out);
      const hits = rep.findings.filter((f: any) => f.checkId === 'secrets/generic-password' && f.messageId !== 'clean');
      assert.deepEqual(hits.map((f: any) => [f.location.file, f.location.commit === intro, f.meta.stillPresent]).sort(), [
        ['main.parameters.json', true, false],
        ['pipeline.yml', true, false],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('secrets command input handling', () => {
  it('a missing path exits 2 naming the path', async () => {
    const r = await run(['secrets', '/nonexistent/launchready-path'], tmpdir());
    assert.equal(r.code, 2);
    assert.match(r.err, /\/nonexistent\/launchready-path/);
  });
  it('repo command: a missing path exits 2 too; --help documents the flags and exit codes', async () => {
    const r = await run(['repo', '/nonexistent/launchready-repo'], tmpdir());
    assert.equal(r.code, 2);
    assert.match(r.err, /\/nonexistent\/launchready-repo/);
    const h = await run(['repo', '--help'], tmpdir());
    assert.equal(h.code, 0);
    for (const f of ['--history', '--baseline', '--baseline-write', '--format', '--output']) assert.ok(h.out.includes(f), f);
    assert.match(h.out, /Exit codes/);
  });
  it('a clean folder (not a git repo) is GO; --history there says it could not read history', async () => {
    const d = mkdtempSync(join(tmpdir(), 'lr-clean-'));
    writeFileSync(join(d, 'a.env'), 'API_KEY=${API_KEY}\nSTRIPE=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx\n');
    const r = await run(['secrets', d, '--format', 'json'], d);
    assert.equal(r.code, 0, r.out);
    const h = JSON.parse((await run(['secrets', d, '--history', '--format', 'json'], d)).out);
    assert.deepEqual(h.findings.filter((f: any) => f.status === 'error').map((f: any) => f.messageId), ['noHistory']);
    rmSync(d, { recursive: true, force: true });
  });
  it('inline launchready-ignore and config allowlists silence a finding', async () => {
    const d = mkdtempSync(join(tmpdir(), 'lr-ign-'));
    writeFileSync(join(d, 'a.ts'), `const k = '${STRIPE}'; // launchready-ignore: rotated, kept for a test\n`);
    const r = await run(['secrets', d, '--format', 'json'], d);
    assert.equal(r.code, 0, r.out);
    rmSync(d, { recursive: true, force: true });
  });
});

describe('repo command on the demo fixtures', () => {
  const demo = join(repoRoot(), 'examples', 'demo-market');
  it('flawed twin: every repo flaw is found', async () => {
    const cfg = join(tmpdir(), `lr-demo-${process.pid}.json`);
    writeFileSync(cfg, JSON.stringify({ repo: { path: join(demo, 'repo-flawed'), history: true, fixture: true } }));
    const r = await run(['audit', '--config', cfg, '--format', 'json', '--no-progress'], tmpdir());
    rmSync(cfg, { force: true });
    assert.equal(r.code, 1, r.err);
    const ids = new Set(JSON.parse(r.out).findings.filter((f: any) => f.status === 'fail').map((f: any) => f.checkId));
    for (const id of ['secrets/stripe-secret-key', 'secrets/aws-access-key', 'secrets/supabase-service-role-key', 'repo/env-committed', 'repo/env-not-ignored', 'repo/client-exposed-secret', 'repo/env-shared-secret', 'repo/ci-secret-scan', 'repo/env-example-missing']) {
      assert.ok(ids.has(id), `missing ${id}`);
    }
  });
  it('fixed twin: GO', async () => {
    const cfg = join(tmpdir(), `lr-demo-fixed-${process.pid}.json`);
    writeFileSync(cfg, JSON.stringify({ repo: { path: join(demo, 'repo-fixed'), history: true, fixture: true } }));
    const r = await run(['audit', '--config', cfg, '--format', 'json', '--no-progress'], tmpdir());
    rmSync(cfg, { force: true });
    assert.equal(r.code, 0, r.out);
    const fails = JSON.parse(r.out).findings.filter((f: any) => f.status === 'fail' || f.status === 'warn');
    assert.deepEqual(fails.map((f: any) => f.checkId), []);
  });
});

describe('allowlist path globs (picomatch grammar, dotfiles included)', () => {
  it('matches as a .gitignore-style tool would', () => {
    const cases: [string, string, boolean][] = [
      ['**/fixtures/**', 'a/fixtures/x.json', true],
      ['**/fixtures/**', 'fixtures/x.json', true],
      ['test/*.json', 'test/a.json', true],
      ['test/*.json', 'test/b/a.json', false],
      ['*.md', 'README.md', true],
      ['*.md', 'docs/a.md', false],
      ['**/.env.example', 'apps/web/.env.example', true],
      ['src/{a,b}.ts', 'src/b.ts', true],
      ['src/[0-9].ts', 'src/7.ts', true],
    ];
    for (const [glob, path, want] of cases) assert.equal(globToRegExp(glob).test(path), want, `${glob} vs ${path}`);
  });
});
