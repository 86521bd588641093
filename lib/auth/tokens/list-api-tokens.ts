import { getPrisma, type PrismaClient } from '@/lib/db/client';
import type { User } from '../user';
import { toApiTokenView, type ApiTokenView } from './api-token-view';

/** The user's own tokens, newest first (revoked and expired ones included, marked). */
export async function listApiTokens(options: { user: User; prisma?: PrismaClient }): Promise<{ items: ApiTokenView[] }> {
  const rows = await (options.prisma ?? getPrisma()).apiToken.findMany({ where: { userId: options.user.id }, orderBy: { createdAt: 'desc' } });
  return { items: rows.map(toApiTokenView) };
}
