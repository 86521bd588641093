import { type PathReader } from './read-path';
import { int, rawOwnerReference, str, stringArray, stringMap, timestamp, unknownArray } from './schemas';
import { splitApiVersion } from './served-version';
import { type NormalizedOwnerReference } from './types';

export const PAUSED_ANNOTATION = 'cluster.x-k8s.io/paused';
export const CLUSTER_NAME_LABEL = 'cluster.x-k8s.io/cluster-name';

export interface ObjectMeta {
  kind: string;
  apiVersion: string;
  apiGroup: string;
  namespace: string;
  name: string;
  uid: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  ownerReferences: NormalizedOwnerReference[];
  finalizers: string[];
  creationTimestamp?: string;
  deletionTimestamp?: string;
  generation?: number;
}

function readOwnerReferences(reader: PathReader): NormalizedOwnerReference[] {
  const items = reader.read(unknownArray, 'metadata.ownerReferences') ?? [];
  const out: NormalizedOwnerReference[] = [];
  items.forEach((item, index) => {
    const parsed = rawOwnerReference.safeParse(item);
    if (!parsed.success) {
      reader.warn(`metadata.ownerReferences[${index}]: not an owner reference`);
      return;
    }
    const { apiVersion, kind, name, uid, controller } = parsed.data;
    const ref: NormalizedOwnerReference = { apiGroup: splitApiVersion(apiVersion).group, kind, name, controller: controller === true };
    if (uid) ref.uid = uid;
    out.push(ref);
  });
  return out;
}

function required(reader: PathReader, path: string): string {
  const value = reader.read(str, path);
  if (value === undefined || value === '') reader.warn(`${path}: missing`);
  return value ?? '';
}

export function readMeta(reader: PathReader): ObjectMeta {
  const apiVersion = required(reader, 'apiVersion');
  const meta: ObjectMeta = {
    kind: required(reader, 'kind'),
    apiVersion,
    apiGroup: splitApiVersion(apiVersion).group,
    namespace: reader.read(str, 'metadata.namespace') ?? '',
    name: required(reader, 'metadata.name'),
    uid: reader.read(str, 'metadata.uid') ?? '',
    labels: reader.read(stringMap, 'metadata.labels') ?? {},
    annotations: reader.read(stringMap, 'metadata.annotations') ?? {},
    ownerReferences: readOwnerReferences(reader),
    finalizers: reader.read(stringArray, 'metadata.finalizers') ?? [],
  };
  const creationTimestamp = reader.read(timestamp, 'metadata.creationTimestamp');
  if (creationTimestamp) meta.creationTimestamp = creationTimestamp;
  const deletionTimestamp = reader.read(timestamp, 'metadata.deletionTimestamp');
  if (deletionTimestamp) meta.deletionTimestamp = deletionTimestamp;
  const generation = reader.read(int, 'metadata.generation');
  if (generation !== undefined) meta.generation = generation;
  return meta;
}
