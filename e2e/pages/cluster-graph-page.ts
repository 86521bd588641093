import { expect, type Page } from '@playwright/test';

export class ClusterGraphPage {
  constructor(private readonly page: Page) {}

  async goto(cluster: { managementCluster: string; namespace: string; name: string }): Promise<void> {
    await this.page.goto(`/clusters/${cluster.managementCluster}/${cluster.namespace}/${cluster.name}`);
    await expect(this.graph).toBeVisible();
  }

  get graph() {
    return this.page.getByRole('group', { name: 'Cluster graph' });
  }

  node(id: string) {
    return this.page.locator(`.react-flow__node[data-id="${id}"]`);
  }

  get nodes() {
    return this.page.locator('.react-flow__node');
  }

  get failingNode() {
    return this.page.locator('.react-flow__node:has([data-failing="true"])');
  }

  get groupNodes() {
    return this.page.locator('.react-flow__node').filter({ hasText: 'Click to expand' });
  }

  get rootCause() {
    return this.page.getByRole('region', { name: 'Root cause' });
  }

  get rootCauseReason() {
    return this.rootCause.getByTestId('root-cause-reason');
  }

  /** Selects the deepest failing link named in the root-cause summary (opens its side panel). */
  async showDeepestLink(): Promise<void> {
    await this.rootCause.getByRole('button').first().click();
  }

  get healthyNotice() {
    return this.page.getByText('Nothing is failing.');
  }

  panel(name: RegExp | string) {
    return this.page.getByRole('complementary', { name });
  }

  /** A section heading of the open side panel ("Conditions", "Key fields", "Events"). */
  panelHeading(name: string) {
    return this.panel(/^Details of /).getByRole('heading', { name, exact: true });
  }

  get timeline() {
    return this.page.getByRole('region', { name: 'Timeline' });
  }

  /** Expands a group node with the keyboard (works wherever the node sits in the viewport). */
  async expandGroup(id: string): Promise<void> {
    await this.node(id).focus();
    await this.page.keyboard.press('Enter');
  }
}
