import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { main } from '../../src/cli/main.js';
import { SqliteStore } from '../../src/monitor/store-sqlite.js';
import { startHttp, tmpDir, type TestServer } from './helpers.js';

function io(cwd: string) {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (c: Buffer) => (stdout += c.toString()));
  err.on('data', (c: Buffer) => (stderr += c.toString()));
  return { io: { stdout: out, stderr: err, env: {}, cwd }, get stdout() { return stdout; }, get stderr() { return stderr; } };
}

describe('launchready monitor --once / deploy mark', () => {
  const tmp = tmpDir();
  let app: TestServer;
  before(async () => {
    app = await startHttp((req, res) => {
      if (req.url === '/health') return void res.end('ok');
      if (req.url === '/next') return void res.end('{"host":"evil.test"}');
      res.statusCode = 503;
      res.end('down');
    });
  });
  after(async () => {
    await app.close();
    tmp.cleanup();
  });

  const config = (monitors: unknown[]) => {
    const file = `${tmp.dir}/lr-${Math.random().toString(36).slice(2)}.json`;
    writeFileSync(file, JSON.stringify({ monitor: { defaults: { retries: 0 }, server: { enabled: false }, monitors } }));
    return file;
  };

  it('exits 0 when every monitor is up and stores the results under --data', async () => {
    const file = config([{ id: 'health', type: 'http', url: `http://app.test/health`, bodyContains: ['ok'] }]);
    const t = io(tmp.dir);
    const code = await main(['monitor', '--config', file, '--once', '--data', `${tmp.dir}/d1`, '--connect-to', `app.test:80:127.0.0.1:${app.port}`], t.io);
    assert.equal(code, 0, t.stderr);
    assert.match(t.stdout, /UP {3}health HTTP 200/);
    assert.match(t.stdout, /1 up, 0 down/);
    const s = new SqliteStore(`${tmp.dir}/d1`);
    assert.equal(await s.countResults('health'), 1);
    await s.close();
  });

  it('exits 1 when a monitor is down', async () => {
    const file = config([
      { id: 'health', type: 'http', url: `${app.url}/health` },
      { id: 'broken', type: 'http', url: `${app.url}/broken` },
    ]);
    const t = io(tmp.dir);
    const code = await main(['monitor', '--config', file, '--once', '--data', `${tmp.dir}/d2`], t.io);
    assert.equal(code, 1, t.stderr);
    assert.match(t.stdout, /DOWN broken HTTP 503 .*status 503 not in 2xx, 3xx/);
    assert.match(t.stdout, /1 up, 1 down/);
  });

  it('--once --format json --output FILE: one finding per result, raw results for a CI canary; exit 1 when one is down', async () => {
    const file = config([
      { id: 'health', type: 'http', url: `${app.url}/health` },
      { id: 'broken', type: 'http', url: `${app.url}/broken` },
    ]);
    const t = io(tmp.dir);
    const code = await main(['monitor', '--config', file, '--once', '--data', `${tmp.dir}/d5`, '--format', 'json', '--output', `${tmp.dir}/canary.json`], t.io);
    assert.equal(code, 1, t.stderr);
    assert.match(t.stdout, /report: .*canary\.json/);
    const report = JSON.parse(readFileSync(`${tmp.dir}/canary.json`, 'utf8')) as { decision: string; findings: { checkId: string; status: string; messageId: string; meta: { monitorId: string; httpStatus: number } }[]; sections: { monitorResults: { monitorId: string; status: string }[] } };
    assert.equal(report.decision, 'NO-GO');
    const byMon = new Map(report.findings.map((f) => [f.meta.monitorId, f]));
    assert.equal(byMon.get('broken')!.status, 'fail');
    assert.equal(byMon.get('broken')!.messageId, 'down');
    assert.equal(byMon.get('broken')!.meta.httpStatus, 503);
    assert.equal(byMon.get('health')!.status, 'pass');
    assert.equal(byMon.get('health')!.checkId, 'monitor/http');
    assert.deepEqual(report.sections.monitorResults.map((r) => `${r.monitorId}:${r.status}`).sort(), ['broken:down', 'health:up']);
    // to stdout without --output
    const t2 = io(tmp.dir);
    assert.equal(await main(['monitor', '--config', file, '--once', '--data', `${tmp.dir}/d5`, '--format', 'json'], t2.io), 1);
    assert.equal((JSON.parse(t2.stdout) as { findings: unknown[] }).findings.length, 2);
    // the daemon has no report to format
    const t3 = io(tmp.dir);
    assert.equal(await main(['monitor', '--config', file, '--format', 'json'], t3.io), 2);
    assert.match(t3.stderr, /--format and --output apply to --once/);
  });

  it('exits 2 on a bad config, naming the field', async () => {
    const file = config([{ id: 'Bad Id', type: 'http', url: 'not a url' }]);
    const t = io(tmp.dir);
    assert.equal(await main(['monitor', '--config', file, '--once'], t.io), 2);
    assert.match(t.stderr, /monitor\.monitors\[0\]\.id/);
    assert.match(t.stderr, /monitor\.monitors\[0\]\.url/);
    const none = config([]);
    const t2 = io(tmp.dir);
    assert.equal(await main(['monitor', '--config', none, '--once'], t2.io), 2);
    assert.match(t2.stderr, /monitor\.monitors: declares no monitor/);
    const t3 = io(tmp.dir);
    assert.equal(await main(['monitor', '--once'], t3.io), 2);
    assert.match(t3.stderr, /--config FILE is required/);
  });

  it('refuses a host the config does not name (exit 1, never contacted)', async () => {
    // the flow step URL is templated from a response, so its host is only known at run time
    const file = config([{ id: 'flow', type: 'flow', steps: [{ url: `${app.url}/next`, extract: { next: 'json:host' } }, { url: 'http://{{next}}/ok' }] }]);
    const t = io(tmp.dir);
    assert.equal(await main(['monitor', '--config', file, '--once', '--data', `${tmp.dir}/d3`], t.io), 1);
    assert.match(t.stdout, /refused to contact http:\/\/evil\.test\/ok/);
    assert.equal(app.requests.filter((r) => r.url.includes('evil')).length, 0);
  });

  it('deploy mark records a marker in the store', async () => {
    const file = config([{ id: 'health', type: 'http', url: `${app.url}/health` }]);
    const t = io(tmp.dir);
    assert.equal(await main(['deploy', 'mark', '--version', 'v1.2.3', '--config', file, '--data', `${tmp.dir}/d4`, '--env', 'staging'], t.io), 0, t.stderr);
    assert.match(t.stdout, /deploy marker [0-9a-f]{16}: v1\.2\.3 \(staging\)/);
    const s = new SqliteStore(`${tmp.dir}/d4`);
    const [d] = await s.deploys({});
    assert.equal(d!.version, 'v1.2.3');
    assert.equal(d!.env, 'staging');
    await s.close();
    assert.match(t.stdout, /written to d4\/monitor\.sqlite/);
    const t2 = io(tmp.dir);
    assert.equal(await main(['deploy', 'mark'], t2.io), 2);
    assert.match(t2.stderr, /--version V is required/);
  });

  it('deploy mark without --config finds the daemon\'s store through the launchready.yml in the folder', async () => {
    const dir = `${tmp.dir}/proj`;
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${dir}/launchready.yml`, `monitor:\n  data: state/mon\n  server: { enabled: false }\n  monitors:\n    - { id: health, type: http, url: "${app.url}/health" }\n`);
    const t = io(dir);
    assert.equal(await main(['deploy', 'mark', '--version', 'v9'], t.io), 0, t.stderr);
    assert.match(t.stdout, /written to state\/mon\/monitor\.sqlite \(config launchready\.yml\)/);
    const s = new SqliteStore(`${dir}/state/mon`);
    assert.equal((await s.deploys({}))[0]!.version, 'v9');
    await s.close();
    // no config anywhere: it says where it wrote and how to reach the daemon's store
    const bare = `${tmp.dir}/bare`;
    mkdirSync(bare, { recursive: true });
    const t2 = io(bare);
    assert.equal(await main(['deploy', 'mark', '--version', 'v9'], t2.io), 0, t2.stderr);
    assert.match(t2.stdout, /written to \.launchready\/monitor\/monitor\.sqlite \(no --config and no launchready\.yml here/);
  });
});
