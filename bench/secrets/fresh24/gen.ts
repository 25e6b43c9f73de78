/**
 * Value generators for the twenty-fourth fresh-repository bench (bench/secrets/fresh24.ts): the sixth bench's
 * machinery with seed "fresh24-v1" and generators for a Windows shop (human admin passwords, Entra client secrets,
 * GPP cpassword blobs, BitLocker recovery keys, DPAPI blobs, thumbprints, SIDs). Every credential is made here at
 * run time, never written as a literal in this source tree.
 */
import { createPublicKey } from 'node:crypto';
import { ecKey } from '../fresh-gen.js';
import { ALNUM, HEX, generators, SeededValues, Stream, type Gen } from '../fresh6/gen.js';

const UHEX = '0123456789ABCDEF';
const DPAPI_HDR = '01000000d08c9ddf0115d1118c7a00c04fc297eb01000000';

const ADDITIONS: Record<string, Gen> = {
  // what an admin types: a word, a year, a symbol
  adm: (a, st) => `${a}${2018 + st.int(7)}${'!#$%?'[st.int(5)]}`,
  // a generated password from a password manager
  strong: (_a, st) => st.pick(ALNUM + '!#%+-=', 20),
  // Entra ID (Azure AD) app client secret: 3 chars, "8Q~", 34 chars
  entra: (_a, st) => `${st.pick(ALNUM, 3)}8Q~${st.pick(ALNUM + '~._-', 34)}`,
  guid: (_a, st) => `${st.pick(HEX, 8)}-${st.pick(HEX, 4)}-4${st.pick(HEX, 3)}-a${st.pick(HEX, 3)}-${st.pick(HEX, 12)}`,
  thumb: (_a, st) => st.pick(UHEX, 40),
  // GPP cpassword: AES-256 with Microsoft's published key, base64 without padding (decryptable by anyone)
  cpw: (_a, st) => st.bytes(32).toString('base64').replace(/=+$/, ''),
  bitlocker: (_a, st) => Array.from({ length: 8 }, () => String(st.int(720896 / 11) * 11).padStart(6, '0')).join('-'),
  sid: (a, st) => `S-1-5-21-${1000000000 + st.int(999999999)}-${1000000000 + st.int(999999999)}-${1000000000 + st.int(999999999)}${a ? `-${a}` : ''}`,
  // DPAPI blob (ConvertFrom-SecureString output): only the same user on the same machine can decrypt it
  dpapi: (_a, st) => `${DPAPI_HDR}${st.pick(HEX, 360)}`,
  rdp: (_a, st) => `${DPAPI_HDR.toUpperCase()}${st.pick(UHEX, 300)}`,
  // unattend.xml with PlainText=false: base64 of UTF-16LE(password + "Password"), i.e. readable by anyone
  unatt: (_a, _st, _n, value) => Buffer.from(`${value('adm:Kessler#localadmin')}Password`, 'utf16le').toString('base64'),
  // a P-256 key (PKCS#8 PEM) and its public half from the same stream, named by the arg
  ec_priv: (a) => String(ecKey(new Stream(`fresh24-v1|ec|${a}`)).export({ format: 'pem', type: 'pkcs8' })).trimEnd(),
  ec_pub: (a) => String(createPublicKey(ecKey(new Stream(`fresh24-v1|ec|${a}`))).export({ format: 'pem', type: 'spki' })).trimEnd(),
  azkey: (_a, st) => st.bytes(64).toString('base64'),
  hexn: (a, st) => st.pick(HEX, Number(a) || 32),
  b64n: (a, st) => st.bytes(Number(a) || 32).toString('base64'),
};

/** The twenty-fourth corpus's values (seed fresh24-v1). */
export class Values extends SeededValues {
  constructor() {
    super('fresh24-v1', 'fresh24', { ...generators('fresh24-v1'), ...ADDITIONS });
  }
}
