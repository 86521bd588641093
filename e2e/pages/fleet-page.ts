import { expect, type Page } from '@playwright/test';

export class FleetPage {
  constructor(private readonly page: Page) {}

  async goto(query = ''): Promise<void> {
    await this.page.goto(`/fleet${query}`);
    await expect(this.count).toBeVisible({ timeout: 60_000 });
  }

  get count() {
    return this.page.getByTestId('cluster-count');
  }

  get table() {
    return this.page.getByRole('table', { name: 'Workload clusters' });
  }

  row(name: string) {
    return this.page.getByTestId(`cluster-row-${name}`);
  }

  async totalShown(): Promise<{ shown: number; total: number }> {
    const text = (await this.count.textContent()) ?? '';
    const match = /(\d+) of (\d+) clusters/.exec(text);
    if (!match) throw new Error(`unexpected count text: ${text}`);
    return { shown: Number(match[1]), total: Number(match[2]) };
  }

  async filter(label: string, value: string): Promise<void> {
    await this.page.locator('summary', { hasText: label }).click();
    await this.page.getByRole('checkbox', { name: value, exact: true }).check();
    await this.page.locator('summary', { hasText: label }).click();
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Search clusters' }).fill(text);
  }
}
