import { AppError } from '@/lib/errors/app-error';

/** The namespaces of a configured team; an unknown team is a validation error, not an empty page. */
export function resolveTeamNamespaces(options: { team: string | undefined; teams: readonly { name: string; namespaces: readonly string[] }[] }): string[] | undefined {
  if (!options.team) return undefined;
  const team = options.teams.find((candidate) => candidate.name === options.team);
  if (!team) throw new AppError({ code: 'validation', message: `Unknown team "${options.team}"`, details: { fieldErrors: [{ field: 'team', message: 'not a configured team' }] } });
  return [...team.namespaces];
}
