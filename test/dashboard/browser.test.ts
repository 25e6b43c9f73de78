import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { validateConfig } from '../../src/core/config/validate.js';
import { startDashboard, type DashboardServer } from '../../src/dashboard/server.js';
import { MonitorRuntime } from '../../src/monitor/daemon.js';
import { slotAtOrBefore } from '../../src/monitor/scheduler.js';
import { startHttp, tmpDir, until, type TestServer } from '../monitor/helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const skip = existsSync(CHROMIUM) ? false : `${CHROMIUM} is absent (install Debian's chromium: apt-get install -y chromium)`;

describe('dashboard in a real browser (playwright-core + Debian chromium)', { skip }, () => {
  const tmp = tmpDir('lr-browser-');
  let app: TestServer;
  let hook: TestServer;
  let rt: MonitorRuntime;
  let srv: DashboardServer;
  let healthy = true;
  let browser: import('playwright-core').BrowserContext;
  const profile = mkdtempSync(join(tmpdir(), 'lr-chromium-'));

  before(async () => {
    app = await startHttp((_q, r) => {
      r.statusCode = healthy ? 200 : 503;
      r.end(healthy ? 'ok' : 'maintenance page');
    });
    hook = await startHttp((_q, r) => r.end());
    const config = validateConfig(
      {
        project: { name: 'shop' },
        monitor: {
          defaults: { retries: 0, jitterMs: 0 },
          server: { port: 0 },
          alerts: [{ name: 'hook', type: 'webhook', url: `${hook.url}/alert` }],
          monitors: [
            { id: 'web', type: 'http', name: 'Web shop', url: `${app.url}/`, intervalSec: 3600, failThreshold: 1 },
            { id: 'api', type: 'http', name: 'API', url: `${app.url}/api`, intervalSec: 3600, failThreshold: 5 },
          ],
        },
      },
      `${tmp.dir}/c.yml`,
    );
    rt = await MonitorRuntime.open({ config, configDir: tmp.dir, dataDir: `${tmp.dir}/data` });
    await rt.start();
    srv = await startDashboard(rt);
    const { chromium } = await import('playwright-core');
    // a fresh profile each run (playwright takes it as launchPersistentContext's userDataDir, i.e. --user-data-dir)
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });
  after(async () => {
    await browser?.close();
    await srv?.close();
    await rt?.stop();
    await app?.close();
    await hook?.close();
    tmp.cleanup();
    rmSync(profile, { recursive: true, force: true });
  });

  it('shows a monitor go down, the incident open and the alert delivered; acknowledges it', async () => {
    const page = await browser.newPage();
    await page.goto(`${srv.url}/?refresh=200`);
    await page.waitForSelector('tr.mon[data-id="web"][data-status="up"]', { timeout: 10_000 });
    assert.equal(await page.locator('#incidents').innerText(), 'none');

    // the app breaks; the next run of the monitor (driven now instead of in an hour) fails
    healthy = false;
    const m = rt.monitor('web')!;
    await rt.record(await rt.scheduler!.runSlot(m, slotAtOrBefore(m, Date.now()) + m.intervalMs));

    await page.waitForSelector('tr.mon[data-id="web"][data-status="down"]', { timeout: 10_000 });
    await page.waitForSelector('.incident[data-open="true"]', { timeout: 10_000 });
    assert.match(await page.locator('.incident[data-open="true"]').innerText(), /Web shop[\s\S]*status 503 not in 2xx, 3xx/);
    await until(() => hook.requests.length === 1);
    assert.equal((JSON.parse(hook.requests[0]!.body) as { event: string }).event, 'incident.opened');
    await page.waitForSelector('tr.delivery[data-ok="true"]', { timeout: 10_000 });
    assert.match(await page.locator('tr.delivery').first().innerText(), /hook\s+incident\.opened\s+1\s+delivered/);

    await page.click('button[data-ack]');
    await page.waitForSelector('.incident:has-text("acknowledged by dashboard")', { timeout: 10_000 });

    // latency chart with uPlot
    await page.click('tr.mon[data-id="web"]');
    await page.waitForSelector('#chart-lat .uplot canvas', { timeout: 10_000 });
    await page.close();
  });

  it('serves the public status page without login', async () => {
    const page = await browser.newPage();
    await page.goto(`${srv.url}/status`);
    await page.waitForSelector('#st tr');
    assert.match(await page.locator('#overall').innerText(), /Degraded|operational/);
    await page.close();
  });
});
