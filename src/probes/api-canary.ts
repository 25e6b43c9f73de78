import { createServer, type Server } from 'node:http';
import { randomBytes } from 'node:crypto';

/**
 * A loopback HTTP listener that SSRF probes point URL fields at. The target contacting it (with the unique
 * token in the path) proves the server fetched a URL it was given. It only listens on loopback and only
 * records; it never proxies anything.
 */
export interface CanaryHit {
  token: string;
  method: string;
  path: string;
  userAgent?: string;
  remote?: string;
  at: number;
}

export class Canary {
  private server: Server | null = null;
  private port = 0;
  private readonly hits: CanaryHit[] = [];
  private readonly waiters = new Map<string, (h: CanaryHit) => void>();
  /** bodies served per token (the ai stage's indirect-injection pages); others get an empty image */
  private readonly pages = new Map<string, { body: string; contentType: string }>();

  constructor(private readonly host = '127.0.0.1') {}

  async start(): Promise<this> {
    if (this.server) return this;
    const server = createServer((req, res) => {
      const path = req.url ?? '/';
      const token = /\/lr-canary\/([a-z0-9]+)/.exec(path)?.[1] ?? '';
      const hit: CanaryHit = { token, method: req.method ?? 'GET', path, at: Date.now(), ...(req.headers['user-agent'] ? { userAgent: String(req.headers['user-agent']) } : {}), ...(req.socket.remoteAddress ? { remote: req.socket.remoteAddress } : {}) };
      this.hits.push(hit);
      this.waiters.get(token)?.(hit);
      req.resume();
      const page = this.pages.get(token);
      res.writeHead(200, { 'content-type': page?.contentType ?? 'image/png', connection: 'close' });
      res.end(page?.body);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, this.host, () => resolve());
    });
    const addr = server.address();
    this.port = typeof addr === 'object' && addr ? addr.port : 0;
    server.unref();
    this.server = server;
    return this;
  }

  /** Serve `body` at every URL of this token (a page the target fetches and its model reads). */
  page(token: string, body: string, contentType = 'text/html; charset=utf-8'): void {
    this.pages.set(token, { body, contentType });
  }

  newToken(): string {
    return randomBytes(6).toString('hex');
  }

  url(token: string, path = 'x.png'): string {
    return `http://${this.host}:${this.port}/lr-canary/${token}/${path}`;
  }

  /** Resolves with the hit, or undefined after `ms`. */
  waitFor(token: string, ms: number): Promise<CanaryHit | undefined> {
    const seen = this.hits.find((h) => h.token === token);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => {
      const t = setTimeout(() => {
        this.waiters.delete(token);
        resolve(undefined);
      }, ms);
      this.waiters.set(token, (h) => {
        clearTimeout(t);
        this.waiters.delete(token);
        resolve(h);
      });
    });
  }

  async close(): Promise<void> {
    const s = this.server;
    this.server = null;
    if (!s) return;
    await new Promise<void>((resolve) => {
      s.close(() => resolve());
      s.closeAllConnections?.();
    });
  }
}
