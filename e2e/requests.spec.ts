import { expect, test } from '@playwright/test';
import { type ClusterRef, findTeamCluster, RequestsPage } from './pages/requests-page';
import { SignInPage } from './pages/sign-in-page';
import { signedInApi } from './support/signed-in-api';

// A healthy ClusterClass-based cluster of alice's team (payments): it has topology pools to scale.
async function paymentsCluster(options: { playwright: Parameters<typeof signedInApi>[0]['playwright']; baseURL: string }): Promise<ClusterRef> {
  const api = await signedInApi({ ...options, username: 'alice' });
  try {
    return await findTeamCluster({ request: api.request, team: 'payments', withClass: true });
  } finally {
    await api.dispose();
  }
}

test.describe('change requests from the cluster page', () => {
  test('a requester files a scale request and cannot approve it; an approver rejects it with a comment', async ({ page, browser, playwright, baseURL }) => {
    const cluster = await paymentsCluster({ playwright, baseURL: baseURL ?? '' });
    const signIn = new SignInPage(page);
    await signIn.goto(`/clusters/${cluster.managementCluster}/${cluster.namespace}/${cluster.name}`);
    await signIn.signIn('alice');
    const requests = new RequestsPage(page);
    await expect(requests.actions).toBeVisible();
    await requests.actions.getByRole('button', { name: 'Scale pool…' }).click();
    const dialog = requests.dialog('Scale a worker pool');
    await dialog.getByLabel('Replicas').fill('-1');
    await dialog.getByRole('button', { name: 'Request scaling' }).click();
    await expect(dialog.getByLabel('Replicas')).toHaveAttribute('aria-invalid', 'true');
    await dialog.getByLabel('Replicas').fill('4');
    await dialog.getByRole('button', { name: 'Request scaling' }).click();

    const id = await requests.expectDetail();
    await expect(requests.state).toHaveText('pending');
    await expect(requests.decision.getByRole('button', { name: 'Approve' })).toBeDisabled();
    await expect(requests.decision).toContainText(/You cannot approve: (you requested it|you are not an approver)\./);

    const bobContext = await browser.newContext({ baseURL });
    const bobPage = await bobContext.newPage();
    const bobSignIn = new SignInPage(bobPage);
    await bobSignIn.goto('/requests');
    await bobSignIn.signIn('bob');
    const bobRequests = new RequestsPage(bobPage);
    await expect(bobRequests.tab('To approve')).toHaveAttribute('aria-selected', 'true');
    await bobPage.locator(`a[href="/requests/${id}"]`).click();
    await bobRequests.expectDetail();
    const reject = bobRequests.decision.getByRole('button', { name: 'Reject' });
    await expect(reject).toBeDisabled();
    await bobRequests.decision.getByLabel('Comment').fill('not during the freeze');
    await reject.click();
    await expect(bobRequests.state).toHaveText('rejected');
    await expect(bobPage.getByRole('list', { name: 'Decisions' })).toContainText('Rejected by Bob Approver');
    await bobContext.close();

    await page.reload();
    await expect(requests.state).toHaveText('rejected');
  });

  test('a deletion needs the typed name, and the requester can cancel it', async ({ page, playwright, baseURL }) => {
    const cluster = await paymentsCluster({ playwright, baseURL: baseURL ?? '' });
    const signIn = new SignInPage(page);
    await signIn.goto(`/clusters/${cluster.managementCluster}/${cluster.namespace}/${cluster.name}`);
    await signIn.signIn('alice');
    const requests = new RequestsPage(page);
    await requests.actions.getByRole('button', { name: 'Delete…' }).click();
    const dialog = requests.dialog('Delete cluster');
    const submit = dialog.getByRole('button', { name: 'Request deletion' });
    await expect(submit).toBeDisabled();
    await dialog.getByLabel(`Type ${cluster.name} to confirm`).fill(cluster.name);
    await submit.click();

    await requests.expectDetail();
    await expect(requests.state).toHaveText('pending');
    await requests.decision.getByRole('button', { name: 'Cancel request' }).click();
    await expect(requests.state).toHaveText('cancelled');

    await requests.gotoList('mine');
    await expect(requests.requestLink(`Delete ${cluster.name}`).first()).toBeVisible();
  });
});

test.describe('API tokens', () => {
  test('a token is shown once, authenticates API calls as Bearer, and stops working once revoked', async ({ page, playwright, baseURL }) => {
    const signIn = new SignInPage(page);
    await signIn.goto('/tokens');
    await signIn.signIn('alice');
    await expect(page.getByRole('heading', { name: 'API tokens', exact: true })).toBeVisible();
    const name = `ci-${Date.now()}`;
    const form = page.getByRole('form', { name: 'Create an API token' });
    await form.getByLabel('Token name').fill(name);
    await form.getByLabel('Expires in (days)').fill('7');
    await form.getByRole('button', { name: 'Create token' }).click();
    const tokenField = page.getByRole('textbox', { name: 'New API token' });
    await expect(tokenField).toHaveValue(/^qd_/);
    const token = await tokenField.inputValue();

    const bearer = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
    expect((await bearer.get('/api/change-requests?scope=mine')).status()).toBe(200);

    await page.getByRole('button', { name: 'Done' }).click();
    await expect(tokenField).toHaveCount(0);
    const row = page.getByRole('table', { name: 'API tokens' }).getByRole('row').filter({ hasText: name });
    await expect(row).toContainText('active');
    await row.getByRole('button', { name: `Revoke ${name}` }).click();
    await expect(row).toContainText('revoked');
    expect((await bearer.get('/api/change-requests?scope=mine')).status()).toBe(401);
    await bearer.dispose();
  });
});
