// The Cluster object of a reconciled workload cluster: topology (or classic refs) and ready status.
import type { ClusterBuild } from './cluster-build';
import { seededMetadata, timeAfter } from './cluster-build';
import { healthyConditions, v1beta1Ready } from './conditions';
import { LABELS } from './naming';
import type { ReconciledClusterPlan } from './build-reconciled-cluster';
import type { SeedObject } from './types';

type Ref = { apiGroup: string; kind: string; name: string };

const CLUSTER_CONDITIONS = {
  Available: 'Available', InfrastructureReady: 'Ready', ControlPlaneInitialized: 'Initialized', ControlPlaneAvailable: 'Available',
  WorkersAvailable: 'Available', RemoteConnectionProbe: 'ProbeSucceeded', MachinesReady: 'Ready', MachinesUpToDate: 'UpToDate',
  RollingOut: 'NotRollingOut', ScalingUp: 'NotScalingUp', ScalingDown: 'NotScalingDown', Remediating: 'NotRemediating', Deleting: 'NotDeleting', Paused: 'NotPaused',
};

function versionsOf(entries: Array<{ version: string; replicas: number }>): Array<{ version: string; replicas: number }> {
  const counts = new Map<string, number>();
  for (const { version, replicas } of entries) counts.set(version, (counts.get(version) ?? 0) + replicas);
  return [...counts].map(([version, replicas]) => ({ version, replicas }));
}

export function buildClusterObject(options: { build: ClusterBuild; plan: ReconciledClusterPlan; infrastructureRef: Ref; controlPlaneRef: Ref; workerVersions: Array<{ version: string; replicas: number; name: string }> }): Omit<SeedObject, 'apiVersion' | 'kind'> {
  const { build, plan } = options;
  const ready = timeAfter(build, 900);
  const workers = options.workerVersions.reduce((sum, w) => sum + w.replicas, 0);
  const cp = plan.controlPlaneReplicas;
  const topology = {
    classRef: { name: plan.templates.className, ...(plan.classNamespace ? { namespace: plan.classNamespace } : {}) },
    version: plan.version,
    controlPlane: { replicas: cp },
    workers: {
      machineDeployments: plan.machineDeployments.map((md) => ({
        class: md.class, name: md.name, replicas: md.replicas,
        ...(md.version && md.version !== plan.version ? { metadata: { annotations: { 'topology.cluster.x-k8s.io/defer-upgrade': '' } } } : {}),
      })),
    },
    ...(plan.variables?.length ? { variables: plan.variables } : {}),
  };
  return {
    metadata: {
      ...build.cluster.metadata,
      ...seededMetadata(build, { name: plan.name, createdAfterSeconds: 0, labels: plan.labels, annotations: plan.annotations }),
      uid: build.cluster.metadata.uid,
      finalizers: ['cluster.cluster.x-k8s.io'],
      labels: { [LABELS.clusterName]: plan.name, ...(plan.topology ? { 'topology.cluster.x-k8s.io/class': plan.templates.className } : {}), ...plan.labels },
    },
    spec: {
      clusterNetwork: { pods: { cidrBlocks: ['192.168.0.0/16'] }, services: { cidrBlocks: ['10.128.0.0/12'] }, serviceDomain: 'cluster.local' },
      controlPlaneEndpoint: { host: `${plan.name}.${plan.namespace}.sim.quarterdeck.dev`, port: 6443 },
      infrastructureRef: options.infrastructureRef,
      controlPlaneRef: options.controlPlaneRef,
      ...(plan.topology ? { topology } : {}),
    },
    status: {
      phase: 'Provisioned',
      observedGeneration: 1,
      initialization: { infrastructureProvisioned: true, controlPlaneInitialized: true },
      controlPlane: { desiredReplicas: cp, replicas: cp, readyReplicas: cp, availableReplicas: cp, upToDateReplicas: cp, versions: [{ version: plan.version, replicas: cp }] },
      workers: { desiredReplicas: workers, replicas: workers, readyReplicas: workers, availableReplicas: workers, upToDateReplicas: workers, versions: versionsOf(options.workerVersions) },
      conditions: [
        ...healthyConditions(CLUSTER_CONDITIONS, ready),
        ...(plan.topology ? healthyConditions({ TopologyReconciled: 'ReconcileSucceeded' }, ready) : []),
      ],
      deprecated: { v1beta1: v1beta1Ready(['ControlPlaneInitialized', 'ControlPlaneReady', 'InfrastructureReady', ...(plan.topology ? ['TopologyReconciled'] : [])], ready) },
    },
  };
}
