import { z } from 'zod';
import { AppError } from '@/lib/errors/app-error';
import { getFleetService } from '@/lib/fleet/get-fleet-service';
import { getInformerFleet } from '@/lib/k8s/informers/get-informer-fleet';
import { assembleClusterGraph } from './assemble-cluster-graph';
import { cachedRootCause } from './cached-root-cause';
import { clusterVersionOf } from './cluster-versions';
import { ensureTransitionRecorder } from './ensure-transition-recorder';
import { type ClusterGraphResponse } from './triage-types';

const flag = z.enum(['true', 'false']).transform((value) => value === 'true');

export const clusterGraphQuerySchema = z.object({ grouping: flag.default(true), echo: flag.default(false) });

const CACHE_SIZE = 32;
const holder = globalThis as typeof globalThis & { __quarterdeckGraphCache?: Map<string, ClusterGraphResponse> };

function cache(): Map<string, ClusterGraphResponse> {
  return (holder.__quarterdeckGraphCache ??= new Map<string, ClusterGraphResponse>());
}

/** v1beta2 semantics when the management cluster serves CAPI v1beta2 (v1.11+), else the v1beta1 ones. */
export function apiModeOf(capiVersion: string | null | undefined): 'v1beta2' | 'v1beta1' {
  return capiVersion === 'v1beta1' ? 'v1beta1' : 'v1beta2';
}

/**
 * The cluster graph with root cause and side-panel data, cached per fleet version, Events cache
 * version and cluster (the version at which that cluster last changed), so repeated requests (tabs, live refreshes) cost nothing until something changes.
 */
export function getClusterGraph(options: { managementCluster: string; namespace: string; name: string; grouping: boolean; echo: boolean }): ClusterGraphResponse {
  ensureTransitionRecorder();
  const fleet = getFleetService();
  const informers = getInformerFleet();
  const status = informers.status(options.managementCluster);
  const summaryId = `${options.managementCluster}/${options.namespace}/${options.name}`;
  if (!status || !fleet.summary(summaryId)) {
    throw new AppError({ code: 'not-found', message: `Cluster ${options.namespace}/${options.name} not found on management cluster ${options.managementCluster}` });
  }
  const events = informers.read({ managementCluster: options.managementCluster, kind: 'Event', group: '' });
  const key = `${summaryId}|${options.grouping}|${options.echo}|${clusterVersionOf(summaryId)}|${events.version}|${status.state}`;
  const hit = cache().get(key);
  if (hit) return hit;
  const cluster = { namespace: options.namespace, name: options.name };
  const clusterEvents = events.items.filter((event) => event.metadata.namespace === options.namespace);
  const objects = fleet.normalizedObjects({ managementCluster: options.managementCluster, ...cluster });
  const reachable = status.state !== 'unreachable' && status.state !== 'refused';
  const result = assembleClusterGraph({
    managementCluster: options.managementCluster,
    cluster,
    objects,
    events: clusterEvents,
    apiMode: apiModeOf(status.capiVersion),
    options: { grouping: options.grouping, echo: options.echo },
    reachable,
    fleetVersion: fleet.version(),
    rootCause: () => cachedRootCause({ clusterId: summaryId, version: clusterVersionOf(summaryId), reachable, objects: () => objects, cluster }),
  });
  if (!result) throw new AppError({ code: 'not-found', message: `Cluster ${options.namespace}/${options.name} has no Cluster object` });
  const entries = cache();
  entries.set(key, result);
  if (entries.size > CACHE_SIZE) entries.delete(entries.keys().next().value as string);
  return result;
}
