import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { validateConfig } from '../../src/core/config/validate.js';
import { startDashboard, type DashboardServer } from '../../src/dashboard/server.js';
import { MonitorRuntime } from '../../src/monitor/daemon.js';
import { HOUR, resultId, type ProbeResult } from '../../src/monitor/types.js';
import { startHttp, tmpDir, until, type TestServer } from '../monitor/helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const skip = existsSync(CHROMIUM) ? false : `${CHROMIUM} is absent (install Debian's chromium: apt-get install -y chromium)`;
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

describe('dashboard in a real browser (playwright-core + Debian chromium)', { skip }, () => {
  const tmp = tmpDir('lr-browser-');
  let hook: TestServer;
  let rt: MonitorRuntime;
  let srv: DashboardServer;
  let browser: import('playwright-core').BrowserContext;
  const profile = mkdtempSync(join(tmpdir(), 'lr-chromium-'));

  /** `n` runs of a monitor ending now, `down` of them failed (the given indexes, counted from the oldest) */
  const history = (id: string, intervalMs: number, n: number, down: Set<number>): ProbeResult[] => {
    const now = Date.now();
    return Array.from({ length: n }, (_, i) => {
      const slot = now - (n - i) * intervalMs;
      const bad = down.has(i);
      return { id: resultId(id, 'local', slot), monitorId: id, location: 'local', slot, at: slot + 40, status: bad ? 'down' : 'up', latencyMs: bad ? null : 20 + (i % 7), httpStatus: bad ? 503 : 200, error: bad ? 'status 503 not in 2xx, 3xx' : null, attempts: 1, maintenance: false, detail: null };
    });
  };

  before(async () => {
    hook = await startHttp((_q, r) => r.end());
    const config = validateConfig(
      {
        project: { name: 'shop' },
        monitor: {
          defaults: { retries: 0, jitterMs: 0 },
          server: { port: 0 },
          alerts: [{ name: 'hook', type: 'webhook', url: `${hook.url}/alert` }],
          monitors: [
            // known histories: 2,000 runs with 1 failure (99.95%), 100 with 2 (98%), 10 all failed (0%), 100 all up
            { id: 'fast', type: 'http', name: 'Checkout API', url: 'http://127.0.0.1:9/fast', intervalSec: 10, slo: 99.9 },
            { id: 'web', type: 'http', name: 'Web shop', url: 'http://127.0.0.1:9/', intervalSec: 60, slo: 99, failThreshold: 1 },
            { id: 'dead', type: 'http', name: 'Legacy', url: 'http://127.0.0.1:9/dead', intervalSec: 60, failThreshold: 100 },
            { id: 'docs', type: 'http', name: 'Docs', url: 'http://127.0.0.1:9/docs', intervalSec: 60 },
          ],
        },
      },
      `${tmp.dir}/c.yml`,
    );
    // no scheduler: the store holds exactly the history written here
    rt = await MonitorRuntime.open({ config, configDir: tmp.dir, dataDir: `${tmp.dir}/data`, flushMs: 1 });
    const rows = [...history('fast', 10_000, 2000, new Set([1990])), ...history('web', 60_000, 100, new Set([10, 20])), ...history('dead', 60_000, 10, new Set(Array.from({ length: 10 }, (_, i) => i))), ...history('docs', 60_000, 100, new Set())];
    await rt.store.insertResults(rows);
    for (const r of rows) rt.observe(r);
    const now = Date.now();
    // the hours before the current one are read from rollups (the daemon's maintenance pass makes them)
    await rt.store.rollup(Math.floor(now / HOUR) * HOUR - 8 * HOUR, Math.floor(now / HOUR) * HOUR + HOUR);
    srv = await startDashboard(rt);
    const { chromium } = await import('playwright-core');
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
    await hook?.close();
    tmp.cleanup();
    rmSync(profile, { recursive: true, force: true });
  });

  /** axe-core in the page: violations of impact serious or critical */
  const axe = async (page: import('playwright-core').Page): Promise<AxeViolation[]> => {
    await page.addScriptTag({ content: AXE });
    const v = (await page.evaluate('axe.run(document, { resultTypes: ["violations"] }).then((r) => r.violations)')) as AxeViolation[];
    return v.filter((x) => x.impact === 'serious' || x.impact === 'critical');
  };
  const show = (v: AxeViolation[]): string => v.map((x) => `${x.id} (${x.impact}): ${x.help} at ${x.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`).join('\n');

  it('overview: uptime and error budget from a known history, with no serious accessibility violation', async () => {
    const page = await browser.newPage();
    await page.goto(`${srv.url}/?refresh=600000`);
    await page.waitForSelector('tr.mon[data-id="fast"]', { timeout: 10_000 });
    const cell = (id: string, cls: string) => page.locator(`tr.mon[data-id="${id}"] td.${cls}`).innerText();
    assert.equal(await cell('fast', 'up24'), '99.95%');
    assert.equal(await cell('web', 'up24'), '98%');
    assert.equal(await cell('dead', 'up24'), '0%');
    assert.equal(await cell('docs', 'up24'), '100%');
    // SLO 99% at one run a minute allows 432 failed minutes in 30 days; 2 spent
    assert.equal(await cell('web', 'budget'), '99.5% left (7.2 h)');
    // SLO 99.9% at 10 s allows 259.2 failed runs (43.2 min); 1 run spent
    assert.equal(await cell('fast', 'budget'), '99.6% left (43 min)');
    assert.equal(await cell('docs', 'budget'), '100.0% left (43 min)');
    const violations = await axe(page);
    assert.deepEqual(violations, [], show(violations));
    await page.close();
  });

  it("a monitor's own page: stats, history bar with the failed run, latency chart; no serious violation", async () => {
    const page = await browser.newPage();
    await page.goto(`${srv.url}/?refresh=600000`);
    await page.click('tr.mon[data-id="fast"] a');
    await page.waitForURL(/\/monitors\/fast$/);
    await page.waitForSelector('#history span', { timeout: 10_000 });
    assert.equal(await page.locator('h1').innerText(), 'Checkout API');
    assert.equal(await page.locator('#u1').innerText(), '99.95%');
    assert.equal(await page.locator('#budget').innerText(), '99.6% left (43 min)');
    assert.equal(await page.locator('#history span').count(), 90);
    assert.equal(await page.locator('#history span[data-status="down"]').count(), 1, 'the one failed run of the last 90');
    await page.waitForSelector('#chart-lat .uplot canvas', { timeout: 10_000 });
    assert.match(await page.locator('#chart-lat').innerText(), /failed run/);
    const violations = await axe(page);
    assert.deepEqual(violations, [], show(violations));
    await page.close();
  });

  it('an incident opens, its alert is delivered; acknowledging it notifies the channel', async () => {
    const page = await browser.newPage();
    await page.goto(`${srv.url}/monitors/web?refresh=200`);
    await page.waitForSelector('#status[data-status="up"]', { timeout: 10_000 });
    const m = rt.monitor('web')!;
    const slot = Date.now();
    await rt.record({ id: resultId('web', 'local', slot), monitorId: 'web', location: 'local', slot, at: slot, status: 'down', latencyMs: 12, httpStatus: 503, error: 'status 503 not in 2xx, 3xx', attempts: 1, maintenance: false, detail: null });
    assert.ok(rt.engine.openIncident(m.id));
    await page.waitForSelector('#status[data-status="down"]', { timeout: 10_000 });
    await page.waitForSelector('.incident[data-open="true"]', { timeout: 10_000 });
    assert.match(await page.locator('.incident[data-open="true"]').innerText(), /Web shop[\s\S]*status 503 not in 2xx, 3xx/);
    await until(() => hook.requests.length === 1);
    assert.equal((JSON.parse(hook.requests[0]!.body) as { event: string }).event, 'incident.opened');
    await page.click('button[data-ack]');
    await page.waitForSelector('.incident:has-text("acknowledged by dashboard")', { timeout: 10_000 });
    await until(() => hook.requests.length === 2);
    const ack = JSON.parse(hook.requests[1]!.body) as { event: string; message: string };
    assert.equal(ack.event, 'incident.acknowledged');
    assert.equal(ack.message, 'acknowledged by dashboard');
    await page.close();
  });

  it('public status page: 90-day history and human times, without login; no serious violation', async () => {
    const page = await browser.newPage();
    await page.goto(`${srv.url}/status`);
    await page.waitForSelector('#st .svc');
    assert.match(await page.locator('#overall').innerText(), /Degraded|operational/);
    assert.equal(await page.locator('#st .svc').first().locator('.bar span').count(), 90);
    assert.match(await page.locator('#updated').innerText(), /UTC/);
    const violations = await axe(page);
    assert.deepEqual(violations, [], show(violations));
    await page.close();
  });
});
