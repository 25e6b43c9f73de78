import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { InputError, UsageError } from '../../core/errors.js';
import { isSecretLikeName } from '../../report/handover.js';
import { defineCommand, flagBool, flagString, type CommandContext } from '../command.js';
import { scanProject, type ProjectScan } from './project-scan.js';
import { writeFileAtomic } from '../output.js';

/**
 * `launchready init [path]` writes a starter launchready.yml from what it finds in the project;
 * `launchready init ci [path]` writes a GitHub Actions workflow and a GitLab CI file that run the contract's
 * commands: a secret scan on every push (SARIF to GitHub code scanning) and an audit of deploy previews.
 * Neither ever overwrites a file without --force (exit 2 naming the file).
 */

/** Env var CI sets to the preview URL; the starter config reads it with a default. */
export const TARGET_ENV = 'LAUNCHREADY_URL';

function q(s: string): string {
  return JSON.stringify(s);
}

function resolveRoot(ctx: CommandContext): string {
  const root = resolve(ctx.io.cwd, ctx.positionals[0] ?? '.');
  let ok = false;
  try {
    ok = statSync(root).isDirectory();
  } catch {
    ok = false;
  }
  if (!ok) throw new InputError(`${root}: not a folder (launchready init [path] needs an existing project folder)`);
  return root;
}

async function writeNew(file: string, text: string, force: boolean, cwd: string): Promise<void> {
  if (existsSync(file) && !force) {
    throw new UsageError(`${relative(cwd, file) || file} already exists; launchready never overwrites it without --force`);
  }
  await writeFileAtomic(file, text, 'file');
}

/** The starter config, as YAML text with comments explaining what was found and what to fill in. */
export function starterConfig(scan: ProjectScan, opts: { date?: Date } = {}): string {
  const remote = scan.hosts.filter((h) => !h.local);
  const primary = remote.find((h) => !/^api\./.test(h.host)) ?? remote[0] ?? scan.hosts[0];
  const apiHost = remote.find((h) => /^api\./.test(h.host)) ?? primary;
  const name = scan.name ?? (scan.root.split(/[\\/]/).pop() || 'my-app');
  const found: string[] = [
    `framework: ${scan.framework ?? 'not recognised'}${scan.framework ? ' (package.json)' : ''}`,
    `env example: ${scan.envExample ? `${scan.envExample} (${scan.exampleNames.length} names)` : 'none found'}`,
    `OpenAPI document: ${scan.openapi ?? 'none found'}`,
    `hosts: ${scan.hosts.length ? scan.hosts.map((h) => `${h.host} (${h.source})`).join(', ') : 'none found'}`,
    `environment variables read by code: ${scan.env.filter((e) => e.usedIn.length).length}`,
  ];
  const L: string[] = [
    '# yaml-language-server: $schema=./node_modules/launchready/schema/launchready.schema.json',
    `# Starter launchready config written by \`launchready init\`${opts.date ? ` on ${opts.date.toISOString().slice(0, 10)}` : ''}. What it found:`,
    ...found.map((f) => `#   ${f}`),
    '# Review every line, then: npx launchready audit --config launchready.yml',
    `# CI sets ${TARGET_ENV} to a deploy preview's URL; locally the default after ":-" is used.`,
    'version: 1',
    'project:',
    `  name: ${q(name)}`,
    '  # owner: you@example.com          # who answers for launch risks',
    'gate:',
    '  failOn: high                      # critical or high findings = NO-GO',
    'repo:',
    '  path: .',
    '  history: true                     # also scan every commit for secrets',
  ];
  if (primary) {
    L.push('edge:', '  hosts:', `    - ${q(`\${${TARGET_ENV}:-${primary.url}}`)}`);
    for (const h of remote.filter((x) => x !== primary).slice(0, 5)) L.push(`    - ${q(h.url)}`);
    // The mail domain is usually the apex of the app host; naive (last two labels), so it is left commented.
    const apex = primary.host.split('.').slice(-2).join('.');
    if (!primary.local && apex.includes('.')) L.push('# email:                             # SPF, DKIM, DMARC of the domain you send mail from', `#   domain: ${apex}`, '#   dkimSelectors: [google, s1]');
    L.push('api:', `  baseUrl: ${q(`\${${TARGET_ENV}:-${apiHost!.url}}`)}`);
    if (scan.openapi) L.push(`  openapi: ${q(scan.openapi)}`);
    else L.push('  # openapi: openapi.yaml           # the audit maps every route from it');
    L.push(
      '  identities: []',
      '  # Add two users in different tenants (and an admin) so authorization can be tested:',
      '  # identities:',
      '  #   - { name: alice, tenant: acme, role: member, email: alice@example.com, password: "${ALICE_PASSWORD}", login: { path: /api/login } }',
      '  #   - { name: bob, tenant: globex, role: member, email: bob@example.com, password: "${BOB_PASSWORD}", login: { path: /api/login } }',
    );
  } else {
    L.push(
      '# No deployed host found (vercel.json, netlify.toml, fly.toml, CNAME, package.json homepage, URLs in the env example).',
      '# edge:',
      '#   hosts: ["https://app.example.com"]',
      '# api:',
      `#   baseUrl: "\${${TARGET_ENV}:-https://api.example.com}"`,
      ...(scan.openapi ? [`#   openapi: ${q(scan.openapi)}`] : []),
    );
  }
  const required = scan.exampleNames.length ? scan.exampleNames : scan.env.filter((e) => e.usedIn.length && e.definedIn.length).map((e) => e.name);
  L.push('deploy:                             # `launchready gate` in the deploy pipeline');
  if (primary) L.push(`  baseUrl: ${q(`\${${TARGET_ENV}:-${primary.url}}`)}`);
  if (required.length) {
    L.push(`  requiredEnv:${scan.envExample ? `                    # from ${scan.envExample}` : ''}`);
    for (const n of required.slice(0, 60)) L.push(`    - ${n}`);
  } else L.push('  requiredEnv: []');
  if (primary) L.push('  smoke:', '    - { name: home, url: /, expectStatus: ["2xx", "3xx"] }');
  else L.push('  smoke: []');
  const secretNames = scan.env.filter((e) => isSecretLikeName(e.name)).map((e) => e.name);
  L.push(
    'handover:                           # `launchready handover`: fill these in before launch',
    '  owners: []                        # - { role: on-call, name: Dana, contact: dana@example.com }',
    '  access: []                        # - { system: Stripe dashboard, who: [Dana], level: admin, mfa: true }',
  );
  if (secretNames.length) {
    L.push('  env:');
    for (const n of secretNames.slice(0, 30)) L.push(`    - { name: ${n}, purpose: "", owner: "", rotation: "" }`);
  }
  L.push('waivers: []                         # accepted risks: { checkId, target, owner, reason, expires: YYYY-MM-DD }', '');
  return L.join('\n');
}

const initCiCommand = defineCommand({
  name: 'ci',
  summary: 'write .github/workflows/launchready.yml and .gitlab-ci.yml (secret scan on every push, audit on deploy previews)',
  description:
    'GitHub: secret scan of every commit on each push and pull request, SARIF uploaded to code scanning; audit of\n' +
    'the deploy preview when a deployment succeeds. GitLab: the same secret scan on every push, the audit on merge\n' +
    `request pipelines after deploy (.post stage). Both pass the preview URL as ${TARGET_ENV}.\n` +
    'Exit 0 when the files were written; 2 when nothing was written (a file exists without --force, missing folder).',
  positionals: [{ name: 'path', description: 'project folder (default: the current folder)' }],
  flags: {
    force: { type: 'boolean', description: 'overwrite existing files' },
    provider: { type: 'string', valueName: 'NAME', description: 'which CI to write', choices: ['github', 'gitlab', 'both'], default: 'both' },
    config: { type: 'string', short: 'c', valueName: 'FILE', description: 'config path the audit job uses, relative to the project', default: 'launchready.yml' },
  },
  examples: ['launchready init ci', 'launchready init ci --provider github --force'],
  async run(ctx) {
    const root = resolveRoot(ctx);
    const provider = flagString(ctx.flags, 'provider') ?? 'both';
    const config = flagString(ctx.flags, 'config') ?? 'launchready.yml';
    if (!/^[\w./-]+$/.test(config)) throw new UsageError(`--config: "${config}" must be a plain relative path (letters, digits, . / - _)`);
    const force = flagBool(ctx.flags, 'force');
    const files: [string, string][] = [];
    if (provider !== 'gitlab') files.push([join(root, '.github', 'workflows', 'launchready.yml'), githubWorkflow({ config })]);
    if (provider !== 'github') files.push([join(root, '.gitlab-ci.yml'), gitlabCi({ config })]);
    // Refuse before writing anything: never leave half the set written.
    const existing = files.filter(([f]) => existsSync(f)).map(([f]) => relative(ctx.io.cwd, f) || f);
    if (existing.length && !force) throw new UsageError(`${existing.join(' and ')} already exist${existing.length === 1 ? 's' : ''}; launchready never overwrites without --force`);
    for (const [f, text] of files) await writeNew(f, text, true, ctx.io.cwd);
    for (const [f] of files) ctx.io.stdout.write(`wrote ${relative(ctx.io.cwd, f) || f}\n`);
    if (!existsSync(join(root, config))) ctx.io.stdout.write(`note: ${config} does not exist yet; run \`launchready init\` to write a starter config\n`);
    return 0;
  },
});

export const initCommand = defineCommand({
  name: 'init',
  summary: 'write a starter launchready.yml from what it finds in the repo (init ci: CI jobs)',
  description:
    'Looks at package.json (framework), the env example file (variable names), the OpenAPI document and hosts\n' +
    'named in vercel.json, netlify.toml, fly.toml, CNAME, package.json homepage and URLs in the env example, and\n' +
    'writes launchready.yml. Values of real env files are never read. Never overwrites without --force.\n' +
    'Exit 0 when the file was written; 2 when it was not (file exists without --force, missing folder).',
  positionals: [{ name: 'path', description: 'project folder (default: the current folder)' }],
  flags: {
    force: { type: 'boolean', description: 'overwrite an existing config file' },
    output: { type: 'string', short: 'o', valueName: 'FILE', description: 'config file to write, relative to the project', default: 'launchready.yml' },
    stdout: { type: 'boolean', description: 'print the config instead of writing it' },
  },
  subcommands: [initCiCommand],
  examples: ['launchready init', 'launchready init ./my-app --force', 'launchready init ci'],
  async run(ctx) {
    const root = resolveRoot(ctx);
    const scan = await scanProject(root);
    const text = starterConfig(scan, { date: new Date() });
    if (flagBool(ctx.flags, 'stdout')) {
      ctx.io.stdout.write(text);
      return 0;
    }
    const file = resolve(root, flagString(ctx.flags, 'output') ?? 'launchready.yml');
    await writeNew(file, text, flagBool(ctx.flags, 'force'), ctx.io.cwd);
    const rel = relative(ctx.io.cwd, file) || file;
    ctx.io.stdout.write(
      `wrote ${rel}: framework ${scan.framework ?? 'not recognised'}, ${scan.exampleNames.length} env names${scan.envExample ? ` from ${scan.envExample}` : ''}, ` +
        `OpenAPI ${scan.openapi ?? 'not found'}, hosts ${scan.hosts.map((h) => h.host).join(', ') || 'none found'}\n` +
        `next: review it, then \`npx launchready audit --config ${rel}\`; \`launchready init ci\` adds CI jobs\n`,
    );
    return 0;
  },
});

// ---- CI templates ----------------------------------------------------------------------------------------
// The commands are exactly the contract's (docs: /shared/contract.md): `secrets <path> --history --format sarif
// --output FILE` and `audit --config FILE --format F --output FILE`. Exit 1 (NO-GO) fails the job on purpose;
// the SARIF upload and the report artefact still run (`if: always()` / `when: always`).

export const SECRETS_CMD = 'npx launchready secrets . --history --format sarif --output launchready-secrets.sarif';
export function auditCmd(config: string, format: 'json' | 'html' | 'sarif', output: string): string {
  return `npx launchready audit --config ${config} --format ${format} --output ${output}`;
}

export function githubWorkflow({ config = 'launchready.yml' } = {}): string {
  return `# Written by \`launchready init ci\`. Secret scan on every push (results in Security > Code scanning) and an
# audit of each deploy preview when the deployment succeeds. Exit code 1 = NO-GO fails the job on purpose.
name: launchready
on:
  push:
  pull_request:
  deployment_status:
permissions:
  contents: read
env:
  npm_config_yes: "true"
jobs:
  secret-scan:
    if: github.event_name != 'deployment_status'
    runs-on: ubuntu-latest
    permissions:
      contents: read
      security-events: write
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - name: Secret scan (working tree and every commit)
        run: ${SECRETS_CMD}
      - name: Upload SARIF to GitHub code scanning
        if: always() && hashFiles('launchready-secrets.sarif') != ''
        uses: github/codeql-action/upload-sarif@v3
        with:
          sarif_file: launchready-secrets.sarif
          category: launchready-secrets
  audit-preview:
    if: github.event_name == 'deployment_status' && github.event.deployment_status.state == 'success'
    runs-on: ubuntu-latest
    permissions:
      contents: read
      security-events: write
    env:
      ${TARGET_ENV}: \${{ github.event.deployment_status.environment_url || github.event.deployment_status.target_url }}
    steps:
      - uses: actions/checkout@v4
        with:
          ref: \${{ github.event.deployment.sha }}
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - name: Audit the deploy preview
        run: ${auditCmd(config, 'json', 'launchready-report.json')}
      - name: HTML report for people
        if: always()
        run: ${auditCmd(config, 'html', 'launchready-report.html')} || true
      - name: Keep the reports
        if: always()
        uses: actions/upload-artifact@v4
        with:
          name: launchready-report
          path: |
            launchready-report.json
            launchready-report.html
          if-no-files-found: ignore
`;
}

export function gitlabCi({ config = 'launchready.yml' } = {}): string {
  return `# Written by \`launchready init ci\`. Secret scan on every push; audit of the review app on merge request
# pipelines, after the deploy jobs (.post stage). Set ${TARGET_ENV} to the review app URL (for example from the deploy
# job's environment URL via a dotenv artefact). Exit code 1 = NO-GO fails the job on purpose.
variables:
  npm_config_yes: "true"

launchready-secrets:
  stage: test
  image: node:20
  variables:
    GIT_DEPTH: "0"
  script:
    - ${SECRETS_CMD}
  artifacts:
    when: always
    paths:
      - launchready-secrets.sarif
    expire_in: 30 days
  rules:
    - if: '$CI_PIPELINE_SOURCE == "push"'
    - if: '$CI_PIPELINE_SOURCE == "merge_request_event"'

launchready-audit-preview:
  stage: .post
  image: node:20
  script:
    - ${auditCmd(config, 'json', 'launchready-report.json')}
  after_script:
    - ${auditCmd(config, 'html', 'launchready-report.html')} || true
  artifacts:
    when: always
    paths:
      - launchready-report.json
      - launchready-report.html
    expire_in: 30 days
  rules:
    - if: '$CI_PIPELINE_SOURCE == "merge_request_event" && $${TARGET_ENV}'
`;
}
