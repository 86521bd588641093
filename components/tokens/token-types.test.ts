import { describe, expect, it } from 'vitest';
import { parseExpiresInDays, tokenStatus } from './token-types';

const now = Date.parse('2026-11-21T12:00:00Z');

describe('tokenStatus', () => {
  it.each([
    [{ expiresAt: '2026-12-01T00:00:00Z', revokedAt: null }, 'active'],
    [{ expiresAt: null, revokedAt: null }, 'active'],
    [{ expiresAt: '2026-11-21T12:00:00Z', revokedAt: null }, 'expired'],
    [{ expiresAt: '2026-12-01T00:00:00Z', revokedAt: '2026-11-20T00:00:00Z' }, 'revoked'],
  ])('calls %o %s', (item, expected) => {
    expect(tokenStatus(item, now)).toBe(expected);
  });
});

describe('parseExpiresInDays', () => {
  it.each([
    ['30', { ok: true, days: 30 }],
    ['365', { ok: true, days: 365 }],
    ['0', { ok: false, message: 'between 1 and 365 days' }],
    ['366', { ok: false, message: 'between 1 and 365 days' }],
    ['1.5', { ok: false, message: 'between 1 and 365 days' }],
    ['', { ok: false, message: 'between 1 and 365 days' }],
  ])('reads %j', (value, expected) => {
    expect(parseExpiresInDays(value)).toEqual(expected);
  });
});
