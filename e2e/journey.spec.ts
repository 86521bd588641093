// The whole self-service journey on the demo scenario, as its three kinds of users live it: a
// requester asks for a cluster from the catalog, two platform approvers approve it (production
// policy), Quarterdeck applies it, the simulated management cluster provisions it, the requester
// downloads its kubeconfig, and the audit trail shows every step with its hash chain intact.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { AuditPage } from './pages/audit-page';
import { CatalogPage } from './pages/catalog-page';
import { RequestsPage } from './pages/requests-page';
import { SignInPage } from './pages/sign-in-page';
import { kubectlJson } from './support/simulator';

const run = promisify(execFile);
const MANAGEMENT_CLUSTER = 'mgmt-eu-west';
const NAMESPACE = 'team-payments';

async function signedInPage(options: { browser: Browser; baseURL: string; username: string; path: string }): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await options.browser.newContext({ baseURL: options.baseURL, acceptDownloads: true });
  const page = await context.newPage();
  const signIn = new SignInPage(page);
  await signIn.goto(options.path);
  await signIn.signIn(options.username);
  return { page, close: () => context.close() };
}

async function approveAs(options: { browser: Browser; baseURL: string; username: string; requestId: string; comment: string }): Promise<void> {
  const { page, close } = await signedInPage({ ...options, path: `/requests/${options.requestId}` });
  const requests = new RequestsPage(page);
  await requests.expectDetail();
  await requests.decision.getByLabel('Comment').fill(options.comment);
  await requests.decision.getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByRole('list', { name: 'Decisions' })).toContainText(`Approved by ${options.username === 'bob' ? 'Bob' : 'Carol'} Approver`);
  await close();
}

test.describe('self-service journey', () => {
  test('a requester gets a production cluster through the catalog, two approvals and provisioning, then downloads its kubeconfig; the audit trail shows every step', async ({ page, browser, baseURL }) => {
    test.setTimeout(420_000);
    const origin = baseURL ?? '';
    const clusterName = `journey-${Date.now().toString(36)}`;

    // The requester fills the form generated from the aws-standard class.
    const signIn = new SignInPage(page);
    await signIn.goto(`/catalog/${MANAGEMENT_CLUSTER}/quarterdeck-classes/aws-standard`);
    await signIn.signIn('alice');
    const catalog = new CatalogPage(page);
    await expect(catalog.form).toBeVisible({ timeout: 60_000 });
    await expect(catalog.field('Namespace')).toHaveValue(NAMESPACE);
    await catalog.field('Cluster name').fill(clusterName);
    await catalog.field('Region').selectOption('eu-west-1');
    await catalog.field('Owner').fill('payments');

    // A value only the management cluster can judge (a CEL rule of the class): the dry-run refuses
    // it and the error lands on that field.
    const tags = catalog.field('Additional tags');
    await tags.fill('{"aws:owner": "payments"}');
    await expect(tags).toHaveAttribute('aria-invalid', 'true', { timeout: 30_000 });
    const describedBy = (await tags.getAttribute('aria-describedby')) ?? '';
    await expect(page.locator(`[id="${describedBy.split(' ')[0]}"]`)).toContainText('reserved by AWS');
    await expect(catalog.submit).toBeDisabled();
    await tags.fill('{"owner": "payments"}');
    await expect(catalog.dryRunStatus).toHaveText(`Dry-run passed on ${MANAGEMENT_CLUSTER}.`, { timeout: 30_000 });
    await expect(tags).toHaveAttribute('aria-invalid', 'false');
    await expect(catalog.manifest).toContainText(`name: ${clusterName}`);
    await catalog.submit.click();

    const requests = new RequestsPage(page);
    const requestId = await requests.expectDetail();
    await expect(requests.state).toHaveText('pending');
    await expect(page.getByTestId('approval-count')).toHaveText('0 of 2 approvals');
    await expect(requests.decision.getByRole('button', { name: 'Approve' })).toBeDisabled();
    await expect(requests.decision).toContainText(/You cannot approve/);

    // The production policy needs two different approvers.
    await approveAs({ browser, baseURL: origin, username: 'bob', requestId, comment: 'capacity checked' });
    await page.reload();
    await expect(page.getByTestId('approval-count')).toHaveText('1 of 2 approvals');
    await expect(requests.state).toHaveText('pending');
    await approveAs({ browser, baseURL: origin, username: 'carol', requestId, comment: 'ok for production' });

    // Quarterdeck applies it: the Cluster is on the management cluster, owned by its field manager.
    await expect
      .poll(async () => {
        const list = await kubectlJson<{ items: { metadata: { name: string; annotations?: Record<string, string> } }[] }>({ context: MANAGEMENT_CLUSTER, args: ['get', 'clusters', '-n', NAMESPACE] });
        return list.items.find((item) => item.metadata.name === clusterName)?.metadata.annotations?.['quarterdeck.dev/change-request'] ?? null;
      }, { timeout: 60_000 })
      .toBe(requestId);

    // …and follows it until the cluster is ready.
    await page.reload();
    await expect(requests.state).toHaveText('ready', { timeout: 300_000 });

    // The requester downloads the kubeconfig of the new cluster.
    const downloadLink = page.getByRole('link', { name: 'Download kubeconfig' });
    await expect(downloadLink).toBeVisible();
    const downloadPromise = page.waitForEvent('download');
    await downloadLink.click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe(`${clusterName}.kubeconfig`);
    const kubeconfig = await readFile((await download.path()) ?? '', 'utf8');
    expect(kubeconfig).toContain('kind: Config');
    expect(kubeconfig).toContain(clusterName);

    // The audit trail (read by an approver: requesters hold no audit:read) names every step, and
    // its hash chain verifies.
    const approver = await signedInPage({ browser, baseURL: origin, username: 'bob', path: `/audit?name=${clusterName}` });
    const audit = new AuditPage(approver.page);
    await expect(audit.table).toBeVisible();
    await expect(audit.rows.filter({ hasText: 'kubeconfig.downloaded' })).toHaveCount(1);
    const actions = await audit.rows.locator('td:nth-child(3)').allTextContents();
    for (const action of ['change-request.requested', 'change-request.approved', 'change-request.applied', 'change-request.ready', 'kubeconfig.downloaded']) {
      expect(actions, `audit rows for ${clusterName}`).toContain(action);
    }
    expect(actions.filter((action) => action === 'change-request.approval-recorded')).toHaveLength(2);
    const verify = await run(process.execPath, ['--import', 'tsx', 'scripts/audit-verify.ts'], { env: { ...process.env, QUARTERDECK_STATE_DIR: `.quarterdeck/e2e-${process.env.E2E_PORT ?? 3100}` } });
    expect(verify.stdout).toMatch(/^Audit chain intact: \d+ event\(s\) verified\./);
    await approver.close();
  });
});
