// bench/api: requests sent and wall time of a full API audit (api stage only) of the bundled demo, flawed and
// fixed, per check. Run: npm run build && node dist/bench/api/run.js  (or: npx tsx bench/api/run.ts)
// Figures only; asserts nothing. Targets from issue 5: under 60 s and under 3,000 requests per audit.
import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { runAudit } from '../../src/audit/run.js';
import type { Report } from '../../src/core/types.js';
import { loadConfig } from '../../src/probes/config-file.js';
import { packageRoot } from '../../src/probes/package-root.js';

const ROOT = packageRoot();
const DEMO = join(ROOT, 'examples', 'demo-market');

interface Demo {
  url: string;
  close(): Promise<void>;
}

async function one(fixed: boolean, reportDir: string): Promise<{ report: Report; wallMs: number }> {
  const mod = (await import(pathToFileURL(join(DEMO, 'server.js')).href)) as { startDemoServer(o: { fixed: boolean; port: number }): Promise<Demo> };
  const demo = await mod.startDemoServer({ fixed, port: 0 });
  try {
    const loaded = await loadConfig(join(DEMO, fixed ? 'launchready.fixed.yml' : 'launchready.yml'), { env: { DEMO_URL: demo.url } });
    const t0 = performance.now();
    const report = await runAudit({ config: { ...loaded.config, report: { dir: reportDir } }, configDir: loaded.dir, stages: ['api'] });
    return { report, wallMs: performance.now() - t0 };
  } finally {
    await demo.close();
  }
}

function table(name: string, r: { report: Report; wallMs: number }): void {
  const { report } = r;
  const counts = (id: string) => report.findings.filter((f) => f.checkId === id && (f.status === 'fail' || f.status === 'warn')).length;
  console.log(`\n${name}: decision ${report.decision}, ${report.requests} requests, wall ${(r.wallMs / 1000).toFixed(1)} s, findings ${JSON.stringify(report.summary)}`);
  console.log(`${'check'.padEnd(26)} ${'requests'.padStart(8)} ${'ms'.padStart(7)}  ${'fail+warn'.padStart(9)}  status`);
  const rows = [...(report.checks ?? [])].sort((a, b) => (b.requests ?? 0) - (a.requests ?? 0));
  let sum = 0;
  for (const c of rows) {
    sum += c.requests ?? 0;
    console.log(`${c.checkId.padEnd(26)} ${String(c.requests ?? 0).padStart(8)} ${String(c.durationMs).padStart(7)}  ${String(counts(c.checkId)).padStart(9)}  ${c.status}`);
  }
  // Logins, discovery and shared evidence are counted under the check that first needed them, or "api/discovery".
  console.log(`${'(shared: logins, discovery)'.padEnd(26)} ${String((report.requests ?? 0) - sum).padStart(8)}`);
  console.log('note: ms per check includes waiting for earlier phases (reads → latency → writes → bursts).');
}

const dir = mkdtempSync(join(tmpdir(), 'lr-bench-api-'));
try {
  const flawed = await one(false, join(dir, 'flawed'));
  table('demo-market (flawed)', flawed);
  const fixed = await one(true, join(dir, 'fixed'));
  table('demo-market (fixed twin)', fixed);
  console.log(`\ntargets: < 60 s and < 3,000 requests per audit: flawed ${(flawed.wallMs / 1000).toFixed(1)} s / ${flawed.report.requests}, fixed ${(fixed.wallMs / 1000).toFixed(1)} s / ${fixed.report.requests}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
