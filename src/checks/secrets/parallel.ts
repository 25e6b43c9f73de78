import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SecretMatch } from './engine.js';
import { scanText } from './engine.js';

/**
 * Scan many texts on worker threads (one per core). The caller reads the files (I/O stays in probes) and
 * hands over buffers, transferred without copying; workers only run the engine. Results keep input order.
 */

export interface TextJob {
  file: string;
  buf: Buffer;
}

function workerUrl(): URL | null {
  // compiled only (dist/src/checks/secrets/worker.js): TypeScript loaders are not inherited by workers
  if (!import.meta.url.endsWith('.js')) return null;
  return new URL('./worker.js', import.meta.url);
}

/** Batches a worker may hold at once: one it scans, one waiting (see scanAll). */
const QUEUE_DEPTH = 2;

export class ScanPool {
  private workers: Worker[] = [];
  private readonly size: number;

  /** workers = cores - 1: the main thread reads files and scans whenever every worker is busy */
  constructor(size = Math.max(1, availableParallelism() - 1)) {
    this.size = size;
  }

  get threads(): number {
    return this.workers.length;
  }

  /** worker threads the last scanAll started (0 when it scanned on the calling thread) */
  threadsUsed = 0;

  /** Scan batches of texts; `read` yields jobs lazily so memory stays bounded. */
  async scanAll(jobs: AsyncIterable<TextJob>, onResult: (file: string, matches: SecretMatch[]) => void): Promise<void> {
    const url = workerUrl();
    if (!url || availableParallelism() < 2) {
      this.threadsUsed = 0;
      for await (const j of jobs) onResult(j.file, scanText(j.buf.toString('utf8'), { file: j.file }));
      return;
    }
    let failure: Error | null = null;
    this.threadsUsed = this.size;
    /**
     * Per worker, the batches it holds, oldest first (a worker answers in order). Up to QUEUE_DEPTH each: a worker
     * that finishes a batch starts the next one at once, instead of idling until the main thread, busy reading
     * or scanning a batch of its own, hands it another (a third to half of a worker's time in a 2-core profile).
     */
    const queues = new Map<Worker, { resolve(): void; reject(e: Error): void }[]>();
    const files = new Map<number, string>();
    let nextId = 0;
    const pending = new Set<Promise<void>>();
    let done = false;
    const fail = (w: Worker, e: Error) => {
      // the workers' exits after the scan (terminate) are no failure
      if (done) return;
      failure ??= e;
      for (const q of queues.get(w)!.splice(0)) q.reject(e);
    };
    for (let i = 0; i < this.size; i++) {
      const w = new Worker(url);
      queues.set(w, []);
      // a worker that fails to start must not crash the process: the scan reports the error instead
      w.on('error', (e) => fail(w, e));
      w.on('exit', () => fail(w, failure ?? new Error('secrets scan worker exited')));
      w.on('message', (res: { id: number; matches: SecretMatch[] }[]) => {
        for (const r of res) {
          onResult(files.get(r.id)!, r.matches);
          files.delete(r.id);
        }
        queues.get(w)!.shift()?.resolve();
      });
      this.workers.push(w);
    }
    const dispatch = (w: Worker, batch: { id: number; file: string; buf: Uint8Array }[]) => {
      const p = new Promise<void>((resolve, reject) => queues.get(w)!.push({ resolve, reject }));
      pending.add(p);
      // eslint-disable-next-line launchready/no-swallowed-error -- p's own rejection is awaited through `pending`; this derived promise only cleans up
      p.finally(() => pending.delete(p)).catch(() => undefined);
      const transfer = batch.map((b) => b.buf.buffer as ArrayBuffer).filter((b, i, a) => a.indexOf(b) === i);
      w.postMessage(batch, transfer);
    };
    try {
      let batch: { id: number; file: string; buf: Uint8Array }[] = [];
      let batchBytes = 0;
      const decoder = new TextDecoder('utf-8');
      const flush = async () => {
        if (batch.length === 0) return;
        if (failure) throw failure;
        // One turn of the event loop first, so that the workers' answers are delivered: the caller reads files
        // synchronously (fs-walk), so without it a worker's "done" waited until the whole tree was read and the
        // main thread scanned every batch but the first alone (a 2-core run was slower than one thread).
        await new Promise<void>((resolve) => setImmediate(resolve));
        if (failure) throw failure as Error;
        // the worker holding the fewest batches, if it has room for one more
        let w: Worker | undefined;
        for (const x of this.workers) if (queues.get(x)!.length < QUEUE_DEPTH && (!w || queues.get(x)!.length < queues.get(w)!.length)) w = x;
        if (w) dispatch(w, batch);
        else {
          // every worker is busy: the main thread scans this batch itself (no core sits idle, none oversubscribed)
          for (const b of batch) {
            onResult(files.get(b.id)!, scanText(decoder.decode(b.buf), { file: files.get(b.id)! }));
            files.delete(b.id);
          }
        }
        batch = [];
        batchBytes = 0;
      };
      for await (const j of jobs) {
        const id = nextId++;
        files.set(id, j.file);
        // own the bytes so the transfer cannot detach a pooled buffer shared with other data
        const own = j.buf.byteOffset === 0 && j.buf.byteLength === j.buf.buffer.byteLength ? new Uint8Array(j.buf.buffer, 0, j.buf.byteLength) : new Uint8Array(j.buf);
        batch.push({ id, file: j.file, buf: own });
        batchBytes += own.byteLength;
        if (batchBytes >= 1 << 20 || batch.length >= 64) await flush();
      }
      await flush();
      await Promise.all([...pending]);
      if (failure) throw failure as Error; // set by worker callbacks: TS narrows it to null here
    } finally {
      done = true;
      await Promise.all(this.workers.map((w) => w.terminate()));
      this.workers = [];
    }
  }
}

/** Convenience for benches: scan files under root with a reader. */
export async function scanFilesParallel(paths: string[], reader: (p: string) => Promise<Buffer | null>): Promise<{ matches: (SecretMatch & { file: string })[]; workers: number }> {
  const pool = new ScanPool();
  const matches: (SecretMatch & { file: string })[] = [];
  async function* gen(): AsyncIterable<TextJob> {
    for (const p of paths) {
      const b = await reader(p);
      if (b) yield { file: p, buf: b };
    }
  }
  await pool.scanAll(gen(), (file, ms) => {
    for (const m of ms) matches.push({ ...m, file });
  });
  return { matches, workers: Math.max(1, availableParallelism() - 1) };
}
