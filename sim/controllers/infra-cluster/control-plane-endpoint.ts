import type { KubeObject } from '../../core/kube-object';
import type { SimRandom } from '../../clock/create-random';
import { providerOfKind } from '../kinds';
import { rec, str } from '../runtime/json';

/** The endpoint each provider publishes for the API server load balancer. */
export function controlPlaneEndpoint(obj: KubeObject, random: SimRandom): { host: string; port: number } {
  const existing = rec(rec(obj.spec).controlPlaneEndpoint);
  if (str(existing.host)) return { host: str(existing.host) ?? '', port: typeof existing.port === 'number' ? existing.port : 6443 };
  const name = obj.metadata.name;
  switch (providerOfKind(obj.kind)) {
    case 'aws':
      return { host: `${name}-apiserver-${random.int(100000000, 999999999)}.${str(rec(obj.spec).region) ?? 'us-east-1'}.elb.amazonaws.com`, port: 6443 };
    case 'azure':
      return { host: `${name}-${random.hex(6)}.${str(rec(obj.spec).location) ?? 'eastus'}.cloudapp.azure.com`, port: 6443 };
    case 'gcp':
      return { host: `35.${random.int(180, 240)}.${random.int(0, 255)}.${random.int(1, 254)}`, port: 443 };
    case 'vsphere':
    case 'openstack':
      return { host: `10.${random.int(0, 255)}.${random.int(0, 255)}.${random.int(2, 250)}`, port: 6443 };
    default:
      return { host: `172.18.0.${random.int(2, 250)}`, port: 6443 };
  }
}
