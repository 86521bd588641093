import { type RootCauseRule } from './types';

/** Cluster API level failure modes, after the provider ones. */
export const CLUSTER_RULES: RootCauseRule[] = [
  {
    id: 'stuck-deletion',
    class: 'deletion',
    match: [
      { reason: 'DeletionFailed|WaitingForInfrastructureDeletion|WaitingForWorkersDeletion|WaitingForControlPlaneDeletion|WaitingForPreTerminateHook|WaitingForVolumeDetach|WaitingForBootstrapDeletion' },
      { message: 'DependencyViolation|has dependencies and cannot be deleted|finalizer' },
    ],
    hint: {
      meaning: 'Deletion is blocked: an object keeps its finalizer because the provider cannot delete a cloud resource, a hook is pending or volumes never detach.',
      nextEvidence: 'Follow the Deleting condition message down to the object still holding a finalizer (`kubectl get <kind> -o yaml`), then the provider logs for that resource.',
    },
  },
  {
    id: 'missing-cni',
    class: 'addons-cni',
    match: [{ message: 'cni plugin not initialized|NetworkPluginNotReady|network plugin is not ready|NetworkReady=false|no networks found in /etc/cni/net.d' }],
    hint: {
      meaning: 'Nodes joined but stay NotReady because no CNI is installed or it crashes: the ClusterResourceSet/addon for the CNI did not apply.',
      nextEvidence: 'Check the ClusterResourceSet(Binding) for the CNI and the CNI pods in kube-system of the workload cluster.',
    },
  },
  {
    id: 'etcd-unhealthy',
    class: 'control-plane',
    match: [{ type: 'EtcdClusterHealthy|EtcdMemberHealthy|EtcdPodHealthy' }, { message: 'etcd' }],
    hint: {
      meaning: 'etcd is unhealthy (member down, alarm such as NOSPACE, quorum at risk); KubeadmControlPlane refuses to scale or roll out until it recovers.',
      nextEvidence: 'Read the EtcdMemberHealthy message on each control plane Machine; check etcd alarms and disk usage on the failing member.',
    },
  },
  {
    id: 'drain-blocked-by-pdb',
    class: 'workers-rollout',
    match: [{ message: 'disruption budget|PodDisruptionBudget|cannot evict pod' }],
    hint: {
      meaning: 'Node drain cannot evict a pod because its PodDisruptionBudget allows no disruption, so the old Machine is never deleted and the rollout stalls.',
      nextEvidence: 'Find the PDB named in the Deleting/DrainingSucceeded message and the pods it protects; consider nodeDrainTimeout or scaling the workload.',
    },
  },
  {
    id: 'remediation-storm',
    class: 'workers-rollout',
    match: [{ type: 'RemediationAllowed', status: ['False'] }, { reason: 'TooManyUnhealthy|RemediationNotAllowed' }, { message: 'maxUnhealthy|unhealthyLessThanOrEqualTo|Remediation is not allowed' }],
    hint: {
      meaning: 'Too many Machines are unhealthy at once: the MachineHealthCheck stopped remediating (maxUnhealthy) — usually a shared cause (network, CNI, bad image) rather than single machines.',
      nextEvidence: 'Compare the HealthCheckSucceeded messages across Machines to find the common cause before allowing more remediation.',
    },
  },
  {
    id: 'node-never-joined',
    class: 'bootstrap',
    match: [
      { reason: 'NodeStartupTimeout|WaitingForNodeRef' },
      { type: 'BootstrapConfigReady|BootstrapReady|DataSecretAvailable', status: ['False'] },
      { type: 'NodeReady|NodeHealthy', reason: 'NodeDoesNotExist' },
      { message: 'kubeadm (join|init).*fail|cloud-init.*(fail|error)|failed to join' },
    ],
    hint: {
      meaning: 'The machine exists but its node never registered: kubeadm join/init or cloud-init failed on the host, or it cannot reach the API server endpoint.',
      nextEvidence: 'Get the instance console/cloud-init log (/var/log/cloud-init-output.log) of the Machine and the KubeadmConfig status; check the endpoint is reachable from the node subnet.',
    },
  },
  {
    id: 'workload-unreachable',
    class: 'connectivity',
    match: [{ type: 'RemoteConnectionProbe', status: ['False', 'Unknown'] }, { reason: 'ConnectionDown|ProbeFailed|RemoteConnectionFailed' }],
    hint: {
      meaning: 'The management cluster cannot reach the workload cluster API server, so Machine/Node health is stale.',
      nextEvidence: 'Check the control plane endpoint from the management cluster (network policy, LB health, kubeconfig secret) and the control plane Machines.',
    },
  },
  {
    id: 'paused',
    class: 'paused',
    match: [{ type: 'Paused', status: ['True'] }],
    hint: { meaning: 'Reconciliation is paused (spec.paused or the cluster.x-k8s.io/paused annotation): nothing will change until it is resumed.', nextEvidence: 'Ask who paused it (move, maintenance) before unpausing.' },
  },
];

/** Fallbacks by where the deepest failing link sits, used when no specific rule matched. */
export const GENERIC_RULES: RootCauseRule[] = [
  { id: 'infrastructure-not-ready', class: 'infrastructure', generic: true, match: [{ kinds: ['AWSCluster', 'AWSMachine', 'AzureCluster', 'AzureMachine', 'VSphereCluster', 'VSphereMachine', 'DockerCluster', 'DockerMachine', 'GCPCluster', 'GCPMachine', 'OpenStackCluster', 'OpenStackMachine'] }, { type: 'InfrastructureReady' }], hint: { meaning: 'The infrastructure provider has not provisioned this object.', nextEvidence: 'Read the provider object conditions and the provider controller logs.' } },
  { id: 'control-plane-not-available', class: 'control-plane', generic: true, match: [{ kinds: ['KubeadmControlPlane'] }, { type: 'ControlPlaneAvailable|ControlPlaneComponentsHealthy|APIServerPodHealthy|ControllerManagerPodHealthy|SchedulerPodHealthy' }], hint: { meaning: 'The control plane is not available.', nextEvidence: 'Check the KubeadmControlPlane conditions and the static pods on the control plane Machines.' } },
  { id: 'workers-not-available', class: 'workers-rollout', generic: true, match: [{ kinds: ['MachineDeployment', 'MachineSet', 'MachinePool'] }, { type: 'WorkersAvailable' }], hint: { meaning: 'Worker machines are not available or the rollout makes no progress.', nextEvidence: 'Check the MachineDeployment RollingOut/ScalingUp messages and the newest Machines.' } },
];
