import { relative } from 'node:path';
import { ConfigError } from '../../core/errors.js';
import { defineCommand, flagString } from '../command.js';
import { emitReport, FORMAT_FLAGS, NETWORK_FLAGS } from '../output.js';
import { applyGateFlags, applyNetworkFlags, CONFIG_FLAGS, loadConfigFromFlags, auditWithProgress, TIMEOUT_FLAG } from '../run-config.js';

interface TimingSection {
  rows: (string | number)[][];
}

export const smokeCommand = defineCommand({
  name: 'smoke',
  summary: 'post-deploy canary: run the critical flows (home, sign-in, private read, undone write, reset) and answer go or roll back',
  description:
    'Runs the flows of the config\'s `smoke` section once, in order, against smoke.baseUrl (only its host and\n' +
    'smoke.allowHosts are contacted), with timings, and checks that the edge/WAF does not challenge or block\n' +
    'them. Exit 0 = go (every flow passed), 1 = roll back (a flow failed or was challenged), 2 = bad input.\n' +
    'Usable after every deploy, by the deploy gate and by the monitor.',
  flags: { ...CONFIG_FLAGS, ...NETWORK_FLAGS, 'no-progress': { type: 'boolean', description: 'no live progress line on a terminal' }, ...TIMEOUT_FLAG, ...FORMAT_FLAGS },
  examples: ['launchready smoke --config launchready.yml', 'launchready smoke -c launchready.yml --format json --output smoke.json'],
  async run(ctx) {
    const loaded = await loadConfigFromFlags(ctx);
    if (!loaded.config.smoke) {
      throw new ConfigError([{ file: loaded.file, field: 'smoke', message: 'is required for `launchready smoke` (baseUrl and flows)', level: 'error' }]);
    }
    const config = applyGateFlags(applyNetworkFlags(loaded.config, ctx.flags), ctx.flags);
    const report = await auditWithProgress(ctx, {
      config,
      configDir: loaded.dir,
      stages: ['ops'],
      include: (id) => id.startsWith('ops/smoke'),
      flags: { smokeOnly: true },
    });
    report.target = { ...report.target, command: 'smoke', baseUrl: config.smoke!.baseUrl, configFile: relative(ctx.io.cwd, loaded.file).split('\\').join('/') };
    let code = await emitReport(report, ctx.flags, ctx.io, 'smoke');
    // a canary that could not finish (timeout, refused redirect target) is not a "go"
    const unfinished = report.findings.filter((f) => f.checkId.startsWith('ops/smoke') && f.status === 'error');
    if (code === 0 && unfinished.length) {
      ctx.io.stderr.write(`launchready smoke: the canary could not finish (${unfinished[0]!.message}); answering roll back\n`);
      code = 1;
    }
    const format = flagString(ctx.flags, 'format') ?? 'text';
    const timings = report.sections?.smokeTimings as TimingSection | undefined;
    if (format === 'text' && timings) {
      const lines = ['', 'Flow timings:'];
      for (const r of timings.rows) lines.push(`  ${String(r[0]).padEnd(16)} ${String(r[1]).padEnd(22)} ${String(r[2]).padEnd(34)} ${String(r[3]).padStart(4)} ${String(r[4]).padStart(6)} ms  ${String(r[5])}`);
      lines.push('', code === 0 ? 'GO: every critical flow works.' : 'ROLL BACK: a critical flow is broken or challenged.');
      ctx.io.stdout.write(lines.join('\n') + '\n');
    }
    return code;
  },
});
