// The words the error summary uses for a field path ("Worker pool 1 › Replicas"), matching the
// labels the form shows.
import { labelOf } from '@/lib/capi/variables/build-form-fields';
import type { FormField, FormVariable } from '@/lib/capi/variables/variable-types';

export const BASIC_LABELS: Record<string, string> = {
  managementCluster: 'Management cluster',
  classNamespace: 'Class namespace',
  className: 'ClusterClass',
  name: 'Cluster name',
  namespace: 'Namespace',
  version: 'Kubernetes version',
  controlPlaneReplicas: 'Control-plane replicas',
  workers: 'Worker pools',
  variables: 'Variables',
  ttlHours: 'Time to live (hours)',
};

export const POOL_LABELS: Record<string, string> = { class: 'Worker class', name: 'Pool name', replicas: 'Replicas', overrides: 'Overrides' };

function fieldLabels(field: FormField | undefined, rest: readonly string[]): string[] {
  const labels: string[] = [];
  let current = field;
  let currentLabel = field?.label ?? '';
  for (const segment of rest) {
    const child = current?.properties?.find((property) => property.name === segment);
    if (child) {
      currentLabel = child.label;
      labels.push(currentLabel);
    } else if (current?.items && /^\d+$/.test(segment)) {
      currentLabel = `${currentLabel} ${Number(segment) + 1}`;
      labels.push(currentLabel);
    } else {
      labels.push(labelOf(segment));
    }
    current = child ?? (/^\d+$/.test(segment) ? current?.items : undefined);
  }
  return labels;
}

function variableLabels(variables: readonly FormVariable[], segments: readonly string[]): string[] {
  const [name, ...rest] = segments;
  if (name === undefined) return [];
  const variable = variables.find((candidate) => candidate.name === name);
  return [variable?.field.label ?? labelOf(name), ...fieldLabels(variable?.field, rest)];
}

export function labelForPath(options: { key: string; variables: readonly FormVariable[]; overrides?: (poolIndex: number) => readonly FormVariable[] }): string {
  const [head, ...rest] = options.key.split('.');
  if (head === 'variables' && rest.length > 0) return variableLabels(options.variables, rest).join(' › ');
  if (head === 'workers' && rest[0] !== undefined && /^\d+$/.test(rest[0])) {
    const index = Number(rest[0]);
    const pool = `Worker pool ${index + 1}`;
    const [field, ...more] = rest.slice(1);
    if (field === undefined) return pool;
    if (field === 'overrides' && more.length > 0) return [pool, ...variableLabels(options.overrides?.(index) ?? options.variables, more)].join(' › ');
    return `${pool} › ${POOL_LABELS[field] ?? labelOf(field)}`;
  }
  return BASIC_LABELS[options.key] ?? (head ? labelOf(options.key) : 'Request');
}
