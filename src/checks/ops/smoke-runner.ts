import type { SmokeConfig, SmokeFlowConfig, SmokeStepConfig } from '../../core/config/sections/ops.js';
import type { HttpRequest, HttpResponse } from '../../probes/http.js';

/**
 * The canary: runs the configured critical flows once, in order, through the stage's HttpProbe (allowlist,
 * budget, timeouts). One run is shared by ops/smoke-flow and ops/smoke-waf (ctx.evidence). Pure logic over the
 * probe: no sockets here.
 */

export interface SmokeTarget {
  smoke: SmokeConfig;
}
export interface SmokeProbes {
  http: { request(req: HttpRequest, checkId?: string, signal?: AbortSignal): Promise<HttpResponse> };
  /** filled by the run, read by the stage for the timings section */
  results?: FlowResult[];
}

export interface EdgeBlock {
  vendor: string;
  kind: 'challenge' | 'block' | 'captcha' | 'rate-limit';
  evidence: string;
}

export interface StepResult {
  flow: string;
  step: string;
  phase: 'step' | 'undo';
  method: string;
  path: string;
  url: string;
  status?: number;
  ms: number;
  ok: boolean;
  problem?: string;
  slow?: boolean;
  maxMs: number;
  edge?: EdgeBlock;
}

export interface FlowResult {
  flow: SmokeFlowConfig;
  ok: boolean;
  /** the first problem: which step and why */
  failedStep?: string;
  reason?: string;
  unreachable?: boolean;
  undoFailed?: boolean;
  steps: StepResult[];
  totalMs: number;
}

const SECRET_NAME = /pass|token|secret|key|cookie|session|auth|otp|code/i;

function statusOk(status: number, specs: (number | string)[]): boolean {
  return specs.some((s) => {
    if (typeof s === 'number') return status === s;
    if (/^[1-5]xx$/.test(s)) return Math.floor(status / 100) === Number(s[0]);
    const [a, b] = s.split('-').map(Number);
    return b === undefined ? status === a : status >= a! && status <= b;
  });
}

function fill(s: string, vars: Map<string, string>): string {
  return s.replace(/\{\{\s*([A-Za-z0-9_.-]+)\s*\}\}/g, (m, k: string) => vars.get(k) ?? m);
}
function fillDeep(v: unknown, vars: Map<string, string>): unknown {
  if (typeof v === 'string') return fill(v, vars);
  if (Array.isArray(v)) return v.map((x) => fillDeep(x, vars));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fillDeep(x, vars)]));
  return v;
}

function jsonPath(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

/** Edge/WAF challenges and blocks, by vendor signature (headers first, then well-known interstitial pages). */
export function detectEdgeBlock(res: Pick<HttpResponse, 'status' | 'headers' | 'body' | 'setCookies'>, expectJson = false): EdgeBlock | null {
  const h = res.headers;
  const body = res.body.slice(0, 65_536);
  const server = (h.server ?? '').toLowerCase();
  const ctype = (h['content-type'] ?? '').toLowerCase();
  const cfMit = (h['cf-mitigated'] ?? '').toLowerCase();
  if (cfMit) return { vendor: 'Cloudflare', kind: 'challenge', evidence: `cf-mitigated: ${cfMit}` };
  const vercel = (h['x-vercel-mitigated'] ?? '').toLowerCase();
  if (vercel) return { vendor: 'Vercel Firewall', kind: vercel === 'deny' ? 'block' : 'challenge', evidence: `x-vercel-mitigated: ${vercel}` };
  const aws = (h['x-amzn-waf-action'] ?? '').toLowerCase();
  if (aws) return { vendor: 'AWS WAF', kind: aws === 'block' ? 'block' : aws === 'captcha' ? 'captcha' : 'challenge', evidence: `x-amzn-waf-action: ${aws}` };
  if (h['x-sucuri-block'] || /Sucuri WebSite Firewall - (?:Access Denied|CloudProxy)/i.test(body)) return { vendor: 'Sucuri', kind: 'block', evidence: 'Sucuri firewall block page' };
  if (/Incapsula incident ID|_Incapsula_Resource/i.test(body)) return { vendor: 'Imperva Incapsula', kind: 'block', evidence: 'Incapsula incident page' };
  if (res.status >= 400 || ctype.includes('text/html')) {
    if (/challenges\.cloudflare\.com|cf-chl-|cf_chl_|Just a moment\.\.\.|challenge-platform/i.test(body) && (server.includes('cloudflare') || h['cf-ray'])) return { vendor: 'Cloudflare', kind: 'challenge', evidence: 'Cloudflare challenge page ("Just a moment...")' };
    if (/Attention Required! \| Cloudflare|Sorry, you have been blocked|cf-error-details/i.test(body)) return { vendor: 'Cloudflare', kind: 'block', evidence: 'Cloudflare block page' };
    if (/The requested URL was rejected\. Please consult with your administrator/i.test(body)) return { vendor: 'F5 BIG-IP ASM', kind: 'block', evidence: 'F5 "request rejected" page with a support ID' };
    if (/captcha-delivery\.com|geo\.captcha-delivery/i.test(body) || (h['x-datadome'] && res.status === 403)) return { vendor: 'DataDome', kind: 'captcha', evidence: 'DataDome captcha' };
    if (/_pxCaptcha|px-captcha|perimeterx/i.test(body)) return { vendor: 'HUMAN (PerimeterX)', kind: 'captcha', evidence: 'PerimeterX captcha' };
  }
  if (res.status === 403) {
    if (server.includes('akamaighost') || /Reference&#32;&#35;\d|Reference #\d+\.[0-9a-f]+/i.test(body)) return { vendor: 'Akamai', kind: 'block', evidence: 'Akamai "Access Denied" with a reference number' };
    if (/Request blocked\.[\s\S]{0,400}CloudFront|Generated by cloudfront/i.test(body)) return { vendor: 'AWS CloudFront / WAF', kind: 'block', evidence: 'CloudFront "Request blocked" page' };
    if (/mod_security|ModSecurity|Mod_Security/i.test(body)) return { vendor: 'ModSecurity', kind: 'block', evidence: 'ModSecurity block page' };
    if (server.includes('cloudflare')) return { vendor: 'Cloudflare', kind: 'block', evidence: '403 from Cloudflare' };
  }
  if (res.status === 406 && /mod_security|ModSecurity|Not Acceptable!/i.test(body)) return { vendor: 'ModSecurity', kind: 'block', evidence: '406 Not Acceptable from ModSecurity' };
  if (res.status === 429 && (server.includes('cloudflare') || h['cf-ray'] || h['x-amz-cf-id'] || h['x-vercel-id'] || server.includes('akamai'))) return { vendor: server.includes('cloudflare') || h['cf-ray'] ? 'Cloudflare' : h['x-amz-cf-id'] ? 'AWS CloudFront' : h['x-vercel-id'] ? 'Vercel' : 'Akamai', kind: 'rate-limit', evidence: '429 from the edge' };
  if ((res.status >= 400 || (expectJson && ctype.includes('text/html'))) && /g-recaptcha|hcaptcha\.com|class="h-captcha|cf-turnstile/i.test(body)) return { vendor: 'captcha', kind: 'captcha', evidence: 'captcha page instead of the expected response' };
  return null;
}

export interface RunHooks {
  secret(v: string | undefined): void;
  signal?: AbortSignal;
  checkId: string;
}

async function runStep(step: SmokeStepConfig, idx: number, phase: 'step' | 'undo', flow: SmokeFlowConfig, smoke: SmokeConfig, vars: Map<string, string>, jar: Map<string, string>, probes: SmokeProbes, hooks: RunHooks): Promise<StepResult> {
  const name = step.name ?? `${phase} ${idx + 1}`;
  const rawPath = fill(step.path, vars);
  const url = /^https?:\/\//i.test(rawPath) ? rawPath : new URL(rawPath.replace(/^\/?/, ''), smoke.baseUrl.endsWith('/') ? smoke.baseUrl : `${smoke.baseUrl}/`).href;
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(step.headers)) headers[k.toLowerCase()] = fill(v, vars);
  let body: string | undefined;
  if (step.json !== undefined) {
    body = JSON.stringify(fillDeep(step.json, vars));
    headers['content-type'] ??= 'application/json';
    headers.accept ??= 'application/json';
  } else if (step.form) {
    body = new URLSearchParams(Object.fromEntries(Object.entries(step.form).map(([k, v]) => [k, fill(v, vars)]))).toString();
    headers['content-type'] ??= 'application/x-www-form-urlencoded';
  } else if (step.body !== undefined) body = fill(step.body, vars);
  if (jar.size && !headers.cookie) headers.cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const maxMs = step.maxMs ?? smoke.maxMs;
  const u = new URL(url);
  const result: StepResult = { flow: flow.name, step: name, phase, method: step.method.toUpperCase(), path: u.pathname, url, ms: 0, ok: false, maxMs };
  const started = performance.now();
  let res: HttpResponse;
  try {
    res = await probes.http.request({ url, method: step.method, headers, ...(body !== undefined ? { body } : {}), timeoutMs: smoke.timeoutMs }, hooks.checkId, hooks.signal);
  } catch (err) {
    result.ms = Math.round(performance.now() - started);
    result.problem = (err as Error).message;
    if ((err as { code?: string }).code === 'E_TARGET_REFUSED') throw err;
    return result;
  }
  result.ms = Math.round(res.timings.totalMs);
  result.status = res.status;
  for (const c of res.setCookies) {
    const m = /^\s*([^=;\s]+)=([^;]*)/.exec(c);
    if (m) {
      jar.set(m[1]!, m[2]!);
      hooks.secret(m[2]);
    }
  }
  const expectJson = step.json !== undefined || Object.values(step.extract).some((e) => e.startsWith('json:')) || (headers.accept ?? '').includes('json');
  const edge = detectEdgeBlock(res, expectJson);
  if (edge) result.edge = edge;
  if (!statusOk(res.status, step.expectStatus)) result.problem = `status ${res.status}, expected ${step.expectStatus.join(' or ')}`;
  else {
    for (const s of step.bodyContains) {
      const want = fill(s, vars);
      if (!res.body.includes(want)) {
        result.problem = `body does not contain "${want}"`;
        break;
      }
    }
  }
  if (!result.problem) {
    let parsed: unknown;
    for (const [key, spec] of Object.entries(step.extract)) {
      const i = spec.indexOf(':');
      const kind = spec.slice(0, i);
      const arg = spec.slice(i + 1);
      let v: unknown;
      if (kind === 'json') {
        try {
          parsed ??= JSON.parse(res.body);
          v = jsonPath(parsed, arg);
        } catch {
          v = undefined;
        }
      } else if (kind === 'header') v = res.headers[arg.toLowerCase()];
      else if (kind === 'cookie') v = jar.get(arg);
      else if (kind === 'regex') v = new RegExp(arg).exec(res.body)?.[1];
      if (v === undefined || v === null || v === '') {
        result.problem = `could not extract ${key} (${spec})`;
        break;
      }
      const s = typeof v === 'string' ? v : JSON.stringify(v);
      if (SECRET_NAME.test(key) || smoke.secrets.includes(key)) hooks.secret(s);
      vars.set(key, s);
    }
  }
  if (edge && !result.problem) result.problem = `${edge.vendor} ${edge.kind}`;
  result.ok = !result.problem;
  result.slow = result.ok && result.ms > maxMs;
  return result;
}

export async function runSmoke(target: SmokeTarget, probes: SmokeProbes, hooks: RunHooks): Promise<FlowResult[]> {
  const { smoke } = target;
  for (const [k, v] of Object.entries(smoke.variables)) if (SECRET_NAME.test(k) || smoke.secrets.includes(k)) hooks.secret(v);
  const out: FlowResult[] = [];
  for (const flow of smoke.flows) {
    hooks.signal?.throwIfAborted();
    const vars = new Map(Object.entries(smoke.variables));
    const jar = new Map<string, string>();
    const fr: FlowResult = { flow, ok: true, steps: [], totalMs: 0 };
    let wrote = false;
    for (let i = 0; i < flow.steps.length; i++) {
      const step = flow.steps[i]!;
      if (!/^(?:GET|HEAD|OPTIONS)$/i.test(step.method)) wrote = true;
      const r = await runStep(step, i, 'step', flow, smoke, vars, jar, probes, hooks);
      fr.steps.push(r);
      fr.totalMs += r.ms;
      if (!r.ok) {
        fr.ok = false;
        fr.failedStep = r.step;
        fr.reason = r.problem ?? 'failed';
        fr.unreachable = r.status === undefined;
        break;
      }
    }
    // undo whatever a write flow did, even when a later step failed
    // a write that never happened (its id was never extracted) has nothing to undo
    const unresolved = flow.undo.some((u) => /\{\{[^}]+\}\}/.test(fill(JSON.stringify([u.path, u.headers, u.json ?? null, u.form ?? null, u.body ?? null]), vars)));
    if (flow.undo.length && wrote && !unresolved) {
      for (let i = 0; i < flow.undo.length; i++) {
        const r = await runStep(flow.undo[i]!, i, 'undo', flow, smoke, vars, jar, probes, hooks);
        fr.steps.push(r);
        fr.totalMs += r.ms;
        if (!r.ok) {
          fr.ok = false;
          fr.undoFailed = true;
          fr.failedStep ??= r.step;
          fr.reason ??= `undo failed: ${r.problem ?? 'failed'}`;
          break;
        }
      }
    }
    out.push(fr);
    probes.results?.push(fr);
  }
  return out;
}
