import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { SqliteStore } from '../../src/monitor/store-sqlite.js';
import { startHttp, tmpDir, until, type TestServer } from './helpers.js';

const here = dirname(fileURLToPath(import.meta.url));
const isTs = import.meta.url.endsWith('.ts');
const child = join(here, 'fixtures', `daemon-child.${isTs ? 'ts' : 'js'}`);

function startDaemon(args: string[]): { proc: ChildProcess; out: () => string; exited: Promise<number | null> } {
  const proc = spawn(process.execPath, [...(isTs ? ['--import', 'tsx'] : []), child, 'monitor', ...args], {
    env: { ...process.env, LR_MONITOR_CHILD: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  proc.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise<number | null>((r) => proc.on('exit', (code) => r(code)));
  return { proc, out: () => out, exited };
}

describe('restart: kill the daemon mid-run, start it again', () => {
  const tmp = tmpDir();
  let app: TestServer;
  let hook: TestServer;
  let hold = true;
  const held: (() => void)[] = [];
  const N = 12;

  before(async () => {
    app = await startHttp((req, res) => {
      if (req.url?.startsWith('/fail')) return void ((res.statusCode = 500), res.end());
      const done = () => res.end('ok');
      if (hold) held.push(done);
      else done();
    });
    hook = await startHttp((_q, r) => r.end());
  });
  after(async () => {
    for (const h of held.splice(0)) h();
    await app.close();
    await hook.close();
    tmp.cleanup();
  });

  const config = () => {
    const file = join(tmp.dir, 'monitor.json');
    const monitors = Array.from({ length: N }, (_, i) => ({ id: `m${i}`, type: 'http', url: `${app.url}/ok/${i}` }));
    monitors.push({ id: 'broken', type: 'http', url: `${app.url}/fail`, failThreshold: 1 } as never);
    // one-hour interval: each run of the daemon only does its catch-up slot, so counts are exact
    writeFileSync(file, JSON.stringify({ monitor: { defaults: { intervalSec: 3600, retries: 0, jitterMs: 0 }, server: { enabled: false }, alerts: [{ name: 'hook', type: 'webhook', url: `${hook.url}/alert` }], monitors } }));
    return file;
  };

  it('SIGKILL mid-run loses nothing (missing slots run again on start), SIGTERM drains, no duplicates', async () => {
    const file = config();
    const data = join(tmp.dir, 'data');
    const args = ['--config', file, '--data', data];

    // 1) start, wait until every probe is in flight (the app holds the responses), then SIGKILL
    const a = startDaemon(args);
    await until(() => held.length === N, 20_000);
    await until(() => hook.requests.length === 1, 10_000); // the broken monitor opened its incident and alerted
    a.proc.kill('SIGKILL');
    await a.exited;
    held.splice(0); // drop the connections of the killed process
    let s = new SqliteStore(data);
    assert.equal(await s.countResults(), 1, 'only the broken monitor finished before the kill');
    assert.equal((await s.incidents({})).length, 1);
    await s.close();

    // 2) restart: the slots without a result run again; SIGTERM while they are in flight: drained and stored
    const b = startDaemon(args);
    await until(() => held.length === N, 20_000);
    b.proc.kill('SIGTERM');
    await until(() => b.out().includes('stopping'), 10_000);
    hold = false;
    for (const h of held.splice(0)) h();
    assert.equal(await b.exited, 0, b.out());
    s = new SqliteStore(data);
    const rows = await s.results({});
    assert.equal(rows.length, N + 1, 'one result per monitor: nothing lost, nothing duplicated');
    assert.equal(new Set(rows.map((r) => r.id)).size, rows.length);
    assert.ok(rows.filter((r) => r.monitorId !== 'broken').every((r) => r.status === 'up'));
    await s.close();

    // 3) a third start finds every current slot stored: nothing runs again, the incident is not reopened or re-sent
    const c = startDaemon(args);
    await until(() => c.out().includes('launchready monitor:'), 20_000);
    c.proc.kill('SIGTERM');
    assert.equal(await c.exited, 0, c.out());
    s = new SqliteStore(data);
    assert.equal(await s.countResults(), N + 1);
    const incidents = await s.incidents({});
    assert.equal(incidents.length, 1, 'one incident across three starts');
    assert.equal(incidents[0]!.closedAt, null);
    assert.equal((await s.events(incidents[0]!.id)).filter((e) => e.kind === 'opened').length, 1);
    await s.close();
    assert.equal(hook.requests.length, 1, 'one alert across three starts');
  });
});
