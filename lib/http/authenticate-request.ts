import { getSessionUser } from '@/lib/auth/get-session-user';
import { verifyApiToken } from '@/lib/auth/tokens/verify-api-token';
import { type User } from '@/lib/auth/user';
import { AppError } from '@/lib/errors/app-error';

/** Bearer API token when an Authorization header is present, else the Auth.js session cookie. */
export async function authenticateRequest(request: Request): Promise<User> {
  const header = request.headers.get('authorization');
  if (header !== null) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) throw new AppError({ code: 'unauthenticated', message: 'Malformed Authorization header: expected "Bearer <token>"' });
    return verifyApiToken(match[1]);
  }
  const user = await getSessionUser();
  if (!user) throw new AppError({ code: 'unauthenticated', message: 'Sign in required (no session, or the session expired)' });
  return user;
}
