// Launch-report benchmark: how long the system map, the handover pack and the HTML report take on a large
// synthetic audit, and how long the AI eval pack takes against the loopback stub model (with and without
// model latency). Prints figures; asserts nothing. There is no peer tool that builds these artefacts, so no
// peer figures are printed; the AI pack's wall time is compared with the one-at-a-time floor instead.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { validateConfig } from '../../src/core/config/validate.js';
import { buildReport } from '../../src/core/policy.js';
import type { Finding } from '../../src/core/types.js';
import { renderHandover } from '../../src/report/handover.js';
import { renderHtml } from '../../src/report/html.js';
import { buildSystemMap } from '../../src/report/system-map.js';
import { runPack } from '../../src/checks/ai/transcript.js';
import { aiEndpoint } from '../../src/core/config/sections/ai.js';
import { HttpProbe } from '../../src/probes/http.js';
import { Allowlist } from '../../src/probes/net.js';
import { stubAiConfig, stubReply } from '../../test/ai/stub-model.js';

function time<T>(label: string, runs: number, fn: () => T): T {
  let out!: T;
  fn(); // warm-up
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) out = fn();
  const ms = (performance.now() - t0) / runs;
  console.log(`${label.padEnd(46)} ${ms.toFixed(1).padStart(8)} ms`);
  return out;
}

function syntheticFindings(n: number): Finding[] {
  const checks = ['api/bola', 'api/rate-limit', 'edge/csp', 'secrets/stripe-secret-key', 'email/dmarc', 'api/error-handling', 'perf/latency-p95'];
  return Array.from({ length: n }, (_, i) => {
    const checkId = checks[i % checks.length]!;
    const f: Finding = { id: i.toString(16).padStart(16, '0'), checkId, status: i % 5 === 0 ? 'warn' : 'fail', severity: (['critical', 'high', 'medium', 'low', 'info'] as const)[i % 5]!, title: `Finding ${i}`, message: `observed thing ${i}` };
    if (checkId.startsWith('secrets/')) f.location = { file: `src/f${i % 300}.ts`, line: i % 90 + 1 };
    else if (checkId.startsWith('api/') || checkId.startsWith('perf/')) f.location = { url: `https://api.shop.example/api/r${i % 200}/1`, method: 'GET', path: `/api/r${i % 200}/{id}` };
    else f.location = { host: `h${i % 20}.shop.example` };
    if (checkId.startsWith('secrets/')) f.message = `key sk_live_${'x'.repeat(4)}…(fp:${(i % 300).toString(16).padStart(8, '0')}) found`;
    return f;
  });
}

const N = 5000;
const report = buildReport({ findings: syntheticFindings(N), startedAt: new Date(), version: 'bench' });
const config = validateConfig({ project: { name: 'bench' }, api: { baseUrl: 'https://api.shop.example' }, edge: { hosts: ['https://www.shop.example'] } }, 'bench.yml');
console.log(`synthetic audit: ${N} findings (200 routes, 20 hosts, 300 distinct secrets)`);
const map = time('buildSystemMap', 10, () => buildSystemMap(report, config));
console.log(`  → ${map.rows.length} map rows`);
report.sections = { systemMap: map };
time('renderHandover markdown', 5, () => renderHandover({ report, config }, 'markdown'));
const html = time('renderHandover html', 5, () => renderHandover({ report, config }, 'html'));
console.log(`  → ${(html.length / 1024).toFixed(0)} KiB`);
time('renderHtml (audit report with system map)', 5, () => renderHtml(report));

// AI eval pack over real loopback HTTP, the stub answering after `delayMs`.
async function packBench(delayMs: number, concurrency: number): Promise<void> {
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      const input = (JSON.parse(raw) as { messages: { content: string }[] }).messages.at(-1)!.content;
      setTimeout(() => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ choices: [{ message: stubReply(input, 'vulnerable') }] }));
      }, delayMs);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/chat/completions`;
  const endpoint = aiEndpoint.parse((stubAiConfig(url).endpoints as unknown[])[0]);
  const http = new HttpProbe({ allow: new Allowlist(['127.0.0.1']) });
  const t0 = performance.now();
  const t = await runPack(endpoint, { http }, { concurrency });
  const ms = performance.now() - t0;
  await http.close();
  await new Promise((r) => server.close(r));
  console.log(`${`AI eval pack, model latency ${delayMs} ms, concurrency ${concurrency}`.padEnd(46)} ${ms.toFixed(0).padStart(8)} ms  (${t.exchanges.length} payloads; one-at-a-time floor ${t.exchanges.length * delayMs} ms)`);
}

await packBench(0, 4);
await packBench(50, 1);
await packBench(50, 4);
