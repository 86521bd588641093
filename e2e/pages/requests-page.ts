import { type APIRequestContext, expect, type Page } from '@playwright/test';

export interface ClusterRef {
  managementCluster: string;
  namespace: string;
  name: string;
}

/** The requests list, a request's detail page, and the cluster page's action dialogs. */
export class RequestsPage {
  constructor(private readonly page: Page) {}

  async gotoList(tab?: 'mine' | 'to-approve' | 'all'): Promise<void> {
    await this.page.goto(tab ? `/requests?tab=${tab}` : '/requests');
    await expect(this.page.getByRole('heading', { name: 'Requests', exact: true })).toBeVisible();
  }

  tab(name: 'My requests' | 'To approve' | 'All') {
    return this.page.getByRole('tab', { name, exact: true });
  }

  requestLink(text: string | RegExp) {
    return this.page.getByRole('tabpanel').getByRole('link', { name: text });
  }

  async openCluster(cluster: ClusterRef): Promise<void> {
    await this.page.goto(`/clusters/${cluster.managementCluster}/${cluster.namespace}/${cluster.name}`);
    await expect(this.actions).toBeVisible();
  }

  get actions() {
    return this.page.getByRole('toolbar', { name: 'Cluster actions' });
  }

  dialog(title: string) {
    return this.page.getByRole('dialog', { name: title });
  }

  get state() {
    return this.page.getByTestId('request-state').first();
  }

  get decision() {
    return this.page.getByRole('region', { name: 'Decision' });
  }

  /** Waits for the detail page of a request and answers its id. */
  async expectDetail(): Promise<string> {
    await expect(this.page).toHaveURL(/\/requests\/[0-9a-f-]{36}$/);
    await expect(this.page.getByRole('list', { name: 'Request progress' })).toBeVisible();
    return this.page.url().split('/').at(-1) ?? '';
  }
}

/**
 * A healthy cluster of a team, waiting (with a deadline) for the fleet to sync after start-up.
 * `withClass`: a ClusterClass-based one (it has topology pools to scale).
 */
export async function findTeamCluster(options: { request: APIRequestContext; team: string; withClass?: boolean }): Promise<ClusterRef> {
  let found: ClusterRef | undefined;
  await expect
    .poll(
      async () => {
        const response = await options.request.get(`/api/clusters?team=${options.team}&health=healthy&limit=100`);
        const list = response.ok() ? ((await response.json()) as { items: (ClusterRef & { clusterClass?: unknown })[] }) : { items: [] };
        const cluster = list.items.find((item) => !options.withClass || item.clusterClass);
        found = cluster ? { managementCluster: cluster.managementCluster, namespace: cluster.namespace, name: cluster.name } : undefined;
        return found !== undefined;
      },
      { message: `a healthy cluster of team ${options.team}`, timeout: 90_000 },
    )
    .toBe(true);
  if (!found) throw new Error(`no healthy cluster of team ${options.team}`);
  return found;
}
