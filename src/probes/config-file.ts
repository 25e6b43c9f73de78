import { readFile } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseDocument } from 'yaml';
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
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(`${file}: cannot read config file (${code === 'ENOENT' ? 'no such file' : code ?? (err as Error).message})`, { cause: err });
  }
  if (ext === '.json') {
    try {
      return JSON.parse(text);
    } catch (err) {
      throw new ConfigError([{ file, field: '', message: `invalid JSON: ${(err as Error).message}`, level: 'error' }]);
    }
  }
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
  return doc.toJS() ?? {};
}

export async function loadConfig(path: string, opts: { cwd?: string; env?: Record<string, string | undefined> } = {}): Promise<LoadedConfig> {
  const file = resolve(opts.cwd ?? process.cwd(), path);
  const raw = await readConfigData(file);
  const config = validateConfig(raw, file, opts.env ?? {});
  return { config, file, dir: dirname(file) };
}
