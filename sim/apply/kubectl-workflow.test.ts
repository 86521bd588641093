// The sequence users hit with kubectl 1.32: `kubectl apply --server-side`, then an imperative edit
// (an Update by kubectl-edit), then the same apply again.
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../core/kube-object';
import { applyConflictError } from './apply-conflicts';
import { recordManagedFields } from './record-managed-fields';
import { applied, apply, at, clusterConfig, conflictsOf, managerEntry, persist, schema, topology } from './test-support/cluster-fixtures';

const REPLICAS = '.spec.topology.workers.machineDeployments[name="md-0"].replicas';
const manifest = (replicas?: number) =>
  clusterConfig(topology({ version: 'v1.34.0', workers: { machineDeployments: [{ class: 'default-worker', name: 'md-0', ...(replicas === undefined ? {} : { replicas }) }] } }));

function editReplicas(live: KubeObject, replicas: number): KubeObject {
  const updated = structuredClone(live) as KubeObject & { spec: { topology: { workers: { machineDeployments: { replicas?: number }[] } } } };
  const first = updated.spec.topology.workers.machineDeployments[0];
  if (first) first.replicas = replicas;
  return persist(recordManagedFields({ live, updated, manager: 'kubectl-edit', operation: 'Update', apiVersion: live.apiVersion, now: '2026-11-21T11:00:00Z', schema }));
}

describe('kubectl apply --server-side, kubectl edit, apply again', () => {
  const created = applied(undefined, manifest(1), 'kubectl');
  const edited = editReplicas(created, 3);

  it('moves the edited field from the applier to kubectl-edit', () => {
    expect(managerEntry(edited, 'kubectl-edit')?.fieldsV1).toEqual({
      'f:spec': { 'f:topology': { 'f:workers': { 'f:machineDeployments': { 'k:{"name":"md-0"}': { 'f:replicas': {} } } } } },
    });
    expect(JSON.stringify(managerEntry(edited, 'kubectl')?.fieldsV1)).not.toContain('f:replicas');
  });

  it('conflicts on the re-apply without --force-conflicts, as kube-apiserver words it', () => {
    const conflicts = conflictsOf(apply(edited, manifest(1), 'kubectl'));
    expect(conflicts).toEqual([{ manager: 'kubectl-edit', field: REPLICAS, operation: 'Update', apiVersion: 'cluster.x-k8s.io/v1beta2' }]);
    expect(applyConflictError(conflicts).status).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      reason: 'Conflict',
      code: 409,
      message: `Apply failed with 1 conflict: conflict with "kubectl-edit" using cluster.x-k8s.io/v1beta2: ${REPLICAS}`,
      details: { causes: [{ reason: 'FieldManagerConflict', message: 'conflict with "kubectl-edit" using cluster.x-k8s.io/v1beta2', field: REPLICAS }] },
    });
  });

  it('keeps the edited value when the manifest stops setting the field', () => {
    const after = applied(edited, manifest(), 'kubectl');
    expect(at(after, 'spec', 'topology', 'workers', 'machineDeployments', 0, 'replicas')).toBe(3);
    expect(managerEntry(after, 'kubectl-edit')).toBeDefined();
  });

  it('takes the field back with --force-conflicts and drops the emptied kubectl-edit entry', () => {
    const after = applied(edited, manifest(1), 'kubectl', { force: true });
    expect(at(after, 'spec', 'topology', 'workers', 'machineDeployments', 0, 'replicas')).toBe(1);
    expect(after.metadata.managedFields?.map((e) => [e.manager, e.operation])).toEqual([['kubectl', 'Apply']]);
  });

  it('lists every conflict grouped by manager when several fields collide', () => {
    const twoEdits = persist(
      recordManagedFields({
        live: edited,
        updated: { ...edited, spec: { ...(edited.spec as object), topology: { ...(at(edited, 'spec', 'topology') as object), version: 'v1.35.0' } } },
        manager: 'kubectl-edit',
        operation: 'Update',
        apiVersion: edited.apiVersion,
        now: '2026-11-21T11:05:00Z',
        schema,
      }),
    );
    const conflicts = conflictsOf(apply(twoEdits, manifest(1), 'kubectl'));
    expect(applyConflictError(conflicts).message).toBe(
      `Apply failed with 2 conflicts: conflicts with "kubectl-edit" using cluster.x-k8s.io/v1beta2:\n- .spec.topology.version\n- ${REPLICAS}`,
    );
  });
});
