import { makeClusterSet } from './make-cluster-set';
import { c, type CapiVersion, type RawObject } from './make-objects';
import { makeMachineHealthCheck } from './make-provider-objects';
import { patchConditions, patchMeta, patchStatus } from './patch-object';

const CNI_MESSAGE = 'container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized';

function workersNotReady(set: ReturnType<typeof makeClusterSet>, message: string): void {
  for (const owner of [...set.machineDeployments, ...set.machineSets]) patchConditions(owner, { v1beta2: [c('MachinesReady=False', { reason: 'NotReady', message })], v1beta1: [c('MachinesReady=False', { reason: 'NodeConditionsFailed', severity: 'Warning' })] });
  patchConditions(set.cluster, { v1beta2: [c('MachinesReady=False', { reason: 'NotReady', message }), c('WorkersAvailable=False', { reason: 'NotAvailable', message })], v1beta1: [c('Ready=False', { reason: 'NodeConditionsFailed', severity: 'Warning' })] });
}

export const clusterFailures = {
  /** Nodes joined, but no CNI: kubelet reports NetworkPluginNotReady, Machines never become Ready. */
  missingCni: (version: CapiVersion): RawObject[] => {
    const set = makeClusterSet({ version, name: 'dev-1', cpReplicas: 1, mds: [{ name: 'md-0', replicas: 2 }] });
    for (const machine of set.machines) {
      patchConditions(machine, {
        v1beta2: [c('Ready=False', { reason: 'NotReady', message: `* NodeReady: ${CNI_MESSAGE}` }), c('Available=False', { reason: 'NotReady' }), c('NodeReady=False', { reason: 'NodeNotReady', message: `* Node.Ready: ${CNI_MESSAGE}` }), c('NodeHealthy=False', { reason: 'NodeNotHealthy', message: `* Node.Ready: ${CNI_MESSAGE}` })],
        v1beta1: [c('Ready=False', { reason: 'NodeConditionsFailed', severity: 'Warning' }), c('NodeHealthy=False', { reason: 'NodeConditionsFailed', severity: 'Warning', message: 'Node condition Ready is False' })],
      });
    }
    workersNotReady(set, `* Machine dev-1-md-0-7d9f8-0: NodeReady: ${CNI_MESSAGE}`);
    return set.all();
  },
  /** The instance runs but kubeadm join never completes; the MachineHealthCheck hits nodeStartupTimeout. */
  nodeNeverJoins: (version: CapiVersion): RawObject[] => {
    const set = makeClusterSet({ version, name: 'prod-2', provider: 'aws', cpReplicas: 3, mds: [{ name: 'md-0', replicas: 2 }], withHealthCheck: true });
    const machine = set.machines[4];
    if (!machine) throw new Error('fixture');
    const waiting = 'Waiting for a Node with spec.providerID aws:///eu-west-1a/i-0a1b2c3d4e5f60718 to exist';
    patchConditions(machine, {
      v1beta2: [c('Ready=False', { reason: 'NotReady', message: `* NodeHealthy: ${waiting}\n* HealthCheckSucceeded: Node failed to report startup in 10m0s` }), c('Available=False', { reason: 'NotReady' }), c('NodeReady=Unknown', { reason: 'NodeDoesNotExist', message: waiting }), c('NodeHealthy=Unknown', { reason: 'NodeDoesNotExist', message: waiting }), c('HealthCheckSucceeded=False', { reason: 'NodeStartupTimeout', message: 'Health check failed: Node failed to report startup in 10m0s' })],
      v1beta1: [c('Ready=False', { reason: 'WaitingForNodeRef', severity: 'Info' }), c('NodeHealthy=False', { reason: 'WaitingForNodeRef', severity: 'Info' }), c('HealthCheckSucceeded=False', { reason: 'NodeStartupTimeout', severity: 'Warning', message: 'Node failed to report startup in 10m0s' })],
    });
    patchStatus(machine, { phase: 'Provisioned', nodeRef: undefined, nodeInfo: undefined });
    workersNotReady(set, `* Machine prod-2-md-0-7d9f8-1: ${waiting}`);
    return set.all();
  },
  /** KubeadmControlPlane rollout stalls because one etcd member raised NOSPACE. */
  etcdUnhealthyStallsRollout: (version: CapiVersion): RawObject[] => {
    const set = makeClusterSet({ version, name: 'prod-3', cpReplicas: 3, mds: [{ name: 'md-0', replicas: 1 }], k8sVersion: 'v1.33.4' });
    ((set.cluster.spec as RawObject).topology as RawObject).version = 'v1.34.1';
    (set.controlPlane.spec as RawObject).version = 'v1.34.1';
    const member = 'Etcd member prod-3-cp-1 has alarms: NOSPACE';
    patchConditions(set.controlPlane, {
      v1beta2: [c('EtcdClusterHealthy=False', { reason: 'NotHealthy', message: `* Machine prod-3-cp-1: ${member}` }), c('RollingOut=True', { reason: 'RollingOut', message: 'Rolling out 3 not up-to-date replicas\n* Version v1.33.4, v1.34.1 required' }), c('ScalingUp=True', { reason: 'ScalingUp', message: 'Scaling up from 3 to 4 replicas is blocked because:\n* EtcdClusterHealthy: waiting for etcd cluster to become healthy' }), c('MachinesUpToDate=False', { reason: 'NotUpToDate' })],
      v1beta1: [c('EtcdClusterHealthy=False', { reason: 'EtcdClusterUnhealthy', severity: 'Error', message: `Following machines are reporting etcd member errors: prod-3-cp-1` }), c('MachinesSpecUpToDate=False', { reason: 'RollingUpdateInProgress', severity: 'Warning' }), c('Ready=False', { reason: 'RollingUpdateInProgress', severity: 'Warning' })],
    });
    patchConditions(set.machines[1] ?? {}, {
      v1beta2: [c('EtcdMemberHealthy=False', { reason: 'NotHealthy', message: member }), c('Ready=False', { reason: 'NotReady', message: `* EtcdMemberHealthy: ${member}` }), c('UpToDate=False', { reason: 'NotUpToDate', message: '* Version v1.33.4, v1.34.1 required' })],
      v1beta1: [c('EtcdMemberHealthy=False', { reason: 'EtcdMemberUnhealthy', severity: 'Error', message: member }), c('Ready=False', { reason: 'EtcdMemberUnhealthy', severity: 'Error' })],
    });
    patchConditions(set.cluster, { v1beta2: [c('ControlPlaneMachinesReady=False', { reason: 'NotReady' }), c('RollingOut=True', { reason: 'RollingOut' })], v1beta1: [c('Ready=False', { reason: 'RollingUpdateInProgress', severity: 'Warning' })] });
    return set.all();
  },
  /** A worker rollout stalls: the old Machine cannot be drained because of a PodDisruptionBudget. */
  drainBlockedByPdb: (version: CapiVersion): RawObject[] => {
    const set = makeClusterSet({ version, name: 'prod-4', cpReplicas: 1, mds: [{ name: 'md-0', replicas: 3 }] });
    const machine = set.machines[1];
    if (!machine) throw new Error('fixture');
    const drain = 'Drain not completed yet (started at 2026-11-21T08:30:00Z):\n* Pod shop/web-7d4b9c-x2k4z: cannot evict pod as it would violate the pod\'s disruption budget. The disruption budget web-pdb needs 3 healthy pods and has 3 currently';
    patchMeta(machine, { deletionTimestamp: '2026-11-21T08:30:00Z', finalizers: ['machine.cluster.x-k8s.io'] });
    patchConditions(machine, { v1beta2: [c('Deleting=True', { reason: 'DrainingNode', message: drain }), c('Ready=False', { reason: 'NotReady', message: `* Deleting: ${drain}` })], v1beta1: [c('DrainingSucceeded=False', { reason: 'Draining', severity: 'Info', message: 'Draining the node before deletion' })] });
    for (const owner of set.machineDeployments) patchConditions(owner, { v1beta2: [c('RollingOut=True', { reason: 'RollingOut', message: 'Rolling out 3 not up-to-date replicas' }), c('ScalingDown=True', { reason: 'ScalingDown', message: `Scaling down from 4 to 3 replicas\n* Machine prod-4-md-0-7d9f8-0 is being deleted` })] });
    return set.all();
  },
  /** More machines unhealthy than maxUnhealthy allows: the MachineHealthCheck stops remediating. */
  remediationStorm: (version: CapiVersion): RawObject[] => {
    const set = makeClusterSet({ version, name: 'prod-5', cpReplicas: 1, mds: [{ name: 'md-0', replicas: 5 }] });
    const lost = 'Kubelet stopped posting node status.';
    for (const machine of set.machines.slice(1, 4)) {
      patchConditions(machine, { v1beta2: [c('Ready=False', { reason: 'NotReady', message: `* NodeHealthy: * Node.Ready: ${lost}` }), c('NodeReady=Unknown', { reason: 'NodeReadyUnknown', message: `* Node.Ready: ${lost}` }), c('HealthCheckSucceeded=False', { reason: 'UnhealthyNode', message: 'Health check failed: Condition Ready on Node is reporting status Unknown for more than 5m0s' })], v1beta1: [c('Ready=False', { reason: 'NodeConditionsFailed', severity: 'Warning' }), c('HealthCheckSucceeded=False', { reason: 'UnhealthyNode', severity: 'Warning', message: 'Condition Ready on node is reporting status Unknown for more than 5m0s' })] });
    }
    set.healthChecks.push(makeMachineHealthCheck({
      version, cluster: 'prod-5', name: 'prod-5-md-0-mhc', selector: { 'cluster.x-k8s.io/deployment-name': 'prod-5-md-0' }, expected: 5, healthy: 2, remediationsAllowed: 0,
      v1beta2Conditions: [c('RemediationAllowed=False', { reason: 'TooManyUnhealthy', message: 'Remediation is not allowed, the number of not started or unhealthy machines exceeds maxUnhealthy (total: 5, unhealthy: 3, maxUnhealthy: 40%)' })],
      v1beta1Conditions: [c('RemediationAllowed=False', { reason: 'TooManyUnhealthy', severity: 'Warning', message: 'Remediation is not allowed, the number of not started or unhealthy machines exceeds maxUnhealthy (total: 5, unhealthy: 3, maxUnhealthy: 40%)' })],
    }));
    workersNotReady(set, `* Machines prod-5-md-0-7d9f8-0, prod-5-md-0-7d9f8-1, ...: * NodeHealthy: * Node.Ready: ${lost}`);
    return set.all();
  },
  /** Cluster deletion stuck: the AWSCluster finalizer stays because the VPC has dependencies. */
  stuckDeletion: (version: CapiVersion): RawObject[] => {
    const set = makeClusterSet({ version, name: 'old-1', provider: 'aws', cpReplicas: 0, mds: [] });
    const message = 'failed to delete VPC "vpc-0f3a": DependencyViolation: The vpc \'vpc-0f3a\' has dependencies and cannot be deleted.\n\tstatus code: 400';
    patchMeta(set.cluster, { deletionTimestamp: '2026-11-21T07:00:00Z', finalizers: ['cluster.cluster.x-k8s.io'] });
    patchMeta(set.infraCluster, { deletionTimestamp: '2026-11-21T07:00:00Z', finalizers: ['awscluster.infrastructure.cluster.x-k8s.io'] });
    patchConditions(set.infraCluster, { v1beta1: [c('Ready=False', { reason: 'DeletionFailed', severity: 'Warning', message }), c('VpcReady=False', { reason: 'DeletionFailed', severity: 'Warning', message })] });
    patchConditions(set.cluster, { v1beta2: [c('Deleting=True', { reason: 'WaitingForInfrastructureDeletion', message: '* AWSCluster old-1 deletion in progress' }), c('Available=False', { reason: 'NotAvailable', message: '* Deleting: Cluster is being deleted' })], v1beta1: [c('Ready=False', { reason: 'Deleting', severity: 'Info' })] });
    patchStatus(set.cluster, { phase: 'Deleting' });
    return set.all().filter((o) => o.kind !== 'KubeadmControlPlane');
  },
  /** spec.paused on the Cluster. */
  paused: (version: CapiVersion): RawObject[] => {
    const set = makeClusterSet({ version, name: 'frozen-1', cpReplicas: 1, mds: [] });
    (set.cluster.spec as RawObject).paused = true;
    patchConditions(set.cluster, { v1beta2: [c('Paused=True', { reason: 'Paused' })] });
    return set.all();
  },
  /** The management cluster cannot reach the workload cluster API server. */
  workloadUnreachable: (version: CapiVersion): RawObject[] => {
    const set = makeClusterSet({ version, name: 'edge-1', cpReplicas: 1, mds: [{ name: 'md-0', replicas: 1 }] });
    const probe = 'Remote connection probe failed, probe last succeeded at 2026-11-21T07:58:10Z';
    patchConditions(set.cluster, { v1beta2: [c('RemoteConnectionProbe=False', { reason: 'ProbeFailed', message: probe }), c('Available=False', { reason: 'NotAvailable', message: `* RemoteConnectionProbe: ${probe}` })] });
    for (const machine of set.machines) patchConditions(machine, { v1beta2: [c('NodeHealthy=Unknown', { reason: 'ConnectionDown', message: 'Remote connection not established yet' }), c('NodeReady=Unknown', { reason: 'ConnectionDown', message: 'Remote connection not established yet' })] });
    return set.all();
  },
};
