/** Infrastructure kind prefixes → provider id; longer prefixes first so `AzureASOManaged` wins over `Azure`. */
const PREFIXES: readonly (readonly [string, string])[] = [
  ['AzureASOManaged', 'azure'], ['AzureManaged', 'azure'], ['Azure', 'azure'],
  ['AWSManaged', 'aws'], ['ROSA', 'aws'], ['AWS', 'aws'],
  ['GCPManaged', 'gcp'], ['GCP', 'gcp'],
  ['VSphere', 'vsphere'], ['VCD', 'vcd'],
  ['OpenStack', 'openstack'], ['Docker', 'docker'], ['Dev', 'docker'], ['InMemory', 'in-memory'],
  ['Metal3', 'metal3'], ['IBMPowerVS', 'ibmcloud'], ['IBMVPC', 'ibmcloud'], ['Nutanix', 'nutanix'],
  ['Proxmox', 'proxmox'], ['Hetzner', 'hetzner'], ['HCloud', 'hetzner'], ['KubevirtCluster', 'kubevirt'],
  ['OCIManaged', 'oci'], ['OCI', 'oci'], ['Packet', 'equinix'], ['CloudStack', 'cloudstack'],
  ['Linode', 'linode'], ['DigitalOcean', 'digitalocean'], ['DO', 'digitalocean'], ['Outscale', 'outscale'],
];

/** `AWSCluster` → `aws`; unknown kinds fall back to the lowercased kind without its `Cluster` suffix. */
export function inferInfrastructureProvider(kind: string | undefined): string {
  if (!kind) return 'unknown';
  const hit = PREFIXES.find(([prefix]) => kind.startsWith(prefix));
  if (hit) return hit[1];
  const stripped = kind.replace(/(Managed)?Cluster$/, '');
  return stripped ? stripped.toLowerCase() : 'unknown';
}
