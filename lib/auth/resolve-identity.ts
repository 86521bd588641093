import { type QuarterdeckConfig } from '@/lib/config/config-schema';
import { ROLES, type Role } from './roles';

/** Maps a user's OIDC groups to Quarterdeck roles and teams through the config file. */
export function resolveIdentity(options: { groups: readonly string[]; config: QuarterdeckConfig }): { roles: Role[]; teams: string[] } {
  const groups = new Set(options.groups);
  const roles = ROLES.filter((role) => (options.config.roleMapping[role] ?? []).some((group) => groups.has(group)));
  const teams = options.config.teams.filter((team) => team.groups.some((group) => groups.has(group))).map((team) => team.name);
  return { roles, teams };
}
