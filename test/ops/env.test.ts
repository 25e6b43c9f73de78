import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAudit } from '../../src/audit/run.js';
import { validateConfig } from '../../src/core/config/validate.js';
import type { Finding, Report } from '../../src/core/types.js';
import { fakeSecret } from '../../src/checks/secrets/fake.js';
import { renderReport } from '../../src/report/index.js';

const dir = mkdtempSync(join(tmpdir(), 'lr-ops-'));
after(() => rmSync(dir, { recursive: true, force: true }));

// Three environments with planted overlaps (values built at run time).
const prodStripe = fakeSecret('stripe-secret-key');
const stagingStripe = fakeSecret('stripe-secret-key');
const shared = 'jwt-' + 'Q8v2LmX9pR4tZ7wK1nB6yH3c';
const testKey = 'sk_' + 'test_' + 'Zx81Ab72Cd63Ef54Gh45Ij36';

function envs(flawed: boolean): void {
  const root = join(dir, flawed ? 'flawed' : 'fixed');
  mkdirSync(root, { recursive: true });
  writeFileSync(
    join(root, '.env.production'),
    [
      'NODE_ENV=production',
      flawed ? 'DEBUG=true' : 'DEBUG=false',
      flawed ? 'LOG_LEVEL=debug' : 'LOG_LEVEL=info',
      `STRIPE_SECRET_KEY=${prodStripe}`,
      `JWT_SECRET=${flawed ? shared : 'jwt-' + 'Prod7Xk2Lm9Qp4Rt8Wz1'}`,
      'DATABASE_URL=postgres://app:' + 'Pw1-prod-9x8' + '@db.prod.example.net:5432/shop',
      'REDIS_URL=redis://cache.prod.example.net:6379',
      'APP_URL=https://shop.example.net',
      flawed ? 'WEBHOOK_URL=http://localhost:3000/hooks' : 'WEBHOOK_URL=https://shop.example.net/hooks',
      'S3_BUCKET=shop-uploads',
      ...(flawed ? [] : ['SENDGRID_API_KEY=' + 'SG.' + 'x'.repeat(4) + 'prodkey', 'SENTRY_DSN=https://abc@o1.ingest.sentry.io/1']),
    ].join('\n') + '\n',
  );
  writeFileSync(
    join(root, '.env.staging'),
    [
      'NODE_ENV=production',
      `STRIPE_SECRET_KEY=${flawed ? stagingStripe : testKey}`,
      `JWT_SECRET=${flawed ? shared : 'jwt-' + 'Stag3Yk8Lm2Qp5Rt1Wz9'}`,
      'DATABASE_URL=postgres://app:' + 'Pw2-stg-4y7' + (flawed ? '@db.prod.example.net:5432/shop' : '@db.staging.example.net:5432/shop'),
      'REDIS_URL=redis://cache.staging.example.net:6379',
      'APP_URL=https://staging.shop.example.net',
      flawed ? 'API_URL=https://shop.example.net/api' : 'API_URL=https://staging.shop.example.net/api',
      flawed ? 'S3_BUCKET=shop-uploads' : 'S3_BUCKET=shop-uploads-staging',
    ].join('\n') + '\n',
  );
  writeFileSync(join(root, '.env'), ['NODE_ENV=development', 'DEBUG=true', `STRIPE_SECRET_KEY=${testKey}`, 'DATABASE_URL=postgres://postgres:postgres@localhost:5432/shop', 'APP_URL=http://localhost:3000'].join('\n') + '\n');
  writeFileSync(join(root, '.env.example'), ['NODE_ENV=', 'STRIPE_SECRET_KEY=', 'JWT_SECRET=', 'DATABASE_URL=', 'SENDGRID_API_KEY=', 'SENTRY_DSN=', 'APP_URL='].join('\n') + '\n');
  mkdirSync(join(root, 'logs'), { recursive: true });
  writeFileSync(join(root, 'logs', 'app.log'), flawed ? `INFO boot\nDEBUG stripe client created with ${prodStripe}\n` : 'INFO boot\nINFO stripe client created\n');
}

async function audit(flawed: boolean): Promise<Report> {
  envs(flawed);
  const root = join(dir, flawed ? 'flawed' : 'fixed');
  const config = validateConfig(
    {
      project: { name: 'shop', owner: 'cto@shop.test' },
      logs: { paths: ['logs'] },
      ops: {
        environments: { production: '.env.production', staging: '.env.staging', local: '.env' },
        credentials: [
          { name: 'STRIPE_SECRET_KEY', owner: 'payments@shop.test', lastRotated: flawed ? '2024-01-10' : '2026-10-01' },
          { name: 'JWT_SECRET', owner: 'backend@shop.test', lastRotated: '2026-09-01' },
          ...(flawed ? [] : [{ name: 'DATABASE_URL', owner: 'backend@shop.test', lastRotated: '2026-11-01' }, { name: 'SENDGRID_API_KEY', owner: 'growth@shop.test', lastRotated: '2026-11-01' }]),
        ],
      },
    },
    'test.yml',
  );
  return runAudit({ config, configDir: root, now: () => new Date('2026-11-23T12:00:00Z') });
}

const active = (r: Report, checkId: string): Finding[] => r.findings.filter((f) => f.checkId === checkId && (f.status === 'fail' || f.status === 'warn'));

test('three environments with planted overlaps: every separation problem is found', async () => {
  const r = await audit(true);
  assert.deepEqual(active(r, 'ops/env-shared-secret').map((f) => [f.data?.name, f.data?.envA, f.data?.envB]), [['JWT_SECRET', 'production', 'staging']]);
  const hosts = active(r, 'ops/env-shared-host').map((f) => `${f.messageId}:${f.data?.endpoint}:${f.data?.envB}`).sort();
  assert.deepEqual(hosts, ['shared-bucket:shop-uploads:staging', 'shared-host:postgres://db.prod.example.net:staging']);
  const cross = active(r, 'ops/env-cross-url').map((f) => `${f.messageId}:${f.data?.name}:${f.data?.host}`).sort();
  assert.deepEqual(cross, ['nonprod-url-in-prod:WEBHOOK_URL:localhost', 'prod-url-in-nonprod:API_URL:shop.example.net']);
  assert.deepEqual(active(r, 'ops/env-key-mode').map((f) => `${f.messageId}:${f.data?.env}`), ['live-key-outside-production:staging']);
  assert.deepEqual(active(r, 'ops/env-debug').map((f) => f.data?.name).sort(), ['DEBUG', 'LOG_LEVEL']);
  assert.deepEqual(active(r, 'ops/env-missing').map((f) => f.data?.name).sort(), ['SENDGRID_API_KEY', 'SENTRY_DSN']);
  assert.deepEqual(active(r, 'ops/credential-rotation').map((f) => f.messageId).sort(), ['no-owner', 'no-rotation-date', 'overdue']);
  // the local env (localhost database, test key, DEBUG) is not a finding: it is not production
  assert.ok(!r.findings.some((f) => f.status === 'fail' && f.location?.file === '.env' && f.checkId !== 'ops/env-shared-secret'));
});

test('inventory and rotation plan join env files, logs and config without any value', async () => {
  const r = await audit(true);
  const inv = r.sections?.secretInventory as { columns: string[]; rows: unknown[][] };
  const plan = r.sections?.rotationPlan as { rows: unknown[][] };
  const col = (name: string) => inv.columns.indexOf(name);
  const stripe = inv.rows.find((row) => row[0] === 'STRIPE_SECRET_KEY')!;
  assert.equal(stripe[col('Provider')], 'Stripe');
  assert.match(String(stripe[col('Exposed')]), /logs app\.log:2/);
  assert.match(String(stripe[col('Environments')]), /production \(fp:[0-9a-f]{8}\), staging \(fp:[0-9a-f]{8}\), local/);
  assert.equal(stripe[col('Owner')], 'payments@shop.test');
  assert.equal(stripe[col('Rotate before launch')], 'YES');
  const why = plan.rows.find((row) => row[1] === 'STRIPE_SECRET_KEY')![3] as string;
  assert.match(why, /live-mode key in staging/);
  assert.match(why, /exposed: logs app\.log:2/);
  assert.match(why, /last rotated \d+ days ago/);
  assert.match(String(plan.rows.find((row) => row[1] === 'JWT_SECRET')![3]), /same value in production and staging/);
  const all = JSON.stringify(r) + renderReport(r, 'markdown') + renderReport(r, 'html');
  for (const v of [prodStripe, stagingStripe, shared, 'Pw1-prod-9x8', 'Pw2-stg-4y7']) assert.ok(!all.includes(v), 'a whole secret reached the report');
});

test('the fixed twin: no separation finding, nothing to rotate', async () => {
  const r = await audit(false);
  const bad = r.findings.filter((f) => (f.checkId.startsWith('ops/') || f.checkId.startsWith('logs/')) && (f.status === 'fail' || f.status === 'warn'));
  assert.deepEqual(bad.map((f) => `${f.checkId}:${f.messageId}:${JSON.stringify(f.data)}`), []);
  assert.equal(r.decision, 'GO');
  const plan = r.sections?.rotationPlan as { rows: unknown[][] };
  assert.deepEqual(plan.rows, []);
});

test('a missing env file is a clear error naming the config field and the file', async () => {
  const config = validateConfig({ ops: { environments: { production: 'nope/.env.production' } } }, 'test.yml');
  await assert.rejects(runAudit({ config, configDir: dir }), /ops\.environments\.production: cannot read env file nope\/\.env\.production/);
});

test('ops: {} next to a repo section compares the env files the repo holds, by their names', async () => {
  envs(true);
  const config = validateConfig({ repo: { path: 'flawed' }, ops: {} }, 'test.yml');
  const r = await runAudit({ config, configDir: dir, stages: ['ops'], now: () => new Date('2026-11-23T12:00:00Z') });
  assert.deepEqual((r.target?.ops as { environments: string[] }).environments.sort(), ['local: flawed/.env', 'production: flawed/.env.production', 'staging: flawed/.env.staging']);
  assert.ok(active(r, 'ops/env-shared-host').length >= 2);
  // inside the repo, the shared secret is repo/env-shared-secret's finding: reported once, there
  assert.deepEqual(active(r, 'ops/env-shared-secret'), []);
  assert.ok(r.findings.some((f) => f.checkId === 'ops/env-shared-secret' && f.messageId === 'covered-by-repo'));
});

test('an env file the repo stage does not see (git-ignored) is compared here, so the fact is not lost', async () => {
  envs(true);
  const root = join(dir, 'flawed');
  writeFileSync(join(root, '.gitignore'), '.env.staging\n');
  const { execFileSync } = await import('node:child_process');
  execFileSync('git', ['init', '-q'], { cwd: root });
  try {
    const config = validateConfig({ repo: { path: 'flawed' }, ops: {} }, 'test.yml');
    const r = await runAudit({ config, configDir: dir, stages: ['ops'], now: () => new Date('2026-11-23T12:00:00Z') });
    assert.deepEqual(active(r, 'ops/env-shared-secret').map((f) => [f.data?.name, f.data?.envB]), [['JWT_SECRET', 'staging']]);
  } finally {
    rmSync(join(root, '.git'), { recursive: true, force: true });
    rmSync(join(root, '.gitignore'));
  }
});

test('exported env as JSON (heroku config --json) is compared like a dotenv file', async () => {
  const root = join(dir, 'json');
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, 'prod.json'), JSON.stringify({ NODE_ENV: 'production', DEBUG: 'true', JWT_SECRET: shared, DATABASE_URL: 'postgres://a:' + 'Xy7-pw-1' + '@db.prod.example.net:5432/x' }, null, 2));
  writeFileSync(join(root, 'staging.env'), `JWT_SECRET=${shared}\nDATABASE_URL=postgres://b:${'Zq8-pw-2'}@db.prod.example.net:5432/x\n`);
  const config = validateConfig({ ops: { environments: { production: 'prod.json', staging: 'staging.env' } } }, 'test.yml');
  const r = await runAudit({ config, configDir: root, now: () => new Date('2026-11-23T12:00:00Z') });
  assert.deepEqual(active(r, 'ops/env-shared-secret').map((f) => f.data?.name), ['JWT_SECRET']);
  assert.equal(active(r, 'ops/env-shared-host').length, 1);
  const dbg = active(r, 'ops/env-debug')[0]!;
  assert.deepEqual([dbg.data?.name, dbg.location?.file, dbg.location?.line], ['DEBUG', 'prod.json', 3]);
});
