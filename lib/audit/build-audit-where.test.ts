import { describe, expect, it } from 'vitest';
import { auditQuerySchema } from './audit-query';
import { buildAuditWhere } from './build-audit-where';
import { resolveTeamNamespaces } from './resolve-team-namespaces';

const where = (raw: Record<string, string>, teamNamespaces?: string[]) => {
  const { limit: _limit, format: _format, ...query } = auditQuerySchema.parse(raw);
  return buildAuditWhere(query, teamNamespaces);
};

describe('buildAuditWhere', () => {
  it('matches everything without filters, ignoring empty URL parameters', () => {
    expect(where({ actor: '', action: '', from: '' })).toEqual({});
  });

  it.each([
    ['an actor by id, name or e-mail', { actor: 'Bob' }, { OR: [{ actorId: { equals: 'Bob', mode: 'insensitive' } }, { actorName: { equals: 'Bob', mode: 'insensitive' } }, { actorEmail: { equals: 'Bob', mode: 'insensitive' } }] }],
    ['an exact action', { action: 'kubeconfig.downloaded' }, { action: 'kubeconfig.downloaded' }],
    ['an action family', { action: 'change-request.' }, { action: { startsWith: 'change-request.' } }],
    ['a target cluster', { name: 'pay-1' }, { targetName: 'pay-1' }],
    ['a time range', { from: '2026-11-21T10:00:00Z', to: '2026-11-21T11:00:00Z' }, { occurredAt: { gte: new Date('2026-11-21T10:00:00Z'), lt: new Date('2026-11-21T11:00:00Z') } }],
    ['a page cursor', { before: '42' }, { id: { lt: 42n } }],
  ])('filters on %s', (_what, raw, clause) => {
    expect(where(raw)).toEqual({ AND: [clause] });
  });

  it('turns a team into its namespaces', () => {
    expect(where({}, ['team-a', 'team-a-dev'])).toEqual({ AND: [{ targetNamespace: { in: ['team-a', 'team-a-dev'] } }] });
  });

  it('rejects a date that is not a date', () => {
    expect(() => auditQuerySchema.parse({ from: 'yesterday' })).toThrow();
  });
});

describe('resolveTeamNamespaces', () => {
  const teams = [{ name: 'payments', namespaces: ['team-payments'] }];

  it('returns the namespaces of a configured team and nothing without a team', () => {
    expect(resolveTeamNamespaces({ team: 'payments', teams })).toEqual(['team-payments']);
    expect(resolveTeamNamespaces({ team: undefined, teams })).toBeUndefined();
  });

  it('refuses an unknown team with a validation error', () => {
    expect(() => resolveTeamNamespaces({ team: 'nobody', teams })).toThrow(/Unknown team "nobody"/);
  });
});
