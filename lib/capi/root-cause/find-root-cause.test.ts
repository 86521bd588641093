import { describe, expect, it } from 'vitest';
import { clusterFailures } from '../__fixtures__/failure-modes-cluster';
import { infrastructureFailures } from '../__fixtures__/failure-modes-infrastructure';
import { makeClusterSet } from '../__fixtures__/make-cluster-set';
import { type CapiVersion, type RawObject } from '../__fixtures__/make-objects';
import { normalizeObjects } from '../normalize/normalize-object';
import { findRootCause } from './find-root-cause';
import { type CauseClass } from './types';

type Scenario = (version: CapiVersion) => RawObject[];

const table: [string, Scenario, CauseClass, string, string][] = [
  ['AWS InsufficientInstanceCapacity on a control plane machine', infrastructureFailures.awsInsufficientCapacity, 'infrastructure', 'aws-insufficient-capacity', 'AWSMachine/default/prod-1-cp-2'],
  ['Azure SkuNotAvailable on a worker', infrastructureFailures.azureSkuNotAvailable, 'infrastructure', 'azure-sku-or-quota', 'AzureMachine/default/prod-1-md-0-7d9f8-0'],
  ['Azure core quota exceeded', infrastructureFailures.azureQuotaExceeded, 'infrastructure', 'azure-sku-or-quota', 'AzureMachine/default/prod-1-md-0-7d9f8-1'],
  ['vSphere clone without datastore space', infrastructureFailures.vsphereCloneFailed, 'infrastructure', 'vsphere-provisioning', 'VSphereMachine/default/prod-1-md-0-7d9f8-0'],
  ['expired AWS credentials', infrastructureFailures.awsExpiredCredentials, 'infrastructure', 'expired-credentials', 'AWSCluster/default/prod-1'],
  ['no control plane load balancer', infrastructureFailures.noControlPlaneEndpoint, 'infrastructure', 'control-plane-endpoint', 'AWSCluster/default/new-1'],
  ['a node that never joins', clusterFailures.nodeNeverJoins, 'bootstrap', 'node-never-joined', 'Machine/default/prod-2-md-0-7d9f8-1'],
  ['a missing CNI', clusterFailures.missingCni, 'addons-cni', 'missing-cni', 'Machine/default/dev-1-md-0-7d9f8-0'],
  ['etcd NOSPACE stalling the control plane rollout', clusterFailures.etcdUnhealthyStallsRollout, 'control-plane', 'etcd-unhealthy', 'Machine/default/prod-3-cp-1'],
  ['a drain blocked by a PodDisruptionBudget', clusterFailures.drainBlockedByPdb, 'workers-rollout', 'drain-blocked-by-pdb', 'Machine/default/prod-4-md-0-7d9f8-0'],
  ['a MachineHealthCheck remediation storm', clusterFailures.remediationStorm, 'workers-rollout', 'remediation-storm', 'MachineHealthCheck/default/prod-5-md-0-mhc'],
  ['a deletion stuck on a finalizer', clusterFailures.stuckDeletion, 'deletion', 'stuck-deletion', 'AWSCluster/default/old-1'],
  ['a paused cluster', clusterFailures.paused, 'paused', 'paused', 'Cluster/default/frozen-1'],
  ['an unreachable workload cluster', clusterFailures.workloadUnreachable, 'connectivity', 'workload-unreachable', 'Machine/default/edge-1-md-0-7d9f8-0'],
];

const cases = table.flatMap(([label, scenario, cls, ruleId, evidence]) => (['v1beta1', 'v1beta2'] as const).map((version) => [label, version, scenario, cls, ruleId, evidence] as const));

describe('findRootCause on the failure modes on-call sees', () => {
  it.each(cases)('classifies %s (%s)', (_label, version, scenario, cls, ruleId, evidence) => {
    const cause = findRootCause({ objects: normalizeObjects(scenario(version)) });
    expect(cause?.classification).toBe(cls);
    expect(cause?.ruleId).toBe(ruleId);
    expect(cause?.evidence?.objectId ?? cause?.deepest?.objectId).toBe(evidence);
    expect(cause?.hint.meaning.length).toBeGreaterThan(20);
    expect(cause?.chain[0]?.kind).toBe('Cluster');
  });

  it('returns the chain from the Cluster down to the failing AWSMachine', () => {
    const cause = findRootCause({ objects: normalizeObjects(infrastructureFailures.awsInsufficientCapacity('v1beta2')) });
    expect(cause?.chain.map((l) => `${l.kind}/${l.name}`)).toEqual(['Cluster/prod-1', 'KubeadmControlPlane/prod-1-cp', 'Machine/prod-1-cp-2', 'AWSMachine/prod-1-cp-2']);
    expect(cause?.deepest?.failing[0]).toMatchObject({ type: 'Ready', status: 'False', reason: 'InstanceProvisionFailed' });
    expect(cause?.evidence?.condition.message).toContain('InsufficientInstanceCapacity');
  });

  it('returns nothing for a healthy cluster', () => {
    expect(findRootCause({ objects: normalizeObjects(makeClusterSet({ version: 'v1beta2', name: 'ok' }).all()) })).toBeUndefined();
  });

  it('reports an unreachable management cluster as connectivity', () => {
    const cause = findRootCause({ objects: normalizeObjects(makeClusterSet({ version: 'v1beta1', name: 'ok' }).all()), managementCluster: { reachable: false, error: 'dial tcp 10.0.0.1:6443: i/o timeout' } });
    expect(cause).toMatchObject({ classification: 'connectivity', ruleId: 'management-cluster-unreachable' });
    expect(cause?.hint.nextEvidence).toContain('i/o timeout');
  });

  it('lets callers replace the rule table', () => {
    const objects = normalizeObjects(clusterFailures.missingCni('v1beta2'));
    const cause = findRootCause({ objects, rules: [{ id: 'custom', class: 'unknown', match: [{ message: 'cni plugin' }], hint: { meaning: 'custom meaning for this team', nextEvidence: 'runbook 42' } }] });
    expect(cause).toMatchObject({ ruleId: 'custom', classification: 'unknown', hint: { nextEvidence: 'runbook 42' } });
  });

  it('falls back to the place of the deepest link when no rule matches', () => {
    const objects = normalizeObjects(clusterFailures.missingCni('v1beta2'));
    expect(findRootCause({ objects, rules: [] })?.classification).toBe('workers-rollout');
  });
});
