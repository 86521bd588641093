import { auth } from './auth';
import { type User } from './user';

/** The signed-in user of this request, from the Auth.js session cookie, or null. */
export async function getSessionUser(): Promise<User | null> {
  const session = await auth();
  if (!session?.user?.id) return null;
  return {
    id: session.user.id,
    name: session.user.name ?? session.user.id,
    email: session.user.email ?? null,
    roles: session.user.roles,
    teams: session.user.teams,
    via: 'session',
  };
}
