import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError } from '../core/errors.js';
import type { Report } from '../core/types.js';

/** Read and parse a JSON report file (a BOM is accepted); exit 2 naming the flag and the file when it cannot be. */
export async function readJsonReport(path: string, cwd: string, flag: string): Promise<{ file: string; data: unknown }> {
  const file = resolve(cwd, path);
  try {
    return { file, data: JSON.parse((await readFile(file, 'utf8')).replace(/^\uFEFF/, '')) };
  } catch (err) {
    throw new InputError(`${flag} ${file}: cannot read a JSON report (${(err as Error).message})`, { cause: err });
  }
}

/**
 * Read a JSON audit report written by `--format json` (contract schemaVersion 1). Used by `report --from`,
 * `handover --from` and `gate --from`, so every format and the handover come from ONE audit run. (A `--baseline`
 * needs only the findings: run-config's readBaseline reads it with the same readJsonReport.)
 */
export async function readReportFile(path: string, cwd: string, flag = '--from'): Promise<Report> {
  const { file, data } = await readJsonReport(path, cwd, flag);
  const r = data as Partial<Report>;
  if (!r || typeof r !== 'object' || r.schemaVersion !== 1 || !Array.isArray(r.findings) || (r.decision !== 'GO' && r.decision !== 'NO-GO')) {
    throw new InputError(`${flag} ${file}: not a launchready JSON report (schemaVersion 1 with decision and findings)`);
  }
  return r as Report;
}
