import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '@/lib/capi/graph/types';
import type { RootCause } from '@/lib/capi/root-cause/types';
import { buildVisibleGraph } from './build-visible-graph';

const node = (id: string, parentId?: string, extra: Partial<GraphNode> = {}): GraphNode => ({
  id, kind: id.split('/')[0] ?? '', name: id, namespace: 'ns', relation: 'Machine', depth: 0, virtual: false, colour: 'ok', deleting: false, paused: false, ...(parentId ? { parentId } : {}), ...extra,
});
const edge = (from: string, to: string): GraphEdge => ({ from, to, relation: 'Machine' });
const chain = (...ids: string[]): RootCause => ({
  clusterId: 'Cluster/ns/c', classification: 'infrastructure', hint: { meaning: '', nextEvidence: '' },
  chain: ids.map((objectId) => ({ objectId, kind: '', name: '', failing: [] })), deepest: { objectId: ids[ids.length - 1] ?? '', kind: '', name: '', failing: [] },
});

const graph = {
  nodes: [node('Cluster/c'), node('MachineSet/ms', 'Cluster/c'), node('Group/g', 'MachineSet/ms', { relation: 'Group', memberIds: ['Machine/m1', 'Machine/m2'] })],
  edges: [edge('Cluster/c', 'MachineSet/ms'), edge('MachineSet/ms', 'Group/g')],
  groups: [{ id: 'Group/g', parentId: 'MachineSet/ms', kind: 'Machine', label: '2 Machines', memberIds: ['Machine/m1', 'Machine/m2'] }],
  groupMembers: {
    'Group/g': {
      nodes: [node('Machine/m1', 'MachineSet/ms'), node('AWSMachine/m1', 'Machine/m1'), node('Machine/m2', 'MachineSet/ms')],
      edges: [edge('MachineSet/ms', 'Machine/m1'), edge('MachineSet/ms', 'Machine/m2'), edge('Machine/m1', 'AWSMachine/m1')],
    },
  },
  rootCause: chain('Cluster/c', 'MachineSet/ms', 'Machine/m1', 'AWSMachine/m1'),
};

describe('buildVisibleGraph', () => {
  it('draws a collapsed group as one node and highlights it when it hides the failing object', () => {
    const visible = buildVisibleGraph(graph, new Set());
    expect(visible.nodes.map((n) => n.id)).toEqual(['Cluster/c', 'MachineSet/ms', 'Group/g']);
    expect(visible.failingId).toBe('Group/g');
    expect([...visible.highlighted]).toEqual(['Cluster/c', 'MachineSet/ms', 'Group/g']);
    expect(visible.groupOf.get('AWSMachine/m1')).toBe('Group/g');
  });

  it('replaces an expanded group by its members in place and points at the failing member', () => {
    const visible = buildVisibleGraph(graph, new Set(['Group/g']));
    expect(visible.nodes.map((n) => n.id)).toEqual(['Cluster/c', 'MachineSet/ms', 'Machine/m1', 'AWSMachine/m1', 'Machine/m2']);
    expect(visible.edges.map((e) => `${e.from}>${e.to}`)).not.toContain('MachineSet/ms>Group/g');
    expect(visible.failingId).toBe('AWSMachine/m1');
  });

  it('falls back to the nearest drawn ancestor when echo suppression hides the failing object', () => {
    const visible = buildVisibleGraph({ ...graph, rootCause: chain('Cluster/c', 'MachineSet/ms', 'Machine/m2', 'AWSMachine/m2') }, new Set(['Group/g']));
    expect(visible.failingId).toBe('Machine/m2');
  });
});
