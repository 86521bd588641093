import { type PathReader } from './read-path';
import { bool, str } from './schemas';
import { type InitializationFlags, type NormalizedVersions } from './types';


function firstString(reader: PathReader, paths: string[]): string | undefined {
  for (const path of paths) {
    const value = reader.read(str, path);
    if (value) return value;
  }
  return undefined;
}

function firstBool(reader: PathReader, paths: string[]): boolean | undefined {
  for (const path of paths) {
    const value = reader.read(bool, path);
    if (value !== undefined) return value;
  }
  return undefined;
}

export function readVersions(reader: PathReader): NormalizedVersions {
  const versions: NormalizedVersions = {};
  const desired = firstString(reader, ['spec.version', 'spec.template.spec.version', 'spec.topology.version']);
  if (desired) versions.desired = desired;
  const observed = firstString(reader, ['status.version']);
  if (observed) versions.observed = observed;
  const kubelet = firstString(reader, ['status.nodeInfo.kubeletVersion']);
  if (kubelet) versions.kubelet = kubelet;
  return versions;
}

/** v1beta2 `status.initialization.*`; v1beta1 `infrastructureReady` / `controlPlaneReady` / `initialized` / `bootstrapReady`. */
export function readInitialization(reader: PathReader): InitializationFlags {
  const flags: InitializationFlags = {};
  const infra = firstBool(reader, ['status.initialization.infrastructureProvisioned', 'status.infrastructureReady']);
  if (infra !== undefined) flags.infrastructureProvisioned = infra;
  const cp = firstBool(reader, ['status.initialization.controlPlaneInitialized', 'status.controlPlaneReady', 'status.initialized']);
  if (cp !== undefined) flags.controlPlaneInitialized = cp;
  const bootstrap = firstBool(reader, ['status.initialization.bootstrapDataSecretCreated', 'status.bootstrapReady']);
  if (bootstrap !== undefined) flags.bootstrapDataSecretCreated = bootstrap;
  return flags;
}

/** Provider objects: v1beta1 contract `status.ready`, v1beta2 contract `status.initialization.provisioned|dataSecretCreated`. */
export function readProviderReady(reader: PathReader): boolean | undefined {
  return firstBool(reader, ['status.ready', 'status.initialization.provisioned', 'status.initialization.dataSecretCreated']);
}

export function readFailure(reader: PathReader): { failureReason?: string; failureMessage?: string } {
  const out: { failureReason?: string; failureMessage?: string } = {};
  const reason = firstString(reader, ['status.failureReason', 'status.deprecated.v1beta1.failureReason']);
  if (reason) out.failureReason = reason;
  const message = firstString(reader, ['status.failureMessage', 'status.deprecated.v1beta1.failureMessage']);
  if (message) out.failureMessage = message;
  return out;
}
