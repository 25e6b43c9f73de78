import { SignJWT, importPKCS8 } from 'jose';

// Sign in with Apple: client secret is a JWT we sign with this key (Key ID below, team 7QX4M2K9LP)
const APPLE_KEY_ID = '«upper:10#apple-kid»';   ⟦D d-apple-kid⟧
const APPLE_PRIVATE_KEY = `«pem_ec8#apple-siwa»`;   ⟦S s-apple-key⟧

export async function appleClientSecret(): Promise<string> {
  const key = await importPKCS8(APPLE_PRIVATE_KEY, 'ES256');
  return new SignJWT({}).setProtectedHeader({ alg: 'ES256', kid: APPLE_KEY_ID }).setIssuer('7QX4M2K9LP').setAudience('https://appleid.apple.com').setSubject('app.munchly.customer.signin').setIssuedAt().setExpirationTime('180d').sign(key);
}
