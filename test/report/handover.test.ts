import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { scanProject } from '../../src/cli/commands/project-scan.js';
import { validateConfig } from '../../src/core/config/validate.js';
import { buildReport } from '../../src/core/policy.js';
import type { Finding } from '../../src/core/types.js';
import { buildHandover, renderHandover } from '../../src/report/handover.js';
import { testIo } from '../helpers.js';
import { htmlProblems } from './html-check.js';

// Values built at run time: none of them may appear in a pack.
const DB_PASSWORD = 'pw' + 'Qz81'.repeat(4);
const SESSION = 'sess-' + 'k9'.repeat(12);
const SLACK_PATH = 'T0' + 'AAAA/B0BBBB/' + 'x1y2'.repeat(6);
// Pasted into a note by mistake: a key-shaped value is masked by pattern anyway.
const SUPPORT_KEY = ['rk', 'live', '51Hq' + 'Zt4'.repeat(8)].join('_');

let dir = '';

const CONFIG = `
version: 1
project: { name: shop, owner: cto@shop.test }
repo: { path: . }
handover:
  owners:
    - { role: on-call, name: Dana, contact: dana@shop.test }
  access:
    - { system: Stripe dashboard, who: [Dana, Lee], level: admin, how: invite, mfa: false }
    - { system: AWS production, who: [Dana], level: deploy, how: SSO group prod-deploy, mfa: true }
  env:
    - { name: STRIPE_SECRET_KEY, purpose: payments, owner: Dana, rotation: "Stripe dashboard, roll key" }
  rollback:
    command: fly releases rollback
    steps: [Pause deploys, Run fly releases rollback, Run launchready gate]
  notes: ["Stripe restricted key for support: ${SUPPORT_KEY}"]
  runbook:
    escalation: [Dana, Lee]
    statusPage: https://status.shop.test
  links:
    - { title: Architecture, url: docs/architecture.md }
deploy:
  requiredEnv: [DATABASE_URL, STRIPE_SECRET_KEY, SESSION_SECRET]
monitor:
  alerts:
    - { name: ops-slack, type: slack, url: "https://hooks.slack.com/services/${SLACK_PATH}" }
  monitors:
    - { id: home, type: http, url: "https://app.shop.test/?token=abc123secret", alerts: [ops-slack] }
`;

function findings(): Finding[] {
  return [
    { id: '2000000000000001', checkId: 'api/bola', status: 'fail', severity: 'high', title: 'Cross-tenant read', message: 'm', location: { method: 'GET', path: '/api/invoices/{id}', url: 'http://127.0.0.1:1/api/invoices/1' } },
    { id: '2000000000000002', checkId: 'edge/hsts', status: 'warn', severity: 'low', title: 'HSTS short', message: 'm', location: { host: 'app.shop.test' } },
    { id: '2000000000000003', checkId: 'api/rate-limit', status: 'fail', severity: 'medium', title: 'No login rate limit', message: 'm', location: { method: 'POST', path: '/api/login' } },
    { id: '2000000000000004', checkId: 'email/dmarc', status: 'fail', severity: 'medium', title: 'DMARC p=none', message: 'm', location: { host: 'shop.test' } },
  ];
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lr-handover-'));
  await mkdir(join(dir, 'src'));
  await writeFile(join(dir, 'launchready.yml'), CONFIG);
  await writeFile(join(dir, '.env.example'), `DATABASE_URL=postgres://shop:${DB_PASSWORD}@db/shop\nSTRIPE_SECRET_KEY=\nNEXT_PUBLIC_APP_URL=https://app.shop.test\n`);
  await writeFile(join(dir, '.env'), `SESSION_SECRET=${SESSION}\n`);
  await writeFile(join(dir, 'src', 'pay.ts'), `export const key = process.env.STRIPE_SECRET_KEY;\nconst { DATABASE_URL, SESSION_SECRET } = process.env;\n`);
  const all = findings();
  const baseline = buildReport({ findings: [all[0]!, { ...all[1]!, id: '2000000000000009', checkId: 'edge/csp', title: 'No CSP' }], startedAt: new Date('2026-11-01T00:00:00Z'), version: '0.1.0' });
  const report = buildReport({
    findings: all,
    startedAt: new Date('2026-11-08T00:00:00Z'),
    version: '0.1.0',
    waivers: [{ checkId: 'email/dmarc', owner: 'Lee', reason: 'DMARC moves to quarantine after a week of reports', expires: '2099-01-31' }],
  });
  await writeFile(join(dir, 'baseline.json'), JSON.stringify(baseline));
  await writeFile(join(dir, 'report.json'), JSON.stringify(report));
});

after(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('env inventory: names and where used, from example files, env files and code; never values', async () => {
  const scan = await scanProject(dir);
  const byName = Object.fromEntries(scan.env.map((e) => [e.name, e]));
  assert.deepEqual(byName.STRIPE_SECRET_KEY!.usedIn, ['src/pay.ts:1']);
  assert.deepEqual(byName.STRIPE_SECRET_KEY!.definedIn, ['.env.example']);
  assert.deepEqual(byName.DATABASE_URL!.usedIn, ['src/pay.ts:2']);
  assert.deepEqual(byName.SESSION_SECRET!.definedIn, ['.env']);
  assert.equal(byName.NEXT_PUBLIC_APP_URL!.clientExposed, true);
  assert.equal(scan.envExample, '.env.example');
  assert.ok(!JSON.stringify(scan).includes(SESSION));
  assert.ok(!JSON.stringify(scan.env).includes(DB_PASSWORD));
});

test('handover pack has every part, from config and observations', async () => {
  const config = validateConfig((await import('yaml')).parse(CONFIG), 'launchready.yml', { SLACK_PATH, SUPPORT_KEY });
  const report = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8'));
  const scan = await scanProject(dir);
  const doc = buildHandover({ report, config, env: scan.env });
  assert.deepEqual(
    doc.sections.map((s) => s.id),
    ['status', 'owners', 'access', 'system-map', 'env', 'rollback', 'monitoring', 'runbook', 'risks', 'changes'],
  );
  const md = renderHandover({ report, config, env: scan.env }, 'markdown');
  for (const s of ['Stripe dashboard', 'MFA is not enforced on: Stripe dashboard', 'SSO group prod-deploy', 'fly releases rollback', 'Dana → Lee', 'https://status.shop.test', 'Architecture: docs/architecture.md']) {
    assert.ok(md.includes(s), `missing ${s}`);
  }
  // env inventory row: name, kind flags, defined in, used in, documentation
  assert.match(md, /\| STRIPE_SECRET_KEY \| secret, required at deploy \| \.env\.example \| src\/pay\.ts:1 \| payments; owner Dana; rotate: Stripe dashboard, roll key \|/);
  assert.match(md, /\| NEXT_PUBLIC_APP_URL \| sent to browsers \|/);
  // monitoring: the alert route shows where it goes, never the webhook secret or a URL query
  assert.match(md, /\| ops-slack \| slack \| https:\/\/hooks\.slack\.com \|/);
  assert.match(md, /\| home \| http \| https:\/\/app\.shop\.test\/ \| 60 s \| ops-slack \|/);
  // risks: both groups and the accepted one
  assert.match(md, /### Must fix now \(1\)[\s\S]*Cross-tenant read/);
  assert.match(md, /### Can defer \(2\)[\s\S]*No login rate limit/);
  assert.match(md, /### Accepted risks \(1\)[\s\S]*\| Lee \| DMARC moves to quarantine/);
  assert.match(md, /First response for the risks this audit found/);
  assert.match(md, /No baseline given/);
  for (const secret of [SESSION, DB_PASSWORD, SLACK_PATH, 'abc123secret', SUPPORT_KEY]) assert.ok(!md.includes(secret), 'a value leaked into the pack');
  assert.match(md, /> \*\*Note:\*\* Stripe restricted key for support: rk_live_\S*…\(fp:[0-9a-f]{8}\)/);
});

test('handover CLI: --report + --baseline, HTML validates, lists new and fixed, exit follows the decision', async () => {
  const io = testIo({ SLACK_PATH, SUPPORT_KEY }, dir);
  const code = await main(['handover', '--config', 'launchready.yml', '--report', 'report.json', '--baseline', 'baseline.json', '--format', 'html', '--output', 'HANDOVER.html'], io);
  assert.equal(code, 1, io.err.text);
  assert.match(io.out.text, /NO-GO: handover pack \(html\) written to/);
  const html = await readFile(join(dir, 'HANDOVER.html'), 'utf8');
  assert.deepEqual(await htmlProblems(html), []);
  assert.match(html, /Compared with baseline\.json: 3 new, 1 fixed, 1 unchanged\./);
  assert.match(html, /<h3>Fixed \(1\)<\/h3>\s*<ul><li>low · edge\/csp · app\.shop\.test: No CSP<\/li><\/ul>/);
  assert.match(html, /id="system-map"/);
  assert.ok(!html.includes(SESSION) && !html.includes(DB_PASSWORD) && !html.includes(SLACK_PATH));
  // markdown to stdout
  const io2 = testIo({ SLACK_PATH, SUPPORT_KEY }, dir);
  assert.equal(await main(['handover', '--config', 'launchready.yml', '--report', 'report.json'], io2), 1, io2.err.text);
  assert.match(io2.out.text, /^# Handover pack: shop/);
});

test('handover CLI: bad input exits 2 naming the file or flag', async () => {
  const io = testIo({ SLACK_PATH, SUPPORT_KEY }, dir);
  assert.equal(await main(['handover', '--config', 'launchready.yml', '--report', 'missing.json'], io), 2);
  assert.match(io.err.text, /--report .*missing\.json/);
  const io2 = testIo({ SLACK_PATH, SUPPORT_KEY }, dir);
  await writeFile(join(dir, 'not-report.json'), '{"hello":1}');
  assert.equal(await main(['handover', '--config', 'launchready.yml', '--report', 'not-report.json'], io2), 2);
  assert.match(io2.err.text, /not a launchready JSON report/);
  const io3 = testIo({ SLACK_PATH, SUPPORT_KEY }, dir);
  assert.equal(await main(['handover', '--config', 'launchready.yml', '--format', 'pdf'], io3), 2);
  assert.match(io3.err.text, /--format/);
  const io4 = testIo({}, dir);
  assert.equal(await main(['handover'], io4), 2);
  assert.match(io4.err.text, /--config/);
});

test('handover carries the inventories and plans other stages put in the report', async () => {
  const config = validateConfig({ project: { name: 'x' } }, 'x.yml');
  const report = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8'));
  report.sections = { rotationPlan: { title: 'Rotation plan (before launch)', columns: ['Secret', 'Where', 'Steps'], rows: [['Stripe live key', '.env:3', 'roll in dashboard']] }, notes: { title: 'Env separation', items: ['staging and production share JWT_SECRET'] } };
  const doc = buildHandover({ report, config });
  assert.ok(doc.sections.some((s) => s.id === 'audit-sections'));
  const md = renderHandover({ report, config }, 'markdown');
  assert.match(md, /### Rotation plan \(before launch\)\n\n\| Secret \| Where \| Steps \|\n\|---\|---\|---\|\n\| Stripe live key \| \.env:3 \| roll in dashboard \|/);
  assert.match(md, /- staging and production share JWT_SECRET/);
});
