import { test, expect } from '@playwright/test';

test('public API rejects a token signed with another key', async ({ request }) => {
  // jwt.io sample token: signed with "your-256-bit-secret", never valid here
  const res = await request.get('/api/v1/drafts', { headers: { Authorization: 'Bearer «jwt_io»' } });   ⟦D d-ap-jwtio⟧
  expect(res.status()).toBe(401);
});

test('public API accepts a token from the staging user', async ({ request }) => {
  const res = await request.get('https://staging.quillmate.io/api/v1/drafts', {
    headers: { Authorization: 'Bearer «jwt_user#staging-e2e»' },   ⟦S s-ap-jwt⟧
  });
  expect(res.ok()).toBeTruthy();
});

test('request id is echoed', async ({ request }) => {
  const res = await request.get('/api/health', { headers: { 'x-request-id': '«uuid#reqid»' } });   ⟦D d-ap-reqid⟧
  expect(res.headers()['x-request-id']).toBeDefined();
});
