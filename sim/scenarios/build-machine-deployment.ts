// A reconciled MachineDeployment with its template clones, one MachineSet and its Machines.
import type { KubeObject } from '../core/kube-object';
import { templateHash } from '../controllers/machine-deployment/template-hash';
import { buildMachine } from './build-machine';
import { buildTemplateClone } from './build-template-clone';
import { type ClusterBuild, seededMetadata, timeAfter } from './cluster-build';
import { healthyConditions, v1beta1Ready } from './conditions';
import { controllerRef, groupOf, LABELS, nameSuffix } from './naming';
import type { ClassTemplates } from './resolve-class-templates';
import type { SeedObject } from './types';

export interface MachineDeploymentPlan {
  name: string;
  class: string;
  replicas: number;
  /** Worker version when it differs from the control plane (a deferred upgrade). */
  version?: string;
}

const MD_CONDITIONS = {
  Available: 'Available', MachinesReady: 'Ready', MachinesUpToDate: 'UpToDate', RollingOut: 'NotRollingOut',
  ScalingUp: 'NotScalingUp', ScalingDown: 'NotScalingDown', Remediating: 'NotRemediating', Deleting: 'NotDeleting', Paused: 'NotPaused',
};

function replicaStatus(options: { replicas: number; ready: string; selector: string; deployment: boolean }): Record<string, unknown> {
  const { replicas, ready } = options;
  const counters = options.deployment ? { updatedReplicas: replicas, unavailableReplicas: 0 } : { fullyLabeledReplicas: replicas };
  return {
    replicas, readyReplicas: replicas, availableReplicas: replicas, upToDateReplicas: replicas, observedGeneration: 1, selector: options.selector,
    conditions: healthyConditions(MD_CONDITIONS, ready),
    deprecated: { v1beta1: { ...v1beta1Ready(['Available', 'MachinesReady'], ready), readyReplicas: replicas, availableReplicas: replicas, ...counters } },
  };
}

export function buildMachineDeployment(options: { build: ClusterBuild; templates: ClassTemplates; plan: MachineDeploymentPlan; version: string; topology: boolean; startAfterSeconds: number }): { objects: SeedObject[]; md: SeedObject } {
  const { build, plan, topology } = options;
  const worker = options.templates.workers.get(plan.class);
  if (!worker) throw new Error(`class ${options.templates.className} has no MachineDeployment class ${plan.class}`);
  const mdName = topology ? `${build.clusterName}-${plan.name}-${nameSuffix(build.random)}` : `${build.clusterName}-${plan.name}`;
  const cloneName = (): string => (topology ? `${build.clusterName}-${plan.name}-${nameSuffix(build.random)}` : `${build.clusterName}-${plan.name}`);
  const topologyLabels: Record<string, string> = topology ? { [LABELS.topologyDeploymentName]: plan.name } : {};
  const bootstrapTemplate = buildTemplateClone({ build, template: worker.bootstrap, topology, name: cloneName(), labels: topologyLabels });
  const infraTemplate = buildTemplateClone({ build, template: worker.infrastructure, topology, name: cloneName(), labels: topologyLabels });
  const version = plan.version ?? options.version;
  const ready = timeAfter(build, options.startAfterSeconds + 300);
  const selectorLabels = { [LABELS.clusterName]: build.clusterName, [LABELS.deploymentName]: mdName };
  const machineSpec = {
    clusterName: build.clusterName,
    version,
    bootstrap: { configRef: { apiGroup: groupOf(bootstrapTemplate.apiVersion), kind: bootstrapTemplate.kind, name: bootstrapTemplate.metadata.name } },
    infrastructureRef: { apiGroup: groupOf(infraTemplate.apiVersion), kind: infraTemplate.kind, name: infraTemplate.metadata.name },
  };
  const selector = Object.entries(selectorLabels).map(([k, v]) => `${k}=${v}`).join(',');
  const md: SeedObject = {
    apiVersion: 'cluster.x-k8s.io/v1beta2',
    kind: 'MachineDeployment',
    metadata: {
      ...seededMetadata(build, { name: mdName, createdAfterSeconds: 3, labels: { ...(topology ? { [LABELS.topologyOwned]: '' } : {}), ...topologyLabels } }),
      ownerReferences: [{ ...controllerRef(build.cluster), controller: false }],
      finalizers: ['cluster.x-k8s.io/machinedeployment'],
    },
    spec: {
      clusterName: build.clusterName, replicas: plan.replicas,
      selector: { matchLabels: selectorLabels },
      template: { metadata: { labels: { ...selectorLabels, ...topologyLabels } }, spec: machineSpec },
      rollout: { strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } } },
    },
    status: { ...replicaStatus({ replicas: plan.replicas, ready, selector, deployment: true }), phase: 'Running' },
  };
  // the MachineDeployment controller names MachineSets by this hash; matching it keeps the seeded set current
  const hash = templateHash(md as unknown as KubeObject);
  const msName = `${mdName}-${nameSuffix(build.random)}`;
  const msLabels: Record<string, string> = { ...selectorLabels, ...topologyLabels, [LABELS.templateHash]: hash };
  const ms: SeedObject = {
    apiVersion: 'cluster.x-k8s.io/v1beta2',
    kind: 'MachineSet',
    metadata: { ...seededMetadata(build, { name: msName, createdAfterSeconds: 4, labels: msLabels }), ownerReferences: [controllerRef(md)], finalizers: ['cluster.x-k8s.io/machineset'] },
    spec: { clusterName: build.clusterName, replicas: plan.replicas, selector: { matchLabels: msLabels }, template: { metadata: { labels: msLabels }, spec: machineSpec } },
    status: replicaStatus({ replicas: plan.replicas, ready, selector: Object.entries(msLabels).map(([k, v]) => `${k}=${v}`).join(','), deployment: false }),
  };
  const objects: SeedObject[] = [bootstrapTemplate, infraTemplate, md, ms];
  for (let i = 0; i < plan.replicas; i++) {
    objects.push(...buildMachine({
      build, owner: ms, version, controlPlane: false, createdAfterSeconds: options.startAfterSeconds + i * 5,
      name: `${msName}-${nameSuffix(build.random)}`,
      infraSpec: worker.infrastructure.spec, bootstrapSpec: worker.bootstrap.spec,
      labels: { ...msLabels, [LABELS.setName]: msName },
    }));
  }
  return { objects, md };
}
