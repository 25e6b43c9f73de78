import { apexOf } from '../../core/domain.js';
import { existsSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { InputError, UsageError } from '../../core/errors.js';
import { isSecretLikeName } from '../../report/handover.js';
import { VERSION } from '../../version.js';
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

/** Routes the starter config lists under api.routes: the code's routes the OpenAPI document does not declare. */
export function routesToList(scan: ProjectScan): ProjectScan['routes'] {
  if (!scan.openapiRoutes) return scan.routes;
  const declared = new Set(scan.openapiRoutes.map((r) => r.replace(/\{[^}]+\}/g, '{}')));
  return scan.routes.filter((r) => !declared.has(`${r.method} ${r.path.replace(/\{[^}]+\}/g, '{}')}`));
}

function healthRoute(scan: ProjectScan): string | undefined {
  // a health route is near the top: /health, /api/healthz, /v1/status (not /rest/2fa/status, a feature's status)
  return scan.routes.find((r) => r.method === 'GET' && /^\/((api|v\d+)\/)?(health|healthz|healthcheck|status|ping|ready|readyz|livez|_health)$/i.test(r.path))?.path;
}

/** A read route a signed-in user would call: GET, no path parameter, not admin/auth/health. */
function readRoute(scan: ProjectScan): string | undefined {
  const candidates = scan.routes.filter((r) => r.method === 'GET' && !r.path.includes('{') && r.path !== '/' && !/(admin|internal|auth|login|logout|health|status|ping|metrics|webhook|debug|\/[_.]|\.\w+$)/i.test(r.path));
  // an API read (/api/..., /v1/...) before anything else
  return (candidates.find((r) => /\/(api|v\d+|rest)\//.test(r.path)) ?? candidates[0])?.path;
}

/** The starter config, as YAML text with comments explaining what was found and what to fill in. */
export function starterConfig(scan: ProjectScan, opts: { date?: Date } = {}): string {
  const remote = scan.hosts.filter((h) => !h.local);
  const name = scan.name ?? (scan.root.split(/[\\/]/).pop() || 'my-app');
  const local = `http://localhost:${scan.port ?? 3000}`;
  const target = `\${${TARGET_ENV}:-${local}}`;
  const listed = routesToList(scan);
  const styles = [...new Set(scan.routes.map((r) => r.style))].map((st) => `${st} ${scan.routes.filter((r) => r.style === st).length}`).join(', ');
  const appEnv = scan.env.filter((e) => e.usedIn.length && !scan.ciOnlyEnv.includes(e.name)).map((e) => e.name);
  const found: string[] = [
    `framework: ${scan.framework ?? 'not recognised'}${scan.framework ? ' (package.json)' : ''}`,
    `OpenAPI document: ${scan.openapi ? `${scan.openapi}${scan.openapiRoutes ? ` (${scan.openapiRoutes.length} operations)` : ''}` : 'none found'}`,
    `routes in the code: ${scan.routes.length}${styles ? ` (${styles})` : ''}${listed.length ? `; ${listed.length} listed under api.routes${scan.openapi ? ' (not in the OpenAPI document)' : ''}` : ''}`,
    `login: ${scan.login ? `${scan.login.route.method} ${scan.login.route.path} (${scan.login.route.source})${scan.login.token ? `, token in ${scan.login.token.from} "${scan.login.token.path}" (a guess: confirm)` : ', token location not found'}` : 'no login route recognised'}`,
    `environment variables read by the code: ${appEnv.length}${scan.ciOnlyEnv.length ? `; ${scan.ciOnlyEnv.length} read only by CI (${scan.ciOnlyEnv.slice(0, 6).join(', ')})` : ''}`,
    `env example: ${scan.envExample ? `${scan.envExample} (${scan.exampleNames.length} names)` : 'none found'}`,
    `public hosts in deploy config: ${remote.length ? remote.map((h) => `${h.host} (${h.source})`).join(', ') : 'none found'}`,
  ];
  const L: string[] = [
    '# yaml-language-server: $schema=./node_modules/launchready/schema/launchready.schema.json',
    `# Starter launchready config written by \`launchready init\`${opts.date ? ` on ${opts.date.toISOString().slice(0, 10)}` : ''}. What it found:`,
    ...found.map((f) => `#   ${f}`),
    `# Nothing but ${TARGET_ENV} (default ${local}, your local app) is contacted until you uncomment a public host you`,
    '# own below. Review every line, then: npx launchready audit --config launchready.yml --format json --output .launchready/report.json',
    'version: 1',
    'project:',
    `  name: ${q(name)}`,
    '  # owner: you@example.com          # who answers for launch risks',
    'gate:',
    '  failOn: high                      # critical or high findings = NO-GO',
    'report:',
    '  dir: .launchready                 # evidence log and reports (git-ignored by init)',
    'repo:',
    '  path: .',
    '  history: true                     # also scan every commit for secrets (CI needs a full-depth checkout)',
  ];
  if (remote.length) {
    L.push('# Domain, TLS, headers and email of the deployed app. CONFIRM BEFORE RUNNING: these hosts come from deploy config;');
    L.push('# uncomment only the ones you own (launchready then contacts them).');
    L.push('# edge:', '#   hosts:');
    for (const h of remote.slice(0, 6)) L.push(`#     - ${q(h.url)}                 # ${h.source}`);
    // the registrable domain (Public Suffix List): my-app.vercel.app is the app's own, never vercel.app
    const apex = apexOf(remote[0]!.host);
    L.push('# email:                            # SPF, DKIM, DMARC of the domain you send mail from', `#   domain: ${apex}`, '#   dkimSelectors: [google, s1]');
  } else {
    L.push('# edge:                             # domain, TLS and headers of the deployed app, once you have one', '#   hosts: ["https://app.example.com"]');
  }
  // An app to talk to: routes, an OpenAPI document or a web framework. Without one (a library, an empty folder) the
  // config is repo-only and says what to add.
  const hasApp = scan.routes.length > 0 || scan.openapi !== undefined || scan.framework !== undefined;
  if (!hasApp) {
    L.push(
      '# No app found (no routes in the code, no OpenAPI document, no web framework in package.json). Once there is one:',
      '# api:',
      `#   baseUrl: ${q(target)}`,
      '# deploy:',
      `#   baseUrl: ${q(target)}`,
      '#   smoke: [{ name: home, url: /, expectStatus: ["2xx", "3xx"] }]',
      'waivers: []                         # accepted risks: { checkId, target, owner, reason, expires: YYYY-MM-DD }',
      '',
    );
    return L.join('\n');
  }
  L.push('api:', `  baseUrl: ${q(target)}`);
  if (scan.openapi) L.push(`  openapi: ${q(scan.openapi)}`);
  else L.push('  # openapi: openapi.yaml           # an OpenAPI document maps routes better than the code reading below');
  if (listed.length) {
    L.push(`  routes:                           # read from the code${scan.openapi ? ', missing from the OpenAPI document' : ''}: keep, edit or delete`);
    for (const r of listed.slice(0, 400)) L.push(`    - { method: ${r.method}, path: ${q(r.path)} }${' '.repeat(Math.max(1, 44 - r.method.length - r.path.length))}# ${r.source}`);
  }
  const loginPath = scan.login?.route.path ?? '/api/login';
  const tok = scan.login?.token;
  const tokenYaml = tok ? `, token: { from: ${tok.from}, path: ${q(tok.path)} }` : '';
  L.push(
    '  identities: []',
    '  # Add two users in different tenants (and an admin) so authorization can be tested:',
    '  # identities:',
    `  #   - { name: alice, tenant: acme, role: member, email: alice@example.com, password: "\${ALICE_PASSWORD}", login: { path: ${loginPath}${tokenYaml} } }`,
    `  #   - { name: bob, tenant: globex, role: member, email: bob@example.com, password: "\${BOB_PASSWORD}", login: { path: ${loginPath}${tokenYaml} } }`,
  );
  const required = [...new Set([...scan.requiredEnv, ...scan.exampleNames])].filter((n) => !scan.ciOnlyEnv.includes(n)).sort();
  const optional = scan.optionalEnv.filter((n) => !required.includes(n));
  L.push('deploy:                             # `launchready gate` in the deploy pipeline', `  baseUrl: ${q(target)}`);
  if (required.length) {
    L.push(`  requiredEnv:                      # read by the app's code without a fallback${scan.envExample ? `, or listed in ${scan.envExample}` : ''}`);
    for (const n of required.slice(0, 80)) L.push(`    - ${n}`);
  } else L.push('  requiredEnv: []');
  if (optional.length) L.push(`  # read with a fallback, or only by build, config and test files (not required): ${optional.slice(0, 40).join(', ')}`);
  if (scan.ciOnlyEnv.length) L.push(`  # read only by CI (secrets of the pipeline, not of the app): ${scan.ciOnlyEnv.join(', ')}`);
  const health = healthRoute(scan);
  const read = readRoute(scan);
  L.push('  smoke:', `    - { name: ${health ? 'health' : 'home'}, url: ${q(health ?? '/')}, expectStatus: ["2xx"${health ? '' : ', "3xx"'}] }`);
  L.push(
    'smoke:                              # `launchready smoke`: critical flows after each deploy',
    `  baseUrl: ${q(target)}`,
    '  variables: { email: "${SMOKE_EMAIL:-}", password: "${SMOKE_PASSWORD:-}" }   # a test account; masked in output',
    '  flows:',
    `    - { name: ${health ? 'health' : 'home'}, kind: home, steps: [{ url: ${q(health ?? '/')} }] }`,
  );
  if (scan.login) {
    const extract = tok?.from === 'cookie' ? `cookie:${tok.path}` : `json:${tok?.path ?? 'token'}`;
    const auth = tok?.from === 'cookie' ? `{ cookie: "${tok.path}={{token}}" }` : '{ authorization: "Bearer {{token}}" }';
    const loginStep = `{ name: login, method: POST, url: ${q(scan.login.route.path)}, json: { email: "{{email}}", password: "{{password}}" }, extract: { token: ${q(extract)} } }`;
    // Commented until a test account exists: a sign-in flow with empty credentials would fail every audit.
    L.push('    # set SMOKE_EMAIL and SMOKE_PASSWORD for a test account, then uncomment:');
    L.push(`    # - { name: sign-in, kind: sign-in, steps: [${loginStep}] }`);
    if (read) L.push(`    # - { name: private-read, kind: private-read, steps: [${loginStep}, { name: read, url: ${q(read)}, headers: ${auth} }] }`);
  }
  const secretNames = scan.env.filter((e) => isSecretLikeName(e.name) && !scan.ciOnlyEnv.includes(e.name)).map((e) => e.name);
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

/** Lines init adds to .gitignore: launchready's report folder and report files never belong in the repo. */
export const GITIGNORE_LINES = ['.launchready/', 'launchready-report.*', 'launchready-secrets.sarif'];

/** Add the missing GITIGNORE_LINES to root/.gitignore; returns the lines added. */
export async function updateGitignore(root: string): Promise<string[]> {
  const file = join(root, '.gitignore');
  let text = '';
  try {
    text = await readFile(file, 'utf8');
  } catch {
    text = '';
  }
  const have = new Set(text.split(/\r?\n/).map((l) => l.trim()));
  const add = GITIGNORE_LINES.filter((l) => !have.has(l) && !have.has(l.replace(/\/$/, '')));
  if (add.length === 0) return [];
  await writeFile(file, `${text}${text && !text.endsWith('\n') ? '\n' : ''}# launchready reports and evidence\n${add.join('\n')}\n`);
  return add;
}

/** Is this CI file one launchready wrote (safe to replace with --force), or the project's own? */
async function ours(file: string): Promise<boolean> {
  try {
    return /Written by `launchready init ci`/.test(await readFile(file, 'utf8'));
  } catch {
    return false;
  }
}

const initCiCommand = defineCommand({
  name: 'ci',
  summary: 'write CI jobs: GitHub Actions workflow and GitLab CI (secret scan on every push, audit of deploy previews)',
  description:
    'GitHub: secret scan of every commit on each push and pull request, SARIF uploaded to code scanning; audit of\n' +
    'the deploy preview when a deployment succeeds, once, as JSON, with HTML and SARIF rendered from that JSON\n' +
    '(`launchready report --from`). GitLab: the same on merge request pipelines (.post stage). Both check out the\n' +
    'whole history (the config scans it) and run the pinned package named by LAUNCHREADY_PKG (default\n' +
    `launchready@${VERSION}; before publication point it at a tarball or a git URL, see docs/init-and-ci.md).\n` +
    'When the project already has a .gitlab-ci.yml of its own, the GitLab jobs go beside it in\n' +
    '.gitlab/launchready.gitlab-ci.yml, to `include:`; nothing of yours is overwritten.\n' +
    'Exit 0 when the files were written; 2 when nothing was written (a file exists without --force, missing folder).',
  positionals: [{ name: 'path', description: 'project folder (default: the current folder)' }],
  flags: {
    force: { type: 'boolean', description: 'overwrite files launchready wrote before' },
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
    const notes: string[] = [];
    if (provider !== 'gitlab') files.push([join(root, '.github', 'workflows', 'launchready.yml'), githubWorkflow({ config })]);
    if (provider !== 'github') {
      const main = join(root, '.gitlab-ci.yml');
      if (existsSync(main) && !(await ours(main))) {
        // The project's own pipeline: never touched. Our jobs go beside it, to be included.
        files.push([join(root, '.gitlab', 'launchready.gitlab-ci.yml'), gitlabCi({ config })]);
        notes.push('your .gitlab-ci.yml is left as it is: add `include: [{ local: .gitlab/launchready.gitlab-ci.yml }]` to it (and a `.post` stage runs by default)');
      } else files.push([main, gitlabCi({ config })]);
    }
    // Refuse before writing anything: never leave half the set written.
    const existing = files.filter(([f]) => existsSync(f)).map(([f]) => relative(ctx.io.cwd, f) || f);
    if (existing.length && !force) {
      const other = provider === 'both' ? (existing.some((e) => e.includes('.github')) ? ' (or --provider gitlab to write only the GitLab jobs)' : ' (or --provider github to write only the GitHub workflow)') : '';
      throw new UsageError(`${existing.join(' and ')} already exist${existing.length === 1 ? 's' : ''}; launchready never overwrites without --force${other}`);
    }
    for (const [f, text] of files) await writeNew(f, text, true, ctx.io.cwd);
    for (const [f] of files) ctx.io.stdout.write(`wrote ${relative(ctx.io.cwd, f) || f}\n`);
    for (const n of notes) ctx.io.stdout.write(`note: ${n}\n`);
    ctx.io.stdout.write(`note: the jobs run ${PKG_DEFAULT} (LAUNCHREADY_PKG); before it is on the registry set LAUNCHREADY_PKG to a tarball or git URL (docs/init-and-ci.md)\n`);
    if (!existsSync(join(root, config))) ctx.io.stdout.write(`note: ${config} does not exist yet; run \`launchready init\` to write a starter config\n`);
    return 0;
  },
});

export const initCommand = defineCommand({
  name: 'init',
  summary: 'write a starter launchready.yml from what it finds in the repo (init ci: CI jobs)',
  description:
    'Reads package.json (framework), the routes in the code (Express, Fastify, Koa, Hono, NestJS, Next.js) and the\n' +
    'OpenAPI document, guesses the login route and where its token is, lists the env names the code reads (CI-only\n' +
    'secrets apart), scaffolds deploy and smoke checks from the health, login and a read route, and writes\n' +
    'launchready.yml targeting LAUNCHREADY_URL (default your local app). Public hosts found in deploy config\n' +
    '(vercel.json, netlify.toml, fly.toml, render.yaml, app.json website, CNAME, homepage) are written commented out:\n' +
    'nothing is contacted until you confirm them. Adds .launchready/ and report files to .gitignore. Values of real\n' +
    'env files are never read. Never overwrites without --force.\n' +
    'Exit 0 when the file was written; 2 when it was not (file exists without --force, missing folder).',
  positionals: [{ name: 'path', description: 'project folder (default: the current folder)' }],
  flags: {
    force: { type: 'boolean', description: 'overwrite an existing config file' },
    output: { type: 'string', short: 'o', valueName: 'FILE', description: 'config file to write, relative to the project', default: 'launchready.yml' },
    stdout: { type: 'boolean', description: 'print the config instead of writing it' },
    'no-gitignore': { type: 'boolean', description: 'do not add .launchready/ and the report files to .gitignore' },
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
    const ignored = flagBool(ctx.flags, 'no-gitignore') ? [] : await updateGitignore(root);
    const remote = scan.hosts.filter((h) => !h.local);
    ctx.io.stdout.write(
      `wrote ${rel}: framework ${scan.framework ?? 'not recognised'}, ${scan.routes.length} routes in the code` +
        `${scan.openapi ? `, OpenAPI ${scan.openapi}` : ''}, login ${scan.login ? `${scan.login.route.method} ${scan.login.route.path}` : 'not found'}, ` +
        `${scan.env.filter((e) => e.usedIn.length && !scan.ciOnlyEnv.includes(e.name)).length} env names read by the code\n` +
        (ignored.length ? `added to .gitignore: ${ignored.join(' ')}\n` : '') +
        (remote.length ? `public hosts found (${remote.map((h) => h.host).join(', ')}) are commented out: confirm you own them before uncommenting\n` : '') +
        `target: ${TARGET_ENV} (default http://localhost:${scan.port ?? 3000}); nothing else is contacted\n` +
        `next: start your app, then \`npx launchready audit --config ${rel} --format json --output .launchready/report.json\`; \`launchready init ci\` adds CI jobs\n`,
    );
    return 0;
  },
});

// ---- CI templates ----------------------------------------------------------------------------------------
// The commands are the contract's (docs: /shared/contract.md) plus `report --from`: `secrets <path> --history
// --format sarif --output FILE` and `audit --config FILE --format json --output FILE` run once; HTML and SARIF of
// the audit are rendered from its JSON (`report --from`), never by re-running it. Exit 1 (NO-GO) fails the job on
// purpose; uploads and renders still run (`if: always()` / `when: always`). The package is pinned: LAUNCHREADY_PKG
// (default launchready@<this version>) is what `npx --package` runs, so a later package taking the name cannot.

export const PKG_DEFAULT = `launchready@${VERSION}`;
const NPX = 'npx --yes --package "$LAUNCHREADY_PKG" launchready';
export const SECRETS_CMD = `${NPX} secrets . --history --format sarif --output launchready-secrets.sarif`;
export function auditCmd(config: string, format: 'json' | 'html' | 'sarif', output: string): string {
  return `${NPX} audit --config ${config} --format ${format} --output ${output}`;
}
/** Render another format from the JSON report; exit 1 (the report says NO-GO) is not a rendering failure. */
export function renderCmd(format: 'html' | 'sarif' | 'markdown', output: string): string {
  return `${NPX} report --from launchready-report.json --format ${format} --output ${output} || test $? -eq 1`;
}

export function githubWorkflow({ config = 'launchready.yml' } = {}): string {
  return `# Written by \`launchready init ci\`. Secret scan on every push (results in Security > Code scanning) and an
# audit of each deploy preview when the deployment succeeds. Exit code 1 = NO-GO fails the job on purpose.
# LAUNCHREADY_PKG pins the package; before launchready is on the registry use a tarball or git URL
# (e.g. "github:your-org/launchready#<commit>"), see docs/init-and-ci.md.
name: launchready
on:
  push:
  pull_request:
  deployment_status:
permissions:
  contents: read
env:
  LAUNCHREADY_PKG: ${PKG_DEFAULT}
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
          fetch-depth: 0
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - name: Audit the deploy preview (once, as JSON)
        run: ${auditCmd(config, 'json', 'launchready-report.json')}
      - name: HTML report for people (rendered from the JSON)
        if: always() && hashFiles('launchready-report.json') != ''
        run: ${renderCmd('html', 'launchready-report.html')}
      - name: SARIF for code scanning (rendered from the JSON)
        if: always() && hashFiles('launchready-report.json') != ''
        run: ${renderCmd('sarif', 'launchready-report.sarif')}
      - name: Upload the audit to GitHub code scanning
        if: always() && hashFiles('launchready-report.sarif') != ''
        uses: github/codeql-action/upload-sarif@v3
        with:
          sarif_file: launchready-report.sarif
          category: launchready-audit
      - name: Keep the reports
        if: always()
        uses: actions/upload-artifact@v4
        with:
          name: launchready-report
          path: |
            launchready-report.json
            launchready-report.html
            launchready-report.sarif
          if-no-files-found: ignore
`;
}

export function gitlabCi({ config = 'launchready.yml' } = {}): string {
  return `# Written by \`launchready init ci\`. Secret scan on every push; audit of the review app on merge request
# pipelines, after the deploy jobs (.post stage). Set ${TARGET_ENV} to the review app URL (for example from the deploy
# job's environment URL via a dotenv artefact). Exit code 1 = NO-GO fails the job on purpose.
# LAUNCHREADY_PKG pins the package; before launchready is on the registry use a tarball or git URL (docs/init-and-ci.md).
variables:
  LAUNCHREADY_PKG: ${PKG_DEFAULT}

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
  variables:
    GIT_DEPTH: "0"
  script:
    - ${auditCmd(config, 'json', 'launchready-report.json')}
  after_script:
    - ${renderCmd('html', 'launchready-report.html')}
    - ${renderCmd('markdown', 'launchready-report.md')}
  artifacts:
    when: always
    paths:
      - launchready-report.json
      - launchready-report.html
      - launchready-report.md
    expire_in: 30 days
  rules:
    - if: '$CI_PIPELINE_SOURCE == "merge_request_event" && $${TARGET_ENV}'
`;
}
