import { createHmac, timingSafeEqual } from 'node:crypto';

// moved here from config/configuration.ts; same key, the tablets are not updated yet
const TABLET_WEBHOOK_KEY = Buffer.from('«shopify_like_hmac#tablet-hmac»', 'base64');   ⟦S s-sign-tablet-hmac⟧

export function verifyTabletSignature(rawBody: Buffer, header: string | undefined): boolean {
  if (!header) return false;
  const expected = createHmac('sha256', TABLET_WEBHOOK_KEY).update(rawBody).digest('hex');
  const given = Buffer.from(header.replace(/^sha256=/, ''), 'hex');
  return given.length === 32 && timingSafeEqual(given, Buffer.from(expected, 'hex'));
}

// example from the tablet vendor's docs, for the unit test below
export const EXAMPLE_SIGNATURE = 'sha256=«sha256#tablet-example-sig»';   ⟦D d-sign-example⟧
export const EXAMPLE_DELIVERY_ID = '«uuid#tablet-delivery»';   ⟦D d-sign-delivery⟧
