import type { KubeObject } from '../../core/kube-object';
import { LABEL_CLUSTER_NAME, LABEL_CONTROL_PLANE, LABEL_CONTROL_PLANE_NAME } from '../kinds';
import { createMachine, templateRefOf } from '../machine/create-machine';
import type { ControllerContext } from '../runtime/context';
import { list, rec, str } from '../runtime/json';

export const CP_READINESS_GATES = ['APIServerPodHealthy', 'ControllerManagerPodHealthy', 'SchedulerPodHealthy', 'EtcdPodHealthy', 'EtcdMemberHealthy'];

function pickFailureDomain(cluster: KubeObject | undefined, machines: KubeObject[]): string | undefined {
  const domains = list(rec(cluster?.status).failureDomains).map(rec).filter((d) => d.controlPlane === true).map((d) => str(d.name) ?? '').filter(Boolean);
  if (!domains.length) return undefined;
  const count = (fd: string): number => machines.filter((m) => rec(m.spec).failureDomain === fd).length;
  return [...domains].sort((a, b) => count(a) - count(b) || a.localeCompare(b))[0];
}

/** KCP creates one Machine at a time: kubeadm init for the first, join for the others. */
export function createControlPlaneMachine(options: { ctx: ControllerContext; kcp: KubeObject; cluster: KubeObject | undefined; machines: KubeObject[]; init: boolean }): KubeObject {
  const { ctx, kcp, cluster, machines, init } = options;
  const spec = rec(kcp.spec);
  const machineTemplate = rec(spec.machineTemplate);
  const infraTemplate = templateRefOf(rec(machineTemplate.spec).infrastructureRef);
  if (!infraTemplate) throw new Error('spec.machineTemplate.spec.infrastructureRef is not set');
  const clusterName = kcp.metadata.labels?.[LABEL_CLUSTER_NAME] ?? cluster?.metadata.name ?? '';
  const kubeadm = structuredClone(rec(spec.kubeadmConfigSpec));
  const bootstrapSpec = init ? { ...kubeadm, joinConfiguration: undefined } : { ...kubeadm, clusterConfiguration: undefined, initConfiguration: undefined, joinConfiguration: rec(kubeadm.joinConfiguration) };
  for (const key of Object.keys(bootstrapSpec)) if (bootstrapSpec[key as keyof typeof bootstrapSpec] === undefined) delete bootstrapSpec[key as keyof typeof bootstrapSpec];
  return createMachine(ctx, {
    owner: kcp,
    name: `${kcp.metadata.name}-${ctx.random.hex(5)}`,
    clusterName,
    labels: { ...(rec(rec(machineTemplate.metadata).labels) as Record<string, string>), [LABEL_CLUSTER_NAME]: clusterName, [LABEL_CONTROL_PLANE]: '', [LABEL_CONTROL_PLANE_NAME]: kcp.metadata.name },
    annotations: rec(rec(machineTemplate.metadata).annotations) as Record<string, string>,
    version: str(spec.version),
    infraTemplate,
    bootstrapSpec,
    failureDomain: pickFailureDomain(cluster, machines),
    extraSpec: { readinessGates: CP_READINESS_GATES.map((conditionType) => ({ conditionType })), ...(rec(machineTemplate.spec).deletion ? { deletion: rec(machineTemplate.spec).deletion } : {}) },
  });
}
