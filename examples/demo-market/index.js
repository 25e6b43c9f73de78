#!/usr/bin/env node
// Starts every piece of the demo: the marketplace API (server.js) and, where present, its edge (DNS + HTTPS
// in front, edge/index.js). Returns the env vars the demo configs interpolate (DEMO_URL, ...).
//   node examples/demo-market/index.js [--fixed] [--port 4010]
// then, in another terminal:
//   npx launchready audit --config examples/demo-market/launchready.yml          (flawed: NO-GO)
//   npx launchready audit --config examples/demo-market/launchready.fixed.yml    (with --fixed: GO)
import { pathToFileURL } from 'node:url';

export async function startDemo({ fixed = false, port = 4010 } = {}) {
  const { startDemoServer } = await import('./server.js');
  const server = await startDemoServer({ fixed, port });
  const env = { DEMO_URL: server.url };
  const urls = { app: server.url };
  let edge;
  try {
    const mod = await import('./edge/index.js');
    edge = await mod.startDemoEdge({ fixed, httpPort: server.port });
    Object.assign(env, edge.env ?? {});
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
  const demo = await startDemo({ fixed, port });
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
