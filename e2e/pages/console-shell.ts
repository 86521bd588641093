import { expect, type Page } from '@playwright/test';

export class ConsoleShell {
  constructor(private readonly page: Page) {}

  get nav() {
    return this.page.getByRole('navigation', { name: 'Main' });
  }

  async openUserMenu(name: string): Promise<void> {
    await this.page.getByRole('button', { name }).click();
  }

  async expectSignedInAs(options: { name: string; roles: readonly string[] }): Promise<void> {
    await this.openUserMenu(options.name);
    await expect(this.page.getByTestId('user-roles')).toHaveText(options.roles.join(', '));
  }

  async signOut(name: string): Promise<void> {
    if (!(await this.page.getByRole('button', { name: 'Sign out' }).isVisible())) await this.openUserMenu(name);
    await this.page.getByRole('button', { name: 'Sign out' }).click();
  }
}
