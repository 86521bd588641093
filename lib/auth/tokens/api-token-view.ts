// What the API shows of a token: never the hash, never the token (that is shown once, at creation).
import { z } from 'zod';
import type { ApiTokenModel } from '@/lib/db/generated/models/ApiToken';

export const createApiTokenBodySchema = z.strictObject({
  name: z.string().trim().min(1, 'is required').max(100),
  expiresInDays: z.number().int().min(1).max(365),
});
export type CreateApiTokenBody = z.infer<typeof createApiTokenBodySchema>;

export interface ApiTokenView {
  id: string;
  name: string;
  prefix: string;
  userId: string;
  userName: string;
  roles: string[];
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export function toApiTokenView(row: ApiTokenModel): ApiTokenView {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    userId: row.userId,
    userName: row.userName,
    roles: row.roles,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}
