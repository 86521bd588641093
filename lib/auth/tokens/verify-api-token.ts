import { getPrisma } from '@/lib/db/client';
import { AppError } from '@/lib/errors/app-error';
import { ROLES, type Role } from '../roles';
import { type User } from '../user';
import { hashApiToken, TOKEN_PREFIX } from './hash-api-token';

const INVALID = () => new AppError({ code: 'unauthenticated', message: 'Invalid, expired or revoked API token' });

/** Resolves a personal API token (Authorization: Bearer) to its owner, with the roles it carries. */
export async function verifyApiToken(token: string): Promise<User> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) throw INVALID();
  const prisma = getPrisma();
  const row = await prisma.apiToken.findUnique({ where: { tokenHash: hashApiToken(token) } });
  const now = new Date();
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now)) throw INVALID();
  // Best effort: a lost lastUsedAt update must not fail the request.
  void prisma.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } }).catch(() => undefined);
  return {
    id: row.userId,
    name: row.userName,
    email: null,
    roles: row.roles.filter((role): role is Role => (ROLES as readonly string[]).includes(role)),
    teams: row.teams,
    via: 'api-token',
  };
}
