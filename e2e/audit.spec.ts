import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { AuditPage } from './pages/audit-page';
import { type ClusterRef, findTeamCluster } from './pages/requests-page';
import { SignInPage } from './pages/sign-in-page';
import { signedInApi } from './support/signed-in-api';

// Two requesters of different teams each file (and cancel) a pause request on one of their
// clusters, so the trail holds rows that the team and actor filters must tell apart.
async function fileAndCancelPause(options: { playwright: Parameters<typeof signedInApi>[0]['playwright']; baseURL: string; username: string; team: string }): Promise<ClusterRef> {
  const api = await signedInApi({ ...options });
  try {
    const cluster = await findTeamCluster({ request: api.request, team: options.team });
    const target = { managementCluster: cluster.managementCluster, namespace: cluster.namespace, clusterName: cluster.name };
    const created = await api.request.post('/api/change-requests', { data: { type: 'pause', ...target, comment: 'e2e audit' } });
    expect(created.status(), await created.text()).toBeLessThan(300);
    const body = (await created.json()) as { id?: string; item?: { id: string } };
    const id = body.id ?? body.item?.id;
    const cancelled = await api.request.post(`/api/change-requests/${id}/cancel`, { data: {} });
    expect(cancelled.status(), await cancelled.text()).toBeLessThan(300);
    return cluster;
  } finally {
    await api.dispose();
  }
}

test.describe('audit page', () => {
  test('filters narrow the table, survive a reload, and the CSV export downloads the filtered rows', async ({ page, playwright, baseURL }) => {
    // Run first after the server starts, this test may wait for the fleet's first sync (findTeamCluster).
    test.setTimeout(180_000);
    const alices = await fileAndCancelPause({ playwright, baseURL: baseURL ?? '', username: 'alice', team: 'payments' });
    await fileAndCancelPause({ playwright, baseURL: baseURL ?? '', username: 'erin', team: 'search' });

    const signIn = new SignInPage(page);
    await signIn.goto('/audit');
    await signIn.signIn('bob');
    const audit = new AuditPage(page);
    await expect(audit.table).toBeVisible();
    await expect(audit.rows.filter({ hasText: 'Alice Requester' }).first()).toBeVisible();
    await expect(audit.rows.filter({ hasText: 'Erin Requester' }).first()).toBeVisible();

    await audit.setFilters({ team: 'payments' });
    await expect(page).toHaveURL(/team=payments/);
    await expect(audit.rows.filter({ hasText: 'Erin Requester' })).toHaveCount(0);
    await expect(audit.rows.filter({ hasText: 'Alice Requester' }).first()).toBeVisible();

    await audit.setFilters({ actor: 'alice requester', action: 'change-request.', name: alices.name });
    await expect(page).toHaveURL(/actor=alice\+requester/);
    await page.reload();
    await expect(audit.filters.getByLabel('Actor', { exact: true })).toHaveValue('alice requester');
    await expect(audit.filters.getByLabel('Team', { exact: true })).toHaveValue('payments');
    await expect(audit.rows.first()).toBeVisible();
    for (const row of await audit.rows.all()) await expect(row).toContainText('Alice Requester');
    // A whole target (management cluster + namespace + name) also shows the merged cluster timeline.
    await expect(page.getByRole('heading', { name: /^Timeline of / })).toHaveCount(0);

    const [download] = await Promise.all([page.waitForEvent('download'), audit.csvLink.click()]);
    expect(download.suggestedFilename()).toMatch(/^audit-.*\.csv$/);
    const csv = await readFile((await download.path()) ?? '', 'utf8');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toMatch(/^id,occurredAt,actorId,actorName/);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(1)) expect(line).toContain('Alice Requester');
    expect(csv).not.toContain('Erin Requester');
  });
});
