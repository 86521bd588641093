import { describe, expect, it } from 'vitest';
import type { GraphNode } from '@/lib/capi/graph/types';
import { findSelectedNode } from './find-selected-node';

const node = (id: string, extra: Partial<GraphNode> = {}): GraphNode => ({ id, kind: id.split('/')[0] ?? '', name: id.split('/')[2] ?? '', namespace: 'ns', relation: 'Machine', depth: 2, virtual: false, colour: 'ok', deleting: false, paused: false, ...extra });

describe('findSelectedNode', () => {
  const drawn = [node('Cluster/ns/c', { relation: 'root' })];
  const graph = { groupMembers: { 'group-1': { nodes: [node('Machine/ns/m-1', { colour: 'error' })], edges: [] } } };

  it.each([
    ['a drawn node', 'Cluster/ns/c', { relation: 'root' }],
    ['a member of a collapsed group', 'Machine/ns/m-1', { colour: 'error', relation: 'Machine' }],
    ['an object that is not drawn, from its id', 'AWSMachine/ns/m-1', { kind: 'AWSMachine', namespace: 'ns', name: 'm-1', relation: 'Other', colour: 'unknown' }],
  ])('finds %s', (_what, id, expected) => {
    expect(findSelectedNode({ id, drawn, graph })).toMatchObject({ id, ...expected });
  });

  it.each([[undefined], ['Workers'], ['a/b/c/d']])('finds nothing for %s', (id) => {
    expect(findSelectedNode({ id, drawn, graph })).toBeUndefined();
  });
});
