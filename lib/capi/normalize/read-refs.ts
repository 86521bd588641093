import { type PathReader } from './read-path';
import { rawRef } from './schemas';
import { splitApiVersion } from './served-version';
import { type NormalizedRef } from './types';

/** Reads a v1beta1 ObjectReference (apiVersion) or a v1beta2 ContractVersionedObjectReference (apiGroup). */
export function readRef(reader: PathReader, path: string): NormalizedRef | undefined {
  const raw = reader.read(rawRef, path);
  if (!raw) return undefined;
  const ref: NormalizedRef = { kind: raw.kind, name: raw.name };
  const apiGroup = raw.apiGroup ?? (raw.apiVersion ? splitApiVersion(raw.apiVersion).group : undefined);
  if (apiGroup !== undefined) ref.apiGroup = apiGroup;
  if (raw.namespace) ref.namespace = raw.namespace;
  return ref;
}

export interface ObjectRefs {
  controlPlaneRef?: NormalizedRef;
  infrastructureRef?: NormalizedRef;
  bootstrapConfigRef?: NormalizedRef;
}

/** Machines keep refs in `spec`, MachineSets/MachineDeployments/MachinePools in `spec.template.spec`, KCP in `spec.machineTemplate`. */
export function readRefs(reader: PathReader, kind: string): ObjectRefs {
  const refs: ObjectRefs = {};
  const specPath = ['MachineSet', 'MachineDeployment', 'MachinePool'].includes(kind) ? 'spec.template.spec' : 'spec';
  const controlPlaneRef = readRef(reader, 'spec.controlPlaneRef');
  if (controlPlaneRef) refs.controlPlaneRef = controlPlaneRef;
  const infrastructureRef =
    kind === 'KubeadmControlPlane'
      ? readRef(reader, 'spec.machineTemplate.spec.infrastructureRef') ?? readRef(reader, 'spec.machineTemplate.infrastructureRef')
      : readRef(reader, `${specPath}.infrastructureRef`);
  if (infrastructureRef) refs.infrastructureRef = infrastructureRef;
  const bootstrapConfigRef = readRef(reader, `${specPath}.bootstrap.configRef`);
  if (bootstrapConfigRef) refs.bootstrapConfigRef = bootstrapConfigRef;
  return refs;
}
