// The hostile-input suite (issue 13): drives the compiled CLI as a user would (`node bin/launchready.js ...`)
// with bad flags, bad configs, unreadable paths, dead targets, bad outputs and signals. Each row: input → exit
// code → message pattern → "never GO where it could not look". The exit codes are the README's table.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeFixtures, nonRootRunner, runCli, startServers, type RunResult, type Runner, type Servers } from './fixtures.js';
import { ROOT } from '../helpers.js';

const runner: Runner = nonRootRunner();
let fx: Record<string, string>;
let srv: Servers;
let root = '';

before(async () => {
  fx = makeFixtures(runner);
  root = fx.root!;
  srv = await startServers(root);
});

after(async () => {
  await srv?.close();
  if (root) {
    // chmod 000 entries must be opened up before they can be removed
    for (const d of ['locked-file/src/pay.js', 'locked-dir/vault', 'locked-git/private', 'locked-logs/b.log']) rmSync(join(root, d), { recursive: true, force: true });
    rmSync(root, { recursive: true, force: true });
  }
});

interface Case {
  name: string;
  args: () => string[];
  /** exit code (README table): 0 GO, 1 NO-GO/incomplete/--timeout, 2 could not run, 130/143 signals */
  code: number;
  /** stderr must match */
  err?: RegExp;
  /** stdout must match */
  out?: RegExp;
  /** the run could not look at everything: it must not say GO anywhere */
  noGo?: boolean;
  /** run as a non-root user (unreadable paths) */
  asUser?: boolean;
  env?: () => Record<string, string>;
  stdin?: string;
  check?: (r: RunResult) => void;
  /** a reason to skip, known only once the fixtures exist */
  skipIf?: () => string | undefined;
}

const f = (...p: string[]) => join(root, ...p);
/** A config written when the case runs (server ports are known only then). */
const cfg = (yaml: string, name: string) => {
  const file = f(`gen-${name}.yml`);
  if (!existsSync(file)) writeFileSync(file, yaml);
  return file;
};

const json = (r: RunResult): { decision: string; interrupted?: boolean; interruptedBy?: string; incomplete?: { errors: number; checks: string[] }; findings: { checkId: string; status: string; message: string; meta?: { files?: { path: string; reason: string }[] } }[] } =>
  JSON.parse(r.stdout);
const tmpLeft = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.tmp'));
const api = (url: string, extra = '') => `api:\n  baseUrl: "${url}"\n${extra}`;

const CASES: Case[] = [
  // ---- flags and arguments ---------------------------------------------------------------------------------
  { name: 'no command', args: () => [], code: 2, out: /Usage: launchready <command>/ },
  { name: '--help documents incomplete and interrupted exit codes', args: () => ['secrets', '--help'], code: 0, out: /1 {4}ran; decision NO-GO: a finding at or above the gate, or incomplete[\s\S]*130 {2}interrupted by SIGINT \(Ctrl-C\), 143 by SIGTERM/ },
  { name: '--help documents --timeout and its default', args: () => ['api', '--help'], code: 0, out: /--timeout DURATION +total time for the whole run[^\n]*\[default: 30m\]/ },
  { name: 'unknown command', args: () => ['launch'], code: 2, err: /unknown command "launch"/ },
  { name: 'unknown flag', args: () => ['secrets', f('clean'), '--nope'], code: 2, err: /unknown flag --nope/ },
  { name: 'bad --format', args: () => ['secrets', f('clean'), '--format', 'xml'], code: 2, err: /--format: "xml" is not one of/ },
  { name: 'missing path', args: () => ['secrets'], code: 2, err: /missing argument <path>/ },
  { name: 'bad --timeout', args: () => ['secrets', f('clean'), '--timeout', 'soon'], code: 2, err: /--timeout: "soon" is not a duration/ },
  { name: '--timeout over a week', args: () => ['secrets', f('clean'), '--timeout', '9999h'], code: 2, err: /--timeout: "9999h" is longer than a week/ },
  { name: 'bad --fail-on', args: () => ['secrets', f('clean'), '--fail-on', 'extreme'], code: 2, err: /--fail-on: "extreme"/ },
  { name: 'api without --config', args: () => ['api'], code: 2, err: /--config FILE is required/ },
  { name: '--new-only without --baseline', args: () => ['audit', '--config', f('bom.yml'), '--new-only'], code: 2, err: /--new-only needs --baseline/ },
  { name: 'edge with a non-host', args: () => ['edge', 'http://'], code: 2, err: /is not a host or URL/ },
  { name: 'logs --max-findings 0', args: () => ['logs', f('logs'), '--max-findings', '0'], code: 2, err: /--max-findings: "0"/ },
  { name: 'audit --stage unknown', args: () => ['audit', '--config', f('bom.yml'), '--stage', 'nope'], code: 2, err: /unknown stage "nope"/ },
  { name: 'flag needs a value', args: () => ['secrets', f('clean'), '--output'], code: 2, err: /--output needs a value|needs a value/ },

  // ---- paths -------------------------------------------------------------------------------------------------
  { name: 'secrets on a missing path', args: () => ['secrets', f('nope')], code: 2, err: /nope: cannot read path \(no such file or directory\)/ },
  { name: 'secrets on a file', args: () => ['secrets', f('a-file')], code: 2, err: /a-file: not a directory/ },
  { name: 'logs on a missing path', args: () => ['logs', f('nope.log')], code: 2, err: /nope\.log/ },
  { name: 'config missing', args: () => ['api', '--config', f('nope.yml')], code: 2, err: /nope\.yml: cannot read config file \(no such file\)/ },
  { name: 'config is a folder', args: () => ['api', '--config', f('out-dir')], code: 2, err: /out-dir: is a folder, not a config file/ },
  { name: 'config is /dev/zero (no hang, no memory blow-up)', args: () => ['api', '--config', '/dev/zero'], code: 2, err: /\/dev\/zero: not a regular file/ },
  { name: 'config is a FIFO with no writer (no hang)', args: () => ['api', '--config', f('fifo.yml')], code: 2, err: /fifo\.yml: not a regular file/ },
  { name: 'config over the size limit', args: () => ['audit', '--config', f('huge.yml')], code: 2, err: /huge\.yml: config file is \d+ bytes, over the 1048576-byte limit/ },
  { name: 'config with NUL bytes', args: () => ['audit', '--config', f('nul.yml')], code: 2, err: /nul\.yml: holds NUL bytes/ },
  { name: '--baseline missing', args: () => ['audit', '--config', f('bom.yml'), '--baseline', f('nope.json')], code: 2, err: /--baseline .*nope\.json/ },
  { name: '--baseline not JSON', args: () => ['audit', '--config', f('bom.yml'), '--baseline', f('not-json.json')], code: 2, err: /--baseline .*not-json\.json: cannot read a JSON report/ },

  // ---- config content ----------------------------------------------------------------------------------------
  { name: 'JSON config with a BOM is accepted', args: () => ['audit', '--config', f('bom.json'), '--no-progress'], code: 0, out: /^GO /m },
  { name: 'YAML config with a BOM is accepted', args: () => ['audit', '--config', f('bom.yml'), '--no-progress'], code: 0, out: /^GO /m },
  { name: 'YAML alias bomb', args: () => ['audit', '--config', f('bomb.yml')], code: 2, err: /bomb\.yml: \(root\): YAML refused: Excessive alias count/ },
  { name: 'invalid YAML names file and line', args: () => ['audit', '--config', f('bad.yml')], code: 2, err: /bad\.yml: line \d+, column \d+: invalid YAML/ },
  { name: 'invalid JSON names the file', args: () => ['audit', '--config', f('bad.json')], code: 2, err: /bad\.json: \(root\): invalid JSON/ },
  { name: 'unknown config field', args: () => ['audit', '--config', f('unknown.yml')], code: 2, err: /unknown\.yml: \(root\): unknown field "repos"/ },
  {
    name: 'baseUrl file:///etc/passwd is refused, message not mangled by the redactor',
    args: () => ['api', '--config', f('file-url.yml')],
    code: 2,
    err: /file-url\.yml: api\.baseUrl: must be an http:\/\/ or https:\/\/ URL \(got a file: URL\)/,
    check: (r) => assert.doesNotMatch(r.stderr + r.stdout, /fp:/),
  },
  { name: 'baseUrl javascript:', args: () => ['api', '--config', f('js-url.yml')], code: 2, err: /api\.baseUrl: must be an http:\/\/ or https:\/\/ URL \(got a javascript: URL\)/ },
  { name: 'baseUrl ftp://', args: () => ['api', '--config', f('ftp-url.yml')], code: 2, err: /api\.baseUrl: must be an http/ },
  { name: 'edge host gopher://', args: () => ['audit', '--config', f('gopher-edge.yml')], code: 2, err: /edge\.hosts\[0\]: must be an http/ },
  { name: 'unset ${VAR} names the variable', args: () => ['api', '--config', f('unset-var.yml')], code: 2, err: /api\.baseUrl: environment variable LR_HOSTILE_UNSET_VAR is not set/ },
  { name: 'waiver without owner', args: () => ['audit', '--config', f('waiver-owner.yml')], code: 2, err: /waivers\[0\]\.owner/ },
  { name: 'gate.allowErrors needs an expiry', args: () => ['audit', '--config', f('allow-noexp.yml')], code: 2, err: /gate\.allowErrors\[0\]\.expires/ },
  { name: 'config enabling no stage', args: () => ['audit', '--config', f('empty.yml')], code: 2, err: /nothing to audit/ },
  { name: 'monitor config without monitors', args: () => ['monitor', '--config', f('no-monitors.yml'), '--once'], code: 2, err: /monitor\.monitors: declares no monitor/ },
  { name: 'config module that throws', args: () => ['audit', '--config', f('throws.config.mjs')], code: 2, err: /throws\.config\.mjs: \(root\): cannot load: config module blew up/ },

  // ---- targets that cannot be reached: exit 2 naming the URL, never GO --------------------------------------
  { name: 'api on a closed port', args: () => ['api', '--config', cfg(api(`http://127.0.0.1:${srv.closedPort}`), 'closed')], code: 2, err: /api\.baseUrl http:\/\/127\.0\.0\.1:\d+: connection refused/, noGo: true },
  { name: 'api on a server that closes at once', args: () => ['api', '--config', cfg(api(`http://127.0.0.1:${srv.closeAtOnce}`), 'close')], code: 2, err: /cannot reach the target[\s\S]*api\.baseUrl http:\/\/127\.0\.0\.1:\d+/, noGo: true },
  { name: 'api on a server that never answers', args: () => ['api', '--config', cfg(api(`http://127.0.0.1:${srv.hang}`, 'network:\n  timeoutMs: 400\n'), 'hang')], code: 2, err: /api\.baseUrl http:\/\/127\.0\.0\.1:\d+: timed out after 400 ms/, noGo: true },
  { name: 'api on a server that closes mid-response', args: () => ['api', '--config', cfg(api(`http://127.0.0.1:${srv.midResponse}`), 'mid')], code: 2, err: /cannot reach the target[\s\S]*api\.baseUrl http:\/\/127\.0\.0\.1:\d+/, noGo: true },
  { name: 'api with a self-signed certificate', skipIf: () => srv.noTls, args: () => ['api', '--config', cfg(api(`https://localhost:${srv.selfSigned}`), 'tls')], code: 2, err: /api\.baseUrl https:\/\/localhost:\d+: TLS certificate rejected/, noGo: true },
  {
    name: 'api via --connect-to onto a closed port names the configured URL',
    args: () => ['api', '--config', cfg(api('https://shop.test'), 'connect'), '--connect-to', `shop.test:443:127.0.0.1:${srv.closedPort}`],
    code: 2,
    err: /api\.baseUrl https:\/\/shop\.test: connection refused/,
    noGo: true,
  },
  {
    name: 'audit: repo fine but api dead → the whole audit could not run',
    args: () => ['audit', '--config', cfg(`repo: {path: ./clean}\n${api(`http://127.0.0.1:${srv.closedPort}`)}`, 'audit-dead')],
    code: 2,
    err: /api\.baseUrl/,
    noGo: true,
  },
  {
    name: 'api whose front page answers but every other request is dropped: incomplete, never GO',
    args: () => ['api', '--config', cfg(api(`http://127.0.0.1:${srv.halfDead}`), 'half'), '--format', 'json', '--no-progress'],
    code: 1,
    noGo: true,
    // the API engine's liveness watch (api/availability) or the generic net (policy/no-response) says why: errors, never a pass
    check: (r) => assert.ok(json(r).findings.some((x) => ((x.checkId === 'policy/no-response' && /got no response to any/.test(x.message)) || x.checkId === 'api/availability') && (x.status === 'error' || x.status === 'fail')), JSON.stringify(json(r).findings.filter((x) => x.status !== 'pass').map((x) => `${x.checkId}:${x.status}: ${x.message}`).slice(0, 8))),
  },
  { name: 'edge on a closed port', args: () => ['edge', `http://127.0.0.1:${srv.closedPort}`], code: 2, err: /no host could be reached/, noGo: true },
  {
    name: 'gate: smoke check on a dead release → roll back',
    args: () => ['gate', '--config', cfg(`deploy:\n  baseUrl: http://127.0.0.1:${srv.closedPort}\n  smoke:\n    - { name: home, url: / }\n`, 'gate-dead')],
    code: 1,
    out: /NO-GO/,
    noGo: true,
  },
  {
    name: 'gate: smoke URL on a host the config does not name',
    args: () => ['gate', '--config', cfg(`deploy:\n  smoke:\n    - { name: other, url: "http://127.0.0.2:9/" }\n`, 'gate-refused')],
    code: 2,
    err: /refused to contact http:\/\/127\.0\.0\.2:9\/: host 127\.0\.0\.2 is not named in the config/,
  },

  // ---- outputs -----------------------------------------------------------------------------------------------
  {
    name: '--output onto a folder: exit 2, no temp file left',
    args: () => ['secrets', f('clean'), '--format', 'json', '--output', f('out-dir')],
    code: 2,
    err: /out-dir: is a folder; give a file name/,
    check: () => assert.deepEqual([...tmpLeft(f('out-dir')), ...tmpLeft(root)], []),
  },
  {
    name: '--output onto a read-only (444) file: exit 2, file unchanged',
    args: () => ['secrets', f('clean'), '--output', f('report.444.json')],
    code: 2,
    err: /report\.444\.json: is read-only; launchready does not replace it/,
    check: () => {
      assert.equal(readFileSync(f('report.444.json'), 'utf8'), 'previous report\n');
      assert.equal(statSync(f('report.444.json')).mode & 0o777, 0o444);
      assert.deepEqual(tmpLeft(root), []);
    },
  },
  {
    name: '--output replacing a 600 file keeps its mode',
    args: () => ['secrets', f('clean'), '--format', 'json', '--output', f('report.600.json')],
    code: 0,
    check: () => {
      assert.equal(statSync(f('report.600.json')).mode & 0o777, 0o600);
      assert.equal(JSON.parse(readFileSync(f('report.600.json'), 'utf8')).decision, 'GO');
    },
  },
  { name: '--output under /proc (no mkdir spin)', args: () => ['secrets', f('clean'), '--output', '/proc/launchready-x/report.json'], code: 2, err: /\/proc\/launchready-x\/report\.json: folder for the report: cannot create \/proc\/launchready-x/ },
  { name: '--output under a file', args: () => ['secrets', f('clean'), '--output', f('a-file', 'r.json')], code: 2, err: /a-file\/r\.json: cannot write report \(a parent of it is not a folder\)/ },
  {
    name: '--output into a new nested folder',
    args: () => ['secrets', f('clean'), '--format', 'json', '--output', f('out-new', 'deep', 'r.json')],
    code: 0,
    out: /report: .*r\.json/,
    check: () => assert.equal(JSON.parse(readFileSync(f('out-new', 'deep', 'r.json'), 'utf8')).decision, 'GO'),
  },
  { name: '--output in a read-only folder (non-root)', asUser: true, args: () => ['secrets', f('clean'), '--output', f('ro-dir', 'r.json')], code: 2, err: /ro-dir\/r\.json: cannot write report \(EACCES: no permission to write in/ },
  { name: '--baseline-write onto a folder', args: () => ['secrets', f('clean'), '--baseline-write', f('out-dir')], code: 2, err: /out-dir: is a folder/ },

  // ---- nothing skipped silently ------------------------------------------------------------------------------
  { name: 'control: clean folder is GO', args: () => ['secrets', f('clean'), '--no-progress'], code: 0, out: /^GO {2}(0 fix items · findings: )?0 critical/m },
  { name: 'control: live key is NO-GO', args: () => ['secrets', f('leaky'), '--no-progress'], code: 1, out: /NO-GO/ },
  {
    name: 'unreadable file holding a live key (non-root): incomplete, never GO',
    asUser: true,
    args: () => ['secrets', f('locked-file'), '--format', 'json'],
    code: 1,
    noGo: true,
    check: (r) => {
      const rep = json(r);
      assert.equal(rep.incomplete?.errors, 1);
      assert.ok(rep.findings.some((x) => x.checkId === 'policy/unreadable-input' && x.status === 'error' && /src\/pay\.js: not scanned \(EACCES/.test(x.message)));
    },
  },
  {
    name: 'unreadable file: text report says incomplete next to the decision',
    asUser: true,
    args: () => ['secrets', f('locked-file'), '--no-progress'],
    code: 1,
    out: /^NO-GO .*\(incomplete: 1 check could not run\)$/m,
    noGo: true,
  },
  { name: 'unreadable folder (non-root, plain folder)', asUser: true, args: () => ['secrets', f('locked-dir'), '--no-progress'], code: 1, out: /vault\/: not scanned \(EACCES: permission denied\)/, noGo: true },
  { name: "unreadable folder in a git work tree (git's own warning)", asUser: true, args: () => ['secrets', f('locked-git'), '--no-progress'], code: 1, out: /private\/: not scanned \(Permission denied\)/, noGo: true },
  { name: 'a git repo owned by another user (git: dubious ownership) is said, not passed off as a plain folder', asUser: true, skipIf: () => (process.getuid?.() === 0 ? undefined : 'needs a repo owned by another user: the fixtures are root-owned only when the suite runs as root'), args: () => ['secrets', f('corrupt-git'), '--no-progress', '--verbose'], code: 0, out: /1 git refused the repository[\s\S]*\.git\/: git refused the repository \(detected dubious ownership/ },
  {
    name: 'corrupt git object with --history',
    args: () => ['secrets', f('corrupt-git'), '--history', '--format', 'json'],
    code: 1,
    noGo: true,
    check: (r) => assert.ok(json(r).findings.some((x) => x.status === 'error' && /f2\.txt @ [0-9a-f]{12} \(blob [0-9a-f]{12}\): not scanned \(git object missing or corrupt\)/.test(x.message))),
  },
  {
    name: 'too large, binary type and binary content are listed with their reason (json)',
    args: () => ['audit', '--config', f('skips.yml'), '--format', 'json'],
    code: 0,
    check: (r) => {
      const list = json(r).findings.find((x) => x.checkId === 'policy/skipped-input')?.meta?.files ?? [];
      const by = Object.fromEntries(list.map((x) => [x.path, x.reason]));
      assert.match(by['big.sql'] ?? '', /^too large \(5001 bytes, limit 1000/);
      assert.match(by['logo.png'] ?? '', /^binary file type \(\.png\)/);
      assert.match(by['notes.txt'] ?? '', /^binary content \(NUL byte\)/);
    },
  },
  { name: 'skipped inputs listed in text', args: () => ['audit', '--config', f('skips.yml'), '--no-progress', '--verbose'], code: 0, out: /3 inputs not scanned \(repo\)[\s\S]*big\.sql: too large \(5001 bytes/ },
  { name: 'skipped inputs listed in markdown', args: () => ['audit', '--config', f('skips.yml'), '--format', 'markdown', '--verbose'], code: 0, out: /big\.sql: too large \(5001 bytes/ },
  { name: 'skipped inputs listed in html', args: () => ['audit', '--config', f('skips.yml'), '--format', 'html'], code: 0, out: /big\.sql: too large \(5001 bytes/ },
  { name: 'skipped inputs listed in sarif', args: () => ['audit', '--config', f('skips.yml'), '--format', 'sarif'], code: 0, out: /policy\/skipped-input/ },
  { name: 'skipped inputs listed in junit', args: () => ['audit', '--config', f('skips.yml'), '--format', 'junit'], code: 0, out: /policy\/skipped-input/ },
  { name: 'logs: a clean folder is GO', args: () => ['logs', f('logs'), '--no-progress'], code: 0, out: /^GO /m },
  { name: 'logs: a log starting with NUL bytes is an error, shown without --verbose', args: () => ['logs', f('nul.log'), '--no-progress'], code: 1, out: /nul\.log: could not be scanned \(binary file/, noGo: true },
  { name: 'incomplete next to the decision in the HTML banner', args: () => ['logs', f('nul.log'), '--format', 'html'], code: 1, out: /<div class="decision">NO-GO<div class="incomplete">incomplete: 1 check could not run<\/div>/, noGo: true },
  {
    name: 'incomplete in JSON: errors and check ids',
    args: () => ['logs', f('nul.log'), '--format', 'json'],
    code: 1,
    noGo: true,
    check: (r) => assert.deepEqual(json(r).incomplete, { errors: 1, checks: ['logs/secret'] }),
  },
  {
    name: 'interrupted (--timeout) in the HTML banner',
    args: () => ['api', '--config', cfg(api(`http://127.0.0.1:${srv.slow}`), 'slow-timeout'), '--timeout', '1s', '--format', 'html', '--no-progress'],
    code: 1,
    out: /<div class="decision">NO-GO<div class="incomplete">interrupted<\/div>/,
    noGo: true,
  },
  { name: 'logs: a corrupt .gz is an error', args: () => ['logs', f('corrupt.log.gz'), '--no-progress'], code: 1, out: /incomplete: \d+ checks? could not run/, noGo: true },
  { name: 'logs: an unreadable log in a folder (non-root)', asUser: true, args: () => ['logs', f('locked-logs'), '--no-progress'], code: 1, out: /b\.log/, noGo: true },
  {
    name: 'gate.allowErrors accepts the binary log (owner, reason, expiry)',
    args: () => ['logs', f('nul.log'), '--config', f('logs-allow.yml'), '--format', 'json'],
    code: 0,
    check: (r) => {
      const rep = json(r);
      assert.equal(rep.decision, 'GO');
      assert.equal(rep.incomplete, undefined);
    },
  },
  { name: 'an expired gate.allowErrors accepts nothing', args: () => ['logs', f('nul.log'), '--config', f('logs-allow-expired.yml'), '--no-progress', '--verbose'], code: 1, out: /expired on 2001-01-01/, noGo: true },

  // ---- bounded time ------------------------------------------------------------------------------------------
  {
    name: '--timeout on an API that stops answering: report interrupted, NO-GO',
    args: () => ['api', '--config', cfg(api(`http://127.0.0.1:${srv.slow}`), 'slow-timeout'), '--timeout', '1500ms', '--format', 'json', '--no-progress'],
    code: 1,
    noGo: true,
    check: (r) => {
      const rep = json(r);
      assert.equal(rep.interrupted, true);
      assert.equal(rep.interruptedBy, '--timeout 1500ms');
    },
  },
  {
    name: '--timeout on a history walk that never ends',
    env: () => ({ PATH: `${f('slow-git')}:${process.env.PATH}` }),
    args: () => ['secrets', f('corrupt-git'), '--history', '--timeout', '1s', '--format', 'json'],
    code: 1,
    noGo: true,
    check: (r) => assert.equal(json(r).interruptedBy, '--timeout 1s'),
  },
  {
    name: '--timeout on the gate (smoke check hangs)',
    args: () => ['gate', '--config', cfg(`deploy:\n  baseUrl: http://127.0.0.1:${srv.hang}\n  timeoutMs: 60000\n  smoke:\n    - { name: home, url: / }\n`, 'gate-hang'), '--timeout', '1s', '--format', 'json'],
    code: 1,
    noGo: true,
    check: (r) => assert.equal(json(r).interrupted, true),
  },

  { name: '--timeout counts config loading too (a config module that never settles)', args: () => ['audit', '--config', f('never.config.mjs'), '--timeout', '1s'], code: 2, err: /interrupted by --timeout 1s before a report was ready; nothing was written/ },

  // ---- monitor / deploy data folders -------------------------------------------------------------------------
  { name: 'monitor --data under /proc (no hang)', args: () => ['monitor', '--config', cfg(`monitor:\n  monitors:\n    - { id: home, type: http, url: "http://127.0.0.1:${srv.closedPort}/" }\n`, 'mon'), '--once', '--data', '/proc/launchready-x'], code: 2, err: /--data: cannot create \/proc\/launchready-x/ },
  { name: 'monitor --data that is a file', args: () => ['monitor', '--config', cfg(`monitor:\n  monitors:\n    - { id: home, type: http, url: "http://127.0.0.1:${srv.closedPort}/" }\n`, 'mon'), '--once', '--data', f('a-file')], code: 2, err: /--data: .*a-file is not a folder/ },
  { name: 'monitor --data not writable (non-root)', asUser: true, args: () => ['monitor', '--config', cfg(`monitor:\n  monitors:\n    - { id: home, type: http, url: "http://127.0.0.1:${srv.closedPort}/" }\n`, 'mon'), '--once', '--data', f('ro-dir', 'mon')], code: 2, err: /--data: cannot create .*ro-dir\/mon \(EACCES: permission denied\)/ },
  { name: 'deploy mark --data under /proc', args: () => ['deploy', 'mark', '--version', 'v1', '--data', '/proc/launchready-x'], code: 2, err: /--data: cannot create \/proc\/launchready-x/ },

  // ---- gate env files ------------------------------------------------------------------------------------------
  { name: 'gate --dotenv missing names the flag and file', args: () => ['gate', '--config', cfg('deploy:\n  requiredEnv: [DATABASE_URL]\n', 'gate-env'), '--dotenv', f('missing.env')], code: 2, err: /--dotenv .*missing\.env: cannot read \(ENOENT\)/ },
  { name: 'gate --dotenv with a placeholder value → roll back', args: () => ['gate', '--config', cfg('deploy:\n  requiredEnv: [DATABASE_URL]\n', 'gate-env'), '--dotenv', f('prod.env'), '--verbose'], code: 1, out: /placeholder/ },

  // ---- unexpected errors are typed -------------------------------------------------------------------------
  { name: 'init into a read-only folder (non-root)', asUser: true, args: () => ['init', f('ro-dir')], code: 2, err: /ro-dir\/launchready\.yml: cannot write file \(EACCES: no permission to write in/ },
  { name: '--timeout 0 means no limit', args: () => ['secrets', f('clean'), '--timeout', '0', '--no-progress'], code: 0, out: /^GO /m },
  { name: 'init into a missing folder', args: () => ['init', f('nope-dir')], code: 2, err: /nope-dir: not a folder/ },
  { name: 'no stack trace for a bad --connect-to', args: () => ['api', '--config', cfg(api(`http://127.0.0.1:${srv.closedPort}`), 'closed'), '--connect-to', 'garbage'], code: 2, err: /connect-to/, check: (r) => assert.doesNotMatch(r.stderr, /unexpected error|\n\s+at /) },
];

/** Never GO where the run could not look: no GO line, no "decision": "GO". */
function assertNoGo(r: RunResult): void {
  assert.doesNotMatch(r.stdout, /^GO\b/m, 'a run that could not look printed GO');
  assert.doesNotMatch(r.stdout, /"decision": "GO"/, 'a run that could not look reported decision GO');
}

describe('hostile inputs: exit code, message, never GO when blind', { concurrency: 4 }, () => {
  for (const c of CASES) {
    const skip = c.asUser && runner.skip ? runner.skip : false;
    it(c.name, { skip }, async (t) => {
      const late = c.skipIf?.();
      if (late) return t.skip(late);
      const r = await runCli(c.args(), { cwd: root, ...(c.env ? { env: c.env() } : {}), ...(c.asUser ? { runner } : {}), ...(c.stdin !== undefined ? { stdin: c.stdin } : {}) });
      const ctx = `exit ${r.code} (signal ${r.signal})\nstdout: ${r.stdout.slice(0, 1500)}\nstderr: ${r.stderr.slice(0, 1500)}`;
      assert.equal(r.code, c.code, ctx);
      if (c.err) assert.match(r.stderr, c.err, ctx);
      if (c.out) assert.match(r.stdout, c.out, ctx);
      if (c.code === 2) assert.doesNotMatch(r.stderr, /unexpected error/, ctx);
      if (c.noGo) assertNoGo(r);
      c.check?.(r);
    });
  }
});

// ---- signals ---------------------------------------------------------------------------------------------------
/** The contract: exit within 5 s of the first signal (README exit-code table). */
const SIGNAL_BOUND_MS = 5000;

function interruptedOrAbsent(file: string): void {
  if (!existsSync(file)) return; // "or nothing"
  const rep = JSON.parse(readFileSync(file, 'utf8'));
  assert.equal(rep.interrupted, true);
  assert.equal(rep.decision, 'NO-GO');
}

// one at a time: each waits for "its" run to reach the slow server
describe('signals: stop, mark the report interrupted, never GO', { concurrency: 1 }, () => {
  for (const [sig, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    it(`api mid-run, ${sig} → ${code} within 5 s, report interrupted`, async () => {
      const out = f(`sig-api-${sig}.json`);
      let sent = 0;
      const busy = srv.slowBusy();
      const r = await runCli(['api', '--config', cfg(api(`http://127.0.0.1:${srv.slow}`), 'slow-sig'), '--format', 'json', '--output', out, '--no-progress'], {
        cwd: root,
        during: async (child) => {
          await busy; // the run is in flight: requests past `/` hang
          sent = Date.now();
          child.kill(sig);
        },
      });
      assert.equal(r.code, code, r.stderr);
      assert.ok(Date.now() - sent < SIGNAL_BOUND_MS, `exited ${Date.now() - sent} ms after ${sig}`);
      assert.ok(existsSync(out), 'the api run had started: its report is written');
      interruptedOrAbsent(out);
      assert.equal(JSON.parse(readFileSync(out, 'utf8')).interruptedBy, sig);
      assert.deepEqual(tmpLeft(root), []);
    });
  }

  it('a second signal exits at once, leaving no temp file', async () => {
    const out = f('sig-twice.json');
    const busy = srv.slowBusy();
    const r = await runCli(['api', '--config', cfg(api(`http://127.0.0.1:${srv.slow}`), 'slow-sig'), '--format', 'json', '--output', out, '--no-progress'], {
      cwd: root,
      during: async (child) => {
        await busy;
        child.kill('SIGINT');
        child.kill('SIGINT');
      },
    });
    assert.ok(r.code === 130, `exit ${r.code} ${r.stderr}`);
    interruptedOrAbsent(out);
    assert.deepEqual(tmpLeft(root), []);
  });

  it('secrets --history: SIGINT stops the history walk (git killed) → 130', async () => {
    const started = f('slow-git', 'started');
    rmSync(started, { force: true });
    const r = await runCli(['secrets', f('corrupt-git'), '--history', '--format', 'json'], {
      cwd: root,
      env: { PATH: `${f('slow-git')}:${process.env.PATH}` },
      during: async (child) => {
        while (!existsSync(started)) await new Promise((res) => setTimeout(res, 50));
        const sent = Date.now();
        child.kill('SIGINT');
        await new Promise((res) => child.on('close', res));
        assert.ok(Date.now() - sent < SIGNAL_BOUND_MS, `exited ${Date.now() - sent} ms after SIGINT`);
      },
    });
    assert.equal(r.code, 130, r.stderr);
    const rep = JSON.parse(r.stdout);
    assert.equal(rep.interrupted, true);
    assert.notEqual(rep.decision, 'GO');
  });

  it('logs - with stdin still open: SIGTERM → 143, never GO', async () => {
    const r = await runCli(['logs', '-', '--format', 'json'], {
      cwd: root,
      during: async (child) => {
        child.stdin!.write('2026-01-01 GET / 200\n');
        await new Promise((res) => setTimeout(res, 800));
        child.kill('SIGTERM');
      },
    });
    assert.equal(r.code, 143, r.stderr);
    assertNoGo(r);
  });

  it('SIGTERM before any work: exit 143, nothing claims GO', async () => {
    const r = await runCli(['secrets', f('clean'), '--format', 'json'], {
      cwd: root,
      during: (child) => {
        child.kill('SIGTERM');
      },
    });
    // the signal may land before node installs any handler (killed by the signal itself) or after (143)
    assert.ok(r.code === 143 || r.signal === 'SIGTERM', `exit ${r.code} signal ${r.signal}`);
    assertNoGo(r);
  });
});

describe('gate: --env-file, the old name of --dotenv', () => {
  it('works for an existing file (Node 20 intercepts only a missing one: use --dotenv)', async () => {
    const r = await runCli(['gate', '--config', cfg('deploy:\n  requiredEnv: [DATABASE_URL]\n', 'gate-env'), '--env-file', f('prod.env'), '--verbose'], { cwd: root });
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /DATABASE_URL in .*prod\.env holds a placeholder value/);
  });
});

describe('README exit-code table matches the suite', () => {
  it('has the incomplete and interrupted rows with the codes the suite asserts', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('### Exit codes (every command)'), readme.indexOf('## What a report contains'));
    for (const row of [/^\| 0 \| ran; decision GO/m, /^\| 1 \| ran; decision NO-GO/m, /^\| 1 — incomplete \|/m, /^\| 1 — interrupted \(`--timeout`\) \|/m, /^\| 2 \| could not run/m, /^\| 130 \/ 143 — interrupted \|/m]) {
      assert.match(table, row);
    }
    const codes = new Set(CASES.map((c) => c.code));
    for (const c of [0, 1, 2]) assert.ok(codes.has(c), `the table asserts exit ${c}`);
  });
});

describe('hostile suite size', () => {
  it('has at least 70 cases', () => assert.ok(CASES.length + 7 >= 70, `${CASES.length + 7} cases`));
});
