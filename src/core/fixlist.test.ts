import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildFixList, buildVerdictBasis, domainOf, objectTypeOf, retestCommand } from './fixlist.js';
import type { Finding } from './types.js';

let n = 0;
function f(checkId: string, over: Partial<Finding> = {}): Finding {
  n++;
  return { id: `f${String(n).padStart(15, '0')}`, checkId, status: 'fail', severity: 'high', title: checkId, message: 'm', messageId: 'x', ...over };
}
const api = (path: string, method = 'GET') => ({ url: `http://127.0.0.1:4010${path.replace(/\{[^}]+\}/g, '1')}`, method, path });
const report = (findings: Finding[]) => ({ findings, gate: { failOn: 'high' as const, newOnly: false, blocking: 0, explanation: '' }, target: { configFile: 'lr.yml' } });

test('objectTypeOf: the literal segment before the first parameter, singular; /me is the user', () => {
  const table: [string, string][] = [
    ['/api/invoices/{invoiceId}', 'invoice'],
    ['/api/orders/{orderId}/refund', 'order'],
    ['/api/admin/users', 'user'],
    ['/api/me', 'user'],
    ['/v2/companies/{id}', 'company'],
    ['/api/invites', 'invite'],
    ['/rest/basket/:id', 'basket'],
  ];
  for (const [p, want] of table) assert.equal(objectTypeOf(p), want, p);
});

test('domainOf: registrable domain, IPs and localhost as they are', () => {
  assert.equal(domainOf('api.shop.example.com'), 'example.com');
  assert.equal(domainOf('app.shop.co.uk'), 'shop.co.uk');
  assert.equal(domainOf('127.0.0.1:4010'), '127.0.0.1');
  assert.equal(domainOf('localhost:3000'), 'localhost');
});

test('one JWT verifier, one authorization layer per object type, one header policy per host group', () => {
  const fs = [
    f('api/jwt-alg-none', { severity: 'critical', location: api('/api/me') }),
    f('api/jwt-expired', { location: api('/api/me') }),
    f('api/jwt-claims', { severity: 'medium', location: api('/api/orders') }),
    f('api/bola', { messageId: 'crossTenant', location: api('/api/invoices/{id}') }),
    f('api/bola', { messageId: 'crossTenantWrite', location: api('/api/invoices/{id}', 'PATCH') }),
    f('api/bola', { messageId: 'crossTenant', location: api('/api/orders/{id}') }),
    f('edge/csp', { severity: 'medium', messageId: 'missing', location: { host: 'www.shop.test' } }),
    f('edge/hsts', { severity: 'medium', messageId: 'missing', location: { host: 'api.shop.test' } }),
    f('edge/csp', { severity: 'medium', messageId: 'missing', location: { host: 'blog.other.test' } }),
    f('api/security-headers', { status: 'warn', severity: 'low', messageId: 'noNosniff', location: api('/') }),
    f('api/security-headers', { status: 'warn', severity: 'low', messageId: 'banner', location: api('/'), data: { header: 'X-Powered-By', value: 'Express' } }),
  ];
  const items = buildFixList(report(fs));
  const byFamily = (fam: string) => items.filter((i) => i.family === fam);
  assert.equal(byFamily('jwt').length, 1);
  assert.equal(byFamily('jwt')[0]!.findingIds.length, 3);
  assert.deepEqual(byFamily('bola').map((i) => [i.component, i.findingIds.length]).sort(), [['invoice', 2], ['order', 1]]);
  assert.match(byFamily('bola').find((i) => i.component === 'invoice')!.title, /read and change another tenant's invoice/);
  // two domains = two host groups; the API on an IP joins neither when there are two candidates
  assert.deepEqual(byFamily('headers').map((i) => i.component).sort(), ['127.0.0.1', 'other.test', 'shop.test']);
  // a version banner is its own item, not folded into the header policy
  assert.equal(byFamily('banner').length, 1);
  assert.match(byFamily('banner')[0]!.title, /Software version announced on 127\.0\.0\.1: X-Powered-By: Express/);
  // every open finding in exactly one item
  const ids = items.flatMap((i) => i.findingIds);
  assert.equal(ids.length, fs.length);
  assert.equal(new Set(ids).size, fs.length);
  assert.ok(items.every((i) => i.retest === 'launchready audit --config lr.yml' + (i.family === 'headers' && i.component !== '127.0.0.1' ? ' --stage edge' : ' --stage api')));
});

test('one leaked secret: the same fingerprint in tree, history and a bundle is one item; waived and passing findings are not listed', () => {
  const fs = [
    f('secrets/stripe-secret-key', { severity: 'critical', location: { file: '.env', line: 3 }, meta: { secretFingerprint: 'aaaa1111', provider: 'Stripe' } }),
    f('secrets/stripe-secret-key', { severity: 'critical', messageId: 'shipped', location: { file: 'dist/app.js', line: 1 }, meta: { secretFingerprint: 'aaaa1111', provider: 'Stripe' } }),
    f('secrets/stripe-secret-key', { messageId: 'history', location: { file: 'old.js', line: 1, commit: 'a'.repeat(40) }, meta: { secretFingerprint: 'aaaa1111', stillPresent: 'false' } }),
    f('repo/client-exposed-secret', { severity: 'critical', location: { file: '.env', line: 9 }, evidence: 'NEXT_PUBLIC_X=eyJ…(fp:bbbb2222)' }),
    f('secrets/supabase-service-role-key', { severity: 'critical', location: { file: '.env', line: 9 }, meta: { secretFingerprint: 'bbbb2222' } }),
    f('edge/version-banner', { severity: 'low', location: { host: 'shop.test' }, waiver: { owner: 'o', reason: 'r', matchedBy: 'checkId' } }),
    f('edge/nosniff', { status: 'pass', severity: 'low', location: { host: 'shop.test' } }),
  ];
  const items = buildFixList(report(fs));
  assert.equal(items.length, 1);
  assert.equal(items[0]!.findingIds.length, 5);
  assert.equal(items[0]!.section, 'repo');
  assert.ok(['payments or fraud', 'data exposure'].includes(items[0]!.impact), items[0]!.impact);
  assert.equal(items[0]!.retest, 'launchready audit --config lr.yml --stage repo');
});

test('priority: blocking items first, then score; an unknown check is its own item, titled by its finding', () => {
  const fs = [
    f('perf/latency-p95', { severity: 'medium', location: api('/api/search'), data: { p95: 900, budget: 300 } }),
    f('api/ssrf', { location: api('/api/fetch', 'POST') }),
    f('future/new-check', { severity: 'low', title: 'Something is wrong on x', location: { host: 'x.test' } }),
  ];
  const items = buildFixList(report(fs));
  assert.deepEqual(items.map((i) => i.family), ['ssrf', 'perf', 'future/new-check']);
  assert.equal(items[0]!.blocking, true);
  assert.equal(items[2]!.title, 'Something is wrong on x');
  assert.match(items[1]!.title, /GET \/api\/search is slower than its budget \(p95 900 ms > 300 ms\)/);
});

test('verdict basis: errors and skips named, stages that decided, stages not configured', () => {
  const fs = [f('api/ssrf', { location: api('/x', 'POST') }), f('tls/expiry', { status: 'error', message: 'connect ECONNREFUSED' }), f('dns/resolve', { status: 'skipped', data: { reason: 'no A record' } })];
  const b = buildVerdictBasis({ findings: fs, decision: 'NO-GO', target: { configFile: 'lr.yml' }, checks: [
    { checkId: 'api/ssrf', stage: 'api', durationMs: 1, status: 'ok' },
    { checkId: 'api/cors', stage: 'api', durationMs: 1, status: 'ok' },
    { checkId: 'tls/expiry', stage: 'edge', durationMs: 1, status: 'error' },
  ] });
  assert.deepEqual(b.decidedBy, ['api']);
  assert.deepEqual(b.errors.map((e) => e.checkId), ['tls/expiry']);
  assert.deepEqual(b.nothingToTest, ['api/cors']);
  assert.match(b.line, /1 check could not run \(tls\/expiry\); 1 skipped \(dns\/resolve: no A record\); 1 had nothing to test; not configured: repo, email, logs, ai, ops\. Decided by: api\./);
});

test('retest without a config file uses the single-stage command with the report target', () => {
  assert.equal(retestCommand({ target: { repo: { root: './app', history: true } } }, ['secrets/x']), 'launchready repo ./app --history');
  assert.equal(retestCommand({ target: { edge: { hosts: ['https://a.test/'] } } }, ['tls/expiry']), 'launchready edge https://a.test/');
});

test('verdict basis: API coverage cells that were refused or errored are named', () => {
  const b = buildVerdictBasis({ findings: [], decision: 'GO', checks: [{ checkId: 'api/bola', stage: 'api', durationMs: 1, status: 'ok' }], coverage: { routes: [{ method: 'GET', path: '/a', checks: { 'api/bola': 'refused', 'api/bfla': 'error', 'api/cors': 'tested' } }] } } as Parameters<typeof buildVerdictBasis>[0]);
  assert.match(b.line, /API route × check cells not tested: 1 refused, 1 error/);
});
