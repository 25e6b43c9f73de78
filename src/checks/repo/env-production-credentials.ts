import { defineCheck } from '../../core/check.js';
import { endpointOf, keyMode } from '../ops/model.js';
import { envFiles, isExampleEnv, judgeValue, parseEnv, type RepoProbes, type RepoTarget } from './env.js';
import { envNameOf } from './env-shared-secret.js';

/**
 * A production env file in the repository that holds working production credentials: a database/cache/queue
 * connection string with a password, a live-mode payment key, or a cloud/database/payment provider secret.
 * repo/env-committed says "a secret is committed"; this says what it is: whoever can read the repository (every
 * developer, CI provider, fork, backup, laptop) can log in to production. It is its own finding because the
 * response differs: rotate production credentials now and move them to the platform's secret store.
 */

/** Why a production value is a working production credential, or null. */
export function productionCredential(name: string, value: string): string | null {
  const v = value.trim();
  if (!v) return null;
  const ep = endpointOf(v);
  if (ep) {
    const m = /^[a-z][a-z0-9+.-]{1,20}:\/\/([^@/\s]{0,300})@/i.exec(v);
    const pw = m?.[1]?.includes(':') ? m[1].slice(m[1].indexOf(':') + 1) : '';
    if (pw && !/^(?:\$\{?[A-Z_]+\}?|\*+|x+|<[^>]*>|password|pass|changeme|secret)$/i.test(pw) && !/^(?:localhost|127\.|0\.0\.0\.0|\[?::1)/.test(ep.host)) return `${ep.scheme} connection string with a password`;
  }
  if (keyMode(v) === 'live' && !/^pk_live_|publishable/i.test(v) && !/PUBLISHABLE/i.test(name)) return 'live-mode key';
  const j = judgeValue(name, v);
  if (j.secret && !j.test && j.ruleId && /^(?:cloud|database|payment)$/.test(j.family ?? '')) return `${j.family} provider secret (${j.ruleId})`;
  return null;
}

export default defineCheck<RepoTarget, RepoProbes>({
  id: 'repo/env-production-credentials',
  title: 'Production credentials committed',
  problem: 'Production credentials committed in an env file',
  area: 'repo',
  mode: 'passive',
  description: 'A production env file in the repository holds working production credentials (connection strings with passwords, live keys, cloud/database/payment secrets).',
  severity: 'critical',
  cwe: 'CWE-798',
  messages: {
    committed: '{{file}} (production) is committed and holds production credentials: {{what}}.',
    present: '{{file}} (production) holds production credentials ({{what}}) and .gitignore does not exclude it.',
    ok: 'No production env file in the repository holds production credentials.',
  },
  remediation:
    'Rotate every listed credential now (the old values stay in git history), remove the file (`git rm --cached`), add it to .gitignore and keep production values in the hosting platform\'s secret store (Vercel/Netlify/Fly/Render env, AWS/GCP secret manager, Doppler...).',
  async run(ctx) {
    const { repo } = ctx.probes;
    const mapped = Object.entries(ctx.target.envFiles ?? {});
    const prodFiles = mapped.length ? mapped.filter(([env]) => /^(?:prod|production|live)$/i.test(env)).map(([, f]) => f) : envFiles(repo.files).filter((f) => !isExampleEnv(f.path) && envNameOf(f.path) === 'production').map((f) => f.path);
    let n = 0;
    const ignored = repo.git ? new Set<string>() : await repo.ignored(prodFiles);
    for (const path of prodFiles) {
      const f = repo.files.find((x) => x.path === path);
      if (!f || (repo.git && !f.tracked) || ignored.has(path)) continue;
      const text = await repo.readText(path);
      if (!text) continue;
      const creds: { name: string; why: string; line: number; value: string }[] = [];
      for (const v of parseEnv(text)) {
        const why = productionCredential(v.name, v.value);
        if (!why) continue;
        ctx.secret(v.value);
        // the password inside a connection string is masked on its own too (it may be echoed elsewhere)
        const pw = /:\/\/[^:@/\s]{0,200}:([^@/\s]{1,300})@/.exec(v.value)?.[1];
        if (pw) ctx.secret(pw);
        creds.push({ name: v.name, why, line: v.line, value: v.value });
      }
      if (creds.length === 0) continue;
      n++;
      ctx.report({
        messageId: repo.git ? 'committed' : 'present',
        data: { file: path, what: creds.slice(0, 6).map((c) => `${c.name} (${c.why})`).join(', '), count: creds.length },
        location: { file: path, line: creds[0]!.line },
        evidence: creds.slice(0, 6).map((c) => `${c.name}=${c.value}`).join('\n'),
        meta: { names: creds.map((c) => c.name) },
      });
    }
    if (n === 0) ctx.report({ messageId: 'ok', status: 'pass', severity: 'info' });
  },
});
