#!/usr/bin/env node
// Starts every piece of the demo: the marketplace API (server.js) and, where present, its edge (DNS + HTTPS
// in front, edge/index.js). Returns the env vars the demo configs interpolate (DEMO_URL, ...).
//   node examples/demo-market/index.js [--fixed] [--port 4010] [--random-ports]
// then, in another terminal (no exports needed: the configs' defaults are the standalone ports and CA file):
//   npx launchready audit --config examples/demo-market/launchready.yml          (flawed: NO-GO)
//   npx launchready audit --config examples/demo-market/launchready.fixed.yml    (with --fixed: GO)
// Standalone, the edge listens on the ports the configs default to (DNS 4053 UDP+TCP, HTTPS 4443, HTTP 4080)
// and the demo CA is copied to examples/demo-market/.demo/ca.pem; --random-ports picks free ports instead
// (then export the printed variables). `npm start` and the tests always use random ports.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const STANDALONE = { dnsPort: 4053, httpsPort: 4443, edgeHttpPort: 4080 };

/**
 * npm never packs a file named .gitignore, so an npm install of launchready has each repo twin's rules only under
 * the name `gitignore` (a tracked copy; test/package.test.ts keeps the two equal). The repo audit judges the
 * .gitignore itself (repo/env-not-ignored), so it is put back before the demo runs.
 */
function restoreGitignores() {
  for (const twin of ['repo-flawed', 'repo-fixed']) {
    const dir = join(dirname(fileURLToPath(import.meta.url)), twin);
    if (existsSync(join(dir, '.gitignore')) || !existsSync(join(dir, 'gitignore'))) continue;
    try {
      copyFileSync(join(dir, 'gitignore'), join(dir, '.gitignore'));
    } catch (err) {
      // a read-only install: the audit still runs, and repo/env-not-ignored reports the missing file
      process.stderr.write(`demo: cannot write ${join(dir, '.gitignore')} (${err.code ?? err.message}); the repo audit will miss it\n`);
    }
  }
}

export async function startDemo({ fixed = false, port = 4010, edgePorts = {}, caFile } = {}) {
  restoreGitignores();
  const { startDemoServer } = await import('./server.js');
  const server = await startDemoServer({ fixed, port });
  const env = { DEMO_URL: server.url };
  const urls = { app: server.url };
  let edge;
  try {
    const mod = await import('./edge/index.js');
    edge = await mod.startDemoEdge({ fixed, httpPort: server.port, ...edgePorts });
    Object.assign(env, edge.env ?? {});
    if (caFile && env.DEMO_CA_FILE) {
      mkdirSync(dirname(caFile), { recursive: true });
      copyFileSync(env.DEMO_CA_FILE, caFile);
      env.DEMO_CA_FILE = caFile;
    }
    Object.assign(urls, edge.urls ?? {});
  } catch (err) {
    if (err?.code !== 'ERR_MODULE_NOT_FOUND' || !String(err.message).includes('edge')) {
      await server.close();
      throw err;
    }
  }
  return {
    env,
    urls,
    async close() {
      await edge?.close?.();
      await server.close();
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const fixed = process.argv.includes('--fixed');
  const i = process.argv.indexOf('--port');
  const port = i > 0 ? Number(process.argv[i + 1]) : 4010;
  const random = process.argv.includes('--random-ports');
  const here = dirname(fileURLToPath(import.meta.url));
  const demo = await startDemo({ fixed, port, ...(random ? {} : { edgePorts: STANDALONE, caFile: join(here, '.demo', 'ca.pem') }) });
  console.log(`demo-market ${fixed ? '(fixed twin)' : '(flawed)'} running:`);
  for (const [k, v] of Object.entries(demo.urls)) console.log(`  ${k}: ${v}`);
  for (const [k, v] of Object.entries(demo.env)) console.log(`  export ${k}=${v}`);
  const stop = async () => {
    await demo.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
