'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { fleetQueries } from './fleet-queries';

export type StreamState = 'connecting' | 'live' | 'reconnecting';

/**
 * Follows GET /api/stream: fleet changes (already coalesced ≥100 ms server-side) refresh the
 * fleet queries; a resync refreshes everything. EventSource reconnects with Last-Event-ID.
 */
export function useFleetStream(): StreamState {
  const queryClient = useQueryClient();
  const [state, setState] = useState<StreamState>('connecting');
  useEffect(() => {
    const source = new EventSource('/api/stream');
    const refresh = () => void queryClient.invalidateQueries({ queryKey: fleetQueries.all() });
    source.addEventListener('open', () => setState('live'));
    source.addEventListener('error', () => setState('reconnecting'));
    source.addEventListener('fleet', refresh);
    source.addEventListener('resync', refresh);
    source.addEventListener('management-clusters', () => void queryClient.invalidateQueries({ queryKey: fleetQueries.managementClusters().queryKey }));
    return () => source.close();
  }, [queryClient]);
  return state;
}
