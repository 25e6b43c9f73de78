import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { main } from '../../src/cli/main.js';
import { validateConfig } from '../../src/core/config/validate.js';
import { testIo } from '../helpers.js';

let base = '';
let app = '';

before(async () => {
  base = await mkdtemp(join(tmpdir(), 'lr-init-'));
  app = join(base, 'shop');
  await mkdir(join(app, 'docs'), { recursive: true });
  await mkdir(join(app, 'src'), { recursive: true });
  await mkdir(join(app, 'node_modules', 'x'), { recursive: true });
  await writeFile(join(app, 'package.json'), JSON.stringify({ name: 'shop-web', dependencies: { next: '15.0.0', react: '19.0.0' } }));
  await writeFile(join(app, '.env.example'), 'APP_URL=https://app.shop.example\nAPI_URL=https://api.shop.example\nDATABASE_URL=postgres://u:p@db.internal/shop\nSTRIPE_SECRET_KEY=\nNEXT_PUBLIC_SENTRY_DSN=https://k@o1.ingest.sentry.io/1\n');
  await writeFile(join(app, 'docs', 'openapi.yaml'), 'openapi: 3.1.0\ninfo: { title: shop, version: "1" }\npaths: {}\n');
  await writeFile(join(app, 'vercel.json'), JSON.stringify({ alias: ['www.shop.example'] }));
  await writeFile(join(app, 'src', 'db.ts'), 'export const url = process.env.DATABASE_URL;\n');
  await writeFile(join(app, 'node_modules', 'x', 'index.js'), 'process.env.SHOULD_NOT_BE_SEEN\n');
});

after(async () => {
  if (base) await rm(base, { recursive: true, force: true });
});

test('init writes a starter config from what it finds, and it validates against the schema', async () => {
  const io = testIo({}, base);
  assert.equal(await main(['init', 'shop'], io), 0, io.err.text);
  assert.match(io.out.text, /wrote shop\/launchready\.yml: framework Next\.js, 0 routes in the code, OpenAPI docs\/openapi\.yaml, login not found, 1 env names read by the code/);
  assert.match(io.out.text, /public hosts found \(app\.shop\.example, api\.shop\.example, www\.shop\.example\) are commented out/);
  const text = await readFile(join(app, 'launchready.yml'), 'utf8');
  const raw = parse(text);
  const config = validateConfig(raw, 'launchready.yml', {});
  assert.equal(config.project.name, 'shop-web');
  assert.equal(config.repo?.path, '.');
  // public hosts from deploy config are proposed, never active: nothing but LAUNCHREADY_URL is contacted
  assert.equal(config.edge, undefined);
  assert.match(text, /^#\s+- "https:\/\/www\.shop\.example"\s+# vercel\.json alias$/m);
  assert.match(text, /CONFIRM BEFORE RUNNING/);
  assert.equal(config.api?.baseUrl, 'http://localhost:3000');
  assert.equal(config.api?.openapi, 'docs/openapi.yaml');
  assert.deepEqual(config.deploy?.requiredEnv, ['API_URL', 'APP_URL', 'DATABASE_URL', 'NEXT_PUBLIC_SENTRY_DSN', 'STRIPE_SECRET_KEY']);
  assert.equal(config.deploy?.smoke[0]?.url, '/');
  assert.equal(config.smoke?.flows[0]?.name, 'home');
  assert.ok(config.handover?.env.some((e) => e.name === 'STRIPE_SECRET_KEY'));
  assert.ok(!text.includes('SHOULD_NOT_BE_SEEN'), 'node_modules is skipped');
  assert.ok(!text.includes('u:p@'), 'values of env files never reach the config');
  // .launchready/ and the report files are git-ignored
  assert.deepEqual((await readFile(join(app, '.gitignore'), 'utf8')).split('\n').filter((l) => l && !l.startsWith('#')), ['.launchready/', 'launchready-report.*', 'launchready-secrets.sarif']);
  // a preview deploy: CI sets LAUNCHREADY_URL and the same file targets it
  const preview = validateConfig(raw, 'launchready.yml', { LAUNCHREADY_URL: 'https://pr-7.shop-preview.example' });
  assert.equal(preview.api?.baseUrl, 'https://pr-7.shop-preview.example');
  assert.equal(preview.deploy?.baseUrl, 'https://pr-7.shop-preview.example');
});

test('init never overwrites without --force (exit 2 naming the file)', async () => {
  const before = await readFile(join(app, 'launchready.yml'), 'utf8');
  const io = testIo({}, base);
  assert.equal(await main(['init', 'shop'], io), 2);
  assert.match(io.err.text, /shop\/launchready\.yml already exists.*--force/);
  assert.equal(await readFile(join(app, 'launchready.yml'), 'utf8'), before);
  const io2 = testIo({}, base);
  assert.equal(await main(['init', 'shop', '--force'], io2), 0, io2.err.text);
});

test('init on an empty folder writes a valid repo-only config; a missing folder is exit 2', async () => {
  const empty = join(base, 'empty');
  await mkdir(empty);
  const io = testIo({}, empty);
  assert.equal(await main(['init'], io), 0, io.err.text);
  const config = validateConfig(parse(await readFile(join(empty, 'launchready.yml'), 'utf8')), 'x.yml', {});
  assert.equal(config.repo?.path, '.');
  assert.equal(config.api, undefined);
  const io2 = testIo({}, base);
  assert.equal(await main(['init', 'nope'], io2), 2);
  assert.match(io2.err.text, /nope: not a folder/);
});

// Contract: the commands and flags acceptance checks use (contract.md). CI files may use nothing else.
const CONTRACT: Record<string, { positional: boolean; flags: Set<string> }> = {
  secrets: { positional: true, flags: new Set(['--history', '--format', '--output']) },
  audit: { positional: false, flags: new Set(['--config', '--format', '--output']) },
  // launchready's own addition (documented): render another format from the audit's JSON, no re-run
  report: { positional: false, flags: new Set(['--from', '--format', '--output']) },
};
const FORMATS = new Set(['text', 'json', 'sarif', 'junit', 'markdown', 'html']);

function launchreadyCommands(strings: string[]): string[][] {
  const out: string[][] = [];
  // the pinned form: npx --yes --package "$LAUNCHREADY_PKG" launchready <command> ...
  for (const s of strings) for (const m of s.matchAll(/npx --yes --package "\$LAUNCHREADY_PKG" launchready ([^\n|&;]+)/g)) out.push(m[1]!.trim().split(/\s+/));
  return out;
}

function assertContract(argv: string[]): void {
  const [cmd, ...rest] = argv;
  const spec = CONTRACT[cmd!];
  assert.ok(spec, `command ${cmd} is not one the contract names`);
  let i = 0;
  if (spec.positional) assert.ok(!rest[i++]!.startsWith('-'), `${cmd} needs <path>`);
  for (; i < rest.length; i++) {
    const f = rest[i]!;
    assert.ok(spec.flags.has(f), `${cmd}: flag ${f} is not in the contract`);
    if (f === '--format') assert.ok(FORMATS.has(rest[++i]!), `bad format ${rest[i]}`);
    else if (f === '--output' || f === '--config' || f === '--from') assert.ok(rest[++i] && !rest[i]!.startsWith('-'));
  }
}

test('init ci writes GitHub and GitLab jobs that parse as YAML and run the contract commands', async () => {
  const io = testIo({}, app);
  assert.equal(await main(['init', 'ci'], io), 0, io.err.text);
  assert.match(io.out.text, /wrote \.github\/workflows\/launchready\.yml\nwrote \.gitlab-ci\.yml/);
  const gh = parse(await readFile(join(app, '.github', 'workflows', 'launchready.yml'), 'utf8'));
  assert.deepEqual(Object.keys(gh.on).sort(), ['deployment_status', 'pull_request', 'push']);
  const scan = gh.jobs['secret-scan'];
  assert.equal(scan.permissions['security-events'], 'write');
  const runs = scan.steps.map((s: { run?: string }) => s.run).filter(Boolean);
  assert.deepEqual(launchreadyCommands(runs), [['secrets', '.', '--history', '--format', 'sarif', '--output', 'launchready-secrets.sarif']]);
  const upload = scan.steps.find((s: { uses?: string }) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
  assert.equal(upload.with.sarif_file, 'launchready-secrets.sarif');
  assert.match(upload.if, /always\(\)/);
  assert.equal(scan.steps[0].with['fetch-depth'], 0, 'history scan needs the whole history');
  const preview = gh.jobs['audit-preview'];
  assert.match(preview.if, /deployment_status/);
  assert.match(preview.env.LAUNCHREADY_URL, /environment_url/);
  const previewCmds = launchreadyCommands(preview.steps.map((s: { run?: string }) => s.run).filter(Boolean));
  assert.deepEqual(previewCmds, [
    ['audit', '--config', 'launchready.yml', '--format', 'json', '--output', 'launchready-report.json'],
    ['report', '--from', 'launchready-report.json', '--format', 'html', '--output', 'launchready-report.html'],
    ['report', '--from', 'launchready-report.json', '--format', 'sarif', '--output', 'launchready-report.sarif'],
  ], 'the audit runs once; other formats are rendered from its JSON');
  assert.equal(preview.steps[0].with['fetch-depth'], 0, 'the config scans history: full-depth checkout');
  assert.match(gh.env.LAUNCHREADY_PKG, /^launchready@\d+\.\d+\.\d+/, 'the package is pinned to an exact version');
  for (const c of [...launchreadyCommands(runs), ...previewCmds]) assertContract(c);

  const gl = parse(await readFile(join(app, '.gitlab-ci.yml'), 'utf8'));
  const glCmds = launchreadyCommands([...gl['launchready-secrets'].script, ...gl['launchready-audit-preview'].script, ...gl['launchready-audit-preview'].after_script]);
  assert.deepEqual(glCmds[0], ['secrets', '.', '--history', '--format', 'sarif', '--output', 'launchready-secrets.sarif']);
  assert.deepEqual(glCmds[1], ['audit', '--config', 'launchready.yml', '--format', 'json', '--output', 'launchready-report.json']);
  for (const c of glCmds) assertContract(c);
  assert.equal(gl['launchready-secrets'].variables.GIT_DEPTH, '0');
  assert.equal(gl['launchready-audit-preview'].variables.GIT_DEPTH, '0');
  assert.match(gl.variables.LAUNCHREADY_PKG, /^launchready@\d/);
  assert.equal(gl['launchready-audit-preview'].stage, '.post');
  assert.ok(gl['launchready-secrets'].artifacts.paths.includes('launchready-secrets.sarif'));
});

test('init ci beside a project\'s own .gitlab-ci.yml: never touches it, writes an include file and says so; refuses to overwrite its own files without --force', async () => {
  const dir = join(base, 'ci-only-gitlab');
  await mkdir(dir);
  await writeFile(join(dir, '.gitlab-ci.yml'), 'build: { script: [make] }\n');
  const io = testIo({}, dir);
  assert.equal(await main(['init', 'ci'], io), 0, io.err.text);
  assert.equal(await readFile(join(dir, '.gitlab-ci.yml'), 'utf8'), 'build: { script: [make] }\n', 'the project\'s pipeline is untouched');
  assert.ok(existsSync(join(dir, '.gitlab', 'launchready.gitlab-ci.yml')));
  assert.match(io.out.text, /include: \[\{ local: \.gitlab\/launchready\.gitlab-ci\.yml \}\]/);
  assert.ok(existsSync(join(dir, '.github', 'workflows', 'launchready.yml')));
  // a second run: our own files exist → exit 2 naming them and the way out, nothing written
  const io2 = testIo({}, dir);
  assert.equal(await main(['init', 'ci'], io2), 2);
  assert.match(io2.err.text, /already exist; launchready never overwrites without --force \(or --provider gitlab/);
  const io3 = testIo({}, dir);
  assert.equal(await main(['init', 'ci', '--provider', 'gitlab', '--force'], io3), 0, io3.err.text);
  assert.match(await readFile(join(dir, '.gitlab', 'launchready.gitlab-ci.yml'), 'utf8'), /launchready-secrets:/);
});
