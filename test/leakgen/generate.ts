/**
 * A seeded generator of labelled material for issue 15 (logs and environment hygiene), independent of
 * test/logs/fixtures.ts: a log corpus (plain app logs, JSON lines, CI build logs) with planted leaks of every
 * kind and look-alikes of each, and a Next.js-style repository with planted environment-hygiene flaws and
 * negatives. Values are built at run time (no literal secret is committed). Two seeds give two disjoint
 * corpora: the tests use seed 1 while writing checks and seed 2 only as the held-out part.
 *
 * Every planted value is valid by the rule of its kind (mod-97, Luhn + BIN, check letters, ISO 7064...), and
 * every look-alike is invalid by that same rule or out of its context: a detector that merely matches shapes
 * fails the precision half.
 */

export type Rand = () => number;

/** mulberry32: small, seedable, good enough for test material. */
export function rng(seed: number): Rand {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const digits = (r: Rand, n: number) => Array.from({ length: n }, () => String(int(r, 0, 9))).join('');
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const alnum = (r: Rand, n: number) => Array.from({ length: n }, () => ALNUM[int(r, 0, ALNUM.length - 1)]).join('');
const upper = (r: Rand, n: number) => Array.from({ length: n }, () => String.fromCharCode(65 + int(r, 0, 25))).join('');

// ------------------------------------------------------------------------------------------------------
// valid values by kind (and their invalid twins)

function mod97(numeric: string): number {
  let m = 0;
  for (const c of numeric) m = (m * 10 + (c.charCodeAt(0) - 48)) % 97;
  return m;
}
function ibanNumeric(s: string): string {
  return [...s].map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join('');
}
const IBAN_SHAPES: [country: string, bban: (r: Rand) => string][] = [
  ['DE', (r) => digits(r, 18)],
  ['FR', (r) => digits(r, 10) + upper(r, 1) + digits(r, 10) + digits(r, 2)],
  ['ES', (r) => digits(r, 20)],
  ['IT', (r) => upper(r, 1) + digits(r, 10) + digits(r, 12)],
  ['NL', (r) => upper(r, 4) + digits(r, 10)],
  ['GB', (r) => upper(r, 4) + digits(r, 14)],
  ['BE', (r) => digits(r, 12)],
  ['PL', (r) => digits(r, 24)],
];
export function iban(r: Rand, valid = true, grouped = r() < 0.5): string {
  const [cc, bb] = pick(r, IBAN_SHAPES);
  const bban = bb(r);
  let check = 98 - mod97(ibanNumeric(bban + cc + '00'));
  if (!valid) check = check === 98 ? 2 : check + 1;
  const s = cc + String(check).padStart(2, '0') + bban;
  return grouped ? s.replace(/(.{4})(?=.)/g, '$1 ') : s;
}

export function ssn(r: Rand, valid = true): string {
  if (valid) {
    let area = int(r, 1, 899);
    if (area === 666) area = 665;
    return `${String(area).padStart(3, '0')}-${String(int(r, 1, 99)).padStart(2, '0')}-${String(int(r, 1, 9999)).padStart(4, '0')}`;
  }
  // the invalid ranges of the SSA: area 000, 666, 900-999; group 00; serial 0000
  return pick(r, [
    () => `000-${String(int(r, 1, 99)).padStart(2, '0')}-${digits(r, 4)}`,
    () => `666-${String(int(r, 1, 99)).padStart(2, '0')}-${digits(r, 4)}`,
    () => `9${digits(r, 2)}-${String(int(r, 1, 99)).padStart(2, '0')}-${digits(r, 4)}`,
    () => `${String(int(r, 1, 665)).padStart(3, '0')}-00-${digits(r, 4)}`,
    () => `${String(int(r, 1, 665)).padStart(3, '0')}-${String(int(r, 1, 99)).padStart(2, '0')}-0000`,
  ])();
}

const NINO_FIRST = 'ABCEGHJKLMNOPRSTWXYZ';
const NINO_SECOND = 'ABCEGHJKLMNPRSTWXYZ';
export function nino(r: Rand, valid = true, spaced = r() < 0.5): string {
  let prefix: string;
  do prefix = pick(r, [...NINO_FIRST]) + pick(r, [...NINO_SECOND]);
  while (/^(?:BG|GB|KN|NK|NT|TN|ZZ)$/.test(prefix));
  if (!valid) prefix = pick(r, ['GB', 'BG', 'NK', 'TN', 'ZZ', 'DA', 'QF', 'FU', 'VA']);
  const d = digits(r, 6);
  const suffix = pick(r, ['A', 'B', 'C', 'D']);
  return spaced ? `${prefix} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suffix}` : `${prefix}${d}${suffix}`;
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
export function dni(r: Rand, valid = true): string {
  const n = digits(r, 8);
  const right = DNI_LETTERS[Number(n) % 23]!;
  const letter = valid ? right : DNI_LETTERS[(Number(n) + int(r, 1, 22)) % 23]!;
  return n + letter;
}
export function nie(r: Rand, valid = true): string {
  const x = int(r, 0, 2);
  const n = digits(r, 7);
  const right = DNI_LETTERS[Number(`${x}${n}`) % 23]!;
  const letter = valid ? right : DNI_LETTERS[(Number(`${x}${n}`) + int(r, 1, 22)) % 23]!;
  return 'XYZ'[x]! + n + letter;
}

// Italian codice fiscale check character (DM 23/12/1976): odd positions use this table, even positions the
// plain value (digits 0-9, letters A=0..Z=25); the sum mod 26 is the letter.
const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
export function codiceFiscale(r: Rand, valid = true): string {
  const body = upper(r, 6) + digits(r, 2) + pick(r, [...'ABCDEHLMPRST']) + String(int(r, 1, 71)).padStart(2, '0') + pick(r, [...'ABCDEFGHILMZ']) + digits(r, 3);
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = body[i]!;
    const v = /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 65;
    sum += i % 2 === 0 ? CF_ODD[v]! : v;
  }
  const check = sum % 26;
  return body + String.fromCharCode(65 + (valid ? check : (check + int(r, 1, 25)) % 26));
}

/** French NIR (numéro de sécurité sociale): 13 digits + key 97 - (n mod 97); spaced as people write it. */
export function nir(r: Rand, valid = true, spaced = r() < 0.5): string {
  const body = `${int(r, 1, 2)}${digits(r, 2)}${String(int(r, 1, 12)).padStart(2, '0')}${String(int(r, 1, 95)).padStart(2, '0')}${digits(r, 3)}${String(int(r, 1, 999)).padStart(3, '0')}`;
  let key = 97 - mod97(body);
  if (!valid) key = key === 97 ? 1 : key + 1;
  const k = String(key).padStart(2, '0');
  return spaced ? `${body[0]} ${body.slice(1, 3)} ${body.slice(3, 5)} ${body.slice(5, 7)} ${body.slice(7, 10)} ${body.slice(10)} ${k}` : body + k;
}

/** German Steuer-IdNr: 11 digits, first not 0, one digit twice in the first 10, ISO 7064 MOD 11,10 check digit. */
export function steuerId(r: Rand, valid = true): string {
  const pool = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = int(r, 0, i);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  const ds = pool.slice(0, 9);
  ds.splice(int(r, 1, 9), 0, ds[int(r, 0, 8)]!); // one digit twice
  if (ds[0] === 0) [ds[0], ds[1]] = [ds[1]!, ds[0]!];
  if (ds[0] === 0) ds[0] = 7;
  let product = 10;
  for (const d of ds) {
    let sum = (d + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  let check = 11 - product;
  if (check === 10) check = 0;
  return ds.join('') + String(valid ? check : (check + int(r, 1, 9)) % 10);
}

/** Dutch BSN: 9 digits passing the 11-proof (9a+8b+...+2h-1i divisible by 11). */
export function bsn(r: Rand, valid = true): string {
  for (;;) {
    const d = String(int(r, 1, 9)) + digits(r, 8);
    let s = 0;
    for (let i = 0; i < 8; i++) s += (9 - i) * Number(d[i]);
    s -= Number(d[8]);
    if ((s % 11 === 0) === valid) return d;
  }
}

/**
 * The check digit that makes `p` pass Luhn. Written here, not taken from src/checks/logs (its `luhn`): ground truth
 * that shared the detector's code would share its bugs. bench/logs plants its cards with it too.
 */
export function luhnComplete(p: string): string {
  for (let c = 0; c <= 9; c++) {
    const s = p + c;
    let sum = 0;
    let dbl = false;
    for (let i = s.length - 1; i >= 0; i--) {
      let x = s.charCodeAt(i) - 48;
      if (dbl && (x *= 2) > 9) x -= 9;
      sum += x;
      dbl = !dbl;
    }
    if (sum % 10 === 0) return s;
  }
  throw new Error('unreachable');
}
export function card(r: Rand): string {
  return pick(r, [
    () => luhnComplete('4' + digits(r, 14)),
    () => luhnComplete(String(int(r, 51, 55)) + digits(r, 13)),
    () => luhnComplete(pick(r, ['34', '37']) + digits(r, 12)),
    () => luhnComplete('6011' + digits(r, 11)),
  ])();
}

const WORDS = ['sunshine', 'dragon', 'monkey', 'letmein', 'football', 'shadow', 'master', 'summer', 'winter', 'autumn', 'pepper', 'cookie'];
/** Low-entropy passwords people choose (the kind the old redactor left whole). */
export function weakPassword(r: Rand): string {
  return pick(r, WORDS) + pick(r, ['', '!', '1', '123', '2024', '#7']) + String(int(r, 0, 99));
}
export function strongPassword(r: Rand): string {
  return alnum(r, 10) + pick(r, ['!', '#', '%', '_', '-']) + alnum(r, 4);
}
const tok = (r: Rand, n: number) => alnum(r, n);
const hexs = (r: Rand, n: number) => Array.from({ length: n }, () => '0123456789abcdef'[int(r, 0, 15)]).join('');

// ------------------------------------------------------------------------------------------------------
// the log corpus

/** Expected check ids (logs/<kind>) of planted leaks. */
export type PlantedKind = 'bank-account' | 'national-id' | 'card-number' | 'password' | 'session-id' | 'auth-token';

export interface Planted {
  file: string;
  line: number;
  kind: PlantedKind;
  /** sub-kind (informational: us-ssn, es-dni, cli-flag, set-cookie, oauth-code...) */
  what: string;
  /** the whole value that must never appear in a report */
  value: string;
}
export interface Decoy {
  file: string;
  line: number;
  what: string;
}
export interface LogCorpus {
  files: { name: string; text: string }[];
  planted: Planted[];
  decoys: Decoy[];
}

type Gen = (r: Rand) => { line: string; value?: string; kind?: PlantedKind; what: string };

const ts = (r: Rand) => `2026-11-${String(int(r, 1, 28)).padStart(2, '0')}T${String(int(r, 0, 23)).padStart(2, '0')}:${String(int(r, 0, 59)).padStart(2, '0')}:${String(int(r, 0, 59)).padStart(2, '0')}.${digits(r, 3)}Z`;
const rid = (r: Rand) => `req_${tok(r, 12)}`;

/** Planted leaks for plain application logs. */
const APP_LEAKS: Gen[] = [
  (r) => { const v = iban(r); return { line: `${ts(r)} INFO payout created for merchant m_${digits(r, 5)} to account ${v}`, value: v, kind: 'bank-account', what: 'iban' }; },
  (r) => { const v = iban(r, true, false); return { line: `${ts(r)} DEBUG sepa mandate iban=${v} status=active`, value: v, kind: 'bank-account', what: 'iban' }; },
  (r) => { const v = ssn(r); return { line: `${ts(r)} INFO kyc check submitted ssn=${v} result=pending`, value: v, kind: 'national-id', what: 'us-ssn' }; },
  (r) => { const v = ssn(r); return { line: `${ts(r)} WARN applicant SSN ${v} did not match bureau record`, value: v, kind: 'national-id', what: 'us-ssn' }; },
  (r) => { const v = nino(r); return { line: `${ts(r)} INFO payroll: employee NI number ${v} enrolled`, value: v, kind: 'national-id', what: 'uk-nino' }; },
  (r) => { const v = dni(r); return { line: `${ts(r)} INFO alta cliente dni=${v} provincia=28`, value: v, kind: 'national-id', what: 'es-dni' }; },
  (r) => { const v = nie(r); return { line: `${ts(r)} INFO verificación documento NIE ${v} correcta`, value: v, kind: 'national-id', what: 'es-nie' }; },
  (r) => { const v = codiceFiscale(r); return { line: `${ts(r)} INFO fattura emessa codice_fiscale=${v}`, value: v, kind: 'national-id', what: 'it-codice-fiscale' }; },
  (r) => { const v = nir(r); return { line: `${ts(r)} INFO remboursement numéro de sécurité sociale ${v} traité`, value: v, kind: 'national-id', what: 'fr-nir' }; },
  (r) => { const v = steuerId(r); return { line: `${ts(r)} INFO lohnsteuer steuer_id=${v} übermittelt`, value: v, kind: 'national-id', what: 'de-steuer-id' }; },
  (r) => { const v = bsn(r); return { line: `${ts(r)} INFO zorgverzekering bsn=${v} gekoppeld`, value: v, kind: 'national-id', what: 'nl-bsn' }; },
  (r) => { const v = weakPassword(r); return { line: `${ts(r)} DEBUG login attempt user=jdoe password=${v} ip=10.0.${int(r, 0, 255)}.${int(r, 1, 254)}`, value: v, kind: 'password', what: 'plain-pair' }; },
  (r) => { const v = tok(r, 32); return { line: `${ts(r)} INFO -> 200 GET /auth/callback?code=${v}&state=${tok(r, 16)} 31ms`, value: v, kind: 'auth-token', what: 'oauth-code' }; },
  (r) => { const v = weakPassword(r); return { line: `  Parameters: {"authenticity_token"=>"[FILTERED]", "user"=>{"email"=>"k@acme-customer.org", "passwd"=>"${v}"}, "commit"=>"Log in"}`, value: v, kind: 'password', what: 'rails-params' }; },
  (r) => { const v = weakPassword(r); return { line: `${ts(r)} DEBUG celery task args=({'username': 'svc', 'password': '${v}'},)`, value: v, kind: 'password', what: 'python-dict' }; },
  (r) => { const v = hexs(r, 40); return { line: `${ts(r)} DEBUG upstream headers {'Authorization': 'Token ${v}', 'Accept': 'application/json'}`, value: v, kind: 'auth-token', what: 'drf-token' }; },
  (r) => { const v = `1//0${tok(r, 40)}`; return { line: `${ts(r)} DEBUG POST https://oauth2.example-idp.com/token?grant_type=refresh_token&refresh_token=${v}`, value: v, kind: 'auth-token', what: 'refresh-token' }; },
  (r) => { const v = tok(r, 40); return { line: `${ts(r)} INFO redirect https://app.acme.io/welcome#access_token=${v}&token_type=Bearer&expires_in=3600`, value: v, kind: 'auth-token', what: 'fragment-token' }; },
  (r) => { const v = tok(r, 32); return { line: `${ts(r)} DEBUG request headers Cookie: theme=dark; lang=en; __Host-session=${v}`, value: v, kind: 'session-id', what: 'cookie' }; },
  (r) => { const v = tok(r, 28); return { line: `${ts(r)} DEBUG response headers Set-Cookie: sid=${v}; Path=/; HttpOnly; Secure; SameSite=Lax`, value: v, kind: 'session-id', what: 'set-cookie' }; },
  (r) => { const v = tok(r, 40); return { line: `${ts(r)} DEBUG set-cookie: remember_user_token=${v}; expires=Fri, 01 Jan 2027 00:00:00 GMT`, value: v, kind: 'session-id', what: 'set-cookie' }; },
];

/** Look-alikes for plain application logs: each must stay quiet. */
const APP_DECOYS: Gen[] = [
  (r) => ({ line: `${ts(r)} INFO payout created for merchant m_${digits(r, 5)} to account ${iban(r, false)}`, what: 'iban-bad-check' }),
  (r) => ({ line: `${ts(r)} INFO container ${upper(r, 2)}${digits(r, 2)}${upper(r, 4)}${digits(r, 10)} started`, what: 'iban-shape-random' }),
  (r) => ({ line: `${ts(r)} WARN applicant SSN ${ssn(r, false)} rejected (invalid)`, what: 'ssn-invalid-range' }),
  (r) => ({ line: `${ts(r)} INFO call back on 555-${digits(r, 3)}-${digits(r, 4)} scheduled`, what: 'phone-like' }),
  (r) => ({ line: `${ts(r)} INFO part no ${digits(r, 3)}-${digits(r, 2)}-${digits(r, 4)}-${upper(r, 2)} in stock`, what: 'ssn-shape-part' }),
  (r) => ({ line: `${ts(r)} INFO payroll: employee NI number ${nino(r, false)} rejected`, what: 'nino-bad-prefix' }),
  (r) => ({ line: `${ts(r)} INFO alta cliente dni=${dni(r, false)} rechazada`, what: 'dni-bad-letter' }),
  (r) => ({ line: `${ts(r)} INFO fattura emessa codice_fiscale=${codiceFiscale(r, false)} (non valido)`, what: 'cf-bad-check' }),
  (r) => ({ line: `${ts(r)} INFO remboursement dossier ${nir(r, false, false)} traité`, what: 'nir-bad-key' }),
  (r) => ({ line: `${ts(r)} INFO lohnsteuer steuer_id=${steuerId(r, false)} abgelehnt`, what: 'steuer-bad-check' }),
  (r) => ({ line: `${ts(r)} INFO zorgverzekering bsn=${bsn(r, false)} ongeldig`, what: 'bsn-bad-11' }),
  (r) => ({ line: `${ts(r)} INFO order ${bsn(r, true)} shipped in ${int(r, 1, 9)} parcels`, what: 'bsn-valid-no-context' }),
  (r) => ({ line: `${ts(r)} INFO batch ${steuerId(r, true)} imported`, what: 'steuer-valid-no-context' }),
  (r) => ({ line: `${ts(r)} INFO build ${dni(r, false)} deployed`, what: 'dni-shape-build' }),
  (r) => ({ line: `${ts(r)} WARN login failed user=jdoe password: incorrect`, what: 'password-status' }),
  (r) => ({ line: `${ts(r)} DEBUG login attempt user=jdoe password=[FILTERED]`, what: 'password-filtered' }),
  () => ({ line: `  Parameters: {"user"=>{"email"=>"k@acme-customer.org", "password"=>"[FILTERED]"}, "commit"=>"Log in"}`, what: 'rails-filtered' }),
  (r) => ({ line: `${ts(r)} DEBUG upstream headers {'Authorization': 'Token <redacted>', 'X-Request-Id': '${hexs(r, 32)}'}`, what: 'drf-token-redacted' }),
  (r) => ({ line: `${ts(r)} INFO -> 404 GET /status?code=404`, what: 'code-status' }),
  (r) => ({ line: `${ts(r)} INFO -> 200 GET /checkout?promo=1&code=SUMMER${int(r, 10, 99)}`, what: 'promo-code' }),
  (r) => ({ line: `${ts(r)} WARN -> 302 GET /auth/callback?error=access_denied&state=${tok(r, 16)}`, what: 'oauth-error' }),
  (r) => ({ line: `${ts(r)} DEBUG POST /token grant_type=refresh_token refresh_token=[REDACTED]`, what: 'refresh-redacted' }),
  (r) => ({ line: `${ts(r)} DEBUG request headers Cookie: _ga=GA1.2.${digits(r, 9)}.${digits(r, 10)}; theme=dark; lang=en`, what: 'analytics-cookie' }),
  (r) => ({ line: `${ts(r)} DEBUG response headers Set-Cookie: sid=; Path=/; Max-Age=0`, what: 'cookie-cleared' }),
  (r) => ({ line: `${ts(r)} DEBUG response headers Set-Cookie: locale=fr-FR; Path=/`, what: 'cookie-locale' }),
];

/** Everyday log noise that looks like credentials: hashes, digests, ids, integrity strings, nulls. */
const hex = (r: Rand, n: number) => Array.from({ length: n }, () => '0123456789abcdef'[int(r, 0, 15)]).join('');
const uuid = (r: Rand) => `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-a${hex(r, 3)}-${hex(r, 12)}`;
const NOISE_DECOYS: Gen[] = [
  (r) => ({ line: `${ts(r)} INFO deploy commit=${hex(r, 40)} image=registry.acme.io/web@sha256:${hex(r, 64)}`, what: 'digests' }),
  (r) => ({ line: `${ts(r)} DEBUG request_id=${uuid(r)} trace_id=${hex(r, 32)} span_id=${hex(r, 16)}`, what: 'trace-ids' }),
  (r) => ({ line: `${ts(r)} DEBUG npm integrity sha512-${Buffer.from(hex(r, 64), 'hex').toString('base64')}`, what: 'integrity' }),
  (r) => ({ line: `${ts(r)} INFO user u_${digits(r, 6)} password_changed_at=2026-10-0${int(r, 1, 9)}T10:00:00Z token_type=Bearer expires_in=3600`, what: 'password-metadata' }),
  (r) => ({ line: `${ts(r)} DEBUG Authorization: Bearer <redacted> etag="W/${hex(r, 16)}"`, what: 'bearer-redacted' }),
  (r) => ({ line: JSON.stringify({ ts: ts(r), level: 'info', msg: 'user updated', user: { id: uuid(r), password: null, api_key_id: `key_${hex(r, 12)}`, session_expires_at: ts(r) } }), what: 'json-nulls-ids' }),
  (r) => ({ line: `${ts(r)} DEBUG Cookie: __stripe_mid=${uuid(r)}${hex(r, 6)}; __stripe_sid=${uuid(r)}${hex(r, 6)}; _gid=GA1.2.${digits(r, 9)}.${digits(r, 10)}`, what: 'stripe-analytics-cookies' }),
  (r) => ({ line: `${ts(r)} INFO GET /oauth/authorize?response_type=code&client_id=${hex(r, 20)}&code_challenge=${tok(r, 43)}&code_challenge_method=S256&state=${tok(r, 16)}`, what: 'oauth-authorize-request' }),
  (r) => ({ line: `${ts(r)} INFO POST /oauth/token grant_type=authorization_code&redirect_uri=https%3A%2F%2Fapp.acme.io%2Fcb`, what: 'oauth-grant-type' }),
];

/** JSON-lines API logs: nested JSON, logged webhook bodies (JSON inside a JSON string). */
const JSON_LEAKS: Gen[] = [
  (r) => { const v = card(r); return { line: JSON.stringify({ ts: ts(r), level: 'info', msg: 'webhook received', provider: 'psp', body: JSON.stringify({ id: `evt_${tok(r, 14)}`, type: 'charge.succeeded', data: { object: { amount: int(r, 100, 9999), source: { object: 'card', number: v, exp_month: int(r, 1, 12), exp_year: 2029 } } } }) }), value: v, kind: 'card-number', what: 'card-nested-json-string' }; },
  (r) => { const v = card(r); return { line: JSON.stringify({ ts: ts(r), level: 'debug', msg: 'payment request', req: { body: { customer: { id: `cus_${tok(r, 10)}` }, payment: { method: 'card', card: { number: v, cvc_check: 'pass' } } } } }), value: v, kind: 'card-number', what: 'card-nested-object' }; },
  (r) => { const v = weakPassword(r); return { line: JSON.stringify({ ts: ts(r), level: 'info', msg: 'POST /api/register', body: { email: 'dana@acme-customer.org', password: v } }), value: v, kind: 'password', what: 'json-body' }; },
  (r) => { const v = iban(r, true, false); return { line: JSON.stringify({ ts: ts(r), level: 'info', msg: 'payout', payload: { beneficiary: { name: 'K. Tanaka', iban: v } } }), value: v, kind: 'bank-account', what: 'iban-json' }; },
  (r) => { const v = ssn(r).replace(/-/g, ''); return { line: JSON.stringify({ ts: ts(r), level: 'info', msg: 'kyc', applicant: { ssn: v, state: 'CA' } }), value: v, kind: 'national-id', what: 'us-ssn-compact' }; },
  (r) => { const v = tok(r, 36); return { line: JSON.stringify({ ts: ts(r), level: 'debug', msg: 'upstream response', headers: { 'set-cookie': `connect.sid=s%3A${v}; Path=/; HttpOnly` } }), value: v, kind: 'session-id', what: 'set-cookie-json' }; },
];
const JSON_DECOYS: Gen[] = [
  (r) => ({ line: JSON.stringify({ ts: ts(r), level: 'info', msg: 'charge', card: { brand: 'visa', last4: digits(r, 4), masked: `424242******${digits(r, 4)}`, fingerprint: tok(r, 16) } }), what: 'masked-pan' }),
  (r) => ({ line: JSON.stringify({ ts: ts(r), level: 'info', msg: 'charge', payment_method: { card_display: `**** **** **** ${digits(r, 4)}` } }), what: 'masked-pan-stars' }),
  (r) => ({ line: JSON.stringify({ ts: ts(r), level: 'info', msg: 'order placed', order: { number: luhnComplete('4' + digits(r, 14)), items: int(r, 1, 5) } }), what: 'order-number-luhn' }),
  (r) => ({ line: JSON.stringify({ ts: ts(r), level: 'info', msg: 'trace', trace_id: luhnComplete('5' + digits(r, 14)) }), what: 'trace-id-luhn' }),
  (r) => ({ line: JSON.stringify({ ts: ts(r), level: 'info', msg: 'POST /api/login', body: { email: 'x@acme-customer.org', password: '********' } }), what: 'password-masked' }),
  (r) => ({ line: JSON.stringify({ ts: ts(r), level: 'info', msg: 'payout', payload: { beneficiary: { iban: iban(r, false, false) } } }), what: 'iban-bad-check-json' }),
  (r) => ({ line: JSON.stringify({ ts: ts(r), level: 'info', msg: 'kyc', applicant: { ssn_last4: digits(r, 4) } }), what: 'ssn-last4' }),
  (r) => ({ line: JSON.stringify({ ts: ts(r), level: 'info', msg: 'metrics', counters: { requests: Number(digits(r, 9)), bytes: Number(digits(r, 11)) } }), what: 'big-counters' }),
];

/** CI build logs with echoed commands. */
const BUILD_LEAKS: Gen[] = [
  (r) => { const v = strongPassword(r); return { line: `+ mysql -h db.internal -u deploy -p${v} app < schema.sql`, value: v, kind: 'password', what: 'cli-mysql-p' }; },
  (r) => { const v = weakPassword(r); return { line: `+ mysqldump --user=root --password=${v} shop > /tmp/shop.sql`, value: v, kind: 'password', what: 'cli-password-eq' }; },
  (r) => { const v = strongPassword(r); return { line: `$ docker login -u ci-bot -p ${v} registry.acme.io`, value: v, kind: 'password', what: 'cli-docker-login' }; },
  (r) => { const v = weakPassword(r); return { line: `[command]/usr/bin/sshpass -p '${v}' ssh deploy@10.1.2.3 ./release.sh`, value: v, kind: 'password', what: 'cli-sshpass' }; },
  (r) => { const v = strongPassword(r); return { line: `+ curl -fsS -u admin:${v} https://nexus.acme.io/service/rest/v1/status`, value: v, kind: 'password', what: 'cli-curl-u' }; },
  (r) => { const v = strongPassword(r); return { line: `Running: git clone https://ci:${v}@git.acme.io/platform/api.git`, value: v, kind: 'password', what: 'url-userinfo' }; },
  (r) => { const v = weakPassword(r); return { line: `+ ./manage.py createsuperuser --username admin --password ${v} --noinput`, value: v, kind: 'password', what: 'cli-password-space' }; },
  (r) => { const v = strongPassword(r); return { line: `+ psql "postgresql://app:${v}@db.prod.acme.io:5432/app" -c 'select 1'`, value: v, kind: 'password', what: 'url-userinfo' }; },
];
const BUILD_DECOYS: Gen[] = [
  (r) => ({ line: `+ docker run -d -p ${int(r, 3000, 9000)}:80 --name web acme/web:${digits(r, 3)}`, what: 'docker-port' }),
  () => ({ line: '+ mysql -h db.internal -u deploy -p app < schema.sql', what: 'mysql-prompt' }),
  () => ({ line: '+ mysqldump --user=root --password="$DB_PASSWORD" shop > /tmp/shop.sql', what: 'cli-env-var' }),
  () => ({ line: '$ docker login -u ci-bot -p *** registry.acme.io', what: 'cli-masked' }),
  () => ({ line: '$ echo "$REGISTRY_TOKEN" | docker login -u ci-bot --password-stdin registry.acme.io', what: 'password-stdin' }),
  () => ({ line: '+ curl -fsS -u "$NEXUS_USER:$NEXUS_PASS" https://nexus.acme.io/service/rest/v1/status', what: 'curl-env' }),
  () => ({ line: '+ vault login -method=userpass username=ci password=-', what: 'vault-dash' }),
  () => ({ line: 'Running: git clone https://git.acme.io/platform/api.git', what: 'clone-no-creds' }),
  (r) => ({ line: `+ tar -czpf build-${digits(r, 6)}.tgz dist/ -p`, what: 'tar-p' }),
  () => ({ line: '+ ssh -p 2222 deploy@10.1.2.3 ./release.sh', what: 'ssh-port' }),
  () => ({ line: '  --password-file /run/secrets/db_password', what: 'password-file' }),
];

/** Benign filler lines (no personal data, no credentials). */
function filler(r: Rand, style: 'app' | 'json' | 'build'): string {
  if (style === 'json') return JSON.stringify({ ts: ts(r), level: pick(r, ['info', 'debug', 'warn']), msg: pick(r, ['request completed', 'cache miss', 'job done', 'retrying']), route: pick(r, ['/api/items', '/api/cart', '/healthz']), status: pick(r, [200, 201, 304, 404, 500]), ms: int(r, 1, 900), request_id: rid(r) });
  if (style === 'build') return pick(r, [`#${int(r, 1, 30)} [build ${int(r, 1, 9)}/9] RUN npm ci`, `added ${int(r, 100, 1400)} packages in ${int(r, 2, 60)}s`, `+ npm run build`, `✓ Compiled successfully in ${int(r, 2, 90)}s`, `Step ${int(r, 1, 20)}/20 : COPY package*.json ./`, `Uploading artifact dist.tgz (${int(r, 1, 90)} MB)`]);
  return `${ts(r)} ${pick(r, ['INFO', 'DEBUG', 'WARN'])} ${pick(r, ['GET', 'POST', 'PUT'])} ${pick(r, ['/api/items', '/api/users/me', '/healthz', '/static/app.js'])} ${pick(r, [200, 201, 204, 304, 404])} ${int(r, 1, 900)}ms ${rid(r)}`;
}

export function generateLogCorpus(seed: number, opts: { fillerPerItem?: number } = {}): LogCorpus {
  const r = rng(seed);
  const planted: Planted[] = [];
  const decoys: Decoy[] = [];
  const files: { name: string; text: string }[] = [];
  const fill = opts.fillerPerItem ?? 3;
  const build = (name: string, style: 'app' | 'json' | 'build', leaks: Gen[], lookalikes: Gen[]) => {
    const lines: string[] = [];
    const items: { g: Gen; leak: boolean }[] = [];
    // every generator at least twice, shuffled
    for (let k = 0; k < 2; k++) for (const g of leaks) items.push({ g, leak: true });
    for (let k = 0; k < 2; k++) for (const g of lookalikes) items.push({ g, leak: false });
    for (let i = items.length - 1; i > 0; i--) {
      const j = int(r, 0, i);
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    for (const it of items) {
      for (let f = int(r, 0, fill); f > 0; f--) lines.push(filler(r, style));
      const g = it.g(r);
      lines.push(g.line);
      const line = lines.length;
      if (it.leak) planted.push({ file: name, line, kind: g.kind!, what: g.what, value: g.value! });
      else decoys.push({ file: name, line, what: g.what });
    }
    files.push({ name, text: lines.join('\n') + '\n' });
  };
  build(`app-${seed}.log`, 'app', APP_LEAKS, [...APP_DECOYS, ...NOISE_DECOYS]);
  build(`api-${seed}.jsonl`, 'json', JSON_LEAKS, JSON_DECOYS);
  build(`ci-build-${seed}.log`, 'build', BUILD_LEAKS, BUILD_DECOYS);
  return { files, planted, decoys };
}

// ------------------------------------------------------------------------------------------------------
// the repository (environment hygiene)

export interface RepoFlaw {
  checkId: string;
  /** file where the finding must point */
  file: string;
  what: string;
  /** a value that must never appear whole in a report */
  value?: string;
}
export interface GeneratedRepo {
  files: Record<string, string>;
  flaws: RepoFlaw[];
  /** what the negatives are (for the report; any finding outside `flaws` is a false alarm) */
  negatives: string[];
}

/**
 * A Next.js SaaS (with a Vite admin, an Expo app and a Nuxt marketing site in a monorepo) with planted
 * environment-hygiene flaws. `clean: true` gives the fixed twin: the same shapes, no flaw.
 */
export function generateRepo(seed: number, clean = false): GeneratedRepo {
  const r = rng(seed * 7919);
  const flaws: RepoFlaw[] = [];
  const negatives: string[] = [];
  const files: Record<string, string> = {};
  const prodDb = `db-${tok(r, 5).toLowerCase()}.prod.acme-${seed}.io`;
  const stagingDb = `db-${tok(r, 5).toLowerCase()}.staging.acme-${seed}.io`;
  const prodApp = `app.acme-${seed}.io`;
  const stagingApp = `staging.acme-${seed}.io`;
  const pw = strongPassword(r);
  const stripeLive = ['sk', 'live', tok(r, 24)].join('_');
  const jwtSecret = tok(r, 40);
  const nextAuthSecret = tok(r, 44);
  const flaw = (f: RepoFlaw) => {
    if (!clean) flaws.push(f);
  };

  files['package.json'] = JSON.stringify({ name: `acme-${seed}`, private: true, scripts: { dev: 'next dev', build: 'next build' }, dependencies: { next: '14.2.3', react: '18.3.1' } }, null, 2);
  files['.gitignore'] = clean ? 'node_modules\n.next\n.env*\n!.env.example\n' : 'node_modules\n.next\n.env.local\n';
  files['.github/workflows/ci.yml'] = 'on: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: gitleaks/gitleaks-action@v2\n      - run: npm ci && npm test\n';
  negatives.push('CI runs a secret scanner');
  files['.env.example'] = ['DATABASE_URL=', 'NEXTAUTH_SECRET=', 'NEXTAUTH_URL=', 'STRIPE_SECRET_KEY=', 'NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=', 'SENTRY_DSN=', clean ? 'OTEL_EXPORTER_OTLP_HEADERS=\nRESEND_API_KEY=\nSUPPORT_INBOX=' : ''].join('\n') + '\n';
  negatives.push('.env.example with empty values');

  // production env file: committed production credentials + debug flags
  const prodLines = [
    `DATABASE_URL=${clean ? '' : `postgresql://app:${pw}@${prodDb}:5432/acme`}`,
    `NEXTAUTH_URL=https://${prodApp}`,
    `NEXTAUTH_SECRET=${clean ? '' : nextAuthSecret}`,
    `STRIPE_SECRET_KEY=${clean ? '' : stripeLive}`,
    `NODE_ENV=${clean ? 'production' : 'development'}`,
    `DEBUG=${clean ? 'false' : 'true'}`,
    'LOG_LEVEL=info',
    'NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=' + ['pk', 'live', tok(r, 24)].join('_'),
  ];
  files['.env.production'] = prodLines.join('\n') + '\n';
  flaw({ checkId: 'repo/env-production-credentials', file: '.env.production', what: 'connection string with password in .env.production', value: pw });
  flaw({ checkId: 'repo/env-committed', file: '.env.production', what: 'committed env file with secrets', value: stripeLive });
  flaw({ checkId: 'ops/env-debug', file: '.env.production', what: 'NODE_ENV=development in production' });
  flaw({ checkId: 'ops/env-debug', file: '.env.production', what: 'DEBUG=true in production' });
  negatives.push('NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY (public by design)', 'LOG_LEVEL=info');

  // staging: points at the production database host (different user/port spelling), own app URL
  files['.env.staging'] = [
    `DATABASE_URL=postgres://staging_ro@${clean ? stagingDb : prodDb}/acme`,
    `NEXTAUTH_URL=https://${stagingApp}`,
    `API_BASE_URL=https://${clean ? stagingApp : prodApp}/api`,
    'NODE_ENV=production',
    'DEBUG=true',
  ].join('\n') + '\n';
  flaw({ checkId: 'ops/env-shared-host', file: '.env.staging', what: 'staging shares the production database host' });
  flaw({ checkId: 'ops/env-cross-url', file: '.env.staging', what: 'staging API URL points at the production host' });
  negatives.push('DEBUG=true in staging (allowed outside production)');

  files['.env.development'] = ['DATABASE_URL=postgres://dev:dev@localhost:5432/acme', 'NEXTAUTH_URL=http://localhost:3000', 'DEBUG=true', 'NODE_ENV=development'].join('\n') + '\n';
  negatives.push('.env.development with localhost and debug');

  // Next.js config exposing a server secret to the browser
  files['next.config.js'] = clean
    ? "/** @type {import('next').NextConfig} */\nmodule.exports = {\n  reactStrictMode: true,\n  env: {\n    NEXT_PUBLIC_APP_VERSION: process.env.npm_package_version,\n  },\n  publicRuntimeConfig: { siteName: 'Acme' },\n};\n"
    : "/** @type {import('next').NextConfig} */\nmodule.exports = {\n  reactStrictMode: true,\n  env: {\n    APP_VERSION: process.env.npm_package_version,\n    STRIPE_SECRET_KEY: process.env.STRIPE_SECRET_KEY,\n  },\n  publicRuntimeConfig: {\n    siteName: 'Acme',\n    databaseUrl: process.env.DATABASE_URL,\n  },\n  serverRuntimeConfig: { nextAuthSecret: process.env.NEXTAUTH_SECRET },\n};\n";
  flaw({ checkId: 'repo/framework-exposed-secret', file: 'next.config.js', what: 'next.config.js env: STRIPE_SECRET_KEY' });
  flaw({ checkId: 'repo/framework-exposed-secret', file: 'next.config.js', what: 'next.config.js publicRuntimeConfig: DATABASE_URL' });
  negatives.push('next.config.js serverRuntimeConfig (server only)', 'next.config.js env: APP_VERSION (not a secret)');

  // instrumentation.ts and middleware read variables missing from .env.example (destructuring too)
  files['instrumentation.ts'] = "export async function register() {\n  if (process.env.NEXT_RUNTIME === 'nodejs') {\n    const { OTEL_EXPORTER_OTLP_HEADERS } = process.env;\n    await import('./otel').then((m) => m.start(OTEL_EXPORTER_OTLP_HEADERS));\n  }\n}\n";
  flaw({ checkId: 'repo/env-example-missing', file: 'instrumentation.ts', what: 'OTEL_EXPORTER_OTLP_HEADERS read in instrumentation.ts, not in .env.example' });
  files['middleware.ts'] = "import { NextResponse } from 'next/server';\nexport function middleware(req) {\n  const key = process.env['RESEND_API_KEY'];\n  return key ? NextResponse.next() : NextResponse.next();\n}\n";
  flaw({ checkId: 'repo/env-example-missing', file: 'middleware.ts', what: 'RESEND_API_KEY read in middleware.ts' });
  files['src/lib/mail.config.mjs'] = 'export default { inbox: process.env.SUPPORT_INBOX ?? "help" };\n';
  flaw({ checkId: 'repo/env-example-missing', file: 'src/lib/mail.config.mjs', what: 'SUPPORT_INBOX read in a config file' });
  files['src/lib/db.ts'] = "import { Pool } from 'pg';\nexport const pool = new Pool({ connectionString: process.env.DATABASE_URL });\nexport const mode = process.env.NODE_ENV;\n";
  files['src/app/api/checkout/route.ts'] = "import Stripe from 'stripe';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);\nexport async function POST() { return Response.json({ ok: !!stripe }); }\n";
  files['src/app/page.tsx'] = "export default function Page() { return <p>{process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY ? 'pay' : 'no'}</p>; }\n";
  negatives.push('server-side process.env reads documented in .env.example', 'NEXT_PUBLIC_ publishable key in a page');

  // Vite admin: define leaks a secret; envPrefix widened to every variable
  files['admin/vite.config.ts'] = clean
    ? "import { defineConfig } from 'vite';\nexport default defineConfig({\n  envPrefix: 'VITE_',\n  define: { __APP_VERSION__: JSON.stringify(process.env.npm_package_version) },\n});\n"
    : "import { defineConfig, loadEnv } from 'vite';\nexport default defineConfig(({ mode }) => {\n  const env = loadEnv(mode, process.cwd(), '');\n  return {\n    envPrefix: ['VITE_', 'ADMIN_'],\n    define: {\n      __APP_VERSION__: JSON.stringify(process.env.npm_package_version),\n      'process.env.ADMIN_JWT_SECRET': JSON.stringify(env.ADMIN_JWT_SECRET),\n    },\n  };\n});\n";
  flaw({ checkId: 'repo/framework-exposed-secret', file: 'admin/vite.config.ts', what: 'vite define: ADMIN_JWT_SECRET' });
  flaw({ checkId: 'repo/framework-exposed-secret', file: 'admin/vite.config.ts', what: "vite envPrefix 'ADMIN_' exposes ADMIN_JWT_SECRET" });
  files['admin/.env.example'] = 'VITE_API_URL=\nADMIN_JWT_SECRET=\n';
  files['admin/src/main.ts'] = "const api = import.meta.env.VITE_API_URL;\nconsole.log(api);\n";
  negatives.push('vite define of the app version', 'VITE_API_URL in admin code');

  // CRA: a REACT_APP_ secret in a committed env file
  files['legacy-web/package.json'] = JSON.stringify({ name: 'legacy-web', dependencies: { 'react-scripts': '5.0.1' } });
  files['legacy-web/.env'] = clean ? 'REACT_APP_API_URL=https://api.acme.io\n' : `REACT_APP_API_URL=https://api.acme.io\nREACT_APP_ADMIN_TOKEN=${jwtSecret}\n`;
  flaw({ checkId: 'repo/client-exposed-secret', file: 'legacy-web/.env', what: 'REACT_APP_ADMIN_TOKEN', value: jwtSecret });
  negatives.push('REACT_APP_API_URL');

  // Nuxt marketing site: runtimeConfig.public holds a secret
  files['marketing/nuxt.config.ts'] = clean
    ? "export default defineNuxtConfig({\n  runtimeConfig: {\n    hubspotPrivateToken: process.env.HUBSPOT_PRIVATE_TOKEN,\n    public: { siteUrl: 'https://acme.io' },\n  },\n});\n"
    : "export default defineNuxtConfig({\n  runtimeConfig: {\n    apiSecret: '',\n    public: {\n      siteUrl: 'https://acme.io',\n      hubspotPrivateToken: process.env.HUBSPOT_PRIVATE_TOKEN,\n    },\n  },\n});\n";
  flaw({ checkId: 'repo/framework-exposed-secret', file: 'marketing/nuxt.config.ts', what: 'nuxt runtimeConfig.public.hubspotPrivateToken' });
  files['marketing/.env.example'] = 'HUBSPOT_PRIVATE_TOKEN=\n';
  negatives.push('nuxt private runtimeConfig');

  // Expo app: extra carries a service-role key
  files['mobile/app.config.ts'] = clean
    ? "export default { expo: { name: 'Acme', slug: 'acme', extra: { apiUrl: process.env.EXPO_PUBLIC_API_URL, eas: { projectId: 'abc' } } } };\n"
    : "export default { expo: { name: 'Acme', slug: 'acme', extra: { apiUrl: process.env.EXPO_PUBLIC_API_URL, supabaseServiceRoleKey: process.env.SUPABASE_SERVICE_ROLE_KEY, eas: { projectId: 'abc' } } } };\n";
  flaw({ checkId: 'repo/framework-exposed-secret', file: 'mobile/app.config.ts', what: 'expo extra.supabaseServiceRoleKey' });
  files['mobile/.env.example'] = 'EXPO_PUBLIC_API_URL=\nSUPABASE_SERVICE_ROLE_KEY=\n';
  negatives.push('expo extra apiUrl / eas.projectId');

  // Docker: build context with no .dockerignore, COPY . ., and a secret baked with ARG/ENV
  files['Dockerfile'] = clean
    ? 'FROM node:20-alpine AS build\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nRUN --mount=type=secret,id=npmrc npm run build\nFROM node:20-alpine\nCOPY --from=build /app/.next ./.next\nENV NODE_ENV=production\nCMD ["npm","start"]\n'
    : 'FROM node:20-alpine\nWORKDIR /app\nARG NPM_TOKEN\nENV STRIPE_SECRET_KEY=' + stripeLive + '\nCOPY . .\nRUN npm ci && npm run build\nENV NODE_ENV=production\nCMD ["npm","start"]\n';
  if (clean) files['.dockerignore'] = 'node_modules\n.git\n.env*\n!.env.example\n';
  else files['.dockerignore'] = 'node_modules\n.git\n';
  flaw({ checkId: 'repo/docker-build-context', file: 'Dockerfile', what: 'COPY . . with .dockerignore not excluding .env*' });
  flaw({ checkId: 'repo/docker-build-context', file: 'Dockerfile', what: 'ENV STRIPE_SECRET_KEY baked into a layer', value: stripeLive });
  flaw({ checkId: 'repo/docker-build-context', file: 'Dockerfile', what: 'ARG NPM_TOKEN (build args are kept in image history)' });
  negatives.push('ENV NODE_ENV=production', 'RUN --mount=type=secret');

  // a worker with its own Dockerfile copying only what it needs (negative)
  files['worker/Dockerfile'] = 'FROM node:20-alpine\nWORKDIR /w\nCOPY package.json index.js ./\nENV LOG_LEVEL=info\nCMD ["node","index.js"]\n';
  negatives.push('worker/Dockerfile copying named files');

  // .gitignore does not exclude .env*; repo hygiene (existing check)
  flaw({ checkId: 'repo/env-not-ignored', file: '.gitignore', what: '.gitignore does not exclude .env / .env.production' });

  return { files, flaws, negatives };
}
