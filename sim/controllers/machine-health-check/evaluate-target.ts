// One MachineHealthCheck target: unhealthy when a (node) condition has matched for longer than its
// timeout, or when the Node did not show up within nodeStartupTimeout.
import type { KubeObject } from '../../core/kube-object';
import { findCondition, type ConditionInput } from '../runtime/conditions';
import { list, rec, str } from '../runtime/json';

export interface TargetHealth {
  healthy: boolean;
  condition: ConditionInput;
  /** ms until this target's verdict may change (for requeue) */
  recheckInMs?: number;
}

function duration(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return m ? `${m}m${s}s` : `${s}s`;
}

export function evaluateTarget(options: { machine: KubeObject; checks: Record<string, unknown>; now: number }): TargetHealth {
  const { machine, checks, now } = options;
  const nodeName = str(rec(rec(machine.status).nodeRef).name);
  const since = (time: string | undefined) => now - (Date.parse(time ?? '') || now);
  // The simulator has no Node objects: the Machine's NodeReady condition mirrors the Node's Ready.
  const rules = [
    ...list(checks.unhealthyNodeConditions).map((r) => ({ type: str(rec(r).type) ?? '', status: rec(r).status, timeoutSeconds: rec(r).timeoutSeconds, machineType: str(rec(r).type) === 'Ready' ? 'NodeReady' : `Node${str(rec(r).type) ?? ''}`, onNode: true })),
    ...list(checks.unhealthyMachineConditions).map((r) => ({ type: str(rec(r).type) ?? '', status: rec(r).status, timeoutSeconds: rec(r).timeoutSeconds, machineType: str(rec(r).type) ?? '', onNode: false })),
  ];
  let recheck: number | undefined;
  for (const rule of rules) {
    // conditions are only judged once the Node exists; before that nodeStartupTimeout applies
    if (!nodeName) continue;
    const c = findCondition(machine, rule.machineType);
    if (!c || c.status !== rule.status) continue;
    const timeoutMs = Number(rule.timeoutSeconds ?? 0) * 1000;
    const elapsed = since(c.lastTransitionTime);
    if (elapsed >= timeoutMs) {
      const subject = rule.onNode ? `Condition ${rule.type} on Node` : `Condition ${rule.type} on Machine`;
      return { healthy: false, condition: { type: 'HealthCheckSucceeded', status: 'False', reason: rule.onNode ? 'UnhealthyNode' : 'UnhealthyMachine', message: `Health check failed: ${subject} is reporting status ${c.status} for more than ${duration(timeoutMs / 1000)}` } };
    }
    recheck = Math.min(recheck ?? Infinity, timeoutMs - elapsed);
  }
  if (!nodeName) {
    const startupMs = Number(checks.nodeStartupTimeoutSeconds ?? 600) * 1000;
    const infraReady = findCondition(machine, 'InfrastructureReady');
    const start = infraReady?.status === 'True' ? infraReady.lastTransitionTime : undefined;
    if (start && startupMs > 0) {
      const elapsed = since(start);
      if (elapsed >= startupMs) return { healthy: false, condition: { type: 'HealthCheckSucceeded', status: 'False', reason: 'NodeStartupTimeout', message: `Health check failed: Node failed to report startup in ${duration(startupMs / 1000)}` } };
      recheck = Math.min(recheck ?? Infinity, startupMs - elapsed);
    }
  }
  return { healthy: true, condition: { type: 'HealthCheckSucceeded', status: 'True', reason: 'HealthCheckSucceeded' }, recheckInMs: recheck };
}
