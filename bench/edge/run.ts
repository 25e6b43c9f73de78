// bench/edge: full edge + email audit of 5 test-bed hosts (wall time, target < 3 s), sslscan/testssl.sh on one host
// in the same run where installed, and MDN HTTP Observatory's analyzer on the same captured responses.
//   npm run build && node dist/bench/edge/run.js        (or: npm run bench -- edge)
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { runAudit } from '../../src/audit/run.js';
import { followChain, type CorsEvidence, type HostEvidence } from '../../src/checks/edge/evidence.js';
import { validateConfig } from '../../src/core/config/validate.js';
import { HttpProbe } from '../../src/probes/http.js';
import { Allowlist, parseConnectTo } from '../../src/probes/net.js';
import { caBundle } from '../../src/probes/tls.js';
import { edgeTarget } from '../../src/stages/edge.js';
import { startTestBed } from '../../test/testbed/index.js';
import { observatoryCompare } from './observatory.js';

const exec = promisify(execFile);

async function which(cmd: string): Promise<string | undefined> {
  try {
    const r = await exec('sh', ['-c', `command -v ${cmd}`]);
    return r.stdout.trim() || undefined;
  } catch {
    return undefined;
  }
}

const bed = await startTestBed();
try {
  const hosts = ['good.test', 'www.good.test', 'app.good.test', 'bad.test', 'app.bad.test'];
  const config = validateConfig({ edge: { hosts, ca: [bed.caFile], privatePaths: ['/account'] }, email: { domain: 'good.test', dkimSelectors: ['sel1'] }, network: { resolver: bed.resolver, connectTo: bed.connectTo, rate: 1000 } }, 'bench');
  const times: number[] = [];
  let findings = 0;
  let checks = 0;
  let requests = 0;
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    const r = await runAudit({ config, configDir: process.cwd(), stages: ['edge', 'email'] });
    times.push(performance.now() - t);
    findings = r.findings.length;
    checks = r.checks?.length ?? 0;
    requests = r.requests ?? 0;
  }
  times.sort((a, b) => a - b);
  console.log(`launchready edge+email, ${hosts.length} hosts (${hosts.join(', ')}) + email good.test:`);
  console.log(`  wall time: first ${Math.round(times[0]!)} ms … median ${Math.round(times[2]!)} ms (5 runs; target < 3000 ms) — ${checks} check jobs, ${findings} findings, ${requests} HTTP requests + TLS handshakes`);

  // Peer on one host in the same run: sslscan (Debian) or testssl.sh, against the legacy listener (TLS facts only).
  const sslscan = await which('sslscan');
  const testssl = (await which('testssl.sh')) ?? (await which('testssl'));
  const t0 = performance.now();
  const hs = await runAudit({ config: validateConfig({ edge: { hosts: ['old.bad.test'], ca: [bed.caFile] }, network: { resolver: bed.resolver, connectTo: bed.connectTo } }, 'bench'), configDir: process.cwd(), stages: ['edge'], include: (id) => id.startsWith('tls/') });
  const ours = performance.now() - t0;
  console.log(`\nTLS of one host (old.bad.test → 127.0.0.1:${bed.ports.legacy}): launchready tls/* ${Math.round(ours)} ms — ${hs.findings.filter((f) => f.status === 'fail' || f.status === 'warn').map((f) => `${f.checkId}:${f.messageId}`).join(', ')}`);
  if (sslscan) {
    const t = performance.now();
    const r = await exec(sslscan, ['--no-colour', `--sni-name=old.bad.test`, `127.0.0.1:${bed.ports.legacy}`], { timeout: 120_000 }).catch((e: { stdout?: string }) => ({ stdout: e.stdout ?? '' }));
    const ms = performance.now() - t;
    const enabled = r.stdout.split('\n').filter((l) => /TLSv1\.[01]\s+enabled/.test(l)).map((l) => l.trim().split(/\s+/)[0]);
    console.log(`  sslscan ${Math.round(ms)} ms — legacy protocols enabled: ${enabled.join(', ') || 'none'}`);
  } else if (testssl) {
    const t = performance.now();
    await exec(testssl, ['--quiet', '--fast', '--ip', '127.0.0.1', `old.bad.test:${bed.ports.legacy}`], { timeout: 300_000 }).catch(() => undefined);
    console.log(`  testssl.sh ${Math.round(performance.now() - t)} ms`);
  } else {
    console.log('  sslscan / testssl.sh not installed: skipped (apt-get install -y sslscan)');
  }

  // MDN HTTP Observatory on the same responses.
  const allow = new Allowlist(bed.hosts);
  const probeOpts = { allow, connectTo: bed.connectTo.map((c) => parseConnectTo(c)), resolver: bed.resolver, ca: caBundle([bed.caFile])! };
  const http = new HttpProbe({ ...probeOpts, insecure: true });
  const strict = new HttpProbe(probeOpts);
  const edge = config.edge!;
  let agree = 0;
  let total = 0;
  const diffs: string[] = [];
  for (const host of ['www.good.test', 'good.test', 'bad.test', 'app.bad.test']) {
    const t = edgeTarget(host, edge, hosts, 'good.test');
    const [a, b] = await Promise.all([followChain(http, `http://${host}/`, 'bench', AbortSignal.timeout(10_000)), followChain(http, `https://${host}/`, 'bench', AbortSignal.timeout(10_000))]);
    const ev: HostEvidence = { target: t, http: a, https: b, unreachable: false, ...(b.final ? { main: b.final } : a.final ? { main: a.final } : {}) };
    const url = ev.main?.url ?? t.url;
    const obsOrigin = 'https://http-observatory.security.mozilla.org';
    const preflight = await http.request({ url, method: 'OPTIONS', headers: { origin: obsOrigin, 'access-control-request-method': 'GET' } }).catch(() => undefined);
    const get = async (origin: string) => {
      const r = await http.request({ url, headers: { origin } });
      return { status: r.status, ...(r.headers['access-control-allow-origin'] ? { acao: r.headers['access-control-allow-origin'] } : {}), ...(r.headers['access-control-allow-credentials'] ? { acac: r.headers['access-control-allow-credentials'] } : {}) };
    };
    const cors: CorsEvidence[] = [{ url, foreign: { origin: edge.corsOrigin, ...(await get(edge.corsOrigin)) }, nullOrigin: await get('null') }];
    const verified = await strict.request({ url: `https://${host}/` }).then(() => true, () => false);
    for (const c of await observatoryCompare(ev, preflight, cors, verified)) {
      total++;
      if (c.agree) agree++;
      else diffs.push(`  ${c.host.padEnd(14)} ${c.header.padEnd(30)} Observatory ${c.observatory.pass ? 'pass' : 'FAIL'} (${c.observatory.result}) vs launchready ${c.launchready.verdict} (${c.launchready.messageIds.join(', ')})`);
    }
  }
  await Promise.all([http.close(), strict.close()]);
  if (total) console.log(`\nMDN HTTP Observatory analyzer on the same captured responses: ${agree}/${total} verdicts agree`);
  for (const d of diffs) console.log(d);
} finally {
  await bed.close();
}
