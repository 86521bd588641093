// ClusterClass controller: publishes the variable definitions in status.variables (as the topology
// controller's ClusterClass reconciler does) and reports VariablesReady / RefVersionsUpToDate.
import type { KubeObject } from '../../core/kube-object';
import { conditionsOf, mergeConditions, mergeV1Beta1Conditions } from '../runtime/conditions';
import type { ControllerContext } from '../runtime/context';
import { list, rec } from '../runtime/json';

export function classVariableDefinitions(cc: KubeObject): Record<string, unknown>[] {
  return list(rec(cc.spec).variables).map((v) => {
    const variable = rec(v);
    const definition: Record<string, unknown> = { from: 'inline', required: variable.required === true, schema: variable.schema ?? {} };
    if (variable.deprecatedV1Beta1Metadata) definition.deprecatedV1Beta1Metadata = variable.deprecatedV1Beta1Metadata;
    return { name: variable.name, definitions: [definition] };
  });
}

export function reconcileClusterClass(ctx: ControllerContext, cc: KubeObject): void {
  const now = ctx.nowIso();
  const prior = rec(cc.status);
  ctx.writeStatus(cc, {
    ...prior,
    observedGeneration: cc.metadata.generation ?? 1,
    variables: classVariableDefinitions(cc),
    conditions: mergeConditions({ existing: conditionsOf(cc), next: [{ type: 'VariablesReady', status: 'True', reason: 'VariablesReady' }, { type: 'RefVersionsUpToDate', status: 'True', reason: 'RefVersionsUpToDate' }], now, generation: cc.metadata.generation }),
    deprecated: { v1beta1: { conditions: mergeV1Beta1Conditions({ existing: rec(rec(prior.deprecated).v1beta1).conditions, now, next: [{ type: 'VariablesReconciled', status: 'True' }, { type: 'RefVersionsUpToDate', status: 'True' }] }) } },
  });
}
