import { describe, expect, it } from 'vitest';
import { fromLocalInput, readAuditFilters, timelineTarget, toLocalInput, writeAuditFilters } from './audit-filters';

describe('audit filters in the URL', () => {
  it('reads the known filters, dropping empty and unknown parameters', () => {
    expect(readAuditFilters(new URLSearchParams('actor=bob&action=&team=payments&page=3'))).toEqual({ actor: 'bob', team: 'payments' });
  });

  it('writes filters in a stable order and round-trips them', () => {
    const filters = { to: '2026-11-21T11:00:00.000Z', actor: 'bob', name: 'pay-1', managementCluster: 'mgmt-eu-west', namespace: 'team-payments' };
    const params = writeAuditFilters(filters);
    expect(params.toString()).toBe('actor=bob&managementCluster=mgmt-eu-west&namespace=team-payments&name=pay-1&to=2026-11-21T11%3A00%3A00.000Z');
    expect(readAuditFilters(params)).toEqual(filters);
  });

  it.each([
    [{ managementCluster: 'm', namespace: 'n', name: 'c' }, { managementCluster: 'm', namespace: 'n', name: 'c' }],
    [{ managementCluster: 'm', name: 'c' }, null],
  ])('shows a cluster timeline only for a whole target (%o)', (filters, expected) => {
    expect(timelineTarget(filters)).toEqual(expected);
  });

  it('converts datetime-local values to ISO instants and back', () => {
    const iso = fromLocalInput('2026-11-21T10:05');
    expect(iso).toBe(new Date('2026-11-21T10:05').toISOString());
    expect(toLocalInput(iso)).toBe('2026-11-21T10:05');
    expect(fromLocalInput('')).toBe('');
    expect(toLocalInput('not a date')).toBe('');
  });
});
