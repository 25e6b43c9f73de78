/**
 * bench/init: how well `launchready init` reads apps nobody here wrote. Not a test; prints figures.
 *
 *   INIT_REALWORLD=/path/a:/path/b  checked-out RealWorld ("Conduit") back ends; each must serve the 19 endpoints of
 *                                   the RealWorld API spec, so route recall is measured against that list
 *   JUICE_SHOP_SRC=/path            a checkout of OWASP Juice Shop: recall against its `app.METHOD('/…')` lines
 *
 * Get the sources with the search tool's `fetch` (a bare git dir) and `git --git-dir=… archive HEAD | tar -x`.
 * Also times the scan (files per second) on each.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { scanProject } from '../../src/cli/commands/project-scan.js';

const SPEC = ['POST /api/users/login', 'POST /api/users', 'GET /api/user', 'PUT /api/user', 'GET /api/profiles/{}', 'POST /api/profiles/{}/follow', 'DELETE /api/profiles/{}/follow', 'GET /api/articles', 'GET /api/articles/feed', 'GET /api/articles/{}', 'POST /api/articles', 'PUT /api/articles/{}', 'DELETE /api/articles/{}', 'POST /api/articles/{}/comments', 'GET /api/articles/{}/comments', 'DELETE /api/articles/{}/comments/{}', 'POST /api/articles/{}/favorite', 'DELETE /api/articles/{}/favorite', 'GET /api/tags'];
const norm = (m: string, p: string) => `${m} ${p.replace(/\{[^}]+\}/g, '{}')}`;

const realworld = (process.env.INIT_REALWORLD ?? '').split(':').filter(Boolean);
const juice = process.env.JUICE_SHOP_SRC;
if (!realworld.length && !juice) {
  console.log('set INIT_REALWORLD (colon-separated RealWorld back-end checkouts) and/or JUICE_SHOP_SRC to measure; nothing to do');
  process.exit(0);
}
for (const dir of realworld) {
  const t0 = performance.now();
  const scan = await scanProject(dir);
  const ms = performance.now() - t0;
  const got = new Set(scan.routes.map((r) => norm(r.method, r.path)));
  const found = SPEC.filter((s) => got.has(s));
  console.log(`${basename(dir)}: spec routes ${found.length}/${SPEC.length}, ${scan.routes.length} routes read, login ${scan.login ? `${scan.login.route.method} ${scan.login.route.path} token ${scan.login.token ? `${scan.login.token.from}:${scan.login.token.path}` : 'not found'}` : 'not found'}; ${scan.filesScanned} files in ${ms.toFixed(0)} ms`);
  const missed = SPEC.filter((s) => !got.has(s));
  if (missed.length) console.log(`  missed: ${missed.join(', ')}`);
}
if (juice) {
  const t0 = performance.now();
  const scan = await scanProject(juice);
  const ms = performance.now() - t0;
  const got = new Set(scan.routes.map((r) => norm(r.method, r.path)));
  const truth = new Set<string>();
  for (const line of readFileSync(join(juice, 'server.ts'), 'utf8').split('\n')) {
    const m = /^\s*app\.(get|post|put|patch|delete)\(\s*'(\/[^']*)'/.exec(line);
    if (m) truth.add(norm(m[1]!.toUpperCase(), m[2]!.replace(/:(\w+)/g, '{$1}')));
  }
  const found = [...truth].filter((t) => got.has(t));
  console.log(`juice-shop: app.METHOD routes ${found.length}/${truth.size}, ${scan.routes.length} routes read in all, login ${scan.login?.route.path ?? 'not found'} token ${scan.login?.token ? `${scan.login.token.from}:${scan.login.token.path}` : 'not found'}, required env ${scan.requiredEnv.length}, CI-only ${scan.ciOnlyEnv.length}; ${scan.filesScanned} files in ${ms.toFixed(0)} ms`);
}
