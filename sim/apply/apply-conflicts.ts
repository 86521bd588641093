// Apply conflicts as kube-apiserver reports them: one per (manager, field), in the Status it answers with
// (409 Conflict, causes of type FieldManagerConflict, "Apply failed with N conflicts: ...").
import { ApiError } from '../core/api-error';
import { type FieldSet, listMemberPaths } from './field-set';
import type { ManagerRecord } from './managed-fields-entries';
import { compareElements, formatElement } from './path-element';

export interface ApplyConflict {
  /** the manager name, e.g. "kubectl-edit" */
  manager: string;
  /** the field in fieldpath notation, e.g. `.spec.topology.workers.machineDeployments[name="md-0"].replicas` */
  field: string;
  operation: 'Apply' | 'Update';
  apiVersion: string;
  subresource?: string;
}

export function listConflicts(record: ManagerRecord, set: FieldSet): ApplyConflict[] {
  return listMemberPaths(set, compareElements).map((path) => ({
    manager: record.manager,
    field: path.map(formatElement).join(''),
    operation: record.operation,
    apiVersion: record.apiVersion,
    ...(record.subresource ? { subresource: record.subresource } : {}),
  }));
}

/** `"kubectl-edit" using cluster.x-k8s.io/v1beta2`, as printManager formats a conflicting manager. */
export function describeConflictManager(conflict: { manager: string; operation?: string; apiVersion?: string; subresource?: string }): string {
  let text = JSON.stringify(conflict.manager);
  if (conflict.subresource) text += ` with subresource ${JSON.stringify(conflict.subresource)}`;
  if (conflict.operation === 'Update' && conflict.apiVersion) text += ` using ${conflict.apiVersion}`;
  return text;
}

/** The 409 the API server answers a conflicting apply with (what kubectl turns into its conflict help text). */
export function applyConflictError(conflicts: readonly ApplyConflict[]): ApiError {
  return new ApiError({
    reason: 'Conflict',
    code: 409,
    message: conflictMessage(conflicts),
    details: {
      causes: conflicts.map((c) => ({ reason: 'FieldManagerConflict', message: `conflict with ${describeConflictManager(c)}`, field: c.field })),
    },
  });
}

function conflictMessage(conflicts: readonly ApplyConflict[]): string {
  const first = conflicts[0];
  if (conflicts.length === 1 && first) return `Apply failed with 1 conflict: conflict with ${describeConflictManager(first)}: ${first.field}`;
  const byManager = new Map<string, string[]>();
  for (const conflict of conflicts) {
    const key = describeConflictManager(conflict);
    byManager.set(key, [...(byManager.get(key) ?? []), conflict.field]);
  }
  const lines: string[] = [];
  for (const manager of [...byManager.keys()].sort()) {
    lines.push(`conflicts with ${manager}:`);
    for (const field of byManager.get(manager) ?? []) lines.push(`- ${field}`);
  }
  return `Apply failed with ${conflicts.length} conflicts: ${lines.join('\n')}`;
}
