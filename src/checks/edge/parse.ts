import { createHash } from 'node:crypto';

/** Small header parsers shared by the edge checks (pure). */

/** CSP directives: name → sources (lower-cased names; source expressions kept as sent). RFC: CSP Level 3 §2.2. */
export function parseCsp(value: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  // several CSP headers are joined with ", " by the probe; each policy applies (we merge, first directive wins)
  for (const policy of value.split(/,(?=\s*[a-z-]+\s)/i)) {
    for (const part of policy.split(';')) {
      const tokens = part.trim().split(/\s+/).filter(Boolean);
      if (!tokens.length) continue;
      const name = tokens[0]!.toLowerCase();
      if (!out.has(name)) out.set(name, tokens.slice(1));
    }
  }
  return out;
}

export interface HstsInfo {
  maxAge?: number;
  includeSubDomains: boolean;
  preload: boolean;
  valid: boolean;
}

/** RFC 6797 §6.1 */
export function parseHsts(value: string): HstsInfo {
  const info: HstsInfo = { includeSubDomains: false, preload: false, valid: true };
  // only the first header counts (RFC 6797 §8.1)
  for (const part of value.split(',')[0]!.split(';')) {
    const [k, v] = part.trim().split('=').map((x) => x?.trim());
    if (!k) continue;
    const key = k.toLowerCase();
    if (key === 'max-age') {
      const n = Number((v ?? '').replace(/^"|"$/g, ''));
      if (!Number.isInteger(n) || n < 0) info.valid = false;
      else info.maxAge = n;
    } else if (key === 'includesubdomains') info.includeSubDomains = true;
    else if (key === 'preload') info.preload = true;
  }
  if (info.maxAge === undefined) info.valid = false;
  return info;
}

export interface CookieInfo {
  name: string;
  secure: boolean;
  httpOnly: boolean;
  sameSite?: string;
  domain?: string;
  path?: string;
  expired: boolean;
}

export function parseSetCookie(line: string, now = Date.now()): CookieInfo {
  const [pair, ...attrs] = line.split(';');
  const name = (pair ?? '').split('=')[0]!.trim();
  const c: CookieInfo = { name, secure: false, httpOnly: false, expired: false };
  for (const a of attrs) {
    const i = a.indexOf('=');
    const k = (i < 0 ? a : a.slice(0, i)).trim().toLowerCase();
    const v = i < 0 ? '' : a.slice(i + 1).trim();
    if (k === 'secure') c.secure = true;
    else if (k === 'httponly') c.httpOnly = true;
    else if (k === 'samesite') c.sameSite = v.toLowerCase();
    else if (k === 'domain') c.domain = v;
    else if (k === 'path') c.path = v;
    else if (k === 'max-age' && Number(v) <= 0) c.expired = true;
    else if (k === 'expires' && Date.parse(v) < now) c.expired = true;
  }
  return c;
}

/** Cache-Control directives, lower-cased (RFC 9111 §5.2). */
export function parseCacheControl(value: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (value ?? '').split(',')) {
    const [k, v] = part.trim().split('=');
    if (k) out.set(k.trim().toLowerCase(), (v ?? '').trim().replace(/^"|"$/g, ''));
  }
  return out;
}

/** Names a session or auth cookie carries in practice (Observatory uses a similar list). */
export const SESSION_COOKIE = /sess|sid\b|^sid|token|auth|jwt|login|remember|user_?id|connect\.sid|_session/i;
export const CSRF_COOKIE = /csrf|xsrf/i;

/** Tags with URLs in an HTML body (bounded regex: attribute values up to 2 KiB, no nested quotes). */
export function htmlRefs(html: string): { tag: string; attr: string; url: string; integrity: boolean; rel?: string }[] {
  const out: { tag: string; attr: string; url: string; integrity: boolean; rel?: string }[] = [];
  const tagRe = /<(script|link|img|iframe|audio|video|source|embed|object|form)\b([^>]{0,4000})>/gi;
  let m: RegExpExecArray | null;
  while ((m = tagRe.exec(html))) {
    const tag = m[1]!.toLowerCase();
    const attrs = m[2]!;
    const attr = (name: string) => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]{0,2048})"|'([^']{0,2048})'|([^\\s>]{1,2048}))`, 'i').exec(attrs);
    const pick = (r: RegExpExecArray | null) => (r ? (r[1] ?? r[2] ?? r[3] ?? '') : undefined);
    const name = tag === 'link' ? 'href' : tag === 'object' ? 'data' : tag === 'form' ? 'action' : 'src';
    const url = pick(attr(name));
    if (!url) continue;
    const rel = pick(attr('rel'));
    out.push({ tag, attr: name, url, integrity: attr('integrity') !== null, ...(rel ? { rel: rel.toLowerCase() } : {}) });
  }
  return out;
}

/**
 * Policies an HTML page sets in <meta>: http-equiv Content-Security-Policy / Referrer-Policy and
 * <meta name="referrer"> (HTML §4.2.5.3; CSP3 §3.3 — frame-ancestors, sandbox and report-uri are ignored there).
 * Only the <head> part before <body> is scanned (bounded: first 64 KiB).
 */
export function metaPolicies(html: string): { csp: string[]; referrer: string[] } {
  const head = html.slice(0, 65_536).split(/<body[\s>]/i)[0] ?? '';
  const out = { csp: [] as string[], referrer: [] as string[] };
  const re = /<meta\b([^>]{0,4000})>/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(head))) {
    const attrs = m[1]!;
    const get = (n: string) => {
      const r = new RegExp(`\\b${n}\\s*=\\s*(?:"([^"]{0,3000})"|'([^']{0,3000})'|([^\\s>]{1,3000}))`, 'i').exec(attrs);
      return r ? (r[1] ?? r[2] ?? r[3] ?? '') : undefined;
    };
    const equiv = get('http-equiv')?.toLowerCase();
    const name = get('name')?.toLowerCase();
    const content = get('content');
    if (content === undefined) continue;
    if (equiv === 'content-security-policy') out.csp.push(content);
    else if (equiv === 'referrer-policy' || name === 'referrer') out.referrer.push(content);
  }
  return out;
}

/** The registrable domain: one implementation, in src/core/domain.ts (tldts, Public Suffix List). */
export { apexOf } from '../../core/domain.js';

/** A short digest of a body's first 64 KiB: tells "the same page as the home page" (SPA fallback, catch-all) apart. */
export function bodyDigest(body: string): string {
  return createHash('sha256').update(body.slice(0, 65_536)).digest('hex').slice(0, 16);
}

// Role mailboxes a public page names on purpose (RFC 2142 and the usual contact addresses).
const ROLE_MAILBOX = /^(support|info|contact|hello|help|privacy|security|abuse|sales|team|press|jobs|careers|legal|billing|noreply|no-reply|donotreply|do-not-reply|postmaster|hostmaster|webmaster|admin|office|mail|feedback)$/i;

/**
 * Does a response body look rendered for one signed-in user? "Signed in as" / "logged in as", or a personal email
 * address (not a role mailbox) in HTML or JSON. Bounded: first 64 KiB, address parts ≤ 64 chars.
 */
export function looksPersonal(body: string): boolean {
  const b = body.slice(0, 65_536);
  // not "sign out" or "welcome back": static app shells and login pages carry those words for everyone
  if (/\b(signed|logged) in as\b/i.test(b)) return true;
  const re = /([a-z0-9._%+-]{1,64})@([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8})/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(b))) if (!ROLE_MAILBOX.test(m[1]!) && !/\.(png|jpe?g|gif|svg|webp|js|css)$/i.test(m[2]!)) return true;
  return false;
}
