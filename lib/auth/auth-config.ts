import { type NextAuthConfig } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { z } from 'zod';
import { getConfig } from '@/lib/config/get-config';
import { demoUsersEnabled, findDemoUser } from './demo-users';
import { resolveIdentity } from './resolve-identity';

const credentialsSchema = z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) });
const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

function buildProviders(): NextAuthConfig['providers'] {
  const { config } = getConfig();
  const providers: NextAuthConfig['providers'] = [];
  const oidc = config.auth.oidc;
  if (oidc) {
    providers.push({
      id: 'oidc',
      name: oidc.displayName,
      type: 'oidc',
      issuer: oidc.issuer,
      clientId: oidc.clientId,
      clientSecret: process.env.AUTH_OIDC_CLIENT_SECRET,
      authorization: { params: { scope: 'openid profile email groups' } },
      profile(profile: Record<string, unknown>) {
        const groups = profile[oidc.groupsClaim];
        return {
          id: String(profile.sub),
          name: typeof profile.name === 'string' ? profile.name : String(profile.sub),
          email: typeof profile.email === 'string' ? profile.email : null,
          groups: Array.isArray(groups) ? groups.filter((group): group is string => typeof group === 'string') : [],
        };
      },
    });
  }
  if (config.auth.demoUsers.length > 0 && demoUsersEnabled()) {
    providers.push(
      Credentials({
        id: 'credentials',
        name: 'Demo users',
        credentials: { username: { label: 'Username' }, password: { label: 'Password', type: 'password' } },
        authorize(raw) {
          const parsed = credentialsSchema.safeParse(raw);
          if (!parsed.success) return null;
          const user = findDemoUser({ config, ...parsed.data });
          return user ? { id: `demo:${user.username}`, name: user.name, email: user.email, groups: user.groups } : null;
        },
      }),
    );
  }
  return providers;
}

export function buildAuthConfig(): NextAuthConfig {
  return {
    trustHost: true,
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: '/sign-in' },
    providers: buildProviders(),
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.sub = user.id ?? token.sub;
          token.groups = (user as { groups?: string[] }).groups ?? [];
        }
        return token;
      },
      session({ session, token }) {
        const groups = Array.isArray(token.groups) ? token.groups.filter((group): group is string => typeof group === 'string') : [];
        const identity = resolveIdentity({ groups, config: getConfig().config });
        session.user.id = token.sub ?? '';
        session.user.roles = identity.roles;
        session.user.teams = identity.teams;
        return session;
      },
    },
  };
}
