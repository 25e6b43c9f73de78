/**
 * Blind evaluation repository (issue #9): a git repository built at run time with ~40 commits, the way a small
 * team's app repo really evolves: secrets committed then "removed" in a later commit, a secret that only ever
 * lived on an unmerged branch, a secret moved between files (still one secret, one report), .env files
 * committed then deleted and ignored, a tracked file that .gitignore matches, a built bundle (dist/, ignored,
 * untracked) with a key in the minified JS and another in a source map's sourcesContent, a notebook with a
 * token in an output cell, plus the usual look-alikes. Every token comes from the independent generator in
 * blind-corpus.ts.
 *
 * Ground truth: one entry per distinct secret: (provider family, file, line, commit). `commit` is the commit
 * that introduced it (undefined for untracked bundle files). For a secret still in HEAD, file and line are its
 * HEAD location; for a secret only in history, its location in the introducing commit.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Rng, C, makeToken, jwt } from './blind-corpus.js';

export interface Expected {
  family: string;
  file: string;
  line: number;
  endLine: number;
  commit?: string;
  stillPresent: boolean;
}

export interface BlindRepo {
  dir: string;
  expected: Expected[];
  commits: number;
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.email=dev@acme.test', '-c', 'user.name=dev', '-c', 'commit.gpgsign=false', '-c', 'core.hooksPath=/dev/null', ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] }).toString().trim();
}

interface Planted {
  family: string;
  secret: string;
  /** commit index that introduced it (filled in at commit time) */
  commitIdx?: number;
  file: string;
  firstText: string;
}

export function buildBlindRepo(dir: string, seed = 424242): BlindRepo {
  const r = new Rng(seed);
  const planted: Planted[] = [];
  const commitIds: string[] = [];
  let pending: Planted[] = [];
  const write = (p: string, text: string) => {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), text);
  };
  const read = (p: string) => readFileSync(join(dir, p), 'utf8');
  /** a secret that will be committed in the next commit: remember it */
  const S = (family: string, file: string, secret?: string): string => {
    const v = secret ?? makeToken(family, r);
    pending.push({ family, secret: v, file, firstText: '' });
    return v;
  };
  const commit = (msg: string, ...paths: string[]) => {
    git(dir, 'add', '-A', ...(paths.length ? ['--', ...paths] : []));
    git(dir, 'commit', '-q', '--allow-empty', '-m', msg);
    const idx = commitIds.length;
    commitIds.push(git(dir, 'rev-parse', 'HEAD'));
    for (const p of pending) {
      p.commitIdx = idx;
      p.firstText = read(p.file);
      planted.push(p);
    }
    pending = [];
  };
  const hex = (n: number) => r.str(C.hex, n);
  const lines = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join('\n') + '\n';

  git(dir, 'init', '-q', '-b', 'main');

  // 1-5: scaffold with look-alikes only
  write('.gitignore', 'node_modules/\ndist/\n*.log\n');
  write('package.json', JSON.stringify({ name: 'acme-market', version: '0.1.0', scripts: { build: 'vite build' } }, null, 2) + '\n');
  write('package-lock.json', JSON.stringify({ name: 'acme-market', lockfileVersion: 3, packages: Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`node_modules/dep-${i}`, { version: `1.${i}.0`, resolved: `https://registry.npmjs.org/dep-${i}/-/dep-${i}-1.${i}.0.tgz`, integrity: `sha512-${r.str(C.b64, 86)}==` }])) }, null, 2) + '\n');
  write('README.md', '# acme market\n\nCopy `.env.example` to `.env` and set `STRIPE_SECRET_KEY` (it starts with `sk_live_`), e.g. `STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx`.\nAWS example: `AKIAIOSFODNN7EXAMPLE` / `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`.\n\n```sh\ncurl -H "Authorization: Bearer $API_TOKEN" https://api.acme.test/v1/orders\n```\n');
  commit('scaffold');
  write('.env.example', 'DATABASE_URL=postgres://user:password@localhost:5432/acme\nSTRIPE_SECRET_KEY=sk_live_...\nOPENAI_API_KEY=<your-openai-key>\nJWT_SECRET=changeme\nSENDGRID_API_KEY=\n');
  write('docker-compose.yml', 'services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: postgres\n  redis:\n    image: redis:7\n  app:\n    build: .\n    environment:\n      DATABASE_URL: postgres://postgres:postgres@db:5432/acme\n      REDIS_URL: redis://redis:6379\n');
  commit('docker compose for local dev');
  write('src/config.ts', "export const config = {\n  stripeKey: process.env.STRIPE_SECRET_KEY ?? '',\n  openaiKey: process.env.OPENAI_API_KEY,\n  jwtSecret: process.env.JWT_SECRET!,\n};\n");
  write('src/i18n/en.json', JSON.stringify({ login: { password: 'Password', token: 'Access token', forgot: 'Forgot your password?' }, errors: { token_expired: 'Your session token has expired' } }, null, 2) + '\n');
  commit('config and i18n');
  write('src/lib/firebase.ts', `import { initializeApp } from 'firebase/app';\n\nconst firebaseConfig = {\n  apiKey: "AIza${r.str(C.b64url, 35)}",\n  authDomain: "acme-market.firebaseapp.com",\n  projectId: "acme-market",\n  appId: "1:${r.str(C.digits, 12)}:web:${hex(22)}",\n};\nexport const app = initializeApp(firebaseConfig);\n`);
  write('src/lib/supabase.ts', `import { createClient } from '@supabase/supabase-js';\n\nexport const supabase = createClient('https://${r.str(C.lower, 20)}.supabase.co', '${jwt(r, { iss: 'supabase', ref: r.str(C.lower, 20), role: 'anon', iat: 1700000000, exp: 2000000000 })}');\n`);
  commit('firebase and supabase clients');
  write('src/checkout.ts', `const stripe = Stripe('pk_live_${r.str(C.alnum, 99)}');\nexport const PRICE_ID = 'price_${r.str(C.alnum, 24)}';\n`);
  commit('checkout');

  // 6: the classic: a production .env committed
  const envFile = () => `NODE_ENV=production\nDATABASE_URL=${S('postgres-url', '.env')}\nSTRIPE_SECRET_KEY=${S('stripe-secret', '.env')}\nOPENAI_API_KEY=${S('openai-project', '.env')}\nPORT=8080\n`;
  write('.env', envFile());
  commit('add env');
  // 7-8: unrelated work
  write('src/orders.ts', lines(20, (i) => `export const order${i} = { id: 'ORD-2025-${r.str(C.digits, 6)}', sha: '${hex(40)}' };`));
  commit('orders');
  write('src/theme.ts', "export const theme = { primary: '#1a2b3c', accentKey: '#ffcc00', tokenColor: '#abcdef' };\n");
  commit('theme');
  // 9: "fix": delete .env and ignore it (secrets stay in history)
  git(dir, 'rm', '-q', '--cached', '.env');
  rmSync(join(dir, '.env'));
  write('.gitignore', 'node_modules/\ndist/\n*.log\n.env\n.env.*\n!.env.example\n');
  commit('remove .env from repo');

  // 10: hard-coded key in source, later replaced by an env reference
  write('src/lib/mail.ts', `import sgMail from '@sendgrid/mail';\n\nsgMail.setApiKey("${S('sendgrid-key', 'src/lib/mail.ts')}");\nexport default sgMail;\n`);
  commit('send emails');
  write('src/lib/ai.ts', `import OpenAI from 'openai';\n\nexport const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });\n`);
  commit('ai client');
  write('src/lib/mail.ts', `import sgMail from '@sendgrid/mail';\n\nsgMail.setApiKey(process.env.SENDGRID_API_KEY!);\nexport default sgMail;\n`);
  commit('mail: key from env');

  // 13: a GitHub token in a deploy script, then copied into a second script (same secret: one report), then both removed
  const gh = S('github-pat', 'scripts/deploy.sh');
  write('scripts/deploy.sh', `#!/bin/sh\nset -eu\nexport GH_TOKEN=${gh}\ngh release create "$1"\n`);
  commit('deploy script');
  write('scripts/release.sh', `#!/bin/sh\n# same as deploy\nexport GH_TOKEN=${gh}\n`);
  commit('release script');
  rmSync(join(dir, 'scripts/release.sh'));
  write('scripts/deploy.sh', '#!/bin/sh\nset -eu\ngh release create "$1"\n');
  commit('scripts: use gh auth');

  // 16: infra with a live cloud key pair that stays
  write('infra/main.tf', `provider "aws" {\n  region     = "eu-west-1"\n  access_key = "${S('aws-access-key', 'infra/main.tf')}"\n  secret_key = "${S('aws-secret-key', 'infra/main.tf')}"\n}\n\nresource "aws_s3_bucket" "assets" {\n  bucket = "acme-market-assets"\n}\n`);
  commit('terraform');
  // 17: the file is edited around the secret (still one secret, reported once at commit 16)
  write('infra/main.tf', read('infra/main.tf') + '\nresource "aws_s3_bucket" "logs" {\n  bucket = "acme-market-logs"\n}\n');
  commit('logs bucket');

  // 18: Kubernetes secret, base64 data
  const dbPass = makeToken('db-password', r);
  pending.push({ family: 'db-password', secret: Buffer.from(dbPass).toString('base64'), file: 'k8s/secret.yaml', firstText: '' });
  write('k8s/secret.yaml', `apiVersion: v1\nkind: Secret\nmetadata:\n  name: api\ntype: Opaque\ndata:\n  DB_PASSWORD: ${Buffer.from(dbPass).toString('base64')}\n  DB_HOST: ${Buffer.from('db.internal').toString('base64')}\n`);
  write('k8s/deploy.yaml', `apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: ghcr.io/acme/api@sha256:${hex(64)}\n          env:\n            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef: { name: api, key: DB_PASSWORD }\n`);
  commit('k8s manifests');

  // 19: notebook with a token in an output cell
  const hf = S('huggingface-token', 'notebooks/eval.ipynb');
  write('notebooks/eval.ipynb', JSON.stringify({ cells: [{ cell_type: 'code', execution_count: 1, metadata: {}, source: ['import os\n', 'print(os.environ["HF_TOKEN"])'], outputs: [{ name: 'stdout', output_type: 'stream', text: [`${hf}\n`] }] }, { cell_type: 'markdown', metadata: {}, source: ['Results: accuracy 0.93'] }], metadata: {}, nbformat: 4, nbformat_minor: 5 }, null, 1) + '\n');
  commit('eval notebook');

  // 20: Dockerfile ENV with a key that stays
  write('Dockerfile', `FROM node:20-alpine@sha256:${hex(64)}\nWORKDIR /app\nENV ANTHROPIC_API_KEY=${S('anthropic-key', 'Dockerfile')}\nCOPY . .\nCMD ["node", "dist/server.js"]\n`);
  commit('dockerfile');

  // 21: .npmrc with a token, then removed
  write('.npmrc', `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${S('npm-token', '.npmrc')}\n`);
  commit('publish config');
  write('.npmrc', 'registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n');
  commit('npmrc from env');

  // 23: tracked file that is later matched by .gitignore (still tracked, still scanned)
  write('config/local.yml', `slack:\n  bot_token: ${S('slack-bot-token', 'config/local.yml')}\n  channel: "#alerts"\n`);
  commit('slack alerts');
  write('.gitignore', read('.gitignore') + 'config/local.yml\n');
  commit('ignore local config');

  // 25: private key committed then removed
  write('certs/server.key', S('private-key', 'certs/server.key') + '\n');
  write('certs/server.crt', `-----BEGIN CERTIFICATE-----\n${lines(12, () => r.str(C.b64, 64))}-----END CERTIFICATE-----\n`);
  commit('tls certs');
  rmSync(join(dir, 'certs/server.key'));
  commit('remove private key');

  // 27: look-alike churn: SOPS file, lockfile bump, seeds with bcrypt hashes, test keys
  write('secrets.enc.yaml', `db_password: ENC[AES256_GCM,data:${r.str(C.b64, 30)}=,iv:${r.str(C.b64, 43)}=,tag:${r.str(C.b64, 22)}==,type:str]\napi_token: ENC[AES256_GCM,data:${r.str(C.b64, 50)}=,iv:${r.str(C.b64, 43)}=,tag:${r.str(C.b64, 22)}==,type:str]\nsops:\n    version: 3.8.1\n`);
  commit('sops secrets');
  write('db/seeds.sql', lines(6, (i) => `INSERT INTO users (id, email, password_hash) VALUES ('${makeUuid(r)}', 'user${i}@acme.test', '$2b$12$${r.str(C.alnum + './', 53)}');`));
  commit('seeds');
  write('tests/payments.test.ts', `const key = "sk_test_${r.str(C.alnum, 24)}";\nconst pub = "pk_test_${r.str(C.alnum, 24)}";\ntest('charge', () => { expect(key).toBeDefined(); });\n`);
  commit('payment tests');

  // 30: webhook secret in a config that stays
  write('config/production.json', JSON.stringify({ env: 'production', stripe: { webhookSecret: S('stripe-webhook-secret', 'config/production.json') }, retries: 3 }, null, 2) + '\n');
  commit('webhook config');

  // 31: CI workflow: refs only, then a hard-coded token added on a later commit
  write('.github/workflows/ci.yml', 'name: ci\non: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    env:\n      STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}\n    steps:\n      - uses: actions/checkout@' + hex(40) + ' # v4\n      - run: npm test\n');
  commit('ci');
  write('.github/workflows/ci.yml', read('.github/workflows/ci.yml') + `  deploy:\n    runs-on: ubuntu-latest\n    env:\n      VERCEL_TOKEN: ${S('vercel-token', '.github/workflows/ci.yml')}\n    steps:\n      - run: npx vercel --prod --token $VERCEL_TOKEN\n`);
  commit('ci: deploy');

  // 33: Python worker with a hard-coded connection string, later fixed
  write('worker/settings.py', `import os\n\nMONGODB_URI = "${S('mongodb-url', 'worker/settings.py')}"\nQUEUE = "orders"\n`);
  commit('worker');
  write('worker/settings.py', `import os\n\nMONGODB_URI = os.environ["MONGODB_URI"]\nQUEUE = "orders"\n`);
  commit('worker: uri from env');

  // 35: a secret that only ever lived on an unmerged branch
  git(dir, 'checkout', '-q', '-b', 'feature/payments-v2');
  write('src/payments/square.ts', `export const square = new Client({ accessToken: "${S('square-access-token', 'src/payments/square.ts')}", environment: "production" });\n`);
  commit('wip square');
  git(dir, 'checkout', '-q', 'main');

  // 36-38: more look-alikes and a JWT signing secret that stays
  write('src/auth.ts', `import jwt from 'jsonwebtoken';\n\nconst JWT_SECRET = "${S('jwt-secret', 'src/auth.ts')}";\nexport const sign = (sub: string) => jwt.sign({ sub }, JWT_SECRET, { expiresIn: '1h' });\nexport const TOKEN_COOKIE = 'acme_session';\n`);
  commit('auth');
  write('src/analytics.ts', `export const GA_ID = 'G-${r.str(C.ualnum, 10)}';\nexport const POSTHOG_KEY = 'phc_${r.str(C.alnum, 43)}';\nexport const SENTRY_DSN = 'https://${hex(32)}@o${r.str(C.digits, 6)}.ingest.sentry.io/${r.str(C.digits, 7)}';\n`);
  commit('analytics');
  write('CHANGELOG.md', `# changelog\n\n- ${hex(7)} rotate keys\n- ${hex(7)} add auth\n`);
  commit('changelog');

  // 39-40: a Datadog key in a YAML config that stays; a Twilio auth token in Ruby removed later
  write('config/datadog.yaml', `api_key: ${S('datadog-api-key', 'config/datadog.yaml')}\nsite: datadoghq.eu\nlogs_enabled: true\n`);
  commit('datadog agent');
  write('config/initializers/twilio.rb', `Twilio.configure do |c|\n  c.account_sid = "AC${hex(32)}"\n  c.auth_token = "${S('twilio-auth-token', 'config/initializers/twilio.rb')}"\nend\n`);
  commit('twilio');
  write('config/initializers/twilio.rb', `Twilio.configure do |c|\n  c.account_sid = ENV["TWILIO_ACCOUNT_SID"]\n  c.auth_token = ENV["TWILIO_AUTH_TOKEN"]\nend\n`);
  commit('twilio from env');

  // built bundle (dist/ is ignored and never committed): a key inlined at build time + a source map
  const bundleKey = makeToken('openai-legacy', r);
  const mapKey = makeToken('mailgun-key', r);
  const bundle = `import{r as e}from"./vendor-${hex(8)}.js";const t={env:"production",api:"https://api.acme.test",openaiKey:"${bundleKey}",theme:"#1a2b3c"};function n(o){return fetch(t.api+o,{headers:{"x-app":"web"}})}export{t as c,n as f};\n//# sourceMappingURL=index-${hex(8)}.js.map\n`;
  write('dist/assets/index-a1b2c3d4.js', bundle);
  const mapSrc = `import Mailgun from 'mailgun.js';\n\nconst mg = new Mailgun(FormData).client({ username: 'api', key: '${mapKey}' });\nexport default mg;\n`;
  write('dist/assets/index-a1b2c3d4.js.map', JSON.stringify({ version: 3, file: 'index-a1b2c3d4.js', sources: ['../../src/lib/mailgun.local.ts'], sourcesContent: [mapSrc], names: [], mappings: 'AAAA,SAAS' }));

  const head = new Set(git(dir, 'ls-files').split('\n'));
  const expected: Expected[] = [];
  for (const p of planted) {
    const still = head.has(p.file) && existsSync(join(dir, p.file)) && read(p.file).includes(p.secret);
    const text = still ? read(p.file) : p.firstText;
    const [line, endLine] = span(text, jsonish(text, p.secret));
    expected.push({ family: p.family, file: p.file, line, endLine, commit: commitIds[p.commitIdx!]!, stillPresent: still });
  }
  // the same GitHub token went into two files: one secret, one report (at its first file)
  expected.push({ family: 'openai-legacy', file: 'dist/assets/index-a1b2c3d4.js', line: 1, endLine: 1, stillPresent: true });
  expected.push({ family: 'mailgun-key', file: 'dist/assets/index-a1b2c3d4.js.map', line: 1, endLine: 1, stillPresent: true });
  return { dir, expected, commits: commitIds.length };
}

function makeUuid(r: Rng): string {
  return `${r.str(C.hex, 8)}-${r.str(C.hex, 4)}-4${r.str(C.hex, 3)}-a${r.str(C.hex, 3)}-${r.str(C.hex, 12)}`;
}

function jsonish(text: string, secret: string): string {
  if (text.includes(secret)) return secret;
  const e = JSON.stringify(secret).slice(1, -1);
  if (text.includes(e)) return e;
  throw new Error('planted secret not found in its file');
}

function span(text: string, needle: string): [number, number] {
  const i = text.indexOf(needle);
  const line = text.slice(0, i).split('\n').length;
  return [line, line + needle.split('\n').length - 1];
}
