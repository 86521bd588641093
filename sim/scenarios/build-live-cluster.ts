// A new topology Cluster with nothing else: the simulated controllers provision it live.
import { LABELS } from './naming';
import type { SeedObject } from './types';
import type { TopologyVariable } from './class-variables';

export interface TopologyPlan {
  name: string;
  namespace: string;
  className: string;
  classNamespace: string;
  version: string;
  controlPlaneReplicas: number;
  machineDeployments: Array<{ name: string; class: string; replicas: number }>;
  variables: TopologyVariable[];
  labels: Record<string, string>;
  annotations: Record<string, string>;
}

export function buildLiveCluster(plan: TopologyPlan): SeedObject {
  return {
    apiVersion: 'cluster.x-k8s.io/v1beta2',
    kind: 'Cluster',
    metadata: { name: plan.name, namespace: plan.namespace, labels: { [LABELS.clusterName]: plan.name, ...plan.labels }, annotations: plan.annotations },
    spec: {
      clusterNetwork: { pods: { cidrBlocks: ['192.168.0.0/16'] }, services: { cidrBlocks: ['10.128.0.0/12'] }, serviceDomain: 'cluster.local' },
      topology: {
        classRef: { name: plan.className, namespace: plan.classNamespace },
        version: plan.version,
        controlPlane: { replicas: plan.controlPlaneReplicas },
        workers: { machineDeployments: plan.machineDeployments },
        variables: plan.variables,
      },
    },
  };
}
