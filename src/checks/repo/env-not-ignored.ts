import { defineCheck } from '../../core/check.js';
import { envFiles, isExampleEnv, type RepoProbes, type RepoTarget } from './env.js';

/** `.env` must be in .gitignore before anyone creates one, or the first `git add .` commits it. */
export default defineCheck<RepoTarget, RepoProbes>({
  id: 'repo/env-not-ignored',
  title: '.env files are ignored by git',
  problem: '.env files not in .gitignore',
  area: 'repo',
  mode: 'passive',
  description: '.gitignore does not exclude .env (and .env.*.local) files, so a `git add .` commits secrets.',
  severity: 'medium',
  cwe: 'CWE-538',
  messages: {
    notIgnored: '.gitignore does not exclude {{paths}}: the next `git add .` commits local secrets.',
    ok: '.gitignore excludes .env files.',
    unused: 'The project uses no .env files.',
  },
  remediation: 'Add `.env`, `.env*.local` and `.env.production` to .gitignore (keep `!.env.example`).',
  async run(ctx) {
    const { repo } = ctx.probes;
    const envs = envFiles(repo.files);
    const usesEnv = envs.length > 0 || repo.files.some((f) => /(?:^|\/)(?:package\.json|docker-compose\.ya?ml|next\.config\.[cm]?[jt]s|vite\.config\.[cm]?[jt]s)$/.test(f.path));
    if (!usesEnv) return ctx.report({ messageId: 'unused', status: 'skipped', severity: 'info' });
    const candidates = ['.env', '.env.local', '.env.production', ...envs.filter((f) => !isExampleEnv(f.path)).map((f) => f.path)];
    const unique = [...new Set(candidates)];
    const ignored = await repo.ignored(unique);
    // committed files show up as tracked; an ignore rule does not help them (env-committed reports those)
    const notIgnored = unique.filter((p) => !ignored.has(p));
    if (notIgnored.length === 0) return ctx.report({ messageId: 'ok', status: 'pass', severity: 'info' });
    ctx.report({ messageId: 'notIgnored', data: { paths: notIgnored.slice(0, 5).join(', ') }, location: { file: '.gitignore' } });
  },
});
