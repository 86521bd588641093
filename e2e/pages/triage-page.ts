import { expect, type Locator, type Page } from '@playwright/test';

export class TriagePage {
  constructor(private readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/triage');
    await expect(this.page.getByRole('heading', { name: 'Triage', exact: true })).toBeVisible();
  }

  get rows() {
    return this.page.getByTestId('triage-row');
  }

  /** The queue section of one cause class (its heading is the class and the row count). */
  group(cause: string) {
    return this.page.getByRole('region', { name: new RegExp(`^${cause} \\(\\d+\\)$`) });
  }

  row(clusterId: string) {
    return this.page.locator(`[data-testid="triage-row"][data-cluster-id="${clusterId}"]`);
  }

  filter(label: 'Management cluster' | 'Team') {
    return this.page.getByRole('combobox', { name: label, exact: true });
  }

  /** Opens the graph from the first failing link of a row; answers what the row showed. */
  /** The first row of the first of these cause classes that has one. */
  firstRowOf(causes: string[]) {
    const groups = causes.map((cause) => this.group(cause)).reduce((all, group) => all.or(group));
    return groups.getByTestId('triage-row').first();
  }

  async openRow(row: Locator): Promise<{ clusterId: string; linkText: string; reason: string }> {
    await expect(row).toBeVisible();
    const clusterId = (await row.getAttribute('data-cluster-id')) ?? '';
    const link = row.getByRole('link').nth(1);
    const linkText = (await link.textContent()) ?? '';
    const reason = (await row.locator('td').nth(3).locator('span.font-medium').first().textContent()) ?? '';
    await link.click();
    return { clusterId, linkText: linkText.trim(), reason: reason.trim() };
  }
}
