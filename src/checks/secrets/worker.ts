import { parentPort } from 'node:worker_threads';
import { scanText, type SecretMatch } from './engine.js';

/** Worker side of parallel.ts: scans texts handed over by the main thread (pure CPU, no I/O). */
interface Job {
  id: number;
  file: string;
  buf: Uint8Array;
}

const decoder = new TextDecoder('utf-8');
parentPort?.on('message', (jobs: Job[]) => {
  const out: { id: number; matches: SecretMatch[] }[] = [];
  for (const j of jobs) out.push({ id: j.id, matches: scanText(decoder.decode(j.buf), { file: j.file }) });
  parentPort!.postMessage(out);
});
