import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { InputError, isMissing } from '../core/errors.js';
import type { SavedRetrieval } from '../core/evidence.js';
import type { SavedExchange } from './evidence-http.js';

/**
 * The evidence folder of `--save-evidence DIR` / `--from-evidence DIR`:
 *
 *   DIR/manifest.json               format, launchready version, config hash, time, stages, files, counts
 *   DIR/retrievals/<stage>.json     every retrieval the stage's checks judged (plain JSON, masked)
 *   DIR/exchanges/<stage>.json      every HTTP exchange (request + capped response, masked), retrievers' and
 *                                   active checks' alike, with the request key a replay matches on
 *
 * Written into a sibling temporary folder and renamed into place at the end: an interrupted save leaves no
 * half-written DIR. Read back strictly: a missing folder, a different format or launchready version, or a file that
 * is not what the manifest says is an InputError naming the file (exit 2).
 */

export const EVIDENCE_FORMAT = 'launchready-evidence';
export const EVIDENCE_FORMAT_VERSION = 1;

const manifestSchema = z.object({
  format: z.literal(EVIDENCE_FORMAT),
  formatVersion: z.number().int(),
  tool: z.object({ name: z.literal('launchready'), version: z.string() }),
  createdAt: z.string(),
  configHash: z.string(),
  stages: z.array(z.string()),
  files: z.object({ retrievals: z.record(z.string(), z.string()), exchanges: z.record(z.string(), z.string()), nonces: z.string().optional() }),
  counts: z.record(z.string(), z.number()).optional(),
  notSaved: z.record(z.string(), z.array(z.string())).optional(),
  masking: z.string().optional(),
});
export type EvidenceManifest = z.infer<typeof manifestSchema>;

const retrievalsSchema = z.object({
  stage: z.string(),
  retrievals: z.array(z.object({ key: z.string(), ok: z.boolean(), value: z.unknown().optional(), error: z.string().optional(), ms: z.number().optional() })),
  notSaved: z.array(z.string()).default([]),
});

const exchangesSchema = z.object({
  stage: z.string(),
  exchanges: z.array(
    z.object({
      key: z.string(),
      checkId: z.string(),
      at: z.string(),
      request: z.object({ method: z.string(), url: z.string(), headers: z.record(z.string(), z.string()), body: z.string().optional() }),
      response: z
        .object({
          url: z.string(),
          method: z.string(),
          status: z.number().int(),
          headers: z.record(z.string(), z.string()),
          setCookies: z.array(z.string()),
          rawHeaders: z.array(z.tuple([z.string(), z.string()])),
          body: z.string(),
          bodyBytes: z.number(),
          truncated: z.boolean(),
          timings: z.object({ totalMs: z.number(), ttfbMs: z.number() }),
          remoteAddress: z.string().optional(),
        })
        .optional(),
      error: z.string().optional(),
    }),
  ),
});

export interface LoadedEvidence {
  dir: string;
  manifest: EvidenceManifest;
  retrievals: SavedRetrieval[];
  exchanges: SavedExchange[];
  /** random values the saved run's API client used, by asker, in order */
  nonces: Record<string, string[]>;
}

export interface EvidenceToSave {
  version: string;
  configHash: string;
  createdAt: Date;
  retrievals: Map<string, { saved: SavedRetrieval[]; notPlain: string[] }>;
  exchanges: Map<string, SavedExchange[]>;
  nonces: Record<string, string[]>;
}

/** sha256 of the config as parsed (defaults filled): a replay under another config is flagged in the report. */
export function configHash(config: unknown): string {
  return createHash('sha256').update(JSON.stringify(config)).digest('hex').slice(0, 16);
}

const safeName = (stage: string) => stage.replace(/[^a-z0-9-]/gi, '_') || 'run';

/**
 * Never clobber a folder that is not ours: DIR must not exist, be empty, or be an earlier evidence folder. Called
 * before the run too (the CLI), so a bad DIR is exit 2 at once, not after a long audit.
 */
export async function checkEvidenceDir(dirArg: string): Promise<string[] | undefined> {
  const dir = resolve(dirArg);
  const existing = await readdir(dir).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return undefined;
    throw new InputError(`--save-evidence ${dirArg}: cannot use this folder (${err.code === 'ENOTDIR' ? 'it is a file' : (err.code ?? err.message)})`, { cause: err });
  });
  if (existing && existing.length > 0 && !existing.includes('manifest.json')) {
    throw new InputError(`--save-evidence ${dirArg}: the folder exists and is not an evidence folder (no manifest.json); name a new or empty folder`);
  }
  return existing;
}

export async function saveEvidence(dirArg: string, data: EvidenceToSave): Promise<{ dir: string; files: number }> {
  const dir = resolve(dirArg);
  const existing = await checkEvidenceDir(dirArg);
  const tmp = join(dirname(dir), `.${basename(dir)}.partial-${process.pid}-${Date.now()}`);
  const stages = [...new Set([...data.retrievals.keys(), ...data.exchanges.keys()])].sort();
  const manifest: EvidenceManifest = {
    format: EVIDENCE_FORMAT,
    formatVersion: EVIDENCE_FORMAT_VERSION,
    tool: { name: 'launchready', version: data.version },
    createdAt: data.createdAt.toISOString(),
    configHash: data.configHash,
    stages,
    files: { retrievals: {}, exchanges: {} },
    counts: {},
    notSaved: {},
    masking: 'every value the run registered as a secret and every secret-shaped text is stored as prefix…(fp:fingerprint); see docs/architecture.md#evidence',
  };
  let files = 1;
  try {
    await mkdir(join(tmp, 'retrievals'), { recursive: true });
    await mkdir(join(tmp, 'exchanges'), { recursive: true });
    for (const stage of stages) {
      const r = data.retrievals.get(stage);
      if (r) {
        const rel = `retrievals/${safeName(stage)}.json`;
        await writeFile(join(tmp, rel), JSON.stringify({ stage, retrievals: r.saved, notSaved: r.notPlain }, null, 1));
        manifest.files.retrievals[stage] = rel;
        manifest.counts![`retrievals:${stage}`] = r.saved.length;
        if (r.notPlain.length) manifest.notSaved![stage] = r.notPlain;
        files++;
      }
      const x = data.exchanges.get(stage);
      if (x) {
        const rel = `exchanges/${safeName(stage)}.json`;
        await writeFile(join(tmp, rel), JSON.stringify({ stage, exchanges: x }, null, 1));
        manifest.files.exchanges[stage] = rel;
        manifest.counts![`exchanges:${stage}`] = x.length;
        files++;
      }
    }
    if (Object.keys(data.nonces).length) {
      await writeFile(join(tmp, 'nonces.json'), JSON.stringify(data.nonces, null, 1));
      manifest.files.nonces = 'nonces.json';
      files++;
    }
    await writeFile(join(tmp, 'manifest.json'), JSON.stringify(manifest, null, 2));
    if (existing) await rm(dir, { recursive: true, force: true });
    await mkdir(dirname(dir), { recursive: true });
    await rename(tmp, dir);
  } catch (err) {
    await rm(tmp, { recursive: true, force: true }).catch(() => undefined);
    if (err instanceof InputError) throw err;
    throw new InputError(`--save-evidence ${dirArg}: cannot write the evidence (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, { cause: err });
  }
  return { dir, files };
}

async function readJson(file: string, label: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new InputError(`--from-evidence: cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, { cause: err });
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new InputError(`--from-evidence: ${file} is not valid JSON (${(err as Error).message}); ${label}`, { cause: err });
  }
}

function shapeError(file: string, err: z.ZodError): InputError {
  const first = err.issues[0];
  return new InputError(`--from-evidence: ${file} is not a launchready evidence file (${first ? `${first.path.join('.') || '(root)'}: ${first.message}` : 'bad shape'})`);
}

/** Read an evidence folder for replay; `version` is this launchready's (a folder from another version is refused). */
export async function loadEvidence(dirArg: string, version: string): Promise<LoadedEvidence> {
  const dir = resolve(dirArg);
  const st = await stat(dir).catch((err: unknown) => {
    if (isMissing(err)) return undefined;
    throw new InputError(`--from-evidence ${dirArg}: cannot read the folder (${err instanceof Error ? err.message : String(err)})`);
  });
  if (!st || !st.isDirectory()) throw new InputError(`--from-evidence ${dirArg}: no such folder`);
  const manifestFile = join(dir, 'manifest.json');
  const raw = await readJson(manifestFile, 'the evidence folder is damaged; save it again with --save-evidence');
  if ((raw as { format?: unknown })?.format !== EVIDENCE_FORMAT) throw new InputError(`--from-evidence: ${manifestFile} is not a launchready evidence manifest (format must be "${EVIDENCE_FORMAT}")`);
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) throw shapeError(manifestFile, parsed.error);
  const manifest = parsed.data;
  if (manifest.formatVersion !== EVIDENCE_FORMAT_VERSION) throw new InputError(`--from-evidence: ${manifestFile} has evidence format ${manifest.formatVersion}; this launchready reads format ${EVIDENCE_FORMAT_VERSION}`);
  // checks and their evidence change between versions: judging old evidence with new checks would mislead
  if (manifest.tool.version !== version) throw new InputError(`--from-evidence: ${manifestFile} was saved by launchready ${manifest.tool.version}; this is ${version}. Replay it with that version, or save the evidence again`);
  const retrievals: SavedRetrieval[] = [];
  const exchanges: SavedExchange[] = [];
  const inside = (rel: string): string => {
    const f = resolve(dir, rel);
    if (!f.startsWith(dir + '/') && f !== dir) throw new InputError(`--from-evidence: ${manifestFile} names a file outside the folder (${rel})`);
    return f;
  };
  for (const [, rel] of Object.entries(manifest.files.retrievals)) {
    const file = inside(rel);
    const p = retrievalsSchema.safeParse(await readJson(file, 'save the evidence again'));
    if (!p.success) throw shapeError(file, p.error);
    for (const r of p.data.retrievals) retrievals.push({ key: r.key, ok: r.ok, ...(r.value !== undefined ? { value: r.value } : {}), ...(r.error !== undefined ? { error: r.error } : {}) });
  }
  for (const [, rel] of Object.entries(manifest.files.exchanges)) {
    const file = inside(rel);
    const p = exchangesSchema.safeParse(await readJson(file, 'save the evidence again'));
    if (!p.success) throw shapeError(file, p.error);
    exchanges.push(...(p.data.exchanges as SavedExchange[]));
  }
  let nonces: Record<string, string[]> = {};
  if (manifest.files.nonces) {
    const file = inside(manifest.files.nonces);
    const p = z.record(z.string(), z.array(z.string())).safeParse(await readJson(file, 'save the evidence again'));
    if (!p.success) throw shapeError(file, p.error);
    nonces = p.data;
  }
  return { dir, manifest, retrievals, exchanges, nonces };
}
