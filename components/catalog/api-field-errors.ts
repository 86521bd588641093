// An API error turned into form errors: prepareClusterRequest's `details.fieldErrors`, zod's
// `details.issues` (from defineRoute), else the message alone.
import { z } from 'zod';
import { ApiRequestError } from '@/components/ui/fetch-json';
import type { FieldError } from './request-form-state';

const detailsSchema = z.object({
  fieldErrors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  issues: z.array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() })).optional(),
});

export interface FormErrors {
  fieldErrors: FieldError[];
  messages: string[];
}

/** Request bodies nest the form under a key (`request` for change requests): drop it from issue paths. */
export function apiFieldErrors(error: unknown, options: { bodyPrefix?: string } = {}): FormErrors {
  if (!(error instanceof ApiRequestError)) return { fieldErrors: [], messages: [error instanceof Error ? error.message : String(error)] };
  const details = detailsSchema.safeParse(error.details);
  const fieldErrors: FieldError[] = [...(details.success ? (details.data.fieldErrors ?? []) : [])];
  const messages: string[] = [];
  for (const issue of details.success ? (details.data.issues ?? []) : []) {
    const path = issue.path.map(String);
    if (options.bodyPrefix && path[0] === options.bodyPrefix) path.shift();
    if (path.length > 0) fieldErrors.push({ field: path.join('.'), message: issue.message });
    else messages.push(issue.message);
  }
  if (fieldErrors.length === 0 && messages.length === 0) messages.push(error.message);
  return { fieldErrors, messages };
}
