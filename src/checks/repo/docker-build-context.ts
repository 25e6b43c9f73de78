import { defineCheck } from '../../core/check.js';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- IgnoreRules is pure .gitignore matching (no I/O) shared with the walker; its home should be core (or the `ignore` package)
import { IgnoreRules } from '../../probes/fs-walk.js';
import { envFiles, isExampleEnv, judgeValue, type RepoProbes, type RepoTarget } from './env.js';
import { secretName } from './framework-exposed-secret.js';

/**
 * Docker images are shared more widely than repositories (registries, caches, customers). Three ways env
 * secrets end up in one:
 *  - `COPY . .` / `ADD . .` with no .dockerignore rule for `.env*`: the local .env files go into a layer
 *    (Docker docs, ".dockerignore files");
 *  - `ENV NAME=<secret>`: stored in the image config, printed by `docker inspect`;
 *  - `ARG NAME` for a secret: build-arg values are kept in the image history and provenance (`docker history`);
 *    Docker's own build check SecretsUsedInArgOrEnv flags the same. BuildKit secret mounts are the fix.
 */

const DOCKERFILE = /(?:^|\/)(?:Dockerfile|Containerfile)(?:\.[\w.-]+)?$|(?:^|\/)[\w.-]+\.(?:Dockerfile|dockerfile)$/;
const COPY_ALL = /^\s*(?:COPY|ADD)\s+(?:--[\w-]+(?:=\S+)?\s+)*(?:\.\/?|\.\/\*)\s+\S+\s*$/i;
const ENV_LINE = /^\s*ENV\s+(.+)$/i;
const ARG_LINE = /^\s*ARG\s+([A-Za-z_][A-Za-z0-9_]*)(?:=(.*))?$/i;
const FROM_LINE = /^\s*FROM\s/i;

/** Does the .dockerignore text exclude the env files (`.env`, `.env.production`, nested ones)? */
export function ignoresEnv(dockerignore: string, envPaths: string[]): boolean {
  const rules = new IgnoreRules();
  rules.add('', dockerignore);
  const probes = envPaths.length ? envPaths : ['.env', '.env.production'];
  return probes.every((p) => rules.ignored(p, false));
}

export default defineCheck<RepoTarget, RepoProbes>({
  id: 'repo/docker-build-context',
  title: 'Docker images keep secrets out of the build context and layers',
  problem: 'Secrets committed into Docker images (build context or layers)',
  area: 'repo',
  mode: 'passive',
  description: 'A Dockerfile copies the whole build context while .dockerignore lets .env files in, or bakes a secret into a layer with ENV or ARG.',
  severity: 'high',
  cwe: 'CWE-538',
  messages: {
    'copy-context': '{{file}}:{{line}}: `{{instruction}}` copies the build context and {{why}}: {{envs}} end up in the image.',
    'env-secret': '{{file}}:{{line}}: ENV {{name}} bakes a secret value into the image config (visible to `docker inspect`).',
    'arg-secret': '{{file}}:{{line}}: ARG {{name}} passes a secret as a build argument (kept in the image history and provenance).',
    ok: 'No Dockerfile copies env files or bakes secrets into layers.',
    none: 'No Dockerfile in the repository.',
  },
  remediation:
    'Add `.env*` (and `!.env.example`) to .dockerignore, copy only what the build needs, pass build secrets with `RUN --mount=type=secret,id=...` (BuildKit) and runtime secrets through the orchestrator\'s environment or secret store; rotate secrets already pushed in an image.',
  async run(ctx) {
    const { repo } = ctx.probes;
    const dockerfiles = repo.files.filter((f) => DOCKERFILE.test(f.path) && !/(?:^|\/)node_modules\//.test(f.path));
    if (dockerfiles.length === 0) return ctx.report({ messageId: 'none', status: 'skipped', severity: 'info' });
    const envs = envFiles(repo.files).filter((f) => !isExampleEnv(f.path));
    let n = 0;
    for (const df of dockerfiles) {
      const text = await repo.readText(df.path);
      if (!text) continue;
      const dir = df.path.includes('/') ? df.path.slice(0, df.path.lastIndexOf('/') + 1) : '';
      // the context is the Dockerfile's folder (or the root, the usual `docker build -f x/Dockerfile .`)
      const lines = text.split(/\r?\n/);
      const stages = lines.filter((l) => FROM_LINE.test(l)).length;
      let stage = 0;
      lines.forEach((raw, i) => {
        const line = i + 1;
        if (FROM_LINE.test(raw)) stage++;
        const env = ENV_LINE.exec(raw);
        if (env) {
          // ENV A=1 B="two" or the legacy ENV NAME value
          const body = env[1]!.trim();
          const pairs = /^[A-Za-z_]\w*=/.test(body) ? [...body.matchAll(/([A-Za-z_]\w*)=("(?:[^"\\]|\\.)*"|'[^']*'|\S*)/g)].map((m) => [m[1]!, m[2]!.replace(/^["']|["']$/g, '')] as const) : [[body.split(/\s+/)[0]!, body.split(/\s+/).slice(1).join(' ')] as const];
          for (const [name, value] of pairs) {
            if (!value || /^\$\{?\w+\}?$/.test(value)) continue; // ENV X=$X: from an ARG, reported there
            const j = judgeValue(name, value);
            if (!j.secret || j.test) continue;
            ctx.secret(value);
            n++;
            ctx.report({ messageId: 'env-secret', severity: 'critical', data: { file: df.path, line, name }, location: { file: df.path, line }, evidence: `ENV ${name}=${value}`, target: `${df.path}#ENV ${name}` });
          }
        }
        const arg = ARG_LINE.exec(raw.trim());
        if (arg && secretName(arg[1]!)) {
          if (arg[2]) ctx.secret(arg[2].replace(/^["']|["']$/g, ''));
          n++;
          ctx.report({ messageId: 'arg-secret', severity: stage < stages ? 'medium' : 'high', data: { file: df.path, line, name: arg[1]! }, location: { file: df.path, line }, target: `${df.path}#ARG ${arg[1]}` });
        }
      });
      // COPY . . (async: the .dockerignore is read once per Dockerfile)
      const copyIdx = lines.findIndex((l) => COPY_ALL.test(l));
      if (copyIdx === -1) continue;
      const inContext = envs.filter((e) => e.path.startsWith(dir) || dir === '');
      const ignorePath = repo.files.find((f) => f.path === `${dir}.dockerignore`)?.path ?? repo.files.find((f) => f.path === '.dockerignore')?.path;
      const ignoreText = ignorePath ? ((await repo.readText(ignorePath)) ?? '') : '';
      const rel = inContext.map((e) => e.path.slice(dir.length));
      if (ignorePath && ignoresEnv(ignoreText, rel)) continue;
      const why = ignorePath ? `${ignorePath} does not exclude .env*` : 'there is no .dockerignore';
      // copying in a build stage only still puts the files in that stage's layers and cache
      const copyStage = lines.slice(0, copyIdx + 1).filter((l) => FROM_LINE.test(l)).length;
      n++;
      ctx.report({
        messageId: 'copy-context',
        severity: inContext.length ? (copyStage < stages ? 'medium' : 'high') : 'low',
        data: { file: df.path, line: copyIdx + 1, instruction: lines[copyIdx]!.trim(), why, envs: inContext.length ? inContext.slice(0, 5).map((e) => e.path).join(', ') : 'any .env file created later' },
        location: { file: df.path, line: copyIdx + 1 },
        target: `${df.path}#copy-context`,
      });
    }
    if (n === 0) ctx.report({ messageId: 'ok', status: 'pass', severity: 'info' });
  },
});
