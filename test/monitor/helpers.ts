import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ResolvedMonitor } from '../../src/monitor/types.js';

export function tmpDir(prefix = 'lr-mon-'): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface TestServer {
  url: string;
  port: number;
  server: Server;
  requests: { method: string; url: string; headers: IncomingMessage['headers']; body: string }[];
  close(): Promise<void>;
}

/** A loopback HTTP server on a random port; the handler may be swapped by the test. */
export async function startHttp(handler: (req: IncomingMessage, res: ServerResponse, body: string) => void): Promise<TestServer & { handler: typeof handler }> {
  const requests: TestServer['requests'] = [];
  const s = {} as TestServer & { handler: typeof handler };
  s.handler = handler;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      s.handler(req, res, body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as AddressInfo).port;
  Object.assign(s, {
    url: `http://127.0.0.1:${port}`,
    port,
    server,
    requests,
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  });
  return s;
}

export function mon(p: Partial<ResolvedMonitor> & { id: string }): ResolvedMonitor {
  return {
    type: 'http',
    url: 'http://127.0.0.1/',
    method: 'GET',
    headers: {},
    expectStatus: ['2xx'],
    bodyContains: [],
    bodyNotContains: [],
    expectHeaders: {},
    tags: [],
    public: true,
    name: p.id,
    intervalMs: 60_000,
    timeoutMs: 2000,
    retries: 0,
    retryDelayMs: 1000,
    jitterMs: 0,
    failThreshold: 2,
    recoverThreshold: 1,
    locations: ['local'],
    locationsThreshold: 1,
    slo: 99.9,
    alertChannels: [],
    ...p,
  } as ResolvedMonitor;
}

/** poll until fn returns truthy (real time, bounded) */
export async function until<T>(fn: () => T | Promise<T>, timeoutMs = 10_000, stepMs = 50): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, stepMs));
  }
}
