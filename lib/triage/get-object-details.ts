import { z } from 'zod';
import { AppError } from '@/lib/errors/app-error';
import { getFleetService } from '@/lib/fleet/get-fleet-service';
import { getInformerFleet } from '@/lib/k8s/informers/get-informer-fleet';
import { buildNodeDetails } from './build-node-details';
import { type NodeDetail } from './triage-types';

export const objectDetailsQuerySchema = z.object({ id: z.string().min(3).max(600) });

/** Side-panel data (conditions, key fields, Events) of one object of a cluster (`kind/namespace/name` as in the graph). */
export function getObjectDetails(options: { managementCluster: string; namespace: string; name: string; id: string }): NodeDetail {
  const object = getFleetService()
    .normalizedObjects(options)
    .find((candidate) => candidate.id === options.id);
  if (!object) throw new AppError({ code: 'not-found', message: `Object ${options.id} is not part of cluster ${options.namespace}/${options.name}` });
  const events = getInformerFleet()
    .read({ managementCluster: options.managementCluster, kind: 'Event', group: '' })
    .items.filter((event) => event.metadata.namespace === object.namespace);
  const detail = buildNodeDetails({ objects: [object], events })[object.id];
  if (!detail) throw new AppError({ code: 'not-found', message: `Object ${options.id} has no details` });
  return detail;
}
