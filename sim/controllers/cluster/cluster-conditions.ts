// Cluster conditions that mirror or summarize its infrastructure cluster, control plane and workers.
import type { KubeObject } from '../../core/kube-object';
import { aggregateCondition } from '../runtime/aggregate';
import { findCondition, type ConditionInput } from '../runtime/conditions';
import { rec } from '../runtime/json';

export function infrastructureReady(options: { ref: Record<string, unknown> | undefined; infra: KubeObject | undefined; provisioned: boolean; topology: boolean }): ConditionInput {
  const { ref, infra } = options;
  if (!ref) return { type: 'InfrastructureReady', status: 'False', reason: 'DoesNotExist', message: options.topology ? 'Waiting for cluster topology to be reconciled' : 'spec.infrastructureRef is not set' };
  if (!infra) return { type: 'InfrastructureReady', status: 'False', reason: 'DoesNotExist', message: `${String(ref.kind)} does not exist` };
  const ready = findCondition(infra, 'Ready');
  if (options.provisioned && (!ready || ready.status === 'True')) return { type: 'InfrastructureReady', status: 'True', reason: 'Ready' };
  return { type: 'InfrastructureReady', status: 'False', reason: ready?.status === 'False' && ready.reason && !('severity' in ready) ? ready.reason : 'NotReady', message: ready?.message || `${infra.kind} status.initialization.provisioned is false` };
}

export function controlPlaneAvailable(options: { ref: Record<string, unknown> | undefined; cp: KubeObject | undefined; topology: boolean }): ConditionInput {
  if (!options.ref) return { type: 'ControlPlaneAvailable', status: 'False', reason: 'DoesNotExist', message: options.topology ? 'Waiting for cluster topology to be reconciled' : '' };
  if (!options.cp) return { type: 'ControlPlaneAvailable', status: 'False', reason: 'DoesNotExist', message: `${String(options.ref.kind)} does not exist` };
  const available = findCondition(options.cp, 'Available');
  if (!available) return { type: 'ControlPlaneAvailable', status: 'Unknown', reason: 'AvailableUnknown', message: `Condition Available not yet reported from ${options.cp.kind}` };
  return { type: 'ControlPlaneAvailable', status: available.status, reason: available.reason ?? 'NotAvailable', message: available.message };
}

export function workersAvailable(mds: KubeObject[]): ConditionInput {
  return aggregateCondition({ type: 'WorkersAvailable', sourceType: 'Available', objects: mds, noun: 'MachineDeployment', reasons: { ok: 'Available', notOk: 'NotAvailable', unknown: 'AvailableUnknown', none: 'NoWorkers' } });
}

/** RollingOut/ScalingUp/ScalingDown/Remediating: True when any of the control plane or MachineDeployments is. */
export function summaryOf(type: string, sources: KubeObject[]): ConditionInput {
  const active = sources.filter((s) => findCondition(s, type)?.status === 'True');
  const negative = `Not${type}`;
  if (!active.length) return { type, status: 'False', reason: negative };
  const lines = active.slice(0, 3).map((s) => {
    const msg = findCondition(s, type)?.message ?? '';
    return `* ${s.kind} ${s.metadata.name}:${msg ? `\n${msg.split('\n').map((l) => `  ${l}`).join('\n')}` : ''}`;
  });
  return { type, status: 'True', reason: type, message: lines.join('\n') };
}

export function replicaSummary(objs: KubeObject[], desired: (o: KubeObject) => number): Record<string, number> {
  const sum = (f: (o: KubeObject) => number) => objs.reduce((n, o) => n + f(o), 0);
  const field = (name: string) => (o: KubeObject) => Number(rec(o.status)[name] ?? 0);
  return { desiredReplicas: sum(desired), replicas: sum(field('replicas')), upToDateReplicas: sum(field('upToDateReplicas')), readyReplicas: sum(field('readyReplicas')), availableReplicas: sum(field('availableReplicas')) };
}

/** status.controlPlane.versions / status.workers.versions: replicas per Kubernetes version. */
export function versionSummary(objs: KubeObject[]): { version: string; replicas: number }[] {
  const counts = new Map<string, number>();
  for (const o of objs) {
    const versions = rec(o.status).versions;
    for (const v of Array.isArray(versions) ? versions : []) {
      const entry = rec(v);
      if (typeof entry.version === 'string') counts.set(entry.version, (counts.get(entry.version) ?? 0) + Number(entry.replicas ?? 0));
    }
  }
  return [...counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([version, replicas]) => ({ version, replicas }));
}
