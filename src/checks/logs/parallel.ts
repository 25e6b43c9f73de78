import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { detectChunk, type ChunkPool, type ChunkResult } from './scanner.js';
import { loadSecretEngine, type SecretEngine } from './secret-engine.js';
import type { LogKind, LogScan, ScanOptions } from './types.js';

/**
 * Worker threads for big logs: the reading, gunzip and counting stay on the main thread; detection (the
 * secrets engine and the detectors, the CPU-heavy part) runs in workers, chunk by chunk, and results come
 * back in chunk order. Used only for large inputs (startup and engine compilation cost ~100 ms per worker)
 * and only when running compiled JavaScript (a .ts entry under tsx cannot start a worker by file URL).
 */

interface WireOptions {
  maxFindingsPerKind: number;
  maxLocations: number;
  bulkEmails: number;
  bulkPhones: number;
  distinctCap: number;
  allow: [source: string, flags: string][];
  now: string;
  kinds?: LogKind[];
}

function toWire(o: ScanOptions): WireOptions {
  return {
    maxFindingsPerKind: o.maxFindingsPerKind,
    maxLocations: o.maxLocations,
    bulkEmails: o.bulkEmails,
    bulkPhones: o.bulkPhones,
    distinctCap: o.distinctCap,
    allow: o.allow.map((r) => [r.source, r.flags]),
    now: o.now.toISOString(),
    ...(o.kinds ? { kinds: [...o.kinds] } : {}),
  };
}
function fromWire(w: WireOptions): ScanOptions {
  const { kinds, allow, now, ...rest } = w;
  return { ...rest, allow: allow.map(([s, f]) => new RegExp(s, f)), now: new Date(now), ...(kinds ? { kinds: new Set<LogKind>(kinds) } : {}) };
}

type Reply = { id: number; result: ChunkResult } | { id: number; error: string } | { ready: LogScan['secretsEngine'] };

/** Start `size` workers (default: one per core, at most 4: the main thread only reads and counts). Resolves undefined when workers cannot run here. */
export async function startChunkPool(opts: ScanOptions, size = Math.max(1, Math.min(4, availableParallelism()))): Promise<ChunkPool | undefined> {
  const self = new URL(import.meta.url);
  if (!self.pathname.endsWith('.js')) return undefined;
  const workers: Worker[] = [];
  const pending = new Map<number, { resolve(r: ChunkResult): void; reject(e: Error): void }>();
  let engine: LogScan['secretsEngine'] = { available: false, name: 'none', reason: 'workers did not start' };
  let nextId = 0;
  let rr = 0;
  const ready: Promise<void>[] = [];
  for (let i = 0; i < size; i++) {
    const w = new Worker(self, { workerData: { launchreadyLogsWorker: true, opts: toWire(opts) } });
    w.unref();
    ready.push(
      new Promise<void>((resolve, reject) => {
        w.on('message', (m: Reply) => {
          if ('ready' in m) {
            engine = m.ready;
            return resolve();
          }
          const p = pending.get(m.id);
          if (!p) return;
          pending.delete(m.id);
          if ('error' in m) p.reject(new Error(m.error));
          else p.resolve(m.result);
        });
        w.on('error', (e) => {
          reject(e);
          for (const p of pending.values()) p.reject(e);
          pending.clear();
        });
      }),
    );
    workers.push(w);
  }
  try {
    await Promise.all(ready);
    // eslint-disable-next-line launchready/no-swallowed-error -- no worker pool (threads unavailable): the caller scans on the main thread, same results, only slower
  } catch {
    await Promise.all(workers.map((w) => w.terminate()));
    return undefined;
  }
  return {
    engine,
    detect(text, firstLine) {
      const id = nextId++;
      const w = workers[rr++ % workers.length]!;
      return new Promise<ChunkResult>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        w.postMessage({ id, text, firstLine });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

// ---- worker side
if (!isMainThread && (workerData as { launchreadyLogsWorker?: boolean } | null)?.launchreadyLogsWorker && parentPort) {
  const port = parentPort;
  const opts = fromWire((workerData as { opts: WireOptions }).opts);
  void loadSecretEngine().then((loaded) => {
    const engine: SecretEngine | undefined = loaded.engine;
    const info: LogScan['secretsEngine'] = engine ? { available: true, name: engine.name } : { available: false, name: 'none', reason: 'reason' in loaded ? loaded.reason : 'no secrets engine' };
    port.on('message', (m: { id: number; text: string; firstLine: number }) => {
      try {
        port.postMessage({ id: m.id, result: detectChunk(m.text, m.firstLine, opts, engine) });
      } catch (err) {
        port.postMessage({ id: m.id, error: (err as Error).message });
      }
    });
    port.postMessage({ ready: info });
  });
}
