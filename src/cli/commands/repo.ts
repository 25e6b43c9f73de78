import { defineCommand } from '../command.js';
import { FORMAT_FLAGS } from '../output.js';
import { REPO_FLAGS, runRepoCommand } from './secrets.js';

export const repoCommand = defineCommand({
  name: 'repo',
  summary: 'every repo check: secrets, .env hygiene, environment separation, client-exposed variables, CI secret scanning',
  description: 'Runs the secrets scan (see `launchready secrets --help`) and the repo/* hygiene checks over <path>.',
  positionals: [{ name: 'path', description: 'folder or git work tree', required: true }],
  flags: { ...REPO_FLAGS, ...FORMAT_FLAGS },
  examples: ['launchready repo .', 'launchready repo . --history --format sarif --output repo.sarif'],
  run: (ctx) => runRepoCommand(ctx, 'repo', (id) => id.startsWith('secrets/') || id.startsWith('repo/')),
});
