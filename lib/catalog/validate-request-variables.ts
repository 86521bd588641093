// Server-side check of cluster variables and per-pool overrides against the class's schemas, with
// the form's field paths (`variables.region.cidr`, `workers.0.overrides.size`).
import { validateValue } from '@/lib/capi/variables/validate-value';
import { variableFieldErrors } from '@/lib/capi/variables/map-dry-run-errors';
import type { ClassVariable } from '@/lib/capi/variables/variable-types';
import type { FieldError } from './catalog-types';
import type { ClusterRequestInput } from './cluster-request-input';

function checkValues(options: { byName: Map<string, ClassVariable>; values: Record<string, unknown>; prefix: string }): FieldError[] {
  const errors: FieldError[] = [];
  for (const [name, value] of Object.entries(options.values)) {
    if (value === undefined) continue;
    const variable = options.byName.get(name);
    if (!variable) {
      errors.push({ field: `${options.prefix}.${name}`, message: `variable "${name}" is not defined by the ClusterClass` });
      continue;
    }
    errors.push(...variableFieldErrors({ prefix: `${options.prefix}.${name}`, errors: validateValue({ schema: variable.schema, value }) }));
  }
  return errors;
}

export function validateRequestVariables(options: { variables: ClassVariable[]; input: ClusterRequestInput }): FieldError[] {
  const byName = new Map(options.variables.map((variable) => [variable.name, variable]));
  const errors = checkValues({ byName, values: options.input.variables, prefix: 'variables' });
  for (const variable of options.variables) {
    // Required variables with a schema default are defaulted by CAPI; only the others must be given.
    if (variable.required && options.input.variables[variable.name] === undefined && variable.schema.default === undefined) {
      errors.push({ field: `variables.${variable.name}`, message: 'is required' });
    }
  }
  options.input.workers.forEach((pool, index) => errors.push(...checkValues({ byName, values: pool.overrides, prefix: `workers.${index}.overrides` })));
  return errors;
}
