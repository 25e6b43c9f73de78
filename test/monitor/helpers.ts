import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import forge from 'node-forge';
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

/** A self-signed certificate (its own CA) for `host`, valid from `notBefore` for `days` days. */
export function selfSigned(host: string, days: number, notBefore = new Date(Date.now() - 86_400_000)): { key: string; cert: string; notAfter: Date } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString());
  cert.serialNumber = '01';
  cert.validity.notBefore = notBefore;
  const notAfter = new Date(Date.now() + days * 86_400_000);
  cert.validity.notAfter = notAfter;
  const attrs = [{ name: 'commonName', value: host }];
  cert.setSubject(attrs);
  cert.setIssuer(attrs);
  cert.setExtensions([{ name: 'basicConstraints', cA: true }, { name: 'subjectAltName', altNames: [{ type: 2, value: host }] }]);
  const keyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  cert.sign(forge.pki.privateKeyFromPem(keyPem), forge.md.sha256.create());
  // forge writes whole seconds: the notAfter the server presents
  return { key: keyPem, cert: forge.pki.certificateToPem(cert), notAfter: new Date(Math.floor(notAfter.getTime() / 1000) * 1000) };
}
