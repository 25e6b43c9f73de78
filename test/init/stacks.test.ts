import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { main } from '../../src/cli/main.js';
import { validateConfig } from '../../src/core/config/validate.js';
import { testIo } from '../helpers.js';
import { STACKS, writeStack, type Stack } from './stacks.js';

/**
 * Issue 18: `launchready init` on fixture repositories of four stacks (Express, Next.js, NestJS, Fastify). The
 * written config must list every route of the code, guess the login route and its token, require the env names the
 * code reads (CI-only secrets apart), contact nothing public, and audit "the app" (a loopback server answering the
 * same routes) with every route found in the API model. The route recall is printed per stack.
 */

let base = '';
before(async () => {
  base = await mkdtemp(join(tmpdir(), 'lr-stacks-'));
});
after(async () => {
  if (base) await rm(base, { recursive: true, force: true });
});

/** "The app": answers every route of the stack (200 JSON; 401 without a cookie or bearer on non-public ones). */
async function serve(s: Stack): Promise<{ url: string; seen: Set<string>; close(): Promise<void> }> {
  const seen = new Set<string>();
  const patterns = s.routes.map((r) => {
    const [method, path] = r.split(' ') as [string, string];
    return { method, path, re: new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+').replace(/\./g, '\\.')}$`) };
  });
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const hit = patterns.find((p) => p.method === req.method && p.re.test(path));
    if (hit) seen.add(`${hit.method} ${hit.path}`);
    req.resume();
    res.setHeader('content-type', 'application/json');
    if (!hit) return void res.writeHead(404).end('{"error":"not found"}');
    const open = /health|status|login|session|newsletter|webhooks|auth/.test(hit.path);
    if (!open && !req.headers.authorization && !req.headers.cookie) return void res.writeHead(401).end('{"error":"unauthorized"}');
    res.writeHead(200).end('{"ok":true}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, close: () => new Promise<void>((r) => server.close(() => r())) };
}

for (const s of STACKS) {
  test(`init on ${s.name}: every route found, login and token guessed, env from the code, nothing public contacted, and the config audits the app`, { timeout: 120_000 }, async (t) => {
    const dir = join(base, s.name);
    writeStack(dir, s);
    const io = testIo({}, dir);
    assert.equal(await main(['init'], io), 0, io.err.text);
    const text = await readFile(join(dir, 'launchready.yml'), 'utf8');
    const config = validateConfig(parse(text), 'launchready.yml', {});
    const listed = (config.api?.routes ?? []).map((r) => `${r.method} ${r.path}`);
    const found = s.routes.filter((r) => listed.includes(r));
    t.diagnostic(`${s.name}: route recall ${found.length}/${s.routes.length} (${((100 * found.length) / s.routes.length).toFixed(0)}%), ${listed.length - found.length} extra`);
    assert.deepEqual(s.routes.filter((r) => !listed.includes(r)), [], 'routes the config misses');
    assert.equal(listed.length, s.routes.length, `no invented routes: ${listed.join(', ')}`);
    // login: the route and the token place, in the commented identities and the smoke flows
    if (s.login) {
      assert.match(text, new RegExp(`login: \\{ path: ${s.login.path.replace(/\//g, '\\/')}, token: \\{ from: ${s.login.token.from}, path: "${s.login.token.path}" \\}`));
    }
    // env: what the code reads is required; CI-only secrets are kept apart
    for (const n of s.env) assert.ok(config.deploy?.requiredEnv.includes(n), `requiredEnv lacks ${n}`);
    // read with a fallback or only behind a guard: optional, named in a comment, not required
    if (s.name === 'express-shop') {
      assert.ok(!config.deploy?.requiredEnv.includes('LOG_LEVEL'));
      assert.match(text, /not required\): LOG_LEVEL/);
    }
    for (const n of s.ciOnly) {
      assert.ok(!config.deploy?.requiredEnv.includes(n), `CI-only ${n} is not an app variable`);
      assert.match(text, new RegExp(`read only by CI.*${n}`));
    }
    // nothing public is active: only LAUNCHREADY_URL (default localhost)
    assert.equal(config.edge, undefined);
    assert.match(config.api!.baseUrl, /^http:\/\/localhost:\d+$/);
    assert.ok(!/raw\.githubusercontent\.com/.test(text), 'hosts come from deploy config only (not app.json logo)');
    // the config audits the app: every route found is in the API model, and reached
    const app = await serve(s);
    try {
      const out = join(dir, '.launchready', 'report.json');
      const io2 = testIo({ LAUNCHREADY_URL: app.url }, dir);
      const code = await main(['api', '--config', 'launchready.yml', '--format', 'json', '--output', out], io2);
      assert.ok(code === 0 || code === 1, `api ran (exit ${code}): ${io2.err.text}`);
      const report = JSON.parse(await readFile(out, 'utf8')) as { target: { api?: { routes: number } } };
      assert.ok((report.target.api?.routes ?? 0) >= s.routes.length, `the API model holds every route (${report.target.api?.routes})`);
      const reached = s.routes.filter((r) => app.seen.has(r));
      t.diagnostic(`${s.name}: routes reached by the audit ${reached.length}/${s.routes.length}`);
      // A guest-only first audit without allowWrites reads: every GET route without a path parameter is reached.
      const reads = s.routes.filter((r) => r.startsWith('GET ') && !r.includes('{'));
      assert.deepEqual(reads.filter((r) => !app.seen.has(r)), [], 'plain read routes the audit never reached');
    } finally {
      await app.close();
    }
  });
}
