import { describe, expect, it } from 'vitest';
import type { AuditEventView } from './audit-event-view';
import { csvCell, toAuditCsv } from './to-audit-csv';

describe('csvCell', () => {
  it.each([
    ['plain text', 'alice', 'alice'],
    ['a formula', '=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['a plus sign', '+1', "'+1"],
    ['a minus sign', '-2+3', "'-2+3"],
    ['an at sign', '@SUM(A1)', "'@SUM(A1)"],
    ['a leading tab', '\t=1', "'\t=1"],
    ['a comma', 'a,b', '"a,b"'],
    ['a newline', 'a\nb', '"a\nb"'],
    ['null', null, ''],
    ['an object as JSON', { k: 'v' }, '"{""k"":""v""}"'],
  ])('writes %s safely', (_what, value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('toAuditCsv', () => {
  it('writes a header and one CRLF-terminated line per event', () => {
    const event: AuditEventView = {
      id: '7',
      occurredAt: '2026-11-21T10:00:00.000Z',
      actor: { id: 'u-bob', name: 'Bob', email: 'bob@example.com', roles: ['approver', 'viewer'], ip: '10.0.0.1', userAgent: 'ua' },
      action: 'change-request.approved',
      target: { managementCluster: 'mgmt-eu-west', kind: 'Cluster', namespace: 'team-payments', name: 'pay-1' },
      requestId: null,
      payload: { comment: '=cmd' },
      hash: 'h',
    };
    const lines = toAuditCsv([event]).split('\r\n');
    expect(lines[0]).toBe('id,occurredAt,actorId,actorName,actorEmail,actorRoles,actorIp,action,managementCluster,kind,namespace,name,requestId,payload,hash');
    expect(lines[1]).toBe('7,2026-11-21T10:00:00.000Z,u-bob,Bob,bob@example.com,approver viewer,10.0.0.1,change-request.approved,mgmt-eu-west,Cluster,team-payments,pay-1,,"{""comment"":""=cmd""}",h');
    expect(lines).toHaveLength(3);
  });
});
