// bench/logs: MB/s of `launchready logs` on a generated log (default 1 GiB), with peak memory.
// Generates the log at run time in a temp dir (realistic access/app/JSON lines, a planted leak every ~5,000
// lines, look-alikes everywhere), scans it once through the same path the CLI uses (streaming reader ->
// shared scanner with the secrets engine), then prints throughput and peak RSS, and deletes the file.
//   node dist/bench/logs/run.js [--mb 1024] [--gzip] [--no-workers] [--keep]
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { createGzip } from 'node:zlib';
import { createScanner } from '../../src/checks/logs/scanner.js';
import { startChunkPool } from '../../src/checks/logs/parallel.js';
import { loadSecretEngine } from '../../src/checks/logs/secret-engine.js';
import { DEFAULT_SCAN_OPTIONS, LOG_KINDS } from '../../src/checks/logs/types.js';
import { LogsProbe } from '../../src/probes/logs-reader.js';
import { luhnComplete } from '../../test/leakgen/generate.js';

const args = process.argv.slice(2);
const mb = Number(args[args.indexOf('--mb') + 1]) > 0 && args.includes('--mb') ? Number(args[args.indexOf('--mb') + 1]) : 1024;
const gzip = args.includes('--gzip');
const sequential = args.includes('--no-workers');

function rnd(n: number): string {
  const a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let s = '';
  for (let i = 0; i < n; i++) s += a[(Math.random() * a.length) | 0];
  return s;
}

/** A valid German IBAN (mod-97 check digits) from a counter. */
function iban(n: number): string {
  const bban = String(37040044).concat(String(1e9 + n).slice(1), '0');
  let m = 0;
  for (const c of `${bban}131400`) m = (m * 10 + Number(c)) % 97;
  return `DE${String(98 - m).padStart(2, '0')}${bban}`;
}
/** A US SSN in the issued ranges from a counter. */
function ssn(n: number): string {
  return `${String(100 + (n % 500)).padStart(3, '0')}-${String(10 + (n % 89)).padStart(2, '0')}-${String(1000 + (n % 8999)).padStart(4, '0')}`;
}

async function generate(file: string, bytes: number): Promise<{ lines: number; planted: number }> {
  const out = createWriteStream(file, { highWaterMark: 1 << 20 });
  const sink = gzip ? createGzip({ level: 1 }) : undefined;
  if (sink) sink.pipe(out);
  const w = sink ?? out;
  let written = 0;
  let lines = 0;
  let planted = 0;
  const ts = Date.parse('2026-11-20T00:00:00Z');
  // a pool of lines, re-stamped, keeps generation fast (~1 GB in seconds)
  const pool: string[] = [];
  for (let i = 0; i < 2000; i++) {
    const k = i % 5;
    if (k === 0) pool.push(`INFO  GET /api/orders/ord_${rnd(10)} 200 ${i % 97}ms ua="Mozilla/5.0" req=${rnd(8)}-${rnd(4)}-${rnd(4)}-${rnd(4)}-${rnd(12)}`);
    else if (k === 1) pool.push(JSON.stringify({ level: 'info', msg: 'order shipped', order_id: luhnComplete('4' + String(1e14 + i * 7919).slice(0, 14)), tracking: `1Z${rnd(16)}`, sha: rnd(40).toLowerCase() }));
    else if (k === 2) pool.push(`DEBUG cache hit key=product:${i} ttl=300 build=4.2.${i} commit=da39a3ee5e6b4b0d3255bfef95601890afd80709`);
    else if (k === 3) pool.push(`WARN  slow query 812ms select * from orders where tenant_id = $1 limit 50 (user u_${i}, at 2026-11-20T10:00:00+02:00)`);
    else pool.push(JSON.stringify({ level: 'info', msg: 'webhook received', type: 'invoice.paid', id: `evt_${rnd(14)}`, amount: i * 13 }));
  }
  const leaks = [
    () => `INFO  GET /api/me Authorization: Bearer ${rnd(32)}`,
    () => `INFO  POST /login body=email=user${planted}%40mail.net&password=${rnd(12)}`,
    () => `INFO  charge card_number=${luhnComplete('453914880' + String(100000 + planted).slice(0, 6))}`,
    () => `DEBUG Cookie: connect.sid=s%3A${rnd(32)}`,
    () => `INFO  signup customer${planted}@inbox-bench.net`,
    () => `INFO  payout to ${iban(planted)}`,
    () => `INFO  kyc ssn=${ssn(planted)} ok`,
  ];
  let buf = '';
  while (written < bytes) {
    for (let i = 0; i < 1000; i++) {
      lines++;
      const line = lines % 5000 === 0 ? leaks[(planted++) % leaks.length]!() : pool[(lines * 31) % pool.length]!;
      buf += `${new Date(ts + lines).toISOString()} ${line}\n`;
    }
    written += Buffer.byteLength(buf);
    if (!w.write(buf)) await once(w, 'drain');
    buf = '';
  }
  w.end();
  await once(out, 'finish');
  return { lines, planted };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'lr-bench-logs-'));
  const file = join(dir, gzip ? 'app.log.gz' : 'app.log');
  try {
    const g0 = performance.now();
    const { lines, planted } = await generate(file, mb * 1024 * 1024);
    const size = statSync(file).size;
    console.log(`generated ${(size / 1048576).toFixed(0)} MiB${gzip ? ' gzip' : ''} (${lines.toLocaleString('en')} lines, ${planted} planted leaks) in ${((performance.now() - g0) / 1000).toFixed(1)} s`);
    (globalThis as { gc?: () => void }).gc?.();
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
    const loaded = await loadSecretEngine();
    const options = { ...DEFAULT_SCAN_OPTIONS, now: new Date() };
    // the same setup as the logs stage: worker threads after the first 8 chunks (unless --no-workers)
    const scanner = createScanner(options, loaded.engine, 'reason' in loaded ? loaded.reason : undefined, sequential ? {} : { parallelAfterChunks: 8, pool: () => startChunkPool(options) });
    const probe = new LogsProbe([{ path: file, display: 'app.log' }], scanner);
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const scan = await probe.scan(probe.inputs[0]!);
    const secs = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const cpuSecs = (cpu.user + cpu.system) / 1e6;
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage().rss);
    const maxRss = process.resourceUsage().maxRSS * 1024;
    const mib = scan.decompressedBytes / 1048576;
    console.log(`scanned ${mib.toFixed(0)} MiB (${scan.lines.toLocaleString('en')} lines) in ${secs.toFixed(1)} s: ${(mib / secs).toFixed(1)} MB/s (decompressed text)${scan.gzip ? `, ${(scan.bytes / 1048576 / secs).toFixed(1)} MB/s compressed` : ''}`);
    console.log(`CPU time: ${cpuSecs.toFixed(1)} s (all threads) = ${(mib / cpuSecs).toFixed(1)} MB per CPU-second (independent of other load on the machine); load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)} on ${(await import('node:os')).availableParallelism()} cores`);
    console.log(`secrets engine: ${scan.secretsEngine.available ? scan.secretsEngine.name : `unavailable (${scan.secretsEngine.reason})`}; ${sequential ? 'main thread only' : 'detection in worker threads'}`);
    console.log(`peak RSS during scan: ${(peak / 1048576).toFixed(0)} MiB (before: ${(rssBefore / 1048576).toFixed(0)} MiB; process maxRSS incl. generation: ${(maxRss / 1048576).toFixed(0)} MiB)`);
    console.log(`counts: ${LOG_KINDS.map((k) => `${k}=${scan.kinds[k].count}`).join(' ')}`);
  } finally {
    if (!args.includes('--keep')) rmSync(dir, { recursive: true, force: true });
  }
}

await main();
