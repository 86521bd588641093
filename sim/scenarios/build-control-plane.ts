// A reconciled KubeadmControlPlane with its machine template clone and control-plane Machines.
import { buildMachine } from './build-machine';
import { buildTemplateClone } from './build-template-clone';
import { type ClusterBuild, seededMetadata, timeAfter } from './cluster-build';
import { healthyConditions, v1beta1Ready } from './conditions';
import { controllerRef, groupOf, LABELS, nameSuffix } from './naming';
import type { ClassTemplates } from './resolve-class-templates';
import type { SeedObject } from './types';

const KCP_CONDITIONS = {
  Available: 'Available', Initialized: 'Initialized', CertificatesAvailable: 'Available', EtcdClusterHealthy: 'Healthy',
  ControlPlaneComponentsHealthy: 'Healthy', MachinesReady: 'Ready', MachinesUpToDate: 'UpToDate', RollingOut: 'NotRollingOut',
  ScalingUp: 'NotScalingUp', ScalingDown: 'NotScalingDown', Remediating: 'NotRemediating', Deleting: 'NotDeleting', Paused: 'NotPaused',
};

export function buildControlPlane(options: { build: ClusterBuild; templates: ClassTemplates; replicas: number; version: string; topology: boolean }): { objects: SeedObject[]; kcp: SeedObject } {
  const { build, templates, replicas, version } = options;
  const kcpName = `${build.clusterName}-${nameSuffix(build.random)}`;
  const machineTemplate = buildTemplateClone({
    build, template: templates.controlPlaneMachine, topology: options.topology,
    name: options.topology ? `${build.clusterName}-${nameSuffix(build.random)}` : `${build.clusterName}-control-plane`,
  });
  const ready = timeAfter(build, 400);
  const kubeadmConfigSpec = (templates.controlPlane.spec.kubeadmConfigSpec ?? {}) as Record<string, unknown>;
  const kcp: SeedObject = {
    apiVersion: 'controlplane.cluster.x-k8s.io/v1beta2',
    kind: 'KubeadmControlPlane',
    metadata: {
      ...seededMetadata(build, { name: kcpName, createdAfterSeconds: 2, labels: options.topology ? { [LABELS.topologyOwned]: '' } : {} }),
      ownerReferences: [controllerRef(build.cluster)],
      finalizers: ['kubeadm.controlplane.cluster.x-k8s.io'],
    },
    spec: {
      replicas,
      version,
      machineTemplate: { spec: { infrastructureRef: { apiGroup: groupOf(machineTemplate.apiVersion), kind: machineTemplate.kind, name: machineTemplate.metadata.name } } },
      kubeadmConfigSpec: structuredClone(kubeadmConfigSpec),
      rollout: { strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1 } } },
    },
    status: {
      replicas, readyReplicas: replicas, availableReplicas: replicas, upToDateReplicas: replicas, version, observedGeneration: 1,
      selector: `${LABELS.clusterName}=${build.clusterName},${LABELS.controlPlane}`,
      initialization: { controlPlaneInitialized: true },
      conditions: healthyConditions(KCP_CONDITIONS, ready),
      deprecated: { v1beta1: { ...v1beta1Ready(['Available', 'CertificatesAvailable', 'MachinesReady'], ready), readyReplicas: replicas, updatedReplicas: replicas, unavailableReplicas: 0 } },
    },
  };
  const objects: SeedObject[] = [machineTemplate, kcp];
  const { initConfiguration: _init, joinConfiguration: join, clusterConfiguration: _cc, ...rest } = kubeadmConfigSpec;
  for (let i = 0; i < replicas; i++) {
    objects.push(...buildMachine({
      build, owner: kcp, version, controlPlane: true, createdAfterSeconds: 10 + i * 240,
      name: `${kcpName}-${nameSuffix(build.random)}`,
      infraSpec: templates.controlPlaneMachine.spec,
      bootstrapSpec: i === 0 ? kubeadmConfigSpec : { ...rest, ...(join ? { joinConfiguration: join } : {}) },
      labels: { [LABELS.controlPlane]: '', [LABELS.controlPlaneName]: kcpName },
    }));
  }
  return { objects, kcp };
}
