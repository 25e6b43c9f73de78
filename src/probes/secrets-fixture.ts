import { cp, mkdtemp, readFile, readdir, rm, writeFile, mkdir, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { InputError } from '../core/errors.js';
import { fillFixture } from '../core/template.js';
import { runGit } from './git.js';

/**
 * Fixture repositories for the demo and for tests. Real-looking provider keys cannot be committed (push
 * protection would block the push, rightly), so fixture folders hold `{{fake:<rule-id>}}` placeholders that
 * become synthetic secrets in a temporary copy, and an optional `launchready-fixture.json` describes a git
 * history to build there (a nested .git cannot be committed either).
 */

export interface FixtureManifest {
  /** commits made before the final snapshot commit, oldest first */
  commits?: { message: string; write?: Record<string, string>; delete?: string[] }[];
  /** message of the final commit of the folder's files (default "snapshot") */
  final?: string;
}

export const FIXTURE_MANIFEST = 'launchready-fixture.json';

async function listFiles(dir: string, base = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(join(dir, base), { withFileTypes: true })) {
    const rel = base ? `${base}/${e.name}` : e.name;
    if (e.isDirectory()) {
      if (e.name !== '.git') out.push(...(await listFiles(dir, rel)));
    } else if (e.isFile()) out.push(rel);
  }
  return out;
}

export interface Materialized {
  root: string;
  cleanup(): Promise<void>;
}

/** Copy `src` to a temp dir, expand placeholders with `fake(ruleId)`, build the history. */
export async function materializeFixture(src: string, fake: (ruleId: string) => string): Promise<Materialized> {
  const root = await mkdtemp(join(tmpdir(), 'launchready-fixture-'));
  const cache = new Map<string, string>();
  const expand = (text: string): string => fillFixture(text, fake, cache);
  try {
    await cp(src, root, { recursive: true, filter: (p) => !p.split(/[\\/]/).includes('.git') });
    let manifest: FixtureManifest = {};
    try {
      manifest = JSON.parse(await readFile(join(root, FIXTURE_MANIFEST), 'utf8')) as FixtureManifest;
      await unlink(join(root, FIXTURE_MANIFEST));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw new InputError(`${join(src, FIXTURE_MANIFEST)}: ${(err as Error).message}`, { cause: err });
    }
    const files = await listFiles(root);
    const finals = new Map<string, string>();
    for (const f of files) {
      const text = await readFile(join(root, f), 'utf8');
      const filled = expand(text);
      if (filled !== text) finals.set(f, filled);
    }
    const git = async (...args: string[]) => {
      const r = await runGit(root, args);
      if (r.code !== 0) throw new Error(`git ${args[0]} failed in fixture: ${r.stderr.trim()}`);
    };
    // history first: park the final files, replay the manifest commits, then restore the snapshot
    const park = await mkdtemp(join(tmpdir(), 'launchready-fixture-park-'));
    await cp(root, park, { recursive: true });
    for (const f of files) await rm(join(root, f));
    await git('init', '-q', '-b', 'main');
    await git('config', 'user.email', 'fixture@launchready.test');
    await git('config', 'user.name', 'launchready fixture');
    await git('config', 'commit.gpgsign', 'false');
    let t = Date.UTC(2025, 0, 1) / 1000;
    const commit = async (message: string) => {
      t += 86400;
      const r = await runGit(root, ['-c', `user.name=launchready fixture`, 'commit', '-q', '--allow-empty', '-m', message, '--date', String(t)]);
      if (r.code !== 0) throw new Error(`git commit failed in fixture: ${r.stderr.trim()}`);
    };
    for (const c of manifest.commits ?? []) {
      for (const [p, content] of Object.entries(c.write ?? {})) {
        await mkdir(dirname(join(root, p)), { recursive: true });
        await writeFile(join(root, p), expand(content));
      }
      for (const p of c.delete ?? []) await rm(join(root, p), { force: true });
      await git('add', '-A');
      await commit(c.message);
    }
    await cp(park, root, { recursive: true, force: true });
    await rm(park, { recursive: true, force: true });
    for (const [f, text] of finals) await writeFile(join(root, f), text);
    await git('add', '-A');
    await commit(manifest.final ?? 'snapshot');
    return { root, cleanup: () => rm(root, { recursive: true, force: true }) };
  } catch (err) {
    await rm(root, { recursive: true, force: true });
    throw err;
  }
}
