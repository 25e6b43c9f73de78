#!/usr/bin/env node
// demo-market: the flawed demo API that `npm start` audits, and its fixed twin (`--fixed`).
//   node examples/demo-market/server.js [--fixed] [--port N] [--host H]
// Library use: const { url, close } = await startDemoServer({ fixed: true, port: 0 });
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createApp, FIXED_JWT_SECRET_DEFAULT, WEBHOOK_SECRET_DEFAULT } from './server/app.js';

export { FIXED_JWT_SECRET_DEFAULT, WEBHOOK_SECRET_DEFAULT };

/**
 * Start demo-market on `host:port` (port 0 = random). Resolves once listening.
 * @param {{ fixed?: boolean, port?: number, host?: string, jwtSecret?: string, webhookSecret?: string, slowMs?: number }} [opts]
 * @returns {Promise<{ url: string, port: number, fixed: boolean, app: object, close(): Promise<void> }>}
 */
export async function startDemoServer({ fixed = false, port = 4010, host = '127.0.0.1', ...rest } = {}) {
  const app = createApp({ fixed, ...rest });
  const server = createServer((req, res) => {
    app.handle(req, res).catch((err) => {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(err));
    });
  });
  server.keepAliveTimeout = 5000;
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const addr = server.address();
  const realPort = typeof addr === 'object' && addr ? addr.port : port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${realPort}`;
  app.setBase(url);
  return {
    url,
    port: realPort,
    fixed,
    app,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections?.();
      }),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const fixed = args.includes('--fixed');
  const pi = args.indexOf('--port');
  const hi = args.indexOf('--host');
  const port = pi >= 0 ? Number(args[pi + 1]) : Number(process.env.PORT ?? 4010);
  const host = hi >= 0 ? args[hi + 1] : '127.0.0.1';
  const s = await startDemoServer({ fixed, port, host });
  process.stdout.write(`demo-market (${fixed ? 'fixed twin' : 'flawed'}) listening on ${s.url}\n`);
  const stop = () => s.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
