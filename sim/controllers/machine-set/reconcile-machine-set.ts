// MachineSet controller: keeps spec.replicas Machines (created from the template, deleted by the
// delete policy), deletes machines its MachineHealthCheck asked it to remediate, reports counters.
import type { KubeObject } from '../../core/kube-object';
import { FINALIZER_MACHINE_SET, LABEL_CLUSTER_NAME, LABEL_SET_NAME } from '../kinds';
import { createMachine, templateRefOf } from '../machine/create-machine';
import { markOwnerRemediating } from '../machine-health-check/mark-owner-remediating';
import type { ControllerContext } from '../runtime/context';
import { rec, str } from '../runtime/json';
import { isBeingRemediated } from '../runtime/replica-status';
import { isPaused } from '../runtime/paused';
import { pickMachinesToDelete } from './pick-machines-to-delete';
import { writeMachineSetStatus } from './write-machine-set-status';

const COMPONENT = 'machineset-controller';

export function reconcileMachineSet(ctx: ControllerContext, ms: KubeObject): void {
  const machines = ctx.cache.listOwnedBy('Machine', ms.metadata.uid);
  if (isPaused(ctx, ms)) return writeMachineSetStatus({ ctx, ms, machines });
  if (ms.metadata.deletionTimestamp) {
    for (const m of machines) ctx.remove(m);
    writeMachineSetStatus({ ctx, ms, machines });
    if (!machines.length) ctx.patch(ms, (d) => void (d.metadata.finalizers = (d.metadata.finalizers ?? []).filter((f) => f !== FINALIZER_MACHINE_SET)));
    return;
  }
  if (!ms.metadata.finalizers?.includes(FINALIZER_MACHINE_SET)) ctx.patch(ms, (d) => void (d.metadata.finalizers = [...(d.metadata.finalizers ?? []), FINALIZER_MACHINE_SET]));
  const spec = rec(ms.spec);
  let active = machines.filter((m) => !m.metadata.deletionTimestamp);
  for (const m of active.filter(isBeingRemediated)) {
    markOwnerRemediating(ctx, m);
    ctx.remove(m);
    ctx.event(ms, { type: 'Normal', reason: 'SuccessfulDelete', message: `Deleted machine "${m.metadata.name}" (remediation)`, component: COMPONENT });
  }
  active = active.filter((m) => !isBeingRemediated(m));
  const desired = typeof spec.replicas === 'number' ? spec.replicas : 1;
  if (active.length < desired) createMachines(ctx, ms, desired - active.length);
  if (active.length > desired) {
    const victims = pickMachinesToDelete({ machines: active, count: active.length - desired, order: str(rec(spec.deletion).order) ?? 'Random', random: ctx.random });
    for (const m of victims) {
      ctx.remove(m);
      ctx.event(ms, { type: 'Normal', reason: 'SuccessfulDelete', message: `Deleted machine "${m.metadata.name}"`, component: COMPONENT });
    }
  }
  writeMachineSetStatus({ ctx, ms, machines: ctx.cache.listOwnedBy('Machine', ms.metadata.uid) });
}

function createMachines(ctx: ControllerContext, ms: KubeObject, count: number): void {
  const spec = rec(ms.spec);
  const template = rec(spec.template);
  const tspec = rec(template.spec);
  const infraTemplate = templateRefOf(tspec.infrastructureRef);
  const bootstrapTemplate = templateRefOf(rec(tspec.bootstrap).configRef);
  const clusterName = str(spec.clusterName) ?? ms.metadata.labels?.[LABEL_CLUSTER_NAME] ?? '';
  const labels: Record<string, string> = { ...(rec(rec(template.metadata).labels) as Record<string, string>), [LABEL_CLUSTER_NAME]: clusterName, [LABEL_SET_NAME]: ms.metadata.name };
  for (let i = 0; i < count; i++) {
    const name = `${ms.metadata.name}-${ctx.random.hex(5)}`;
    try {
      if (!infraTemplate) throw new Error('spec.template.spec.infrastructureRef is not set');
      createMachine(ctx, { owner: ms, name, clusterName, labels, annotations: rec(rec(template.metadata).annotations) as Record<string, string>, version: str(tspec.version), infraTemplate, bootstrapTemplate, failureDomain: str(tspec.failureDomain), extraSpec: { ...(tspec.deletion ? { deletion: tspec.deletion } : {}), ...(tspec.minReadySeconds !== undefined ? { minReadySeconds: tspec.minReadySeconds } : {}) } });
      ctx.event(ms, { type: 'Normal', reason: 'SuccessfulCreate', message: `Created machine "${name}"`, component: COMPONENT });
    } catch (error) {
      ctx.event(ms, { type: 'Warning', reason: 'FailedCreate', message: `Failed to create machine: ${error instanceof Error ? error.message : String(error)}`, component: COMPONENT });
      ctx.requeueAfter(ms, ctx.durations.retryMs);
      return;
    }
  }
}
