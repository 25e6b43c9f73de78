import { defineCommand, flagList } from '../command.js';
import { FORMAT_FLAGS, NETWORK_FLAGS } from '../output.js';
import { CONFIG_FLAGS, EVIDENCE_FLAGS, GATE_FLAGS, runConfigCommand } from '../run-config.js';

export const auditCommand = defineCommand({
  name: 'audit',
  summary: 'run every configured stage (repo, edge, email, api) as one audit with one decision',
  description:
    'Reads the config, runs each stage it enables, ranks findings by business impact and decides GO / NO-GO.\n' +
    'Progress goes to stderr on a terminal; the report to stdout or --output.',
  flags: {
    ...CONFIG_FLAGS,
    stage: { type: 'string', multiple: true, valueName: 'NAME', description: 'run only these stages (repo, edge, email, api)' },
    ...GATE_FLAGS,
    ...NETWORK_FLAGS,
    ...EVIDENCE_FLAGS,
    ...FORMAT_FLAGS,
  },
  examples: [
    'launchready audit --config launchready.yml',
    'launchready audit --config launchready.yml --format html --output report.html',
    'launchready audit --config launchready.yml --baseline last.json --new-only --format json',
    'launchready audit --config launchready.yml --save-evidence evidence/ && launchready audit --config launchready.yml --from-evidence evidence/',
  ],
  async run(ctx) {
    const stages = flagList(ctx.flags, 'stage');
    return runConfigCommand(ctx, 'audit', stages.length ? stages : undefined);
  },
});
