import { expect, type Page } from '@playwright/test';

/** The catalog (/catalog) and a class's request form (/catalog/{mc}/{ns}/{class}). */
export class CatalogPage {
  constructor(private readonly page: Page) {}

  async goto(query = ''): Promise<void> {
    await this.page.goto(`/catalog${query}`);
    await expect(this.count).toBeVisible({ timeout: 60_000 });
  }

  get count() {
    return this.page.getByTestId('catalog-count');
  }

  async shown(): Promise<number> {
    const text = (await this.count.textContent()) ?? '';
    const match = /^(\d+) class/.exec(text);
    if (!match) throw new Error(`unexpected count text: ${text}`);
    return Number(match[1]);
  }

  get list() {
    return this.page.getByRole('list', { name: 'ClusterClasses' });
  }

  entry(managementCluster: string, name: string) {
    return this.page.getByTestId(`catalog-entry-${managementCluster}-${name}`);
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Search the catalog' }).fill(text);
  }

  async filter(label: 'Management cluster' | 'Provider', value: string): Promise<void> {
    await this.page.getByRole('combobox', { name: label }).selectOption(value);
  }

  async openClass(managementCluster: string, name: string): Promise<void> {
    await this.page.getByRole('link', { name: `Request a cluster from ${name} on ${managementCluster}` }).click();
    await expect(this.form).toBeVisible({ timeout: 60_000 });
  }

  async gotoClass(options: { managementCluster: string; namespace: string; name: string }): Promise<void> {
    await this.page.goto(`/catalog/${options.managementCluster}/${options.namespace}/${options.name}`);
    await expect(this.form).toBeVisible({ timeout: 60_000 });
  }

  get form() {
    return this.page.getByRole('form', { name: /^Request a cluster from / });
  }

  field(label: string | RegExp) {
    return this.form.getByLabel(label, { exact: typeof label === 'string' });
  }

  get manifest() {
    return this.page.getByLabel('Cluster manifest YAML');
  }

  get dryRunStatus() {
    return this.page.getByTestId('dry-run-status');
  }

  get errorSummary() {
    return this.page.getByTestId('error-summary');
  }

  get submit() {
    return this.page.getByRole('button', { name: 'Submit request' });
  }
}
