// The one rule deciding how a management cluster is shown. Pure, so it is tested on its own.
import type { InformerStatus } from '../informers/informer-types';
import type { DiscoveryState, ManagementClusterState } from './management-cluster-status';

export interface ComputeStateInput {
  refusal: string | null;
  discovery: DiscoveryState;
  kinds: InformerStatus[];
}

export interface ComputedState {
  state: ManagementClusterState;
  staleSince: string | null;
  error: string | null;
}

const NETWORK_FAILURES = new Set(['unreachable', 'timeout']);

function earliest(times: (string | null)[]): string | null {
  return times.filter((time): time is string => time !== null).sort()[0] ?? null;
}

export function computeState(input: ComputeStateInput): ComputedState {
  if (input.refusal) return { state: 'refused', staleSince: null, error: input.refusal };
  if (input.discovery.phase === 'pending') return { state: 'connecting', staleSince: null, error: null };
  if (input.discovery.phase === 'failed') {
    return { state: 'unreachable', staleSince: input.discovery.failingSince, error: input.discovery.error };
  }
  const failing = input.kinds.filter((kind) => !kind.healthy);
  if (failing.length > 0) {
    const allNetwork = failing.length === input.kinds.length && failing.every((kind) => NETWORK_FAILURES.has(kind.errorKind ?? ''));
    const first = failing[0];
    return {
      state: allNetwork ? 'unreachable' : 'stale',
      staleSince: earliest(failing.map((kind) => kind.unhealthySince)),
      error: first ? `${first.kind}: ${first.error ?? 'failing'}` : null,
    };
  }
  if (input.kinds.some((kind) => !kind.synced)) return { state: 'syncing', staleSince: null, error: null };
  return { state: 'connected', staleSince: null, error: null };
}
