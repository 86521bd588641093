import { type RootCauseRule } from './types';

/** Provider-side failures, checked first: their messages carry the cloud's own error codes. */
export const INFRASTRUCTURE_RULES: RootCauseRule[] = [
  {
    id: 'expired-credentials',
    class: 'infrastructure',
    match: [{ message: 'ExpiredToken|RequestExpired|InvalidClientTokenId|UnrecognizedClientException|AuthFailure|security token included in the request is (expired|invalid)|AADSTS7000222|AADSTS700024|AADSTS7000215|invalid_client|client secret keys? .*expired|Cannot complete login due to an incorrect user name or password|NotAuthenticated|InvalidLogin|401 Unauthorized' }],
    hint: {
      meaning: 'The provider controller can no longer authenticate to the cloud: its credentials (static keys, client secret, vCenter password) expired or were rotated.',
      nextEvidence: 'Check the identity referenced by the infrastructure cluster (AWSClusterStaticIdentity/AWSClusterRoleIdentity, AzureClusterIdentity secret expiry, VSphereClusterIdentity secret) and the provider controller logs for 401/403s.',
    },
  },
  {
    id: 'aws-insufficient-capacity',
    class: 'infrastructure',
    match: [{ message: 'InsufficientInstanceCapacity|InsufficientHostCapacity|InsufficientFreeAddressesInSubnet|Unsupported: Your requested instance type .* is not supported in your requested Availability Zone' }],
    hint: {
      meaning: 'AWS has no capacity for the instance type in the chosen Availability Zone (or the subnet ran out of IPs); CAPA keeps retrying the same AZ.',
      nextEvidence: 'Look at the AWSMachine InstanceReady message for the instance type and AZ; check whether other failure domains have capacity or switch the machine template instance type.',
    },
  },
  {
    id: 'azure-sku-or-quota',
    class: 'infrastructure',
    match: [{ message: 'SkuNotAvailable|exceeding approved .* quota|QuotaExceeded|OperationNotAllowed.*quota|AllocationFailed|ZonalAllocationFailed|OverconstrainedAllocationRequest' }],
    hint: {
      meaning: 'Azure rejected the VM: the size is not offered in this region/zone (SkuNotAvailable) or the subscription core quota is used up.',
      nextEvidence: 'Read the AzureMachine VMRunning message for the SKU and region; check `az vm list-skus` restrictions and the subscription quota for the VM family.',
    },
  },
  {
    id: 'vsphere-provisioning',
    class: 'infrastructure',
    match: [
      { reason: 'CloningFailed|PoweringOnFailed|TaskFailure' },
      { message: 'Insufficient (disk space|resources)|No host is compatible|failed to clone|resource pool .* not found|datastore .* not found|unable to find template' },
    ],
    hint: {
      meaning: 'vCenter could not clone or power on the VM (capacity on the cluster/datastore, missing template or resource pool).',
      nextEvidence: 'Open the VSphereVM/VSphereMachine VMProvisioned message and the vCenter task history for the clone task; check datastore free space and HA admission control.',
    },
  },
  {
    id: 'gcp-or-openstack-capacity',
    class: 'infrastructure',
    match: [{ message: 'ZONE_RESOURCE_POOL_EXHAUSTED|QUOTA_EXCEEDED|Quota exceeded for|No valid host was found|exceeded quota' }],
    hint: {
      meaning: 'The cloud has no capacity or quota left for the requested machine.',
      nextEvidence: 'Check the infrastructure machine conditions for the zone/flavor and the project quota; try another failure domain.',
    },
  },
  {
    id: 'control-plane-endpoint',
    class: 'infrastructure',
    match: [
      { type: 'LoadBalancerReady|APIServerLoadBalancer.*|LoadBalancersReady|LoadBalancerAvailable' },
      { message: 'load ?balancer|controlPlaneEndpoint|control plane endpoint' },
    ],
    hint: {
      meaning: 'The API server endpoint (load balancer / VIP) was not created, so the Cluster has no controlPlaneEndpoint and no control plane machine can be initialized.',
      nextEvidence: 'Check the infrastructure cluster LoadBalancerReady condition and Cluster spec.controlPlaneEndpoint; for kube-vip/VIP setups check the address is free.',
    },
  },
];
