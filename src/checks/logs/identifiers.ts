import type { Hit } from './types.js';

/**
 * Bank accounts (IBAN) and national identity numbers in logs. Each format is accepted only when its own
 * validity rule holds (a check digit, a check letter or the issuer's structure rules), so a random string of
 * the right shape stays quiet; formats whose rule is weak (9-11 plain digits) also need a field name or label
 * that says what they are. Regular expressions use bounded quantifiers and start with a character class V8
 * can skip over quickly: this runs on every chunk of a multi-GB log.
 *
 * National formats covered (the EU's most common plus the two English-speaking ones people ask for):
 *   US SSN (SSA invalid ranges), UK NINO (HMRC prefix rules), Spanish DNI and NIE (mod-23 letter), Italian
 *   codice fiscale (check character, omocodia allowed), French NIR (key 97 - n mod 97, Corsica 2A/2B),
 *   German Steuer-IdNr (ISO 7064 MOD 11,10 + digit-repetition rule), Dutch BSN (11-proof).
 */

// ---------------------------------------------------------------------------------------------------------
// IBAN (ISO 13616): country code, 2 check digits, country-specific BBAN length, mod-97 = 1

/** IBAN lengths per country from the SWIFT IBAN registry (release 2024). */
const IBAN_LENGTH: Record<string, number> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28, CH: 21, CR: 22, CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28,
  EE: 20, EG: 29, ES: 24, FI: 18, FK: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27,
  JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20, MR: 27, MT: 31, MU: 30, NI: 28, NL: 18,
  NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, RU: 33, SA: 24, SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28,
  TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20, YE: 30,
};

export function ibanValid(compact: string): boolean {
  const len = IBAN_LENGTH[compact.slice(0, 2)];
  if (len === undefined || compact.length !== len) return false;
  const r = compact.slice(4) + compact.slice(0, 4);
  let m = 0;
  for (let i = 0; i < r.length; i++) {
    const c = r.charCodeAt(i);
    if (c >= 48 && c <= 57) m = (m * 10 + (c - 48)) % 97;
    else if (c >= 65 && c <= 90) m = (m * 100 + (c - 55)) % 97;
    else return false;
  }
  return m === 1;
}

const IBAN_START = /\b[A-Z]{2}\d{2}(?=[ -]?[A-Z0-9]{4})/g;

export function detectIbans(text: string, out: Hit[]): void {
  IBAN_START.lastIndex = 0;
  for (let m = IBAN_START.exec(text); m; m = IBAN_START.exec(text)) {
    const cc = m[0].slice(0, 2);
    const len = IBAN_LENGTH[cc];
    if (len === undefined) continue;
    // read the BBAN: compact, or in groups of four separated by one space (the printed form)
    let i = m.index + 4;
    let compact = m[0];
    // one separator kind throughout: a space (the printed form) or a dash
    const sep = text[i] === ' ' || text[i] === '-' ? text.charCodeAt(i) : -1;
    while (compact.length < len && i < text.length) {
      const c = text.charCodeAt(i);
      if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90)) {
        compact += text[i];
        i++;
      } else if (c === sep && compact.length % 4 === 0) i++;
      else break;
    }
    if (compact.length !== len) continue;
    const next = text[i] ?? '';
    if (/[A-Za-z0-9_-]/.test(next)) continue; // part of a longer token
    if (!ibanValid(compact)) continue;
    const value = text.slice(m.index, i);
    out.push({ kind: 'bank-account', messageId: 'iban', index: m.index, length: value.length, value, key: compact, label: `${cc} IBAN`, severity: 'high', data: { country: cc } });
    IBAN_START.lastIndex = i;
  }
}

// ---------------------------------------------------------------------------------------------------------
// national identity numbers

const lineStart = (text: string, i: number) => text.lastIndexOf('\n', i - 1) + 1;
/** The 48 characters before a value on its line, lower-cased: where labels and field names live. */
function before(text: string, i: number): string {
  return text.slice(Math.max(lineStart(text, i), i - 48), i).toLowerCase();
}
/** Field names and words that say "this number is something else" (an order, a reference, a build). */
const OTHER_NUMBER = /(?:order|invoice|txn|transaction|tracking|shipment|ref(?:erence)?|sku|part|serial|build|version|batch|trace|span|request|req|ticket|case|job|port|zip|postal|phone|tel|fax|mobile|imei|iccid|amount|total|count|bytes|size|duration|epoch|timestamp|\bts|\bid)\W{0,4}$/;

function push(out: Hit[], index: number, value: string, messageId: string, label: string, key = value): void {
  out.push({ kind: 'national-id', messageId, index, length: value.length, value, key, label, severity: 'high' });
}

// US SSN: AAA-GG-SSSS; area 000, 666 and 900-999, group 00 and serial 0000 are never issued (SSA, POMS RM 10201.070)
const SSN_DASHED = /\b(\d{3})([-. ])(\d{2})\2(\d{4})\b/g;
/** Numbers published as examples or voided after misuse (SSA): never a person's. */
const SSN_EXAMPLES = new Set(['078051120', '219099999', '123456789', '457555462']);
export function ssnValid(d: string): boolean {
  const area = Number(d.slice(0, 3));
  if (area === 0 || area === 666 || area >= 900) return false;
  if (d.slice(3, 5) === '00' || d.slice(5) === '0000') return false;
  return !SSN_EXAMPLES.has(d);
}

// UK NINO: two letters (first not D F I Q U V, second not D F I O Q U V; not BG GB KN NK NT TN ZZ), six digits, A-D
const NINO_RE = /\b([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-D])\b/g;
const NINO_BAD_PREFIX = /^(?:BG|GB|KN|NK|NT|TN|ZZ)$/;

// Spanish DNI (8 digits + letter) and NIE (X/Y/Z + 7 digits + letter): letter = TRWAGMYFPDXBNJZSQVHLCKE[n mod 23]
const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
// no capture groups: V8 runs a capture-free pattern about twice as fast; the parts are read back by hand
const DNI_RE = /\b[XYZxyz]?-?\d{7,8}-?[A-Za-z]\b/g;

// Italian codice fiscale: 6 letters, 2 digits, month letter, 2 digits, letter, 3 digits, check letter; digits may
// be replaced by L M N P Q R S T U V (omocodia; accepted in the last three digits)
const CF_RE = /\b[A-Z]{6}[\dLMNP-V]{2}[A-EHLMPR-T][\dLMNP-V]{2}[A-Z][\dLMNP-V]{3}[A-Z]\b/y;
// located by its distinctive middle (surname-letter, year, month letter, day, place letter): a pattern that does
// not start with six letters lets V8 skip ahead quickly; the whole code is then read at offset -5 with CF_RE.
// Omocodia (digits replaced by letters) is accepted in the last three digits only.
const CF_LOCATOR = /[A-Z]\d{2}[A-EHLMPR-T]\d{2}[A-Z]/g;
const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
export function codiceFiscaleValid(cf: string): boolean {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = cf.charCodeAt(i);
    const v = c <= 57 ? c - 48 : c - 65;
    sum += i % 2 === 0 ? CF_ODD[v]! : v;
  }
  return cf.charCodeAt(15) - 65 === sum % 26;
}

// French NIR: sex (1/2), year, month (01-12, or 20-42/50-99 for unknown), department (2A/2B in Corsica),
// commune, order number, then key = 97 - (13 digits mod 97)
const NIR_RE = /\b([12]) ?(\d{2}) ?(\d{2}) ?(\d{2}|2[AB]) ?(\d{3}) ?(\d{3}) ?(\d{2})\b/g;
export function nirValid(body13: string, key: number): boolean {
  const month = Number(body13.slice(3, 5));
  if (month === 0 || (month > 12 && month < 20)) return false;
  if (Number(body13.slice(10, 13)) === 0) return false;
  const numeric = body13.replace('2A', '19').replace('2B', '18');
  let m = 0;
  for (const c of numeric) m = (m * 10 + (c.charCodeAt(0) - 48)) % 97;
  return 97 - m === key;
}

// German Steuer-IdNr: 11 digits, first not 0; in the first ten exactly one digit occurs two or three times
// (three only since 2016: never adjacent all three), check digit ISO 7064 MOD 11,10 (BZSt specification)
export function steuerIdValid(d: string): boolean {
  if (d.length !== 11 || d[0] === '0') return false;
  const counts = new Array<number>(10).fill(0);
  for (let i = 0; i < 10; i++) counts[d.charCodeAt(i) - 48]!++;
  const multi = counts.filter((c) => c > 1);
  if (multi.length !== 1 || multi[0]! > 3) return false;
  let product = 10;
  for (let i = 0; i < 10; i++) {
    let sum = (d.charCodeAt(i) - 48 + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  let check = 11 - product;
  if (check === 10) check = 0;
  return check === d.charCodeAt(10) - 48;
}

// Dutch BSN: 9 digits, 9a+8b+7c+6d+5e+4f+3g+2h-1i divisible by 11 (the "elfproef")
export function bsnValid(d: string): boolean {
  if (d.length !== 9 || /^0+$/.test(d)) return false;
  let s = 0;
  for (let i = 0; i < 8; i++) s += (9 - i) * (d.charCodeAt(i) - 48);
  s -= d.charCodeAt(8) - 48;
  return s % 11 === 0;
}

/** Labels that name a national id field, for the formats whose digits alone prove too little. */
const LABELLED_NUMBER = /\b(?:ssn|social[ _-]?security(?:[ _-]?(?:number|no))?|bsn|burgerservice(?:nummer)?|sofi[ _-]?nummer|steuer[ _-]?(?:id(?:nr)?|identifikationsnummer|nummer)|idnr|tax[ _-]?(?:id|identification)(?:[ _-]?(?:number|no))?|tin)\b[^\n\d]{0,12}?(\d[\d .]{7,14}\d)(?![\d-])/gi;

/**
 * A Spanish DNI (8 digits + letter) or NIE (X/Y/Z + 7 digits + letter) candidate found at `index`: by this
 * module's DNI_RE, or by the card scanner's digit-run pass (scanner.ts runs one pass for both when both kinds
 * are wanted: the digit runs of a log are the expensive part to walk).
 */
export function spanishId(text: string, index: number, raw: string, out: Hit[]): void {
  const first = /[XYZxyz]/.test(raw[0]!) ? raw[0]! : '';
  const last = raw[raw.length - 1]!;
  const num = raw.replace(/[^\d]/g, '');
  if (!first && raw[0] === '-') return;
  const nieLetter = first.toUpperCase();
  // lower case only as a whole (x9613851n), never mixed
  if (first && (first === first.toLowerCase()) !== (last === last.toLowerCase())) return;
  if (nieLetter ? num.length !== 7 : num.length !== 8) return;
  const prev = text[index - 1] ?? '';
  if (/[\w.\-/:]/.test(prev)) return;
  const n = Number((nieLetter ? String('XYZ'.indexOf(nieLetter)) : '') + num);
  if (DNI_LETTERS[n % 23] !== last.toUpperCase()) return;
  if (OTHER_NUMBER.test(before(text, index))) return;
  push(out, index, raw, nieLetter ? 'es-nie' : 'es-dni', nieLetter ? 'Spanish NIE' : 'Spanish DNI', raw.replace(/-/g, '').toUpperCase());
}

/** `spanish: false` when the caller's digit-run pass (detectCards with onSpanishId) already looked for DNIs/NIEs. */
export function detectNationalIds(text: string, out: Hit[], opts: { spanish?: boolean } = {}): void {
  // SSN, dashed
  {
    SSN_DASHED.lastIndex = 0;
    for (let m = SSN_DASHED.exec(text); m; m = SSN_DASHED.exec(text)) {
      const prev = text[m.index - 1] ?? '';
      const next = text[m.index + 11] ?? '';
      if (/[\w.\-/:]/.test(prev) || /[\w-]/.test(next) || (next === '.' && /\d/.test(text[m.index + 12] ?? ''))) continue;
      const d = m[1]! + m[3]! + m[4]!;
      if (!ssnValid(d) || OTHER_NUMBER.test(before(text, m.index))) continue;
      // dotted or spaced 3-2-4 groups are an SSN only next to its label (versions, amounts and ids look alike)
      if (m[2] !== '-' && !/(?:ssn|social[ _-]?security)[^\n\d]{0,20}$/.test(before(text, m.index))) continue;
      push(out, m.index, m[0], 'us-ssn', 'US SSN', d);
    }
  }
  // numbers that need their label: SSN (undashed), BSN, Steuer-IdNr
  {
    // (no prefilter: a case-insensitive keyword test over the chunk costs as much as this pattern)
    LABELLED_NUMBER.lastIndex = 0;
    for (let m = LABELLED_NUMBER.exec(text); m; m = LABELLED_NUMBER.exec(text)) {
      const raw = m[1]!;
      const d = raw.replace(/[ .]/g, '');
      const label = m[0].slice(0, m[0].length - raw.length).toLowerCase();
      const idx = m.index + m[0].length - raw.length;
      if (/^(?:ssn|social)/.test(label) && d.length === 9 && ssnValid(d)) push(out, idx, raw, 'us-ssn', 'US SSN', d);
      else if (/^(?:bsn|burgerservice|sofi)/.test(label) && d.length === 9 && bsnValid(d)) push(out, idx, raw, 'nl-bsn', 'Dutch BSN', d);
      else if (/^(?:steuer|idnr|tax|tin)/.test(label) && d.length === 11 && steuerIdValid(d)) push(out, idx, raw, 'de-steuer-id', 'German Steuer-IdNr', d);
    }
  }
  // NINO
  NINO_RE.lastIndex = 0;
  for (let m = NINO_RE.exec(text); m; m = NINO_RE.exec(text)) {
    if (NINO_BAD_PREFIX.test(m[1]!)) continue;
    push(out, m.index, m[0], 'uk-nino', 'UK NINO', m[0].replace(/ /g, ''));
  }
  // DNI / NIE
  if (opts.spanish !== false) {
    DNI_RE.lastIndex = 0;
    for (let m = DNI_RE.exec(text); m; m = DNI_RE.exec(text)) spanishId(text, m.index, m[0], out);
  }
  // codice fiscale
  CF_LOCATOR.lastIndex = 0;
  for (let l = CF_LOCATOR.exec(text); l; l = CF_LOCATOR.exec(text)) {
    if (l.index < 5) continue;
    CF_RE.lastIndex = l.index - 5;
    const m = CF_RE.exec(text);
    if (!m || !codiceFiscaleValid(m[0])) continue;
    push(out, m.index, m[0], 'it-codice-fiscale', 'Italian codice fiscale');
    CF_LOCATOR.lastIndex = m.index + 16;
  }
  // NIR
  NIR_RE.lastIndex = 0;
  for (let m = NIR_RE.exec(text); m; m = NIR_RE.exec(text)) {
    const spaces = (m[0].match(/ /g) ?? []).length;
    if (spaces !== 0 && spaces !== 6) continue; // compact, or the printed 1 85 05 78 006 084 36
    const prev = text[m.index - 1] ?? '';
    const next = text[m.index + m[0].length] ?? '';
    if (/[\w.\-/:]/.test(prev) || /[\w-]/.test(next)) continue;
    const body = m[1]! + m[2]! + m[3]! + m[4]! + m[5]! + m[6]!;
    if (!nirValid(body, Number(m[7]))) continue;
    if (OTHER_NUMBER.test(before(text, m.index))) continue;
    push(out, m.index, m[0], 'fr-nir', 'French NIR', body + m[7]!);
  }
}
