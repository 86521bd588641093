// Writes a new change request with its "requested" audit row and notifications; an auto-approved
// one moves on to approved with its outbox job in the same transaction.
import { randomUUID } from 'node:crypto';
import { appendAuditEvent } from '@/lib/audit/append-audit-event';
import type { AuditActor } from '@/lib/audit/audit-event-types';
import type { QuarterdeckConfig } from '@/lib/config/config-schema';
import type { Prisma } from '@/lib/db/client';
import type { ChangeRequestType } from '@/lib/db/enums';
import type { ChangeRequestModel } from '@/lib/db/generated/models/ChangeRequest';
import { enqueueNotifications } from '@/lib/notifications/enqueue-notifications';
import { manifestOfPlan, withRequestAnnotation, type ApplyPlan } from './apply-plan';
import { SYSTEM_ACTOR } from './change-request-actor';
import type { PolicySnapshot } from './resolve-policy';
import { transitionChangeRequest } from './transition-change-request';

export interface NewChangeRequest {
  type: ChangeRequestType;
  actor: AuditActor;
  team: string | null;
  managementCluster: string;
  namespace: string;
  clusterName: string;
  payload: unknown;
  plan: ApplyPlan;
  policy: PolicySnapshot;
  ttlSeconds?: number | null;
  observedResourceVersion?: string | null;
}

export async function insertChangeRequest(tx: Prisma.TransactionClient, options: { request: NewChangeRequest; config: QuarterdeckConfig }): Promise<ChangeRequestModel> {
  const { request } = options;
  const id = randomUUID();
  const plan = withRequestAnnotation(request.plan, id);
  const row = await tx.changeRequest.create({
    data: {
      id,
      type: request.type,
      requesterId: request.actor.id,
      requesterName: request.actor.name,
      requesterEmail: request.actor.email ?? null,
      requesterTeam: request.team,
      managementCluster: request.managementCluster,
      namespace: request.namespace,
      clusterName: request.clusterName,
      payload: request.payload as Prisma.InputJsonValue,
      manifest: plan as unknown as Prisma.InputJsonValue,
      policy: request.policy as unknown as Prisma.InputJsonValue,
      requiredApprovals: request.policy.approvalsRequired,
      ttlSeconds: request.ttlSeconds ?? null,
      observedResourceVersion: request.observedResourceVersion ?? null,
    },
  });
  await appendAuditEvent(tx, {
    actor: request.actor,
    action: 'change-request.requested',
    target: { managementCluster: row.managementCluster, kind: 'Cluster', namespace: row.namespace, name: row.clusterName },
    requestId: row.id,
    payload: { type: row.type, input: request.payload, manifest: manifestOfPlan(plan), policy: request.policy },
  });
  await enqueueNotifications(tx, { config: options.config, event: 'requested', request: row });
  if (!request.policy.autoApprove) return row;
  const approved = await transitionChangeRequest(tx, { request: row, to: 'approved', actor: SYSTEM_ACTOR, config: options.config, payload: { reason: `policy ${request.policy.name} auto-approves` } });
  await tx.outboxJob.create({ data: { changeRequestId: row.id } });
  return approved;
}
