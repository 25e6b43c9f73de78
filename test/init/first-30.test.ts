import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../helpers.js';

/**
 * Issue 18, "the first 30 minutes", exactly as the README's section tells it, on the bundled demo copied into an
 * empty folder (the founder's repo): init → audit → report --from → handover --from → gate --from, then init ci,
 * whose generated YAML is parsed and whose commands are run. Every step is the compiled CLI in a child process.
 * Steps after the audit send no request (the demo counts them).
 */

const CLI = join(ROOT, 'bin', 'launchready.js');
let dir = '';
let shim = '';
let demo: { url: string; app: { requests?: number }; close(): Promise<void> } | undefined;
let requests = 0;

/** Run a child and wait without blocking this process's event loop (the demo server lives in it). */
function run(cmd: string, args: string[], env: Record<string, string>): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: dir, env: { ...process.env, NO_COLOR: '1', ...env } });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, out, err });
    });
  });
}

function lr(args: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  return run(process.execPath, [CLI, ...args], { LAUNCHREADY_URL: demo!.url, ...env });
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lr-first30-'));
  const src = join(ROOT, 'examples', 'demo-market');
  for (const p of ['server', 'server.js', 'public', 'openapi.yaml']) cpSync(join(src, p), join(dir, p), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'demo-market', private: true, type: 'module', scripts: { start: 'node server.js' } }, null, 2));
  const git = (...a: string[]) => execFileSync('git', a, { cwd: dir, stdio: 'ignore' });
  git('init', '-q', '.');
  git('add', '-A');
  git('-c', 'user.email=founder@example.com', '-c', 'user.name=Founder', 'commit', '-qm', 'first commit');
  const mod = (await import(join(ROOT, 'examples', 'demo-market', 'server.js'))) as { startDemoServer(o: { port: number }): Promise<{ url: string; app: unknown; close(): Promise<void> }> };
  const started = await mod.startDemoServer({ port: 0 });
  // count requests the demo receives (steps after the audit must send none)
  const app = started.app as { handle(req: unknown, res: unknown): Promise<void> };
  const handle = app.handle.bind(app);
  app.handle = (req, res) => {
    requests++;
    return handle(req, res);
  };
  demo = started as typeof demo;
  // `npx --yes --package "$LAUNCHREADY_PKG" launchready ...` from the CI files runs this checkout's CLI here
  shim = join(dir, '.shim');
  mkdirSync(shim);
  writeFileSync(join(shim, 'npx'), `#!/bin/sh\nwhile [ $# -gt 0 ]; do case "$1" in --yes) shift;; --package) shift 2;; launchready) shift; exec "${process.execPath}" "${CLI}" "$@";; *) echo "npx shim: unexpected $1" >&2; exit 127;; esac; done\nexit 127\n`);
  chmodSync(join(shim, 'npx'), 0o755);
});

after(async () => {
  await demo?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the first 30 minutes on the demo, from an empty folder: init → audit → report --from → handover --from → gate, and the CI files run', { timeout: 300_000 }, async () => {
  // 1. init reads the app
  const init = await lr(['init']);
  assert.equal(init.code, 0, init.err);
  assert.match(init.out, /wrote launchready\.yml: .* (\d+) routes in the code, OpenAPI openapi\.yaml, login POST \/api\/auth\/login/);
  const config = readFileSync(join(dir, 'launchready.yml'), 'utf8');
  assert.match(config, /baseUrl: "\$\{LAUNCHREADY_URL:-http:\/\/localhost:4010\}"/);
  assert.match(readFileSync(join(dir, '.gitignore'), 'utf8'), /^\.launchready\/$/m);

  // 2. audit once, as JSON (the demo is flawed: NO-GO)
  const audit = await lr(['audit', '--config', 'launchready.yml', '--format', 'json', '--output', '.launchready/report.json']);
  assert.equal(audit.code, 1, `${audit.out}\n${audit.err}`);
  const report = JSON.parse(readFileSync(join(dir, '.launchready', 'report.json'), 'utf8')) as { decision: string; findings: { status: string; checkId: string }[]; target: { api?: { routes: number } } };
  assert.equal(report.decision, 'NO-GO');
  assert.ok((report.target.api?.routes ?? 0) >= 30, 'the API model holds the OpenAPI routes and the ones read from the code');
  assert.ok(report.findings.some((f) => f.checkId === 'api/exposed-debug' && f.status === 'fail'), `a route only the code knows (/debug/vars) was audited: ${JSON.stringify(report.findings.filter((f) => f.checkId === 'api/exposed-debug'))}`);
  const afterAudit = requests;

  // 3. every other format from that one JSON report
  for (const [format, file] of [['html', 'report.html'], ['sarif', 'report.sarif'], ['markdown', 'report.md']] as const) {
    const r = await lr(['report', '--from', '.launchready/report.json', '--format', format, '--output', file]);
    assert.equal(r.code, 1, r.err);
    assert.ok(readFileSync(join(dir, file), 'utf8').length > 500, `${file} written`);
  }

  // 4. handover from the same report: no audit re-run
  const handover = await lr(['handover', '--config', 'launchready.yml', '--from', '.launchready/report.json', '--output', 'HANDOVER.md']);
  assert.equal(handover.code, 1, handover.err);
  assert.match(readFileSync(join(dir, 'HANDOVER.md'), 'utf8'), /# /);
  assert.equal(requests, afterAudit, 'report --from and handover --from send no request');

  // 5. the gate agrees with the audit: NO-GO while must-fix items are open, and says what it checked
  const env = { DEMO_JWT_SECRET: 'a-real-looking-secret-4b1f', DEMO_WEBHOOK_SECRET: 'whsec-real-looking-9c2e' };
  const gate = await lr(['gate', '--config', 'launchready.yml', '--from', '.launchready/report.json'], env);
  assert.equal(gate.code, 1, gate.out + gate.err);
  // the demo reads its two secrets with a default: optional, so the gate requires none
  assert.match(gate.out, /gate checked: 0 required env var\(s\), 1 smoke check\(s\), audit report \.launchready\/report\.json \(NO-GO\)/);
  assert.match(gate.out, /open must-fix item/);
  const gateOnly = await lr(['gate', '--config', 'launchready.yml', '--from', '.launchready/report.json', '--ignore-audit'], env);
  assert.equal(gateOnly.code, 0, gateOnly.out + gateOnly.err);
  assert.match(gateOnly.out, /audit report ignored \(--ignore-audit\)/);

  // 6. init ci: the files parse, and their launchready commands run as written
  const ci = await lr(['init', 'ci']);
  assert.equal(ci.code, 0, ci.err);
  const gh = parse(readFileSync(join(dir, '.github', 'workflows', 'launchready.yml'), 'utf8')) as { env: Record<string, string>; jobs: Record<string, { steps: { run?: string }[] }> };
  const gl = parse(readFileSync(join(dir, '.gitlab-ci.yml'), 'utf8')) as Record<string, { script?: string[]; after_script?: string[] }>;
  const commands = [
    ...Object.values(gh.jobs).flatMap((j) => j.steps.map((s) => s.run).filter((r): r is string => !!r)),
    ...['launchready-secrets', 'launchready-audit-preview'].flatMap((k) => [...(gl[k]!.script ?? []), ...(gl[k]!.after_script ?? [])]),
  ];
  assert.ok(commands.length >= 7, commands.join('\n'));
  for (const cmd of commands) {
    const r = await run('bash', ['-c', cmd], { PATH: `${shim}:${process.env.PATH}`, LAUNCHREADY_PKG: gh.env.LAUNCHREADY_PKG!, LAUNCHREADY_URL: demo!.url });
    // 0 = GO, 1 = NO-GO (the demo is flawed, the job fails on purpose); 2 or anything else = the command is broken
    assert.ok(r.code === 0 || r.code === 1, `${cmd}\nexit ${r.code}\n${r.out}\n${r.err}`);
  }
  for (const f of ['launchready-secrets.sarif', 'launchready-report.json', 'launchready-report.html', 'launchready-report.sarif', 'launchready-report.md']) assert.ok(existsSync(join(dir, f)), `${f} written by the CI commands`);
});
