import { afterEach, describe, expect, it, vi } from 'vitest';
import { disconnectPrisma, getPrisma } from './client';

afterEach(async () => {
  await disconnectPrisma();
  vi.unstubAllEnvs();
});

describe('getPrisma', () => {
  it('explains what to do when DATABASE_URL is not set', () => {
    vi.stubEnv('DATABASE_URL', '');

    expect(() => getPrisma()).toThrow(/DATABASE_URL is not set/);
  });

  it('returns the same client on every call, as hot reloads do, without connecting', () => {
    vi.stubEnv('DATABASE_URL', 'postgresql://u:p@127.0.0.1:1/never');

    expect(getPrisma()).toBe(getPrisma());
  });

  it('creates a new client when DATABASE_URL changes', () => {
    vi.stubEnv('DATABASE_URL', 'postgresql://u:p@127.0.0.1:1/one');
    const first = getPrisma();
    vi.stubEnv('DATABASE_URL', 'postgresql://u:p@127.0.0.1:1/two');

    expect(getPrisma()).not.toBe(first);
  });
});
