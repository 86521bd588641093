// The only way a change request changes state: a guarded UPDATE (id + expected state + version)
// plus its audit row and notifications, in the caller's transaction. A lost race is a 409.
import { appendAuditEvent } from '@/lib/audit/append-audit-event';
import type { AuditActor } from '@/lib/audit/audit-event-types';
import type { QuarterdeckConfig } from '@/lib/config/config-schema';
import type { Prisma } from '@/lib/db/client';
import type { ChangeRequestState } from '@/lib/db/enums';
import type { ChangeRequestModel } from '@/lib/db/generated/models/ChangeRequest';
import { AppError } from '@/lib/errors/app-error';
import { enqueueNotifications } from '@/lib/notifications/enqueue-notifications';
import { canTransition } from './change-request-transitions';

export interface TransitionOptions {
  request: Pick<ChangeRequestModel, 'id' | 'state' | 'version'>;
  to: ChangeRequestState;
  actor: AuditActor;
  config: Pick<QuarterdeckConfig, 'notifications'>;
  data?: Prisma.ChangeRequestUpdateManyMutationInput;
  payload?: Record<string, unknown>;
}

export async function transitionChangeRequest(tx: Prisma.TransactionClient, options: TransitionOptions): Promise<ChangeRequestModel> {
  const { request, to } = options;
  const from = request.state as ChangeRequestState;
  if (!canTransition(from, to)) throw new AppError({ code: 'conflict', message: `A ${from} change request cannot become ${to}` });
  const updated = await tx.changeRequest.updateMany({
    where: { id: request.id, state: from, version: request.version },
    data: { ...options.data, state: to, version: { increment: 1 } },
  });
  if (updated.count !== 1) throw new AppError({ code: 'conflict', message: 'The change request changed meanwhile; reload and try again', details: { id: request.id } });
  const row = await tx.changeRequest.findUniqueOrThrow({ where: { id: request.id } });
  await appendAuditEvent(tx, {
    actor: options.actor,
    action: `change-request.${to}`,
    target: { managementCluster: row.managementCluster, kind: 'Cluster', namespace: row.namespace, name: row.clusterName },
    requestId: row.id,
    payload: { type: row.type, from, to, ...options.payload },
  });
  await enqueueNotifications(tx, { config: options.config, event: to, request: row });
  return row;
}
