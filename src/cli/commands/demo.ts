import { auditWithProgress } from '../run-config.js';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { InputError } from '../../core/errors.js';
import { loadConfig } from '../../probes/config-file.js';
import { packageRoot } from '../../probes/package-root.js';
import { renderReport } from '../../report/index.js';
import { renderSummaryLine } from '../../report/text.js';
import { defineCommand, flagBool, flagString } from '../command.js';
import { useColor, writeFileAtomic } from '../output.js';

interface DemoHandle {
  env: Record<string, string>;
  urls: Record<string, string>;
  close(): Promise<void>;
}

export const demoCommand = defineCommand({
  name: 'demo',
  summary: 'start the bundled flawed demo app on loopback, audit it, write launchready-report.html (npm start)',
  description:
    'Starts examples/demo-market (a multi-tenant B2B marketplace API with deliberate launch flaws) on a random\n' +
    'loopback port, runs `launchready audit` on it with its example config, prints the verdict and the top risks,\n' +
    'writes the HTML report, stops the demo. Exit 0 when the audit ran (whatever the verdict), 2 when it could not.',
  flags: {
    fixed: { type: 'boolean', description: 'audit the fixed twin instead (expected verdict: GO)' },
    output: { type: 'string', short: 'o', valueName: 'FILE', description: 'HTML report path', default: 'launchready-report.html' },
    json: { type: 'string', valueName: 'FILE', description: 'also write the JSON report to FILE' },
    'no-color': { type: 'boolean', description: 'no colours' },
  },
  async run(ctx) {
    const fixed = flagBool(ctx.flags, 'fixed');
    const root = packageRoot();
    const demoDir = join(root, 'examples', 'demo-market');
    const mod = (await import(pathToFileURL(join(demoDir, 'index.js')).href)) as { startDemo(o: { fixed: boolean; port: number }): Promise<DemoHandle> };
    const demo = await mod.startDemo({ fixed, port: 0 });
    const color = useColor(ctx.io, ctx.flags);
    try {
      const configFile = join(demoDir, fixed ? 'launchready.fixed.yml' : 'launchready.yml');
      const loaded = await loadConfig(configFile, { env: { ...ctx.io.env, ...demo.env } });
      // the evidence log goes next to the HTML report, not into the package folder (read-only or hidden in node_modules)
      loaded.config.report.dir = resolve(ctx.io.cwd, loaded.config.report.dir);
      ctx.io.stdout.write(`launchready demo: auditing demo-market${fixed ? ' (fixed twin)' : ' (flawed)'} at ${Object.values(demo.urls).join(', ')}\n`);
      const report = await auditWithProgress(ctx, { config: loaded.config, configDir: loaded.dir, configFile: relative(root, configFile) });
      report.target = { ...report.target, project: loaded.config.project.name, configFile: relative(root, configFile) };
      const htmlPath = resolve(ctx.io.cwd, flagString(ctx.flags, 'output') ?? 'launchready-report.html');
      await writeFileAtomic(htmlPath, renderReport(report, 'html', { command: `launchready audit --config ${relative(root, configFile)}` }));
      const jsonPath = flagString(ctx.flags, 'json');
      if (jsonPath) await writeFileAtomic(resolve(ctx.io.cwd, jsonPath), renderReport(report, 'json'));
      // the fix list the report carries (root causes, most urgent first), not individual findings
      const items = report.fixList ?? [];
      const lines = ['', renderSummaryLine(report, { color }), report.gate?.explanation ?? '', report.basis?.line ?? '', ''];
      // live-app and repository items apart, so a pile of committed secrets never hides the one live-app hole
      for (const [section, label] of [['live', 'Live app'], ['repo', 'Repository, configuration and logs']] as const) {
        const mine = items.filter((it) => it.section === section);
        if (!mine.length) continue;
        lines.push(`Fix first, ${label} (${Math.min(6, mine.length)} of ${mine.length}):`);
        mine.slice(0, 6).forEach((it, i) => lines.push(`  ${String(i + 1).padStart(2)}. [${it.severity}] ${it.title} (${it.impact}; ${it.findingIds.length} finding${it.findingIds.length === 1 ? '' : 's'})`));
        lines.push('');
      }
      const errors = report.findings.filter((f) => f.status === 'error');
      if (errors.length) lines.push(`${errors.length} checks could not run (see the report).`, '');
      lines.push(`HTML report: ${htmlPath}`);
      // `npm start` exists only in a clone of launchready; an npm install runs the bin through npx
      if (!fixed) lines.push(`The fixed twin: ${resolve(ctx.io.cwd) === root ? 'npm start -- --fixed' : 'npx launchready demo --fixed'}`);
      ctx.io.stdout.write(lines.join('\n') + '\n');
      return 0;
    } catch (err) {
      if (err instanceof Error && !(err as { code?: string }).code) throw new InputError(`demo audit failed: ${err.message}`, { cause: err });
      throw err;
    } finally {
      await demo.close();
    }
  },
});
