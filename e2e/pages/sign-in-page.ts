import { expect, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../support/demo-users';

export class SignInPage {
  constructor(private readonly page: Page) {}

  async goto(callbackUrl?: string): Promise<void> {
    await this.page.goto(callbackUrl ? `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}` : '/sign-in');
    await expect(this.page.getByRole('heading', { name: 'Quarterdeck', exact: true })).toBeVisible();
  }

  async signIn(username: string, password = DEMO_PASSWORD): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Username' }).fill(username);
    await this.page.getByLabel('Password', { exact: true }).fill(password);
    await this.page.getByRole('button', { name: 'Sign in', exact: true }).click();
  }

  get error() {
    return this.page.getByRole('alert').filter({ hasText: 'Sign-in failed' });
  }

  get demoUserList() {
    return this.page.getByRole('region', { name: /Demo users/ });
  }
}
