import { defineCheck } from '../../core/check.js';
import type { RepoProbes, RepoTarget } from './env.js';

const CI_FILE = /^(?:\.github\/workflows\/[^/]+\.ya?ml|\.gitlab-ci\.ya?ml|\.circleci\/config\.ya?ml|bitbucket-pipelines\.ya?ml|azure-pipelines\.ya?ml|Jenkinsfile|\.travis\.ya?ml|\.drone\.ya?ml|\.buildkite\/[^/]+\.ya?ml|\.woodpecker\.ya?ml|\.woodpecker\/[^/]+\.ya?ml|cloudbuild\.ya?ml|buildspec\.ya?ml|\.forgejo\/workflows\/[^/]+\.ya?ml|\.gitea\/workflows\/[^/]+\.ya?ml)$/;
const HOOK_FILE = /^(?:\.pre-commit-config\.ya?ml|lefthook\.ya?ml|\.husky\/[^/]+|\.lintstagedrc(?:\.[a-z]+)?)$/;
/** Secret scanners a pipeline step can call. */
const SCANNER = /gitleaks|trufflehog|trufflesecurity|secretlint|detect-secrets|ggshield|gitguardian|launchready\s+(?:secrets|repo|audit)|launchready\/|git-secrets|talisman|noseyparker|nosey-parker|kingfisher|whispers|secret-scanning|semgrep[^\n]{0,80}secrets/i;

/** A secret scan in CI is what stops the next leak; without it every fix here is one-off. */
export default defineCheck<RepoTarget, RepoProbes>({
  id: 'repo/ci-secret-scan',
  title: 'CI scans commits for secrets',
  problem: 'CI runs no secret scanner',
  area: 'repo',
  mode: 'passive',
  description: 'The CI pipeline (GitHub Actions, GitLab CI, CircleCI, ...) runs no secret scanner on pushes.',
  severity: 'medium',
  cwe: 'CWE-1053',
  messages: {
    missing: 'CI ({{files}}) runs no secret scanner{{hooks}}.',
    noCi: 'The repository has no CI configuration, so nothing scans pushes for secrets{{hooks}}.',
    ok: 'CI runs a secret scanner ({{file}}).',
  },
  remediation: 'Add a CI step that fails on new secrets, e.g. `npx launchready secrets . --history --fail-on high` (or gitleaks/trufflehog) on every push and pull request.',
  async run(ctx) {
    const { repo } = ctx.probes;
    const ci = repo.files.filter((f) => CI_FILE.test(f.path));
    const hooks = repo.files.filter((f) => HOOK_FILE.test(f.path));
    let hookScan = '';
    for (const h of hooks) if (SCANNER.test((await repo.readText(h.path)) ?? '')) hookScan = ` (only the local hook ${h.path} scans, and hooks can be skipped)`;
    for (const f of ci) {
      if (SCANNER.test((await repo.readText(f.path)) ?? '')) return ctx.report({ messageId: 'ok', status: 'pass', severity: 'info', data: { file: f.path }, location: { file: f.path } });
    }
    if (ci.length === 0) return ctx.report({ messageId: 'noCi', data: { hooks: hookScan } });
    ctx.report({ messageId: 'missing', data: { files: ci.slice(0, 3).map((f) => f.path).join(', '), hooks: hookScan }, location: { file: ci[0]!.path } });
  },
});
