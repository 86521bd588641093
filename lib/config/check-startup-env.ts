import { type Env } from '@/lib/config/env';
import { AppError } from '@/lib/errors/app-error';

/**
 * Checks made before anything starts. Outside demo mode, sessions must be signed with a real
 * secret: without AUTH_SECRET Quarterdeck refuses to start rather than run insecurely.
 */
export function checkStartupEnv(options: { demo: boolean; env: Env }): void {
  const secret = options.env.AUTH_SECRET;
  if (!options.demo && (!secret || secret.trim() === '')) {
    throw new AppError({
      code: 'bad-request',
      message: 'AUTH_SECRET is not set. Outside demo mode Quarterdeck refuses to start without it: generate one with `openssl rand -base64 33` and set AUTH_SECRET.',
    });
  }
  if (!options.demo && secret && secret.length < 32) {
    throw new AppError({ code: 'bad-request', message: 'AUTH_SECRET is too short: use at least 32 characters of random data.' });
  }
}
