import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A small JSON API that dies on one malformed input (test/api/liveness.test.ts): a POST body that is not valid JSON
 * makes it drop the connection and stop listening, as a Node process does on an uncaught exception in a body
 * parser. With `restartAfterMs` it listens again on the same port after that delay (a supervisor's restart).
 * GET /api/tools/purge-cache?confirm=... is a state-changing GET that must never be called.
 */
export const LIVENESS_OPENAPI = {
  openapi: '3.0.3',
  info: { title: 'Fragile API', version: '1' },
  components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
  security: [{ bearer: [] }],
  paths: {
    '/api/health': { get: { security: [], responses: { '200': { description: 'ok' } } } },
    '/api/notes': {
      get: { responses: { '200': { description: 'notes' } } },
      post: { requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { text: { type: 'string' } } } } } }, responses: { '201': { description: 'created' } } },
    },
    '/api/notes/{noteId}': { get: { parameters: [{ name: 'noteId', in: 'path', required: true, schema: { type: 'string' } }], responses: { '200': { description: 'a note' } } } },
    '/api/tools/purge-cache': { get: { parameters: [{ name: 'confirm', in: 'query', required: true, schema: { type: 'string' } }], responses: { '200': { description: 'purged' } } } },
  },
};

export const LIVENESS_USERS = [
  { name: 'ann', tenant: 't1', token: 'tok-ann-0123456789' },
  { name: 'bob', tenant: 't2', token: 'tok-bob-0123456789' },
];

export interface FragileApp {
  url: string;
  port: number;
  hits: string[];
  crashed: number;
  close(): Promise<void>;
}

export async function startFragile(opts: { restartAfterMs?: number } = {}): Promise<FragileApp> {
  const notes: Record<string, { id: string; owner: string; text: string }> = {
    n1: { id: 'n1', owner: 'ann', text: 'ann note' },
    n2: { id: 'n2', owner: 'bob', text: 'bob note' },
  };
  const sockets = new Set<Socket>();
  let server: Server;
  let closed = false;
  const app: FragileApp = { url: '', port: 0, hits: [], crashed: 0, close: async () => undefined };
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x');
    app.hits.push(`${req.method} ${url.pathname}`);
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const user = LIVENESS_USERS.find((u) => req.headers.authorization === `Bearer ${u.token}`);
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      if (url.pathname === '/' || url.pathname === '/api/health') return send(200, { ok: true });
      if (req.method === 'POST' && raw) {
        try {
          JSON.parse(raw);
        } catch {
          // The crash: the connection drops without an answer and the port stops listening.
          app.crashed++;
          req.socket.destroy();
          for (const s of sockets) s.destroy();
          server.close();
          if (opts.restartAfterMs !== undefined && !closed) setTimeout(() => void listen(app.port), opts.restartAfterMs);
          return;
        }
      }
      if (!user) return send(401, { error: 'unauthorized' });
      if (url.pathname === '/api/notes' && req.method === 'GET') return send(200, { data: Object.values(notes).filter((n) => n.owner === user.name) });
      if (url.pathname === '/api/notes' && req.method === 'POST') return send(201, { data: { id: 'n3', owner: user.name } });
      const m = /^\/api\/notes\/([^/]+)$/.exec(url.pathname);
      if (m && req.method === 'GET') {
        const n = notes[m[1]!];
        return n && n.owner === user.name ? send(200, { data: n }) : send(404, { error: 'not found' });
      }
      if (url.pathname === '/api/tools/purge-cache') return send(200, { purged: true });
      send(404, { error: 'not found' });
    });
  };
  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server = createServer(handler);
      server.on('connection', (s) => {
        sockets.add(s);
        s.on('close', () => sockets.delete(s));
      });
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
  await listen(0);
  app.port = (server!.address() as AddressInfo).port;
  app.url = `http://127.0.0.1:${app.port}`;
  app.close = async () => {
    closed = true;
    for (const s of sockets) s.destroy();
    await new Promise<void>((r) => (server.listening ? server.close(() => r()) : r()));
  };
  return app;
}

export function fragileConfig(url: string, openapiFile: string, reportDir: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    version: 1,
    report: { dir: reportDir },
    network: { budget: 3000, rate: 500, timeoutMs: 3000 },
    api: {
      baseUrl: url,
      openapi: openapiFile,
      allowWrites: true,
      identities: LIVENESS_USERS.map((u) => ({ name: u.name, tenant: u.tenant, role: 'member', bearer: u.token })),
      latency: { samples: 3, maxRoutes: 2 },
      rateLimit: { burst: 5 },
      ...extra,
    },
  };
}
