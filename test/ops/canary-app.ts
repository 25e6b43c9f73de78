import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A tiny loopback app for the canary: home page, sign-in, a private read, a write that can be undone and a
 * password-reset request. Variants: 'ok', 'broken' (a bad deploy: sign-in returns 500), 'waf' (a
 * Cloudflare-style challenge on the API), 'undo-broken' (DELETE fails, the write stays).
 */
export type Variant = 'ok' | 'broken' | 'waf' | 'undo-broken';

export interface CanaryApp {
  url: string;
  notes: Map<string, string>;
  close(): Promise<void>;
}

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let s = '';
    req.on('data', (c: Buffer) => (s += c.toString()));
    req.on('end', () => resolve(s));
  });
}

export async function startCanaryApp(variant: Variant): Promise<CanaryApp> {
  const notes = new Map<string, string>();
  const token = 'session-' + 'a1b2c3d4e5f6a7b8c9d0';
  let n = 0;
  const server: Server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const json = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(data));
    };
    const raw = await body(req);
    if (variant === 'waf' && url.pathname.startsWith('/api/')) {
      res.writeHead(403, { 'content-type': 'text/html', server: 'cloudflare', 'cf-ray': '8c1f-AMS', 'cf-mitigated': 'challenge' });
      return res.end('<!DOCTYPE html><title>Just a moment...</title><script src="/cdn-cgi/challenge-platform/h/b/orchestrate/jsch/v1"></script>');
    }
    if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html' });
      return res.end('<h1>Demo shop</h1>');
    }
    if (url.pathname === '/api/login' && req.method === 'POST') {
      if (variant === 'broken') return json(500, { error: 'internal' });
      const b = JSON.parse(raw || '{}') as { email?: string; password?: string };
      if (b.password !== 'canary-Pass-1') return json(401, { error: 'bad credentials' });
      return json(200, { token }, { 'set-cookie': `sid=${token}; HttpOnly; Path=/` });
    }
    const authed = req.headers.authorization === `Bearer ${token}`;
    if (url.pathname === '/api/me') return authed ? json(200, { id: 'u1', email: 'canary@shop.test' }) : json(401, { error: 'login' });
    if (url.pathname === '/api/notes' && req.method === 'POST') {
      if (!authed) return json(401, { error: 'login' });
      const id = `note_${++n}`;
      notes.set(id, raw);
      return json(201, { id });
    }
    const m = /^\/api\/notes\/([\w]+)$/.exec(url.pathname);
    if (m && req.method === 'DELETE') {
      if (variant === 'undo-broken') return json(500, { error: 'oops' });
      notes.delete(m[1]!);
      res.writeHead(204);
      return res.end();
    }
    if (url.pathname === '/api/password-reset' && req.method === 'POST') return json(202, { ok: true });
    json(404, { error: 'not found' });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    notes,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** The smoke config for the canary app (YAML), with the five critical flows. */
export function canaryConfig(url: string): string {
  return `version: 1
smoke:
  baseUrl: ${url}
  maxMs: 60000
  variables: { email: canary@shop.test, password: canary-Pass-1 }
  flows:
    - name: home
      kind: home
      steps: [{ path: /, bodyContains: [Demo shop] }]
    - name: sign-in
      kind: sign-in
      steps: [{ method: POST, path: /api/login, json: { email: '{{email}}', password: '{{password}}' }, expectStatus: [200], extract: { token: 'json:token' } }]
    - name: private-read
      kind: private-read
      steps:
        - { method: POST, path: /api/login, json: { email: '{{email}}', password: '{{password}}' }, expectStatus: [200], extract: { token: 'json:token' } }
        - { path: /api/me, headers: { authorization: 'Bearer {{token}}' }, expectStatus: [200], bodyContains: ['{{email}}'] }
    - name: write
      kind: write
      steps:
        - { method: POST, path: /api/login, json: { email: '{{email}}', password: '{{password}}' }, expectStatus: [200], extract: { token: 'json:token' } }
        - { method: POST, path: /api/notes, headers: { authorization: 'Bearer {{token}}' }, json: { text: canary }, expectStatus: [201], extract: { noteId: 'json:id' } }
      undo:
        - { method: DELETE, path: '/api/notes/{{noteId}}', headers: { authorization: 'Bearer {{token}}' }, expectStatus: [204] }
    - name: password-reset
      kind: password-reset
      steps: [{ method: POST, path: /api/password-reset, json: { email: '{{email}}' }, expectStatus: ['2xx'] }]
`;
}
