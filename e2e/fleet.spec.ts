import { expect, test } from '@playwright/test';
import { FleetPage } from './pages/fleet-page';
import { SignInPage } from './pages/sign-in-page';
import { SkewPage } from './pages/skew-page';

test.describe('fleet and version skew pages', () => {
  test.beforeEach(async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn('dave');
    await expect(page).toHaveURL(/\/fleet$/);
  });

  test('the fleet page lists the clusters of every management cluster', async ({ page }) => {
    const fleet = new FleetPage(page);
    await fleet.goto();
    await expect.poll(async () => (await fleet.totalShown()).total, { timeout: 60_000 }).toBeGreaterThanOrEqual(30);
    await expect(page.getByRole('list', { name: 'Management clusters' }).getByRole('listitem')).toHaveCount(3);
    await expect(fleet.table.getByRole('row')).not.toHaveCount(0);
  });

  test('filters narrow the table, live in the URL and survive a reload', async ({ page }) => {
    const fleet = new FleetPage(page);
    await fleet.goto();
    const { total } = await fleet.totalShown();
    await fleet.filter('Management cluster', 'mgmt-ap-south');
    await expect(page).toHaveURL(/managementCluster=mgmt-ap-south/);
    await expect.poll(async () => (await fleet.totalShown()).shown).toBeLessThan(total);
    const narrowed = (await fleet.totalShown()).shown;
    expect(narrowed).toBeGreaterThan(0);
    await expect(fleet.table.getByRole('cell', { name: 'mgmt-eu-west', exact: true })).toHaveCount(0);
    await page.reload();
    await expect(fleet.count).toHaveText(`${narrowed} of ${total} clusters`);
    await expect(page.locator('summary', { hasText: 'Management cluster (1)' })).toBeVisible();
    await fleet.search('zzz-no-such-cluster');
    await expect(page.getByText('No cluster matches these filters')).toBeVisible();
    await expect(page).toHaveURL(/q=zzz-no-such-cluster/);
  });

  test('a cluster row opens the cluster page', async ({ page }) => {
    const fleet = new FleetPage(page);
    await fleet.goto('?managementCluster=mgmt-eu-west&sort=name');
    const firstLink = fleet.table.getByRole('link').first();
    const name = (await firstLink.textContent()) ?? '';
    await firstLink.click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByText('mgmt-eu-west /', { exact: false }).first()).toBeVisible();
  });

  test('the version-skew page shows the distribution of minors with end of life and a skew violation', async ({ page }) => {
    const skew = new SkewPage(page);
    await skew.goto();
    await expect(skew.distribution.getByRole('row')).not.toHaveCount(1);
    await expect(skew.minor('1.30')).toContainText('end of life 2025-07-15');
    await expect(skew.clusters.getByText(/^Violation:/).first()).toBeVisible();
    await expect(page.getByRole('table', { name: 'Team' }).getByRole('cell', { name: 'payments', exact: true })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Management cluster' }).getByRole('cell', { name: 'mgmt-ap-south', exact: true })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Cluster API and provider versions' })).toContainText('v1.10.7');
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Export CSV' }).click();
    expect((await download).suggestedFilename()).toMatch(/^version-skew-\d{4}-\d{2}-\d{2}\.csv$/);
  });
});
