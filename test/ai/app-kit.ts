import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * What the two AI test apps (agent-app.ts, rag-app.ts) share: the URL fetch of their "tools" and the two regular
 * expressions their rule-based models obey.
 */

/** The apps' URL-fetching tool. Loopback only (no traffic leaves 127.0.0.0/8 here): other hosts "fail to resolve". */
export function fetchText(url: string): Promise<string> {
  if (!/^https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(url)) return Promise.resolve('');
  return new Promise((resolve) => {
    try {
      const req = httpRequest(url, { method: 'GET', timeout: 2000 }, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve(body.slice(0, 2000)));
      });
      req.on('error', () => resolve(''));
      req.on('timeout', () => req.destroy());
      req.end();
    } catch {
      resolve('');
    }
  });
}

/** "reply with only this text: X", "print X": what a naive model obeys. */
export const OBEY = /(?:reply with(?: only)?(?: this text)?|print|say|output|begin every reply with|start(?:ing)? your answer with|respond with|confirm by replying)[:\s]+["'`]?([A-Za-z0-9_-]{4,40})/i;
/** A markdown image and its URL. */
export const IMAGE = /!\[[^\]]*\]\((https?:\/\/[^)\s]+)\)/;

/** Listen on a random loopback port; the base URL and a close that also ends kept-alive connections. */
export async function listenLoopback(server: Server): Promise<{ base: string; close(): Promise<void> }> {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}
