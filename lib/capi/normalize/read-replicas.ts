import { type PathReader } from './read-path';
import { nonNegativeInt } from './schemas';
import { type ReplicaCounters, type ServedVersion } from './types';

function assign(target: ReplicaCounters, key: keyof ReplicaCounters, value: number | undefined): void {
  if (value !== undefined) target[key] = value;
}

function firstDefined(...values: (number | undefined)[]): number | undefined {
  return values.find((v) => v !== undefined);
}

/**
 * Replica counters with v1beta2 semantics when available (ready = Machine Ready, available = Machine Available,
 * upToDate = Machine UpToDate); v1beta1-only objects fall back to `readyReplicas` / `availableReplicas` / `updatedReplicas`.
 */
export function readReplicas(reader: PathReader, servedVersion: ServedVersion): ReplicaCounters | undefined {
  if (!reader.has('spec.replicas') && !reader.has('status.replicas')) return undefined;
  const int = (path: string) => reader.read(nonNegativeInt, path);
  const counters: ReplicaCounters = {};
  assign(counters, 'desired', int('spec.replicas'));
  assign(counters, 'current', int('status.replicas'));
  const nested = servedVersion !== 'v1beta2' && reader.has('status.v1beta2');
  const prefix = nested ? 'status.v1beta2.' : 'status.';
  assign(counters, 'ready', firstDefined(int(`${prefix}readyReplicas`), nested ? int('status.readyReplicas') : undefined));
  assign(counters, 'available', firstDefined(int(`${prefix}availableReplicas`), nested ? int('status.availableReplicas') : undefined));
  assign(counters, 'upToDate', firstDefined(int(`${prefix}upToDateReplicas`), int('status.updatedReplicas')));
  return counters;
}

/** Cluster aggregates exist only with the v1beta2 status (natively or under `status.v1beta2`). */
export function readClusterReplicas(reader: PathReader, part: 'controlPlane' | 'workers'): ReplicaCounters | undefined {
  const base = reader.has(`status.${part}`) ? `status.${part}` : `status.v1beta2.${part}`;
  if (!reader.has(base)) return undefined;
  const int = (field: string) => reader.read(nonNegativeInt, `${base}.${field}`);
  const counters: ReplicaCounters = {};
  assign(counters, 'desired', int('desiredReplicas'));
  assign(counters, 'current', int('replicas'));
  assign(counters, 'ready', int('readyReplicas'));
  assign(counters, 'available', int('availableReplicas'));
  assign(counters, 'upToDate', int('upToDateReplicas'));
  return counters;
}
