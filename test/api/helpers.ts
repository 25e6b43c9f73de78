import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runAudit } from '../../src/audit/run.js';
import { validateConfig } from '../../src/core/config/validate.js';
import type { Report } from '../../src/core/types.js';
import { loadConfig } from '../../src/probes/config-file.js';
import type { HttpExchange } from '../../src/probes/http.js';
import { ROOT } from '../helpers.js';

export const DEMO_DIR = join(ROOT, 'examples', 'demo-market');

export interface DemoServer {
  url: string;
  port: number;
  close(): Promise<void>;
  app: { db: unknown; mailbox: unknown; secrets: { jwt: string; webhook: string } };
}

export async function startDemo(fixed: boolean): Promise<DemoServer> {
  const mod = (await import(pathToFileURL(join(DEMO_DIR, 'server.js')).href)) as { startDemoServer(o: { fixed: boolean; port: number }): Promise<DemoServer> };
  return mod.startDemoServer({ fixed, port: 0 });
}

export function tmpDir(prefix = 'lr-api-'): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Run only the api stage on a demo config file, with the evidence log in `reportDir`. */
export async function auditDemoConfig(file: string, url: string, reportDir: string, exchanges?: HttpExchange[], latencyBudgetMs?: number): Promise<Report> {
  const loaded = await loadConfig(join(DEMO_DIR, file), { env: { DEMO_URL: url } });
  const config = { ...loaded.config, report: { dir: reportDir } };
  // Tests make no timing assertions in the "fast" direction (a loaded CI machine can stall anything): the fixed
  // twin's run may raise the latency budgets. The flawed slow route sleeps 450 ms, so "slow" is deterministic.
  if (latencyBudgetMs && config.api) config.api = { ...config.api, latency: { ...config.api.latency, readMs: latencyBudgetMs, heavyMs: latencyBudgetMs } };
  return runAudit({ config, configDir: loaded.dir, stages: ['api'], ...(exchanges ? { onExchange: (x: HttpExchange) => exchanges.push(x) } : {}) });
}

/** Run the api stage on a raw config object (validated like a file). */
export async function auditRaw(raw: Record<string, unknown>, configDir: string, exchanges?: HttpExchange[], opts: { preflight?: boolean } = {}): Promise<Report> {
  const config = validateConfig(raw, join(configDir, 'launchready.yml'), {});
  return runAudit({ config, configDir, stages: ['api'], ...(exchanges ? { onExchange: (x: HttpExchange) => exchanges.push(x) } : {}), ...opts });
}

export function ids(report: Report, status: string[] = ['fail', 'warn']): string[] {
  return [...new Set(report.findings.filter((f) => status.includes(f.status)).map((f) => `${f.checkId}:${f.messageId}`))].sort();
}

/**
 * A small JSON test server: the request body read whole, and `out(status, body)` to answer JSON. The loopback apps
 * of the API check tables share it instead of each repeating the plumbing.
 */
export function jsonServer(handle: (req: IncomingMessage, res: ServerResponse, raw: string, out: (status: number, body: unknown) => void) => unknown): Server {
  return createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      const out = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      void handle(req, res, raw, out);
    });
  });
}

/** A Mailpit-style outbox (`/mail/api/v1/messages`, `/mail/api/v1/message/<id>`) over an in-memory list, newest first. */
export interface OutboxMail {
  ID: string;
  To: { Address: string }[];
  Text: string;
}
export function mailpitOutbox(url: string | undefined, mails: readonly OutboxMail[], out: (status: number, body: unknown) => void): void {
  if (url === '/mail/api/v1/messages') return out(200, { messages: [...mails].reverse().map(({ Text: _t, ...m }) => m) });
  const m = /^\/mail\/api\/v1\/message\/(\w+)$/.exec(url ?? '');
  const mail = m && mails.find((x) => x.ID === m[1]);
  return mail ? out(200, mail) : out(404, { detail: 'Not found' });
}

/** Listens on an ephemeral loopback port, remembers the server in `track` (closed by the test's after hook), returns its URL. */
export async function listenTracked(server: Server, track: Server[]): Promise<string> {
  track.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}
