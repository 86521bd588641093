import { expect, test } from '@playwright/test';
import { CatalogPage } from './pages/catalog-page';
import { SignInPage } from './pages/sign-in-page';

test.describe('catalog and generated request form', () => {
  test.beforeEach(async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn('alice');
    await expect(page).toHaveURL(/\/fleet$/);
  });

  test('the catalog lists the classes of all three management clusters', async ({ page }) => {
    const catalog = new CatalogPage(page);
    await catalog.goto();
    await expect(catalog.entry('mgmt-eu-west', 'aws-standard')).toBeVisible();
    await expect(catalog.entry('mgmt-us-east', 'azure-standard')).toBeVisible();
    await expect(catalog.entry('mgmt-ap-south', 'vsphere-standard')).toBeVisible();
    await expect(catalog.entry('mgmt-ap-south', 'quick-start')).toContainText('v1beta1');
    await expect(page.getByRole('combobox', { name: 'Management cluster' }).getByRole('option')).toHaveText(['All', 'mgmt-ap-south', 'mgmt-eu-west', 'mgmt-us-east']);
  });

  test('search and filters narrow the catalog and live in the URL', async ({ page }) => {
    const catalog = new CatalogPage(page);
    await catalog.goto();
    const total = await catalog.shown();
    await catalog.search('vsphere');
    await expect(page).toHaveURL(/q=vsphere/);
    await expect.poll(() => catalog.shown()).toBeLessThan(total);
    await expect(catalog.list.getByRole('heading', { level: 2 })).toHaveText(['vsphere-standard', 'vsphere-standard']);
    await catalog.filter('Management cluster', 'mgmt-ap-south');
    await expect(page).toHaveURL(/managementCluster=mgmt-ap-south/);
    await expect(catalog.count).toHaveText('1 class');
    await catalog.search('zzz-no-such-class');
    await expect(page.getByText('No class matches these filters')).toBeVisible();
  });

  test('a class form starts from the class defaults and previews a v1beta1 Cluster for mgmt-ap-south', async ({ page }) => {
    const catalog = new CatalogPage(page);
    await catalog.goto('?managementCluster=mgmt-ap-south');
    await catalog.openClass('mgmt-ap-south', 'quick-start');
    await expect(page).toHaveURL(/\/catalog\/mgmt-ap-south\/quarterdeck-classes\/quick-start$/);
    await expect(catalog.field('Namespace')).toHaveValue('team-payments');
    await expect(catalog.field('Kubernetes version')).not.toHaveValue('');
    await expect(catalog.field('Image repository')).toHaveValue('');
    await expect(catalog.field('Image repository')).toHaveAttribute('placeholder', 'e.g. registry.k8s.io');
    await expect(catalog.submit).toBeDisabled();
    await catalog.field('Cluster name').fill('e2e-catalog-preview');
    await expect(catalog.dryRunStatus).toHaveText('Dry-run passed on mgmt-ap-south.', { timeout: 30_000 });
    await expect(catalog.manifest).toContainText('apiVersion: cluster.x-k8s.io/v1beta1');
    await expect(catalog.manifest).toContainText('name: e2e-catalog-preview');
    await expect(catalog.manifest).toContainText('class: quick-start');
    await expect(catalog.submit).toBeEnabled();
  });

  test('a value the class rejects is marked on its field and in the summary, and blocks submitting', async ({ page }) => {
    const catalog = new CatalogPage(page);
    await catalog.gotoClass({ managementCluster: 'mgmt-ap-south', namespace: 'quarterdeck-classes', name: 'vsphere-standard' });
    await catalog.field('Cluster name').fill('e2e-catalog-invalid');
    const template = catalog.field('Vm template');
    await template.fill('windows-2019');
    await expect(template).toHaveAttribute('aria-invalid', 'true');
    await expect(catalog.errorSummary).toContainText('Vm template');
    await expect(catalog.submit).toBeDisabled();
  });
});
