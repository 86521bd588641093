// The live (client-side) check of the whole form: the input schema for the cluster basics and
// lib/capi/variables' validateValue for every variable and per-pool override — the same rules
// the server applies before the dry-run.
import { variableFieldErrors } from '@/lib/capi/variables/map-dry-run-errors';
import { validateValue } from '@/lib/capi/variables/validate-value';
import type { FormVariable } from '@/lib/capi/variables/variable-types';
import { clusterRequestInputSchema, type ClusterRequestInput } from '@/lib/catalog/cluster-request-input';
import type { FieldError } from './request-form-state';

export interface ValidatedForm {
  variables: readonly FormVariable[];
  versions: readonly string[];
  /** Variables a pool of this worker class may override. */
  overridesFor: (workerClass: string) => readonly FormVariable[];
}

function checkVariable(options: { variable: FormVariable | undefined; name: string; value: unknown; prefix: string }): FieldError[] {
  const { variable, value, prefix } = options;
  if (!variable) return [{ field: prefix, message: `is not a variable of this class` }];
  if (value === undefined) return variable.required ? [{ field: prefix, message: 'is required' }] : [];
  return variableFieldErrors({ prefix, errors: validateValue({ schema: variable.schema, value }) });
}

function basicsErrors(values: ClusterRequestInput): FieldError[] {
  const parsed = clusterRequestInputSchema.safeParse(values);
  if (parsed.success) return [];
  // One message per field: an empty name is "required", not also "not a DNS label".
  const byField = new Map<string, string>();
  for (const issue of parsed.error.issues) {
    const field = issue.path.map(String).join('.');
    if (!byField.has(field)) byField.set(field, issue.message);
  }
  return [...byField].map(([field, message]) => ({ field, message }));
}

export function validateRequest(options: { form: ValidatedForm; values: ClusterRequestInput }): FieldError[] {
  const { form, values } = options;
  const errors = basicsErrors(values);
  if (form.versions.length > 0 && !form.versions.includes(values.version)) errors.push({ field: 'version', message: `must be one of ${form.versions.join(', ')}` });
  const seen = new Set<string>();
  values.workers.forEach((pool, index) => {
    if (seen.has(pool.name)) errors.push({ field: `workers.${index}.name`, message: 'is already used by another pool' });
    seen.add(pool.name);
  });
  const byName = new Map(form.variables.map((variable) => [variable.name, variable]));
  for (const variable of form.variables) {
    errors.push(...checkVariable({ variable, name: variable.name, value: values.variables[variable.name], prefix: `variables.${variable.name}` }));
  }
  for (const name of Object.keys(values.variables)) {
    if (!byName.has(name)) errors.push({ field: `variables.${name}`, message: 'is not a variable of this class' });
  }
  values.workers.forEach((pool, index) => {
    const allowed = new Map(form.overridesFor(pool.class).map((variable) => [variable.name, variable]));
    for (const [name, value] of Object.entries(pool.overrides)) {
      errors.push(...checkVariable({ variable: allowed.get(name), name, value, prefix: `workers.${index}.overrides.${name}` }));
    }
  });
  return errors;
}

/** The optional time-to-live, with the bounds POST /api/change-requests accepts (1 hour to 90 days). */
export function validateTtl(ttlHours: number | undefined): FieldError[] {
  if (ttlHours === undefined) return [];
  if (!Number.isInteger(ttlHours) || ttlHours < 1 || ttlHours > 24 * 90) return [{ field: 'ttlHours', message: 'must be a whole number of hours from 1 to 2160' }];
  return [];
}
