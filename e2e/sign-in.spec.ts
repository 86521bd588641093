import { expect, test } from '@playwright/test';
import { ConsoleShell } from './pages/console-shell';
import { SignInPage } from './pages/sign-in-page';
import { DEMO_USERS } from './support/demo-users';

test.describe('sign-in', () => {
  test('the sign-in page lists every demo user in demo mode', async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goto();
    for (const user of DEMO_USERS) await expect(signIn.demoUserList).toContainText(user.username);
  });

  for (const user of DEMO_USERS) {
    test(`${user.username} signs in, sees the console with their roles, and signs out`, async ({ page }) => {
      const signIn = new SignInPage(page);
      const shell = new ConsoleShell(page);
      await signIn.goto();
      await signIn.signIn(user.username);
      await expect(page).toHaveURL(/\/fleet$/);
      await expect(shell.nav.getByRole('link', { name: 'Fleet' })).toHaveAttribute('aria-current', 'page');
      await shell.expectSignedInAs({ name: user.name, roles: user.roles });
      await shell.signOut(user.name);
      await expect(page).toHaveURL(/\/sign-in/);
      await page.goto('/fleet');
      await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Ffleet/);
    });
  }

  test('a wrong password is refused with a message and no session', async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn('alice', 'not-the-password');
    await expect(signIn.error).toBeVisible();
    const session = await page.request.get('/api/auth/session');
    expect(await session.json()).toBeNull();
  });

  test('signing in returns to the page that asked for it', async ({ page }) => {
    await page.goto('/skew');
    await expect(page).toHaveURL(/callbackUrl=%2Fskew/);
    await new SignInPage(page).signIn('dave');
    await expect(page).toHaveURL(/\/skew$/);
  });

  test('the navigation is keyboard accessible from the skip link', async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn('bob');
    await expect(page).toHaveURL(/\/fleet$/);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Triage' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/triage$/);
  });

  test('sign-in works on localhost as well as on 127.0.0.1', async ({ page, baseURL }) => {
    const localhost = (baseURL ?? '').replace('127.0.0.1', 'localhost');
    expect(localhost).toContain('localhost');
    await page.goto(`${localhost}/sign-in`);
    const signIn = new SignInPage(page);
    await signIn.signIn('erin');
    await expect(page).toHaveURL(`${localhost}/fleet`);
    await new ConsoleShell(page).expectSignedInAs({ name: 'Erin Requester', roles: ['requester'] });
  });

  test('pages are served with a strict Content-Security-Policy', async ({ page }) => {
    const response = await page.goto('/sign-in');
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
  });

  test('no page, not even the 404 page, has its scripts blocked by the policy', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && message.text().includes('Content Security Policy')) violations.push(message.text());
    });
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn('dave');
    await expect(page).toHaveURL(/\/fleet$/);
    const response = await page.goto('/no-such-page');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await page.goto('/skew');
    await expect(page.getByRole('heading', { name: 'Version skew', level: 1 })).toBeVisible();
    expect(violations).toEqual([]);
  });
});
