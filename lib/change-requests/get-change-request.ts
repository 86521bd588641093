// GET /api/change-requests/[id]: the request with its diff against the live object and the
// cluster's progress (best effort: an unreachable management cluster leaves both empty).
import type { User } from '@/lib/auth/user';
import { AppError } from '@/lib/errors/app-error';
import { getObject } from '@/lib/k8s/apply/get-object';
import { logger } from '@/lib/observability/logger';
import { applyPlanSchema, type ApplyPlan } from './apply-plan';
import type { ChangeRequestView, DiffEntry } from './change-request-view';
import { resolveDeps, type ChangeRequestDeps } from './change-request-deps';
import { computeObjectDiff } from './compute-plan-diff';
import { readClusterProgress } from './read-cluster-progress';
import { toChangeRequestView } from './to-change-request-view';
import { visibleWhere } from './visible-change-requests';

async function diffOf(managementCluster: string, plan: ApplyPlan): Promise<DiffEntry[]> {
  const entries: DiffEntry[] = [];
  for (const [index, step] of plan.steps.entries()) {
    const { object } = step;
    const live = await getObject({ managementCluster, apiVersion: object.apiVersion, kind: object.kind, namespace: object.metadata.namespace, name: object.metadata.name, timeoutMs: 5000 });
    const prefix = plan.steps.length > 1 ? `items[${index}].` : '';
    if (step.op === 'delete') entries.push({ path: `${prefix}(object)`, before: live.ok ? `${object.kind} ${object.metadata.name}` : null, after: null });
    else entries.push(...computeObjectDiff({ desired: object, live: live.ok ? live.value : null, prefix }));
  }
  return entries;
}

export async function getChangeRequest(options: { user: User; id: string } & ChangeRequestDeps): Promise<ChangeRequestView> {
  const { prisma, config } = resolveDeps(options);
  const row = await prisma.changeRequest.findFirst({ where: { AND: [{ id: options.id }, visibleWhere(options.user)] }, include: { approvals: true } });
  if (!row) throw new AppError({ code: 'not-found', message: `Change request ${options.id} not found` });
  const plan = applyPlanSchema.safeParse(row.manifest);
  const settled = ['applied', 'provisioning', 'ready', 'failed', 'expired', 'rejected', 'cancelled'].includes(row.state);
  const [diff, progress] = await Promise.all([
    plan.success && !settled ? diffOf(row.managementCluster, plan.data).catch((error: unknown) => (logger.warn('change request diff unavailable', { id: row.id, error: String(error) }), [])) : Promise.resolve([]),
    row.type === 'create-cluster' && settled ? readClusterProgress(row).catch(() => null) : Promise.resolve(null),
  ]);
  const stuck = progress && row.state !== 'ready' ? await prisma.auditEvent.findFirst({ where: { requestId: row.id, action: 'change-request.stuck' }, select: { occurredAt: true } }) : null;
  const stuckReason = stuck ? `not ready ${config.policies.stuckThresholds.clusterProvisioningMinutes} minutes after it was applied (reported ${stuck.occurredAt.toISOString()}); see Triage` : null;
  return toChangeRequestView({ row, user: options.user, config, diff, progress: progress ? { ...progress, stuckReason } : null });
}
