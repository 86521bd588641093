'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { fleetQueries } from '@/components/fleet/fleet-queries';
import type { StreamState } from '@/components/fleet/use-fleet-stream';
import { DEFAULT_GRAPH_OPTIONS, triageQueries, type ClusterRef } from './triage-queries';

function changedIds(data: unknown): string[] {
  try {
    const parsed = JSON.parse(String(data)) as { changed?: unknown; removed?: unknown };
    const list = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);
    return [...list(parsed.changed), ...list(parsed.removed)];
  } catch {
    return [];
  }
}

/**
 * Follows GET /api/stream for the triage pages: the queue refreshes on any fleet change, one
 * cluster's graph, timeline and summary only when a change names that cluster. On a cluster's
 * page it also starts loading the default graph.
 */
export function useTriageStream(cluster?: ClusterRef): StreamState {
  const queryClient = useQueryClient();
  const [state, setState] = useState<StreamState>('connecting');
  const managementCluster = cluster?.managementCluster;
  const namespace = cluster?.namespace;
  const name = cluster?.name;
  useEffect(() => {
    const ref = managementCluster && namespace && name ? { managementCluster, namespace, name } : undefined;
    // The graph section mounts only once the cluster summary has loaded: starting its default graph
    // now takes that request off the page's critical path (time to interactive).
    if (ref) void queryClient.prefetchQuery(triageQueries.graph({ ...ref, ...DEFAULT_GRAPH_OPTIONS }));
    const source = new EventSource('/api/stream');
    const refreshCluster = () => {
      if (!ref) return;
      void queryClient.invalidateQueries({ queryKey: triageQueries.cluster(ref) });
      void queryClient.invalidateQueries({ queryKey: fleetQueries.cluster(ref).queryKey });
    };
    source.addEventListener('open', () => setState('live'));
    source.addEventListener('error', () => setState('reconnecting'));
    source.addEventListener('fleet', (event: MessageEvent) => {
      void queryClient.invalidateQueries({ queryKey: ['triage', 'queue'] });
      if (ref && changedIds(event.data).includes(`${ref.managementCluster}/${ref.namespace}/${ref.name}`)) refreshCluster();
    });
    source.addEventListener('resync', () => {
      void queryClient.invalidateQueries({ queryKey: triageQueries.all() });
      refreshCluster();
    });
    return () => source.close();
  }, [queryClient, managementCluster, namespace, name]);
  return state;
}
