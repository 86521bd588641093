// MachineDeployment controller: one MachineSet per template hash, rolling updates between them
// (maxSurge/maxUnavailable), scaling, and cleanup of drained-out old MachineSets.
import type { KubeObject } from '../../core/kube-object';
import { CORE_API_VERSION, FINALIZER_MACHINE_DEPLOYMENT, LABEL_CLUSTER_NAME, LABEL_DEPLOYMENT_NAME, LABEL_MD_TEMPLATE_HASH } from '../kinds';
import type { ControllerContext } from '../runtime/context';
import { rec, str } from '../runtime/json';
import { isPaused } from '../runtime/paused';
import { planRollout, rollingLimits } from './rollout-plan';
import { templateHash } from './template-hash';
import { writeMachineDeploymentStatus } from './write-machine-deployment-status';

const COMPONENT = 'machinedeployment-controller';

export function reconcileMachineDeployment(ctx: ControllerContext, md: KubeObject): void {
  const sets = ctx.cache.listOwnedBy('MachineSet', md.metadata.uid);
  if (isPaused(ctx, md) || rec(md.spec).paused === true) return writeMachineDeploymentStatus({ ctx, md, sets });
  if (md.metadata.deletionTimestamp) {
    for (const ms of sets) ctx.remove(ms);
    writeMachineDeploymentStatus({ ctx, md, sets });
    if (!sets.length) ctx.patch(md, (d) => void (d.metadata.finalizers = (d.metadata.finalizers ?? []).filter((f) => f !== FINALIZER_MACHINE_DEPLOYMENT)));
    return;
  }
  if (!md.metadata.finalizers?.includes(FINALIZER_MACHINE_DEPLOYMENT)) ctx.patch(md, (d) => void (d.metadata.finalizers = [...(d.metadata.finalizers ?? []), FINALIZER_MACHINE_DEPLOYMENT]));
  const spec = rec(md.spec);
  const replicas = typeof spec.replicas === 'number' ? spec.replicas : 1;
  const hash = templateHash(md);
  const live = sets.filter((s) => !s.metadata.deletionTimestamp);
  const newSet = live.find((s) => s.metadata.labels?.[LABEL_MD_TEMPLATE_HASH] === hash) ?? createMachineSet(ctx, md, hash, live.length ? 0 : replicas);
  if (!newSet) return;
  const oldSets = live.filter((s) => s !== newSet && s.metadata.uid !== newSet.metadata.uid).sort((a, b) => a.metadata.creationTimestamp.localeCompare(b.metadata.creationTimestamp));
  const state = (s: KubeObject) => ({ name: s.metadata.name, replicas: Number(rec(s.spec).replicas ?? 0), available: Number(rec(s.status).availableReplicas ?? 0) });
  const strategy = rec(rec(spec.rollout).strategy);
  const rolling = rec(strategy.rollingUpdate);
  const limits = rollingLimits({ replicas, maxSurge: rolling.maxSurge, maxUnavailable: rolling.maxUnavailable });
  const plan = planRollout({ replicas, ...limits, newSet: state(newSet), oldSets: oldSets.map(state) });
  scaleSet(ctx, md, newSet, plan.newReplicas);
  for (const old of oldSets) {
    const target = plan.oldReplicas.get(old.metadata.name) ?? 0;
    const machines = ctx.cache.listOwnedBy('Machine', old.metadata.uid);
    if (target === 0 && Number(rec(old.spec).replicas ?? 0) === 0 && machines.length === 0) {
      ctx.remove(old);
      ctx.event(md, { type: 'Normal', reason: 'SuccessfulDelete', message: `Deleted MachineSet "${old.metadata.name}"`, component: COMPONENT });
    } else scaleSet(ctx, md, old, target);
  }
  writeMachineDeploymentStatus({ ctx, md, sets: ctx.cache.listOwnedBy('MachineSet', md.metadata.uid) });
}

function scaleSet(ctx: ControllerContext, md: KubeObject, ms: KubeObject, replicas: number): void {
  const current = Number(rec(ms.spec).replicas ?? 0);
  if (current === replicas) return;
  ctx.patch(ms, (d) => void (d.spec = { ...rec(d.spec), replicas }));
  ctx.event(md, { type: 'Normal', reason: 'SuccessfulScale', message: `Scaled ${replicas > current ? 'up' : 'down'} MachineSet ${ms.metadata.name} from ${current} to ${replicas} replicas`, component: COMPONENT });
}

function createMachineSet(ctx: ControllerContext, md: KubeObject, hash: string, replicas: number): KubeObject | undefined {
  const spec = rec(md.spec);
  const template = rec(spec.template);
  const clusterName = str(spec.clusterName) ?? md.metadata.labels?.[LABEL_CLUSTER_NAME] ?? '';
  const labels: Record<string, string> = { ...(rec(rec(template.metadata).labels) as Record<string, string>), [LABEL_CLUSTER_NAME]: clusterName, [LABEL_DEPLOYMENT_NAME]: md.metadata.name, [LABEL_MD_TEMPLATE_HASH]: hash };
  const name = `${md.metadata.name}-${ctx.random.hex(5)}`;
  const ms = ctx.create({
    apiVersion: CORE_API_VERSION,
    kind: 'MachineSet',
    metadata: { name, namespace: md.metadata.namespace, uid: '', resourceVersion: '', creationTimestamp: '', labels, ownerReferences: [{ apiVersion: md.apiVersion, kind: md.kind, name: md.metadata.name, uid: md.metadata.uid, controller: true, blockOwnerDeletion: true }] },
    spec: {
      clusterName,
      replicas,
      deletion: { order: str(rec(spec.deletion).order) ?? 'Random' },
      selector: { matchLabels: { ...(rec(rec(spec.selector).matchLabels) as Record<string, string>), [LABEL_MD_TEMPLATE_HASH]: hash } },
      template: { metadata: { ...rec(template.metadata), labels }, spec: structuredClone(rec(template.spec)) },
    },
  });
  if (ms) ctx.event(md, { type: 'Normal', reason: 'SuccessfulCreate', message: `Created MachineSet "${name}" with ${replicas} replicas`, component: COMPONENT });
  return ms;
}
