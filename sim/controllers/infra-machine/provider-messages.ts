import type { Provider } from '../kinds';

export interface ProviderMessages {
  provisioningReason: string;
  quotaReason: string;
  quota: string;
  credentials: string;
}

/** Error texts the cloud APIs return, as the providers surface them in condition messages. */
export function providerMessages(provider: Provider, instanceType: string): ProviderMessages {
  switch (provider) {
    case 'aws':
      return {
        provisioningReason: 'InstanceNotReady',
        quotaReason: 'InstanceProvisionFailed',
        quota: `failed to create AWSMachine instance: failed to run instance: InsufficientInstanceCapacity: We currently do not have sufficient ${instanceType} capacity in the Availability Zone you requested (us-east-1a). Our system will be working on provisioning additional capacity. You can currently get ${instanceType} capacity by not specifying an Availability Zone in your request or choosing us-east-1b, us-east-1c.\n\tstatus code: 500`,
        credentials: 'failed to create AWSMachine instance: failed to run instance: ExpiredToken: The security token included in the request is expired\n\tstatus code: 400',
      };
    case 'azure':
      return {
        provisioningReason: 'Creating',
        quotaReason: 'Failed',
        quota: 'failed to reconcile AzureMachine: failed to create or update resource (service: virtualmachine): PUT https://management.azure.com/subscriptions/.../virtualMachines: RESPONSE 409: 409 Conflict\nERROR CODE: OperationNotAllowed\nOperation could not be completed as it results in exceeding approved standardDSv3Family Cores quota. Additional details - Deployment Model: Resource Manager, Location: eastus, Current Limit: 10, Current Usage: 8, Additional Required: 4, (Minimum) New Limit Required: 12.',
        credentials: 'failed to reconcile AzureMachine: AADSTS7000222: The provided client secret keys for app are expired.',
      };
    case 'vsphere':
      return {
        provisioningReason: 'Cloning',
        quotaReason: 'CloningFailed',
        quota: 'failed to clone VM: insufficient resources: The available Memory resources in the parent resource pool are insufficient for the operation.',
        credentials: 'unable to get vCenter session: ServerFaultCode: Cannot complete login due to an incorrect user name or password.',
      };
    case 'gcp':
    case 'openstack':
      return {
        provisioningReason: 'InstanceNotReady',
        quotaReason: 'InstanceCreateFailed',
        quota: `error creating instance: Quota exceeded for quota metric 'CPUS' and limit 'CPUS-per-project-region' (requested instance type ${instanceType})`,
        credentials: 'error creating instance: authentication failed: token expired',
      };
    default:
      return {
        provisioningReason: 'ContainerProvisioning',
        quotaReason: 'ContainerProvisioningFailed',
        quota: 'Failed to create container: Error response from daemon: no space left on device',
        credentials: 'Failed to connect to the container runtime: permission denied',
      };
  }
}
