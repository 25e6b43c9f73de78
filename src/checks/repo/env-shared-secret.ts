import { defineCheck } from '../../core/check.js';
import { secretFingerprint } from '../../core/redact.js';
import { envFiles, judgeValue, parseEnv, type RepoProbes, type RepoTarget } from './env.js';

const ENV_NAMES: [RegExp, string][] = [
  [/(?:^|[./_-])(?:prod|production|live)(?:$|[./_-])/i, 'production'],
  [/(?:^|[./_-])(?:staging|stage|stg|preprod|uat)(?:$|[./_-])/i, 'staging'],
  [/(?:^|[./_-])(?:dev|development)(?:$|[./_-])/i, 'development'],
  [/(?:^|[./_-])(?:test|testing|ci)(?:$|[./_-])/i, 'test'],
  [/(?:^|[./_-])(?:preview)(?:$|[./_-])/i, 'preview'],
];

export function envNameOf(path: string): string | null {
  const base = path.split('/').pop() ?? path;
  for (const [re, name] of ENV_NAMES) if (re.test(base.replace(/^\.env/, ''))) return name;
  return null;
}

/** One secret used by two environments: a leak of the weaker one (staging, preview) is a production leak. */
export default defineCheck<RepoTarget, RepoProbes>({
  id: 'repo/env-shared-secret',
  title: 'Each environment has its own secrets',
  problem: 'Same secret used in two environments',
  area: 'repo',
  mode: 'passive',
  description: 'The same secret value appears in the env files of two environments (e.g. production and staging).',
  severity: 'high',
  cwe: 'CWE-1051',
  messages: {
    shared: '{{name}} has the same value in {{envA}} ({{fileA}}) and {{envB}} ({{fileB}}): a leak of {{envB}} is a leak of {{envA}}.',
    ok: 'No secret value is shared between environments.',
    none: 'Fewer than two environment files to compare.',
  },
  remediation: 'Issue a separate credential per environment (test-mode keys outside production) and rotate the shared one.',
  async run(ctx) {
    const { repo } = ctx.probes;
    const mapped = Object.entries(ctx.target.envFiles ?? {}).map(([env, file]) => ({ env, file }));
    const files = mapped.length
      ? mapped
      : envFiles(repo.files)
          .map((f) => ({ env: envNameOf(f.path), file: f.path }))
          .filter((x): x is { env: string; file: string } => x.env !== null);
    if (new Set(files.map((f) => f.env)).size < 2) return ctx.report({ messageId: 'none', status: 'skipped', severity: 'info' });
    const byValue = new Map<string, { env: string; file: string; name: string; line: number }[]>();
    for (const f of files) {
      const text = await repo.readText(f.file);
      if (!text) continue;
      for (const v of parseEnv(text)) {
        if (!judgeValue(v.name, v.value).secret) continue;
        ctx.secret(v.value);
        const list = byValue.get(v.value) ?? [];
        list.push({ env: f.env, file: f.file, name: v.name, line: v.line });
        byValue.set(v.value, list);
      }
    }
    let n = 0;
    for (const [value, list] of byValue) {
      const envs = [...new Set(list.map((l) => l.env))];
      if (envs.length < 2) continue;
      const a = list.find((l) => l.env === 'production') ?? list[0]!;
      const b = list.find((l) => l.env !== a.env)!;
      n++;
      ctx.report({
        messageId: 'shared',
        severity: a.env === 'production' ? 'high' : 'medium',
        data: { name: a.name, envA: a.env, fileA: a.file, envB: b.env, fileB: b.file },
        location: { file: b.file, line: b.line },
        fingerprintKey: secretFingerprint(value),
        evidence: `${a.name}=${value}`,
      });
    }
    if (n === 0) ctx.report({ messageId: 'ok', status: 'pass', severity: 'info' });
  },
});
