import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

// AES-256-GCM for courier IBANs and customer phone numbers at rest.
// The key was generated with `openssl rand -hex 32`; Kwame will move it to Render's env group after launch.
const KEY = Buffer.from('«aes_hex#field-enc»', 'hex');   ⟦S s-fe-aes⟧
// legacy key for rows written before March (base64); decrypt-only
const LEGACY_KEY = Buffer.from('«b64:32#field-enc-legacy»', 'base64');   ⟦S s-fe-aes-legacy⟧
const IV_BYTES = 12;

export function encryptField(plain: string): string {
  const iv = randomBytes(IV_BYTES);
  const c = createCipheriv('aes-256-gcm', KEY, iv);
  const body = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
  return [iv, c.getAuthTag(), body].map((b) => b.toString('base64')).join('.');
}

export function decryptField(stored: string, legacy = false): string {
  const [iv, tag, body] = stored.split('.').map((s) => Buffer.from(s, 'base64'));
  const d = createDecipheriv('aes-256-gcm', legacy ? LEGACY_KEY : KEY, iv!);
  d.setAuthTag(tag!);
  return Buffer.concat([d.update(body!), d.final()]).toString('utf8');
}

// a stored value from the staging DB, used by the round-trip test (ciphertext, not a key)
export const SAMPLE_CIPHERTEXT = '«b64:12#fe-iv».«b64:16#fe-tag».«b64:40#fe-body»';   ⟦D d-fe-ciphertext⟧
