import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '@/lib/config/load-config';
import { resolveIdentity } from './resolve-identity';
import { hasPermission, type Permission } from './roles';

const { config } = loadConfig({ env: {}, cwd: path.resolve(import.meta.dirname, '..', '..') });

describe('resolveIdentity with the demo configuration', () => {
  it.each(
    config.auth.demoUsers.map((user) => [user.username, user.groups] as const),
  )('maps %s to roles and teams through the group mapping', (username, groups) => {
    const expected: Record<string, { roles: string[]; teams: string[] }> = {
      alice: { roles: ['requester'], teams: ['payments'] },
      erin: { roles: ['requester'], teams: ['search'] },
      bob: { roles: ['approver'], teams: ['platform'] },
      carol: { roles: ['approver'], teams: ['platform'] },
      dave: { roles: ['viewer'], teams: [] },
      admin: { roles: ['admin'], teams: ['platform'] },
    };
    expect(resolveIdentity({ groups, config })).toEqual(expected[username]);
  });

  it('gives no role to a user in no mapped group', () => {
    expect(resolveIdentity({ groups: ['contractors'], config })).toEqual({ roles: [], teams: [] });
  });
});

describe('hasPermission', () => {
  it.each<[string, Permission, boolean]>([
    ['viewer', 'fleet:read', true],
    ['viewer', 'requests:create', false],
    ['requester', 'requests:create', true],
    ['requester', 'requests:approve', false],
    ['approver', 'requests:approve', true],
    ['approver', 'admin', false],
    ['admin', 'admin', true],
  ])('%s has %s: %s', (role, permission, expected) => {
    expect(hasPermission([role as 'viewer'], permission)).toBe(expected);
  });
});
