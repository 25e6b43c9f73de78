// bench/juiceshop (issue 12, "Must show"): audits OWASP Juice Shop 19.2.1, third-party code, with the compiled
// `launchready api` CLI and a config written from docs/api.md as a new user would, then scores the report against
// Juice Shop's own challenge list (data/static/challenges.yml) for the challenges a black-box API scanner can detect.
// Not CI: it installs Juice Shop's dependencies with npm (minutes the first time) and runs it on loopback.
//
//   npm run build && JUICE_SHOP_SRC=<juice-shop checkout or bare git dir> npm run bench -- juiceshop
//
// JUICE_SHOP_SRC: a local copy of https://github.com/juice-shop/juice-shop. A bare git directory (e.g. the one the
//   `fetch` tool leaves under /work/.mirror/juice-shop+juice-shop/repo) is exported at tag v19.2.1 with
//   `git archive` (blobs missing from a partial clone, only large media, are left out); a checked-out tree is copied.
// JUICE_SHOP_WORK: where it is installed (default <tmp>/lr-juiceshop-19.2.1; reused by later runs).
// JUICE_SHOP_RESTART=0: do not restart Juice Shop when it crashes (default: restart, like a process manager).
// LAUNCHREADY_BENCH_OUT: also write the figures as JSON to this file.
//
// The selection rule, the mapping table and the reasons for every excluded challenge are in docs/bench-juiceshop.md;
// the table below is the same one, as code. Figures only: this bench asserts nothing.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { appendFileSync, copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml, stringify as toYaml } from 'yaml';
import type { Finding, Report } from '../../src/core/types.js';
import { packageRoot } from '../../src/probes/package-root.js';

const ROOT = packageRoot();
const VERSION = '19.2.1';
const TAG = `v${VERSION}`;
const log = (s: string) => console.log(s);

// ---------------------------------------------------------------------------------------------------------------
// The mapping table: detectable flaw → the challenges it demonstrates → the finding that counts as detecting it.
// A finding counts when its check id matches, its status is fail or warn, and its location names one of the routes
// (or any route when none is given). Families that had no check id when this bench was written (injection,
// state-changing GET, password policy, algorithm confusion) match by pattern.
// ---------------------------------------------------------------------------------------------------------------
export interface JuiceFlaw {
  id: string;
  challenges: string[];
  checkId: RegExp;
  paths?: RegExp;
  messageId?: RegExp;
  field?: string;
  /** the finding's data.field must match (a field path such as data[].User.password) */
  fieldRe?: RegExp;
  what: string;
}

export const JUICE_FLAWS: JuiceFlaw[] = [
  { id: 'sqli-search', challenges: ['unionSqlInjectionChallenge', 'dbSchemaChallenge', 'christmasSpecialChallenge'], checkId: /inject|sqli/, paths: /^\/rest\/products\/search/, what: 'q of GET /rest/products/search is concatenated into SQL (SQLite error text, UNION works)' },
  { id: 'sqli-login', challenges: ['loginAdminChallenge', 'loginBenderChallenge', 'loginJimChallenge', 'ephemeralAccountantChallenge', 'ghostLoginChallenge'], checkId: /inject|sqli/, paths: /^\/rest\/user\/login/, what: 'email of POST /rest/user/login is concatenated into SQL (\' OR 1=1-- logs in)' },
  { id: 'nosql-sleep', challenges: ['noSqlCommandChallenge'], checkId: /inject|nosql/, paths: /^\/rest\/products\/[^/]+\/reviews/, what: 'the product id of GET /rest/products/{id}/reviews goes into a MongoDB $where (sleep() works)' },
  { id: 'nosql-orders', challenges: ['noSqlOrdersChallenge'], checkId: /inject|nosql/, paths: /^\/rest\/track-order\//, what: 'the order id of GET /rest/track-order/{id} goes into a $where (\' || true || \' lists every order)' },
  { id: 'nosql-reviews', challenges: ['noSqlReviewsChallenge'], checkId: /inject|nosql|mass-assignment|bola/, paths: /^\/rest\/products\/reviews/, what: 'PATCH /rest/products/reviews takes {id: {$ne: -1}} and updates every review' },
  { id: 'password-hash', challenges: ['passwordHashLeakChallenge'], checkId: /^api\/sensitive-fields$/, messageId: /passwordHash|secretField/, fieldRe: /(^|\.)password(_?hash)?$/i, what: 'user answers carry the MD5 password hash (whoami ?fields=password, /api/Users)' },
  { id: 'users-list-bfla', challenges: ['adminSectionChallenge'], checkId: /^api\/(bfla|bola)$/, paths: /^\/api\/Users(\/|$)/, what: 'the administration page\'s user list GET /api/Users answers any customer' },
  { id: 'register-admin', challenges: ['registerAdminChallenge'], checkId: /^api\/mass-assignment$/, paths: /^\/api\/Users$/, field: 'role', what: 'POST /api/Users keeps role: "admin"' },
  { id: 'error-handling', challenges: ['errorHandlingChallenge'], checkId: /^api\/error-handling$/, what: 'malformed input answers 500 with the Express error page and stack' },
  { id: 'feedback-delete', challenges: ['feedbackChallenge'], checkId: /^api\/(bfla|bola)$/, paths: /^\/api\/Feedbacks\//, what: 'DELETE /api/Feedbacks/{id} (moderation) works for any customer' },
  { id: 'forged-feedback', challenges: ['forgedFeedbackChallenge'], checkId: /^api\/(mass-assignment|bola)$/, paths: /^\/api\/Feedbacks$/, what: 'POST /api/Feedbacks keeps a foreign UserId' },
  { id: 'forged-review', challenges: ['forgedReviewChallenge'], checkId: /^api\/(bola|mass-assignment)$/, paths: /^\/rest\/products\/(reviews|[^/]+\/reviews)/, what: 'reviews: any author on PUT, any review id on PATCH' },
  { id: 'basket-manipulate', challenges: ['basketManipulateChallenge'], checkId: /^api\/(bola|mass-assignment)$/, paths: /^\/api\/BasketItems/, what: 'POST /api/BasketItems puts items into another user\'s BasketId' },
  { id: 'basket-access', challenges: ['basketAccessChallenge'], checkId: /^api\/bola$/, paths: /^\/rest\/basket\//, what: 'GET /rest/basket/{id} answers any basket' },
  { id: 'product-tampering', challenges: ['changeProductChallenge'], checkId: /^api\/(bfla|bola|authn-missing)$/, paths: /^\/api\/Products\//, what: 'PUT /api/Products/{id} has no authorisation at all' },
  { id: 'ssrf', challenges: ['ssrfChallenge'], checkId: /^api\/ssrf$/, paths: /^\/profile\/image\/url/, what: 'POST /profile/image/url fetches any imageUrl' },
  { id: 'change-password-get', challenges: ['changePasswordBenderChallenge'], checkId: /state|unsafe-get|safe-method|get-writes/, paths: /^\/rest\/user\/change-password/, what: 'GET /rest/user/change-password?new=&repeat= changes the password, current optional' },
  { id: 'empty-registration', challenges: ['emptyUserRegistration'], checkId: /password-policy|weak-password|password-strength|signup-password/, paths: /^\/api\/Users$/, what: 'sign-up accepts an empty (or one-character) password' },
  { id: 'directory-listing', challenges: ['directoryListingChallenge'], checkId: /^api\/exposed-debug$/, paths: /^\/ftp\/?$/, what: '/ftp serves a directory listing with confidential documents' },
  { id: 'metrics', challenges: ['exposedMetricsChallenge'], checkId: /^api\/exposed-debug$/, paths: /^\/metrics$/, what: '/metrics (Prometheus) is public' },
  { id: 'jwt-unsigned', challenges: ['jwtUnsignedChallenge'], checkId: /^api\/jwt-alg-none$/, what: 'alg "none" tokens are accepted' },
  { id: 'jwt-confusion', challenges: ['jwtForgedChallenge'], checkId: /confusion|jwt-alg-(hs|key)|jwt-key/, what: 'HS256 tokens signed with the public RSA key (served at /encryptionkeys/jwt.pub) are accepted' },
];

/** Every challenge left out, with the reason (docs/bench-juiceshop.md explains the rule). */
const EXCLUDED: [string, string[]][] = [
  ['XSS: confirming script execution needs a browser; no XSS family in the API checks (issue 12 names none)', ['restfulXssChallenge', 'usernameXssChallenge', 'persistedXssUserChallenge', 'localXssChallenge', 'httpHeaderXssChallenge', 'reflectedXssChallenge', 'persistedXssFeedbackChallenge', 'videoXssChallenge', 'xssBonusChallenge']],
  ['lives in the Angular client or its UI, not in the API', ['scoreBoardChallenge', 'privacyPolicyChallenge', 'closeNotificationsChallenge', 'web3SandboxChallenge', 'extraLanguageChallenge']],
  ['needs outside knowledge, a guessed or researched secret/answer, or a report to the shop: nothing a request can judge', ['loginAmyChallenge', 'loginRapperChallenge', 'loginSupportChallenge', 'weakPasswordChallenge', 'oauthUserPasswordChallenge', 'resetPasswordJimChallenge', 'resetPasswordBenderChallenge', 'resetPasswordBjoernChallenge', 'resetPasswordBjoernOwaspChallenge', 'resetPasswordMortyChallenge', 'resetPasswordUvoginChallenge', 'geoStalkingMetaChallenge', 'geoStalkingVisualChallenge', 'dlpPasswordSprayingChallenge', 'dlpPastebinDataLeakChallenge', 'hiddenImageChallenge', 'tokenSaleChallenge', 'privacyPolicyProofChallenge', 'retrieveBlueprintChallenge', 'leakedApiKeyChallenge', 'supplyChainAttackChallenge', 'typosquattingAngularChallenge', 'typosquattingNpmChallenge', 'knownVulnerableComponentChallenge', 'weirdCryptoChallenge', 'csafChallenge', 'securityPolicyChallenge']],
  ['cryptanalysis or a business rule of this shop (coupons, clock, continue codes): no generic signal', ['forgedCouponChallenge', 'continueCodeChallenge', 'easterEggLevelTwoChallenge', 'premiumPaywallChallenge', 'manipulateClockChallenge', 'negativeOrderChallenge', 'freeDeluxeChallenge', 'zeroStarsChallenge', 'passwordRepeatChallenge', 'dataExportChallenge', 'captchaBypassChallenge', 'timingAttackChallenge', 'web3WalletChallenge', 'nftMintChallenge', 'nftUnlockChallenge', 'bullyChatbotChallenge', 'killChatbotChallenge', 'twoFactorAuthUnsafeSecretStorageChallenge']],
  ['crafted file uploads or code-execution payloads (XXE, YAML bombs, SSTI, RCE, zip slip): outside the API families of issue 12', ['deprecatedInterfaceChallenge', 'xxeFileDisclosureChallenge', 'xxeDosChallenge', 'yamlBombChallenge', 'rceChallenge', 'rceOccupyChallenge', 'sstiChallenge', 'fileWriteChallenge', 'lfrChallenge', 'uploadSizeChallenge', 'uploadTypeChallenge', 'svgInjectionChallenge', 'missingEncodingChallenge']],
  ['shop-specific file names under /ftp and /support/logs, or the null-byte trick (the /ftp listing itself is counted)', ['forgottenDevBackupChallenge', 'forgottenBackupChallenge', 'nullByteChallenge', 'easterEggLevelOneChallenge', 'misplacedSignatureFileChallenge', 'accessLogDisclosureChallenge']],
  ['open redirects, CSRF from another origin and JSONP reads: browser-side, no check family for them', ['redirectChallenge', 'redirectCryptoCurrencyChallenge', 'csrfChallenge', 'emailLeakChallenge']],
  ['the credentials sit in the Angular bundle (main.js); this bench runs the API without the front-end build, so no check can see them', ['exposedCredentialsChallenge']],
];

// ---------------------------------------------------------------------------------------------------------------

function sh(cmd: string, args: string[], cwd: string, o: { allowFail?: boolean; env?: NodeJS.ProcessEnv; input?: Buffer } = {}): { status: number; out: string } {
  const r = spawnSync(cmd, args, { cwd, env: { ...process.env, ...o.env }, input: o.input, maxBuffer: 512 * 1024 * 1024 });
  const out = `${r.stdout?.toString() ?? ''}${r.stderr?.toString() ?? ''}`;
  if (r.status !== 0 && !o.allowFail) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status}):\n${out.slice(-2000)}`);
  return { status: r.status ?? -1, out };
}

function exportSource(src: string, dest: string): void {
  const bare = !existsSync(join(src, 'package.json')) && existsSync(join(src, 'objects')) && existsSync(join(src, 'HEAD'));
  if (!bare) {
    cpSync(src, dest, { recursive: true, filter: (p) => !/[/\\](node_modules|\.git)([/\\]|$)/.test(p.slice(src.length)) });
    return;
  }
  // a partial clone may lack some large media blobs: leave them out of the export instead of failing
  const tree = sh('git', ['--git-dir', src, 'ls-tree', '-r', TAG], ROOT).out.trim().split('\n').map((l) => { const [meta, path] = l.split('\t'); return { sha: meta!.split(' ')[2]!, path: path! }; });
  const check = sh('git', ['--git-dir', src, 'cat-file', '--batch-check'], ROOT, { input: Buffer.from(tree.map((t) => t.sha).join('\n') + '\n') }).out.trim().split('\n');
  const missing = tree.filter((_t, i) => /missing/.test(check[i] ?? '')).map((t) => t.path);
  if (missing.length) log(`  (${missing.length} blobs absent from the local clone, left out: ${missing.join(', ')})`);
  const tar = spawnSync('git', ['--git-dir', src, 'archive', TAG, '--', '.', ...missing.map((m) => `:(exclude)${m}`)], { maxBuffer: 1024 * 1024 * 1024 });
  if (tar.status !== 0 && !tar.stdout?.length) throw new Error(`git archive ${TAG} failed: ${tar.stderr?.toString()}`);
  mkdirSync(dest, { recursive: true });
  sh('tar', ['-x', '-C', dest], ROOT, { input: tar.stdout });
}

/** Install Juice Shop once into `work` (marker file); every deviation from a plain `npm install` is printed. */
function install(src: string, work: string): void {
  const marker = join(work, '.lr-installed');
  if (existsSync(marker)) { log(`Juice Shop ${VERSION} already installed in ${work}`); return; }
  rmSync(work, { recursive: true, force: true });
  log(`exporting ${src} (${TAG}) to ${work}`);
  exportSource(src, work);
  const pkgFile = join(work, 'package.json');
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as { version: string; dependencies: Record<string, string>; devDependencies: Record<string, string> };
  if (pkg.version !== VERSION) log(`  WARNING: package.json says ${pkg.version}, not ${VERSION}`);
  // Deviations forced by this machine (only the npm registry is reachable):
  // - frisby is a devDependency installed from GitHub (API tests only);
  // - juicy-chat-bot ~0.9.0 is not on the registry reachable here; 0.8.0 exports {Bot} instead of a default export.
  delete pkg.devDependencies.frisby;
  const chatbotAvailable = sh('npm', ['view', `juicy-chat-bot@${pkg.dependencies['juicy-chat-bot']}`, 'version'], work, { allowFail: true }).out.trim();
  if (!chatbotAvailable || /E404|ETARGET|No match/.test(chatbotAvailable)) {
    log(`  juicy-chat-bot ${pkg.dependencies['juicy-chat-bot']} not on the registry: using ~0.8.0 (chatbot only)`);
    pkg.dependencies['juicy-chat-bot'] = '~0.8.0';
  }
  writeFileSync(pkgFile, JSON.stringify(pkg, null, 2));
  log('npm install --ignore-scripts (the postinstall builds the Angular client; the API does not need it)');
  sh('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund'], work);
  log('npm rebuild sqlite3 libxmljs2 (native modules: compiled from source when no prebuilt binary is reachable)');
  sh('npm', ['rebuild', 'sqlite3', 'libxmljs2'], work);
  const bot = join(work, 'node_modules', 'juicy-chat-bot', 'index.js');
  if (!/export default|exports\.default/.test(readFileSync(bot, 'utf8'))) appendFileSync(bot, "\nexports.default = exports.Bot\nObject.defineProperty(exports, '__esModule', { value: true })\n");
  log('tsc (npm run build:server; type errors in tests are tolerated like its own script does)');
  sh('npx', ['tsc'], work, { allowFail: true });
  if (!existsSync(join(work, 'build', 'app.js'))) throw new Error('build/app.js was not produced by tsc');
  // Its start-up check wants the Angular build's files; the API is served without them. Assets are copied the way
  // the Angular build copies them (the server rewrites some at start-up).
  const fe = join(work, 'frontend', 'dist', 'frontend');
  if (!existsSync(join(fe, 'main.js'))) {
    log('front end: stub files + copied assets instead of the Angular build (saves ~5 min; only main.js content is missing)');
    mkdirSync(fe, { recursive: true });
    cpSync(join(work, 'frontend', 'src', 'assets'), join(fe, 'assets'), { recursive: true });
    mkdirSync(join(fe, 'assets', 'public', 'videos'), { recursive: true });
    if (!existsSync(join(fe, 'assets', 'public', 'videos', 'owasp_promo.mp4'))) writeFileSync(join(fe, 'assets', 'public', 'videos', 'owasp_promo.mp4'), '');
    writeFileSync(join(fe, 'index.html'), '<!doctype html><html><head><title>OWASP Juice Shop</title><link rel="stylesheet" href="styles.css"></head><body><app-root></app-root><script src="polyfills.js"></script><script src="main.js"></script></body></html>\n');
    for (const f of ['styles.css', 'main.js', 'polyfills.js', 'hacking-instructor-stub.js']) writeFileSync(join(fe, f), '');
  }
  writeFileSync(marker, new Date().toISOString());
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => { const p = (s.address() as { port: number }).port; s.close(() => resolve(p)); });
  });
}

/** Runs Juice Shop and restarts it when it dies (like a process manager), recording every crash and outage. Exported for a manual check of the restart path. */
export class Supervisor {
  child?: ChildProcess;
  crashes: { at: number; code: number | null; tail: string }[] = [];
  down: { from: number; to?: number }[] = [];
  private stopping = false;
  private tail = '';
  constructor(private work: string, readonly port: number, private restart: boolean) {}
  get url(): string { return `http://127.0.0.1:${this.port}`; }
  start(): void {
    this.tail = '';
    const c = spawn(process.execPath, ['build/app'], { cwd: this.work, env: { ...process.env, PORT: String(this.port) }, stdio: ['ignore', 'pipe', 'pipe'] });
    const keep = (d: Buffer) => { this.tail = (this.tail + d.toString()).slice(-3000); };
    c.stdout!.on('data', keep);
    c.stderr!.on('data', keep);
    c.on('exit', (code) => {
      if (this.stopping) return;
      this.crashes.push({ at: Date.now(), code, tail: this.tail.replace(/\x1b\[[0-9;]*m/g, '').split('\n').filter((l) => /\b\w*(Error|Exception)\b|Unhandled|rejection|^\s+at /.test(l)).slice(0, 6).join(' | ') });
      this.down.push({ from: Date.now() });
      if (this.restart) setTimeout(() => { if (!this.stopping) { this.start(); void this.ready(120_000).then(() => { const w = this.down[this.down.length - 1]; if (w && !w.to) w.to = Date.now(); }).catch(() => undefined); } }, 500);
    });
    this.child = c;
  }
  async ready(timeoutMs: number): Promise<void> {
    const t0 = Date.now();
    while (Date.now() - t0 < timeoutMs) {
      try {
        const r = await fetch(`${this.url}/rest/admin/application-version`, { signal: AbortSignal.timeout(2000) });
        if (r.ok && /version/.test(await r.text())) return;
      } catch { /* not up yet */ }
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error(`Juice Shop did not answer on ${this.url} within ${timeoutMs / 1000} s: ${this.tail.slice(-800)}`);
  }
  async stop(): Promise<void> {
    this.stopping = true;
    const c = this.child;
    if (c && c.exitCode === null) { const gone = new Promise((r) => c.once('exit', r)); c.kill('SIGTERM'); await Promise.race([gone, new Promise((r) => setTimeout(r, 5000))]); if (c.exitCode === null) c.kill('SIGKILL'); }
  }
}

async function jpost(url: string, body: unknown): Promise<{ status: number; json: Record<string, any> }> {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  let json: Record<string, any> = {};
  try { json = (await r.json()) as Record<string, any>; } catch { /* not JSON */ }
  return { status: r.status, json };
}

const reported = (f: Finding) => f.status === 'fail' || f.status === 'warn';
const pathOf = (f: Finding) => (f.location?.path ?? (f.location?.url ? new URL(f.location.url).pathname : '')).split('?')[0]!;
const matches = (f: Finding, fl: JuiceFlaw) => fl.checkId.test(f.checkId) && (!fl.paths || fl.paths.test(pathOf(f))) && (!fl.messageId || fl.messageId.test(f.messageId ?? '')) && (!fl.field || f.data?.field === fl.field) && (!fl.fieldRe || fl.fieldRe.test(String(f.data?.field ?? '')));

async function main(): Promise<void> {
  const src = process.env.JUICE_SHOP_SRC;
  if (!src) {
    log('bench/juiceshop: set JUICE_SHOP_SRC to a local copy of the juice-shop repository (checkout or bare git dir); skipped.');
    return;
  }
  const cli = join(ROOT, 'bin', 'launchready.js');
  if (!existsSync(join(ROOT, 'dist', 'src', 'cli'))) throw new Error('dist/ is missing: run npm run build first');
  const work = process.env.JUICE_SHOP_WORK ?? join(tmpdir(), `lr-juiceshop-${VERSION}`);
  const tInstall = Date.now();
  install(src, work);
  log(`install: ${((Date.now() - tInstall) / 1000).toFixed(0)} s`);

  const challenges = parseYaml(readFileSync(join(work, 'data', 'static', 'challenges.yml'), 'utf8')) as { key: string; name: string; category: string; difficulty: number }[];
  const byKey = new Map(challenges.map((c) => [c.key, c]));
  const included = new Set(JUICE_FLAWS.flatMap((f) => f.challenges));
  const excludedKeys = new Map(EXCLUDED.flatMap(([why, keys]) => keys.map((k) => [k, why] as const)));
  const unknown = [...included, ...excludedKeys.keys()].filter((k) => !byKey.has(k));
  const unclassified = challenges.filter((c) => !included.has(c.key) && !excludedKeys.has(c.key));
  if (unknown.length) log(`WARNING: keys in the mapping table that challenges.yml does not have: ${unknown.join(', ')}`);
  if (unclassified.length) log(`WARNING: challenges neither selected nor excluded: ${unclassified.map((c) => c.key).join(', ')}`);

  const sup = new Supervisor(work, await freePort(), process.env.JUICE_SHOP_RESTART !== '0');
  const runDir = join(work, 'lr-run');
  rmSync(runDir, { recursive: true, force: true });
  mkdirSync(runDir, { recursive: true });
  try {
    const tBoot = Date.now();
    sup.start();
    await sup.ready(180_000);
    log(`Juice Shop ${VERSION} up on ${sup.url} after ${((Date.now() - tBoot) / 1000).toFixed(0)} s`);

    // Two customer accounts, signed up the way the shop's registration form does it; the admin from its seed data.
    const people = [
      { name: 'alice', email: 'alice@launchready.test', password: 'Lr-Alice-Bench-2026!' },
      { name: 'bob', email: 'bob@launchready.test', password: 'Lr-Bob-Bench-2026!' },
    ];
    const baskets: Record<string, number> = {};
    for (const p of people) {
      const reg = await jpost(`${sup.url}/api/Users`, { email: p.email, password: p.password, passwordRepeat: p.password, securityQuestion: { id: 1 }, securityAnswer: 'launchready' });
      if (reg.status !== 201) throw new Error(`registering ${p.email}: HTTP ${reg.status} ${JSON.stringify(reg.json).slice(0, 200)}`);
      const login = await jpost(`${sup.url}/rest/user/login`, { email: p.email, password: p.password });
      baskets[p.name] = Number(login.json.authentication?.bid);
    }
    copyFileSync(join(ROOT, 'bench', 'juiceshop', 'openapi.yaml'), join(runDir, 'openapi.yaml'));
    // The config, written from docs/api.md only (see docs/bench-juiceshop.md for each choice).
    const login = { path: '/rest/user/login', token: { from: 'json', path: 'authentication.token' } };
    const config = {
      version: 1,
      report: { dir: './report' },
      api: {
        baseUrl: sup.url,
        openapi: './openapi.yaml',
        allowWrites: true, // a throw-away local copy
        identities: [
          ...people.map((p) => ({ name: p.name, tenant: p.name, role: 'customer', email: p.email, password: p.password, login, objects: { '/rest/basket/{id}': [String(baskets[p.name])] } })),
          { name: 'admin', role: 'admin', email: 'admin@juice-sh.op', password: 'admin123', login }, // seed data (data/static/users.yml)
        ],
        signup: { path: '/api/Users', body: { email: '{{email}}', password: '{{password}}', passwordRepeat: '{{password}}' } },
      },
    };
    writeFileSync(join(runDir, 'launchready.yml'), toYaml(config));

    const t0 = Date.now();
    const run = spawnSync(process.execPath, [cli, 'api', '--config', join(runDir, 'launchready.yml'), '--format', 'json', '--output', join(runDir, 'report.json')], { cwd: runDir, maxBuffer: 256 * 1024 * 1024 });
    const wallMs = Date.now() - t0;
    if (run.status === 2 || !existsSync(join(runDir, 'report.json'))) throw new Error(`launchready api exited ${run.status}: ${run.stderr.toString().slice(-2000)}`);
    const report = JSON.parse(readFileSync(join(runDir, 'report.json'), 'utf8')) as Report;
    const evidenceFile = join(runDir, 'report', 'api-evidence.jsonl');
    const exchanges = existsSync(evidenceFile) ? readFileSync(evidenceFile, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { at: string; checkId: string; error?: string; response?: { status: number } }) : [];

    // --- score ----------------------------------------------------------------------------------------------
    log(`\nOWASP Juice Shop ${VERSION} (third-party code), launchready api exit ${run.status}, decision ${report.decision}`);
    log(`requests ${report.requests}, wall ${(wallMs / 1000).toFixed(1)} s, findings ${JSON.stringify(report.summary)}`);
    let flawsFound = 0;
    let challengesFound = 0;
    const rows: { flaw: string; found: boolean; challenges: string[]; evidence: string }[] = [];
    for (const fl of JUICE_FLAWS) {
      const hits = report.findings.filter((f) => reported(f) && matches(f, fl));
      const found = hits.length > 0;
      let evidence: string;
      if (found) evidence = hits.slice(0, 2).map((f) => `${f.severity} ${f.checkId}:${f.messageId} ${f.location?.method ?? ''} ${pathOf(f)}`).join('; ');
      else {
        // why not: what the matching checks said on this route (or anywhere), else that no check of the family ran
        const family = report.findings.filter((f) => fl.checkId.test(f.checkId));
        const onRoute = family.filter((f) => !fl.paths || fl.paths.test(pathOf(f)));
        const summaries = family.filter((f) => f.status !== 'fail' && f.status !== 'warn');
        const show = (fs: Finding[]) => fs.slice(0, 3).map((f) => `${f.checkId} ${f.status}:${f.messageId} "${(f.message ?? '').slice(0, 110)}"`).join('; ');
        if (onRoute.length) evidence = show(onRoute);
        else if (family.length) evidence = `${[...new Set(family.map((f) => f.checkId))].join(', ')} ran (${family.length} findings) but none names this route${summaries.length ? `; it said: ${show(summaries)}` : ''}`;
        else evidence = `no check matching ${fl.checkId} reported anything (family missing, or no route of it was tested)`;
        // the report's coverage matrix (contract 'coverage'), when the engine writes one: what happened on the route
        const cov = (report as unknown as { coverage?: { routes?: { method: string; path: string; checks: Record<string, string> }[] } }).coverage?.routes ?? [];
        const cells = cov.filter((r) => !fl.paths || fl.paths.test(r.path)).flatMap((r) => Object.entries(r.checks).filter(([id]) => fl.checkId.test(id)).map(([id, st]) => `${r.method} ${r.path} ${id}=${st}`));
        if (cov.length) evidence += ` | coverage: ${cells.slice(0, 4).join(', ') || 'no cell for this route and check'}`;
      }
      if (found) { flawsFound++; challengesFound += fl.challenges.length; }
      rows.push({ flaw: fl.id, found, challenges: fl.challenges, evidence });
      log(`${found ? 'FOUND    ' : 'NOT FOUND'} ${fl.id.padEnd(20)} [${fl.challenges.map((k) => byKey.get(k)?.name ?? k).join(', ')}] — ${evidence}`);
    }
    const nChallenges = JUICE_FLAWS.reduce((s, f) => s + f.challenges.length, 0);
    log(`\nthird-party (Juice Shop ${VERSION}): ${flawsFound}/${JUICE_FLAWS.length} distinct API flaws found, covering ${challengesFound}/${nChallenges} selected challenges (${challenges.length} challenges in challenges.yml, ${excludedKeys.size} excluded with reasons in docs/bench-juiceshop.md)`);
    const extra = report.findings.filter((f) => reported(f) && !JUICE_FLAWS.some((fl) => matches(f, fl)));
    log(`other fail/warn findings (not mapped to a selected challenge): ${extra.length}`);
    for (const f of extra) log(`  ${f.severity.padEnd(8)} ${f.checkId}:${f.messageId} ${f.location?.method ?? ''} ${pathOf(f)}`);
    const errors = report.findings.filter((f) => f.status === 'error');
    log(`status:error findings: ${errors.length}`);
    for (const f of errors) log(`  ${f.checkId}:${f.messageId} ${(f.message ?? '').slice(0, 160)}`);

    // --- liveness: crashes and checks that still said pass ---------------------------------------------------
    log(`\nJuice Shop crashes during the run: ${sup.crashes.length}`);
    for (const c of sup.crashes) log(`  at +${((c.at - t0) / 1000).toFixed(1)} s (exit ${c.code}): ${c.tail.slice(0, 300)}`);
    const passesAfter: string[] = [];
    if (sup.crashes.length) {
      const first = sup.crashes[0]!.at;
      const hit = new Set<string>();
      for (const x of exchanges) {
        const at = Date.parse(x.at);
        const inDown = sup.down.some((w) => at >= w.from - 50 && at <= (w.to ?? Infinity));
        if (at >= first - 50 && (x.error || (inDown && (x.response?.status ?? 0) >= 500))) hit.add(x.checkId);
      }
      for (const f of report.findings) if (f.status === 'pass' && hit.has(f.checkId)) passesAfter.push(`${f.checkId}:${f.messageId} "${(f.message ?? '').slice(0, 120)}"`);
      log(`checks that sent requests into the outage: ${[...hit].join(', ') || 'none'}`);
      log(`checks that still said pass: ${passesAfter.length}`);
      for (const p of passesAfter) log(`  ${p}`);
      const crashFinding = report.findings.filter((f) => reported(f) && /dos|down|crash|liveness|availability|unavailable|health/.test(f.checkId));
      log(`crash reported as a finding: ${crashFinding.length ? crashFinding.map((f) => `${f.checkId}:${f.messageId} ${f.location?.method ?? ''} ${pathOf(f)}`).join('; ') : 'no'}`);
    }
    const out = process.env.LAUNCHREADY_BENCH_OUT;
    if (out) writeFileSync(out, JSON.stringify({ version: VERSION, requests: report.requests, wallMs, decision: report.decision, flawsFound, flaws: JUICE_FLAWS.length, challengesFound, challenges: nChallenges, rows, crashes: sup.crashes.length, passesAfter, errors: errors.length }, null, 2));
  } finally {
    await sup.stop();
  }
}

main().catch((e) => {
  console.error(`bench/juiceshop: ${(e as Error).message}`);
  process.exitCode = 1;
});
