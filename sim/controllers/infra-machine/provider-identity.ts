import type { SimRandom } from '../../clock/create-random';
import type { KubeObject } from '../../core/kube-object';
import { providerOfKind } from '../kinds';
import { rec, str } from '../runtime/json';

export interface MachineIdentity {
  providerID: string;
  nodeName: string;
  addresses: { type: string; address: string }[];
  extraSpec: Record<string, unknown>;
}

/** providerID, node name and addresses in each provider's format. */
export function machineIdentity(obj: KubeObject, random: SimRandom): MachineIdentity {
  const name = obj.metadata.name;
  const ip = `10.0.${random.int(0, 255)}.${random.int(2, 254)}`;
  switch (providerOfKind(obj.kind)) {
    case 'aws': {
      const id = `i-0${random.hex(16)}`;
      const zone = str(rec(obj.spec).failureDomain) ?? 'us-east-1a';
      const host = `ip-${ip.replaceAll('.', '-')}.ec2.internal`;
      return { providerID: `aws:///${zone}/${id}`, nodeName: host, extraSpec: { instanceID: id }, addresses: [{ type: 'InternalIP', address: ip }, { type: 'InternalDNS', address: host }] };
    }
    case 'azure':
      return { providerID: `azure:///subscriptions/${random.hex(8)}-${random.hex(4)}-${random.hex(4)}-${random.hex(4)}-${random.hex(12)}/resourceGroups/${name.split('-')[0] ?? name}/providers/Microsoft.Compute/virtualMachines/${name}`, nodeName: name, extraSpec: {}, addresses: [{ type: 'InternalDNS', address: name }, { type: 'InternalIP', address: ip }] };
    case 'vsphere':
      return { providerID: `vsphere://42${random.hex(6)}-${random.hex(4)}-${random.hex(4)}-${random.hex(4)}-${random.hex(12)}`, nodeName: name, extraSpec: {}, addresses: [{ type: 'InternalIP', address: ip }] };
    case 'gcp':
      return { providerID: `gce://sim-project/us-central1-a/${name}`, nodeName: name, extraSpec: {}, addresses: [{ type: 'InternalIP', address: ip }] };
    case 'openstack':
      return { providerID: `openstack:///${random.hex(8)}-${random.hex(4)}-${random.hex(4)}-${random.hex(4)}-${random.hex(12)}`, nodeName: name, extraSpec: {}, addresses: [{ type: 'InternalIP', address: ip }] };
    default: {
      const dockerIp = `172.18.0.${random.int(2, 250)}`;
      return { providerID: `docker:////${name}`, nodeName: name, extraSpec: {}, addresses: [{ type: 'Hostname', address: name }, { type: 'InternalIP', address: dockerIp }, { type: 'ExternalIP', address: dockerIp }] };
    }
  }
}
