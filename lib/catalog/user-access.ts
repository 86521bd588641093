// Which classes and namespaces a user may request with: admins any; others their teams'.
import type { User } from '@/lib/auth/user';
import type { QuarterdeckConfig } from '@/lib/config/config-schema';
import type { CatalogEntry } from './catalog-types';

export function isAdmin(user: User): boolean {
  return user.roles.includes('admin');
}

export function mayUseClass(user: User, entry: Pick<CatalogEntry, 'teams'>): boolean {
  return isAdmin(user) || entry.teams === 'all' || entry.teams.some((team) => user.teams.includes(team));
}

/** Namespaces the user may create clusters in, their own teams' first. */
export function userNamespaces(options: { user: User; config: QuarterdeckConfig }): string[] {
  const { user, config } = options;
  const own = config.teams.filter((team) => user.teams.includes(team.name)).flatMap((team) => team.namespaces);
  const rest = isAdmin(user) ? config.teams.flatMap((team) => team.namespaces) : [];
  return [...new Set([...own, ...rest])];
}

/** The team owning a namespace (for the `quarterdeck.dev/team` label). */
export function teamOfNamespace(options: { config: QuarterdeckConfig; namespace: string }): string | undefined {
  return options.config.teams.find((team) => team.namespaces.includes(options.namespace))?.name;
}
