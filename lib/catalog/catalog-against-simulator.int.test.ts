// The catalog end to end against simulated management clusters over HTTPS: every upstream example
// ClusterClass renders a form whose defaults pass the server-side dry-run (CAPI Cluster webhook
// included), and a wrong value comes back as an error on the right form field. Also a CAPI v1.10
// management cluster that serves only v1beta1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '@/lib/auth/user';
import { configSchema, managementClusterConfigSchema } from '@/lib/config/config-schema';
import { stopInformerFleet } from '@/lib/k8s/informers/get-informer-fleet';
import { buildRegistry } from '@/lib/k8s/registry/build-registry';
import { resetRegistryForTests } from '@/lib/k8s/registry/get-registry';
import { waitFor } from '@/lib/k8s/test-support/wait-for';
import type { ClusterManifest } from '@/lib/capi/cluster-request/render-cluster-manifest';
import type { KubeObject } from '@/sim/core/kube-object';
import { dryRunManifest } from './dry-run-manifest';
import { getClassForm } from './get-class-form';
import { listCatalog } from './list-catalog';
import { previewClusterRequest } from './preview-cluster-request';
import { readClassObjects } from './read-class-objects';
import { EXAMPLE_CLASS_FILES, loadExample, startCatalogManagementCluster, type CatalogManagementCluster } from './testing/start-catalog-management-cluster';

const config = configSchema.parse({ teams: [{ name: 'payments', namespaces: ['team-payments'] }], policies: { kubernetesVersions: ['v1.33.5', 'v1.34.1'] } });
const user: User = { id: 'alice', name: 'Alice', email: null, roles: ['requester'], teams: ['payments'], via: 'session' };
const examples = EXAMPLE_CLASS_FILES.map(loadExample);
const classNamespace = (index: number) => `classes-${index}`;

function published(managementCluster: string, namespace: string, name: string): boolean {
  const found = readClassObjects().find((c) => c.managementCluster === managementCluster && c.object.metadata.namespace === namespace && c.object.metadata.name === name);
  const status = found?.object.status as { variables?: unknown; observedGeneration?: number } | undefined;
  return Array.isArray(status?.variables) && status.observedGeneration !== undefined;
}

/** The upstream quick-start with two extra variables carrying a maximum and a pattern. */
function constrainedClass(): KubeObject[] {
  return (examples[0]?.documents ?? []).map((doc) => {
    if (doc.kind !== 'ClusterClass') return doc;
    const spec = doc.spec as { variables?: unknown[] };
    const extra = [
      { name: 'replicaCap', required: false, schema: { openAPIV3Schema: { type: 'integer', maximum: 5, default: 3 } } },
      { name: 'prefix', required: true, schema: { openAPIV3Schema: { type: 'string', pattern: '^[a-z]+$', default: 'abc' } } },
    ];
    return { ...doc, metadata: { ...doc.metadata, name: 'constrained' }, spec: { ...spec, variables: [...(spec.variables ?? []), ...extra] } };
  });
}

/** Breaks one variable of the manifest so that the class schema rejects it; returns the form field it belongs to. */
function breakVariable(manifest: ClusterManifest): string | undefined {
  const variables = (manifest.spec.topology.variables ?? []) as { name: string; value: unknown }[];
  const target = variables.find((v) => typeof v.value === 'string' || typeof v.value === 'boolean');
  if (!target) return undefined;
  target.value = typeof target.value === 'string' ? 42 : 'not-a-boolean';
  return `variables.${target.name}`;
}

describe('the catalog against simulated management clusters', () => {
  let v1beta2: CatalogManagementCluster;
  let v1beta1: CatalogManagementCluster;

  beforeAll(async () => {
    v1beta2 = await startCatalogManagementCluster({ capiApi: 'v1beta2' });
    v1beta1 = await startCatalogManagementCluster({ capiApi: 'v1beta1-only' });
    const entry = (name: string, mc: CatalogManagementCluster) => managementClusterConfigSchema.parse({ name, kubeconfig: mc.cluster.kubeconfig, context: 'mc1' });
    resetRegistryForTests(buildRegistry({ config: { managementClusters: [entry('mc-new', v1beta2), entry('mc-old', v1beta1)] }, demo: false }));
    for (const mc of [v1beta2, v1beta1]) {
      const created = await mc.cluster.kubectl('create', 'namespace', 'team-payments');
      expect(created.code).toBe(0);
    }
    for (const [index, example] of examples.entries()) {
      expect((await v1beta2.cluster.kubectl('create', 'namespace', classNamespace(index))).code).toBe(0);
      await v1beta2.applyFile(example.documents, classNamespace(index));
    }
    expect((await v1beta2.cluster.kubectl('create', 'namespace', 'classes-constrained')).code).toBe(0);
    await v1beta2.applyFile(constrainedClass(), 'classes-constrained');
    v1beta1.seed(examples[0]?.documents ?? [], 'quarterdeck-classes');
    await waitFor({
      condition: () =>
        examples.every((example, index) => published('mc-new', classNamespace(index), example.className)) && published('mc-old', 'quarterdeck-classes', 'quick-start') && published('mc-new', 'classes-constrained', 'constrained'),
      timeoutMs: 60_000,
      what: 'every ClusterClass with status.variables in the informer caches',
      intervalMs: 100,
    });
  }, 120_000);

  afterAll(async () => {
    stopInformerFleet();
    resetRegistryForTests();
    await Promise.all([v1beta2?.close(), v1beta1?.close()]);
  });

  it('lists every example ClusterClass with its provider and the served API version', () => {
    const items = listCatalog({ user, config }).items;
    expect(items.filter((e) => e.managementCluster === 'mc-new' && e.name !== 'constrained').map((e) => e.name).sort()).toEqual(examples.map((e) => e.className).sort());
    expect(items.find((e) => e.managementCluster === 'mc-old')).toMatchObject({ name: 'quick-start', apiVersion: 'v1beta1', infrastructureProvider: 'docker' });
    expect(items.every((e) => e.managementCluster === 'mc-old' || e.apiVersion === 'v1beta2')).toBe(true);
  });

  it.each(EXAMPLE_CLASS_FILES.map((file, index) => [file, index] as const))('dry-runs the form defaults of %s successfully, and maps a wrong value onto its field', async (file, index) => {
    const example = examples[index];
    if (!example) throw new Error(`no example ${file}`);
    const form = getClassForm({ user, managementCluster: 'mc-new', namespace: classNamespace(index), name: example.className, config });
    const input = { ...form.defaults, name: `defaults-${index}` };
    const preview = await previewClusterRequest({ user, input, config });
    expect(preview.dryRun).toEqual({ ok: true, fieldErrors: [], messages: [] });
    expect(preview.manifest).toMatchObject({ apiVersion: 'cluster.x-k8s.io/v1beta2', metadata: { name: `defaults-${index}`, namespace: 'team-payments', labels: { 'quarterdeck.dev/team': 'payments' } } });
    expect(preview.yaml).toContain(`name: ${example.className}`);

    const broken = structuredClone(preview.manifest as ClusterManifest);
    const field = breakVariable(broken) ?? 'workers.0.class';
    if (field === 'workers.0.class') {
      (broken.spec.topology.workers as { machineDeployments: { class: string }[] }).machineDeployments[0] = { ...(broken.spec.topology.workers as { machineDeployments: { class: string }[] }).machineDeployments[0], class: 'no-such-class' };
    }
    const verdict = await dryRunManifest({ managementCluster: 'mc-new', manifest: broken });
    expect(verdict.ok).toBe(false);
    expect(verdict.fieldErrors.map((e) => e.field)).toContain(field);
  });

  it('maps a value above a maximum and one violating a pattern, rejected by the management cluster, onto their fields', async () => {
    const form = getClassForm({ user, managementCluster: 'mc-new', namespace: 'classes-constrained', name: 'constrained', config });
    expect(form.defaults.variables).toMatchObject({ replicaCap: 3, prefix: 'abc' });
    const { manifest, dryRun } = await previewClusterRequest({ user, input: { ...form.defaults, name: 'constrained-defaults' }, config });
    expect(dryRun.ok).toBe(true);
    const broken = structuredClone(manifest as ClusterManifest);
    broken.spec.topology.variables = (broken.spec.topology.variables as { name: string; value: unknown }[]).map((v) => (v.name === 'replicaCap' ? { name: v.name, value: 9 } : v.name === 'prefix' ? { name: v.name, value: 'ABC' } : v));
    const verdict = await dryRunManifest({ managementCluster: 'mc-new', manifest: broken });
    expect(verdict.ok).toBe(false);
    expect(verdict.fieldErrors).toEqual(expect.arrayContaining([
      { field: 'variables.replicaCap', message: 'Invalid value: 9: should be less than or equal to 5' },
      { field: 'variables.prefix', message: "Invalid value: \"ABC\": should match '^[a-z]+$'" },
    ]));
  });

  it('maps an invalid pool name and an unknown worker class onto the pool fields', async () => {
    const form = getClassForm({ user, managementCluster: 'mc-new', namespace: classNamespace(0), name: examples[0]?.className ?? '', config });
    const { manifest } = await previewClusterRequest({ user, input: { ...form.defaults, name: 'wrong-pools' }, config });
    const broken = structuredClone(manifest as ClusterManifest);
    broken.spec.topology.workers = { machineDeployments: [{ class: 'no-such-class', name: 'md-0', replicas: 1 }, { class: form.workerClasses[0]?.class ?? '', name: 'Not_A_DNS_Label', replicas: 1 }] };
    const verdict = await dryRunManifest({ managementCluster: 'mc-new', manifest: broken });
    expect(verdict.ok).toBe(false);
    expect(verdict.fieldErrors.map((e) => e.field), JSON.stringify(verdict)).toContain('workers.1.name');
    // The webhook runs once the schema accepts the object: then the unknown class is named.
    (broken.spec.topology.workers as { machineDeployments: { name: string }[] }).machineDeployments[1] = { class: form.workerClasses[0]?.class ?? '', name: 'md-1', replicas: 1 } as { name: string };
    const second = await dryRunManifest({ managementCluster: 'mc-new', manifest: broken });
    expect(second.fieldErrors, JSON.stringify(second)).toEqual([{ field: 'workers.0.class', message: 'Invalid value: "no-such-class": MachineDeploymentClass with name "no-such-class" does not exist in ClusterClass "quick-start"' }]);
  });

  it('renders and dry-runs a v1beta1 manifest on a management cluster serving only v1beta1', async () => {
    const form = getClassForm({ user, managementCluster: 'mc-old', namespace: 'quarterdeck-classes', name: 'quick-start', config });
    const preview = await previewClusterRequest({ user, input: { ...form.defaults, name: 'old-defaults' }, config });
    expect(preview.manifest).toMatchObject({ apiVersion: 'cluster.x-k8s.io/v1beta1', spec: { topology: { class: 'quick-start', classNamespace: 'quarterdeck-classes' } } });
    expect(preview.dryRun).toEqual({ ok: true, fieldErrors: [], messages: [] });
    const broken = structuredClone(preview.manifest as ClusterManifest);
    const field = breakVariable(broken);
    expect(field).toBeDefined();
    const verdict = await dryRunManifest({ managementCluster: 'mc-old', manifest: broken });
    expect(verdict).toMatchObject({ ok: false, fieldErrors: [expect.objectContaining({ field })] });
  });

  it('reports what the server finds without the management cluster as field errors, without a dry-run', async () => {
    const form = getClassForm({ user, managementCluster: 'mc-new', namespace: classNamespace(2), name: examples[2]?.className ?? '', config });
    const preview = await previewClusterRequest({ user, input: { ...form.defaults, name: '', variables: { ...form.defaults.variables, etcdImageTag: 3 } }, config });
    expect(preview.dryRun.ok).toBe(false);
    expect(preview.dryRun.fieldErrors.map((e) => e.field)).toContain('name');
    const named = await previewClusterRequest({ user, input: { ...form.defaults, name: 'fine', variables: { ...form.defaults.variables, etcdImageTag: 3 } }, config });
    expect(named.dryRun.fieldErrors).toEqual([{ field: 'variables.etcdImageTag', message: 'must be of type string' }]);
  });
  it('reports a cluster of the same name already on the management cluster on the name field', async () => {
    const form = getClassForm({ user, managementCluster: 'mc-new', namespace: classNamespace(0), name: examples[0]?.className ?? '', config });
    const input = { ...form.defaults, name: 'taken' };
    const first = await previewClusterRequest({ user, input, config });
    expect(first.dryRun).toEqual({ ok: true, fieldErrors: [], messages: [] });
    await v1beta2.applyFile([first.manifest as KubeObject], 'team-payments');
    const second = await previewClusterRequest({ user, input, config });
    expect(second.dryRun.ok).toBe(false);
    expect(second.dryRun.fieldErrors).toEqual([{ field: 'name', message: 'a cluster named taken already exists in team-payments on mc-new' }]);
  });
});
