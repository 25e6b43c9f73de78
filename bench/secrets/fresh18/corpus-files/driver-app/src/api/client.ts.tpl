import Constants from 'expo-constants';
import * as SecureStore from 'expo-secure-store';

const BASE = Constants.expoConfig?.extra?.apiUrl ?? 'https://api.coldchainsense.io';
const TOKEN_KEY = 'cs.accessToken'; ⟦D cl-tokenkey⟧

// Demo login for the trade-fair tablets (account drv-demo on production, read-only trailers)
export const DEMO_CREDENTIALS = { username: 'drv-demo', password: '«weak#drv-demo»' }; ⟦S cl-demo⟧

export async function login(username: string, password: string): Promise<void> {
  const body = new URLSearchParams({ username, password, grant_type: 'password' });
  const res = await fetch(`${BASE}/auth/token`, { method: 'POST', body });
  if (!res.ok) throw new Error(`login failed: ${res.status}`);
  const { access_token } = (await res.json()) as { access_token: string };
  await SecureStore.setItemAsync(TOKEN_KEY, access_token);
}

export async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
  const token = await SecureStore.getItemAsync(TOKEN_KEY);
  const res = await fetch(`${BASE}${path}`, {
    ...init,
    headers: { ...(init.headers ?? {}), Authorization: `Bearer ${token}` }, ⟦D cl-bearer⟧
  });
  if (res.status === 401) throw new Error('session expired');
  return (await res.json()) as T;
}
