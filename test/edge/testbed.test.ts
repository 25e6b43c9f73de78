import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { runAudit } from '../../src/audit/run.js';
import { validateConfig } from '../../src/core/config/validate.js';
import type { Finding, Report } from '../../src/core/types.js';
import { edgeCommand } from '../../src/cli/commands/edge.js';
import { InputError } from '../../src/core/errors.js';
import { startTestBed, type TestBed } from '../testbed/index.js';
import { ROOT, testIo } from '../helpers.js';

// Every edge, tls, dns and email check against the loopback test bed: a pass case and a fail case each.

let bed: TestBed;
let good: Report;
let bad: Report;
let lookups: Report;

async function audit(hosts: string[], emailDomain: string | undefined, extra: Record<string, unknown> = {}): Promise<Report> {
  const config = validateConfig(
    {
      edge: { hosts, ca: [bed.caFile], privatePaths: ['/account'], ...extra },
      ...(emailDomain ? { email: { domain: emailDomain, dkimSelectors: ['sel1'] } } : {}),
      network: { resolver: bed.resolver, connectTo: bed.connectTo, rate: 1000 },
    },
    'test',
  );
  return runAudit({ config, configDir: ROOT, stages: emailDomain ? ['edge', 'email'] : ['edge'] });
}

function find(r: Report, checkId: string, messageId: string, where?: string): Finding | undefined {
  return r.findings.find((f) => f.checkId === checkId && f.messageId === messageId && (!where || f.location?.host === where || f.location?.url?.includes(where)));
}

function has(r: Report, checkId: string, messageId: string, where?: string): void {
  const f = find(r, checkId, messageId, where);
  const seen = r.findings.filter((x) => x.checkId === checkId).map((x) => `${x.messageId}@${x.location?.host}`);
  assert.ok(f, `${checkId}:${messageId}${where ? ` at ${where}` : ''} expected; saw ${seen.join(', ')}`);
}

before(async () => {
  bed = await startTestBed();
  [good, bad, lookups] = await Promise.all([
    audit(['good.test', 'www.good.test', 'app.good.test', 'api.good.test'], 'good.test'),
    audit(['bad.test', 'www.bad.test', 'app.bad.test', 'api.bad.test', 'admin.bad.test', 'short.bad.test', 'self.bad.test', 'weak.bad.test', 'old.bad.test', 'v6.bad.test', 'warn.bad.test', 'ghost.bad.test', 'blog.bad.test', 'ancient.bad.test'], 'bad.test', { dnsNames: ['@', 'www', 'admin'] }),
    audit(['www.lookups.test'], 'lookups.test'),
  ]);
});

after(async () => {
  await bed?.close();
});

describe('good hosts: every check passes, nothing at medium or above', () => {
  test('no fail/warn at medium+ and no errors', () => {
    const bad = good.findings.filter((f) => (f.status === 'fail' || f.status === 'warn' || f.status === 'error') && ['critical', 'high', 'medium'].includes(f.severity));
    assert.deepEqual(bad.map((f) => `${f.checkId}:${f.messageId}@${f.location?.host}`), []);
    assert.equal(good.decision, 'GO');
  });
  const passes: [string, string][] = [
    ['edge/reachable', 'ok'], ['edge/https-redirect', 'ok'], ['edge/canonical-host', 'ok'], ['edge/hsts', 'ok'], ['edge/csp', 'ok'], ['edge/framing', 'ok'],
    ['edge/nosniff', 'ok'], ['edge/referrer-policy', 'ok'], ['edge/permissions-policy', 'ok'], ['edge/cross-origin', 'ok'], ['edge/cookies', 'ok'], ['edge/sri', 'ok'],
    ['edge/mixed-content', 'ok'], ['edge/version-banner', 'ok'], ['edge/cache-private', 'ok'], ['edge/cdn', 'none'], ['edge/cors', 'ok'], ['edge/takeover', 'ok'],
    ['tls/expiry', 'ok'], ['tls/hostname', 'ok'], ['tls/chain', 'ok'], ['tls/key-size', 'ok'], ['tls/legacy-protocols', 'ok'], ['tls/weak-ciphers', 'ok'],
    ['dns/resolve', 'ok'], ['dns/dangling-cname', 'no-cname'], ['dns/caa', 'ok'], ['dns/ns', 'ok'], ['dns/ttl', 'ok'],
    ['email/spf', 'ok'], ['email/dkim', 'ok'], ['email/dmarc', 'ok'], ['email/mx', 'ok'], ['email/mta-sts', 'ok'], ['email/tls-rpt', 'ok'],
  ];
  for (const [c, m] of passes) test(`${c} passes`, () => has(good, c, m));
});

describe('bad hosts: each flaw is found', () => {
  const fails: [string, string, string?][] = [
    ['edge/https-redirect', 'no-redirect', 'bad.test'], ['edge/canonical-host', 'both-answer'], ['edge/hsts', 'missing', 'bad.test'], ['edge/csp', 'unsafe-inline', 'bad.test'],
    ['edge/framing', 'missing', 'bad.test'], ['edge/nosniff', 'missing', 'bad.test'], ['edge/referrer-policy', 'unsafe', 'bad.test'], ['edge/permissions-policy', 'missing', 'bad.test'],
    ['edge/cross-origin', 'coop-missing', 'bad.test'], ['edge/cookies', 'session-no-secure', 'bad.test'], ['edge/cookies', 'session-no-httponly', 'bad.test'], ['edge/cookies', 'host-prefix', 'bad.test'],
    ['edge/sri', 'missing', 'bad.test'], ['edge/sri', 'insecure-script', 'bad.test'], ['edge/mixed-content', 'active', 'bad.test'], ['edge/version-banner', 'banner', 'bad.test'],
    ['edge/cache-private', 'shared-cacheable', 'bad.test'], ['edge/cache-private', 'served-from-cache', 'bad.test'], ['edge/cdn', 'detected', 'bad.test'],
    ['edge/cors', 'reflected-credentials', 'bad.test'], ['edge/cors', 'null-credentials', 'bad.test'], ['edge/takeover', 'unclaimed', 'blog.bad.test'],
    ['dns/dangling-cname', 'provider', 'blog.bad.test'],
    ['tls/expiry', 'expired', 'app.bad.test'], ['tls/expiry', 'expires-soon', 'short.bad.test'], ['tls/expiry', 'expiring', 'warn.bad.test'], ['tls/hostname', 'mismatch', 'api.bad.test'],
    ['tls/chain', 'self-signed', 'self.bad.test'], ['tls/key-size', 'weak', 'weak.bad.test'], ['tls/legacy-protocols', 'legacy', 'old.bad.test'], ['tls/legacy-protocols', 'modern-refused', 'ancient.bad.test'], ['tls/weak-ciphers', 'no-forward-secrecy', 'old.bad.test'],
    ['dns/resolve', 'nxdomain', 'ghost.bad.test'], ['dns/resolve', 'aaaa-private', 'v6.bad.test'], ['dns/dangling-cname', 'takeover', 'admin.bad.test'], ['dns/caa', 'missing'], ['dns/ns', 'single'],
    ['dns/ttl', 'low', 'bad.test'], ['dns/ttl', 'high', 'www.bad.test'],
    ['email/spf', 'plus-all'], ['email/dkim', 'short'], ['email/dmarc', 'missing'], ['email/mx', 'missing'], ['email/mta-sts', 'missing'], ['email/tls-rpt', 'missing'],
  ];
  for (const [c, m, h] of fails) test(`${c}: ${m}`, () => has(bad, c, m, h));
  test('the severities rank business impact', () => {
    assert.equal(find(bad, 'dns/dangling-cname', 'takeover')?.severity, 'critical');
    assert.equal(find(bad, 'tls/expiry', 'expired')?.severity, 'critical');
    assert.equal(find(bad, 'email/spf', 'plus-all')?.severity, 'critical');
    assert.equal(bad.decision, 'NO-GO');
  });
  test('findings name the host/record and carry a fix', () => {
    const f = find(bad, 'email/dmarc', 'missing')!;
    assert.equal(f.location?.record, 'TXT _dmarc.bad.test');
    assert.match(f.remediation ?? '', /_dmarc/);
    assert.match(find(bad, 'edge/https-redirect', 'no-redirect')!.remediation ?? '', /Cloudflare/);
  });
});

describe('email edge cases (lookups.test)', () => {
  for (const [c, m] of [
    ['email/spf', 'too-many-lookups'], ['email/spf', 'void-lookups'], ['email/spf', 'broken-include'], ['email/dkim', 'weak'], ['email/dmarc', 'monitor-only'], ['email/dmarc', 'no-rua'],
    ['email/mx', 'host-missing'], ['email/mta-sts', 'policy-unreachable'],
  ] as const) test(`${c}: ${m}`, () => has(lookups, c, m));
  test('the SPF lookup count includes nested includes', () => {
    const f = find(lookups, 'email/spf', 'too-many-lookups')!;
    assert.ok(Number(f.data?.lookups) > 10, String(f.data?.lookups));
  });
});

describe('plain-http loopback target and trust', () => {
  test('HSTS/TLS/redirect are skipped with the reason, never failed', async () => {
    const r = await audit([`http://127.0.0.1:${bed.ports.http}/`], undefined);
    for (const c of ['edge/hsts', 'edge/https-redirect', 'tls/expiry', 'tls/chain', 'edge/mixed-content']) {
      const fs = r.findings.filter((f) => f.checkId === c);
      assert.ok(fs.length > 0 && fs.every((f) => f.status === 'skipped'), `${c}: ${fs.map((f) => f.status).join(',')}`);
    }
  });
  test('without the test CA the chain is a finding, not a crash', async () => {
    const config = validateConfig({ edge: { hosts: ['www.good.test'] }, network: { resolver: bed.resolver, connectTo: bed.connectTo } }, 'test');
    const r = await runAudit({ config, configDir: ROOT, stages: ['edge'], include: (id) => id.startsWith('tls/') || id === 'edge/reachable' });
    has(r, 'tls/chain', 'incomplete');
    has(r, 'edge/reachable', 'ok');
  });
});

describe('launchready edge command', () => {
  test('--resolver and --connect-to, JSON report, exit 1 on flaws', async () => {
    const io = testIo();
    const flags = { resolver: bed.resolver, 'connect-to': bed.connectTo, ca: [bed.caFile], format: 'json', 'no-email': true };
    const code = await edgeCommand.run({ flags, positionals: ['bad.test'], io, rest: [] });
    assert.equal(code, 1);
    const report = JSON.parse(io.out.text) as Report;
    assert.ok(report.findings.some((f) => f.checkId === 'edge/hsts' && f.status === 'fail'));
    assert.ok(!report.findings.some((f) => f.checkId.startsWith('email/')));
    // no --private-path: usual private paths are tried; /account sets a cookie and is a CDN cache hit
    assert.ok(report.findings.some((f) => f.checkId === 'edge/cache-private' && f.messageId === 'served-from-cache' && f.location?.url?.endsWith('/account')));
  });
  test('every host unreachable → InputError naming the URL (exit 2)', async () => {
    const io = testIo();
    await assert.rejects(edgeCommand.run({ flags: { format: 'json' }, positionals: ['http://127.0.0.1:9/'], io, rest: [] }), (e: unknown) => e instanceof InputError && /127\.0\.0\.1:9/.test((e as Error).message));
  });
  test('the CLI (compiled) trusts a test CA through NODE_EXTRA_CA_CERTS', async () => {
    // async: the test bed lives in this process, a sync spawn would block it
    const r = await promisify(execFile)(process.execPath, [join(ROOT, 'bin', 'launchready.js'), 'edge', 'www.good.test', '--resolver', bed.resolver, ...bed.connectTo.flatMap((c) => ['--connect-to', c]), '--format', 'json'], {
      env: { ...process.env, NODE_EXTRA_CA_CERTS: bed.caFile, NO_COLOR: '1' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    const report = JSON.parse(r.stdout) as Report;
    assert.ok(report.findings.some((f) => f.checkId === 'tls/chain' && f.status === 'pass'));
  });
});
