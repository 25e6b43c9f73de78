import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError } from '../core/errors.js';
import type { Report } from '../core/types.js';

/**
 * Read a JSON audit report written by `--format json` (contract schemaVersion 1). Used by `report --from`,
 * `handover --from` and `gate --from`, so every format and the handover come from ONE audit run.
 */
export async function readReportFile(path: string, cwd: string, flag = '--from'): Promise<Report> {
  const file = resolve(cwd, path);
  let data: unknown;
  try {
    data = JSON.parse((await readFile(file, 'utf8')).replace(/^\uFEFF/, ''));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(`${flag} ${file}: cannot read a JSON report (${code ?? (err as Error).message})`, { cause: err });
  }
  const r = data as Partial<Report>;
  if (!r || typeof r !== 'object' || r.schemaVersion !== 1 || !Array.isArray(r.findings) || (r.decision !== 'GO' && r.decision !== 'NO-GO')) {
    throw new InputError(`${flag} ${file}: not a launchready JSON report (schemaVersion 1 with decision and findings)`);
  }
  return r as Report;
}
