import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateConfig } from '../../src/core/config/validate.js';
import { buildReport } from '../../src/core/policy.js';
import { Redactor } from '../../src/core/redact.js';
import type { Finding } from '../../src/core/types.js';
import { buildSystemMap, withSystemMap, SYSTEM_MAP_COLUMNS } from '../../src/report/system-map.js';
import { renderReport } from '../../src/report/index.js';

// Synthetic secret assembled at run time so push protection never sees a literal.
const STRIPE = ['sk', 'live', 'Zx9' + 'Qw7'.repeat(8)].join('_');

function fixture() {
  const redactor = new Redactor();
  redactor.register(STRIPE);
  const findings: Finding[] = [
    { id: '1000000000000001', checkId: 'secrets/stripe-secret-key', status: 'fail', severity: 'critical', title: 'Stripe live secret key', message: `key ${STRIPE} in bundle`, location: { file: 'public/app.js', line: 3 } },
    { id: '1000000000000002', checkId: 'secrets/stripe-secret-key', status: 'fail', severity: 'critical', title: 'Stripe live secret key', message: `key ${STRIPE} in history`, location: { file: 'config/old.env', line: 1, commit: 'b'.repeat(40) } },
    { id: '1000000000000003', checkId: 'api/bola', status: 'fail', severity: 'high', title: 'Cross-tenant read', message: 'globex read acme', location: { url: 'http://127.0.0.1:4010/api/invoices/inv_1', method: 'GET', path: '/api/invoices/{id}' } },
    { id: '1000000000000004', checkId: 'edge/headers', status: 'warn', severity: 'low', title: 'Missing header', message: 'x', evidence: 'HTTP/1.1 200 OK\nserver: nginx/1.25\ncf-ray: 8a1b-AMS', location: { host: 'www.shop.example', url: 'https://www.shop.example/' } },
    { id: '1000000000000005', checkId: 'email/spf', status: 'pass', severity: 'info', title: 'SPF', message: 'v=spf1 include:_spf.google.com include:sendgrid.net -all', location: { host: 'shop.example', record: 'TXT shop.example' } },
    { id: '1000000000000007', checkId: 'repo/ci-secret-scan', status: 'fail', severity: 'medium', title: 'No secret scanning in CI', message: 'no secret scanner in .github/workflows/ci.yml', location: { file: '.github/workflows/ci.yml' } },
    { id: '1000000000000008', checkId: 'api/bundle-secrets', status: 'fail', severity: 'critical', title: 'Secret in a served bundle', message: `found ${STRIPE} in /app.js`, location: { url: 'http://127.0.0.1:4010/app.js', method: 'GET', path: '/app.js' } },
    { id: '1000000000000006', checkId: 'edge/csp', status: 'pass', severity: 'info', title: 'CSP', message: 'script-src https://js.sentry-cdn.com; connect-src https://o1.ingest.sentry.io https://shop.eu.auth0.com', location: { host: 'www.shop.example' } },
  ];
  const report = buildReport({ findings, startedAt: new Date('2026-11-01T10:00:00Z'), finishedAt: new Date('2026-11-01T10:00:01Z'), version: '0.1.0', redactor });
  const config = validateConfig(
    {
      project: { name: 'shop' },
      edge: { hosts: ['https://www.shop.example'] },
      email: { domain: 'shop.example' },
      api: {
        baseUrl: 'http://127.0.0.1:4010',
        identities: [
          { name: 'alice', tenant: 'acme', role: 'member', email: 'a@acme.test', password: 'pw-alice-123', login: { path: '/api/login' } },
          { name: 'root', role: 'admin', bearer: 'tok-' + 'x'.repeat(20) },
        ],
        routes: [{ method: 'POST', path: '/api/orders' }],
        webhooks: [{ path: '/api/webhooks/stripe', scheme: 'stripe' }],
      },
    },
    'test.yml',
  );
  return { report, config, redactor };
}

function rowsOf(kind: string, rows: unknown[][]) {
  return rows.filter((r) => String(r[0]).startsWith(kind));
}

test('system map lists hosts, routes, identities, third parties and secrets', () => {
  const { report, config } = fixture();
  const map = buildSystemMap(report, config);
  assert.deepEqual(map.columns, SYSTEM_MAP_COLUMNS);
  const hosts = rowsOf('host', map.rows).map((r) => r[1]);
  assert.deepEqual(hosts.sort(), ['127.0.0.1', 'shop.example', 'www.shop.example']);
  const www = map.rows.find((r) => r[1] === 'www.shop.example')!;
  assert.match(String(www[2]), /server nginx\/1\.25/);
  assert.match(String(www[2]), /HTTP 200/);
  const routes = rowsOf('route', map.rows).map((r) => r[1]);
  assert.ok(routes.includes('GET /api/invoices/{id}'));
  assert.ok(routes.includes('POST /api/orders'));
  assert.match(String(map.rows.find((r) => r[1] === 'GET /api/invoices/{id}')![2]), /api\/bola \(high\)/);
  const ids = rowsOf('identity', map.rows);
  assert.deepEqual(ids.map((r) => r[1]), ['guest', 'alice', 'root']);
  assert.match(String(ids[1]![2]), /tenant acme/);
  const third = Object.fromEntries(rowsOf('third party', map.rows).map((r) => [r[1], r[0]]));
  assert.equal(third['Cloudflare'], 'third party: CDN / hosting');
  assert.equal(third['Google Workspace mail'], 'third party: email provider');
  assert.equal(third['SendGrid'], 'third party: email provider');
  assert.equal(third['Stripe'], 'third party: payment');
  assert.equal(third['Auth0'], 'third party: auth provider');
  assert.equal(third['Sentry'], 'third party: error tracking');
  // one secret, two places: grouped by its masked fingerprint
  const secrets = rowsOf('secret', map.rows);
  assert.equal(secrets.length, 1, 'one secret (grouped), and "no secret scanning in CI" is not a secret');
  assert.match(String(secrets[0]![3]), /GET \/app\.js/);
  assert.match(String(secrets[0]![3]), /api\/bundle-secrets/);
  assert.match(String(secrets[0]![3]), /public\/app\.js:3/);
  assert.match(String(secrets[0]![3]), /config\/old\.env:1 @bbbbbbbb/);
  assert.match(String(secrets[0]![2]), /…\(fp:[0-9a-f]{8}\)/);
});

test('system map never carries a secret, a password or a token from findings or config', () => {
  const { report, config, redactor } = fixture();
  const r = withSystemMap(report, config, redactor);
  const text = JSON.stringify(r.sections);
  for (const s of [STRIPE, 'pw-alice-123', 'tok-' + 'x'.repeat(20)]) assert.ok(!text.includes(s), `leaks ${s.slice(0, 6)}`);
  assert.equal(Object.keys(r.sections!)[0], 'systemMap');
  for (const format of ['markdown', 'html'] as const) {
    const out = renderReport(r, format);
    assert.ok(out.includes('System map'), format);
    assert.ok(out.includes('www.shop.example'), format);
  }
});

test('system map without config still maps what findings saw, and merges stage rows', () => {
  const { report } = fixture();
  report.sections = { systemMap: { title: 'System map', columns: SYSTEM_MAP_COLUMNS, rows: [['host', 'stage-said.example', 'from a stage', 'edge']] } };
  const map = buildSystemMap(report);
  assert.ok(map.rows.some((r) => r[1] === 'stage-said.example'));
  assert.ok(map.rows.some((r) => r[1] === '127.0.0.1'));
  assert.equal(rowsOf('identity', map.rows).length, 0);
});

test('env var names name third parties; rebuilding over an existing map adds no duplicate rows', () => {
  const { report, config } = fixture();
  const first = buildSystemMap(report, config);
  report.sections = { systemMap: first };
  const again = buildSystemMap(report, config, { envNames: ['SENTRY_DSN', 'NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY', 'PORT'] });
  const keys = again.rows.map((r) => `${r[0]}|${r[1]}`);
  assert.equal(new Set(keys).size, keys.length, 'no duplicate rows');
  assert.ok(again.rows.some((r) => r[1] === 'Clerk' && String(r[3]).includes('env var NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY')));
  assert.ok(String(again.rows.find((r) => r[1] === 'Sentry')![3]).includes('env var SENTRY_DSN'));
});
