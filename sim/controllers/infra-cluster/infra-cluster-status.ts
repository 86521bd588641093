// Status of an infrastructure cluster per provider, with the conditions and reasons each provider
// sets: CAPD (DockerCluster/DevCluster, v1beta2 conditions), CAPA (AWSCluster, v1beta1-style
// conditions with severity), CAPZ (AzureCluster), CAPV (VSphereCluster), CAPG and CAPO.
import type { KubeObject } from '../../core/kube-object';
import { providerOfKind } from '../kinds';
import { conditionsOf, mergeConditions, mergeV1Beta1Conditions, type ConditionInput, type V1Beta1ConditionInput } from '../runtime/conditions';
import { list, rec } from '../runtime/json';

export type InfraClusterState = 'provisioning' | 'ready' | 'no-endpoint' | 'credentials-expired' | 'deleting';

interface Shape {
  v1beta2: ConditionInput[];
  v1beta1: V1Beta1ConditionInput[];
}

const AWS_EXPIRED = 'failed to describe VPC: ExpiredToken: The security token included in the request is expired\n\tstatus code: 400';
const AZURE_EXPIRED = "failed to get token: AADSTS7000222: The provided client secret keys for app are expired. Visit the Azure portal to create new keys for your app.";
const VSPHERE_EXPIRED = 'unable to create vCenter session: ServerFaultCode: Cannot complete login due to an incorrect user name or password.';

function shape(kind: string, state: InfraClusterState): Shape {
  const provider = providerOfKind(kind);
  const ok = state === 'ready';
  if (provider === 'aws') {
    const lb: V1Beta1ConditionInput = ok ? { type: 'LoadBalancerReady', status: 'True' } : { type: 'LoadBalancerReady', status: 'False', reason: state === 'no-endpoint' ? 'WaitForDNSName' : 'LoadBalancerFailed', severity: state === 'no-endpoint' ? 'Info' : 'Warning', message: state === 'no-endpoint' ? '' : 'failed to reconcile load balancer' };
    const vpc: V1Beta1ConditionInput = state === 'credentials-expired' ? { type: 'VpcReady', status: 'False', reason: 'VpcReconciliationFailed', severity: 'Error', message: AWS_EXPIRED } : { type: 'VpcReady', status: 'True' };
    const ready: V1Beta1ConditionInput = ok ? { type: 'Ready', status: 'True' } : { type: 'Ready', status: 'False', reason: vpc.status === 'False' ? 'VpcReconciliationFailed' : lb.reason, severity: 'Warning', message: vpc.message ?? '' };
    return { v1beta2: [], v1beta1: [ready, vpc, { type: 'SubnetsReady', status: 'True' }, { type: 'InternetGatewayReady', status: 'True' }, { type: 'NatGatewaysReady', status: 'True' }, { type: 'RouteTablesReady', status: 'True' }, { type: 'ClusterSecurityGroupsReady', status: 'True' }, lb] };
  }
  if (provider === 'azure') {
    const net: V1Beta1ConditionInput = state === 'credentials-expired' ? { type: 'NetworkInfrastructureReady', status: 'False', reason: 'Failed', severity: 'Error', message: AZURE_EXPIRED } : ok || state === 'no-endpoint' ? { type: 'NetworkInfrastructureReady', status: 'True' } : { type: 'NetworkInfrastructureReady', status: 'False', reason: 'Creating', severity: 'Info' };
    const lb: V1Beta1ConditionInput = ok ? { type: 'LoadBalancersReady', status: 'True' } : { type: 'LoadBalancersReady', status: 'False', reason: state === 'no-endpoint' ? 'Failed' : 'Creating', severity: state === 'no-endpoint' ? 'Warning' : 'Info', message: state === 'no-endpoint' ? 'failed to create or update load balancer: public IP address for the API server is not provisioned' : '' };
    const ready: V1Beta1ConditionInput = ok ? { type: 'Ready', status: 'True' } : { type: 'Ready', status: 'False', reason: net.status === 'False' ? net.reason : lb.reason, severity: net.severity ?? lb.severity, message: net.message ?? lb.message };
    return { v1beta2: [], v1beta1: [ready, net, lb] };
  }
  if (provider === 'vsphere') {
    const vc: ConditionInput = state === 'credentials-expired' ? { type: 'VCenterAvailable', status: 'False', reason: 'VCenterUnreachable', message: VSPHERE_EXPIRED } : { type: 'VCenterAvailable', status: 'True', reason: 'VCenterAvailable' };
    const ready: ConditionInput = ok ? { type: 'Ready', status: 'True', reason: 'Ready' } : { type: 'Ready', status: 'False', reason: 'NotReady', message: vc.status === 'False' ? `* VCenterAvailable: ${VSPHERE_EXPIRED}` : state === 'no-endpoint' ? '* ControlPlaneEndpoint: control plane endpoint is not set' : '' };
    return { v1beta2: [ready, vc], v1beta1: [{ type: 'Ready', status: ready.status, reason: vc.status === 'False' ? 'VCenterUnreachable' : 'WaitingForControlPlaneEndpoint', severity: 'Warning' }, { type: 'VCenterAvailable', status: vc.status, reason: vc.reason, severity: 'Error', message: vc.message }] };
  }
  // CAPD (Docker/Dev), CAPO and CAPG-like v1beta2 conditions
  const lb: ConditionInput = ok ? { type: 'LoadBalancerAvailable', status: 'True', reason: 'LoadBalancerAvailable' } : { type: 'LoadBalancerAvailable', status: 'False', reason: 'LoadBalancerNotAvailable', message: state === 'no-endpoint' ? 'Failed to create load balancer container: error creating container: port 6443 is already allocated' : state === 'credentials-expired' ? 'Failed to connect to the container runtime: permission denied' : 'Load balancer container is being provisioned' };
  const ready: ConditionInput = ok ? { type: 'Ready', status: 'True', reason: 'Ready' } : { type: 'Ready', status: 'False', reason: 'NotReady', message: `* LoadBalancerAvailable: ${lb.message ?? ''}` };
  return { v1beta2: [ready, lb], v1beta1: [{ type: 'Ready', status: ready.status, reason: 'LoadBalancerProvisioningFailed', severity: 'Warning', message: lb.message }, { type: 'LoadBalancerAvailable', status: lb.status, reason: 'LoadBalancerProvisioningFailed', severity: 'Warning', message: lb.message }] };
}

export function infraClusterStatus(options: { obj: KubeObject; state: InfraClusterState; now: string; paused: ConditionInput }): Record<string, unknown> {
  const { obj, state, now } = options;
  const prior = rec(obj.status);
  const provider = providerOfKind(obj.kind);
  // provisioned/ready are one-way in the CAPI contract: a later failure only shows in the conditions
  const ready = state === 'ready' || prior.ready === true || rec(prior.initialization).provisioned === true;
  const s = shape(obj.kind, state === 'deleting' ? 'provisioning' : state);
  const spec = rec(obj.spec);
  const failureDomains = list(rec(rec(spec.backend).docker).failureDomains ?? spec.failureDomains);
  const status: Record<string, unknown> = { ...prior };
  if (failureDomains.length && ready) status.failureDomains = failureDomains;
  if (provider === 'aws' || provider === 'azure' || provider === 'gcp') {
    status.ready = ready;
    if (provider !== 'gcp') status.conditions = mergeV1Beta1Conditions({ existing: prior.conditions, next: s.v1beta1, now });
    return status;
  }
  status.initialization = { provisioned: ready };
  status.conditions = mergeConditions({ existing: conditionsOf(obj), next: [...s.v1beta2, options.paused], now, generation: obj.metadata.generation });
  if (provider !== 'openstack') status.deprecated = { v1beta1: { conditions: mergeV1Beta1Conditions({ existing: rec(rec(prior.deprecated).v1beta1).conditions, next: s.v1beta1, now }) } };
  return status;
}
