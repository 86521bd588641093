// A personal API token carrying the user's roles and teams, expiring, stored only as its hash.
import { appendAuditEvent } from '@/lib/audit/append-audit-event';
import { actorOf } from '@/lib/change-requests/change-request-actor';
import { getPrisma, type PrismaClient } from '@/lib/db/client';
import { AppError } from '@/lib/errors/app-error';
import type { User } from '../user';
import { toApiTokenView, type ApiTokenView, type CreateApiTokenBody } from './api-token-view';
import { generateApiToken } from './hash-api-token';

export async function createApiToken(options: { user: User; body: CreateApiTokenBody; request?: Request; prisma?: PrismaClient }): Promise<{ token: string; item: ApiTokenView }> {
  const { user, body } = options;
  // A leaked token must not be able to mint fresh ones that outlive it.
  if (user.via === 'api-token') throw new AppError({ code: 'forbidden', message: 'API tokens can only be created from a signed-in session' });
  const { token, hash, prefix } = generateApiToken();
  const row = await (options.prisma ?? getPrisma()).$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: { userId: user.id, userName: user.name, roles: user.roles, teams: user.teams, name: body.name, tokenHash: hash, prefix, expiresAt: new Date(Date.now() + body.expiresInDays * 86_400_000) },
    });
    await appendAuditEvent(tx, { actor: actorOf(user, options.request), action: 'api-token.created', target: { kind: 'ApiToken', name: body.name }, payload: { id: created.id, prefix, expiresAt: created.expiresAt, roles: user.roles } });
    return created;
  });
  return { token, item: toApiTokenView(row) };
}
