import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Stage } from '../audit/stage.js';
import { InputError } from '../core/errors.js';
import { parseBaseline, type Baseline } from '../core/policy.js';
import type { CheckJob } from '../core/runner.js';
import { secretsChecks } from '../checks/secrets/index.js';
import { repoChecks } from '../checks/repo/index.js';
import type { RepoScan, RepoSource } from '../checks/secrets/scan.js';
import type { SecretsTarget } from '../checks/secrets/checks.js';
import { listRepoFiles, makeRepoProbe, readTextFile } from '../probes/fs-walk.js';
import { catBlobs, commitMessages, headBlobs, historyBlobs } from '../probes/git.js';
import { materializeFixture } from '../probes/secrets-fixture.js';
import { fakeSecret } from '../checks/secrets/fake.js';

/**
 * Read `repo.baseline` (a `secrets --baseline-write` file or any launchready JSON report). Only read here: the
 * baseline is applied once, in core/policy (findings marked new/unchanged; gate.newOnly decides), never in a check.
 */
export async function readBaselineFile(file: string, label: string): Promise<Baseline> {
  let data: unknown;
  try {
    data = JSON.parse((await readFile(file, 'utf8')).replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new InputError(`${label} ${file}: cannot read a baseline (${(err as Error).message})`, { cause: err });
  }
  try {
    return parseBaseline(data, `${label} ${file}`);
  } catch (err) {
    throw new InputError((err as Error).message, { cause: err });
  }
}

/**
 * The repo stage: walks the repository once (git ls-files or a .gitignore-aware walk), hands every
 * secrets/* and repo/* check the same target and probes; the secrets checks share one scan through the
 * evidence cache, so the tree and the history are read once.
 */
export const repoStage: Stage = {
  name: 'repo',
  title: 'Repository',
  enabled: (config) => config.repo !== undefined,
  async plan(env) {
    const repo = env.config.repo!;
    const declared = resolve(env.configDir, repo.path);
    const fixture = repo.fixture ? await materializeFixture(declared, fakeSecret) : null;
    const root = fixture ? fixture.root : declared;
    const history = env.flags.history === true || repo.history;
    const listing = await listRepoFiles(root, { bundles: repo.bundles, maxFileBytes: repo.maxFileBytes });
    // nothing skipped silently (issue 13): unreadable paths are error findings, skipped ones are listed
    for (const u of listing.unreadable) env.inputs?.unreadable('repo', u.path, u.reason);
    for (const x of listing.skipped) env.inputs?.skipped('repo', x.path, x.reason);
    const baseline = repo.baseline ? await readBaselineFile(resolve(env.configDir, repo.baseline), 'repo.baseline') : undefined;
    const stats: { scan?: RepoScan } = {};
    const git = listing.git;
    const source: RepoSource = {
      root,
      files: listing.files,
      keystores: listing.keystores,
      read: (p) => readTextFile(root, p),
      maxFileBytes: repo.maxFileBytes,
      ...(env.inputs ? { inputs: { unreadable: (p: string, r: string) => env.inputs!.unreadable('repo', p, r), skipped: (p: string, r: string) => env.inputs!.skipped('repo', p, r) } } : {}),
      onScan: (s) => {
        stats.scan = s;
      },
      ...(git
        ? {
            history: {
              blobs: (signal?: AbortSignal) => historyBlobs(root, git, signal),
              head: () => headBlobs(root, git),
              cat: (ids, max, onBlob, signal?: AbortSignal) => catBlobs(root, ids, max, onBlob, signal),
              messages: (signal?: AbortSignal) => commitMessages(root, signal),
            },
          }
        : {}),
    };
    const target: SecretsTarget & Record<string, unknown> = {
      root,
      history,
      allowlist: repo.allowlist,
      envFiles: repo.envFiles,
    };
    const probes = { source, repo: makeRepoProbe(listing) };
    const jobs: CheckJob[] = [...secretsChecks, ...repoChecks]
      .filter((c) => !env.include || env.include(c.id))
      .map((check) => ({ check, target, probes, targetLabel: repo.path }));
    return {
      jobs,
      // one scan of the tree and the whole history feeds every secrets/* rule: a 200 MB tree or a long history
      // takes minutes, bounded here once for the stage instead of on each of ~290 checks
      retrievalTimeoutMs: 30 * 60_000,
      ...(baseline ? { baseline } : {}),
      target: { root: repo.path, git: git !== null, history: history && git !== null, files: listing.files.length },
      async finish() {
        await fixture?.cleanup();
        const s = stats.scan;
        if (!s) return;
        return {
          repo: {
            filesScanned: s.filesScanned,
            bytesScanned: s.bytesScanned,
            skipped: listing.skipped.length,
            history: s.history,
            ...(history && !git ? { historyNote: 'not a git work tree: history was not scanned' } : {}),
            blobsScanned: s.blobsScanned,
            commits: s.commitsWithBlobs,
            allowlisted: s.allowlisted,
            ...(baseline ? { baselineFindings: baseline.findings.length } : {}),
            durationMs: s.durationMs,
          },
        };
      },
    };
  },
};
