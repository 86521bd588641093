import { makeClusterSet } from './make-cluster-set';
import { c, type CapiVersion, type Cond, type RawObject } from './make-objects';
import { patchConditions, patchMeta, patchStatus } from './patch-object';
import { type ProviderName } from './providers';

/** Marks a Machine as stuck before its infrastructure exists, as the CAPI machine controller reports it. */
export function machineWaitingForInfrastructure(machine: RawObject, infraKind: string): void {
  const notReady = `${infraKind} status.ready is false`;
  patchConditions(machine, {
    v1beta2: [
      c('Available=False', { reason: 'NotReady' }),
      c('Ready=False', { reason: 'NotReady', message: `* InfrastructureReady: ${notReady}` }),
      c('InfrastructureReady=False', { reason: 'NotReady', message: notReady }),
      c('NodeReady=Unknown', { reason: 'NodeDoesNotExist', message: `Waiting for ${infraKind} to report spec.providerID` }),
      c('NodeHealthy=Unknown', { reason: 'NodeDoesNotExist', message: `Waiting for ${infraKind} to report spec.providerID` }),
    ],
    v1beta1: [
      c('Ready=False', { reason: 'WaitingForInfrastructure', severity: 'Info' }),
      c('InfrastructureReady=False', { reason: 'WaitingForInfrastructure', severity: 'Info' }),
      c('NodeHealthy=False', { reason: 'WaitingForNodeRef', severity: 'Info' }),
    ],
  });
  patchStatus(machine, { phase: 'Provisioning', nodeRef: undefined, nodeInfo: undefined });
}

function failInfraMachine(options: { version: CapiVersion; provider: ProviderName; machineIndex: number; providerCondition: Cond; cluster?: string }): RawObject[] {
  const set = makeClusterSet({ version: options.version, name: options.cluster ?? 'prod-1', provider: options.provider, cpReplicas: 3, mds: [{ name: 'md-0', replicas: 2 }] });
  const machine = set.machines[options.machineIndex];
  const infra = set.infraMachines[options.machineIndex];
  if (!machine || !infra) throw new Error('fixture: machine index');
  patchConditions(infra, { v1beta1: [{ ...options.providerCondition, type: 'Ready' }, options.providerCondition] });
  patchStatus(infra, { ready: false });
  machineWaitingForInfrastructure(machine, String(infra.kind));
  const controlPlane = options.machineIndex < 3;
  const owner = controlPlane ? set.controlPlane : set.machineSets[0];
  if (owner) patchConditions(owner, { v1beta2: [c('MachinesReady=False', { reason: 'NotReady', message: `* Machine ${String((machine.metadata as { name: string }).name)}: * InfrastructureReady: ${String(infra.kind)} status.ready is false` }), c('ScalingUp=True', { reason: 'ScalingUp', message: 'Scaling up from 2 to 3 replicas' })], v1beta1: [c('MachinesReady=False', { reason: 'WaitingForInfrastructure', severity: 'Info' }), c('Resized=False', { reason: 'ScalingUp', severity: 'Warning' })] });
  patchConditions(set.cluster, { v1beta2: [c('MachinesReady=False', { reason: 'NotReady' })] });
  return set.all();
}

export const infrastructureFailures = {
  /** CAPA: EC2 RunInstances fails with InsufficientInstanceCapacity on a control plane Machine. */
  awsInsufficientCapacity: (version: CapiVersion) =>
    failInfraMachine({ version, provider: 'aws', machineIndex: 2, providerCondition: c('InstanceReady=False', { reason: 'InstanceProvisionFailed', severity: 'Error', message: 'failed to create AWSMachine instance: failed to run instance: InsufficientInstanceCapacity: We currently do not have sufficient m6i.xlarge capacity in the Availability Zone you requested (eu-west-1a). Our system will be working on provisioning additional capacity. You can currently get m6i.xlarge capacity by not specifying an Availability Zone in your request or choosing eu-west-1b, eu-west-1c.\n\tstatus code: 500, request id: 8f2c7a4e-1b7d-4c1e-9a55-3f0d2b6c9e11' }) }),
  /** CAPZ: VM create returns SkuNotAvailable for a worker Machine. */
  azureSkuNotAvailable: (version: CapiVersion) =>
    failInfraMachine({ version, provider: 'azure', machineIndex: 3, providerCondition: c('VMRunning=False', { reason: 'Failed', severity: 'Error', message: 'failed to create or update resource prod-1/prod-1-md-0-7d9f8-0 (service: virtualmachine): PUT https://management.azure.com/subscriptions/0000/resourceGroups/prod-1/providers/Microsoft.Compute/virtualMachines/prod-1-md-0-7d9f8-0\n--------------------------------------------------------------------------------\nRESPONSE 409: 409 Conflict\nERROR CODE: SkuNotAvailable\n--------------------------------------------------------------------------------\n{"error":{"code":"SkuNotAvailable","message":"The requested VM size for resource \'Following SKUs have failed for Capacity Restrictions: Standard_D4s_v5\' is currently not available in location \'westeurope\'. Please try another size or deploy to a different location or different zone."}}' }) }),
  /** CAPZ: core quota of the VM family exhausted. */
  azureQuotaExceeded: (version: CapiVersion) =>
    failInfraMachine({ version, provider: 'azure', machineIndex: 4, providerCondition: c('VMRunning=False', { reason: 'Failed', severity: 'Error', message: 'failed to create or update resource prod-1/prod-1-md-0-7d9f8-1 (service: virtualmachine): RESPONSE 409: 409 Conflict\nERROR CODE: OperationNotAllowed\n{"error":{"code":"OperationNotAllowed","message":"Operation could not be completed as it results in exceeding approved standardDSv5Family Cores quota. Additional details - Deployment Model: Resource Manager, Location: westeurope, Current Limit: 100, Current Usage: 96, Additional Required: 4."}}' }) }),
  /** CAPV: clone of the VM template fails for lack of datastore space. */
  vsphereCloneFailed: (version: CapiVersion) =>
    failInfraMachine({ version, provider: 'vsphere', machineIndex: 3, providerCondition: c('VMProvisioned=False', { reason: 'CloningFailed', severity: 'Warning', message: 'Insufficient disk space on datastore \'vsanDatastore\'.' }) }),
  /** CAPA: static identity keys expired; every AWS call of the cluster reconcile fails. */
  awsExpiredCredentials: (version: CapiVersion): RawObject[] => {
    const set = makeClusterSet({ version, name: 'prod-1', provider: 'aws', cpReplicas: 3, mds: [{ name: 'md-0', replicas: 2 }] });
    const message = 'failed to describe VPCs: ExpiredToken: The security token included in the request is expired\n\tstatus code: 400, request id: 1c7e0f52-4a3d-4b8e-b7a2-9d6f1e0c3a44';
    patchConditions(set.infraCluster, { v1beta1: [c('Ready=False', { reason: 'VpcReconciliationFailed', severity: 'Error', message }), c('VpcReady=False', { reason: 'VpcReconciliationFailed', severity: 'Error', message })] });
    patchStatus(set.infraCluster, { ready: false });
    patchConditions(set.cluster, { v1beta2: [c('InfrastructureReady=False', { reason: 'NotReady', message: 'AWSCluster status.ready is false' }), c('Available=False', { reason: 'NotAvailable', message: '* InfrastructureReady: AWSCluster status.ready is false' })], v1beta1: [c('Ready=False', { reason: 'VpcReconciliationFailed', severity: 'Error', message }), c('InfrastructureReady=False', { reason: 'VpcReconciliationFailed', severity: 'Error', message })] });
    return set.all();
  },
  /** CAPA: the API server load balancer cannot be created, so no control plane endpoint exists. */
  noControlPlaneEndpoint: (version: CapiVersion): RawObject[] => {
    const set = makeClusterSet({ version, name: 'new-1', provider: 'aws', cpReplicas: 0, mds: [] });
    const message = 'failed to create load balancer "new-1-apiserver": ValidationError: At least two subnets in two different Availability Zones must be specified\n\tstatus code: 400';
    patchConditions(set.infraCluster, { v1beta1: [c('Ready=False', { reason: 'LoadBalancerFailed', severity: 'Error', message }), c('LoadBalancerReady=False', { reason: 'LoadBalancerFailed', severity: 'Error', message })] });
    patchStatus(set.infraCluster, { ready: false });
    (set.infraCluster.spec as RawObject).controlPlaneEndpoint = { host: '', port: 0 };
    patchConditions(set.controlPlane, { v1beta2: [c('Available=False', { reason: 'NotAvailable', message: 'Control plane not yet initialized' }), c('Initialized=False', { reason: 'NotInitialized', message: 'Control plane not yet initialized' })], v1beta1: [c('Ready=False', { reason: 'WaitingForKubeadmInit', severity: 'Info' }), c('Available=False', { reason: 'WaitingForKubeadmInit', severity: 'Info' })] });
    patchConditions(set.cluster, { v1beta2: [c('Available=False', { reason: 'NotAvailable' }), c('InfrastructureReady=False', { reason: 'NotReady', message: 'AWSCluster status.ready is false' }), c('ControlPlaneInitialized=False', { reason: 'NotInitialized' })], v1beta1: [c('Ready=False', { reason: 'LoadBalancerFailed', severity: 'Error', message })] });
    patchStatus(set.cluster, { phase: 'Provisioning', ...(version === 'v1beta2' ? { initialization: { infrastructureProvisioned: false, controlPlaneInitialized: false } } : { infrastructureReady: false, controlPlaneReady: false }) });
    patchMeta(set.cluster, { creationTimestamp: '2026-11-21T09:00:00Z' });
    return set.all();
  },
};
