import axios, { AxiosError } from 'axios';
import Constants from 'expo-constants';
import * as SecureStore from 'expo-secure-store';

const TOKEN_KEY = 'classnote.session';

export const api = axios.create({
  baseURL: Constants.expoConfig?.extra?.apiUrl ?? 'http://localhost:3000',
  timeout: 15000,
  headers: { 'X-Client': `classnote-mobile/${Constants.expoConfig?.version}` },
});

api.interceptors.request.use(async (config) => {
  const token = await SecureStore.getItemAsync(TOKEN_KEY);
  if (token) config.headers.Authorization = `Bearer ${token}`; ⟦D client-bearer⟧
  return config;
});

api.interceptors.response.use(undefined, async (err: AxiosError) => {
  if (err.response?.status === 401) await SecureStore.deleteItemAsync(TOKEN_KEY);
  throw err;
});

// App Store / Play review account: reviewers get a pre-filled login screen in review builds.
export const REVIEW_ACCOUNT = __DEV__ || process.env.EXPO_PUBLIC_REVIEW_BUILD === '1'
  ? { email: 'appreview@classnote.io', password: '«pwh#appreview»' } ⟦S client-review⟧
  : null;

export async function login(email: string, password: string): Promise<void> {
  const { data } = await api.post('/v1/sessions', { email, password });
  await SecureStore.setItemAsync(TOKEN_KEY, data.token);
}
