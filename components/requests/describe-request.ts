import { changeRequestInputSchema } from '@/lib/change-requests/change-request-input';
import type { ChangeRequestView } from './request-types';

const TYPE_LABELS: Record<ChangeRequestView['type'], string> = {
  'create-cluster': 'Create cluster',
  'scale-pool': 'Scale worker pool',
  'upgrade-version': 'Upgrade Kubernetes',
  pause: 'Pause reconciliation',
  resume: 'Resume reconciliation',
  'delete-cluster': 'Delete cluster',
};

export function typeLabel(type: ChangeRequestView['type']): string {
  return TYPE_LABELS[type];
}

/** One line saying what the request changes, from its payload when the API includes it. */
export function describeRequest(view: Pick<ChangeRequestView, 'type' | 'clusterName'> & { payload?: unknown }): string {
  // The stored payload is the request body as filed; read it with the same schema, never trust its shape.
  const parsed = changeRequestInputSchema.safeParse(view.payload);
  const payload = parsed.success ? parsed.data : undefined;
  switch (payload?.type) {
    case 'create-cluster':
      return `Create ${payload.request.name} from ${payload.request.className} (${payload.request.version})${payload.ttlHours ? `, deleted after ${payload.ttlHours} h` : ''}`;
    case 'scale-pool':
      return `Scale ${payload.pool} of ${payload.clusterName} to ${payload.replicas} replicas`;
    case 'upgrade-version':
      return `Upgrade ${payload.clusterName} to ${payload.version}`;
    case 'pause':
      return `Pause reconciliation of ${payload.clusterName}`;
    case 'resume':
      return `Resume reconciliation of ${payload.clusterName}`;
    case 'delete-cluster':
      return `Delete ${payload.clusterName}`;
    default:
      return `${typeLabel(view.type)} ${view.clusterName}`;
  }
}
