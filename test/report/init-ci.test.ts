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
  assert.match(io.out.text, /wrote shop\/launchready\.yml: framework Next\.js, 5 env names from \.env\.example, OpenAPI docs\/openapi\.yaml/);
  const text = await readFile(join(app, 'launchready.yml'), 'utf8');
  const raw = parse(text);
  const config = validateConfig(raw, 'launchready.yml', {});
  assert.equal(config.project.name, 'shop-web');
  assert.equal(config.repo?.path, '.');
  assert.deepEqual(config.edge?.hosts, ['https://app.shop.example', 'https://api.shop.example', 'https://www.shop.example']);
  assert.equal(config.api?.baseUrl, 'https://api.shop.example');
  assert.equal(config.api?.openapi, 'docs/openapi.yaml');
  assert.deepEqual(config.deploy?.requiredEnv, ['APP_URL', 'API_URL', 'DATABASE_URL', 'STRIPE_SECRET_KEY', 'NEXT_PUBLIC_SENTRY_DSN']);
  assert.equal(config.deploy?.smoke[0]?.url, '/');
  assert.ok(config.handover?.env.some((e) => e.name === 'STRIPE_SECRET_KEY'));
  assert.ok(!text.includes('SHOULD_NOT_BE_SEEN'), 'node_modules is skipped');
  assert.ok(!text.includes('u:p@'), 'values of env files never reach the config');
  // a preview deploy: CI sets LAUNCHREADY_URL and the same file targets it
  const preview = validateConfig(raw, 'launchready.yml', { LAUNCHREADY_URL: 'https://pr-7.shop-preview.example' });
  assert.equal(preview.api?.baseUrl, 'https://pr-7.shop-preview.example');
  assert.equal(preview.edge?.hosts[0], 'https://pr-7.shop-preview.example');
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
};
const FORMATS = new Set(['text', 'json', 'sarif', 'junit', 'markdown', 'html']);

function launchreadyCommands(strings: string[]): string[][] {
  const out: string[][] = [];
  for (const s of strings) for (const m of s.matchAll(/npx launchready ([^\n|&;]+)/g)) out.push(m[1]!.trim().split(/\s+/));
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
    else if (f === '--output' || f === '--config') assert.ok(rest[++i] && !rest[i]!.startsWith('-'));
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
  assert.deepEqual(previewCmds[0], ['audit', '--config', 'launchready.yml', '--format', 'json', '--output', 'launchready-report.json']);
  for (const c of [...launchreadyCommands(runs), ...previewCmds]) assertContract(c);

  const gl = parse(await readFile(join(app, '.gitlab-ci.yml'), 'utf8'));
  const glCmds = launchreadyCommands([...gl['launchready-secrets'].script, ...gl['launchready-audit-preview'].script, ...gl['launchready-audit-preview'].after_script]);
  assert.deepEqual(glCmds[0], ['secrets', '.', '--history', '--format', 'sarif', '--output', 'launchready-secrets.sarif']);
  assert.deepEqual(glCmds[1], ['audit', '--config', 'launchready.yml', '--format', 'json', '--output', 'launchready-report.json']);
  for (const c of glCmds) assertContract(c);
  assert.equal(gl['launchready-secrets'].variables.GIT_DEPTH, '0');
  assert.equal(gl['launchready-audit-preview'].stage, '.post');
  assert.ok(gl['launchready-secrets'].artifacts.paths.includes('launchready-secrets.sarif'));
});

test('init ci refuses to overwrite either file without --force and writes nothing then', async () => {
  const dir = join(base, 'ci-only-gitlab');
  await mkdir(dir);
  await writeFile(join(dir, '.gitlab-ci.yml'), 'build: { script: [make] }\n');
  const io = testIo({}, dir);
  assert.equal(await main(['init', 'ci'], io), 2);
  assert.match(io.err.text, /\.gitlab-ci\.yml already exists; .*--force/);
  assert.ok(!existsSync(join(dir, '.github')), 'nothing half-written');
  const io2 = testIo({}, dir);
  assert.equal(await main(['init', 'ci', '--provider', 'github'], io2), 0, io2.err.text);
  assert.ok(existsSync(join(dir, '.github', 'workflows', 'launchready.yml')));
  const io3 = testIo({}, dir);
  assert.equal(await main(['init', 'ci', '--provider', 'gitlab', '--force'], io3), 0, io3.err.text);
  assert.match(await readFile(join(dir, '.gitlab-ci.yml'), 'utf8'), /launchready-secrets:/);
});
