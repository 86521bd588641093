import { type PathReader } from './read-path';
import { nonNegativeInt, rawClassRef, rawTopologyItem, str, unknownArray } from './schemas';
import { type MachineDeploymentTopology, type NormalizedTopology } from './types';

function readItems(reader: PathReader, path: string): MachineDeploymentTopology[] {
  const items = reader.read(unknownArray, path) ?? [];
  const out: MachineDeploymentTopology[] = [];
  items.forEach((item, index) => {
    const parsed = rawTopologyItem.safeParse(item);
    if (!parsed.success) {
      reader.warn(`${path}[${index}]: not a topology entry`);
      return;
    }
    const entry: MachineDeploymentTopology = { class: parsed.data.class, name: parsed.data.name };
    if (parsed.data.replicas !== undefined) entry.replicas = parsed.data.replicas;
    out.push(entry);
  });
  return out;
}

/** v1beta1 names the class with `class`/`classNamespace`, v1beta2 with `classRef`. */
export function readTopology(reader: PathReader): NormalizedTopology | undefined {
  if (!reader.has('spec.topology')) return undefined;
  const topology: NormalizedTopology = {
    machineDeployments: readItems(reader, 'spec.topology.workers.machineDeployments'),
    machinePools: readItems(reader, 'spec.topology.workers.machinePools'),
  };
  const classRef = reader.read(rawClassRef, 'spec.topology.classRef');
  const className = classRef?.name ?? reader.read(str, 'spec.topology.class');
  const classNamespace = classRef?.namespace ?? reader.read(str, 'spec.topology.classNamespace');
  if (className) topology.className = className;
  if (classNamespace) topology.classNamespace = classNamespace;
  const version = reader.read(str, 'spec.topology.version');
  if (version) topology.version = version;
  const replicas = reader.read(nonNegativeInt, 'spec.topology.controlPlane.replicas');
  if (replicas !== undefined) topology.controlPlaneReplicas = replicas;
  return topology;
}
