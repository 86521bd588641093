// Who sees which change requests: approvers and admins see all; others their own and their teams'.
import { hasPermission } from '@/lib/auth/roles';
import type { User } from '@/lib/auth/user';
import type { Prisma } from '@/lib/db/client';

export function visibleWhere(user: User): Prisma.ChangeRequestWhereInput {
  if (hasPermission(user.roles, 'requests:approve') || hasPermission(user.roles, 'admin')) return {};
  return { OR: [{ requesterId: user.id }, { requesterTeam: { in: user.teams } }] };
}
