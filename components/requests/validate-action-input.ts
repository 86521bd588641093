import { changeRequestInputSchema, type ChangeRequestInput } from '@/lib/change-requests/change-request-input';

export type FieldErrors = Record<string, string>;

/** Checks a dialog's request in the browser with the API's own schema; errors keyed by field. */
export function validateActionInput(raw: unknown): { ok: true; input: ChangeRequestInput } | { ok: false; errors: FieldErrors } {
  const result = changeRequestInputSchema.safeParse(raw);
  if (result.success) return { ok: true, input: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) errors[issue.path.join('.') || 'form'] ??= issue.message;
  return { ok: false, errors };
}

/** Field errors from an API error's `details.fieldErrors` ([{ field, message }]). */
export function fieldErrorsFromDetails(details: unknown): FieldErrors {
  const list = (details as { fieldErrors?: unknown } | null | undefined)?.fieldErrors;
  if (!Array.isArray(list)) return {};
  const errors: FieldErrors = {};
  for (const item of list as unknown[]) {
    const { field, message } = (item ?? {}) as { field?: unknown; message?: unknown };
    if (typeof field === 'string' && typeof message === 'string') errors[field] ??= message;
  }
  return errors;
}
