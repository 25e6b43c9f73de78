import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runChecks } from '../../core/runner.js';
import type { Check } from '../../core/check.js';
import type { RepoProbe } from '../../probes/fs-walk.js';
import { fakeSecret } from '../secrets/fake.js';
import { repoChecks } from './index.js';

interface Tree {
  [path: string]: string | { text: string; tracked?: boolean };
}

function probe(tree: Tree, opts: { git?: boolean; ignore?: string[] } = {}): RepoProbe {
  const files = Object.entries(tree).map(([path, v]) => ({ path, size: (typeof v === 'string' ? v : v.text).length, tracked: typeof v === 'string' ? true : v.tracked !== false, shipped: path.startsWith('dist/') }));
  return {
    root: '/repo',
    files,
    git: opts.git ?? true,
    async readText(p) {
      const v = tree[p];
      return v === undefined ? null : typeof v === 'string' ? v : v.text;
    },
    async ignored(paths) {
      return new Set(paths.filter((p) => (opts.ignore ?? []).some((g) => p === g || (g.endsWith('*') && p.startsWith(g.slice(0, -1))))));
    },
  };
}

async function run(id: string, tree: Tree, opts: { git?: boolean; ignore?: string[]; envFiles?: Record<string, string> } = {}) {
  const check = repoChecks.find((c) => c.id === id) as Check;
  const { findings } = await runChecks([{ check, target: { root: '/repo', envFiles: opts.envFiles ?? {} }, probes: { repo: probe(tree, opts) } }]);
  return findings.map((f) => ({ messageId: f.messageId, status: f.status, severity: f.severity }));
}

const STRIPE = fakeSecret('stripe-secret-key');
const JWT = fakeSecret('generic-secret');

describe('repo/env-committed', () => {
  it('fails on a tracked .env with real secrets', async () => assert.deepEqual(await run('repo/env-committed', { '.env': `STRIPE_SECRET_KEY=${STRIPE}\nPORT=3000\n` }), [{ messageId: 'committed', status: 'fail', severity: 'high' }]));
  it('passes on placeholders and examples', async () =>
    assert.deepEqual(await run('repo/env-committed', { '.env': 'STRIPE_SECRET_KEY=\nAPI_KEY=changeme\n', '.env.example': `STRIPE_SECRET_KEY=${STRIPE}\n` }), [{ messageId: 'ok', status: 'pass', severity: 'info' }]));
  it('untracked .env in a git repo is not committed', async () => assert.equal((await run('repo/env-committed', { '.env': { text: `STRIPE_SECRET_KEY=${STRIPE}\n`, tracked: false } }))[0]!.status, 'pass'));
});

describe('repo/env-not-ignored', () => {
  it('fails when .gitignore lets .env through', async () => assert.deepEqual(await run('repo/env-not-ignored', { 'package.json': '{}', '.env.example': 'A=' }, { ignore: [] }), [{ messageId: 'notIgnored', status: 'fail', severity: 'medium' }]));
  it('passes when .env files are ignored', async () => assert.equal((await run('repo/env-not-ignored', { 'package.json': '{}' }, { ignore: ['.env*'] }))[0]!.messageId, 'ok'));
  it('skipped (unused) when nothing in the project reads .env files', async () =>
    assert.deepEqual(await run('repo/env-not-ignored', { 'main.go': 'package main', 'README.md': '# x' }, { ignore: [] }), [{ messageId: 'unused', status: 'skipped', severity: 'info' }]));
});

describe('repo/env-example-missing', () => {
  const code = { 'src/a.ts': 'const k = process.env.STRIPE_SECRET_KEY; const p = process.env.PORT; const u = import.meta.env.VITE_API_URL;' };
  it('fails per variable missing from .env.example', async () => assert.deepEqual(await run('repo/env-example-missing', { ...code, '.env.example': 'STRIPE_SECRET_KEY=\n' }), [{ messageId: 'missing', status: 'fail', severity: 'low' }]));
  it('fails when there is no .env.example', async () => assert.equal((await run('repo/env-example-missing', code))[0]!.messageId, 'noExample'));
  it('passes when every variable is documented', async () => assert.equal((await run('repo/env-example-missing', { ...code, '.env.example': 'STRIPE_SECRET_KEY=\nVITE_API_URL=\n' }))[0]!.status, 'pass'));
});

describe('repo/client-exposed-secret', () => {
  it('a secret value behind NEXT_PUBLIC_ is critical', async () => assert.deepEqual(await run('repo/client-exposed-secret', { '.env': `NEXT_PUBLIC_STRIPE_SECRET=${STRIPE}\n` }), [{ messageId: 'value', status: 'fail', severity: 'critical' }]));
  it('a server-only name behind VITE_ in code is high', async () => assert.deepEqual(await run('repo/client-exposed-secret', { 'src/a.ts': 'fetch(u, { headers: { k: import.meta.env.VITE_SUPABASE_SERVICE_ROLE_KEY } })' }), [{ messageId: 'name', status: 'fail', severity: 'high' }]));
  it('feature flags about passwords are not secrets (NEXT_PUBLIC_DISABLE_EMAIL_PASSWORD_SIGNUP)', async () =>
    assert.deepEqual((await run('repo/client-exposed-secret', { '.env.example': 'NEXT_PUBLIC_DISABLE_EMAIL_PASSWORD_SIGNUP=false\nVITE_PASSWORD_MIN_LENGTH=8\nNEXT_PUBLIC_ADMIN_LOGIN_PASSWORD=\n' })).map((f) => f.messageId), ['name']));
  it('publishable / anon keys behind client prefixes pass', async () =>
    assert.equal((await run('repo/client-exposed-secret', { '.env': `NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=${fakeSecret('stripe-publishable-key')}\nNEXT_PUBLIC_SUPABASE_ANON_KEY=x\n` }))[0]!.status, 'pass'));
});

describe('repo/env-shared-secret', () => {
  it('same secret in production and staging is high', async () => assert.deepEqual(await run('repo/env-shared-secret', { '.env.production': `JWT_SECRET=${JWT}\n`, '.env.staging': `JWT_SECRET=${JWT}\n` }), [{ messageId: 'shared', status: 'fail', severity: 'high' }]));
  it('distinct secrets pass; config envFiles mapping is honoured', async () =>
    assert.equal((await run('repo/env-shared-secret', { 'deploy/prod.vars': `JWT_SECRET=${JWT}\n`, 'deploy/stg.vars': `JWT_SECRET=${fakeSecret('generic-secret')}\n` }, { envFiles: { production: 'deploy/prod.vars', staging: 'deploy/stg.vars' } }))[0]!.status, 'pass'));
});

describe('repo/ci-secret-scan', () => {
  it('fails when CI runs no scanner', async () => assert.deepEqual(await run('repo/ci-secret-scan', { '.github/workflows/ci.yml': 'steps:\n  - run: npm test\n' }), [{ messageId: 'missing', status: 'fail', severity: 'medium' }]));
  it('fails when there is no CI at all', async () => assert.equal((await run('repo/ci-secret-scan', { 'a.ts': '' }))[0]!.messageId, 'noCi'));
  it('passes with gitleaks or launchready in a workflow', async () => {
    assert.equal((await run('repo/ci-secret-scan', { '.github/workflows/ci.yml': 'steps:\n  - uses: gitleaks/gitleaks-action@v2\n' }))[0]!.status, 'pass');
    assert.equal((await run('repo/ci-secret-scan', { '.gitlab-ci.yml': 'scan:\n  script: npx launchready secrets . --history\n' }))[0]!.status, 'pass');
  });
});

describe('repo/env-example-missing: destructuring', () => {
  it('reads names destructured from process.env (instrumentation.ts)', async () =>
    assert.deepEqual(await run('repo/env-example-missing', { 'instrumentation.ts': 'const { OTEL_HEADERS, SENTRY_DSN: dsn = "" } = process.env;', '.env.example': 'OTEL_HEADERS=\n' }), [{ messageId: 'missing', status: 'fail', severity: 'low' }]));
});

const PW = ['Pg', 'pw', '7731', 'xq'].join('-');
describe('repo/env-production-credentials', () => {
  it('a committed .env.production with a connection string password is critical', async () =>
    assert.deepEqual(await run('repo/env-production-credentials', { '.env.production': `DATABASE_URL=postgresql://app:${PW}@db.prod.example.net:5432/app\nNODE_ENV=production\n` }), [{ messageId: 'committed', status: 'fail', severity: 'critical' }]));
  it('a live key in .env.production counts; placeholders, localhost and staging files do not', async () => {
    assert.equal((await run('repo/env-production-credentials', { '.env.production': `STRIPE_SECRET_KEY=${STRIPE}\n` }))[0]!.messageId, 'committed');
    assert.deepEqual(await run('repo/env-production-credentials', { '.env.production': 'DATABASE_URL=postgres://app:${DB_PASSWORD}@db.prod.example.net/app\nREDIS_URL=redis://:x@localhost:6379\n', '.env.staging': `DATABASE_URL=postgres://app:${PW}@db.stg.example.net/app\n` }), [{ messageId: 'ok', status: 'pass', severity: 'info' }]);
  });
  it('an untracked .env.production in a git repo is not committed', async () => assert.equal((await run('repo/env-production-credentials', { '.env.production': { text: `STRIPE_SECRET_KEY=${STRIPE}\n`, tracked: false } }))[0]!.status, 'pass'));
});

describe('repo/framework-exposed-secret', () => {
  const id = 'repo/framework-exposed-secret';
  it('Next.js env and publicRuntimeConfig', async () =>
    assert.deepEqual(await run(id, { 'next.config.mjs': 'export default { env: { APP_VERSION: "1", STRIPE_SECRET_KEY: process.env.STRIPE_SECRET_KEY }, publicRuntimeConfig: { databaseUrl: process.env.DATABASE_URL }, serverRuntimeConfig: { s: process.env.JWT_SECRET } };' }), [
      { messageId: 'exposed', status: 'fail', severity: 'high' },
      { messageId: 'exposed', status: 'fail', severity: 'high' },
    ]));
  it('Vite define and envPrefix', async () => {
    assert.equal((await run(id, { 'vite.config.ts': "export default { define: { 'process.env.ADMIN_SECRET': JSON.stringify(process.env.ADMIN_SECRET) } }" })).length, 1);
    assert.equal((await run(id, { 'vite.config.ts': "export default { envPrefix: ['VITE_', 'APP_'] }", '.env': 'APP_PRIVATE_KEY=x\nAPP_TITLE=Shop\n' }))[0]!.messageId, 'exposed');
  });
  it('API keys by name, and variables whose env-file value is a secret', async () => {
    assert.equal((await run(id, { 'next.config.js': 'module.exports = { env: { OPENAI_API_KEY: process.env.OPENAI_API_KEY, GOOGLE_MAPS_API_KEY: process.env.GOOGLE_MAPS_API_KEY } }' })).filter((f) => f.messageId === 'exposed').length, 1);
    assert.equal((await run(id, { 'next.config.js': 'module.exports = { env: { PAYMENTS: process.env.PAYMENTS } }', '.env.production': `PAYMENTS=${STRIPE}\n` }))[0]!.messageId, 'exposed');
  });
  it('the whole environment: define process.env, env spread', async () => {
    assert.equal((await run(id, { 'vite.config.js': "export default ({ mode }) => { const env = loadEnv(mode, '.', ''); return { define: { 'process.env': JSON.stringify(env) } }; }" }))[0]!.messageId, 'exposed');
    assert.equal((await run(id, { 'next.config.js': 'module.exports = { env: { ...process.env } }' }))[0]!.messageId, 'exposed');
  });
  it('Nuxt runtimeConfig.public and Expo extra; private config passes', async () => {
    assert.equal((await run(id, { 'nuxt.config.ts': 'export default defineNuxtConfig({ runtimeConfig: { apiSecret: "", public: { stripeSecretKey: process.env.STRIPE_SECRET_KEY } } })' }))[0]!.messageId, 'exposed');
    assert.equal((await run(id, { 'app.json': '{ "expo": { "extra": { "serviceRoleKey": "x", "eas": { "projectId": "p" } } } }' }))[0]!.messageId, 'exposed');
    assert.deepEqual(await run(id, { 'nuxt.config.ts': 'export default defineNuxtConfig({ runtimeConfig: { apiSecret: process.env.API_SECRET, public: { siteUrl: "https://x.io", stripePublishableKey: process.env.STRIPE_PUBLISHABLE_KEY } } })', 'app.config.ts': 'export default { expo: { extra: { apiUrl: process.env.EXPO_PUBLIC_API_URL, eas: { projectId: "p" } } } }', 'next.config.js': 'module.exports = { env: { NEXT_PUBLIC_VERSION: "1" }, publicRuntimeConfig: { siteName: "x" } }' }), [{ messageId: 'ok', status: 'pass', severity: 'info' }]);
  });
});

describe('repo/docker-build-context', () => {
  const id = 'repo/docker-build-context';
  it('COPY . . without a .dockerignore rule for .env*, ENV and ARG secrets', async () => {
    const r = await run(id, { Dockerfile: `FROM node:20\nARG NPM_TOKEN\nENV STRIPE_SECRET_KEY=${STRIPE}\nCOPY . .\n`, '.dockerignore': 'node_modules\n', '.env.production': 'A=1\n' });
    assert.deepEqual(r.map((x) => x.messageId).sort(), ['arg-secret', 'copy-context', 'env-secret']);
  });
  it('passes with .env* ignored, named copies and secret mounts', async () => {
    assert.deepEqual(await run(id, { Dockerfile: 'FROM node:20\nCOPY . .\nRUN --mount=type=secret,id=npm npm ci\nENV NODE_ENV=production\n', '.dockerignore': '.env*\n!.env.example\n', '.env': 'A=1\n' }), [{ messageId: 'ok', status: 'pass', severity: 'info' }]);
    assert.equal((await run(id, { 'worker/Dockerfile': 'FROM node:20\nCOPY package.json index.js ./\n' }))[0]!.status, 'pass');
    assert.equal((await run(id, { 'a.ts': '' }))[0]!.status, 'skipped');
  });
  it('.dockerignore patterns match from the context root (Docker), not at any depth (.gitignore)', async () => {
    const tree = (dockerignore: string) => ({ Dockerfile: 'FROM node:20\nCOPY . .\n', '.dockerignore': dockerignore, '.env': 'A=1\n', 'app/.env.production': 'A=1\n' });
    // `.env*` excludes the root .env only: Docker copies app/.env.production into the image
    assert.deepEqual((await run(id, tree('.env*\n'))).map((x) => x.messageId), ['copy-context']);
    assert.deepEqual((await run(id, tree('/.env*\napp/.env*\n'))).map((x) => x.messageId), ['ok']);
    assert.deepEqual((await run(id, tree('**/.env*\n!**/.env.example\n'))).map((x) => x.messageId), ['ok']);
    // a folder rule excludes what is inside it; a later negation brings a file back
    assert.deepEqual((await run(id, tree('.env\napp\n'))).map((x) => x.messageId), ['ok']);
    assert.deepEqual((await run(id, tree('**/.env*\n!app/.env.production\n'))).map((x) => x.messageId), ['copy-context']);
  });
});
