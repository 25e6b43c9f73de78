import { readJwt } from '../../core/jwt.js';
import type { Hit, ScanOptions } from './types.js';

/**
 * Detectors for leaks that are not provider-specific keys (those come from the secrets engine, see
 * secret-engine.ts). Each detector gets a chunk of whole log lines and pushes raw hits; dedupe, masking, line
 * numbers and caps happen once in scanner.ts. Every regular expression uses bounded quantifiers only, and
 * most start with a literal so V8 can skip ahead: the scanner must keep a multi-GB log fast.
 */

// ---------------------------------------------------------------------------------------------------------
// shared helpers

/** Shannon entropy in bits per character. */
export function entropy(s: string): number {
  const freq = new Map<string, number>();
  for (const c of s) freq.set(c, (freq.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of freq.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

const PLACEHOLDER =
  /^(?:x{3,}|\*+|\.{3,}|-+|_+|#+|\?+|0+|<[^>]{0,80}>|\$\{[^}]{0,80}\}|\$[A-Z_][A-Z0-9_]{0,60}|\{\{[^}]{0,80}\}\}|%[sdv]|:[a-z_]+|\[[^\]]{0,40}\]|\([^)]{0,40}\)|null|nil|none|undefined|true|false|changeme|change_me|example|placeholder|secret|password|passwd|pass|token|your[_-]?[\w-]{0,40}|test|dummy|sample|redacted|filtered|masked|hidden|removed|omitted|sanitized|scrubbed)$/i;

/** Values that are not secrets: placeholders, masked output, template variables. */
export function isPlaceholder(v: string): boolean {
  if (PLACEHOLDER.test(v)) return true;
  if (v.includes('…') || v.includes('***') || /redacted|filtered|\bmasked\b|scrubbed/i.test(v)) return true;
  if (/^(.)\1+$/.test(v)) return true;
  return false;
}

/** An opaque token: long enough, and not a word (contains digits and letters, or is long and random). */
export function looksLikeToken(v: string, min = 16): boolean {
  if (v.length < min || isPlaceholder(v)) return false;
  if (/^\d+$/.test(v)) return false;
  // a word, or words in camelCase, is not a token; long random mixed-case letters are
  if (/^[a-z]+$/i.test(v)) return v.length >= 24 && /[a-z]/.test(v) && /[A-Z]/.test(v) && entropy(v) >= 3.5 && !/^(?:[A-Z]?[a-z]{2,})+$/.test(v);
  if (/\d/.test(v) && /[A-Za-z]/.test(v)) return entropy(v) >= 3;
  return v.length >= 32 && entropy(v) >= 3.5;
}

const KEY_CHAR = /[A-Za-z0-9_.-]/;
// `:` and `=`, and Ruby's `=>` (Rails logs `Parameters: {"password"=>"..."}` when filter_parameters misses a key)
const SEP_RE = /\\?["']?[ \t]{0,3}(?:=>|[:=])[ \t]{0,3}/y;

export interface KeyValue {
  key: string;
  keyStart: number;
  /** the key was quoted (JSON, or a quoted form) */
  quotedKey: boolean;
  valueStart: number;
  value: string;
  quotedValue: boolean;
}

/**
 * Read `key = value`, `key: value`, `"key":"value"` and `key=value&` around a keyword found at `at`.
 * Bounded: the key is at most 64 characters, a value at most `maxValue`.
 */
export function keyValueAt(text: string, at: number, kwLength: number, maxValue = 4096, valueStop = /[\s;,&"'}<>\\)\]]/): KeyValue | null {
  let ks = at;
  while (ks > 0 && at - ks < 64 && KEY_CHAR.test(text[ks - 1]!)) ks--;
  let ke = at + kwLength;
  while (ke < text.length && ke - at < 64 && KEY_CHAR.test(text[ke]!)) ke++;
  const quotedKey = ks > 0 && (text[ks - 1] === '"' || text[ks - 1] === "'");
  SEP_RE.lastIndex = ke;
  const sep = SEP_RE.exec(text);
  if (!sep) return null;
  let vs = ke + sep[0].length;
  // optional opening quote (possibly escaped, as in a JSON string inside a JSON line)
  let quote = '';
  if (text[vs] === '\\' && (text[vs + 1] === '"' || text[vs + 1] === "'")) {
    quote = '\\' + text[vs + 1];
    vs += 2;
  } else if (text[vs] === '"' || text[vs] === "'") {
    quote = text[vs]!;
    vs += 1;
  }
  let ve = vs;
  if (quote) {
    const end = quote.length === 2 ? quote : quote;
    const stop = text.indexOf(end, vs);
    const nl = text.indexOf('\n', vs);
    ve = stop === -1 || (nl !== -1 && nl < stop) ? vs : Math.min(stop, vs + maxValue);
    if (ve === vs) return null;
  } else {
    while (ve < text.length && ve - vs < maxValue && !valueStop.test(text[ve]!)) ve++;
  }
  if (ve === vs) return null;
  return { key: text.slice(ks, ke), keyStart: ks, quotedKey, valueStart: vs, value: text.slice(vs, ve), quotedValue: quote !== '' };
}

function lineStartOf(text: string, i: number): number {
  return text.lastIndexOf('\n', i - 1) + 1;
}
function lineEndOf(text: string, i: number): number {
  const e = text.indexOf('\n', i);
  return e === -1 ? text.length : e;
}

// ---------------------------------------------------------------------------------------------------------
// auth tokens: bearer / basic / token in query strings / JWTs

const JWT_RE = /\beyJ[A-Za-z0-9_-]{8,4096}\.eyJ[A-Za-z0-9_-]{2,16384}\.[A-Za-z0-9_-]{0,4096}/g;

export function detectJwt(text: string, out: Hit[], opts: ScanOptions): void {
  if (!text.includes('eyJ')) return;
  JWT_RE.lastIndex = 0;
  for (let m = JWT_RE.exec(text); m; m = JWT_RE.exec(text)) {
    const token = m[0];
    const jwt = readJwt(token);
    if (!jwt) continue; // looks like a JWT, is not one
    const { header, payload } = jwt;
    const sig = jwt.parts[2];
    if (!('alg' in header) && !('typ' in header)) continue;
    const exp = typeof payload?.exp === 'number' ? payload.exp : undefined;
    const expired = exp !== undefined && exp * 1000 < opts.now.getTime();
    const data: Record<string, string | number | boolean> = { alg: String(header.alg ?? 'none'), signed: Boolean(sig), expired };
    if (typeof payload.role === 'string' && /^[\w-]{1,40}$/.test(payload.role)) data.role = payload.role;
    out.push({
      kind: 'auth-token',
      messageId: expired ? 'jwt-expired' : 'jwt',
      index: m.index,
      length: token.length,
      value: token,
      label: 'JWT',
      severity: expired ? 'low' : 'high',
      data,
    });
  }
}

const BEARER_RE = /\bbearer[ \t]{1,4}([A-Za-z0-9._~+/-]{12,4096}=*)/gi;
const BASIC_RE = /\bbasic[ \t]{1,4}([A-Za-z0-9+/]{6,2048}={0,2})(?![A-Za-z0-9+/=])/gi;
const QUERY_TOKEN_RE = /[?&#](access_token|id_token|refresh_token|auth_token|token|api_key|apikey|api-key|private_token|jwt)=([^&\s"'#<>\\]{16,2048})/gi;
/** An OAuth 2.0 authorization code (RFC 6749 §4.1.2) in a redirect URL: single use, but whoever reads the log first can redeem it. */
const OAUTH_CODE_RE = /[?&#]code=([A-Za-z0-9._~/%-]{10,1024})(?=[&#\s"'<>\\]|$)/g;
const OAUTH_CONTEXT = /callback|oauth|authori[sz]e|redirect|signin|sign-in|login|sso|\/auth\b|[?&]state=|[?&]session_state=/i;
// `Authorization: Token <key>` (Django REST framework, GitLab/Discourse-style API keys), `Authorization: ApiKey <key>`
const AUTH_SCHEME_RE = /\bauthorization\\?["']?[ \t]{0,3}[:=][ \t]{0,3}\\?["']?(token|apikey|api-key|key|sso-key)[ \t]{1,4}([A-Za-z0-9._~+/-]{16,1024}=*)/gi;
const HEADER_KEY_RE = /\b(x-api-key|x-auth-token|x-access-token|private-token|api-key|x-session-token)["']?[ \t]{0,3}[:=][ \t]{0,3}["']?([A-Za-z0-9._~+/-]{16,1024})/gi;

export function detectAuthTokens(text: string, out: Hit[]): void {
  if (/bearer/i.test(text)) {
    BEARER_RE.lastIndex = 0;
    for (let m = BEARER_RE.exec(text); m; m = BEARER_RE.exec(text)) {
      const v = m[1]!;
      if (!looksLikeToken(v)) continue;
      out.push({ kind: 'auth-token', messageId: 'bearer', index: m.index + m[0].length - v.length, length: v.length, value: v, label: 'Bearer token', severity: 'high' });
    }
  }
  if (/basic/i.test(text)) {
    BASIC_RE.lastIndex = 0;
    for (let m = BASIC_RE.exec(text); m; m = BASIC_RE.exec(text)) {
      const v = m[1]!;
      const decoded = Buffer.from(v, 'base64').toString('utf8');
      // user:password, printable, with a non-empty password
      const colon = decoded.indexOf(':');
      if (colon < 1 || colon === decoded.length - 1 || !/^[\x20-\x7e]+$/.test(decoded)) continue;
      if (isPlaceholder(decoded.slice(colon + 1))) continue;
      out.push({ kind: 'auth-token', messageId: 'basic', index: m.index + m[0].length - v.length, length: v.length, value: v, label: 'HTTP Basic credentials', severity: 'high' });
    }
  }
  if (text.includes('=')) {
    QUERY_TOKEN_RE.lastIndex = 0;
    for (let m = QUERY_TOKEN_RE.exec(text); m; m = QUERY_TOKEN_RE.exec(text)) {
      const v = m[2]!;
      if (!looksLikeToken(v)) continue;
      const param = m[1]!.toLowerCase();
      const refresh = param === 'refresh_token';
      out.push({ kind: 'auth-token', messageId: refresh ? 'refresh-token' : 'query-token', index: m.index + m[0].length - v.length, length: v.length, value: v, label: `${param} in a URL`, severity: refresh ? 'critical' : 'high', data: { param } });
    }
  }
  if (text.includes('code=')) {
    OAUTH_CODE_RE.lastIndex = 0;
    for (let m = OAUTH_CODE_RE.exec(text); m; m = OAUTH_CODE_RE.exec(text)) {
      const v = m[1]!;
      if (!looksLikeToken(v, 10) && !(v.length >= 20 && entropy(v) >= 3)) continue;
      // the URL around it: from the last whitespace/quote before to the next one after
      const ls = lineStartOf(text, m.index);
      let us = m.index;
      while (us > ls && m.index - us < 2048 && !/[\s"'<>]/.test(text[us - 1]!)) us--;
      let ue = m.index + m[0].length;
      const le = lineEndOf(text, m.index);
      while (ue < le && ue - m.index < 2048 && !/[\s"'<>\\]/.test(text[ue]!)) ue++;
      if (!OAUTH_CONTEXT.test(text.slice(us, ue))) continue;
      out.push({ kind: 'auth-token', messageId: 'oauth-code', index: m.index + m[0].length - v.length, length: v.length, value: v, label: 'OAuth authorization code', severity: 'high' });
    }
  }
  if (/authorization/i.test(text)) {
    AUTH_SCHEME_RE.lastIndex = 0;
    for (let m = AUTH_SCHEME_RE.exec(text); m; m = AUTH_SCHEME_RE.exec(text)) {
      const v = m[2]!;
      if (!looksLikeToken(v)) continue;
      out.push({ kind: 'auth-token', messageId: 'bearer', index: m.index + m[0].length - v.length, length: v.length, value: v, label: `Authorization ${m[1]} value`, severity: 'high' });
    }
  }
  if (/-(?:key|token)\b/i.test(text)) {
    HEADER_KEY_RE.lastIndex = 0;
    for (let m = HEADER_KEY_RE.exec(text); m; m = HEADER_KEY_RE.exec(text)) {
      const v = m[2]!;
      if (!looksLikeToken(v)) continue;
      out.push({ kind: 'auth-token', messageId: 'api-key-header', index: m.index + m[0].length - v.length, length: v.length, value: v, label: `${m[1]!.toLowerCase()} header`, severity: 'high', data: { header: m[1]!.toLowerCase() } });
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// session ids and cookies

const SESSION_KW = /sess|sid|remember_|__secure-|__host-|auth[_-]?token/gi;
/** Cookie / field names that carry a session (framework defaults: Express, PHP, Java, ASP.NET, Rails, Django, Laravel, NextAuth, Supabase). */
const SESSION_KEY =
  /^(?:[\w.-]{0,40}[_.-])?(?:session|sess|sid|sessid|session[_-]?id|session[_-]?token|session[_-]?key|sessionid|sessiontoken|phpsessid|jsessionid|asp\.net_sessionid|connect\.sid|remember[_-]?(?:me|token)[\w-]{0,40}|auth[_-]?token|__secure-[\w.-]{1,60}|__host-[\w.-]{1,60}|sb-[\w-]{1,40}-auth-token|next-auth\.session-token)$/i;

export function detectSessions(text: string, out: Hit[]): void {
  if (!/sess|sid|remember_|__secure-|__host-|auth.?token/i.test(text)) return;
  SESSION_KW.lastIndex = 0;
  let lastEnd = -1;
  for (let m = SESSION_KW.exec(text); m; m = SESSION_KW.exec(text)) {
    if (m.index < lastEnd) continue;
    const kv = keyValueAt(text, m.index, m[0].length, 4096, /[\s;,&"'}<>\\]/);
    if (!kv) continue;
    lastEnd = kv.valueStart + kv.value.length;
    if (!SESSION_KEY.test(kv.key) || HARMLESS_COOKIE.test(kv.key)) continue;
    // "session_id=42" or a UUID-shaped id is an id, not a bearer secret... but UUID session ids are bearer
    // secrets too (Express/Rails use random ids): keep anything long and random enough.
    if (!looksLikeToken(kv.value, 12) && (kv.value.length < 16 || isPlaceholder(kv.value) || entropy(kv.value) < 3 || /^\d+$/.test(kv.value))) continue;
    // express-session signs its cookie as s:<id>.<signature> (URL-encoded s%3A): the id itself is the credential
    const signed = /^s(?:%3A|:)/i.exec(kv.value)?.[0].length ?? 0;
    const value = kv.value.slice(signed);
    out.push({ kind: 'session-id', messageId: cookieHeaderOf(text, kv.keyStart) ?? 'session', index: kv.valueStart + signed, length: value.length, value, label: kv.key, severity: 'high', data: { name: kv.key } });
  }
  detectCookieHeaders(text, out);
}

/** `set-cookie` or `cookie` when the position sits in such a header (plain `Cookie: a=b` or a JSON `"set-cookie":"..."`). */
function cookieHeaderOf(text: string, at: number): 'cookie' | 'set-cookie' | null {
  const ls = lineStartOf(text, at);
  const head = text.slice(Math.max(ls, at - 4096), at).toLowerCase();
  const i = head.lastIndexOf('cookie');
  if (i === -1) return null;
  // the header name must be followed by its separator (Cookie: / "cookie":" / cookie=)
  if (!/^cookie\\?["']?\s?[:=]/.test(head.slice(i))) return null;
  return head.slice(Math.max(0, i - 4), i) === 'set-' ? 'set-cookie' : 'cookie';
}

const COOKIE_HEADER_RE = /(set-)?cookie\\?["']?[ \t]{0,3}:[ \t]{0,3}\\?["']?/gi;
/** Cookie names that carry a credential beyond the session names above (auth, remember-me, refresh, identity). */
const AUTH_COOKIE_NAME = /token|auth|jwt|sess|sid|remember|login|identity|credential|refresh|access/i;
/** Analytics, consent and preference cookies: ids or choices, not credentials. */
const HARMLESS_COOKIE = /^(?:_ga\w*|_gid|_gat\w*|_fbp|_fbc|_gcl_\w+|_hj\w+|_pk_\w+|ajs_\w+|mp_\w+|amplitude_\w+|intercom-\w+|__stripe_mid|__stripe_sid|theme|lang|locale|NEXT_LOCALE|consent|cookieconsent\w*|csrf\w*|_csrf|xsrf-token|XSRF-TOKEN|__cf_bm|_cfuvid)$/i;

function detectCookieHeaders(text: string, out: Hit[]): void {
  if (!/cookie/i.test(text)) return;
  COOKIE_HEADER_RE.lastIndex = 0;
  for (let m = COOKIE_HEADER_RE.exec(text); m; m = COOKIE_HEADER_RE.exec(text)) {
    const set = m[1] !== undefined;
    const le = lineEndOf(text, m.index);
    const vs = m.index + m[0].length;
    // a Set-Cookie carries one cookie (then attributes); a Cookie header carries `a=b; c=d`
    const end = Math.min(le, vs + 8192);
    let i = vs;
    while (i < end) {
      let ne = i;
      while (ne < end && /[\w.$!#%&'*+^`|~-]/.test(text[ne]!) && text[ne] !== '=') ne++;
      if (text[ne] !== '=' || ne === i) break;
      const name = text.slice(i, ne);
      let ve = ne + 1;
      while (ve < end && !/[;\s"\\,]/.test(text[ve]!)) ve++;
      let v = text.slice(ne + 1, ve);
      let vi = ne + 1;
      const signed = /^s%3A/i.exec(v); // express-session signed cookie: s%3A<id>.<sig>
      if (signed) {
        v = v.slice(signed[0].length);
        vi += signed[0].length;
      }
      if (v && !SESSION_KEY.test(name) && AUTH_COOKIE_NAME.test(name) && !HARMLESS_COOKIE.test(name) && looksLikeToken(v, 16) && !isPlaceholder(v)) {
        out.push({ kind: 'session-id', messageId: set ? 'set-cookie' : 'cookie', index: vi, length: v.length, value: v, label: name, severity: 'high', data: { name } });
      }
      if (set) break;
      i = ve;
      while (i < end && (text[i] === ';' || text[i] === ' ')) i++;
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// passwords: URL userinfo, query strings, form bodies, JSON bodies

// '#' is allowed in the password: echoed commands carry raw passwords (`git clone https://ci:pa#ss@host/...`)
const URL_USERINFO_RE = /:\/\/([^\s:/@'"?#<>]{0,200}):([^\s@'"/?<>]{1,400})@[A-Za-z0-9[]/g;
const SCHEME_BEFORE = /([a-z][a-z0-9+.-]{1,20})$/i;
const PASSWORD_KW = /pass(?:word|wd|phrase)?|pwd|client_?secret/gi;
const PASSWORD_KEY = /(?:^|[^a-z])(?:pass|pwd)$|password$|passwd$|passphrase$|password[_-]?confirm(?:ation)?$|client[_-]?secret$/i;
/** Words that follow "password:" in ordinary log messages ("password: incorrect"), not passwords. */
const STATUS_WORD =
  /^(?:invalid|incorrect|wrong|missing|required|expired|reset|changed|updated|mismatch|ok|weak|empty|blank|set|unset|provided|none|n\/a|too[_-]?short|too[_-]?long|not[_-]?set|ignored|sent|requested|failed|success|successful|true|false|yes|no|\d{1,3})$/i;

function passwordValueOk(v: string): boolean {
  if (v.length < 4 || v.length > 400) return false;
  if (isPlaceholder(v) || STATUS_WORD.test(v)) return false;
  if (/^\$(?:2[aby]?|argon2(?:id|i|d)?|pbkdf2[\w-]*|scrypt|[156])\$/.test(v)) return false; // a hash, not the password
  if (/^(?:sha(?:1|256|512)|md5|bcrypt):/i.test(v)) return false;
  if (/^\{\{.*\}\}$|^%\(|^\$\{/.test(v)) return false;
  return true;
}

// Passwords on echoed command lines (CI logs print `+ cmd ...` with set -x, GitHub Actions `[command]...`).
// A long flag whose name ends in password/passwd/pass/pwd/secret/token, with `=` or a space before the value;
// `--password-file`, `--password-stdin` and values that are variables or masks are not passwords.
const CLI_LONG_FLAG_RE = /(?:^|[\s"'])(--(?:[a-z][\w-]{0,30}[-_])?(?:password|passwd|pass|pwd|secret|token))(?:=|[ \t]{1,4})(['"]?)([^\s'"]{1,400})\2(?=[\s;|&)]|$)/gim;
// -p<password> glued to the flag: only for the MySQL/MariaDB clients, where -p means password (-P is the port)
const MYSQL_CMD = /\b(?:mysql|mysqldump|mysqladmin|mysqlimport|mysqlshow|mysqlcheck|mysqlpump|mariadb|mariadb-dump|mariadb-admin)\b/;
const MYSQL_P_RE = /[ \t]-p(['"]?)([^\s'"]{1,400})\1(?=[\s;|&)]|$)/gm;
// -p <password> as a separate word: docker/podman/helm/oc login and sshpass
const LOGIN_CMD = /\b(?:(?:docker|podman|nerdctl|buildah|skopeo|helm(?: registry)?|oc|crane) login|sshpass)\b/;
const LOGIN_P_RE = /[ \t]-p[ \t]{1,4}(['"]?)([^\s'"]{1,400})\1(?=[\s;|&)]|$)/gm;
// curl/wget -u user:password / --user user:password
const HTTP_CMD = /\b(?:curl|wget|http|httpie|xh)\b/;
const USER_FLAG_RE = /[ \t](?:-u|--user|--http-user)(?:[ \t]{1,4}|=)(['"]?)([^\s:'"]{1,120}):([^\s'"]{1,400})\1(?=[\s;|&)]|$)/gm;

function cliValueOk(v: string): boolean {
  return passwordValueOk(v) && !v.startsWith('-') && !/^\$|^%[A-Z_]+%$|^\*+$/.test(v);
}

/** One pass that most application-log chunks fail: no long flag, no ` -p`/` -u` (three literal searches cost 3x). */
const CLI_GATE = /--| -[pu]/;

export function detectCliPasswords(text: string, out: Hit[]): void {
  if (!CLI_GATE.test(text)) return;
  if (text.includes('--')) {
    CLI_LONG_FLAG_RE.lastIndex = 0;
    for (let m = CLI_LONG_FLAG_RE.exec(text); m; m = CLI_LONG_FLAG_RE.exec(text)) {
      const v = m[3]!;
      const flag = m[1]!;
      if (!cliValueOk(v)) continue;
      // a token flag takes only token-shaped values (`--token auto` is a mode, not a secret)
      if (/(?:token|secret)$/i.test(flag) && !looksLikeToken(v, 12)) continue;
      const index = m.index + m[0].length - v.length - m[2]!.length;
      out.push({ kind: 'password', messageId: 'cli-flag', index, length: v.length, value: v, label: flag, severity: 'high', data: { flag }, priority: 2.9 });
    }
  }
  if (text.includes(' -p')) {
    // literal gates first: the command regexes are alternations, costly to run over every chunk
    const mysql = text.includes('mysql') || text.includes('mariadb');
    const login = text.includes(' login') || text.includes('sshpass');
    for (const [cmd, re] of [[MYSQL_CMD, MYSQL_P_RE], [LOGIN_CMD, LOGIN_P_RE]] as const) {
      if (!(cmd === MYSQL_CMD ? mysql : login) || !cmd.test(text)) continue;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const line = text.slice(lineStartOf(text, m.index), m.index);
        if (!cmd.test(line)) continue; // the command must be on the same line, before the flag
        const v = m[2]!;
        if (!cliValueOk(v)) continue;
        const index = m.index + m[0].length - v.length - m[1]!.length;
        out.push({ kind: 'password', messageId: 'cli-flag', index, length: v.length, value: v, label: '-p', severity: 'high', data: { flag: '-p' }, priority: 2.9 });
      }
    }
  }
  if ((text.includes(' -u') || text.includes('-user')) && HTTP_CMD.test(text)) {
    USER_FLAG_RE.lastIndex = 0;
    for (let m = USER_FLAG_RE.exec(text); m; m = USER_FLAG_RE.exec(text)) {
      const line = text.slice(lineStartOf(text, m.index), m.index);
      if (!HTTP_CMD.test(line)) continue;
      const v = m[3]!;
      if (!cliValueOk(v) || m[2]!.startsWith('$')) continue;
      const index = m.index + m[0].length - v.length - m[1]!.length;
      out.push({ kind: 'password', messageId: 'cli-flag', index, length: v.length, value: v, label: '-u user:password', severity: 'high', data: { flag: '-u' }, priority: 2.9 });
    }
  }
}

export function detectPasswords(text: string, out: Hit[]): void {
  detectCliPasswords(text, out);
  if (text.includes('://')) {
    URL_USERINFO_RE.lastIndex = 0;
    for (let m = URL_USERINFO_RE.exec(text); m; m = URL_USERINFO_RE.exec(text)) {
      const pw = m[2]!;
      const scheme = SCHEME_BEFORE.exec(text.slice(Math.max(0, m.index - 21), m.index))?.[1]?.toLowerCase();
      if (!scheme || !passwordValueOk(pw)) continue;
      const index = m.index + 3 + m[1]!.length + 1;
      out.push({ kind: 'password', messageId: 'url-userinfo', index, length: pw.length, value: pw, label: `${scheme}:// URL`, severity: 'high', data: { scheme } });
    }
  }
  if (!/pass|pwd|secret/i.test(text)) return;
  PASSWORD_KW.lastIndex = 0;
  let lastEnd = -1;
  for (let m = PASSWORD_KW.exec(text); m; m = PASSWORD_KW.exec(text)) {
    if (m.index < lastEnd) continue;
    const kv = keyValueAt(text, m.index, m[0].length, 400, /[\s;,&"'}<>\\)\]]/);
    if (!kv) continue;
    lastEnd = kv.valueStart + kv.value.length;
    if (!PASSWORD_KEY.test(kv.key)) continue;
    if (!passwordValueOk(kv.value)) continue;
    const before = text[kv.keyStart - 1];
    let messageId = 'form-body';
    if (kv.quotedKey) messageId = 'json-body';
    else if (before === '?' || (before === '&' && /[?][^\s]*$/.test(text.slice(Math.max(lineStartOf(text, kv.keyStart), kv.keyStart - 2048), kv.keyStart)))) messageId = 'url-query';
    out.push({ kind: 'password', messageId, index: kv.valueStart, length: kv.value.length, value: kv.value, label: kv.key, severity: 'high', data: { field: kv.key } });
  }
}

// ---------------------------------------------------------------------------------------------------------
// card numbers: Luhn + issuer ranges + card context

export function luhn(digits: string): boolean {
  let sum = 0;
  let dbl = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (dbl) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    dbl = !dbl;
  }
  return sum % 10 === 0;
}

/** Card brand from the issuer identification number and length (ISO/IEC 7812; brand rules as published by the networks). */
export function cardBrand(d: string): string | null {
  const n = d.length;
  const p2 = Number(d.slice(0, 2));
  const p3 = Number(d.slice(0, 3));
  const p4 = Number(d.slice(0, 4));
  const p6 = Number(d.slice(0, 6));
  if (d[0] === '4' && (n === 13 || n === 16 || n === 19)) return 'Visa';
  if (((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) && n === 16) return 'Mastercard';
  if ((p2 === 34 || p2 === 37) && n === 15) return 'American Express';
  if ((p4 === 6011 || p2 === 65 || (p3 >= 644 && p3 <= 649) || (p6 >= 622126 && p6 <= 622925)) && n >= 16 && n <= 19) return 'Discover';
  if (p4 >= 3528 && p4 <= 3589 && n >= 16 && n <= 19) return 'JCB';
  if (((p3 >= 300 && p3 <= 305) || p2 === 36 || p2 === 38 || p2 === 39) && n >= 14 && n <= 19) return 'Diners Club';
  if (p2 === 62 && n >= 16 && n <= 19) return 'UnionPay';
  if ((p2 === 50 || (p2 >= 56 && p2 <= 69)) && n >= 12 && n <= 19) return 'Maestro';
  if (d[0] === '1' && n === 15) return 'UATP'; // Universal Air Travel Plan (IIN 1, 15 digits; corporate travel cards)
  return null;
}

/** Well-known test card numbers from the payment providers' docs: reported at low severity. */
const TEST_CARDS = new Set([
  '4242424242424242', '4000056655665556', '5555555555554444', '2223003122003222', '5200828282828210', '5105105105105100',
  '378282246310005', '371449635398431', '6011111111111117', '6011000990139424', '3056930009020004', '36227206271667',
  '3566002020360505', '6200000000000005', '4111111111111111', '4012888888881881', '4000000000000002', '4000000000009995',
  '5454545454545454', '4444333322221111', '4005519200000004', '4012000033330026',
]);

// 13-19 digits in a row, or the printed layouts 4-4-4-4(-1..3) and Amex 4-6-5 with one kind of separator
// (one leading \d{4} shared by the three layouts and a word boundary first: a match that does not start at a
// boundary is rejected below anyway, and this halves the cost of the busiest pattern on digit-heavy logs)
// The same pass also yields Spanish DNI/NIE candidates (7-8 digits and a letter; X/Y/Z + 7 digits and a letter), the
// last alternatives, so a card layout always wins at the same start: walking a log's digit runs once for both
// costs what walking them for cards alone did.
const CARD_RE = /\b(?:\d{4}(?:\d{9,15}|([ -])(?:\d{4}\1\d{4}\1\d{1,4}(?:\1\d{1,3})?|\d{6}\1\d{5})|\d{3,4}-?[A-Za-z]\b)|[XYZxyz]-?\d{7}-?[A-Za-z]\b)/g;
const CARD_CONTEXT = /card|\bcc[_-]?(?:num|number|no)?\b|\bpan\b|credit|debit|\bvisa\b|master ?card|\bamex\b|payment[_ -]?method|\bcvc\b|\bcvv\b|acct[_-]?num|primary[_ ]account/i;
const NON_CARD_CONTEXT =
  /order|invoice|txn|transaction|tracking|shipment|\bref|reference|\bid\b|[_-]id\b|Id\b|uuid|guid|sku|\bts\b|time|epoch|date|phone|mobile|\btel\b|msisdn|account[_-]?id|user|customer[_-]?id|session|request|trace|span|seq|serial|imei|iccid|nonce|hash|checksum|version|build|port|offset|bytes|size|count|amount|price|total|duration|latency/i;
/** The field name right before a value (`"card_number": "`, `pan=`), read backwards without a regex. */
function keyBefore(text: string, at: number, lineStart: number): string | null {
  let i = at - 1;
  const skip = (chars: string, max: number) => {
    let k = 0;
    while (i >= lineStart && k < max && chars.includes(text[i]!)) {
      i--;
      k++;
    }
  };
  skip('"\'\\', 2);
  skip(' \t', 3);
  if (i < lineStart || (text[i] !== ':' && text[i] !== '=')) return null;
  i--;
  skip(' \t', 3);
  skip('"\'\\', 2);
  const end = i + 1;
  while (i >= lineStart && end - i <= 41 && /[\w.-]/.test(text[i]!)) i--;
  const key = text.slice(i + 1, end);
  return /^[A-Za-z_]/.test(key) ? key : null;
}

/** Field names too generic to say "card" alone; the object they sit in decides. */
const GENERIC_NUMBER_KEY = /^(?:number|num|no|value|account_number|accountNumber)$/i;
const CARD_KEY = /card|payment[_-]?method|^source$|^funding|^pm$|instrument/i;
const NON_CARD_KEY = /order|invoice|ticket|tracking|shipment|phone|reference|address|customer|user|account(?!_?number)/i;
const CARD_SIBLING = /\\?"(?:object|type)\\?"\s?:\s?\\?"card|\\?"(?:exp_month|exp_year|expiry|expiration|cvc|cvv|brand|cardholder)/i;

/**
 * Walk out of the enclosing JSON objects (at most three levels, 4 KiB back) and read each one's key: the
 * innermost object decides (`order: {number}` is not a card even inside a payment), else a card-named
 * ancestor or card-typed siblings (`"object":"card"`, `exp_month`, `brand`) do. Works on JSON escaped inside
 * a JSON string too (braces are not escaped).
 */
function inCardObject(text: string, start: number, ls: number): boolean {
  let depth = 0;
  let level = 0;
  let objEnd = start;
  const stop = Math.max(ls, start - 4096);
  for (let i = start - 1; i >= stop && level < 3; i--) {
    const c = text.charCodeAt(i);
    if (c === 125 /* } */) depth++;
    else if (c === 123 /* { */) {
      if (depth > 0) {
        depth--;
        continue;
      }
      // an enclosing object opens here: its members so far, and its key
      const members = text.slice(i, level === 0 ? Math.min(text.length, start + 400) : objEnd);
      const key = keyBefore(text, i, ls) ?? '';
      if (level === 0 && NON_CARD_KEY.test(key)) return false;
      if (CARD_KEY.test(key) || (level === 0 && CARD_SIBLING.test(members))) return true;
      objEnd = i;
      level++;
    }
  }
  return false;
}

const WORDISH_PREV = /[\w.\-/:+]/;
const WORDISH_NEXT = /[\w-]/;

export interface CardScanOptions {
  /** look for cards (false when only the Spanish id candidates are wanted) */
  cards?: boolean;
  /** receives DNI/NIE-shaped candidates of the same pass (see identifiers.ts spanishId) */
  onSpanishId?: (index: number, raw: string) => void;
}

export function detectCards(text: string, out: Hit[], opts: CardScanOptions = {}): void {
  const cards = opts.cards !== false;
  CARD_RE.lastIndex = 0;
  for (let m = CARD_RE.exec(text); m; m = CARD_RE.exec(text)) {
    const raw = m[0];
    const lastCode = raw.charCodeAt(raw.length - 1);
    if (lastCode > 57) {
      // ends with a letter: a DNI/NIE candidate, never a card
      opts.onSpanishId?.(m.index, raw);
      continue;
    }
    if (!cards) continue;
    const start = m.index;
    const end = start + raw.length;
    // boundaries: not inside a longer word, number, hash, UUID, IP or version string
    const prev = text[start - 1] ?? '';
    const next = text[end] ?? '';
    if (WORDISH_PREV.test(prev) || WORDISH_NEXT.test(next) || (next === '.' && /\d/.test(text[end + 1] ?? '')) || (next === ':' && /\d/.test(text[end + 1] ?? ''))) continue;
    // Luhn first, without allocating: 9 in 10 digit runs stop here
    let sum = 0;
    let dbl = false;
    let nd = 0;
    for (let i = raw.length - 1; i >= 0; i--) {
      let d = raw.charCodeAt(i) - 48;
      if (d < 0 || d > 9) continue;
      if (dbl && (d *= 2) > 9) d -= 9;
      sum += d;
      dbl = !dbl;
      nd++;
    }
    if (sum % 10 !== 0 || nd < 13 || nd > 19) continue;
    const grouped = raw.length !== nd;
    const digits = grouped ? raw.replace(/[ -]/g, '') : raw;
    if (grouped && !/^(?:\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?|\d{4}([ -])\d{6}\2\d{4,5})$/.test(raw)) continue; // 4-4-4-4(-3) or Amex 4-6-5
    const brand = cardBrand(digits);
    if (!brand) continue;
    const ls = lineStartOf(text, start);
    const before = text.slice(Math.max(ls, start - 48), start);
    const key = keyBefore(text, start, ls);
    let isCard: boolean;
    if (key && GENERIC_NUMBER_KEY.test(key)) {
      // {"card": {"number": "4…"}} or {"source": {"object": "card", "number": …}}: the enclosing objects say card
      isCard = inCardObject(text, start, ls);
    } else if (key) {
      isCard = CARD_CONTEXT.test(key) && !/(?:^|[_.-])(?:id|ref|token|hash|last4|bin|fingerprint)$|Id$/i.test(key);
    } else {
      const window = before.slice(-40);
      isCard = !NON_CARD_CONTEXT.test(window) && (CARD_CONTEXT.test(window) || grouped);
    }
    if (!isCard) continue;
    const test = TEST_CARDS.has(digits);
    out.push({
      kind: 'card-number',
      messageId: test ? 'test-card' : 'card',
      index: start,
      length: raw.length,
      value: raw,
      key: digits,
      label: brand,
      severity: test ? 'low' : 'critical',
      data: { brand, last4: digits.slice(-4) },
    });
  }
}

// ---------------------------------------------------------------------------------------------------------
// personal data: emails and phone numbers (reported in bulk, per file)

const EMAIL_LOCAL = /[A-Za-z0-9._%+-]/;
const EMAIL_DOMAIN = /[A-Za-z0-9.-]/;
/** Role and system addresses are not personal data. */
const ROLE_LOCAL = /^(?:no-?reply|do-?not-?reply|support|help|info|admin|administrator|root|postmaster|hostmaster|webmaster|abuse|security|billing|sales|contact|hello|team|ops|devops|alerts?|notifications?|mailer-daemon|git|bounce[s]?|privacy|legal|careers|jobs|press|marketing|newsletter|service|system|bot)$/i;
const NOT_TLD = /^(?:png|jpe?g|gif|svg|webp|ico|js|mjs|cjs|ts|tsx|jsx|css|scss|map|json|html?|xml|txt|md|lock|log|gz|zip|woff2?|ttf|eot|vue|svelte|py|rb|go|rs|java|class|php|node|so|dll|exe|wasm)$/i;
const EXAMPLE_DOMAIN = /(?:^|\.)(?:example\.(?:com|org|net)|example|test|invalid|localhost|local|internal|lan|corp|home|localdomain|svc|cluster)$/i;

export function detectEmails(text: string, out: Hit[]): void {
  let at = text.indexOf('@');
  while (at !== -1) {
    let s = at;
    while (s > 0 && at - s < 64 && EMAIL_LOCAL.test(text[s - 1]!)) s--;
    let e = at + 1;
    while (e < text.length && e - at < 253 && EMAIL_DOMAIN.test(text[e]!)) e++;
    while (e > at + 1 && (text[e - 1] === '.' || text[e - 1] === '-')) e--;
    const next = at;
    at = text.indexOf('@', at + 1);
    if (s === next || e === next + 1) continue;
    const local = text.slice(s, next).replace(/^[.+-]+/, '');
    const domain = text.slice(next + 1, e);
    const dot = domain.lastIndexOf('.');
    if (!local || dot < 1) continue;
    const tld = domain.slice(dot + 1);
    if (!/^[A-Za-z]{2,24}$/.test(tld) || NOT_TLD.test(tld)) continue;
    if (text[s - 1] === '/' || text[s - 1] === ':' || /:\/\/[^\s/@]{0,200}$/.test(text.slice(Math.max(0, s - 200), s))) continue; // user:pass@host in a URL: URL userinfo
    if (ROLE_LOCAL.test(local) || EXAMPLE_DOMAIN.test(domain)) continue;
    const value = `${local}@${domain}`;
    out.push({ kind: 'personal-data', messageId: 'email-bulk', index: next - local.length, length: value.length, value, key: value.toLowerCase(), label: 'email address' });
  }
}

// E.164-style numbers with a leading + (8-15 digits, ITU-T E.164), or any number in a phone-named field
const PHONE_PLUS_RE = /\+[1-9](?:[ .-]?\(?\d{1,4}\)?){2,6}/g;
const PHONE_KEY_RE = /(?:phone|mobile|msisdn|tel|telephone|phone_?number|phoneNumber|cell)\\?["']?[ \t]{0,3}[:=][ \t]{0,3}\\?["']?(\+?[\d ().-]{7,24}\d)/gi;

function phoneDigits(s: string): string {
  return s.replace(/[^\d]/g, '');
}

// North American formats written the way people write them: (555) 123-4567, 555-123-4567, 555.123.4567
// (\b on the bare form: a match inside a longer word or number is rejected below anyway; skipping those starts
// is what keeps this pattern cheap on digit-heavy logs)
const PHONE_NANP_RE = /\(\d{3}\)[ .-]?\d{3}[ .-]\d{4}|\b\d{3}([.-])\d{3}\1\d{4}/g;

export function detectPhones(text: string, out: Hit[]): void {
  PHONE_NANP_RE.lastIndex = 0;
  for (let m = PHONE_NANP_RE.exec(text); m; m = PHONE_NANP_RE.exec(text)) {
    const prev = text[m.index - 1] ?? '';
    const next = text[m.index + m[0].length] ?? '';
    if (/[\w.+:/-]/.test(prev) || /[\w-]/.test(next) || (next === '.' && /\d/.test(text[m.index + m[0].length + 1] ?? ''))) continue;
    const d = phoneDigits(m[0]);
    if (d[0] === '0' || d[0] === '1' || d[3] === '0' || d[3] === '1') continue; // NANP area and exchange codes start with 2-9
    out.push({ kind: 'personal-data', messageId: 'phone-bulk', index: m.index, length: m[0].length, value: m[0], key: d, label: 'phone number' });
  }
  if (text.includes('+')) {
    PHONE_PLUS_RE.lastIndex = 0;
    for (let m = PHONE_PLUS_RE.exec(text); m; m = PHONE_PLUS_RE.exec(text)) {
      const prev = text[m.index - 1] ?? '';
      const next = text[m.index + m[0].length] ?? '';
      if (/[\w+:.=%-]/.test(prev) && prev !== '=' ) continue; // time zones (+02:00), exponents, URL-encoded spaces
      if (/[\w:]/.test(next)) continue;
      const d = phoneDigits(m[0]);
      if (d.length < 8 || d.length > 15) continue;
      out.push({ kind: 'personal-data', messageId: 'phone-bulk', index: m.index, length: m[0].length, value: m[0], key: d, label: 'phone number' });
    }
  }
  if (/phone|mobile|msisdn|tel["'=:]|cell["'_=:]/i.test(text)) {
    PHONE_KEY_RE.lastIndex = 0;
    for (let m = PHONE_KEY_RE.exec(text); m; m = PHONE_KEY_RE.exec(text)) {
      const v = m[1]!.trim();
      const d = phoneDigits(v);
      if (d.length < 7 || d.length > 15 || /^(\d)\1+$/.test(d)) continue;
      if (v.startsWith('+')) continue; // already counted above
      out.push({ kind: 'personal-data', messageId: 'phone-bulk', index: m.index + m[0].length - m[1]!.length, length: m[1]!.length, value: v, key: d, label: 'phone number' });
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// full webhook payloads with sensitive fields

const WEBHOOK_TRIGGER = /webhook|"object"\s?:\s?"event"|payload|"event"\s?:|"type"\s?:\s?"[a-z_]+\.[a-z_.]+"/gi;
const SENSITIVE_FIELDS: [category: string, re: RegExp][] = [
  ['email', /^(?:e-?mail|email_address|customer_email|receipt_email|billing_email|payer_email)$/i],
  ['phone', /^(?:phone|phone_number|mobile|telephone|msisdn)$/i],
  ['name', /^(?:name|full_name|first_name|last_name|given_name|family_name|customer_name|billing_name|cardholder_name)$/i],
  ['address', /^(?:address|line1|line2|street|postal_code|zip|zipcode|billing_address|shipping_address|shipping)$/i],
  ['card', /^(?:card|card_number|number|pan|cvc|cvv|exp_month|exp_year|payment_method_details|card_details)$/i],
  ['bank', /^(?:iban|account_number|routing_number|sort_code|bank_account)$/i],
  ['identity', /^(?:ssn|tax_id|national_id|passport|date_of_birth|dob|birthdate|birthday)$/i],
  ['credential', /^(?:password|secret|client_secret|api_key|access_token|refresh_token|token|private_key)$/i],
  ['network', /^(?:ip|ip_address|client_ip|remote_ip|user_agent)$/i],
];

function collectSensitive(v: unknown, cats: Set<string>, fields: Set<string>, depth = 0): void {
  if (depth > 12 || v === null || typeof v !== 'object') return;
  if (Array.isArray(v)) {
    for (const x of v.slice(0, 200)) collectSensitive(x, cats, fields, depth + 1);
    return;
  }
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    if (x !== null && x !== '' && (typeof x === 'string' || typeof x === 'number' || typeof x === 'object')) {
      for (const [cat, re] of SENSITIVE_FIELDS) {
        if (re.test(k) && !(typeof x === 'string' && isPlaceholder(x))) {
          // `number` only counts as card data next to card-ish siblings (an order "number" is not a PAN)
          if (k === 'number' && !('exp_month' in (v as object) || 'cvc' in (v as object) || 'brand' in (v as object))) continue;
          if (typeof x === 'object' && cat !== 'address' && cat !== 'card' && cat !== 'shipping') continue;
          cats.add(cat);
          fields.add(k);
        }
      }
    }
    if (typeof x === 'object') collectSensitive(x, cats, fields, depth + 1);
    else if (typeof x === 'string' && x.length > 20 && x.length < 262_144 && (x[0] === '{' || x[0] === '[')) {
      // a payload logged as a JSON string inside a JSON log line
      try {
        collectSensitive(JSON.parse(x), cats, fields, depth + 1);
      } catch {
        /* not JSON */
      }
    }
  }
}

function provider(obj: unknown, line: string): string {
  if (/"object"\s?:\s?"event"/.test(line) && /"livemode"/.test(line)) return 'Stripe';
  if (/"repository"\s?:/.test(line) && /"sender"\s?:/.test(line)) return 'GitHub';
  if (/x-shopify|"admin_graphql_api_id"/i.test(line)) return 'Shopify';
  if (/"event_type"\s?:\s?"[A-Z_.]+"/.test(line) && /paypal/i.test(line)) return 'PayPal';
  void obj;
  return 'generic';
}

export function detectWebhookPayloads(text: string, out: Hit[]): void {
  if (!/webhook|payload|"event|"object"|"type"/i.test(text)) return;
  WEBHOOK_TRIGGER.lastIndex = 0;
  let lastLineEnd = -1;
  for (let m = WEBHOOK_TRIGGER.exec(text); m; m = WEBHOOK_TRIGGER.exec(text)) {
    if (m.index < lastLineEnd) continue;
    const ls = lineStartOf(text, m.index);
    const le = lineEndOf(text, m.index);
    lastLineEnd = le;
    WEBHOOK_TRIGGER.lastIndex = le;
    const line = text.slice(ls, le);
    const open = line.indexOf('{');
    const close = line.lastIndexOf('}');
    if (open === -1 || close - open < 120 || close - open > 1_000_000) continue;
    let obj: unknown;
    try {
      obj = JSON.parse(line.slice(open, close + 1));
    } catch {
      continue;
    }
    const cats = new Set<string>();
    const fields = new Set<string>();
    collectSensitive(obj, cats, fields);
    // a full payload: at least two kinds of personal/payment data, or any card/bank/identity data
    const serious = ['card', 'bank', 'identity', 'credential'].some((c) => cats.has(c));
    if (cats.size < 2 && !serious) continue;
    const categories = [...cats].sort().join(', ');
    const prov = provider(obj, line);
    out.push({
      kind: 'webhook-payload',
      messageId: 'payload',
      index: ls + open,
      length: close - open + 1,
      value: line.slice(open, close + 1),
      key: `${prov}|${categories}`,
      label: prov,
      severity: serious ? 'high' : 'medium',
      data: { provider: prov, categories, fields: [...fields].sort().slice(0, 12).join(', ') },
    });
  }
}

// ---------------------------------------------------------------------------------------------------------
// internal stack traces

/**
 * One pass decides whether a chunk can hold a stack trace at all (most chunks cannot); only then do the
 * per-language literal tests run. Long literal needles that start with spaces are slow to search in V8 (its
 * Boyer-Moore shifts stay tiny on space-heavy text), a regex anchored on a newline is not.
 */
const STACK_GATE = /\n[ \t]{1,8}at |^[ \t]{1,8}at |\\n(?: {1,8}|\\t)at |\ngoroutine |^goroutine |#0 \/|Traceback \(most|\.rb:/;
function stackHints(t: string): Set<string> {
  const hinted = new Set<string>();
  if (!STACK_GATE.test(t)) return hinted;
  // frames indented with spaces or a tab at a line start (also the chunk's first line: a trace may straddle chunks)
  const indented = /\n[ \t]{1,8}at |^[ \t]{1,8}at /.test(t);
  const escaped = t.includes('\\n    at ') || t.includes('\\n\\tat ');
  if (indented || escaped) hinted.add('node');
  if (indented) {
    hinted.add('java');
    hinted.add('dotnet');
  }
  if (t.includes('Traceback (most')) hinted.add('python');
  if (t.includes('.rb:')) hinted.add('ruby');
  if (t.includes('\ngoroutine ') || t.startsWith('goroutine ')) hinted.add('go');
  if (t.includes('#0 /')) hinted.add('php');
  return hinted;
}
const STACK_RES: [lang: string, re: RegExp][] = [
  // Node.js / V8 frames with a file path: "    at handler (/app/src/x.js:12:5)"
  ['node', /^[ \t]+at [^\n]{0,300}?\(?(?:\/|[A-Za-z]:\\|file:\/\/|webpack:|node:)[^\n]{0,300}:\d+:\d+\)?\r?$/gm],
  // the same frames inside a JSON string ("stack":"Error: x\n    at f (/app/x.js:1:2)")
  ['node', /\\n[ \t]{1,8}at [^"\\\n]{0,300}?\(?(?:\/|[A-Za-z]:\\\\|file:\/\/|webpack:|node:)[^"\\\n]{0,300}:\d+:\d+\)?/g],
  ['java', /^[ \t]+at [\w$.<>]{3,300}\([\w$]{1,120}\.(?:java|kt|scala|groovy):\d+\)\r?$/gm],
  ['python', /Traceback \(most recent call last\):/g],
  ['ruby', /^[ \t]*(?:from )?\/[^\n:]{1,300}\.rb:\d+:in [`'][^\n]{1,200}\r?$/gm],
  ['go', /^goroutine \d+ \[[a-z ]{3,40}\]:\r?$/gm],
  ['php', /^#\d+ \/[^\n(]{1,300}\(\d+\): /gm],
  ['dotnet', /^[ \t]+at [\w.<>`]+\([^\n)]{0,300}\) in [^\n]{1,300}:line \d+\r?$/gm],
];

export function detectStackTraces(text: string, out: Hit[]): void {
  const hinted = stackHints(text);
  if (hinted.size === 0) return;
  for (const [lang, re] of STACK_RES) {
    if (!hinted.has(lang)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const frame = m[0].replace(/^\\n/, '').trim();
      out.push({ kind: 'stack-trace', messageId: 'stack-trace', index: m.index, length: m[0].length, value: frame, key: lang, label: lang, severity: 'low', data: { language: lang } });
    }
  }
}
