import { type DefaultSession } from 'next-auth';
import { type Role } from './roles';

declare module 'next-auth' {
  interface Session {
    user: { id: string; roles: Role[]; teams: string[] } & DefaultSession['user'];
  }
}

declare module '@auth/core/jwt' {
  interface JWT {
    groups?: string[];
  }
}
