import { getPrisma } from '@/lib/db/client';
import { AppError } from '@/lib/errors/app-error';
import { getFleetService } from '@/lib/fleet/get-fleet-service';
import { getInformerFleet } from '@/lib/k8s/informers/get-informer-fleet';
import { logger } from '@/lib/observability/logger';
import { ensureTransitionRecorder } from './ensure-transition-recorder';
import { mergeTimeline, TIMELINE_LIMIT, type AuditTimelineRow } from './merge-timeline';
import { matchEvents } from './read-events';
import { type ClusterTimelineResponse } from './triage-types';

/**
 * Condition transitions recorded in Postgres (current objects by uid, deleted ones by the
 * cluster-name prefix CAPI gives generated names) merged with the cached Events, newest first;
 * with `includeAudit` (callers holding audit:read) also the audit rows about the cluster.
 */
export async function getClusterTimeline(options: { managementCluster: string; namespace: string; name: string; includeAudit?: boolean }): Promise<ClusterTimelineResponse> {
  const recorder = ensureTransitionRecorder();
  const fleet = getFleetService();
  if (!fleet.summary(`${options.managementCluster}/${options.namespace}/${options.name}`)) {
    throw new AppError({ code: 'not-found', message: `Cluster ${options.namespace}/${options.name} not found on management cluster ${options.managementCluster}` });
  }
  const objects = fleet.normalizedObjects(options);
  const byId = new Map(objects.map((object) => [object.id, object] as const));
  const events = getInformerFleet().read({ managementCluster: options.managementCluster, kind: 'Event', group: '' }).items.filter((event) => event.metadata.namespace === options.namespace);
  const matched = [...matchEvents({ events, targets: objects }).entries()].flatMap(([id, list]) => list.map((event) => ({ kind: byId.get(id)?.kind ?? '', name: byId.get(id)?.name ?? '', event })));
  let historyAvailable = true;
  let transitions: Awaited<ReturnType<typeof readTransitions>> = [];
  let audits: AuditTimelineRow[] = [];
  try {
    await recorder?.flush();
    transitions = await readTransitions({ ...options, uids: objects.map((object) => object.uid) });
    if (options.includeAudit) audits = await readAudits(options);
  } catch (error) {
    historyAvailable = false;
    logger.warn('could not read condition transitions', { error, cluster: `${options.namespace}/${options.name}` });
  }
  return { entries: mergeTimeline({ transitions, events: matched, audits }), historyAvailable };
}

/** Audit rows about the cluster itself (change requests, kubeconfig downloads). */
async function readAudits(options: { managementCluster: string; namespace: string; name: string }): Promise<AuditTimelineRow[]> {
  return getPrisma().auditEvent.findMany({
    where: { targetManagementCluster: options.managementCluster, targetNamespace: options.namespace, targetName: options.name },
    orderBy: { id: 'desc' },
    take: TIMELINE_LIMIT,
    select: { occurredAt: true, actorName: true, action: true, targetKind: true, targetName: true },
  });
}

async function readTransitions(options: { managementCluster: string; namespace: string; name: string; uids: string[] }) {
  if (!process.env.DATABASE_URL) throw new Error('no database configured');
  return getPrisma().conditionTransition.findMany({
    where: { managementCluster: options.managementCluster, namespace: options.namespace, OR: [{ uid: { in: options.uids } }, { name: options.name }, { name: { startsWith: `${options.name}-` } }] },
    orderBy: { transitionAt: 'desc' },
    take: TIMELINE_LIMIT,
    select: { kind: true, name: true, conditionType: true, status: true, reason: true, message: true, transitionAt: true },
  });
}
