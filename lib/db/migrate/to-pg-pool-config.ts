import type { PoolConfig } from 'pg';

/**
 * Splits a postgres:// URL into discrete pg options. The pg driver lets a connectionString
 * override explicit fields, so the adapter's shadow database (`{ ...config, database }`)
 * would silently point back at the main database if we passed the URL through.
 */
export function toPgPoolConfig(databaseUrl: string): PoolConfig {
  const url = new URL(databaseUrl);
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new Error(`Expected a postgres:// URL, got ${url.protocol}//…`);
  }
  const sslmode = url.searchParams.get('sslmode');
  return {
    host: decodeURIComponent(url.hostname).replace(/^\[(.*)\]$/, '$1'),
    port: url.port === '' ? 5432 : Number(url.port),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: decodeURIComponent(url.pathname.replace(/^\//, '')) || 'postgres',
    ssl: sslmode === 'require' || sslmode === 'verify-full' ? { rejectUnauthorized: sslmode === 'verify-full' } : undefined,
  };
}
