import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ReportInput } from '../../src/core/check.js';
import { judgeCookies } from '../../src/checks/edge/cookies.js';
import { judgeCors } from '../../src/checks/edge/cors.js';
import { judgeCrossOrigin } from '../../src/checks/edge/cross-origin.js';
import { judgeCsp } from '../../src/checks/edge/csp.js';
import type { CorsEvidence, HostEvidence } from '../../src/checks/edge/evidence.js';
import { judgeFraming } from '../../src/checks/edge/framing.js';
import { judgeHsts } from '../../src/checks/edge/hsts.js';
import { judgeHttpsRedirect } from '../../src/checks/edge/https-redirect.js';
import { judgeNosniff } from '../../src/checks/edge/nosniff.js';
import { judgeReferrer } from '../../src/checks/edge/referrer-policy.js';
import { judgeSri } from '../../src/checks/edge/sri.js';
import type { HttpResponse } from '../../src/probes/http.js';
import { packageRoot } from '../../src/probes/package-root.js';

/**
 * Side by side with MDN HTTP Observatory (@mdn/mdn-http-observatory): its retriever cannot be pointed at a
 * loopback test bed (no --resolver/--connect-to; it connects to the real host name), so we feed its analyzer the
 * responses launchready captured (MDN's own test helper builds `Requests` the same way) and compare the verdict of
 * every header both tools judge.
 */

export interface Comparison {
  host: string;
  header: string;
  checkId: string;
  observatory: { pass: boolean; result: string };
  launchready: { verdict: 'pass' | 'fail' | 'n/a'; messageIds: string[] };
  agree: boolean;
}

type Judge = (ev: HostEvidence, cors: CorsEvidence[]) => ReportInput[];

const PAIRS: Record<string, { checkId: string; judge: Judge }> = {
  'content-security-policy': { checkId: 'edge/csp', judge: (ev) => judgeCsp(ev) },
  cookies: { checkId: 'edge/cookies', judge: (ev) => judgeCookies(ev) },
  'cross-origin-resource-sharing': { checkId: 'edge/cors', judge: (ev, cors) => judgeCors(ev.target, cors) },
  redirection: { checkId: 'edge/https-redirect', judge: (ev) => judgeHttpsRedirect(ev) },
  'referrer-policy': { checkId: 'edge/referrer-policy', judge: (ev) => judgeReferrer(ev) },
  'strict-transport-security': { checkId: 'edge/hsts', judge: (ev) => judgeHsts(ev) },
  'subresource-integrity': { checkId: 'edge/sri', judge: (ev) => judgeSri(ev) },
  'x-content-type-options': { checkId: 'edge/nosniff', judge: (ev) => judgeNosniff(ev) },
  'x-frame-options': { checkId: 'edge/framing', judge: (ev) => judgeFraming(ev) },
  'cross-origin-resource-policy': { checkId: 'edge/cross-origin', judge: (ev) => judgeCrossOrigin(ev).filter((r) => r.messageId !== 'coop-missing') },
};

export const OBSERVATORY = '@mdn/mdn-http-observatory@1.4.8';

/**
 * The Observatory is not a dependency of launchready: its dependency node_extra_ca_certs_mozilla_bundle downloads
 * a CA bundle in its postinstall, which breaks `npm ci` on a machine without internet. The bench installs it on
 * first use into bench/.peers with --ignore-scripts (nothing of it runs at install) and reuses it afterwards.
 * Returns the Observatory's src folder, or undefined (with the reason printed) when it cannot be installed.
 */
let memo: { dir: string | undefined } | undefined;
export function observatoryDir(): string | undefined {
  memo ??= { dir: installObservatory() };
  return memo.dir;
}

function installObservatory(): string | undefined {
  const peers = join(packageRoot(), 'bench', '.peers');
  const src = join(peers, 'node_modules', '@mdn', 'mdn-http-observatory', 'src');
  if (existsSync(src)) return src;
  console.log(`installing the peer ${OBSERVATORY} into bench/.peers (--ignore-scripts) ...`);
  const r = spawnSync('npm', ['install', '--prefix', peers, '--ignore-scripts', '--no-audit', '--no-fund', '--no-save', '--loglevel=error', OBSERVATORY], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0 || !existsSync(src)) {
    console.log(`MDN HTTP Observatory comparison skipped: npm install ${OBSERVATORY} failed (exit ${r.status ?? r.signal})`);
    return undefined;
  }
  return src;
}

/** launchready's verdict: fail when any finding is fail/warn above info; n/a when everything was skipped. */
export function verdictOf(reports: ReportInput[]): 'pass' | 'fail' | 'n/a' {
  if (reports.length && reports.every((r) => r.status === 'skipped')) return 'n/a';
  return reports.some((r) => (r.status ?? 'fail') !== 'pass' && r.status !== 'skipped' && r.severity !== 'info') ? 'fail' : 'pass';
}

// Observatory's analyzer has no types of its own
type Any = any;

/** `verified`: the final https response came with a certificate Node trusts for the host (Observatory's flag). */
export async function observatoryCompare(ev: HostEvidence, preflight: HttpResponse | undefined, cors: CorsEvidence[], verified: boolean): Promise<Comparison[]> {
  const base = observatoryDir();
  if (!base) return [];
  // Its postinstall downloads Chromium's HSTS preload list (skipped: --ignore-scripts, no internet). The test-bed
  // hosts (*.test) are on no preload list, so an empty list gives exactly the verdicts the real one would.
  const preload = join(base, '..', 'conf', 'hsts-preload.json');
  if (!existsSync(preload)) writeFileSync(preload, '{}\n');
  const imp = (p: string) => import(pathToFileURL(join(base, p)).href) as Promise<Any>;
  const [{ Requests }, { Session }, { parseHttpEquivHeaders }, { ALL_TESTS }] = await Promise.all([imp('types.js'), imp('retriever/session.js'), imp('retriever/utils.js'), imp('constants.js')]);
  const axiosPath = createRequire(join(base, '..', 'package.json')).resolve('axios');
  const axiosMod = (await import(pathToFileURL(axiosPath).href)) as Any;
  const AxiosHeaders = axiosMod.AxiosHeaders ?? axiosMod.default?.AxiosHeaders;
  const toResp = (r: HttpResponse | undefined, verified: boolean) => {
    if (!r) return null;
    const h = new AxiosHeaders();
    for (const [k, v] of Object.entries(r.headers)) if (k !== 'set-cookie') h.set(k, v);
    return { headers: h, request: { headers: new AxiosHeaders() }, status: r.status, statusText: '', verified, data: r.body, config: { headers: new AxiosHeaders(), url: r.url } };
  };
  const main = ev.main;
  const req = new Requests(ev.target.host);
  req.responses.auto = toResp(main, verified && (main?.url.startsWith('https://') ?? false));
  req.responses.http = toResp(ev.http?.final, verified && (ev.http?.final?.url.startsWith('https://') ?? false));
  req.responses.https = toResp(ev.https?.final, verified);
  req.responses.cors = preflight ? { ...toResp(preflight, verified), verified } : null;
  const hops = (c: HostEvidence['http']) => (c?.hops ?? []).filter((h) => h.status !== undefined).map((h) => ({ url: new URL(h.url), status: h.status }));
  req.responses.httpRedirects = hops(ev.http);
  req.responses.httpsRedirects = hops(ev.https);
  req.resources.path = main?.body ?? null;
  req.session = new Session(new URL(main?.url ?? ev.target.url));
  for (const line of main?.setCookies ?? []) {
    try {
      req.session.jar.setCookieSync(line, main!.url, { ignoreError: true });
    } catch {
      /* a cookie the jar refuses (e.g. broken __Host- prefix) is simply not seen by the Observatory */
    }
  }
  if (req.responses.auto) req.responses.auto.httpEquiv = main && /html/.test(main.headers['content-type'] ?? '') ? parseHttpEquivHeaders(main.body, main.url) : new Map();
  const out: Comparison[] = [];
  for (const test of ALL_TESTS as ((r: Any) => Any)[]) {
    const o = test(req);
    const name = (o.constructor as { name: string }).name;
    const pair = PAIRS[name];
    if (!pair) continue;
    const reports = pair.judge(ev, cors);
    const verdict = verdictOf(reports);
    const obsPass = o.pass === true;
    out.push({
      host: ev.target.host,
      header: name,
      checkId: pair.checkId,
      observatory: { pass: obsPass, result: String(o.result) },
      launchready: { verdict, messageIds: [...new Set(reports.map((r) => r.messageId))] },
      agree: verdict === 'n/a' ? true : (verdict === 'pass') === obsPass,
    });
  }
  return out;
}
