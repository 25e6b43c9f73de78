import { defineCommand } from '../command.js';
import { FORMAT_FLAGS } from '../output.js';
import { REPO_FLAGS, runRepoCommand } from './secrets.js';

/** The ops environment checks that need nothing but the env files a repository holds. */
const REPO_ENV_CHECKS = new Set(['ops/env-debug', 'ops/env-shared-host', 'ops/env-cross-url']);

export const repoCommand = defineCommand({
  name: 'repo',
  summary: 'every repo check: secrets, .env hygiene, environment separation, client-exposed variables, CI secret scanning',
  description: 'Runs the secrets scan (see `launchready secrets --help`) and the repo/* hygiene checks over <path>.',
  positionals: [{ name: 'path', description: 'folder or git work tree', required: true }],
  flags: { ...REPO_FLAGS, ...FORMAT_FLAGS },
  examples: ['launchready repo .', 'launchready repo . --history --format sarif --output repo.sarif'],
  run: (ctx) => runRepoCommand(ctx, 'repo', (id) => id.startsWith('secrets/') || id.startsWith('repo/') || REPO_ENV_CHECKS.has(id)),
});
