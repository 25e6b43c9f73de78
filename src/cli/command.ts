import { parseArgs } from 'node:util';
import { UsageError } from '../core/errors.js';

/**
 * citty-style `defineCommand({ meta, args, run })` over node:util.parseArgs (strict: unknown flags are errors).
 * Commands return an exit code and never call process.exit, so tests drive them without a process.
 */

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  env: Record<string, string | undefined>;
  cwd: string;
  stdin?: NodeJS.ReadableStream;
  /** SIGINT/SIGTERM for long-running commands (monitor) */
  signal?: AbortSignal;
}

export interface FlagSpec {
  type: 'string' | 'boolean';
  multiple?: boolean;
  short?: string;
  description: string;
  /** shown in help: --format F */
  valueName?: string;
  choices?: readonly string[];
  default?: string | boolean;
}

export interface PositionalSpec {
  name: string;
  description: string;
  required?: boolean;
  variadic?: boolean;
}

export type ParsedFlags = Record<string, string | boolean | string[] | boolean[] | undefined>;

export interface CommandContext {
  flags: ParsedFlags;
  positionals: string[];
  io: Io;
  /** sub-command path for nested commands (deploy mark) */
  rest: string[];
}

export interface Command {
  name: string;
  summary: string;
  description?: string;
  positionals?: PositionalSpec[];
  flags?: Record<string, FlagSpec>;
  /** extra help text (examples) */
  examples?: string[];
  /** nested commands, e.g. `deploy mark`, `init ci` */
  subcommands?: Command[];
  /** not yet built: the command exists, says so clearly, exit 2 */
  notAvailable?: { issue: number };
  run(ctx: CommandContext): Promise<number>;
}

export function defineCommand(cmd: Command): Command {
  return cmd;
}

export const EXIT_CODES_HELP = `Exit codes:
  0    ran; decision GO (nothing at or above the gate, every check could look)
  1    ran; decision NO-GO: a finding at or above the gate, or incomplete (a check could not run:
       status error, e.g. an unreadable file; accept with gate.allowErrors), or the --timeout ran out
       (report marked "interrupted": true)
  2    could not run: bad flag, bad config, unreadable path, unreachable target, target refused by the
       allowlist, unwritable --output; stderr names the flag, file, field or URL; no report written
  130  interrupted by SIGINT (Ctrl-C), 143 by SIGTERM: the report is written marked "interrupted": true
       with decision NO-GO, or not at all; a second signal stops at once`;

export function helpText(cmd: Command, prefix = 'launchready'): string {
  const pos = (cmd.positionals ?? [])
    .map((p) => {
      const n = `${p.name}${p.variadic ? '...' : ''}`;
      return p.required ? `<${n}>` : `[${n}]`;
    })
    .join(' ');
  const lines = [`Usage: ${prefix} ${cmd.name}${pos ? ` ${pos}` : ''}${cmd.flags && Object.keys(cmd.flags).length ? ' [flags]' : ''}`, '', cmd.summary];
  if (cmd.description) lines.push('', cmd.description);
  if (cmd.notAvailable) lines.push('', `Not available yet (issue #${cmd.notAvailable.issue}): this command exits 2 until it lands.`);
  if (cmd.subcommands?.length) {
    lines.push('', 'Commands:');
    for (const s of cmd.subcommands) lines.push(`  ${s.name.padEnd(14)} ${s.summary}`);
  }
  if (cmd.positionals?.length) {
    lines.push('', 'Arguments:');
    for (const p of cmd.positionals) lines.push(`  ${p.name.padEnd(24)} ${p.description}`);
  }
  const flags = { ...cmd.flags, help: { type: 'boolean', short: 'h', description: 'show this help' } as FlagSpec };
  lines.push('', 'Flags:');
  for (const [name, f] of Object.entries(flags)) {
    const left = `${f.short ? `-${f.short}, ` : '    '}--${name}${f.type === 'string' ? ` ${f.valueName ?? 'VALUE'}` : ''}`;
    let desc = f.description;
    if (f.choices) desc += ` (${f.choices.join(', ')})`;
    if (f.default !== undefined && f.default !== false) desc += ` [default: ${String(f.default)}]`;
    if (f.multiple) desc += ' (repeatable)';
    lines.push(`  ${left.padEnd(34)} ${desc}`);
  }
  if (cmd.examples?.length) {
    lines.push('', 'Examples:');
    for (const e of cmd.examples) lines.push(`  ${e}`);
  }
  lines.push('', EXIT_CODES_HELP);
  return lines.join('\n') + '\n';
}

/** Parse argv for one command. Throws UsageError naming the flag. */
export function parseCommandArgs(cmd: Command, argv: string[]): { flags: ParsedFlags; positionals: string[]; help: boolean } {
  const options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }> = { help: { type: 'boolean', short: 'h' } };
  for (const [name, f] of Object.entries(cmd.flags ?? {})) {
    options[name] = { type: f.type, ...(f.multiple ? { multiple: true } : {}), ...(f.short ? { short: f.short } : {}) };
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    const e = err as { code?: string; message: string };
    let msg = e.message;
    // node's messages are good but long; keep the flag name in front.
    const m = /Unknown option '([^']+)'/.exec(msg);
    if (m) msg = `unknown flag ${m[1]} for "${cmd.name}" (see launchready ${cmd.name} --help)`;
    const v = /Option '([^']+)' argument missing/.exec(msg);
    if (v) msg = `flag ${v[1]!.replace(/^-\w, /, '')} needs a value`;
    throw new UsageError(msg, { cause: err });
  }
  const flags = parsed.values as ParsedFlags;
  if (flags.help) return { flags, positionals: parsed.positionals, help: true };
  for (const [name, f] of Object.entries(cmd.flags ?? {})) {
    const v = flags[name];
    if (v === undefined && f.default !== undefined) flags[name] = f.default;
    if (f.choices && v !== undefined) {
      for (const one of Array.isArray(v) ? v : [v]) {
        if (!f.choices.includes(String(one))) throw new UsageError(`--${name}: "${String(one)}" is not one of ${f.choices.join(', ')}`);
      }
    }
  }
  const specs = cmd.positionals ?? [];
  const required = specs.filter((p) => p.required);
  if (parsed.positionals.length < required.length) {
    throw new UsageError(`missing argument <${required[parsed.positionals.length]!.name}> (see launchready ${cmd.name} --help)`);
  }
  const variadic = specs.some((p) => p.variadic);
  if (!variadic && parsed.positionals.length > specs.length) {
    throw new UsageError(`unexpected argument "${parsed.positionals[specs.length]}" for "${cmd.name}"`);
  }
  return { flags, positionals: parsed.positionals, help: false };
}

export function flagString(flags: ParsedFlags, name: string): string | undefined {
  const v = flags[name];
  return typeof v === 'string' ? v : undefined;
}

export function flagList(flags: ParsedFlags, name: string): string[] {
  const v = flags[name];
  if (v === undefined) return [];
  return (Array.isArray(v) ? v : [v]).map(String);
}

export function flagBool(flags: ParsedFlags, name: string): boolean {
  return flags[name] === true;
}
