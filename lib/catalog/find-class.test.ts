import { describe, expect, it } from 'vitest';
import type { User } from '@/lib/auth/user';
import { configSchema } from '@/lib/config/config-schema';
import { findClass } from './find-class';

const user: User = { id: 'alice', name: 'Alice', email: null, roles: ['requester'], teams: ['payments'], via: 'session' };
const config = configSchema.parse({});
const lookup = { user, managementCluster: 'mc-1', namespace: 'classes', name: 'missing', source: () => [], config };

describe('findClass', () => {
  it('answers unavailable, not not-found, while the management cluster has not listed its ClusterClasses yet', () => {
    expect(() => findClass({ ...lookup, listed: () => false })).toThrow(expect.objectContaining({ code: 'unavailable', message: 'mc-1 is still loading its ClusterClasses; try again in a moment' }));
  });

  it('answers not-found once the ClusterClasses have been listed', () => {
    expect(() => findClass({ ...lookup, listed: () => true })).toThrow(expect.objectContaining({ code: 'not-found' }));
  });
});
