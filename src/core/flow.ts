import type { FlowStep } from './config/flow.js';
import { fillString, fillTemplate, getPath, hasPlaceholder, statusMatches } from './template.js';

/**
 * The pure half of the one HTTP flow engine (issue 20): building a step's request from `{{var}}` templates,
 * judging a response against the step's assertions, extracting variables, the cookie jar and the edge/WAF
 * signatures. src/probes/http-flow.ts sends the requests; `launchready gate` (deploy.smoke), the ops canary
 * (smoke.flows) and the monitor (`type: flow` and `type: http`) all judge through here. No I/O.
 */

/** The parts of a response the judgement reads (src/probes/http.ts HttpResponse fits). */
export interface FlowResponse {
  status: number;
  headers: Record<string, string>;
  setCookies: string[];
  body: string;
}

export interface BuiltRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
  /** the step expects JSON back (a JSON body, a json: extraction or an Accept naming json) */
  expectJson: boolean;
}

export type Vars = Map<string, string>;

/**
 * `url` as written (absolute) or appended to `base`, keeping the base's path prefix: `/login` under
 * `https://app.test/v2` is `https://app.test/v2/login`. Undefined when the URL is relative and there is no base.
 */
export function resolveStepUrl(url: string, base: string | undefined): string | undefined {
  if (/^https?:\/\//i.test(url)) return url;
  if (!base) return undefined;
  return new URL(url.replace(/^\/+/, ''), base.endsWith('/') ? base : `${base}/`).href;
}

/** The request a step sends, with `{{var}}` filled from `vars` and the cookie jar applied. */
export function buildRequest(step: FlowStep, vars: Vars, jar: Vars, base: string | undefined): BuiltRequest {
  const raw = fillString(step.url, vars);
  const url = resolveStepUrl(raw, base);
  if (url === undefined) throw new FlowStepError(`"${raw}" is relative and there is no base URL to resolve it against`);
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(step.headers)) headers[k.toLowerCase()] = fillString(v, vars);
  let body: string | undefined;
  if (step.json !== undefined) {
    body = JSON.stringify(fillTemplate(step.json, vars));
    headers['content-type'] ??= 'application/json';
    headers.accept ??= 'application/json';
  } else if (step.form) {
    body = new URLSearchParams(Object.fromEntries(Object.entries(step.form).map(([k, v]) => [k, fillString(v, vars)]))).toString();
    headers['content-type'] ??= 'application/x-www-form-urlencoded';
  } else if (step.body !== undefined) body = fillString(step.body, vars);
  if (jar.size && !headers.cookie) headers.cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const expectJson = step.json !== undefined || Object.values(step.extract).some((e) => e.startsWith('json:')) || (headers.accept ?? '').includes('json');
  return { url, method: step.method.toUpperCase(), headers, ...(body !== undefined ? { body } : {}), expectJson };
}

/** A step that cannot be built (a relative URL without a base): a config problem, not a failed response. */
export class FlowStepError extends Error {}

/** Does judging this step read the response body? (The monitor skips reading bodies nobody looks at.) */
export function stepNeedsBody(step: FlowStep): boolean {
  return step.bodyContains.length > 0 || step.bodyNotContains.length > 0 || step.bodyMatches !== undefined || Object.values(step.extract).some((e) => e.startsWith('json:') || e.startsWith('regex:'));
}

export type ProblemId = 'status' | 'slow' | 'body-missing' | 'body-forbidden' | 'body-mismatch' | 'header-missing' | 'header-mismatch' | 'extract' | 'edge';

export interface FlowProblem {
  id: ProblemId;
  text: string;
}

/** The assertion fields of a step (the http monitor has these without the rest of a step). */
export type Assertions = Pick<FlowStep, 'expectStatus' | 'maxLatencyMs' | 'bodyContains' | 'bodyNotContains' | 'bodyMatches' | 'expectHeaders'>;

function ms(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/**
 * Every assertion the response breaks, in a fixed order (status, latency, body, headers): a runner that reports
 * one problem takes the first, the gate lists them all.
 */
export function judgeResponse(a: Assertions, res: Pick<FlowResponse, 'status' | 'headers' | 'body'>, latencyMs: number, vars: Vars = new Map()): FlowProblem[] {
  const out: FlowProblem[] = [];
  if (!statusMatches(res.status, a.expectStatus)) out.push({ id: 'status', text: `status ${res.status} not in ${a.expectStatus.join(', ')}` });
  if (a.maxLatencyMs !== undefined && latencyMs > a.maxLatencyMs) out.push({ id: 'slow', text: `latency ${ms(latencyMs)} ms over budget ${a.maxLatencyMs} ms` });
  for (const s of a.bodyContains) {
    const want = fillString(s, vars);
    if (!res.body.includes(want)) out.push({ id: 'body-missing', text: `body does not contain ${JSON.stringify(want)}` });
  }
  for (const s of a.bodyNotContains) {
    const bad = fillString(s, vars);
    if (res.body.includes(bad)) out.push({ id: 'body-forbidden', text: `body contains ${JSON.stringify(bad)}` });
  }
  if (a.bodyMatches !== undefined && !new RegExp(a.bodyMatches).test(res.body)) out.push({ id: 'body-mismatch', text: `body does not match /${a.bodyMatches}/` });
  for (const [name, re] of Object.entries(a.expectHeaders)) {
    const v = res.headers[name.toLowerCase()];
    if (v === undefined) out.push({ id: 'header-missing', text: `header ${name} missing` });
    else if (re && !new RegExp(re).test(v)) out.push({ id: 'header-mismatch', text: `header ${name}: ${JSON.stringify(v.slice(0, 100))} does not match /${re}/` });
  }
  return out;
}

/** Set-Cookie values into the jar (name=value; attributes dropped), as a browser would send them back. */
export function updateJar(jar: Vars, setCookies: readonly string[]): string[] {
  const values: string[] = [];
  for (const c of setCookies) {
    const m = /^\s*([^=;\s]+)=([^;]*)/.exec(c);
    if (m) {
      jar.set(m[1]!, m[2]!);
      values.push(m[2]!);
    }
  }
  return values;
}

/**
 * The step's `extract` specs over the response: "json:path" (src/core/template.ts getPath), "header:name",
 * "cookie:name" (from the jar, after this response's Set-Cookie) or "regex:(capture)". Non-string JSON values are
 * carried as JSON text. An absent or empty value is a problem: a later step would send a literal "{{name}}".
 */
export function extractVars(step: Pick<FlowStep, 'extract'>, res: Pick<FlowResponse, 'headers' | 'body'>, jar: Vars): { values: [string, string][]; problem?: FlowProblem } {
  const values: [string, string][] = [];
  let parsed: unknown;
  let parsedOk: boolean | undefined;
  for (const [key, spec] of Object.entries(step.extract)) {
    const i = spec.indexOf(':');
    const kind = spec.slice(0, i);
    const arg = spec.slice(i + 1);
    let v: unknown;
    if (kind === 'json') {
      if (parsedOk === undefined) {
        try {
          parsed = JSON.parse(res.body);
          parsedOk = true;
        } catch {
          parsedOk = false;
        }
      }
      v = parsedOk ? getPath(parsed, arg) : undefined;
    } else if (kind === 'header') v = res.headers[arg.toLowerCase()];
    else if (kind === 'cookie') v = jar.get(arg);
    else if (kind === 'regex') v = new RegExp(arg).exec(res.body)?.[1];
    if (v === undefined || v === null || v === '') return { values, problem: { id: 'extract', text: `could not extract ${key} (${spec}${kind === 'json' && parsedOk === false ? ': body is not JSON' : ''})` } };
    values.push([key, typeof v === 'string' ? v : JSON.stringify(v)]);
  }
  return { values };
}

/** Variable names whose values are masked in every output even when not listed as secrets. */
export const SECRET_VAR_NAME = /pass|token|secret|key|cookie|session|auth|otp|code/i;

/** A step that writes (anything but GET/HEAD/OPTIONS): a flow that wrote runs its undo steps. */
export function isWrite(method: string): boolean {
  return !/^(?:GET|HEAD|OPTIONS)$/i.test(method);
}

/** Undo steps that still name a variable no step extracted: the write they undo never happened. */
export function undoUnresolved(undo: readonly FlowStep[], vars: Vars): boolean {
  return undo.some((u) => hasPlaceholder(fillString(JSON.stringify([u.url, u.headers, u.json ?? null, u.form ?? null, u.body ?? null]), vars)));
}

export interface EdgeBlock {
  vendor: string;
  kind: 'challenge' | 'block' | 'captcha' | 'rate-limit';
  evidence: string;
}

/** Edge/WAF challenges and blocks, by vendor signature (headers first, then well-known interstitial pages). */
export function detectEdgeBlock(res: Pick<FlowResponse, 'status' | 'headers' | 'body'>, expectJson = false): EdgeBlock | null {
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
