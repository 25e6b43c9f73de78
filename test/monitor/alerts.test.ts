import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { SMTPServer } from 'smtp-server';
import { validateConfig } from '../../src/core/config/validate.js';
import { Alerter, channelPayload, type AlertEvent } from '../../src/monitor/alerts.js';
import { FakeClock, systemClock } from '../../src/monitor/clock.js';
import { MonitorRuntime } from '../../src/monitor/daemon.js';
import { SqliteStore } from '../../src/monitor/store-sqlite.js';
import { startHttp, tmpDir, until, type TestServer } from './helpers.js';

const EVENT: AlertEvent = {
  kind: 'incident.opened',
  at: Date.UTC(2026, 0, 1),
  monitor: { id: 'api', name: 'API health', type: 'http' },
  incident: { id: 'api-1', monitorId: 'api', openedAt: Date.UTC(2026, 0, 1), detectedAt: Date.UTC(2026, 0, 1), closedAt: null, acknowledgedAt: null, acknowledgedBy: null, cause: 'status 503', deployId: 'd1', openSlot: 1 },
  message: 'status 503 not in 2xx',
  deploy: { id: 'd1', version: 'v2.0.1', env: 'production', at: Date.UTC(2025, 11, 31, 23), note: null },
};

describe('alert channels', () => {
  const tmp = tmpDir();
  let chat: TestServer;
  let flaky: TestServer;
  let flakyCalls = 0;
  let smtp: SMTPServer;
  let smtpPort = 0;
  const mails: { from: string; to: string[]; data: string }[] = [];

  before(async () => {
    chat = await startHttp((_req, res) => res.end('ok'));
    flaky = await startHttp((_req, res) => {
      flakyCalls++;
      res.statusCode = flakyCalls <= 2 ? 500 : 200;
      res.end();
    });
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, cb) {
        let data = '';
        stream.on('data', (c: Buffer) => (data += c.toString()));
        stream.on('end', () => {
          mails.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), data });
          cb();
        });
      },
    });
    await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', () => r()));
    smtpPort = (smtp.server.address() as AddressInfo).port;
  });
  after(async () => {
    await chat.close();
    await flaky.close();
    await new Promise<void>((r) => smtp.close(() => r()));
    tmp.cleanup();
  });

  it('formats Slack, Discord, Teams and generic webhook bodies', () => {
    assert.match((channelPayload('slack', EVENT) as { text: string }).text, /^\[launchready\] DOWN: API health\n/);
    assert.match((channelPayload('slack', EVENT) as { text: string }).text, /preceded by deploy v2\.0\.1/);
    assert.equal((channelPayload('discord', EVENT) as { username: string }).username, 'launchready');
    const teams = channelPayload('teams', EVENT) as Record<string, string>;
    assert.equal(teams['@type'], 'MessageCard');
    assert.equal(teams.title, '[launchready] DOWN: API health');
    const hook = channelPayload('webhook', EVENT) as { event: string; monitor: { id: string }; incident: { id: string } };
    assert.deepEqual([hook.event, hook.monitor.id, hook.incident.id], ['incident.opened', 'api', 'api-1']);
  });

  it('delivers to every channel type and logs each delivery', async () => {
    const store = new SqliteStore(`${tmp.dir}/a1`);
    const channels = validateConfig(
      {
        monitor: {
          alerts: [
            { name: 'mail', type: 'email', smtp: { host: '127.0.0.1', port: smtpPort, ignoreTLS: true }, from: 'monitor@example.test', to: ['oncall@example.test'] },
            { name: 'slack', type: 'slack', url: `${chat.url}/slack` },
            { name: 'discord', type: 'discord', url: `${chat.url}/discord` },
            { name: 'teams', type: 'teams', url: `${chat.url}/teams` },
            { name: 'hook', type: 'webhook', url: `${chat.url}/hook`, headers: { 'x-api-key': 'k' } },
          ],
        },
      },
      't.yml',
    ).monitor!.alerts;
    const alerter = new Alerter({ channels, store, clock: systemClock });
    alerter.dispatch(EVENT, channels.map((c) => c.name));
    await alerter.close();
    assert.equal(mails.length, 1);
    assert.deepEqual(mails[0]!.to, ['oncall@example.test']);
    assert.match(mails[0]!.data, /Subject: \[launchready\] DOWN: API health/);
    const paths = chat.requests.map((r) => r.url).sort();
    assert.deepEqual(paths, ['/discord', '/hook', '/slack', '/teams']);
    assert.equal(chat.requests.find((r) => r.url === '/hook')!.headers['x-api-key'], 'k');
    const log = await store.deliveries({});
    assert.equal(log.length, 5);
    assert.ok(log.every((d) => d.ok && d.attempt === 1 && d.incidentId === 'api-1'));
    await store.close();
  });

  it('retries with backoff and logs every attempt', async () => {
    const store = new SqliteStore(`${tmp.dir}/a2`);
    const clock = new FakeClock();
    const channels = validateConfig({ monitor: { alerts: [{ name: 'flaky', type: 'webhook', url: `${flaky.url}/x`, retries: 3 }, { name: 'dead', type: 'slack', url: 'http://127.0.0.1:1/x', retries: 1 }] } }, 't.yml').monitor!.alerts;
    const alerter = new Alerter({ channels, store, clock, backoffMs: 1000 });
    alerter.dispatch(EVENT, ['flaky', 'dead']);
    await until(async () => (await store.deliveries({})).length >= 2);
    await clock.advance(1000);
    await until(async () => (await store.deliveries({})).length >= 4);
    await clock.advance(2000);
    await alerter.close();
    const log = (await store.deliveries({})).reverse();
    assert.deepEqual(log.filter((d) => d.channel === 'flaky').map((d) => [d.attempt, d.ok, d.status]), [[1, false, 500], [2, false, 500], [3, true, 200]]);
    const dead = log.filter((d) => d.channel === 'dead');
    assert.deepEqual(dead.map((d) => [d.attempt, d.ok]), [[1, false], [2, false]]);
    assert.match(dead[0]!.error!, /connection refused/);
    await store.close();
  });

  it('the alert leaves at the moment the threshold-crossing result is recorded (no batching)', async () => {
    const clock = new FakeClock(Date.UTC(2026, 0, 1));
    const app = await startHttp((_q, r) => ((r.statusCode = 503), r.end()));
    const config = validateConfig(
      { monitor: { defaults: { retries: 0 }, server: { enabled: false }, alerts: [{ name: 'hook', type: 'webhook', url: `${chat.url}/delay` }], monitors: [{ id: 'web', type: 'http', url: app.url, failThreshold: 1 }] } },
      't.yml',
    );
    const rt = await MonitorRuntime.open({ config, configDir: tmp.dir, dataDir: `${tmp.dir}/a3`, clock });
    const [r] = await rt.runOnce();
    await rt.alerter.drain();
    const [d] = await rt.store.deliveries({});
    assert.equal(d!.ok, true);
    assert.equal(d!.at - r!.at, 0, 'delivered at the same instant on the fake clock: the only delay is the network');
    const body = JSON.parse(chat.requests.find((x) => x.url === '/delay')!.body) as { event: string; monitor: { id: string } };
    assert.deepEqual([body.event, body.monitor.id], ['incident.opened', 'web']);
    await rt.stop();
    await app.close();
  });
});
