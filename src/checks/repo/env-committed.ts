import { defineCheck } from '../../core/check.js';
import { envFiles, isExampleEnv, judgeValue, parseEnv, type RepoProbes, type RepoTarget } from './env.js';

/** Committed `.env*` files holding real values (examples and templates excluded). */
export default defineCheck<RepoTarget, RepoProbes>({
  id: 'repo/env-committed',
  title: 'No .env file with real values is committed',
  problem: 'Committed .env file holds real values',
  area: 'repo',
  mode: 'passive',
  description: 'A .env file with real secret values is committed to git (or, outside git, not excluded by .gitignore).',
  severity: 'high',
  cwe: 'CWE-538',
  messages: {
    committed: '{{file}} is committed to git and holds {{count}} real secret value(s) ({{names}}).',
    present: '{{file}} holds {{count}} real secret value(s) ({{names}}) and .gitignore does not exclude it.',
    ok: 'No committed .env file holds real secret values.',
  },
  remediation:
    'git rm --cached the file, add it to .gitignore, rotate every secret it held (they stay in history), and keep only a .env.example with empty or placeholder values.',
  async run(ctx) {
    const { repo } = ctx.probes;
    let bad = 0;
    for (const f of envFiles(repo.files)) {
      if (isExampleEnv(f.path)) continue;
      if (repo.git && !f.tracked) continue;
      const text = await repo.readText(f.path);
      if (!text) continue;
      const secrets = parseEnv(text).filter((v) => {
        const j = judgeValue(v.name, v.value);
        if (j.secret) ctx.secret(v.value);
        return j.secret && !j.test;
      });
      if (secrets.length === 0) continue;
      bad++;
      ctx.report({
        messageId: repo.git ? 'committed' : 'present',
        data: { file: f.path, count: secrets.length, names: secrets.slice(0, 6).map((s) => s.name).join(', ') },
        location: { file: f.path, line: secrets[0]!.line },
        evidence: secrets.slice(0, 6).map((s) => `${s.name}=${s.value}`).join('\n'),
      });
    }
    if (bad === 0) ctx.report({ messageId: 'ok', status: 'pass', severity: 'info' });
  },
});
