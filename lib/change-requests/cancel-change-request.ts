// The requester (or an admin) withdraws a request that has not started applying. An outbox job
// already written finds the request cancelled and does nothing.
import { hasPermission } from '@/lib/auth/roles';
import type { User } from '@/lib/auth/user';
import type { ChangeRequestModel } from '@/lib/db/generated/models/ChangeRequest';
import { AppError } from '@/lib/errors/app-error';
import { actorOf } from './change-request-actor';
import { resolveDeps, type ChangeRequestDeps } from './change-request-deps';
import { lockChangeRequest } from './lock-change-request';
import { transitionChangeRequest } from './transition-change-request';

export async function cancelChangeRequest(options: { user: User; id: string; comment?: string; request?: Request } & ChangeRequestDeps): Promise<ChangeRequestModel> {
  const { prisma, config } = resolveDeps(options);
  const { user } = options;
  return await prisma.$transaction(async (tx) => {
    const row = await lockChangeRequest(tx, options.id);
    if (row.requesterId !== user.id && !hasPermission(user.roles, 'admin')) throw new AppError({ code: 'forbidden', message: 'Only the requester or an admin can cancel a change request' });
    if (row.state !== 'pending' && row.state !== 'approved') throw new AppError({ code: 'conflict', message: `A ${row.state} change request cannot be cancelled` });
    return await transitionChangeRequest(tx, { request: row, to: 'cancelled', actor: actorOf(user, options.request), config, payload: { comment: options.comment } });
  });
}
