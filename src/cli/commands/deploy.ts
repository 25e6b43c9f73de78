import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Config } from '../../core/config/schema.js';
import { validateConfig } from '../../core/config/validate.js';
import { UsageError } from '../../core/errors.js';
import { dataDirFor, openStore } from '../../monitor/daemon.js';
import { monitorSection } from '../../monitor/plan.js';
import { deployId, type DeployMarker } from '../../monitor/types.js';
import { defineCommand, flagString } from '../command.js';
import { CONFIG_FLAGS, loadConfigFromFlags } from '../run-config.js';


const DEFAULT_CONFIGS = ['launchready.yml', 'launchready.yaml', 'launchready.json'];

const markCommand = defineCommand({
  name: 'mark',
  summary: 'record a deploy marker (charts and incidents show which deploy preceded a regression)',
  flags: {
    version: { type: 'string', valueName: 'V', description: 'version, tag or commit that was deployed (required)' },
    ...CONFIG_FLAGS,
    data: { type: 'string', valueName: 'DIR', description: 'data folder of the SQLite store (default: the daemon\'s: monitor.data or .launchready/monitor next to the config; without --config, the launchready.yml/.yaml/.json in the current folder is used when there is one)' },
    env: { type: 'string', valueName: 'NAME', description: 'environment', default: 'production' },
    note: { type: 'string', valueName: 'TEXT', description: 'free text shown with the marker' },
  },
  examples: ['launchready deploy mark --version v1.4.2 --config launchready.yml', 'curl -X POST -H "authorization: Bearer $TOKEN" -d \'{"version":"v1.4.2"}\' http://127.0.0.1:8787/api/deploys'],
  async run(ctx) {
    const version = flagString(ctx.flags, 'version');
    if (!version) throw new UsageError('deploy mark: --version V is required');
    const env = flagString(ctx.flags, 'env') ?? 'production';
    const data = flagString(ctx.flags, 'data');
    let config: Config;
    let configDir = ctx.io.cwd;
    let configFile: string | null = null;
    // find the daemon's store the way the daemon does: from its config (given, or the one in this folder)
    const given = flagString(ctx.flags, 'config');
    const found = given ? null : DEFAULT_CONFIGS.map((n) => join(ctx.io.cwd, n)).find((f) => existsSync(f));
    if (given || found) {
      const l = await loadConfigFromFlags(found ? { ...ctx, flags: { ...ctx.flags, config: found } } : ctx);
      config = l.config;
      configDir = l.dir;
      configFile = l.file;
    } else {
      config = validateConfig({}, '<defaults>');
    }
    const storeOpts = { config, configDir, ...(data ? { dataDir: resolve(ctx.io.cwd, data) } : {}) };
    const section = monitorSection(config);
    const where = section.store.kind === 'postgres' ? 'the PostgreSQL store of monitor.store.url' : `${relative(ctx.io.cwd, resolve(dataDirFor(storeOpts), 'monitor.sqlite')) || 'monitor.sqlite'}`;
    const store = await openStore(storeOpts);
    const at = Date.now();
    const note = flagString(ctx.flags, 'note') ?? null;
    const marker: DeployMarker = { id: deployId(version, env, at), version, env, at, note };
    try {
      await store.addDeploy(marker);
    } finally {
      await store.close();
    }
    ctx.io.stdout.write(`deploy marker ${marker.id}: ${version} (${env}) at ${new Date(at).toISOString()}\nwritten to ${where}${configFile ? ` (config ${relative(ctx.io.cwd, configFile) || configFile})` : data ? '' : ' (no --config and no launchready.yml here: pass --config or --data so the daemon sees it)'}\n`);
    return 0;
  },
});

export const deployCommand = defineCommand({
  name: 'deploy',
  summary: 'record deploy markers for the monitor (deploy mark --version V)',
  subcommands: [markCommand],
  async run(ctx) {
    throw new UsageError(`deploy: missing sub-command${ctx.positionals[0] ? ` (unknown "${ctx.positionals[0]}")` : ''}: use "launchready deploy mark --version V"`);
  },
  positionals: [{ name: 'command', description: 'mark' }],
});
