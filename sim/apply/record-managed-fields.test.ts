import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { KubeObject, ManagedFieldsEntry } from '../core/kube-object';
import { serializeFieldsV1 } from './fields-v1';
import { unionFieldSets } from './field-set-operations';
import { parseFieldsV1 } from './fields-v1';
import { recordManagedFields } from './record-managed-fields';
import { clusterSchema } from './test-support/load-crd-schema';
import { readFixture } from './test-support/read-fixture';

const V1BETA1 = 'cluster.x-k8s.io/v1beta1';
const v1beta1 = clusterSchemaOfCapiV1_0();
const fixture = z
  .object({
    created: z.record(z.string(), z.unknown()),
    reconciled: z.object({ finalizers: z.array(z.string()), controlPlaneEndpoint: z.unknown(), status: z.unknown() }),
    managedFields: z.array(z.object({ manager: z.string(), fieldsV1: z.record(z.string(), z.unknown()) })),
  })
  .parse(readFixture('real-cluster-managed-fields.yaml'));

// The sample was written with Cluster API v1.0, whose CRD did not yet mark object references
// `x-kubernetes-map-type: atomic` (v1.14's does): the same real schema minus that later marker.
function clusterSchemaOfCapiV1_0(): Record<string, unknown> {
  const schema = structuredClone(clusterSchema('v1beta1'));
  const spec = (schema.properties as Record<string, { properties: Record<string, Record<string, unknown>> }>).spec;
  for (const ref of ['controlPlaneRef', 'infrastructureRef']) {
    const node = spec?.properties[ref];
    if (node?.['x-kubernetes-map-type'] !== 'atomic') throw new Error(`expected ${ref} to be atomic in the v1.14 CRD`);
    delete node['x-kubernetes-map-type'];
  }
  return schema;
}

function stored(object: KubeObject): KubeObject {
  return { ...object, metadata: { ...object.metadata, uid: 'uid-1', resourceVersion: '1', creationTimestamp: '2021-12-06T10:16:11Z', generation: 1 } };
}

function entry(object: KubeObject, manager: string, subresource?: string): ManagedFieldsEntry | undefined {
  return object.metadata.managedFields?.find((e) => e.manager === manager && e.subresource === subresource);
}

function record(live: KubeObject | undefined, updated: KubeObject, manager: string, extra: { subresource?: string; now?: string } = {}): KubeObject {
  return recordManagedFields({ live, updated, manager, operation: 'Update', apiVersion: updated.apiVersion, now: extra.now ?? '2021-12-06T10:53:29Z', schema: v1beta1, subresource: extra.subresource });
}

/** The Cluster as the real apiserver stored it after kubectl created it and the webhook defaulted it. */
function createdCluster(): KubeObject {
  const created = record(undefined, structuredClone(fixture.created) as unknown as KubeObject, 'kubectl-client-side-apply', { now: '2021-12-06T10:16:11Z' });
  const spec = structuredClone(created.spec) as { controlPlaneRef: Record<string, unknown>; infrastructureRef: Record<string, unknown> };
  spec.controlPlaneRef.namespace = 'default';
  spec.infrastructureRef.namespace = 'default';
  return stored({ ...created, spec: { ...spec, controlPlaneEndpoint: { host: '', port: 0 } } });
}

describe('recordManagedFields on a real Cluster', () => {
  it('gives the creator every field it sent, exactly as kube-apiserver recorded it', () => {
    const created = createdCluster();
    expect(entry(created, 'kubectl-client-side-apply')?.fieldsV1).toEqual(fixture.managedFields[0]?.fieldsV1);
    expect(entry(created, 'kubectl-client-side-apply')).toMatchObject({ operation: 'Update', apiVersion: V1BETA1, time: '2021-12-06T10:16:11Z', fieldsType: 'FieldsV1' });
  });

  it('gives a controller only what it changed, split between the main resource and the status subresource', () => {
    const live = createdCluster();
    const spec = { ...(live.spec as object), controlPlaneEndpoint: fixture.reconciled.controlPlaneEndpoint };
    const updated = record(live, { ...live, metadata: { ...live.metadata, finalizers: fixture.reconciled.finalizers }, spec }, 'manager');
    const withStatus = record(updated, { ...updated, status: fixture.reconciled.status }, 'manager', { subresource: 'status' });
    const main = entry(withStatus, 'manager');
    const status = entry(withStatus, 'manager', 'status');
    expect(main && status).toBeTruthy();
    const combined = unionFieldSets(parseFieldsV1(main?.fieldsV1), parseFieldsV1(status?.fieldsV1));
    expect(serializeFieldsV1(combined)).toEqual(fixture.managedFields[1]?.fieldsV1);
    expect(entry(withStatus, 'kubectl-client-side-apply')?.fieldsV1).toEqual(fixture.managedFields[0]?.fieldsV1);
  });
});

describe('recordManagedFields', () => {
  const live = createdCluster();
  const withReplicasOwner = (): KubeObject => record(live, { ...live, spec: { ...(live.spec as object), paused: true } }, 'kubectl-edit', { now: '2021-12-07T00:00:00Z' });

  it.each([
    ['changes a field another manager owns', (s: Record<string, unknown>) => ({ ...s, clusterNetwork: { pods: { cidrBlocks: ['10.0.0.0/8'] } } }), { 'f:spec': { 'f:clusterNetwork': { 'f:pods': { 'f:cidrBlocks': {} } } } }],
    ['adds a new field', (s: Record<string, unknown>) => ({ ...s, paused: true }), { 'f:spec': { 'f:paused': {} } }],
  ])('takes ownership when the writer %s', (_name, change, expected) => {
    const updated = record(live, { ...live, spec: change(live.spec as Record<string, unknown>) }, 'kubectl-edit');
    expect(entry(updated, 'kubectl-edit')?.fieldsV1).toEqual(expected);
  });

  it('removes a changed field from the previous owner', () => {
    const spec = { ...(live.spec as Record<string, unknown>), clusterNetwork: { pods: { cidrBlocks: ['10.0.0.0/8'] } } };
    const updated = record(live, { ...live, spec }, 'kubectl-edit');
    const creator = entry(updated, 'kubectl-client-side-apply')?.fieldsV1 as { 'f:spec': Record<string, unknown> };
    expect(creator['f:spec']['f:clusterNetwork']).toEqual({ '.': {}, 'f:pods': {} });
  });

  it('removes a deleted field from every manager', () => {
    const { infrastructureRef: _gone, ...spec } = live.spec as Record<string, unknown>;
    const updated = record(live, { ...live, spec }, 'kubectl-edit');
    expect((entry(updated, 'kubectl-client-side-apply')?.fieldsV1 as { 'f:spec': object })['f:spec']).not.toHaveProperty('f:infrastructureRef');
    expect(entry(updated, 'kubectl-edit')).toBeUndefined();
  });

  it('leaves managedFields and times alone when nothing changed', () => {
    const owner = withReplicasOwner();
    const again = record(owner, { ...owner, metadata: { ...owner.metadata, managedFields: undefined } }, 'kubectl-edit', { now: '2030-01-01T00:00:00Z' });
    expect(again.metadata.managedFields).toEqual(owner.metadata.managedFields);
  });

  it('merges a second write by the same manager into its entry and stamps the new time', () => {
    const owner = withReplicasOwner();
    const spec = { ...(owner.spec as object), controlPlaneEndpoint: { host: 'h', port: 1 } };
    const second = record(owner, { ...owner, spec }, 'kubectl-edit', { now: '2021-12-08T00:00:00Z' });
    expect(entry(second, 'kubectl-edit')).toMatchObject({ time: '2021-12-08T00:00:00Z', fieldsV1: { 'f:spec': { 'f:controlPlaneEndpoint': { 'f:host': {}, 'f:port': {} }, 'f:paused': {} } } });
    expect(second.metadata.managedFields?.filter((e) => e.manager === 'kubectl-edit')).toHaveLength(1);
  });

  it('ignores status on the main resource and everything but status on the status subresource', () => {
    const main = record(live, { ...live, status: { phase: 'Provisioned' } }, 'kubectl-edit');
    expect(entry(main, 'kubectl-edit')).toBeUndefined();
    const status = record(live, { ...live, metadata: { ...live.metadata, labels: { x: 'y' } }, status: { phase: 'Provisioned' } }, 'manager', { subresource: 'status' });
    expect(entry(status, 'manager', 'status')?.fieldsV1).toEqual({ 'f:status': { '.': {}, 'f:phase': {} } });
  });

  it.each([
    ['[]', []],
    ['[{}]', [{}]],
  ])('clears managedFields when the write sends %s, and later updates leave the object untracked', (_name, managedFields) => {
    const spec = { ...(live.spec as object), paused: true };
    const updated = record(live, { ...live, metadata: { ...live.metadata, managedFields: managedFields as ManagedFieldsEntry[] }, spec }, 'kubectl-edit');
    expect(updated.metadata).not.toHaveProperty('managedFields');
    const later = record(updated, { ...updated, spec: { ...spec, paused: false } }, 'kubectl-edit');
    expect(later.metadata).not.toHaveProperty('managedFields');
  });

  it('does not mutate the frozen live object and returns fresh metadata', () => {
    const frozen: KubeObject = Object.freeze({ ...live, metadata: Object.freeze({ ...live.metadata }) });
    const updated = record(frozen, { ...frozen, spec: { ...(frozen.spec as object), paused: true } }, 'kubectl-edit');
    expect(Object.isFrozen(updated.metadata)).toBe(false);
    expect(updated.metadata).not.toBe(frozen.metadata);
  });

  it.each([
    ['an unknown operation', { operation: 'Patch' }],
    ['an unknown fieldsType', { fieldsType: 'FieldsV2' }],
  ])('keeps the live managedFields when the write carries entries with %s', (_name, broken) => {
    const sent = (live.metadata.managedFields ?? []).map((e) => ({ ...e, ...broken })) as ManagedFieldsEntry[];
    const updated = record(live, { ...live, metadata: { ...live.metadata, managedFields: sent }, spec: { ...(live.spec as object), paused: true } }, 'kubectl-edit');
    expect(entry(updated, 'kubectl-client-side-apply')).toEqual(entry(live, 'kubectl-client-side-apply'));
  });

  it('tracks a list-map as one atomic field when no schema is given', () => {
    const v1beta2Live = { apiVersion: 'cluster.x-k8s.io/v1beta2', kind: 'Cluster', metadata: live.metadata, spec: { topology: { workers: { machineDeployments: [{ name: 'md-0', replicas: 1 }] } } } } as KubeObject;
    const edited = structuredClone(v1beta2Live) as KubeObject & { spec: { topology: { workers: { machineDeployments: { replicas: number }[] } } } };
    const first = edited.spec.topology.workers.machineDeployments[0];
    if (first) first.replicas = 2;
    const updated = recordManagedFields({ live: v1beta2Live, updated: edited, manager: 'kubectl-edit', operation: 'Update', apiVersion: 'cluster.x-k8s.io/v1beta2', now: '2021-12-07T00:00:00Z' });
    expect(entry(updated, 'kubectl-edit')?.fieldsV1).toEqual({ 'f:spec': { 'f:topology': { 'f:workers': { 'f:machineDeployments': {} } } } });
  });

  it('sorts Apply entries before Update entries, then by time', () => {
    const updated = record(live, { ...live, spec: { ...(live.spec as object), paused: true } }, 'a-late-writer', { now: '2021-12-06T09:00:00Z' });
    expect(updated.metadata.managedFields?.map((e) => e.manager)).toEqual(['a-late-writer', 'kubectl-client-side-apply']);
  });
});
