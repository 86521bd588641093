import { expect, test, type Page } from '@playwright/test';
import { ClusterGraphPage } from './pages/cluster-graph-page';
import { SignInPage } from './pages/sign-in-page';
import { SimulatorAdmin } from './pages/simulator-admin';
import { TriagePage } from './pages/triage-page';

async function signIn(page: Page, target: string): Promise<void> {
  const signInPage = new SignInPage(page);
  await signInPage.goto(target);
  await signInPage.signIn('dave');
  await expect(page).toHaveURL(new RegExp(target.replace(/[?]/g, '\\?')));
}

test.describe('on-call triage', () => {
  test('the queue lists stuck clusters by cause and one click opens the graph at the failing node with its reason', async ({ page }) => {
    await signIn(page, '/triage');
    const triage = new TriagePage(page);
    // Provisioning clusters move on by themselves; the demo's CNI and infrastructure faults stay until cleared.
    const row = triage.firstRowOf(['addons-cni', 'infrastructure']);
    await expect(row).toBeVisible({ timeout: 60_000 });
    const opened = await triage.openRow(row);
    const [managementCluster, namespace, name] = opened.clusterId.split('/');
    await expect(page).toHaveURL(new RegExp(`/clusters/${managementCluster}/${namespace}/${name}\\?node=`));
    const graph = new ClusterGraphPage(page);
    await expect(graph.failingNode).toHaveCount(1);
    await expect(graph.rootCause).toContainText(opened.reason);
    await expect(graph.panel(/^Details of /)).toBeVisible();
    // The fleet keeps moving (other machines finish provisioning): open the panel of the current deepest link.
    await graph.showDeepestLink();
    const reason = (await graph.rootCauseReason.textContent())?.split('·').pop()?.trim() ?? '';
    expect(reason).not.toBe('');
    await expect(graph.panel(/^Details of /)).toContainText(reason);
    await expect(graph.timeline).toBeVisible();
  });

  test('filters live in the URL and narrow the queue to one management cluster', async ({ page }) => {
    await signIn(page, '/triage');
    const triage = new TriagePage(page);
    await expect(triage.rows.first()).toBeVisible({ timeout: 60_000 });
    const managementCluster = ((await triage.rows.first().getAttribute('data-cluster-id')) ?? '').split('/')[0] ?? '';
    await triage.filter('Management cluster').selectOption(managementCluster);
    await expect(page).toHaveURL(new RegExp(`managementCluster=${managementCluster}`));
    await expect(triage.rows.first()).toHaveAttribute('data-cluster-id', new RegExp(`^${managementCluster}/`));
    await expect(page.locator(`[data-testid="triage-row"]:not([data-cluster-id^="${managementCluster}/"])`)).toHaveCount(0);
    await page.reload();
    await expect(triage.filter('Management cluster')).toHaveValue(managementCluster);
  });

  test('a machine group expands into its machines on Enter and Escape closes the side panel', async ({ page }) => {
    await signIn(page, '/fleet');
    const list = (await (await page.request.get('/api/clusters?health=healthy&limit=50')).json()) as { items: { managementCluster: string; namespace: string; name: string }[] };
    const cluster = list.items[0];
    expect(cluster).toBeDefined();
    if (!cluster) return;
    const graph = new ClusterGraphPage(page);
    await graph.goto(cluster);
    await expect(graph.groupNodes.first()).toBeVisible();
    const before = await graph.nodes.count();
    const groupId = (await graph.groupNodes.first().getAttribute('data-id')) ?? '';
    await graph.expandGroup(groupId);
    await expect(graph.node(groupId)).toHaveCount(0);
    await expect.poll(() => graph.nodes.count()).toBeGreaterThan(before);
    const machine = graph.nodes.filter({ hasText: 'Machine' }).first();
    await machine.focus();
    await page.keyboard.press('Enter');
    await expect(graph.panel(/^Details of /)).toBeVisible();
    // Off the root-cause chain, the panel's conditions come from GET …/details when the node is selected.
    await expect(graph.panelHeading('Conditions')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(graph.panel(/^Details of /)).toHaveCount(0);
  });

  test('a fault injected while the graph is open shows up without a reload', async ({ page }) => {
    await signIn(page, '/fleet');
    const queue = (await (await page.request.get('/api/triage')).json()) as { groups: { rows: { clusterId: string }[] }[] };
    const queued = new Set(queue.groups.flatMap((group) => group.rows.map((row) => row.clusterId)));
    const list = (await (await page.request.get('/api/clusters?health=healthy&managementCluster=mgmt-eu-west&limit=100')).json()) as { items: { id: string; managementCluster: string; namespace: string; name: string; infrastructureProvider: string }[] };
    const cluster = list.items.find((item) => !queued.has(item.id) && item.infrastructureProvider === 'aws') ?? list.items.find((item) => !queued.has(item.id));
    expect(cluster).toBeDefined();
    if (!cluster) return;
    const admin = new SimulatorAdmin(page.request);
    const graph = new ClusterGraphPage(page);
    await graph.goto(cluster);
    await expect(graph.healthyNotice).toBeVisible();
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => navigations.push(frame.url()));
    await admin.setClusterFault({ ...cluster, fault: 'credentials-expired' });
    try {
      await expect(graph.rootCause).toContainText('infrastructure', { timeout: 45_000 });
      await expect(graph.failingNode).toHaveCount(1);
      expect(navigations).toEqual([]);
    } finally {
      await admin.clearClusterFault(cluster);
    }
  });
});
