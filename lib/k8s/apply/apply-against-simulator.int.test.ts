// Writes against the real simulator: its API server implements server-side apply, field managers,
// CRD validation (OpenAPI + CEL) and dry run as kube-apiserver does.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '@/sim/start-simulator';
import { buildRegistry } from '../registry/build-registry';
import type { ManagementClusterEntry } from '../registry/management-cluster-entry';
import { deleteObject } from './delete-object';
import { getObject } from './get-object';
import { readSecret } from './read-secret';
import { serverSideApply } from './server-side-apply';

const cluster = { apiVersion: 'cluster.x-k8s.io/v1beta2', kind: 'Cluster', metadata: { name: 'qd-apply', namespace: 'default', labels: { owner: 'quarterdeck' } }, spec: { paused: true } };
const ref = { apiVersion: cluster.apiVersion, kind: cluster.kind, namespace: 'default', name: 'qd-apply' };

describe('server-side apply against the simulator', () => {
  let stateDir = '';
  let simulator: Simulator;
  let entry: ManagementClusterEntry;

  beforeAll(async () => {
    stateDir = mkdtempSync(path.join(os.tmpdir(), 'qd-k8s-apply-'));
    simulator = await startSimulator({ scenario: 'empty', stateDir, controllers: false });
    const [first] = buildRegistry({ config: { managementClusters: [] }, demo: true, env: { QUARTERDECK_SIM_STATE: stateDir } });
    if (!first) throw new Error('the simulator manifest lists no management cluster');
    entry = first;
  });

  afterAll(async () => {
    await simulator?.close();
    if (stateDir) rmSync(stateDir, { recursive: true, force: true });
  });

  it('creates an object with field manager quarterdeck and leaves it untouched on dry run', async () => {
    const created = await serverSideApply({ managementCluster: entry, object: cluster });
    expect(created.ok).toBe(true);
    expect(created.auditId).toMatch(/^[0-9a-f-]{36}$/);
    const managers = created.ok ? (created.value.metadata.managedFields as { manager: string; operation: string }[]) : [];
    expect(managers.map((field) => `${field.manager}/${field.operation}`)).toEqual(['quarterdeck/Apply']);
    const dryRun = await serverSideApply({ managementCluster: entry, object: { ...cluster, metadata: { ...cluster.metadata, labels: { owner: 'dry-run' } } }, dryRun: true });
    expect(dryRun.ok && dryRun.value.metadata.labels).toEqual({ owner: 'dry-run' });
    const stored = await getObject({ managementCluster: entry, ...ref });
    expect(stored.ok && stored.value.metadata.labels).toEqual({ owner: 'quarterdeck' });
  });

  it('reports a field-manager conflict as a 409 with the field, and force takes the field over', async () => {
    const conflicting = { ...cluster, spec: { paused: false } };
    const conflict = await serverSideApply({ managementCluster: entry, object: conflicting, fieldManager: 'someone-else' });
    expect(conflict).toMatchObject({ ok: false, failure: { kind: 'conflict', status: 409, causes: [{ field: '.spec.paused', reason: 'FieldManagerConflict' }] } });
    const forced = await serverSideApply({ managementCluster: entry, object: conflicting, fieldManager: 'someone-else', force: true });
    expect(forced.ok && forced.value.spec).toMatchObject({ paused: false });
  });

  it('reports an invalid object as a 422 with field causes', async () => {
    const invalid = await serverSideApply({ managementCluster: entry, object: { ...cluster, spec: { topology: { version: 'v1.33.1' } } } });
    expect(invalid).toMatchObject({ ok: false, failure: { kind: 'invalid', status: 422, reason: 'Invalid' } });
    const fields = invalid.ok ? [] : invalid.failure.causes.map((cause) => cause.field);
    expect(fields).toContain('spec.topology.classRef');
  });

  it('refuses a CAPI version the management cluster does not serve', async () => {
    const result = await serverSideApply({ managementCluster: entry, object: { ...cluster, apiVersion: 'cluster.x-k8s.io/v1alpha9' } });
    expect(result).toMatchObject({ ok: false, failure: { kind: 'not-found', message: 'cluster.x-k8s.io/v1alpha9 is not served by this management cluster' } });
  });

  it('reads a Secret and decodes its data', async () => {
    const secret = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'qd-apply-kubeconfig', namespace: 'default' }, type: 'cluster.x-k8s.io/secret', data: { value: Buffer.from('kind: Config\n').toString('base64') } };
    expect((await serverSideApply({ managementCluster: entry, object: secret })).ok).toBe(true);
    const read = await readSecret({ managementCluster: entry, namespace: 'default', name: 'qd-apply-kubeconfig' });
    expect(read.ok && read.value.data.value?.toString('utf8')).toBe('kind: Config\n');
  });

  it('deletes with a uid precondition and rejects a stale one', async () => {
    const current = await getObject({ managementCluster: entry, ...ref });
    if (!current.ok) throw new Error(current.failure.message);
    const stale = await deleteObject({ managementCluster: entry, ...ref, preconditions: { uid: 'not-the-uid' } });
    expect(stale).toMatchObject({ ok: false, failure: { kind: 'conflict', status: 409 } });
    const deleted = await deleteObject({ managementCluster: entry, ...ref, preconditions: { uid: current.value.metadata.uid } });
    expect(deleted.ok).toBe(true);
    const gone = await getObject({ managementCluster: entry, ...ref });
    expect(gone).toMatchObject({ ok: false, failure: { kind: 'not-found', status: 404 } });
  });
});
