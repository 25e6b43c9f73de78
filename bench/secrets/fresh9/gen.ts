/**
 * Value generators for the ninth fresh-repository bench (bench/secrets/fresh9.ts).
 *
 * The machinery (deterministic streams, checksums, key builders, password habits) and the inherited generators are
 * the sixth bench's (bench/secrets/fresh6/gen.ts), imported as the seventh bench does: only the seed ("fresh9-v1")
 * and the additions differ. The additions are what a small data and ML platform uses (Airflow Fernet keys, Prefect
 * Cloud API keys, crates.io tokens, Confluent Cloud API secrets, Snowflake key-pair public keys and their
 * fingerprints, Snowflake query ids), written from the providers' published formats as we know them, without
 * reading launchready's rules.
 *
 * Every credential in the generated repository is made here at run time, never written as a literal in this
 * source tree.
 */
import { createHash, createPrivateKey, createPublicKey } from 'node:crypto';
import { ALNUM, HEX, generators, SeededValues, type Gen } from '../fresh6/gen.js';

/** the public half (SPKI DER) of «pem_rsa_enc#name», opened with its passphrase «pwh#name» */
function encPublicDer(name: string, value: (spec: string) => string): Buffer {
  const priv = createPrivateKey({ key: value(`pem_rsa_enc#${name}`), format: 'pem', passphrase: value(`pwh#${name}`) });
  return createPublicKey(priv).export({ format: 'der', type: 'spki' });
}

const ADDITIONS: Record<string, Gen> = {
  // Airflow Fernet key: urlsafe base64 of 32 bytes, with its padding (Fernet.generate_key())
  fernet: (_a, st) => st.bytes(32).toString('base64').replace(/\+/g, '-').replace(/\//g, '_'),
  // Prefect Cloud API key: pnu_ + 36 alphanumerics
  prefect: (_a, st) => `pnu_${st.pick(ALNUM, 36)}`,
  // crates.io API token: cio + 32 alphanumerics
  cio: (_a, st) => `cio${st.pick(ALNUM, 32)}`,
  // Confluent Cloud API secret: 64 characters of base64's alphabet
  ccloud_secret: (_a, st) => st.pick(ALNUM + '+/', 64),
  // the Snowflake user's RSA public key (PEM) for «pem_rsa_enc#name»
  rsa_enc_pub: (_a, _st, name, value) => `-----BEGIN PUBLIC KEY-----\n${encPublicDer(name, value).toString('base64').match(/.{1,64}/g)!.join('\n')}\n-----END PUBLIC KEY-----`,
  // the same key as ALTER USER … SET RSA_PUBLIC_KEY wants it: the base64 body on one line
  rsa_enc_pub_line: (_a, _st, name, value) => encPublicDer(name, value).toString('base64'),
  // DESC USER's RSA_PUBLIC_KEY_FP: SHA256: + base64 of the SHA-256 of the DER public key
  rsa_enc_fp: (_a, _st, name, value) => `SHA256:${createHash('sha256').update(encPublicDer(name, value)).digest('base64')}`,
  // a Snowflake query id: 01b3c4d5-0203-8a1f-0000-0002f1e4c9a1
  sf_qid: (_a, st) => `01b${st.pick(HEX, 5)}-0${st.pick(HEX, 3)}-${st.pick(HEX, 4)}-0000-000${st.pick(HEX, 9)}`,
  // OpenSSH host-key fingerprint as ssh-keyscan | ssh-keygen -lf prints it
  ssh_fp: (_a, st) => `SHA256:${st.bytes(32).toString('base64').replace(/=+$/, '')}`,
  // Metabase entity ids (NanoID, 21 characters)
  nanoid: (_a, st) => st.pick(ALNUM + '_-', 21),
};

/** The ninth corpus's values (seed fresh9-v1): the sixth's generators plus its own. */
export class Values extends SeededValues {
  constructor() {
    super('fresh9-v1', 'fresh9', { ...generators('fresh9-v1'), ...ADDITIONS });
  }
}
