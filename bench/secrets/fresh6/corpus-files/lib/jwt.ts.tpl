import { SignJWT, jwtVerify } from 'jose';

// Used for the public API (API keys for Zapier users) and the worker callback.
const JWT_SECRET = process.env.JWT_SECRET || '«alnum:48#jwt-fallback»';   ⟦S s-jw-fallback⟧
const key = new TextEncoder().encode(JWT_SECRET);

export async function signApiToken(userId: string, scopes: string[]) {
  return new SignJWT({ scopes })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(userId)
    .setIssuedAt()
    .setExpirationTime('30d')
    .sign(key);
}

export async function verifyApiToken(token: string) {
  const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'] });
  return payload;
}
