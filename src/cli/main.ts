import { ConfigError, InterruptedError, LaunchreadyError } from '../core/errors.js';
import { parseDuration } from './run-config.js';
import { VERSION } from '../version.js';
import { flagString, helpText, parseCommandArgs, EXIT_CODES_HELP, type Command, type Io } from './command.js';

/**
 * Explicit command table (no discovery), loaded lazily: running one command imports that command's module only, so
 * `launchready secrets` never loads the monitor's SQLite driver and `--version` loads nothing (issue 20). Order =
 * order in --help. The eager list for help texts and tests is src/cli/registry.ts; a test keeps the two equal.
 */
export const COMMAND_LOADERS: [string, () => Promise<Command>][] = [
  ['audit', async () => (await import('./commands/audit.js')).auditCommand],
  ['secrets', async () => (await import('./commands/secrets.js')).secretsCommand],
  ['repo', async () => (await import('./commands/repo.js')).repoCommand],
  ['logs', async () => (await import('./commands/logs.js')).logsCommand],
  ['smoke', async () => (await import('./commands/smoke.js')).smokeCommand],
  ['edge', async () => (await import('./commands/edge.js')).edgeCommand],
  ['api', async () => (await import('./commands/api.js')).apiCommand],
  ['monitor', async () => (await import('./commands/monitor.js')).monitorCommand],
  ['deploy', async () => (await import('./commands/deploy.js')).deployCommand],
  ['handover', async () => (await import('./commands/handover.js')).handoverCommand],
  ['report', async () => (await import('./commands/report.js')).reportCommand],
  ['init', async () => (await import('./commands/init.js')).initCommand],
  ['gate', async () => (await import('./commands/gate.js')).gateCommand],
  ['demo', async () => (await import('./commands/demo.js')).demoCommand],
  ['schema', async () => (await import('./commands/schema.js')).schemaCommand],
];

export async function findCommand(name: string): Promise<Command | undefined> {
  const entry = COMMAND_LOADERS.find(([n]) => n === name);
  return entry ? entry[1]() : undefined;
}

async function topHelp(): Promise<string> {
  const { COMMANDS } = await import('./registry.js');
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
  if (err instanceof InterruptedError || (err instanceof Error && typeof (err as { by?: unknown }).by === 'string' && (err as { code?: string }).code === 'E_INTERRUPTED')) {
    return `launchready: ${err.message} before a report was ready; nothing was written\n`;
  }
  if (err instanceof LaunchreadyError) return `launchready: ${err.message}\n`;
  // A system error names its path and code: say that, not a stack trace (exit 2 either way).
  const sys = err as NodeJS.ErrnoException;
  if (sys && typeof sys.code === 'string' && /^E[A-Z]+$/.test(sys.code)) {
    const where = sys.path ?? (sys as { address?: string }).address;
    return `launchready: ${where ? `${where}: ` : ''}${sys.syscall ? `${sys.syscall} failed: ` : ''}${sys.code}${/^[A-Z]+: /.test(sys.message) ? '' : ` (${sys.message})`}\n`;
  }
  const e = err as Error;
  // Bugs only: a plain Error nobody typed. Keep the stack (it is what a bug report needs) under a clear header.
  return `launchready: unexpected error (please report it with this text): ${e?.stack ?? String(err)}\n`;
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
  // Commands without --timeout (monitor, dashboard, init...) stop on the signal in their own way (a monitor drains).
  if (!cmd.flags?.timeout) return cmd.run({ flags: parsed.flags, positionals: parsed.positionals, io, rest: [] });
  // commands with --timeout run audits: load the runner before the clock starts (not for --help, see auditRunner)
  await (await import('./run-config.js')).auditRunner();
  // --timeout: the clock starts here, so every phase (config, reachability, discovery, checks, report) counts
  let runIo = io;
  const timeoutText = flagString(parsed.flags, 'timeout');
  const timeoutMs = timeoutText === undefined ? 0 : parseDuration(timeoutText);
  let timer: NodeJS.Timeout | undefined;
  if (timeoutMs > 0) {
    const ac = new AbortController();
    // not unref'd: a phase stuck on a promise with no I/O behind it must still time out (cleared when done)
    timer = setTimeout(() => ac.abort(new InterruptedError(`--timeout ${timeoutText}`)), timeoutMs);
    runIo = { ...io, signal: io.signal ? AbortSignal.any([io.signal, ac.signal]) : ac.signal };
  }
  try {
    const run = cmd.run({ flags: parsed.flags, positionals: parsed.positionals, io: runIo, rest: [] });
    return await settleAfterAbort(run, runIo.signal, ABORT_GRACE_MS);
  } finally {
    clearTimeout(timer);
  }
}

/** After a stop, how long a command may take to write its interrupted report before it is given up on. */
const ABORT_GRACE_MS = 3000;

/**
 * The command's result; once the signal aborts, at most `graceMs` more (an audit writes its interrupted report
 * well within it). A phase that does not watch the signal (a config module that never settles) then ends with
 * the abort reason, so a stopped or timed-out run never hangs.
 */
function settleAfterAbort<T>(p: Promise<T>, signal: AbortSignal | undefined, graceMs: number): Promise<T> {
  if (!signal) return p;
  return new Promise<T>((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    const onAbort = () => {
      timer = setTimeout(() => reject(signal.reason), graceMs);
    };
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    p.then(
      (v) => {
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e) => {
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

/** The CLI: argv → command → exit code. Never calls process.exit (only bin/launchready.js sets the code). */
export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(await topHelp());
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v' || name === 'version') {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  let cmd: Command | undefined;
  try {
    cmd = await findCommand(name);
  } catch (err) {
    io.stderr.write(formatError(err));
    return 2;
  }
  if (!cmd) {
    io.stderr.write(`launchready: unknown command "${name}" (commands: ${COMMAND_LOADERS.map(([n]) => n).join(', ')})\n`);
    return 2;
  }
  try {
    return await dispatch(cmd, rest, io, 'launchready');
  } catch (err) {
    io.stderr.write(formatError(err));
    return 2;
  }
}
