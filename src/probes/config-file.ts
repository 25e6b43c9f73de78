import { constants as fsConstants } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError, InputError } from '../core/errors.js';
import { validateConfig } from '../core/config/validate.js';
import type { Config } from '../core/config/schema.js';

export interface LoadedConfig {
  config: Config;
  /** absolute path of the config file */
  file: string;
  /** folder relative paths in the config resolve against */
  dir: string;
}

/** Read raw config data from YAML, JSON or launchready.config.{ts,mts,js,mjs} (default export). */
export async function readConfigData(file: string): Promise<unknown> {
  const ext = extname(file).toLowerCase();
  if (['.ts', '.mts', '.js', '.mjs', '.cts', '.cjs'].includes(ext)) {
    try {
      const { createJiti } = await import('jiti');
      const jiti = createJiti(import.meta.url, { interopDefault: true, moduleCache: false });
      const mod = (await jiti.import(pathToFileURL(file).href, { default: true })) as unknown;
      return typeof mod === 'function' ? await (mod as () => unknown)() : mod;
    } catch (err) {
      throw new ConfigError([{ file, field: '', message: `cannot load: ${(err as Error).message}`, level: 'error' }], { cause: err });
    }
  }
  const text = await readConfigText(file);
  if (ext === '.json') {
    try {
      return JSON.parse(text);
    } catch (err) {
      throw new ConfigError([{ file, field: '', message: `invalid JSON: ${(err as Error).message}`, level: 'error' }]);
    }
  }
  // loaded here, not at the top: every command imports this module, few read a YAML file (20-30 ms of start-up)
  const { parseDocument } = await import('yaml');
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ConfigError(
      doc.errors.map((e) => ({
        file,
        field: e.linePos?.[0] ? `line ${e.linePos[0].line}, column ${e.linePos[0].col}` : '',
        message: `invalid YAML: ${e.message.split('\n')[0]}`,
        level: 'error' as const,
      })),
    );
  }
  try {
    // maxAliasCount bounds "billion laughs" alias expansion (a config never needs more than a few aliases).
    return doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }) ?? {};
  } catch (err) {
    throw new ConfigError([{ file, field: '', message: `YAML refused: ${(err as Error).message} (aliases expand to more than ${MAX_YAML_ALIASES} nodes)`, level: 'error' }], { cause: err });
  }
}

/** A config is a few KB; 1 MiB leaves room for long waiver lists while refusing a log or dump passed by mistake. */
export const MAX_CONFIG_BYTES = 1024 * 1024;
export const MAX_YAML_ALIASES = 100;

/**
 * Read a config file as UTF-8 text: bounded size, regular files only (a FIFO or /dev/zero must not hang or fill
 * memory), and a UTF-8 byte order mark dropped (editors on Windows write one; JSON.parse refuses it).
 */
async function readConfigText(file: string): Promise<string> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    // O_NONBLOCK: opening a FIFO with no writer must not block; the type check below then refuses it.
    handle = await open(file, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
    const st = await handle.stat();
    if (st.isDirectory()) throw new InputError(`${file}: is a folder, not a config file`);
    if (!st.isFile()) throw new InputError(`${file}: not a regular file (a config must be a YAML, JSON or TS file)`);
    if (st.size > MAX_CONFIG_BYTES) throw new InputError(`${file}: config file is ${st.size} bytes, over the ${MAX_CONFIG_BYTES}-byte limit (is it the right file?)`);
    const buf = Buffer.alloc(Math.min(st.size, MAX_CONFIG_BYTES) + 1);
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    if (bytesRead > MAX_CONFIG_BYTES) throw new InputError(`${file}: config file is over the ${MAX_CONFIG_BYTES}-byte limit`);
    const bytes = buf.subarray(0, bytesRead);
    if (bytes.includes(0)) throw new InputError(`${file}: holds NUL bytes: not a text config file`);
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' || code === 'EPERM' ? `${code}: permission denied` : code === 'EISDIR' ? 'is a folder' : code ?? (err as Error).message;
    throw new InputError(`${file}: cannot read config file (${why})`, { cause: err });
  } finally {
    await handle?.close();
  }
}

export async function loadConfig(path: string, opts: { cwd?: string; env?: Record<string, string | undefined> } = {}): Promise<LoadedConfig> {
  const file = resolve(opts.cwd ?? process.cwd(), path);
  const raw = await readConfigData(file);
  const config = validateConfig(raw, file, opts.env ?? {});
  return { config, file, dir: dirname(file) };
}
