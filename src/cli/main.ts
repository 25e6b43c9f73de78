import { ConfigError, LaunchreadyError } from '../core/errors.js';
import { VERSION } from '../version.js';
import { defineCommand, helpText, parseCommandArgs, EXIT_CODES_HELP, type Command, type Io } from './command.js';
import { FORMAT_FLAGS, NETWORK_FLAGS } from './output.js';
import { auditCommand } from './commands/audit.js';
import { handoverCommand } from './commands/handover.js';
import { initCommand } from './commands/init.js';
import { gateCommand } from './commands/gate.js';
import { demoCommand } from './commands/demo.js';
import { edgeCommand } from './commands/edge.js';
import { schemaCommand } from './commands/schema.js';
import { apiCommand } from './commands/api.js';
import { monitorCommand } from './commands/monitor.js';
import { deployCommand } from './commands/deploy.js';
import { logsCommand } from './commands/logs.js';
import { smokeCommand } from './commands/smoke.js';
import { secretsCommand } from './commands/secrets.js';
import { repoCommand } from './commands/repo.js';
import { reportCommand } from './commands/report.js';

/** A command whose capability lands in a later issue: it exists, documents its flags, and exits 2 saying so. */
function notYet(name: string, issue: number, summary: string, cmd: Partial<Command> = {}): Command {
  return defineCommand({
    name,
    summary,
    notAvailable: { issue },
    ...cmd,
    async run() {
      throw new LaunchreadyError('E_NOT_AVAILABLE', `"launchready ${name}" is not available yet in launchready ${VERSION} (issue #${issue})`);
    },
  });
}

const CONFIG_FLAG = { config: { type: 'string' as const, short: 'c', valueName: 'FILE', description: 'launchready config (YAML, JSON or launchready.config.ts)' } };

/** Explicit command registry (no discovery). Order = order in --help. */
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

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}

function topHelp(): string {
  const lines = [
    `launchready ${VERSION}: is your web app safe to launch? Audits the repo, the domain and the live API, says GO / NO-GO, and keeps watching.`,
    '',
    'Usage: launchready <command> [flags]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary}${c.notAvailable ? ` (not available yet, issue #${c.notAvailable.issue})` : ''}`),
    '',
    'Run `launchready <command> --help` for its flags.',
    '',
    EXIT_CODES_HELP,
  ];
  return lines.join('\n') + '\n';
}

/** Turn an error into the message the user sees on stderr (exit 2). */
export function formatError(err: unknown): string {
  if (err instanceof ConfigError) return `launchready: ${err.message}\n`;
  if (err instanceof LaunchreadyError) return `launchready: ${err.message}\n`;
  const e = err as Error;
  return `launchready: unexpected error: ${e?.stack ?? String(err)}\n`;
}

async function dispatch(cmd: Command, argv: string[], io: Io, prefix: string): Promise<number> {
  if (cmd.subcommands?.length) {
    const sub = argv[0] && !argv[0].startsWith('-') ? cmd.subcommands.find((s) => s.name === argv[0]) : undefined;
    if (sub) return dispatch(sub, argv.slice(1), io, `${prefix} ${cmd.name}`);
  }
  const parsed = parseCommandArgs(cmd, argv);
  if (parsed.help) {
    io.stdout.write(helpText(cmd, prefix));
    return 0;
  }
  return cmd.run({ flags: parsed.flags, positionals: parsed.positionals, io, rest: [] });
}

/** The CLI: argv → command → exit code. Never calls process.exit (only bin/launchready.js sets the code). */
export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(topHelp());
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v' || name === 'version') {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const cmd = findCommand(name);
  if (!cmd) {
    io.stderr.write(`launchready: unknown command "${name}" (commands: ${COMMANDS.map((c) => c.name).join(', ')})\n`);
    return 2;
  }
  try {
    return await dispatch(cmd, rest, io, 'launchready');
  } catch (err) {
    io.stderr.write(formatError(err));
    return 2;
  }
}
