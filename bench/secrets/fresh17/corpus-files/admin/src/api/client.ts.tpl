import { CognitoUserPool, AuthenticationDetails, CognitoUser } from 'amazon-cognito-identity-js';

const pool = new CognitoUserPool({
  UserPoolId: process.env.REACT_APP_COGNITO_POOL_ID!,
  ClientId: process.env.REACT_APP_COGNITO_CLIENT_ID!,
});

export async function signIn(email: string, password: string): Promise<string> {
  const user = new CognitoUser({ Username: email, Pool: pool });
  return new Promise((resolve, reject) =>
    user.authenticateUser(new AuthenticationDetails({ Username: email, Password: password }), {
      onSuccess: (s) => resolve(s.getIdToken().getJwtToken()),
      onFailure: reject,
    }),
  );
}

export async function api<T>(path: string, token: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(`${process.env.API_URL}${path}`, {
    ...init,
    headers: { ...init.headers, Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, ⟦D client-bearer⟧
  });
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return (await res.json()) as T;
}

export const exportAuditLog = (from: string, to: string) =>
  fetch(`${process.env.API_URL}/admin/audit/export?from=${from}&to=${to}`, {
    headers: { 'X-Export-Token': process.env.AUDIT_EXPORT_TOKEN ?? '' }, ⟦D client-exporttoken⟧
  });
