import { describe, expect, it } from 'vitest';
import { makeClusterSet } from '../__fixtures__/make-cluster-set';
import { c, type CapiVersion } from '../__fixtures__/make-objects';
import { makeMachineHealthCheck } from '../__fixtures__/make-provider-objects';
import { patchConditions } from '../__fixtures__/patch-object';
import { normalizeObjects } from '../normalize/normalize-object';
import { buildClusterGraph } from './build-cluster-graph';
import { type GraphOptions } from './types';

const versions: CapiVersion[] = ['v1beta1', 'v1beta2'];
const plain: GraphOptions = { grouping: false, echo: false, apiMode: 'v1beta2' };

function graphOf(objects: Record<string, unknown>[], options: Partial<GraphOptions> = plain) {
  const graph = buildClusterGraph({ objects: normalizeObjects(objects), options });
  if (!graph) throw new Error('no graph');
  return graph;
}

const rows = (graph: ReturnType<typeof graphOf>) => graph.nodes.map((n) => `${'  '.repeat(n.depth)}${n.relation}:${n.name}`);

describe('buildClusterGraph', () => {
  it.each(versions)('lays out a %s cluster like clusterctl describe cluster', (version) => {
    const set = makeClusterSet({ version, name: 'c1', cpReplicas: 2, mds: [{ name: 'md-0', replicas: 2 }] });
    const graph = graphOf(set.all());
    expect(rows(graph)).toEqual([
      'root:c1',
      '  ClusterInfrastructure:c1',
      '  ControlPlane:c1-cp',
      '    Machine:c1-cp-0',
      '    Machine:c1-cp-1',
      '  Workers:Workers',
      '    MachineDeployment:c1-md-0',
      '      MachineSet:c1-md-0-7d9f8',
      '        Machine:c1-md-0-7d9f8-0',
      '        Machine:c1-md-0-7d9f8-1',
      '  ClusterClass:quick-start',
    ]);
    expect(graph.rootId).toBe('Cluster/default/c1');
    expect(graph.suppressedIds).toHaveLength(8);
    expect(graph.edges).toHaveLength(graph.nodes.length - 1);
  });

  it('shows infrastructure machines and bootstrap configs with echo on', () => {
    const set = makeClusterSet({ version: 'v1beta2', name: 'c1', cpReplicas: 1, mds: [] });
    expect(rows(graphOf(set.all(), { ...plain, echo: true })).slice(3, 6)).toEqual(['    Machine:c1-cp-0', '      MachineInfrastructure:c1-cp-0', '      BootstrapConfig:c1-cp-0']);
  });

  it.each([
    ['an infrastructure machine failing for its own reason', 'v1beta2', 'InstanceProvisionFailed', 'NotReady', true],
    ['an infrastructure machine repeating the Machine Ready reason', 'v1beta2', 'NotReady', 'NotReady', false],
    ['a v1beta1 infrastructure machine with the Machine severity and reason', 'v1beta1', 'WaitingForInfrastructure', 'WaitingForInfrastructure', false],
  ] as const)('with echo off keeps %s: %s', (_label, mode, infraReason, machineReason, visible) => {
    const set = makeClusterSet({ version: 'v1beta2', name: 'c1', cpReplicas: 1, mds: [] });
    const [machine] = set.machines;
    const [infra] = set.infraMachines;
    if (!machine || !infra) throw new Error('fixture');
    patchConditions(machine, { v1beta2: [c('Ready=False', { reason: machineReason })], v1beta1: [c('Ready=False', { reason: machineReason, severity: 'Warning' })] });
    patchConditions(infra, { v1beta1: [c('Ready=False', { reason: infraReason, severity: 'Warning' })] });
    const graph = graphOf(set.all(), { ...plain, apiMode: mode });
    expect(graph.nodes.some((n) => n.relation === 'MachineInfrastructure')).toBe(visible);
  });

  it.each(versions)('groups sibling %s machines whose state matches into one expandable node', (version) => {
    const set = makeClusterSet({ version, name: 'c1', cpReplicas: 3, mds: [{ name: 'md-0', replicas: 4 }] });
    const odd = set.machines[5];
    if (!odd) throw new Error('fixture');
    patchConditions(odd, { v1beta2: [c('Ready=False', { reason: 'NotReady' }), c('Available=False', { reason: 'NotReady' })], v1beta1: [c('Ready=False', { reason: 'NodeNotFound', severity: 'Warning' })] });
    const graph = graphOf(set.all(), { grouping: true, echo: false, apiMode: version });
    expect(rows(graph)).toEqual([
      'root:c1', '  ClusterInfrastructure:c1', '  ControlPlane:c1-cp', '    Group:3 Machines', '  Workers:Workers',
      '    MachineDeployment:c1-md-0', '      MachineSet:c1-md-0-7d9f8', '        Machine:c1-md-0-7d9f8-2', '        Group:3 Machines', '  ClusterClass:quick-start',
    ]);
    const cpGroup = graph.groups[0];
    expect(cpGroup?.memberIds).toEqual(['Machine/default/c1-cp-0', 'Machine/default/c1-cp-1', 'Machine/default/c1-cp-2']);
    expect(graph.nodes.find((n) => n.id === cpGroup?.id)?.counters).toMatchObject({ desired: 3, ready: 3 });
  });

  it('does not group v1beta1 machines whose Ready differs only in severity', () => {
    const set = makeClusterSet({ version: 'v1beta1', name: 'c1', cpReplicas: 0, mds: [{ name: 'md-0', replicas: 2 }] });
    set.machines.forEach((m, i) => patchConditions(m, { v1beta1: [c('Ready=False', { reason: 'Draining', severity: i === 0 ? 'Info' : 'Warning' })] }));
    const graph = graphOf(set.all(), { grouping: true, echo: false, apiMode: 'v1beta1' });
    expect(graph.groups).toEqual([]);
  });

  it('shows Available with counters on control plane and MachineDeployment nodes, colouring by condition', () => {
    const set = makeClusterSet({ version: 'v1beta2', name: 'c1', cpReplicas: 1, mds: [{ name: 'md-0', replicas: 1 }] });
    patchConditions(set.machines[1] ?? {}, { v1beta2: [c('Available=False', { reason: 'NotReady', message: '* NodeReady: Node not ready' })] });
    const graph = graphOf(set.all());
    const kcp = graph.nodes.find((n) => n.relation === 'ControlPlane');
    expect(kcp).toMatchObject({ condition: { type: 'Available', status: 'True', reason: 'Available' }, colour: 'ok', counters: { desired: 1, ready: 1, available: 1, upToDate: 1 } });
    expect(graph.nodes.find((n) => n.name === 'c1-md-0-7d9f8-0')).toMatchObject({ colour: 'error', condition: { message: '* NodeReady: Node not ready', since: '2026-11-21T08:00:00Z' } });
    expect(graph.nodes.find((n) => n.relation === 'Workers')?.condition?.type).toBe('WorkersAvailable');
  });

  it('uses Ready in v1beta1 mode', () => {
    const set = makeClusterSet({ version: 'v1beta1', name: 'c1', cpReplicas: 1, mds: [], className: null });
    expect(graphOf(set.all(), { ...plain, apiMode: 'v1beta1' }).nodes.map((n) => n.condition?.type)).toEqual(['Ready', 'Ready', 'Ready', 'Ready']);
  });

  it('attaches MachineHealthChecks to what they watch and puts leftovers under Other', () => {
    const set = makeClusterSet({ version: 'v1beta2', name: 'c1', cpReplicas: 1, mds: [{ name: 'md-0', replicas: 1 }], className: null });
    set.healthChecks.push(makeMachineHealthCheck({ version: 'v1beta2', cluster: 'c1', name: 'md-mhc', selector: { 'cluster.x-k8s.io/deployment-name': 'c1-md-0' }, expected: 1, healthy: 1 }));
    set.healthChecks.push(makeMachineHealthCheck({ version: 'v1beta2', cluster: 'c1', name: 'cp-mhc', selector: { 'cluster.x-k8s.io/control-plane': '' }, expected: 1, healthy: 1 }));
    const stray = { apiVersion: 'addons.cluster.x-k8s.io/v1beta2', kind: 'ClusterResourceSetBinding', metadata: { name: 'c1', namespace: 'default', labels: { 'cluster.x-k8s.io/cluster-name': 'c1' } }, spec: { clusterName: 'c1' } };
    const orphan = { ...structuredClone(set.machines[1] ?? {}), metadata: { name: 'lonely', namespace: 'default', labels: { 'cluster.x-k8s.io/cluster-name': 'c1' } } };
    const graph = graphOf([...set.all(), stray, orphan]);
    expect(rows(graph)).toEqual([
      'root:c1', '  ClusterInfrastructure:c1', '  ControlPlane:c1-cp', '    Machine:c1-cp-0', '    MachineHealthCheck:cp-mhc', '  Workers:Workers',
      '    MachineDeployment:c1-md-0', '      MachineSet:c1-md-0-7d9f8', '        Machine:c1-md-0-7d9f8-0', '      MachineHealthCheck:md-mhc',
      '    Other:Other', '      Machine:lonely', '  Other:Other', '    Other:c1',
    ]);
    expect(new Set(graph.nodes.map((n) => n.id)).size).toBe(graph.nodes.length);
  });

  it('gives the same nodes in the same order whatever the input order', () => {
    const set = makeClusterSet({ version: 'v1beta2', name: 'c1', cpReplicas: 3, mds: [{ name: 'md-0', replicas: 3 }, { name: 'md-1', replicas: 2 }] });
    const objects = set.all();
    const shuffled = [...objects].reverse();
    expect(graphOf(shuffled, { grouping: true, echo: false, apiMode: 'v1beta2' })).toEqual(graphOf(objects, { grouping: true, echo: false, apiMode: 'v1beta2' }));
  });

  it('picks one cluster out of a management cluster with several', () => {
    const a = makeClusterSet({ version: 'v1beta2', name: 'a', cpReplicas: 1, mds: [] });
    const b = makeClusterSet({ version: 'v1beta2', name: 'b', cpReplicas: 1, mds: [{ name: 'md', replicas: 1 }] });
    const graph = buildClusterGraph({ objects: normalizeObjects([...a.all(), ...b.all()]), options: plain, cluster: { namespace: 'default', name: 'b' } });
    expect(graph?.nodes.every((n) => n.name === 'Workers' || n.name.startsWith('b') || n.name === 'quick-start')).toBe(true);
    expect(buildClusterGraph({ objects: [], options: plain })).toBeUndefined();
  });

  it('builds the graph of a 5,000-machine cluster with every machine placed', () => {
    const set = makeClusterSet({ version: 'v1beta2', name: 'big', cpReplicas: 5, mds: Array.from({ length: 50 }, (_v, i) => ({ name: `md-${i}`, replicas: 99 })) });
    expect(set.machines).toHaveLength(4955);
    const objects = normalizeObjects(set.all());
    const flat = buildClusterGraph({ objects, options: plain });
    expect(flat?.nodes.filter((n) => n.kind === 'Machine')).toHaveLength(4955);
    const grouped = buildClusterGraph({ objects, options: { ...plain, grouping: true } });
    expect(grouped?.groups.reduce((sum, g) => sum + g.memberIds.length, 0)).toBe(4955);
  }, 120_000);
});
