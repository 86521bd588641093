import { type Role } from './roles';

/** The signed-in principal as every route handler sees it. */
export interface User {
  id: string;
  name: string;
  email: string | null;
  roles: Role[];
  teams: string[];
  /** How the request was authenticated. */
  via: 'session' | 'api-token';
}
