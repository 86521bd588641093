import { type Env } from '@/lib/config/env';
import { timingSafeEqual } from 'node:crypto';
import { type QuarterdeckConfig } from '@/lib/config/config-schema';

export const DEMO_PASSWORD = 'quarterdeck';

/**
 * Demo users are a development and demo convenience: refused when NODE_ENV=production unless
 * QUARTERDECK_ALLOW_DEMO_USERS=true (npm start sets it in demo mode only).
 */
export function demoUsersEnabled(env: Env = process.env): boolean {
  return env.NODE_ENV !== 'production' || env.QUARTERDECK_ALLOW_DEMO_USERS === 'true';
}

export function findDemoUser(options: { config: QuarterdeckConfig; username: string; password: string }) {
  const user = options.config.auth.demoUsers.find((candidate) => candidate.username === options.username);
  const given = Buffer.from(options.password);
  const expected = Buffer.from(DEMO_PASSWORD);
  const passwordOk = given.length === expected.length && timingSafeEqual(given, expected);
  return user && passwordOk ? user : undefined;
}
