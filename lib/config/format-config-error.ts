import { type z } from 'zod';

/** One line per problem, each naming the field path: `managementClusters[0].name: must be …`. */
export function formatConfigError(options: { source: string; error: z.ZodError }): string {
  const lines = options.error.issues.map((issue) => {
    const path = issue.path
      .map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? String(part) : `.${String(part)}`))
      .join('');
    return `  - ${path || '(root)'}: ${issue.message}`;
  });
  return `Invalid Quarterdeck configuration in ${options.source}:\n${lines.join('\n')}`;
}
