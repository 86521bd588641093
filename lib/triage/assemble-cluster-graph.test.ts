import { describe, expect, it } from 'vitest';
import { infrastructureFailures } from '@/lib/capi/__fixtures__/failure-modes-infrastructure';
import { makeClusterSet } from '@/lib/capi/__fixtures__/make-cluster-set';
import { normalizeObjects } from '@/lib/capi/normalize/normalize-object';
import { assembleClusterGraph } from './assemble-cluster-graph';

const base = { managementCluster: 'mc', events: [], apiMode: 'v1beta2' as const, options: { grouping: true, echo: false }, reachable: true, fleetVersion: 1 };

describe('assembleClusterGraph', () => {
  it('carries side-panel details for the root-cause chain only, with the deepest link among them', () => {
    const objects = normalizeObjects(infrastructureFailures.awsInsufficientCapacity('v1beta2'));
    const graph = assembleClusterGraph({ ...base, cluster: { namespace: 'default', name: 'prod-1' }, objects });
    const chain = graph?.rootCause?.chain.map((link) => link.objectId) ?? [];
    expect(chain).toContain('AWSMachine/default/prod-1-cp-2');
    expect(Object.keys(graph?.details ?? {}).sort()).toEqual([...chain].sort());
    const deepest = graph?.details['AWSMachine/default/prod-1-cp-2'];
    expect([...(deepest?.conditions ?? []), ...(deepest?.v1beta1Conditions ?? [])]).toContainEqual(expect.objectContaining({ reason: 'InstanceProvisionFailed', message: expect.stringContaining('InsufficientInstanceCapacity') as unknown }));
  });

  it('keeps the answer for a healthy 1,000-Machine cluster well under a megabyte', () => {
    const mds = Array.from({ length: 10 }, (_v, i) => ({ name: `md-${i}`, replicas: i === 0 ? 97 : 100 }));
    const objects = normalizeObjects(makeClusterSet({ version: 'v1beta2', name: 'big', cpReplicas: 3, mds }).all());
    const graph = assembleClusterGraph({ ...base, cluster: { namespace: 'default', name: 'big' }, objects });
    expect(graph?.details).toEqual({});
    expect(JSON.stringify(graph).length).toBeLessThan(1_000_000);
  });
});
