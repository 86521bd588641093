import { describe, expect, it } from 'vitest';
import { toPgPoolConfig } from './to-pg-pool-config';

describe('toPgPoolConfig', () => {
  it('splits a URL into discrete fields, decoding credentials', () => {
    expect(toPgPoolConfig('postgresql://app%40x:p%2Fw@db.example:6543/quarterdeck')).toEqual({
      host: 'db.example',
      port: 6543,
      user: 'app@x',
      password: 'p/w',
      database: 'quarterdeck',
      ssl: undefined,
    });
  });

  it('defaults the port and honours sslmode=require', () => {
    expect(toPgPoolConfig('postgres://u:p@[::1]/db?sslmode=require')).toMatchObject({ host: '::1', port: 5432, ssl: { rejectUnauthorized: false } });
  });

  it('rejects a URL that is not postgres', () => {
    expect(() => toPgPoolConfig('mysql://u:p@h/db')).toThrow(/postgres:\/\//);
  });
});
