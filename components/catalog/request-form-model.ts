// What the request form needs from GET /api/catalog/{mc}/{ns}/{name}, with the per-pool override
// lookup resolved once.
import type { FormVariable } from '@/lib/capi/variables/variable-types';
import type { ClassForm } from '@/lib/catalog/catalog-types';
import type { ClusterRequestInput } from '@/lib/catalog/cluster-request-input';
import type { ValidatedForm } from './validate-request';

export interface RequestFormModel extends ValidatedForm {
  className: string;
  defaults: ClusterRequestInput;
  namespaces: readonly string[];
  workerClasses: readonly string[];
}

export function toRequestFormModel(form: ClassForm): RequestFormModel {
  const byName = new Map(form.variables.map((variable) => [variable.name, variable]));
  const overrides = new Map(
    form.workerClasses.map((workerClass) => [workerClass.class, workerClass.variables.map((name) => byName.get(name)).filter((variable): variable is FormVariable => variable !== undefined)]),
  );
  const namespaces = form.namespaces.includes(form.defaults.namespace) || form.defaults.namespace === '' ? form.namespaces : [form.defaults.namespace, ...form.namespaces];
  return {
    className: form.entry.name,
    defaults: form.defaults,
    variables: form.variables,
    versions: form.versions,
    namespaces,
    workerClasses: form.workerClasses.map((workerClass) => workerClass.class),
    overridesFor: (workerClass) => overrides.get(workerClass) ?? [],
  };
}
