import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runAudit } from '../../src/audit/run.js';
import { validateConfig } from '../../src/core/config/validate.js';
import type { Finding, Report } from '../../src/core/types.js';
import type { Redactor } from '../../src/core/redact.js';
import type { GeneratedRepo, RepoFlaw } from './generate.js';

/** The env-hygiene checks a `launchready repo` run reports (secrets/* are scored elsewhere). */
export const ENV_HYGIENE = (id: string) => id.startsWith('repo/') || id === 'ops/env-debug' || id === 'ops/env-shared-host' || id === 'ops/env-cross-url';

export function writeTree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'lr-leakgen-repo-'));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  return dir;
}

/** Audit a generated repository the way the `repo` command does (repo stage + the ops env checks over its env files). */
export async function auditRepo(files: Record<string, string>, redactor?: Redactor): Promise<{ report: Report; dir: string; cleanup: () => void }> {
  const dir = writeTree(files);
  const config = validateConfig({ repo: { path: dir }, ops: {} }, '<test>');
  const report = await runAudit({ config, configDir: dir, stages: ['repo', 'ops'], include: (id) => id.startsWith('secrets/') || ENV_HYGIENE(id), now: () => new Date('2026-12-01T00:00:00Z'), ...(redactor ? { redactor } : {}) });
  return { report, dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface RepoScore {
  flaws: number;
  found: number;
  missed: RepoFlaw[];
  falseAlarms: Finding[];
}

/** A flaw is found when a failing finding of its check points at its file (k flaws of one check and file need k findings). */
export function scoreRepo(gen: GeneratedRepo, report: Report): RepoScore {
  const active = report.findings.filter((f) => (f.status === 'fail' || f.status === 'warn') && ENV_HYGIENE(f.checkId));
  const byKey = new Map<string, Finding[]>();
  for (const f of active) {
    const k = `${f.checkId}|${f.location?.file ?? ''}`;
    byKey.set(k, [...(byKey.get(k) ?? []), f]);
  }
  const missed: RepoFlaw[] = [];
  let found = 0;
  const used = new Map<string, number>();
  for (const fl of gen.flaws) {
    const k = `${fl.checkId}|${fl.file}`;
    const n = used.get(k) ?? 0;
    if ((byKey.get(k)?.length ?? 0) > n) {
      found++;
      used.set(k, n + 1);
    } else missed.push(fl);
  }
  const flawKeys = new Set(gen.flaws.map((f) => `${f.checkId}|${f.file}`));
  const falseAlarms = active.filter((f) => !flawKeys.has(`${f.checkId}|${f.location?.file ?? ''}`));
  return { flaws: gen.flaws.length, found, missed, falseAlarms };
}
