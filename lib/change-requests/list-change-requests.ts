// GET /api/change-requests: "mine", "to-approve" (what this user may decide now) or all visible.
import type { User } from '@/lib/auth/user';
import type { Prisma } from '@/lib/db/client';
import type { ListChangeRequestsQuery } from './change-request-input';
import type { ChangeRequestView } from './change-request-view';
import { resolveDeps, type ChangeRequestDeps } from './change-request-deps';
import { toChangeRequestView } from './to-change-request-view';
import { visibleWhere } from './visible-change-requests';

export async function listChangeRequests(options: { user: User; query: ListChangeRequestsQuery } & ChangeRequestDeps): Promise<{ items: ChangeRequestView[] }> {
  const { prisma, config } = resolveDeps(options);
  const { user, query } = options;
  const states = query.state === undefined ? undefined : Array.isArray(query.state) ? query.state : query.state.split(',');
  const where: Prisma.ChangeRequestWhereInput = {
    AND: [
      visibleWhere(user),
      query.scope === 'mine' ? { requesterId: user.id } : {},
      query.scope === 'to-approve' ? { state: 'pending', requesterId: { not: user.id }, approvals: { none: { approverId: user.id } } } : {},
      states ? { state: { in: states } } : {},
      query.managementCluster ? { managementCluster: query.managementCluster } : {},
      query.namespace ? { namespace: query.namespace } : {},
      query.clusterName ? { clusterName: query.clusterName } : {},
    ],
  };
  const rows = await prisma.changeRequest.findMany({ where, include: { approvals: true }, orderBy: { createdAt: 'desc' }, take: query.limit });
  const items = rows.map((row) => toChangeRequestView({ row, user, config }));
  return { items: query.scope === 'to-approve' ? items.filter((item) => item.canApprove) : items };
}
