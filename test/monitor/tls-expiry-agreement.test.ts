import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { createServer as createHttpsServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { judgeExpiry } from '../../src/checks/tls/expiry.js';
import type { EdgeTarget } from '../../src/checks/edge/evidence.js';
import { validateConfig } from '../../src/core/config/validate.js';
import { FakeClock } from '../../src/monitor/clock.js';
import { MonitorRuntime } from '../../src/monitor/daemon.js';
import { Allowlist } from '../../src/probes/net.js';
import { TlsProbe } from '../../src/probes/tls.js';
import { selfSigned, tmpDir } from './helpers.js';

const DAY = 86_400_000;

/**
 * Issue 20: the monitor and the audit judge a certificate's expiry once, the same way. One real certificate on a
 * loopback TLS server, looked at from clocks that leave it exactly N whole days: the tls monitor's verdict is
 * tls/expiry's message id, and the monitor is down exactly when tls/expiry does not pass — at and around each
 * threshold, for the default thresholds and for thresholds set in edge.tls.
 */
describe('tls monitor and tls/expiry agree on the same certificate', () => {
  const tmp = tmpDir('lr-tls-agree-');
  const cert = selfSigned('cert.test', 40);
  let server: Server;
  let port = 0;

  before(async () => {
    server = createHttpsServer({ key: cert.key, cert: cert.cert }, (_q, r) => r.end('ok'));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    port = (server.address() as AddressInfo).port;
    writeFileSync(`${tmp.dir}/ca.pem`, cert.cert);
  });
  after(async () => {
    await new Promise<void>((r) => server.close(() => r()));
    tmp.cleanup();
  });

  /** a clock one hour past the instant that leaves `days` whole days before notAfter */
  const clockFor = (days: number): number => cert.notAfter.getTime() - days * DAY - 3_600_000;

  async function monitorAt(days: number, tls?: { warnDays: number; failDays: number }) {
    const config = validateConfig(
      {
        ...(tls ? { edge: { hosts: ['cert.test'], tls } } : {}),
        network: { connectTo: [`cert.test:443:127.0.0.1:${port}`] },
        monitor: { defaults: { retries: 0 }, server: { enabled: false }, monitors: [{ id: 'cert', type: 'tls', host: 'cert.test', ca: 'ca.pem' }] },
      },
      'test.yml',
    );
    const rt = await MonitorRuntime.open({ config, configDir: tmp.dir, dataDir: `${tmp.dir}/data-${days}-${tls?.warnDays ?? 'd'}`, clock: new FakeClock(clockFor(days)) });
    try {
      return (await rt.runOnce())[0]!;
    } finally {
      await rt.stop();
    }
  }

  async function auditAt(days: number, tls: { warnDays: number; failDays: number }) {
    const now = clockFor(days);
    const probe = new TlsProbe({ allow: new Allowlist(['cert.test']), connectTo: [{ fromHost: 'cert.test', fromPort: '443', toHost: '127.0.0.1', toPort: port }], ca: [`${tmp.dir}/ca.pem`], now: () => new Date(now) });
    const hs = await probe.handshake('cert.test', 443, 'tls/expiry');
    const target: EdgeTarget = {
      input: 'cert.test', host: 'cert.test', url: 'https://cert.test/', scheme: 'https', tlsPort: 443, isLocal: false, plainLocal: false, apex: 'cert.test',
      allHosts: ['cert.test'], privatePaths: [], corsOrigin: 'https://evil.launchready.invalid', tls: { ...tls, legacy: false },
    };
    // tls/expiry's own judgement (its run() reports exactly these); 'too-long' does not apply to a 41-day certificate
    const findings = judgeExpiry(target, hs, now);
    assert.equal(findings.length, 1);
    return { messageId: findings[0]!.messageId, status: findings[0]!.status ?? 'fail', days: findings[0]!.data!.days };
  }

  const cases: { tls?: { warnDays: number; failDays: number }; days: number; expect: string }[] = [
    // defaults: warn under 21, fail under 7
    { days: 6, expect: 'expires-soon' },
    { days: 7, expect: 'expiring' },
    { days: 20, expect: 'expiring' },
    { days: 21, expect: 'ok' },
    // set once in edge.tls: fail under 14, warn under 30
    { tls: { warnDays: 30, failDays: 14 }, days: 13, expect: 'expires-soon' },
    { tls: { warnDays: 30, failDays: 14 }, days: 14, expect: 'expiring' },
    { tls: { warnDays: 30, failDays: 14 }, days: 29, expect: 'expiring' },
    { tls: { warnDays: 30, failDays: 14 }, days: 30, expect: 'ok' },
  ];

  for (const c of cases) {
    it(`${c.days} days left, ${c.tls ? `warn ${c.tls.warnDays} / fail ${c.tls.failDays} from edge.tls` : 'default thresholds'}: ${c.expect}`, async () => {
      const audit = await auditAt(c.days, c.tls ?? { warnDays: 21, failDays: 7 });
      const mon = await monitorAt(c.days, c.tls);
      const detail = mon.detail as { verdict: string; daysLeft: number };
      assert.equal(audit.messageId, c.expect);
      assert.equal(audit.days, c.days);
      assert.equal(detail.verdict, audit.messageId, mon.error ?? '');
      assert.equal(detail.daysLeft, audit.days);
      assert.equal(mon.status, audit.status === 'pass' ? 'up' : 'down', mon.error ?? '');
    });
  }
});
