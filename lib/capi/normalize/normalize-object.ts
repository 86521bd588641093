import { readConditions } from './read-conditions';
import { CLUSTER_NAME_LABEL, PAUSED_ANNOTATION, readMeta } from './read-meta';
import { createPathReader, isRecord } from './read-path';
import { readRefs } from './read-refs';
import { readClusterReplicas, readReplicas } from './read-replicas';
import { readFailure, readInitialization, readProviderReady, readVersions } from './read-status';
import { readTopology } from './read-topology';
import { bool, int, str, stringMap } from './schemas';
import { servedVersionOf } from './served-version';
import { type NormalizedObject } from './types';

export function objectId(options: { kind: string; namespace: string; name: string }): string {
  return `${options.kind}/${options.namespace}/${options.name}`;
}

/**
 * Turns one Kubernetes object (any served version, any CAPI or provider kind) into the version-agnostic model.
 * Never throws: whatever cannot be read is reported in `parseWarnings`.
 */
export function normalizeObject(input: unknown): NormalizedObject {
  const reader = createPathReader(input);
  if (!isRecord(input)) reader.warn('object: not a JSON object');
  const meta = readMeta(reader);
  const servedVersion = servedVersionOf({ apiVersion: meta.apiVersion, kind: meta.kind });
  const { conditions, v1beta1Conditions } = readConditions(reader, servedVersion);
  const specPaused = reader.read(bool, 'spec.paused') === true;
  const object: NormalizedObject = {
    id: objectId(meta),
    ...meta,
    servedVersion,
    paused: specPaused || meta.annotations[PAUSED_ANNOTATION] !== undefined,
    conditions,
    v1beta1Conditions,
    versions: readVersions(reader),
    initialization: readInitialization(reader),
    ...readRefs(reader, meta.kind),
    ...readFailure(reader),
    parseWarnings: reader.warnings,
  };
  const clusterName =
    reader.read(str, 'spec.clusterName') ?? meta.labels[CLUSTER_NAME_LABEL] ?? (meta.kind === 'Cluster' ? meta.name : undefined);
  if (clusterName) object.clusterName = clusterName;
  const observedGeneration = reader.read(int, 'status.observedGeneration');
  if (observedGeneration !== undefined) object.observedGeneration = observedGeneration;
  const phase = reader.read(str, 'status.phase');
  if (phase) object.phase = phase;
  const topology = meta.kind === 'Cluster' ? readTopology(reader) : undefined;
  if (topology) object.topology = topology;
  const replicas = meta.kind === 'Cluster' ? undefined : readReplicas(reader, servedVersion);
  if (replicas) object.replicas = replicas;
  if (meta.kind === 'Cluster') {
    const controlPlaneReplicas = readClusterReplicas(reader, 'controlPlane');
    if (controlPlaneReplicas) object.controlPlaneReplicas = controlPlaneReplicas;
    const workerReplicas = readClusterReplicas(reader, 'workers');
    if (workerReplicas) object.workerReplicas = workerReplicas;
  }
  const nodeRef = reader.read(str, 'status.nodeRef.name');
  if (nodeRef) object.nodeRef = nodeRef;
  const providerID = reader.read(str, 'spec.providerID');
  if (providerID) object.providerID = providerID;
  const selector = reader.read(stringMap, 'spec.selector.matchLabels');
  if (selector) object.selector = selector;
  const ready = readProviderReady(reader);
  if (ready !== undefined) object.ready = ready;
  return object;
}

/** Normalizes a list, skipping nothing: malformed entries still come back with their warnings. */
export function normalizeObjects(inputs: readonly unknown[]): NormalizedObject[] {
  return inputs.map((input) => normalizeObject(input));
}
