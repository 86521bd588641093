import { expect, type Page } from '@playwright/test';

export class SkewPage {
  constructor(private readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/skew');
    await expect(this.distribution).toBeVisible({ timeout: 60_000 });
  }

  get distribution() {
    return this.page.getByRole('table', { name: 'Kubernetes minors across the fleet' });
  }

  get clusters() {
    return this.page.getByRole('table', { name: 'Version skew per cluster' });
  }

  minor(minor: string) {
    return this.page.getByTestId(`minor-${minor}`);
  }
}
