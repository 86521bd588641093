// Writes one NotificationDelivery row per configured webhook that wants this event, in the
// transaction of the state change (so a notification is sent iff the change committed).
import type { NotificationEvent, NotificationWebhookConfig, QuarterdeckConfig } from '@/lib/config/config-schema';
import { NOTIFICATION_EVENTS } from '@/lib/config/config-schema';
import type { Prisma } from '@/lib/db/client';
import type { ChangeRequestModel } from '@/lib/db/generated/models/ChangeRequest';

const STATE_EVENTS: Record<string, NotificationEvent> = { pending: 'requested', approved: 'approved', rejected: 'rejected', applied: 'applied', ready: 'ready', failed: 'failed' };

export function notificationEventOf(stateOrEvent: string): NotificationEvent | null {
  if ((NOTIFICATION_EVENTS as readonly string[]).includes(stateOrEvent)) return stateOrEvent as NotificationEvent;
  return STATE_EVENTS[stateOrEvent] ?? null;
}

export function webhookWants(webhook: NotificationWebhookConfig, options: { event: NotificationEvent; team: string | null; approverGroups: readonly string[] }): boolean {
  if (webhook.events && !webhook.events.includes(options.event)) return false;
  if (!webhook.teams && !webhook.approverGroups) return true;
  const byTeam = options.team !== null && (webhook.teams ?? []).includes(options.team);
  const byGroup = (webhook.approverGroups ?? []).some((group) => options.approverGroups.includes(group));
  return byTeam || byGroup;
}

function approverGroupsOf(policy: unknown): string[] {
  if (typeof policy !== 'object' || policy === null) return [];
  const groups = (policy as { approverGroups?: unknown }).approverGroups;
  return Array.isArray(groups) ? groups.filter((group): group is string => typeof group === 'string') : [];
}

export async function enqueueNotifications(
  tx: Prisma.TransactionClient,
  options: { config: Pick<QuarterdeckConfig, 'notifications'>; event: string; request: ChangeRequestModel },
): Promise<number> {
  const event = notificationEventOf(options.event);
  if (!event) return 0;
  const { request } = options;
  const targets = options.config.notifications.webhooks.filter((webhook) => webhookWants(webhook, { event, team: request.requesterTeam, approverGroups: approverGroupsOf(request.policy) }));
  if (targets.length === 0) return 0;
  const payload = {
    event,
    changeRequest: { id: request.id, type: request.type, state: request.state, managementCluster: request.managementCluster, namespace: request.namespace, clusterName: request.clusterName, requester: { id: request.requesterId, name: request.requesterName, team: request.requesterTeam }, failureMessage: request.failureMessage },
    at: new Date().toISOString(),
  };
  const created = await tx.notificationDelivery.createMany({ data: targets.map((webhook) => ({ target: webhook.name, event, payload })) });
  return created.count;
}
