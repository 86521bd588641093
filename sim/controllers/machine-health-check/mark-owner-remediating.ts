import type { KubeObject } from '../../core/kube-object';
import { conditionsOf, mergeConditions } from '../runtime/conditions';
import type { ControllerContext } from '../runtime/context';
import { rec } from '../runtime/json';

/** What the owner (MachineSet/KCP) records on a machine it deletes to remediate it. */
export function markOwnerRemediating(ctx: ControllerContext, machine: KubeObject): void {
  const conditions = mergeConditions({ existing: conditionsOf(machine), next: [{ type: 'OwnerRemediated', status: 'False', reason: 'MachineDeleting', message: 'Machine is deleting' }], now: ctx.nowIso(), generation: machine.metadata.generation });
  ctx.writeStatus(machine, { ...rec(machine.status), conditions });
}
