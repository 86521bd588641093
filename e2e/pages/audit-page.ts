import { expect, type Page } from '@playwright/test';

export class AuditPage {
  constructor(private readonly page: Page) {}

  async goto(query = ''): Promise<void> {
    await this.page.goto(`/audit${query}`);
    await expect(this.page.getByRole('heading', { name: 'Audit', exact: true })).toBeVisible();
  }

  get filters() {
    return this.page.getByRole('search', { name: 'Audit filters' });
  }

  get table() {
    return this.page.getByRole('table', { name: 'Audit events' });
  }

  /** Body rows of the events table. */
  get rows() {
    return this.table.locator('tbody tr');
  }

  async setFilters(values: { actor?: string; action?: string; team?: string; name?: string }): Promise<void> {
    if (values.actor !== undefined) await this.filters.getByLabel('Actor', { exact: true }).fill(values.actor);
    if (values.action !== undefined) await this.filters.getByLabel('Action', { exact: true }).fill(values.action);
    if (values.name !== undefined) await this.filters.getByLabel('Target cluster', { exact: true }).fill(values.name);
    if (values.team !== undefined) await this.filters.getByLabel('Team', { exact: true }).selectOption(values.team);
    await this.filters.getByRole('button', { name: 'Apply filters' }).click();
  }

  get csvLink() {
    return this.page.getByRole('link', { name: 'Export CSV' });
  }
}
