import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
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
    const t2 = io(tmp.dir);
    assert.equal(await main(['deploy', 'mark'], t2.io), 2);
    assert.match(t2.stderr, /--version V is required/);
  });
});
