// GET/POST /api/tokens shapes (H2's ApiTokenView). The token itself is only in the POST answer.
import type { ApiTokenView } from '@/lib/auth/tokens/api-token-view';

export type ApiTokenItem = ApiTokenView;

export interface ApiTokenList {
  items: ApiTokenItem[];
}

export interface CreatedApiToken {
  token: string;
  item: ApiTokenItem;
}

export type TokenStatus = 'active' | 'expired' | 'revoked';

export function tokenStatus(item: Pick<ApiTokenItem, 'expiresAt' | 'revokedAt'>, now: number): TokenStatus {
  if (item.revokedAt) return 'revoked';
  return item.expiresAt && Date.parse(item.expiresAt) <= now ? 'expired' : 'active';
}

/** The create form's days field: a whole number of days from 1 to 365, else a message. */
export function parseExpiresInDays(value: string): { ok: true; days: number } | { ok: false; message: string } {
  const days = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isInteger(days) || days < 1 || days > 365) return { ok: false, message: 'between 1 and 365 days' };
  return { ok: true, days };
}
