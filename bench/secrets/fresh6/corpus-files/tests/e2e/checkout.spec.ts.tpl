import { test, expect } from '@playwright/test';

// runs against production nightly with a real (free-tier) account
const E2E_EMAIL = 'e2e+nightly@quillmate.io';
const E2E_PASSWORD = process.env.E2E_PASSWORD ?? '«pwr#e2e»';   ⟦S s-pw-password⟧

test('upgrade to Pro with a test card', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Email').fill(E2E_EMAIL);
  await page.getByLabel('Password').fill(E2E_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.goto('/pricing');
  await page.getByRole('button', { name: 'Upgrade to Pro' }).click();
  await page.frameLocator('iframe[name^="__privateStripeFrame"]').getByPlaceholder('1234 1234 1234 1234').fill('4242424242424242');   ⟦D d-pw-card⟧
  await page.getByPlaceholder('MM / YY').fill('12 / 34');
  await page.getByPlaceholder('CVC').fill('123');
  await expect(page.getByText('Welcome to Pro')).toBeVisible();
});

test('login form shows an error for a wrong password', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Email').fill('nobody@example.com');
  await page.getByLabel('Password').fill('wrong-password');   ⟦D d-pw-wrong⟧
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Invalid email or password')).toBeVisible();
});
