import { describe, expect, it } from 'vitest';
import type { K8sObject } from '@/lib/k8s/informers/kube-object';
import type { ChangeRequestInput } from './change-request-input';
import { planClusterChange } from './plan-cluster-change';

const cluster: K8sObject = {
  apiVersion: 'cluster.x-k8s.io/v1beta2',
  kind: 'Cluster',
  metadata: { name: 'c1', namespace: 'team-a', uid: 'uid-1', resourceVersion: '42' },
  spec: { topology: { version: 'v1.33.1', workers: { machineDeployments: [{ name: 'md-0', class: 'default-worker', replicas: 2 }] } } },
};
const target = { managementCluster: 'mc', namespace: 'team-a', clusterName: 'c1' };
const meta = { name: 'c1', namespace: 'team-a', resourceVersion: '42' };

describe('planClusterChange on a Cluster with topology', () => {
  it.each<[string, Exclude<ChangeRequestInput, { type: 'create-cluster' }>, unknown]>([
    ['pauses with spec.paused', { type: 'pause', ...target }, { op: 'apply', fieldManager: 'quarterdeck-pause', force: true, object: { apiVersion: 'cluster.x-k8s.io/v1beta2', kind: 'Cluster', metadata: meta, spec: { paused: true } } }],
    ['resumes with the same field manager', { type: 'resume', ...target }, { op: 'apply', fieldManager: 'quarterdeck-pause', force: true, object: { apiVersion: 'cluster.x-k8s.io/v1beta2', kind: 'Cluster', metadata: meta, spec: { paused: false } } }],
    ['scales one pool by name, under a manager of its own', { type: 'scale-pool', ...target, pool: 'md-0', replicas: 5 }, { op: 'apply', fieldManager: 'quarterdeck-scale-md-0', force: true, object: { apiVersion: 'cluster.x-k8s.io/v1beta2', kind: 'Cluster', metadata: meta, spec: { topology: { workers: { machineDeployments: [{ name: 'md-0', replicas: 5 }] } } } } }],
    ['upgrades the topology version', { type: 'upgrade-version', ...target, version: 'v1.34.1' }, { op: 'apply', fieldManager: 'quarterdeck-upgrade', force: true, object: { apiVersion: 'cluster.x-k8s.io/v1beta2', kind: 'Cluster', metadata: meta, spec: { topology: { version: 'v1.34.1' } } } }],
    ['deletes with uid and resourceVersion preconditions', { type: 'delete-cluster', ...target, confirmName: 'c1' }, { op: 'delete', uid: 'uid-1', object: { apiVersion: 'cluster.x-k8s.io/v1beta2', kind: 'Cluster', metadata: meta } }],
  ])('%s', async (_name, input, step) => {
    await expect(planClusterChange({ input, cluster })).resolves.toEqual({ steps: [step] });
  });

  it('refuses a delete whose typed name does not match', async () => {
    await expect(planClusterChange({ input: { type: 'delete-cluster', ...target, confirmName: 'c2' }, cluster })).rejects.toMatchObject({ code: 'validation', details: { fieldErrors: [{ field: 'confirmName' }] } });
  });

  it('refuses scaling a pool the topology does not have', async () => {
    await expect(planClusterChange({ input: { type: 'scale-pool', ...target, pool: 'md-9', replicas: 1 }, cluster })).rejects.toMatchObject({ code: 'validation' });
  });
});
