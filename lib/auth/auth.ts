import NextAuth from 'next-auth';
import { buildAuthConfig } from './auth-config';

// Lazy config: the configuration file is read at request time, after start-up validated it.
export const { handlers, auth, signIn, signOut } = NextAuth(() => buildAuthConfig());
