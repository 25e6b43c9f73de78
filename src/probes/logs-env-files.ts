import { readFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { InputError, isMissing } from '../core/errors.js';

/**
 * File reading for the ops stage (env files of each environment, .env.example). It lives beside the log
 * reader because both belong to the logs/ops work; like every probe it only reads, and an unreadable file is
 * an InputError naming the config field and the path (exit 2).
 */

export interface ReadEnvFile {
  /** path as shown in findings: relative to the config folder, POSIX separators */
  display: string;
  abs: string;
  text: string;
}

export async function readEnvFile(configDir: string, path: string, field: string): Promise<ReadEnvFile> {
  const abs = resolve(configDir, path);
  try {
    const text = await readFile(abs, 'utf8');
    return { display: relative(configDir, abs).split(sep).join('/') || path, abs, text };
  } catch (err) {
    throw new InputError(`${field}: cannot read env file ${path} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, { cause: err });
  }
}

/** Like readEnvFile for a file that may be absent (undefined); one that is there but unreadable still throws. */
export async function readOptionalFile(configDir: string, path: string): Promise<ReadEnvFile | undefined> {
  const abs = resolve(configDir, path);
  try {
    const text = await readFile(abs, 'utf8');
    return { display: relative(configDir, abs).split(sep).join('/') || path, abs, text };
  } catch (err) {
    if (isMissing(err)) return undefined;
    throw new InputError(`cannot read ${path} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, { cause: err });
  }
}
