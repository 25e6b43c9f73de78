// Fixtures for the hostile-input suite: small files and folders in one temp dir, and loopback servers that
// misbehave the way real targets do (refuse, hang, close, close mid-response, self-signed, slow past `/`).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer as createHttp, type Server } from 'node:http';
import { createServer as createHttps } from 'node:https';
import { createServer as createNet, type AddressInfo, type Server as NetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fakeSecret } from '../../src/checks/secrets/fake.js';
import { ROOT } from '../helpers.js';

export const BIN = join(ROOT, 'bin', 'launchready.js');

/** Who runs the "unreadable path" cases: a non-root user (CI runs as root, and root reads chmod 000 files). */
export interface Runner {
  uid?: number;
  gid?: number;
  /** set when unreadable-path cases cannot run here, with the reason */
  skip?: string;
}

export function nonRootRunner(): Runner {
  if (typeof process.getuid !== 'function') return { skip: 'no POSIX uids on this platform' };
  if (process.getuid() !== 0) return {}; // already unprivileged: chmod 000 is unreadable for us
  const uid = 65534; // nobody
  const gid = 65534;
  const probe = spawnSync(process.execPath, [BIN, '--version'], { uid, gid, cwd: tmpdir(), encoding: 'utf8' });
  if (probe.status !== 0) return { skip: `as root, and user nobody (65534) cannot run the CLI here: ${probe.error?.message ?? probe.stderr.slice(0, 200)}` };
  return { uid, gid };
}

export interface Servers {
  closedPort: number;
  hang: number;
  closeAtOnce: number;
  midResponse: number;
  selfSigned: number;
  /** why the self-signed server is not a TLS server here (no openssl) */
  noTls?: string;
  /** answers `/` (so preflight passes) and never answers anything else: a run in flight to interrupt */
  slow: number;
  /** answers `/`, drops every other request */
  halfDead: number;
  /** resolves at the next request `slow` gets past `/` (call it before the run starts) */
  slowBusy: () => Promise<void>;
  close(): Promise<void>;
}

function listen(server: Server | NetServer): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

export async function startServers(dir: string): Promise<Servers> {
  const sockets = new Set<import('node:net').Socket>();
  const track = (s: Server | NetServer) => s.on('connection', (c) => (sockets.add(c), c.on('close', () => sockets.delete(c))));
  // a port that was bound and released: connection refused
  const tmp = createNet();
  const closedPort = await listen(tmp);
  await new Promise<void>((r) => tmp.close(() => r()));
  const hang = createNet(() => undefined);
  const closeAtOnce = createNet((c) => c.destroy());
  const mid = createNet((c) => {
    c.once('data', () => {
      c.write('HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 5000\r\n\r\n{"partial":');
      setTimeout(() => c.destroy(), 20);
    });
  });
  let noTls: string | undefined;
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '2', '-subj', '/CN=localhost'], { stdio: 'ignore' });
  } catch (err) {
    noTls = `openssl could not make a self-signed certificate here (${(err as Error).message.slice(0, 120)})`;
  }
  const { readFileSync } = await import('node:fs');
  const tls = noTls ? createNet(() => undefined) : createHttps({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (_req, res) => res.end('{}'));
  // waiters for the next request that hangs (a run is in flight once one arrives)
  let waiters: (() => void)[] = [];
  const slow = createHttp((req, res) => {
    if (req.url === '/' || req.url === '') return void res.end('ok');
    const w = waiters;
    waiters = [];
    for (const fn of w) fn(); // everything else hangs until the client gives up
  });
  // answers `/` (preflight passes), then drops every other connection: an API that dies behind its front page
  const halfDead = createHttp((req, res) => (req.url === '/' ? void res.end('ok') : void req.socket.destroy()));
  const all = [hang, closeAtOnce, mid, tls, slow, halfDead];
  all.forEach(track);
  const ports = await Promise.all(all.map(listen));
  return {
    closedPort,
    hang: ports[0]!,
    closeAtOnce: ports[1]!,
    midResponse: ports[2]!,
    selfSigned: ports[3]!,
    ...(noTls ? { noTls } : {}),
    slow: ports[4]!,
    halfDead: ports[5]!,
    slowBusy: () => new Promise<void>((r) => waiters.push(r)),
    async close() {
      for (const s of sockets) s.destroy();
      await Promise.all(all.map((s) => new Promise<void>((r) => s.close(() => r()))));
    },
  };
}

/** Every fixture path the table uses, created once. */
export function makeFixtures(runner: Runner): Record<string, string> {
  const root = mkdtempSync(join(tmpdir(), 'lr-hostile-'));
  chmodSync(root, 0o755); // the unprivileged runner must be able to enter it
  const p = (...s: string[]) => join(root, ...s);
  const w = (file: string, data: string | Buffer, mode?: number) => {
    mkdirSync(join(file, '..'), { recursive: true, mode: 0o755 });
    writeFileSync(file, data);
    if (mode !== undefined) chmodSync(file, mode);
  };
  const live = fakeSecret('stripe-secret-key');
  w(p('clean', 'src', 'app.js'), 'export const answer = 42;\n');
  w(p('leaky', 'src', 'pay.js'), `const stripe = require('stripe')('${live}');\n`);
  // unreadable as a non-root user: a key in a chmod 000 file, a chmod 000 folder, a git repo with one
  w(p('locked-file', 'src', 'app.js'), 'export const ok = 1;\n');
  w(p('locked-file', 'src', 'pay.js'), `const key = '${live}';\n`, 0o000);
  w(p('locked-dir', 'src', 'app.js'), 'export const ok = 1;\n');
  w(p('locked-dir', 'vault', 'keys.js'), `const key = '${live}';\n`);
  chmodSync(p('locked-dir', 'vault'), 0o000);
  w(p('locked-git', 'src', 'app.js'), 'export const ok = 1;\n');
  git(p('locked-git'), ['init', '-q']);
  git(p('locked-git'), ['add', '.']);
  git(p('locked-git'), ['commit', '-qm', 'init']);
  w(p('locked-git', 'private', 'keys.js'), `const key = '${live}';\n`);
  chmodSync(p('locked-git', 'private'), 0o000);
  // a git repo with one corrupt blob in .git/objects
  for (let i = 1; i <= 3; i++) w(p('corrupt-git', `f${i}.txt`), `file ${i}\n`);
  git(p('corrupt-git'), ['init', '-q']);
  git(p('corrupt-git'), ['add', '.']);
  git(p('corrupt-git'), ['commit', '-qm', 'init']);
  const blob = execFileSync('git', ['rev-parse', 'HEAD:f2.txt'], { cwd: p('corrupt-git'), encoding: 'utf8' }).trim();
  const obj = p('corrupt-git', '.git', 'objects', blob.slice(0, 2), blob.slice(2));
  chmodSync(obj, 0o644);
  writeFileSync(obj, 'garbage');
  // skipped inputs: too large (with a small repo.maxFileBytes), binary type, binary content
  w(p('skips', 'src', 'app.js'), 'export const ok = 1;\n');
  w(p('skips', 'big.sql'), 'x'.repeat(5000) + '\n');
  w(p('skips', 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
  w(p('skips', 'notes.txt'), Buffer.from('\0\0\0 not text'));
  w(p('skips.yml'), `repo:\n  path: ./skips\n  maxFileBytes: 1000\n`);
  // logs
  w(p('logs', 'clean.log'), '2026-01-01 GET /health 200\n');
  w(p('nul.log'), Buffer.concat([Buffer.alloc(64), Buffer.from('2026-01-01 GET / 200\n')]));
  w(p('corrupt.log.gz'), Buffer.concat([gzipSync('line one\nline two\n').subarray(0, 20), Buffer.from('not gzip any more')]));
  w(p('locked-logs', 'a.log'), 'GET / 200\n');
  w(p('locked-logs', 'b.log'), `token=${live}\n`, 0o000);
  // configs
  w(p('bom.json'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify({ repo: { path: './clean' } }))]));
  w(p('bom.yml'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('repo:\n  path: ./clean\n')]));
  const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  let prev = 'a';
  for (const n of 'bcdefghi') {
    bomb.push(`${n}: &${n} [${Array(9).fill(`*${prev}`).join(',')}]`);
    prev = n;
  }
  w(p('bomb.yml'), bomb.join('\n') + '\nrepo: {path: ./clean}\n');
  w(p('huge.yml'), `# ${'x'.repeat(2 * 1024 * 1024)}\nrepo: {path: ./clean}\n`);
  w(p('nul.yml'), Buffer.from('repo:\0\n'));
  w(p('bad.yml'), 'repo: [unclosed\n');
  w(p('bad.json'), '{"repo": ');
  w(p('unknown.yml'), 'repo: {path: ./clean}\nrepos: {}\n');
  w(p('file-url.yml'), 'api:\n  baseUrl: file:///etc/passwd\n');
  w(p('js-url.yml'), 'api:\n  baseUrl: "javascript:alert(1)"\n');
  w(p('ftp-url.yml'), 'api:\n  baseUrl: ftp://127.0.0.1/\n');
  w(p('gopher-edge.yml'), 'edge:\n  hosts: ["gopher://127.0.0.1:70/"]\n');
  w(p('unset-var.yml'), 'api:\n  baseUrl: "${LR_HOSTILE_UNSET_VAR}"\n');
  w(p('waiver-owner.yml'), 'repo: {path: ./clean}\nwaivers:\n  - { checkId: api/bola, reason: because }\n');
  w(p('allow-noexp.yml'), 'repo: {path: ./clean}\ngate:\n  allowErrors:\n    - { owner: dana, reason: known gap }\n');
  w(p('empty.yml'), 'project: {name: nothing}\n');
  w(p('no-monitors.yml'), 'monitor:\n  monitors: []\n');
  w(p('throws.config.mjs'), 'throw new Error("config module blew up");\n');
  w(p('never.config.mjs'), 'export default new Promise(() => {});\n');
  w(p('logs-allow.yml'), `gate:\n  allowErrors:\n    - { checkId: "logs/*", owner: dana, reason: "binary rotated log, checked by hand", expires: "2999-12-31" }\n`);
  w(p('logs-allow-expired.yml'), `gate:\n  allowErrors:\n    - { checkId: "logs/*", owner: dana, reason: "binary rotated log", expires: "2001-01-01" }\n`);
  w(p('not-json.json'), 'hello');
  w(p('report.444.json'), 'previous report\n', 0o444);
  w(p('report.600.json'), 'previous report\n', 0o600);
  mkdirSync(p('out-dir'), { mode: 0o755 });
  mkdirSync(p('ro-dir'), { mode: 0o555 });
  w(p('a-file'), 'just a file\n');
  w(p('prod.env'), 'DATABASE_URL=changeme\n');
  spawnSync('mkfifo', [p('fifo.yml')]);
  // a `git` that hangs on `log` (a 60k-commit history walk, in miniature) and says when it started
  w(p('slow-git', 'git'), `#!/bin/sh\nfor a in "$@"; do if [ "$a" = log ]; then : > "${p('slow-git', 'started')}"; exec sleep 60; fi; done\nexec ${gitPath()} "$@"\n`, 0o755);
  if (runner.uid !== undefined) chownTree(root, runner);
  // what stays root-owned and 0555 / 0000 keeps its mode after chown
  return { root, live };
}

function gitPath(): string {
  return execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
}

function git(cwd: string, args: string[]): void {
  execFileSync('git', args, { cwd, stdio: 'ignore', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.test', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.test' } });
}

/** Folders the unprivileged runner writes into must be its own; chmod 000 entries stay unreadable to it. */
function chownTree(root: string, runner: Runner): void {
  for (const d of ['out-dir', 'locked-git']) spawnSync('chown', ['-R', `${runner.uid}:${runner.gid}`, join(root, d)]);
  // the locked entries are chmod 000 and root-owned: unreadable for nobody
  spawnSync('chown', ['0:0', join(root, 'locked-git', 'private')]);
  spawnSync('chmod', ['000', join(root, 'locked-git', 'private')]);
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export interface RunOptions {
  cwd: string;
  env?: Record<string, string>;
  runner?: Runner;
  stdin?: string;
  /** called with the child once it runs (signal cases) */
  during?: (child: import('node:child_process').ChildProcess, started: number) => Promise<void> | void;
  timeoutMs?: number;
}

/** Spawn the CLI as a user would and collect everything it says. */
export function runCli(args: string[], o: RunOptions): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: o.cwd,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: tmpdir(), NO_COLOR: '1', ...o.env },
      stdio: ['pipe', 'pipe', 'pipe'],
      ...(o.runner?.uid !== undefined ? { uid: o.runner.uid, gid: o.runner.gid! } : {}),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdin.on('error', () => undefined);
    if (o.stdin !== undefined) child.stdin.end(o.stdin);
    else if (!o.during) child.stdin.end();
    // a case that hangs is a failure with its output, not a stuck suite
    const killer = setTimeout(() => child.kill('SIGKILL'), o.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(killer);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started });
    });
    if (o.during) void Promise.resolve(o.during(child, started)).catch(reject);
  });
}
