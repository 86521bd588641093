// Runs an apply plan against the management cluster. Idempotent: an object already carrying this
// request's annotation (or already gone, for a delete) was handled by an earlier attempt that
// crashed before its bookkeeping, so it is not written again.
import { deleteObject } from '@/lib/k8s/apply/delete-object';
import { getObject } from '@/lib/k8s/apply/get-object';
import { serverSideApply } from '@/lib/k8s/apply/server-side-apply';
import type { KubeFailure } from '@/lib/k8s/request/kube-failure';
import { CHANGE_REQUEST_ANNOTATION, type ApplyPlan, type PlanObject } from './apply-plan';

export type ApplyOutcome =
  | { kind: 'applied'; auditId: string | null }
  | { kind: 'drift'; message: string }
  | { kind: 'transient'; message: string }
  | { kind: 'permanent'; message: string };

const TRANSIENT: readonly KubeFailure['kind'][] = ['timeout', 'unreachable', 'server-error', 'too-many-requests', 'gone'];

function outcomeOf(failure: KubeFailure, hasResourceVersion: boolean): ApplyOutcome {
  if (failure.kind === 'conflict' && hasResourceVersion && !failure.causes.some((cause) => cause.reason === 'FieldManagerConflict')) {
    return { kind: 'drift', message: `the object changed since it was approved: ${failure.message}` };
  }
  if (TRANSIENT.includes(failure.kind)) return { kind: 'transient', message: failure.message };
  return { kind: 'permanent', message: failure.message };
}

async function readLive(managementCluster: string, object: PlanObject) {
  return await getObject({ managementCluster, apiVersion: object.apiVersion, kind: object.kind, namespace: object.metadata.namespace, name: object.metadata.name });
}

export async function executeApplyPlan(options: { managementCluster: string; requestId: string; plan: ApplyPlan }): Promise<ApplyOutcome> {
  let auditId: string | null = null;
  for (const step of options.plan.steps) {
    const live = await readLive(options.managementCluster, step.object);
    if (!live.ok && live.failure.kind !== 'not-found') return outcomeOf(live.failure, false);
    const current = live.ok ? live.value : null;
    if (step.op === 'delete') {
      if (!current || current.metadata.deletionTimestamp) continue;
      const rv = step.object.metadata.resourceVersion;
      const deleted = await deleteObject({ managementCluster: options.managementCluster, apiVersion: step.object.apiVersion, kind: step.object.kind, namespace: step.object.metadata.namespace, name: step.object.metadata.name, preconditions: { uid: step.uid, resourceVersion: rv } });
      if (!deleted.ok) return deleted.failure.kind === 'not-found' ? { kind: 'applied', auditId } : outcomeOf(deleted.failure, rv !== undefined);
      auditId = deleted.auditId ?? auditId;
      continue;
    }
    const annotations = (current?.metadata.annotations ?? {}) as Record<string, string>;
    if (current && annotations[CHANGE_REQUEST_ANNOTATION] === options.requestId) continue;
    const rv = step.object.metadata.resourceVersion;
    if (rv === undefined && current) return { kind: 'permanent', message: `${step.object.kind} ${step.object.metadata.namespace ?? ''}/${step.object.metadata.name} already exists` };
    if (rv !== undefined && !current) return { kind: 'drift', message: `${step.object.kind} ${step.object.metadata.name} no longer exists` };
    // The apply carries the resourceVersion as a precondition too (kube-apiserver answers 409);
    // checking it here as well covers API servers that ignore it on apply (the simulator does).
    if (rv !== undefined && current && current.metadata.resourceVersion !== rv) return { kind: 'drift', message: `${step.object.kind} ${step.object.metadata.name} changed since it was approved (resourceVersion ${rv} → ${current.metadata.resourceVersion})` };
    const applied = await serverSideApply({ managementCluster: options.managementCluster, object: step.object, fieldManager: step.fieldManager, force: step.force });
    if (!applied.ok) return outcomeOf(applied.failure, rv !== undefined);
    auditId = applied.auditId ?? auditId;
  }
  return { kind: 'applied', auditId };
}
