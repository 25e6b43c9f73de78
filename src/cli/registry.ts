import type { Command } from './command.js';
import { auditCommand } from './commands/audit.js';
import { secretsCommand } from './commands/secrets.js';
import { repoCommand } from './commands/repo.js';
import { logsCommand } from './commands/logs.js';
import { smokeCommand } from './commands/smoke.js';
import { edgeCommand } from './commands/edge.js';
import { apiCommand } from './commands/api.js';
import { monitorCommand } from './commands/monitor.js';
import { deployCommand } from './commands/deploy.js';
import { handoverCommand } from './commands/handover.js';
import { reportCommand } from './commands/report.js';
import { initCommand } from './commands/init.js';
import { gateCommand } from './commands/gate.js';
import { demoCommand } from './commands/demo.js';
import { schemaCommand } from './commands/schema.js';

/**
 * Every command, loaded (the top-level --help and the tests use it). Running a command goes through main.ts's
 * lazy COMMAND_LOADERS instead; test/cli.test.ts keeps the two in the same order.
 */
export const COMMANDS: Command[] = [
  auditCommand,
  secretsCommand,
  repoCommand,
  logsCommand,
  smokeCommand,
  edgeCommand,
  apiCommand,
  monitorCommand,
  deployCommand,
  handoverCommand,
  reportCommand,
  initCommand,
  gateCommand,
  demoCommand,
  schemaCommand,
];
