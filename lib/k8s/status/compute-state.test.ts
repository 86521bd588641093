import { describe, expect, it } from 'vitest';
import type { InformerStatus } from '../informers/informer-types';
import { computeState } from './compute-state';
import type { DiscoveryState } from './management-cluster-status';

const done: DiscoveryState = { phase: 'done', error: null, errorKind: null, failingSince: null, capiVersion: 'v1beta2', capiServedVersions: ['v1beta2', 'v1beta1'] };

function kind(kindName: string, overrides: Partial<InformerStatus> = {}): InformerStatus {
  return {
    group: 'cluster.x-k8s.io',
    version: 'v1beta2',
    kind: kindName,
    plural: `${kindName.toLowerCase()}s`,
    phase: 'watching',
    synced: true,
    healthy: true,
    lastSyncAt: '2026-01-01T00:00:00.000Z',
    lastEventAt: null,
    unhealthySince: null,
    error: null,
    errorKind: null,
    objectCount: 1,
    relists: 1,
    watchRestarts: 0,
    ...overrides,
  };
}

const down = (since: string) => ({ healthy: false, errorKind: 'unreachable' as const, error: 'connection refused', unhealthySince: since });

describe('computeState', () => {
  it.each([
    { case: 'a refused kubeconfig', refusal: 'management cluster "x": user "u" uses "exec"', discovery: done, kinds: [kind('Cluster')], expected: { state: 'refused', staleSince: null, error: 'management cluster "x": user "u" uses "exec"' } },
    { case: 'discovery not answered yet', refusal: null, discovery: { ...done, phase: 'pending' as const }, kinds: [], expected: { state: 'connecting', staleSince: null, error: null } },
    {
      case: 'discovery failing',
      refusal: null,
      discovery: { ...done, phase: 'failed' as const, error: 'connection refused', errorKind: 'unreachable' as const, failingSince: '2026-01-01T00:01:00.000Z' },
      kinds: [],
      expected: { state: 'unreachable', staleSince: '2026-01-01T00:01:00.000Z', error: 'connection refused' },
    },
    { case: 'some kinds still listing', refusal: null, discovery: done, kinds: [kind('Cluster'), kind('Machine', { synced: false, phase: 'listing' })], expected: { state: 'syncing', staleSince: null, error: null } },
    { case: 'every kind in sync', refusal: null, discovery: done, kinds: [kind('Cluster'), kind('Machine')], expected: { state: 'connected', staleSince: null, error: null } },
    {
      case: 'one kind failing with a server error',
      refusal: null,
      discovery: done,
      kinds: [kind('Cluster'), kind('Machine', { healthy: false, errorKind: 'forbidden', error: 'machines is forbidden', unhealthySince: '2026-01-01T00:02:00.000Z' })],
      expected: { state: 'stale', staleSince: '2026-01-01T00:02:00.000Z', error: 'Machine: machines is forbidden' },
    },
    {
      case: 'every kind failing with network errors',
      refusal: null,
      discovery: done,
      kinds: [kind('Cluster', down('2026-01-01T00:03:00.000Z')), kind('Machine', down('2026-01-01T00:02:30.000Z'))],
      expected: { state: 'unreachable', staleSince: '2026-01-01T00:02:30.000Z', error: 'Cluster: connection refused' },
    },
    {
      case: 'a silent watch caught by the watchdog',
      refusal: null,
      discovery: done,
      kinds: [kind('Cluster', { healthy: false, errorKind: 'watchdog', error: 'no event or bookmark for 90 s; restarting the watch', unhealthySince: '2026-01-01T00:04:00.000Z' }), kind('Machine')],
      expected: { state: 'stale', staleSince: '2026-01-01T00:04:00.000Z', error: 'Cluster: no event or bookmark for 90 s; restarting the watch' },
    },
  ])('reports $case', ({ refusal, discovery, kinds, expected }) => {
    expect(computeState({ refusal, discovery, kinds })).toEqual(expected);
  });
});
