// Revokes a token: its owner, or an admin for anyone's. Audited.
import { appendAuditEvent } from '@/lib/audit/append-audit-event';
import { actorOf } from '@/lib/change-requests/change-request-actor';
import { getPrisma, type PrismaClient } from '@/lib/db/client';
import { AppError } from '@/lib/errors/app-error';
import { hasPermission } from '../roles';
import type { User } from '../user';
import { toApiTokenView, type ApiTokenView } from './api-token-view';

export async function revokeApiToken(options: { user: User; id: string; request?: Request; prisma?: PrismaClient }): Promise<ApiTokenView> {
  const { user } = options;
  return await (options.prisma ?? getPrisma()).$transaction(async (tx) => {
    const row = await tx.apiToken.findUnique({ where: { id: options.id } });
    // Someone else's token is "not found" for non-admins: ids are not to be probed.
    if (!row || (row.userId !== user.id && !hasPermission(user.roles, 'admin'))) throw new AppError({ code: 'not-found', message: `API token ${options.id} not found` });
    const updated = await tx.apiToken.updateMany({ where: { id: row.id, revokedAt: null }, data: { revokedAt: new Date() } });
    if (updated.count === 0) throw new AppError({ code: 'conflict', message: 'The API token is already revoked' });
    await appendAuditEvent(tx, { actor: actorOf(user, options.request), action: 'api-token.revoked', target: { kind: 'ApiToken', name: row.name }, payload: { id: row.id, prefix: row.prefix, owner: row.userId } });
    return toApiTokenView(await tx.apiToken.findUniqueOrThrow({ where: { id: row.id } }));
  });
}
